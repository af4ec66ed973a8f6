# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 9
print(p.x)

class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z, q.__dict__)

class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z)
try:
    r.w = 1
except AttributeError as e:
    print(type(e).__name__, e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only, Single.__slots__)

try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)
try:
    class BadSlot:
        __slots__ = ("1x",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)

class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Priv:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
print(Priv().get(), Priv.__slots__, [k for k in Priv.__dict__ if "secret" in k])

class WithWeak:
    __slots__ = ("__weakref__",)
print(hasattr(WithWeak(), "__weakref__"))

# slots with class attributes for defaults via property
class Vec:
    __slots__ = ("_x",)
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
v = Vec()
print(v.x)
try:
    v.x = 5
except AttributeError as e:
    print(type(e).__name__, e)

# slot member descriptor on class
print(P.x.__name__, P.x.__objclass__.__name__)
try:
    P.x.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(P.__dict__.keys() - {"__module__", "__doc__", "__init__"}))
