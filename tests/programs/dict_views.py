d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
k, ek = d.keys(), e.keys()
print(k & ek, k | ek, k - ek, k ^ ek, ek - k, {"a", "x"} - k, {"a", "x"} & k, ["b", "z"] & k, k & ["b", "z"], k | ["z"], ["z"] | k)
print(d.items() & e.items(), d.items() & {("a", 1)}, d.items() | {("z", 9)}, d.items() - {("a", 1)}, d.items() ^ {("a", 1), ("q", 0)})
print(k == {"a", "b", "c"}, k < {"a", "b", "c", "d"}, k >= {"a"}, k.isdisjoint({"x"}), k.isdisjoint(["a"]), d.items().isdisjoint(e.items()))
print(sorted(k ^ set("bcxyz")), len(k | ek), type(k & ek).__name__, type(k - ek).__name__)
try:
    k & 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    k - 5
except TypeError as err:
    print(type(err).__name__, err)
big = {i: i for i in range(50)}
print(sorted(big.keys() & range(45, 60)), len(big.keys() - range(10)), sorted(big.keys() & {3, 4, 99}))
