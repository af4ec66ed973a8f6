class A:
    __slots__ = ("x", "__weakref__")
class B:
    __slots__ = ("y",)
a = A()
try:
    a.__class__ = B
except TypeError as e:
    print(e)
class C: pass
class D: pass
c = C()
c.__class__ = D
print(type(c).__name__)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
try:
    object().__class__ = C
except TypeError as e:
    print(e)
print(A.x, type(A.x).__name__)
try:
    A().x
except AttributeError as e:
    print(e)
class S(A):
    pass
s = S(); s.z = 1; print(s.__dict__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
try:
    class Bad2(int):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
print(int.__dict__["real"].__class__.__name__, object.__dict__["__class__"])
print(int.__add__, (1).__add__.__name__, str.join.__qualname__, [].append.__self__)
import sys
print(sys.intern("x"), sys.maxsize, sys.byteorder, sys.float_info.max, sys.int_info.bits_per_digit, sys.hash_info.modulus)
print(int.__mro__, bool.__bases__, type.__mro__, object.__bases__, BaseException.__mro__[-1])
print(KeyError.__mro__)
def f(a, b=1, *c, d, e=2, **g): pass
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_flags)
print(f.__module__, f.__name__, f.__qualname__, f.__doc__, f.__annotations__, f.__dict__, f.__globals__ is globals())
import types
print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType, type(f.__code__) is types.CodeType)
print(repr(NotImplemented), repr(...), type(None)(), type(...)(), type(NotImplemented)())
print(bool(NotImplemented) if False else "skip")
print(1 .__eq__("a"), (1).__lt__(2.5), "a".__eq__(1), None.__eq__(None), None.__ne__(1))
print(object.__ne__(1, 2), object.__eq__(1, 1))
print(int.__new__(int, 5), float.__new__(float), str.__new__(str, "q"), object.__new__(C).__class__.__name__)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
print(type.__call__(int, "5"), type(int).__name__, type.__name__, type.__qualname__)
print(C.__name__, C.__qualname__, C.__module__, C.__doc__, C.__dict__.keys() if False else sorted(C.__dict__))
print(sorted(vars(type(c))))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
print(e.args, str(e), repr(e), e.b)
print(repr(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
o = OSError(2, "No such file", "x.txt")
print(o.errno, o.strerror, o.filename, o.filename2, str(o), type(o).__name__, repr(o))
print(type(OSError(13, "x")).__name__, type(OSError(17, "y")).__name__, IOError is OSError, EnvironmentError)
print(str(OSError(1, "a", "b", None, "c")), OSError("just").errno)
st = StopIteration(5); print(st.value, StopIteration().value)
se = SyntaxError("msg", ("f.py", 1, 2, "txt", 1, 3)); print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
print(UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad").reason, str(UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad")))
print(str(UnicodeEncodeError("ascii", "aé", 1, 2, "nope")), str(UnicodeTranslateError("x", 0, 1, "r")))
ex = Exception("x"); ex.add_note("n1"); print(ex.__notes__)
try:
    ex.add_note(1)
except TypeError as err:
    print(err)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, KeyboardInterrupt.__mro__)
print(NameError("n", name="x").name, AttributeError("a", name="n", obj=1).obj, ImportError("i", name="m", path="p").path)
print(BaseExceptionGroup("g", [ValueError(1)]).__class__.__name__, BaseExceptionGroup("g", [KeyboardInterrupt()]).__class__.__name__)
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
m, r = eg.split(ValueError); print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.derive([KeyError()]))
try:
    ExceptionGroup("x", [])
except ValueError as err:
    print(err)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as err:
    print(err)
