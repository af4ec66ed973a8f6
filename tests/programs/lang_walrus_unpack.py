# Assignment expressions and unpacking forms
import re

data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print("long list", n)

print([y for x in data if (y := x * 2) > 10])
print(y)  # leaks into enclosing scope

def walrus_in_while(items):
    it = iter(items)
    out = []
    while (v := next(it, None)) is not None:
        out.append(v)
    return out
print(walrus_in_while("abc"))

m = None
for line in ["a=1", "junk", "b = 22"]:
    if (m := re.match(r"(\w+)\s*=\s*(\d+)", line)):
        print(m.group(1), int(m.group(2)))
    else:
        print("no match:", line)

total = 0
print([total := total + v for v in range(5)], total)

a, *b, c = range(6)
print(a, b, c)
*h, t = "xyz"
print(h, t)
(p, q), r = (1, 2), 3
print(p, q, r)
first, (second, *rest) = 1, [2, 3, 4]
print(first, second, rest)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)

x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)

def bad_unpack(val, n):
    try:
        if n == 2:
            a, b = val
        elif n == 3:
            a, b, c = val
        else:
            a, *b, c, d = val
        print("ok", val)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

bad_unpack([1, 2, 3], 2)
bad_unpack([1], 2)
bad_unpack(5, 2)
bad_unpack("ab", 3)
bad_unpack((1, 2), 4)
bad_unpack(iter([1, 2, 3, 4, 5]), 2)
bad_unpack({"k": 1, "j": 2}, 2)

print(*[1, 2], *"ab", sep="-")
print([*range(3), *{4: 0}, *(5,)])
print({**{"a": 1}, "b": 2, **dict(c=3)})
print({*"aab", *[1, 1]} == {"a", "b", 1})
s = {}
s["x"] = s["y"] = [1]
print(s, s["x"] is s["y"])
a = b = c = 5
a += 1
print(a, b, c)
t = 1, 2
t += (3,)
print(t)
lst = [1, 2]
alias = lst
lst += [3]
print(alias)
lst = lst + [4]
print(alias, lst)

def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
