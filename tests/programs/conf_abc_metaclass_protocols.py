import abc, collections.abc as cabc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
for C in [Shape]:
    try: C()
    except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print(e)
class Full(Sq):
    name = 'sq'
    @classmethod
    def make(cls): return cls()
print(Full.make().area(), Full.__abstractmethods__, Shape.__abstractmethods__)
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
    def __getitem__(cls, k): return f'{cls.__name__}[{k}]'
    def __len__(cls): return 7
    def __iter__(cls): return iter('xyz')
    def __repr__(cls): return f'<Meta {cls.__name__}>'
    def __call__(cls, *a): return ('called', a)
class M(metaclass=Meta): pass
print(isinstance('magic', M), isinstance(1, M), issubclass(int, M), issubclass(str, M), M[3], len(M), list(M), repr(M), M(1, 2))
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(5, Reg), issubclass(bool, Reg), issubclass(str, Reg))
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), m == {'a': 1, 'b': 2}, dict(m), list(m.values()))
try: cabc.Mapping()
except TypeError as e: print(e)
class Seq(cabc.Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
s = Seq(); print(list(reversed(s)), s.index(2), s.count(3), 2 in s, list(s))
class MS(cabc.MutableSet):
    def __init__(self): self.s = set()
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MS(); ms |= {3, 1}; ms.add(2); print(list(ms), ms.isdisjoint([9]))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.MutableMapping), isinstance((x for x in []), cabc.Generator), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable), issubclass(str, cabc.Hashable), issubclass(list, cabc.Hashable))
class D(dict):
    def __missing__(self, k):
        self[k] = v = len(k)
        return v
d = D(); print(d['abc'], d, d.get('zz'), 'zz' in d)
class NoMissing(dict): pass
try: NoMissing()['q']
except KeyError as e: print('KeyError', e)
class LenBool:
    def __len__(self): return True
print(len(LenBool()))
class Weird:
    def __new__(cls): return 5
    def __init__(self): print('not called')
print(Weird())
class Sub(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(Sub(4), type(Sub(4)).__name__, Sub(4) + 1, type(Sub(4) + 1).__name__)
class Str2(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
    def extra(self): return self + '!'
print(Str2('hi'), Str2('hi').extra(), type(Str2('a') + 'b').__name__, repr(Str2('x')))
class L2(list):
    def __getitem__(self, i): return 'override'
l2 = L2([1, 2]); print(l2[0], list(l2), [x for x in l2], l2.__class__.__name__, l2 + [3], type(l2 + [3]).__name__, l2 * 2)
