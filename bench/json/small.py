# json round trips of a small dict (dumps + loads, 20000 times)
import json

d = {"a": [1, 2, 3], "b": {"c": "d", "e": 1.5}, "f": None}
n = 0
for _ in range(20000):
    n += len(json.loads(json.dumps(d)))
print(n)
