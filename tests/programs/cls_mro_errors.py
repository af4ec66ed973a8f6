class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([c.__name__ for c in D.mro()])
try:
    class E(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Z(P1, P2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(5): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad4(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad5(type(None)): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad6(range): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad7(metaclass=5): pass
except TypeError as e:
    print(type(e).__name__, e)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class C4(C1, C2, metaclass=M3): pass
print(type(C4).__name__)
class C5(C1): pass
print(type(C5).__name__)

class Mixin:
    def hello(self):
        return "mixin hello from " + type(self).__name__
class Thing(Mixin, dict): pass
t = Thing(a=1)
print(t.hello(), t, [c.__name__ for c in Thing.__mro__])
class Multi(Exception, Mixin): pass
try:
    raise Multi("m")
except Multi as e:
    print(e.hello(), repr(e))
try:
    class Lay(int, Exception): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Lay2(list, dict): pass
except TypeError as e:
    print(type(e).__name__, e)
class O1:
    __slots__ = ("a",)
class O2:
    __slots__ = ("b",)
try:
    class O3(O1, O2): pass
except TypeError as e:
    print(type(e).__name__, e)
class Dyn: pass
try:
    Dyn.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__, e)
class Q1: pass
class Q2: pass
try:
    Dyn.__bases__ = (Q1,)
except TypeError as e:
    print(type(e).__name__, e)
class Root: pass
class R1(Root):
    def hi(self): return "R1"
class R2(Root):
    def hi(self): return "R2"
    def __repr__(self): return "<R2-ish>"
class Leaf(R1): pass
class LeafSub(Leaf): pass
obj = LeafSub()
print(obj.hi(), [c.__name__ for c in LeafSub.__mro__])
Leaf.__bases__ = (R2,)
print(obj.hi(), repr(obj), [c.__name__ for c in LeafSub.__mro__], R1.__subclasses__(), R2.__subclasses__())
Leaf.__bases__ = (R1, R2)
print(obj.hi(), [c.__name__ for c in Leaf.__mro__])
for bad in [(), [R1], (5,), (LeafSub,), (Leaf,), (R1, R1), (int,)]:
    try:
        Leaf.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
print([c.__name__ for c in Leaf.__mro__])
try:
    del Leaf.__bases__
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Q1.__bases__ = (Dyn,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
A.__name__ = "Renamed"
print(A, A.__qualname__)
A.__qualname__ = "Some.Qual"
print(A.__qualname__, repr(A))
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type("T", (), {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("T", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(5, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("T", (), [])
except TypeError as e:
    print(type(e).__name__, e)
T = type("T", (A,), {"x": 1, "__module__": "mymod"})
print(T, T.x, T.__mro__[1:], T.__module__)
print(type(T()).__name__, type(1), type(type), type.__mro__)
