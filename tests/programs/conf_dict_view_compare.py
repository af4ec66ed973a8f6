# comparisons of dict views: sizes, then `in` item by item (errors of __eq__ propagate)
class C:
    def __eq__(self, other):
        raise RuntimeError('eq')


d1 = {1: C()}
d2 = {1: C()}
d3 = {1: C(), 2: C()}
for expr in (lambda: d1.items() == d2.items(), lambda: d1.items() != d2.items(),
             lambda: d1.items() <= d2.items(), lambda: d1.items() >= d2.items(),
             lambda: d2.items() < d3.items(), lambda: d3.items() > d2.items()):
    try:
        print(expr())
    except RuntimeError as exc:
        print('RuntimeError', exc)
a = {1: 'a', 2: 'b'}
b = {1: 'a', 2: 'b', 3: 'c'}
print(a.keys() == {1, 2}, a.keys() < b.keys(), a.items() <= b.items(), b.items() > a.items(),
      a.keys() == a.items(), {(1, 'a'), (2, 'b')} == a.items(), a.keys() != frozenset([1]),
      a.keys() >= {1}, a.items() == [(1, 'a')], a.values() == a.values())
print({}.keys() == set(), {}.items() <= {1: 2}.items(), a.keys() > a.keys())
