for i in range(3):
    pass
else:
    print("for-else ran, i =", i)

for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)

n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)

while True:
    n -= 1
    if n == 0:
        break
print("n", n)

for ch in "":
    print("never")
else:
    print("empty loop else")

out = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        out.append((i, j))
print(out)

for i, c in enumerate("abc", start=10):
    print(i, c, end="; ")
print()
for a, b in zip("abc", range(10)):
    print(a, b, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(10)))

class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(OldStyle()), 4 in OldStyle(), 5 in OldStyle())

it = iter([1, 2, 3])
for x in it:
    print("x", x)
    if x == 1:
        print("skip", next(it))

total = 0
for i in range(1, 101):
    if i % 3 and i % 5:
        continue
    total += i
print(total)
x = 10
for x in range(x):
    pass
print(x)
print([i for i in range(3) for _ in range(i)])
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
