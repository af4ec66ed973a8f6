# Inheritance, MRO, super() in its forms
class A:
    def __init__(self):
        print("A.__init__")
        self.a = 1
    def hello(self):
        return "A.hello"
    @classmethod
    def cm(cls):
        return f"A.cm({cls.__name__})"
    @staticmethod
    def sm():
        return "A.sm"

class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.b = 2
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()

class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.c = 3
    def hello(self):
        return "C>" + super().hello()

class D(B, C):
    def __init__(self):
        print("D.__init__")
        super(D, self).__init__()
    def hello(self):
        return "D>" + super().hello()

d = D()
print(d.a, d.b, d.c, d.hello())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.cm(), B.cm(), d.cm())
print(super(B, d).hello(), super(C, d).hello())
print(super(D, D).cm())
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)

# super with unbound type
print(super(B, D).hello(d))

# errors
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(int)
    print("ok unbound super")
except TypeError as e:
    print(type(e).__name__, e)

def outside():
    super().x
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

# MRO conflicts
class X: pass
class Y: pass
class Z1(X, Y): pass
class Z2(Y, X): pass
try:
    class Bad(Z1, Z2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad4(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad5(bool): pass
except TypeError as e:
    print(type(e).__name__, e)

# multiple inheritance method resolution
class Base:
    def who(self): return "Base"
class L(Base):
    def who(self): return "L/" + super().who()
class R(Base):
    def who(self): return "R/" + super().who()
class LR(L, R): pass
class RL(R, L): pass
print(LR().who(), RL().who())

# subclassing builtins
class MyList(list):
    def sum(self):
        return sum(self)
    def append(self, x):
        super().append(x * 2)
ml = MyList([1, 2, 3])
ml.append(10)
print(ml, ml.sum(), type(ml).__name__, len(ml), ml[1:], type(ml[1:]).__name__)

class MyDict(dict):
    def __missing__(self, key):
        return f"missing:{key}"
md = MyDict(a=1)
print(md["a"], md["b"], md.get("b"), "b" in md)

class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 1000)
    def __repr__(self):
        return f"MyInt({int(self)})"
mi = MyInt(5)
print(mi + 1, 1 + mi, mi * 2, type(mi * 2).__name__, mi == 5, hash(mi) == hash(5))

class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", type(s + "x").__name__, isinstance(s, str))

# super() in a nested function (not possible with zero args)
class Q(A):
    def meth(self):
        def inner():
            return super(Q, self).hello()
        return inner()
print(Q().meth())
# super in a lambda in a class body uses __class__ cell
class W(A):
    def f(self):
        return (lambda: super(W, self).hello())()
print(W().f())

# super().__class__ and attribute errors
class P:
    pass
class S(P):
    def f(self):
        return super().missing
try:
    S().f()
except AttributeError as e:
    print(type(e).__name__, e)

# __init_subclass__ chain and isinstance
print(issubclass(D, A), issubclass(D, (int, C)), isinstance(d, (B, int)))
print(A.__subclasses__() == [B, C] or [k.__name__ for k in A.__subclasses__()])
print(type.mro(D) == list(D.__mro__))

# super() attribute access of class attributes and properties
class PA:
    @property
    def p(self):
        return "PA.p"
    x = "PA.x"
class PB(PA):
    @property
    def p(self):
        return "PB>" + super().p
    def getx(self):
        return super().x
print(PB().p, PB().getx())
