d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()), len(d), "a" in d, 2 in d)
print(d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("d", 4), d.pop("d"), d.pop("zz", "none"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict(zip("ab", range(2))), dict([("k", "v")], k2="v2"))
print(d | {"new": 0}, {"a": 0} | d)
e = dict(d); e |= {"a": 100}; print(e, e == d, e != d)
ks = d.keys(); print(ks & {"a", "q"}, ks | {"q"}, ks - {"a"}, ks ^ {"a", "q"}, ks.isdisjoint({"q"}), {"a"} <= ks)
print(d.items() & {("a", 1)}, ("a", 1) in d.items(), ("a", 2) in d.items())
print(list(reversed(d)), list(reversed(d.items()))[:2], list(reversed(d.values())))
v = d.values(); print(type(v).__name__, v, repr(ks), ks.mapping == d)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {1: "a"}
try:
    for k in d2:
        del d2[k]
        d2[k + 1] = "b"
except RuntimeError as err:
    print("RuntimeError:", err)
print({1: 1, 1.0: 2, True: 3}, {(1, 2): "t"}[(1, 2)], {frozenset([1]): 1})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda kv: kv[1], reverse=True))
print({k: v for k, v in zip("abc", range(3)) if v}, {x: x * x for x in range(4)})
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(a=1); print(m["a"], m["zz"], m.get("zz"), "zz" in m)
import collections
print(collections.OrderedDict(d) == d, d == dict(reversed(list(d.items()))))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
print(repr({}), repr({"q": {"r": [1, {"s": None}]}}), str({1: "1"}))
rec = {}; rec["self"] = rec; print(rec)
print(dict(a=1) == dict(a=1.0), {"a": 1}.__eq__({"a": 1}), {}.__class__.__name__, dict.__name__)
try:
    dict(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    {}.fromkeys()
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
print(d.copy() is not d, d.clear(), d)
