# Class basics: attributes, methods, reprs, special attributes
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def norm2(self):
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
print(p, repr(p), str(p), p.norm2())
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(sorted(k for k in Point.__dict__ if not k.startswith("__") or k in ("__init__", "__doc__")))
print(p.__dict__, Point.dims, p.dims)
p.dims = 3
print(p.dims, Point.dims, p.__dict__)
del p.dims
print(p.dims)
try:
    del p.dims
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is p)
try:
    Point.z
except AttributeError as e:
    print(type(e).__name__, e)
print(type(p) is Point, p.__class__ is Point, isinstance(p, object))
print(Point.norm2(p), Point.norm2.__name__, Point.norm2.__qualname__)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, m.__name__)
print(m == p.norm2, m is p.norm2)

class Outer:
    class Inner:
        def meth(self):
            pass
    def f(self):
        def g():
            pass
        return g
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer().f().__qualname__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(5)]
print([c.id for c in cs], Counter.count)

# class attribute mutability shared
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1); b.add(2)
print(a.items, b.items, a.items is b.items)

# dynamic attributes
class Empty:
    pass
e = Empty()
e.a = 1
setattr(e, "b", 2)
print(getattr(e, "a"), getattr(e, "c", "default"), hasattr(e, "b"), hasattr(e, "zz"))
delattr(e, "a")
print(vars(e))
Empty.shared = "yes"
print(e.shared)

# type() with 3 args
Dyn = type("Dyn", (Point,), {"z": 5, "norm2": lambda self: 99})
d = Dyn(1, 2)
print(d, d.z, d.norm2(), Dyn.__mro__[1].__name__, Dyn.__name__)
print(type(Dyn).__name__, type(type).__name__)

# instance method binding and staticness
class K:
    def f(self):
        return "f"
k = K()
k.g = lambda: "g"
print(k.f(), k.g())
try:
    K.f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    k.f(1)
except TypeError as e:
    print(type(e).__name__, e)

# class body execution order and namespace
class Order:
    print("in body")
    x = 1
    y = x + 1
    def get(self):
        return self.y
print(Order.y, Order().get())

# __class__ assignment
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
obj = A()
print(obj.who())
obj.__class__ = B
print(obj.who(), type(obj).__name__)
try:
    obj.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)

# __init__ returning non-None
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(type(e).__name__, e)

# object() has no __dict__
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__bases__, Point.__base__, object.__bases__)
print(isinstance(Point, type), issubclass(Point, object))
