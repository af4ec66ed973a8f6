class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in Celsius"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
p = Temperature.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.fset)

class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, l.calls)

def getx(self): return self._x
def setx(self, v): self._x = v * 2
class Old:
    x = property(getx, setx, None, "the x")
o = Old()
o.x = 4
print(o.x, Old.x.__doc__)
class RO:
    x = property(lambda self: "ro")
r = RO()
try:
    r.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.x
except AttributeError as e:
    print(type(e).__name__, e)
class Named:
    @property
    def thing(self):
        return 1
n = Named()
try:
    n.thing = 2
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived"
print(Base().name, Derived().name)

class Err:
    @property
    def bad(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "fallback for " + name
print(Err().bad)

class Err2:
    @property
    def bad(self):
        return self.nonexistent
try:
    Err2().bad
except AttributeError as e:
    print(type(e).__name__, e)

prop = property()
class Empty:
    p = prop
try:
    Empty().p
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Empty().p = 1
except AttributeError as e:
    print(type(e).__name__, e)

class CachedProp:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.func(obj)
        obj.__dict__[self.name] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @CachedProp
    def area(self):
        "area of circle"
        print("computing area")
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area, c.area, Circle.area.__doc__, "area" in vars(c))

import functools
class FC:
    @functools.cached_property
    def data(self):
        print("loading data")
        return [1, 2, 3]
f = FC()
print(f.data, f.data)
del f.data
print(f.data)
print(isinstance(Temperature.celsius, property))
x = property(lambda s: 1).setter(lambda s, v: None)
print(x.fset is not None, x.fget(None))
class Abs:
    import abc
    @property
    @abc.abstractmethod
    def area(self): ...
print(Abs.area.__isabstractmethod__)
