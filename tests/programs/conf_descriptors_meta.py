class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age

p = Person("ann", 30)
print(p.name, p.age, Person.name.owner, Person.age.name, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)

class NonData:
    def __get__(self, obj, t):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.options = kw
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}

class Base(metaclass=Registry, flag=1):
    def __init__(self, v):
        self.v = v
class Sub(Base):
    pass
s = Sub(3)
print(Registry.classes, Sub.created_by, Base.options, Sub.options, Sub.prepared, repr(Sub), type(Sub).__name__, s.v)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, x=0):
        self.x = x
print(Conf(1) is Conf(2), Conf().x)

class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 10
    def __subclasscheck__(cls, sub):
        return sub is bool
class Big(metaclass=Meta): pass
print(isinstance(50, Big), isinstance(5, Big), issubclass(bool, Big), issubclass(int, Big))

class cached:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, t):
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Calc:
    calls = 0
    @cached
    def value(self):
        Calc.calls += 1
        return 42
c = Calc()
print(c.value, c.value, Calc.calls)

class Prop:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("del x")
pr = Prop()
pr.x = 5
print(pr.x, Prop.x.__doc__)
del pr.x
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del RO().v
except AttributeError as e:
    print("AttributeError:", e)
