def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
    for x in seq:
        if x < 0:
            print("negative", x)
            break
    else:
        print("all non-negative")
find([1, 2, 3], 2)
find([1, -2], 9)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
outer_done = False
for a in range(3):
    for b in range(3):
        if a * b == 2:
            outer_done = True
            break
    if outer_done:
        print("stopped at", a, b)
        break
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
i = 10
while i:
    i //= 3
print(i)
if not []:
    print("empty is falsy")
elif True:
    print("unreachable")
x = 5
print("big" if x > 3 else "small", "yes" if [] else "no", (x > 3) + (x > 4) + (x > 5))
print(1 < x < 10, 1 < x > 4, x == 5 == 5.0, None is None is not False, not x, not not x)
print(x and 0, x or 0, 0 or "", "" or None, [] and 1, 3 and 4 and 5, 0 or 0.0 or "last")
