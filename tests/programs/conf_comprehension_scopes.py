x = "global"
print([x for x in range(3)], x)
print({x: x for x in "ab"}, x)
class C:
    y = 5
    vals = [i for i in range(3)]
    try:
        bad = [y for i in range(2)]
    except NameError as e:
        err = str(e)
    ok = [i * 2 for i in range(y)]
print(C.vals, C.err, C.ok)
def f():
    n = 3
    return [[j * n for j in range(i)] for i in range(n)]
print(f())
print([(a, b) for a in range(3) for b in range(a) if (a + b) % 2])
print([y for x in [[1, 2], [3]] for y in x])
print({v % 3 for v in range(10)}, {k: [c for c in k] for k in ["ab", "c"]})
g = (n for n in range(3))
print(type(g).__name__, list(g))
print([i for i in range(5) if i % 2 if i > 1])
print([(lambda k: k * 2)(i) for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([n := 5, n + 1], n)
print([last := v for v in range(4)], last)
def walrus_in_comp():
    total = 0
    out = [total := total + v for v in range(5)]
    return out, total
print(walrus_in_comp())
nums = [3, 8, 1, 9]
if (m := max(nums)) > 5:
    print("max", m)
while (chunk := nums[:2]):
    print("chunk", chunk)
    nums = nums[2:]
print([[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)])
matrix = [[1 if r == c else 0 for c in range(3)] for r in range(3)]
print(matrix)
print(sum(v for v in range(101)), max((len(w), w) for w in "a bb ccc".split()))
print(dict((k, len(k)) for k in ["aa", "b"]), set(c.upper() for c in "abca"))
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError:", e)
def gen_uses_outer():
    data = [1, 2, 3]
    return list(d * factor for d in data for factor in (1, 10))
print(gen_uses_outer())
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2}, {*"ab", "c"} == {"a", "b", "c"})
a, *rest = [1, 2, 3]; *init, z = "xyz"; p, (q, r) = 1, (2, 3)
print(a, rest, init, z, p, q, r)
first, *_, final = range(10); print(first, final)
[h, *t] = (5,); print(h, t)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
