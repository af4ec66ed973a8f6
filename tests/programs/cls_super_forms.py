class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm(%s)" % cls.__name__
    @staticmethod
    def sm():
        return "A.sm"
    def __init__(self):
        print("A.__init__")

class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B.cm>" + super().cm()
    @staticmethod
    def sm():
        return "B.sm>" + super(B, B).sm()
    def __init__(self):
        super().__init__()
        print("B.__init__")

class C(A):
    def who(self):
        return "C>" + super().who()
    def __init__(self):
        super(C, self).__init__()
        print("C.__init__")

class D(B, C):
    def who(self):
        return "D>" + super().who()
    def __init__(self):
        super().__init__()
        print("D.__init__")
    def explicit(self):
        return super(B, self).who(), super(C, self).who()

d = D()
print(d.who(), D.cm(), D.sm(), d.explicit())
print([k.__name__ for k in D.__mro__])
s = super(D, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)
print(repr(super(B, B)).startswith("<super: <class 'B'>, <B object>") or repr(super(B, B)))
print(super(D, d).who())
print(super(B, D).cm())

def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()

class E:
    def meth(self):
        def inner():
            return super().who()
        try:
            return inner()
        except RuntimeError as e:
            return "%s: %s" % (type(e).__name__, e)
    def lam(self):
        return (lambda: __class__)()
    def gen(self):
        yield super().__repr__()[:10]
print(E().meth(), E().lam().__name__, next(E().gen()))

try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(D, A())
except TypeError as e:
    print(type(e).__name__, e)

class F(A):
    def __init__(self):
        pass
    def __getattr__(self, name):
        return "F.__getattr__(" + name + ")"
    def get(self):
        try:
            return super().missing
        except AttributeError as e:
            return "%s: %s" % (type(e).__name__, e)
print(F().get(), F().missing)

class P:
    @property
    def val(self):
        return "P.val"
    @val.setter
    def val(self, v):
        print("P setter", v)
class Q(P):
    @property
    def val(self):
        return "Q>" + super().val
    @val.setter
    def val(self, v):
        P.val.fset(self, v * 2)
q = Q()
print(q.val)
q.val = 5
try:
    super(Q, q).val = 3
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Child(Base, tag="x"):
    pass

class M(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.made_by = mcls.__name__
        return cls
    def __call__(cls, *a):
        print("M.__call__", cls.__name__, a)
        return super().__call__(*a)
class WithM(metaclass=M):
    def __init__(self, x):
        self.x = x
w = WithM(3)
print(w.x, WithM.made_by)

class Sub(list):
    def append(self, v):
        super().append(v * 10)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
sl = Sub([1])
sl.append(2)
print(sl, sl[1], list.__getitem__(sl, 0))

class SD(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
sd = SD()
sd["a"] = 1
print(sd)

class Cls:
    x = "class attr"
    def m(self):
        __class__ = "shadow"
        return __class__
print(Cls().m())
class NoSuperArgs:
    def m(*args):
        return super().__repr__
try:
    NoSuperArgs().m()
    print("super with *args ok")
except RuntimeError as e:
    print(type(e).__name__, e)
class StaticSuper:
    @staticmethod
    def s():
        return super().__repr__
try:
    StaticSuper.s()
except RuntimeError as e:
    print(type(e).__name__, e)
except TypeError as e:
    print(type(e).__name__, e)
