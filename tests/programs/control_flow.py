for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no break")
for i in range(2):
    pass
else:
    print("else ran")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
x = 5
print("big" if x > 3 else "small", x > 3 and "and" or "or", not x, x or 0, 0 or [] or "last")
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    return "C"
print([grade(s) for s in (95, 85, 50)])
total = 0
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    total += a * b * c
print(total)
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
gen = (x * x for x in range(5))
print(sum(gen), list(gen))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [row[::-1] for row in matrix])
a = b = [1]
print(a is b, a == [1], a is not [1], None is None)
i = 0
while True:
    i += 1
    if i > 10:
        break
print(i)
if (y := 7) > 5:
    print("walrus", y)
print([z for w in range(3) if (z := w * 2) > 0])
