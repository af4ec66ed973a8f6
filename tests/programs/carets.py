def f(a, b):
    return a["key"] + b.attr
class O:
    attr = 1
try:
    f({"key": 1}, O()) + f({}, O())
except KeyError as e:
    print("KeyError", e)
x = [1, 2, 3]
y = {"a": None}
total = x[0] + x[1] * y["a"]
