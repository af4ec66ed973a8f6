data = [1, 2, 0, 4]
def invert(xs):
    return [1 / x for x in xs]
def keys(d):
    return {k: d[k] for k in ["a", "b"]}
try:
    keys({"a": 1})
except KeyError as e:
    print("caught", repr(e))
print(sum(x for x in data))
invert(data)
