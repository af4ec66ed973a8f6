l = [5, 3, 8, 1]
l.append(9); l.extend([2, 2]); l.insert(0, 7); l.insert(-1, 6); l.insert(100, 0)
print(l, l.count(2), l.index(8), l.index(2, 7))
l.remove(2); print(l.pop(), l.pop(0), l)
l.sort(); print(l); l.sort(reverse=True, key=lambda x: x % 3); print(l); l.reverse(); print(l)
print(l[::2], l[1:-1], l[-3:], l[::-3], l[100:], l[-100:2])
l[1:3] = ["a", "b", "c"]; print(l)
l[::2] = range(len(l[::2])); print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del l[::3]; print(l)
del l[1]; print(l)
l2 = l * 2; l2 += [0]; l2 *= 2; print(len(l2), l2[:4])
print([1, 2] + [3], [[]] * 3, [0] * -1, list(range(3)) == [0, 1, 2], [1, 2] < [1, 2, 0], [] or "empty")
nested = [[0] * 3 for _ in range(2)]; nested[0][0] = 1; print(nested)
alias = [[0] * 3] * 2; alias[0][0] = 1; print(alias)
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower), sorted([(2, "a"), (1, "b"), (2, "0")]))
print(min([3, 1, 2]), max([[1, 2], [1, 3]]), sum([[1], [2]], []), list(map(list, zip(*[[1, 2], [3, 4]]))))
a = [1, 2, 3]; b = a; b += [4]; print(a, a is b)
c = a; c = c + [5]; print(a, c)
print(a.copy(), a.clear(), a)
try:
    [].remove(1)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(1, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    [3, "x"].sort()
except TypeError as e:
    print("TypeError:", e)
x = [1]; x.append(x); print(x, x == x)
print([i * j for i in range(1, 4) for j in range(i)], [[r * 3 + c for c in range(3)] for r in range(2)])
stack = []; [stack.append(i) for i in range(3)]; print(stack.pop(), stack)
print(list("abc"), list((1, 2)), list({1: 2}), list(range(0)), list(reversed("abc")))
big = list(range(100000)); print(sum(big[::7]), big[-1], len(big[10:-10]))
lst = [3, 1, 2]
print(sorted(lst), lst, lst.sort(), lst)
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=lambda w: (w.lower(), w)), sorted(words, key=len, reverse=True))
class Obj:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Obj(3), Obj(1), Obj(2)]))
print([1, 2, 3].__len__(), [1].__contains__(1), list.__getitem__([5, 6], 1), [0, 1][True])
