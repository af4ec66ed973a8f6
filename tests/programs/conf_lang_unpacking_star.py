def f(*args, **kwargs):
    return args, kwargs
a = [1, 2]; b = (3,); d1 = {"x": 1}; d2 = {"y": 2}
print(f(*a, *b, 0, *range(2)), f(**d1, **d2, z=3), f(*a, **d1))
try:
    f(**d1, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
first, *middle, last = "abcdef"
print(first, middle, last)
(a1, b1), c1 = "xy", "z"
print(a1, b1, c1)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
x = y = z = []
x.append(1); print(y, z is x)
m, n = n, m = 1, 2
print(m, n)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
head, *tail = [1]
print(head, tail)
*init, = range(3)
print(init)
print([*"ab", *{"k": 1}, *{5}], {*[1, 1], *(2,)}, {**{"a": 1}, **dict(b=2), "a": 3}, (*(), ))
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)), [*map(sum, matrix)], dict(zip(*[("k1", "k2"), (1, 2)])))
def kw(**k): return sorted(k)
print(kw(**{"a": 1}, b=2, **{"c": 3}))
try:
    kw(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*None)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
swap = [1, 2, 3]; swap[0], swap[2] = swap[2], swap[0]; print(swap)
