# Descriptors, properties, classmethod/staticmethod
class Verbose:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"get {self.name} from {type(obj).__name__}")
        return obj.__dict__.get("_" + self.name, 0)
    def __set__(self, obj, value):
        print(f"set {self.name} = {value!r}")
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print(f"delete {self.name}")
        del obj.__dict__["_" + self.name]

class Thing:
    size = Verbose("size")
t = Thing()
print(t.size)
t.size = 10
print(t.size)
del t.size
print(t.size)
print(type(Thing.size).__name__)

# non-data descriptor is shadowed by instance dict; data descriptor wins
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Data(NonData):
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class Holder:
    nd = NonData()
    d = Data()
h = Holder()
h.__dict__["nd"] = "from dict"
h.__dict__["d"] = "from dict"
print(h.nd, h.d)
try:
    h.d = 5
except AttributeError as e:
    print(type(e).__name__, e)

# validators
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, obj, cls):
        return self if obj is None else getattr(obj, self.attr)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.attr, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)

# properties
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
tp = Temp()
tp.celsius = 100
print(tp.celsius, tp.fahrenheit, Temp.celsius.__doc__)
try:
    tp.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    tp.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del tp.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del tp.celsius
print(tp.celsius)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
prop = property(lambda self: 1)
class UsesProp:
    x = prop
print(UsesProp().x)
# property without getter
class NoGet:
    x = property(None, lambda self, v: None)
try:
    NoGet().x
except AttributeError as e:
    print(type(e).__name__, e)
# property subclass
class CachedProp(property):
    pass
class UsesCP:
    @CachedProp
    def v(self):
        return 5
print(UsesCP().v, type(UsesCP.v).__name__)

# classmethod/staticmethod
class Util:
    factor = 3
    @classmethod
    def make(cls, n):
        return cls.factor * n
    @staticmethod
    def add(a, b):
        return a + b
class SubUtil(Util):
    factor = 10
print(Util.make(2), SubUtil.make(2), Util().make(2), Util.add(1, 2), Util().add(3, 4))
cm = Util.__dict__["make"]
sm = Util.__dict__["add"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(sm(5, 6))
print(cm.__get__(None, SubUtil)(1))
bound = Util.make
print(bound.__self__.__name__, bound.__func__ is cm.__func__)

# functions are descriptors
def free(self):
    return f"free on {type(self).__name__}"
class Attach:
    pass
Attach.method = free
print(Attach().method())
bm = free.__get__(Attach(), Attach)
print(bm(), type(bm).__name__)
print(free.__get__(None, Attach) is free)

# __get__ with owner only
class OwnerOnly:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class UseOO:
    d = OwnerOnly()
print(UseOO.d, UseOO().d)

# descriptor on metaclass
class MetaD(type):
    @property
    def version(cls):
        return "1.0"
class WithMeta(metaclass=MetaD):
    pass
print(WithMeta.version)
try:
    WithMeta().version
except AttributeError as e:
    print(type(e).__name__, e)

# __getattr__ after descriptor raising AttributeError
class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return f"fallback:{name}"
print(Fallback().broken, Fallback().other)

# slot wrapper / method-wrapper types
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__)
print(type(str.join).__name__, type("".join).__name__, type(dict.fromkeys).__name__)
print(int.__add__(2, 3), str.upper("x"), dict.fromkeys("ab"))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
