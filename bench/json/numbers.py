# number-heavy arrays: ints and floats, dumps and loads
import json

ints = list(range(-50000, 50000, 3))
floats = [i * 1.0001 + 0.5 for i in range(30000)]
mixed = [[i, i / 7, -i * 1e10, str(i)] for i in range(10000)]
total = 0
for _ in range(5):
    for obj in (ints, floats, mixed):
        s = json.dumps(obj)
        back = json.loads(s)
        total += len(s) + len(back)
assert back == mixed
print(total)
