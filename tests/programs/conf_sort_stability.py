records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "LA"), ("dave", 30, "NY"), ("eve", 25, "NY")]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
by_city_then_age = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[2])
print(by_city_then_age)
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted(records, key=lambda r: r[2], reverse=True))
import operator
print(sorted(records, key=operator.itemgetter(2, 0)), min(records, key=operator.itemgetter(1)), max(records, key=lambda r: len(r[0])))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)), sorted(set(map(str.lower, words))))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: (v % 2, v)), sorted(nums, reverse=True)[:3])
data = list(range(20))
data.sort(key=lambda v: v % 4)
print(data)
class Item:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"{self.k}{self.tag}"
print(sorted([Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d")]))
print(sorted([Item(2, "a"), Item(1, "b"), Item(2, "c")], reverse=True))
try:
    sorted([Item(1, "x"), 5])
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello world".split(), key=len), sorted([[3, 1], [2], [3, 0]]), sorted([(1, None), (0, None)]))
print(sorted({"b": 2, "a": 1}), sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
