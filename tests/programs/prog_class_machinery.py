# probe: metaclasses, __init_subclass__, ABCs, __slots__, descriptors, typing at run time, weakref/gc/copy/pickle
import abc, typing, functools, weakref, gc, copy, pickle
class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created = True
        return inst
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="kid"): pass
print(sorted(Meta.registry), Child.tag, Child().created, type(Child))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def __lt__(self, o): return self.area() < o.area()
try:
    Shape()
except TypeError as e:
    print(e)
@functools.total_ordering
class Sq(Shape):
    __slots__ = ("s",)
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def __eq__(self, o): return self.area() == o.area()
    def __repr__(self): return f"Sq({self.s})"
print(sorted([Sq(3), Sq(1), Sq(2)]), Sq(2) >= Sq(1), hasattr(Sq(1), "__dict__"))
try:
    Sq(1).x = 5
except AttributeError as e:
    print(e)
class Typed:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None): return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, v)
class Pt:
    x = Typed(); y = Typed()
    def __init__(self, x, y): self.x, self.y = x, y
    def __iter__(self): yield self.x; yield self.y
    def __eq__(self, o): return tuple(self) == tuple(o)
    __hash__ = None
p = Pt(1, 2); print(list(p), Pt.x.name)
try: Pt(1, "2")
except TypeError as e: print(e)
try: hash(p)
except TypeError as e: print(e)
T = typing.TypeVar("T")
class Stack(typing.Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
print(Stack[int], typing.get_type_hints(Stack.push), Stack[int]().__orig_class__)
@typing.runtime_checkable
class Closable(typing.Protocol):
    def close(self) -> None: ...
print(isinstance(open(__file__), Closable), isinstance(1, Closable))
class Movie(typing.TypedDict):
    title: str
    year: int
print(Movie(title="x", year=1), Movie.__required_keys__)
NT = typing.NamedTuple("NT", [("a", int), ("b", str)])
n = NT(1, "z"); print(n, n._asdict(), n._replace(a=2))
class Node:
    def __init__(self, v): self.v = v; self.next = None
a = Node(1); b = Node(2); a.next = b; b.next = a
r = weakref.ref(a)
c = copy.deepcopy(a); print(c.next.next is c, c is not a)
del a, b; print(gc.collect() >= 2, r())
print(pickle.loads(pickle.dumps({"k": [1, 2.5, (3, None)], "s": {1}})))
print(Child.__mro__, Sq.__slots__, Pt.__dict__["x"].__class__.__name__)
print(int.__add__(3, 4), (3).__add__(4.0), divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, 2 ** -1, pow(3, 4, 5), pow(3, -1, 7))
