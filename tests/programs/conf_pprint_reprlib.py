import pprint, reprlib
data = {"name": "config", "values": list(range(30)), "nested": {"a": [1, {"b": (2, 3)}], "long_key_" * 3: "x" * 50}, "set": {3, 1, 2}, "tuple": (1,), "empty": [[], {}, ()]}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(5)), width=10))
pprint.pprint([{"k": i, "v": "v" * i} for i in range(4)], compact=True, width=50)
print(pprint.isreadable(data), pprint.isrecursive(data), pprint.saferepr([1, 2]))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(20))))
class R:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"R({self.items!r})"
r = R(); r.items = [r, 1]
print(repr(r))
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
pprint.pprint({"z": [1] * 3, "a": "text"})
