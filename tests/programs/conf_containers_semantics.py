def t(expr, g=None):
    try:
        print(expr, '->', repr(eval(expr, g or {})))
    except Exception as e:
        print(expr, 'EXC', type(e).__name__, e)
a = [1, 2]; a.append(a); print(a, repr(a))
d = {'x': 1}; d['self'] = d; print(d)
s = [[]]; s[0].append(s); print(s)
tup = ([],); tup[0].append(tup); print(tup)
class R:
    def __repr__(self): return 'R' + repr([self]) if False else 'R()'
print([R()] * 2, {R(): 1} if False else '')
from collections import OrderedDict, deque, defaultdict, Counter
od = OrderedDict(a=1); od['me'] = od; print(od)
dq = deque([1]); dq.append(dq); print(dq)
dd = defaultdict(list); dd['k'] = dd; print(dd)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e: print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e: print(e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e: print(e)
d = {1: 1}
try:
    for k in d.keys():
        d.pop(k); d[k] = 2
except RuntimeError as e: print('keys', e)
print(d)
l = [1, 2, 3]
for x in l:
    if x == 1: l.remove(x)
print(l)
dq = deque([1, 2])
try:
    for x in dq: dq.append(3)
except RuntimeError as e: print(e)
try:
    sorted([3, 1, 'a'])
except TypeError as e: print(e)
try:
    [3, None].sort()
except TypeError as e: print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e: print(e, l)
l = [1, 2, 3]
def k(x):
    l.append(x)
    return x
try:
    l.sort(key=k)
except ValueError as e: print(e)
print(l)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted('bca', reverse=True), sorted([], key=len), sorted({3: 1, 1: 2}), sorted([1.5, 1, True, 0.5]))
for e in ['max([], default=5)', 'min([3, 1], key=lambda x: -x)', 'max("ab", "ba", key=lambda s: s[1])', 'min([[2], [1]])', 'max(1, 2, key=None)', 'max([1], [2])', 'min(x for x in [])',
          'max(iter([]), default=None)', 'sorted([1], key=1)', 'sorted([1], cmp=1)', 'sorted()', '[].sort(1)', 'list.sort()', 'sum(range(10), start=5)', 'sum([[1], [2]], [])', 'sum(["a"], "")', 'sum([b"a"], b"")',
          'sum([1.5, 2**53])', 'sum([0.1, 0.2, 0.3])', 'sum([1e16, 1., -1e16])', 'sum([1, 2.5, 3j])', 'sum(x for x in ())', 'list(range(10))[::3]', 'list(range(10))[-3::-2]', 'list(range(5))[10:]', '[1, 2, 3][1:-1]',
          'range(10)[2:8:3]', 'range(0, -10, -3)[1]', 'len(range(0, 10**20, 3))', 'range(10**20)[10**19]', '10**19 in range(10**20)', 'range(5).index(3)', 'range(5).index(7)', 'range(5).count(2)', 'range(1, 5) == range(1, 5, 1)', 'range(0) == range(5, 2)',
          'repr(range(1, 2, 1))', 'repr(range(3))', 'list(reversed(range(1, 10, 3)))', 'slice(1, 2).indices(10)', 'slice(None, None, -1).indices(5)', 'slice(-100, 100, 2).indices(5)', 'slice(1, 2, 0).indices(3)', 'repr(slice(1))',
          '[1, 2] * -1', '[0] * 3', '(1,) * 2', '"ab" * 0', '[1, 2, 3].index(3, -1)', '[1, 2, 3].index(1, 1)', '[1, 1, 2].count(1)', '[1, 2] < [1, 2, 0]', '(1, "a") < (1, 2)', '[1, [2]] == [1, [2]]', '(1,) == [1]',
          'list.__add__([1], (2,))', '[*range(2), *"ab"]', '{**{"a": 1}, "a": 2}', '{1: "a", 1.0: "b", True: "c"}', '{1, 1.0, True}', '{0, False, 0.0, -0.0}', 'dict(a=1) | {"b": 2}', '{"a": 1} | [("b", 2)]',
          'dict.fromkeys("ab", [])', 'dict(zip("ab", range(2)))', 'dict([("a", 1)], b=2)', 'dict({"a": 1}, a=2)', '{}.setdefault("k")', 'list({"b": 1, "a": 2}.items())', '{"a": 1}.keys() & {"a", "b"}', '{"a": 1}.keys() | ["z"]',
          '{"a": 1}.items() - {("a", 1)}', 'list(reversed({"a": 1, "b": 2}.items()))', '{"a": 1}.values() == {"a": 1}.values()', '{1, 2} <= {1, 2, 3}', '{1, 2} < {1, 2}', '{1} ^ {2}', 'set() == frozenset()',
          'repr(frozenset())', 'repr(set())', '{1, 2}.isdisjoint([3])', 'set("abc") - set("b")', '{1}.union([2], (3,))', '{1, 2}.intersection()', 'frozenset([1]) | {2}', '{2} | frozenset([1])', 'set.union()',
          '[1, 2, 3].pop(5)', '[].pop(0)', '[1].insert(100, 2)', '[1, 2].extend(3)', 'list.copy([1])', '[3, 1].sort(reverse=1)', 'del [][:]', 'tuple.count((1, 1), 1)']:
    t(e)
l = [0, 1, 2, 3, 4, 5]
l[1:3] = 'xyz'; print(l)
l[::2] = [9, 9, 9, 9]; print(l)
try:
    l[::2] = [1]
except ValueError as e: print(e)
del l[::3]; print(l)
l[10:] = [7]; print(l)
l[:0] = (1, 2); print(l)
try:
    l[0:1] = 5
except TypeError as e: print(e)
l = [1, 2, 3]; l[1:2] = l; print(l)
b = bytearray(b'abc'); b[0:1] = b'XYZ'; b[-1] = 65; print(b)
try:
    b[0] = 256
except ValueError as e: print(e)
try:
    b[0] = 'a'
except TypeError as e: print(e)
l = [1, 2, 3]
for f in [lambda: l.__setitem__(slice(0, 1), 5), lambda: l.__setitem__(slice(0, 3, 2), 5), lambda: l.__setitem__(slice(0, 3, 2), None)]:
    try: f()
    except TypeError as e: print(e)
print(sorted(iter([3, 1]), reverse=True))
for f in [lambda: sorted(5, cmp=1), lambda: sorted([1], key=1, reverse=2, x=3), lambda: sorted([2, 1], key=None, reverse=0), lambda: sorted([1], None)]:
    try: print(f())
    except TypeError as e: print(e)
