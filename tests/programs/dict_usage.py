# Dictionaries: construction, ordering, views, methods, merging, errors
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True), dict.fromkeys("abc", 0), dict(zip("ab", [1, 2])))
print(d.get("a"), d.get("zz"), d.get("zz", "default"), "a" in d, "zz" not in d, d.setdefault("a", 99), d.setdefault("new", []))
print(d.pop("new"), d.pop("missing", "fallback"), d.popitem(), d)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, repr(e), e.args)
d.update({"z": 26}, y=25)
d.update([("w", 23)])
print(d)
e = d.copy()
e["a"] = "changed"
print(d["a"], e["a"], d == e, d != e)
merged = {"a": 1, "b": 2} | {"b": 20, "c": 30}
print(merged)
merged |= {"d": 4}
print(merged)
del merged["a"]
print(merged, sorted(merged, key=merged.get, reverse=True))
order = {}
for k in ["x", "y", "z"]:
    order[k] = len(order)
del order["y"]
order["y"] = "re-added"
print(list(order.items()))
keys = d.keys()
print(type(keys).__name__, keys & {"a", "z", "q"}, keys | {"q"} >= {"q"}, keys - {"a"}, len(keys))
d["late"] = 1
print("late" in keys, len(keys))
items = {"a": 1}.items()
print(("a", 1) in items, ("a", 2) in items, list(reversed({"p": 1, "q": 2})), list(reversed({"p": 1, "q": 2}.items())))
nested = {"users": {"alice": {"age": 30}, "bob": {"age": 25}}}
print(nested["users"]["bob"]["age"], {name: info["age"] for name, info in nested["users"].items()})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverse = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverse)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple key"}[(1, 2)])
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Key) and o.v == self.v
    def __repr__(self):
        return f"Key({self.v})"
kd = {Key(1): "one"}
print(kd[Key(1)], Key(2) in kd, kd)
print(repr({}), repr({"q": "it's"}), str({1: [1, {2: 3}]}), {"self": None})
rec = {}
rec["me"] = rec
print(rec)
print(dict(sorted({"b": 1, "a": 2}.items())), min({"x": 5, "y": 1}.items(), key=lambda t: t[1]))
