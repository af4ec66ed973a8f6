class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __str__(self):
        return self.name
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
a, d, p = Animal("generic"), Dog("rex"), Puppy("bit")
print(a.speak(), d.speak(), p.speak(), sep="\n")
print(repr(a), str(d), [p], Animal.count, Dog.kind, p.kind, isinstance(p, Animal), issubclass(Dog, Puppy))
print(Puppy.__mro__, Puppy.__bases__, Puppy.__name__, Puppy.__qualname__, type(p), type(p).__module__)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts), Point(1, 1) + Point(2, 2), Point(1, 2) == Point(1, 2), len({Point(1, 2), Point(1, 2)}))
try:
    Point(1, 2).z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v * 2
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def make(cls):
        return cls()
t = Temp.make()
t.c = 21
print(t.c, Temp.s(1), t.s(2), type(t).__name__)
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __bool__(self):
        return bool(self.xs)
    def __call__(self, k):
        return [x * k for x in self.xs]
    def __neg__(self):
        return Vec(*[-x for x in self.xs])
    def __radd__(self, other):
        return "radd " + str(other)
v = Vec(1, 2, 3)
v[0] = 10
print(len(v), v[1], list(v), 2 in v, bool(Vec()), v(3), (-v).xs, 5 + v, v[-1], v[0:2])
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    pass
w = WithMeta()
print(type(WithMeta).__name__, WithMeta.created_by, type(w).__name__)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="x"):
    pass
print(Sub.tag)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return "desc:" + self.name if obj is not None else self
    def __set__(self, obj, value):
        obj.__dict__[self.name + "_raw"] = value
class UsesDesc:
    attr = Desc()
u = UsesDesc()
u.attr = 5
print(u.attr, u.__dict__, type(UsesDesc.__dict__["attr"]).__name__)
class Dyn:
    def __getattr__(self, name):
        return name.upper()
print(Dyn().hello, getattr(Dyn(), "x"), hasattr(Dyn(), "anything"))
class Ord:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
o1, o2 = Ord(1), Ord(1)
print(o1 == o2, o1 != o2, o1 is o2)
try:
    hash(o1)
except TypeError as e:
    print(e)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list))
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % self
print(MyInt(5) + 1, repr(MyInt(7)), MyInt("12"))
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
print(MyDict(a=1)["a"], MyDict()["zz"])
