# dunder methods returning the wrong types, and the errors CPython raises for them
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class BadLen:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
attempt("len -1", lambda: len(BadLen(-1)))
attempt("len str", lambda: len(BadLen("3")))
attempt("len big", lambda: len(BadLen(2 ** 70)))
attempt("len float", lambda: len(BadLen(1.0)))
attempt("bool via len", lambda: bool(BadLen(0)))
class BadBool:
    def __bool__(self): return 1
attempt("bool int", lambda: bool(BadBool()))
attempt("not", lambda: not BadBool())
class BadHash:
    def __hash__(self): return "h"
attempt("hash str", lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2 ** 100
attempt("hash big", lambda: hash(BigHash()) == hash(2 ** 100))
class BadIter:
    def __iter__(self): return 5
attempt("iter", lambda: iter(BadIter()))
attempt("for", lambda: [x for x in BadIter()])
class BadRepr:
    def __repr__(self): return 5
attempt("repr", lambda: repr(BadRepr()))
attempt("str fallback", lambda: str(BadRepr()))
class BadStr:
    def __str__(self): return b"x"
attempt("str", lambda: str(BadStr()))
attempt("format", lambda: format(BadStr()))
attempt("fstring", lambda: f"{BadStr()}")
class BadIndex:
    def __index__(self): return "1"
attempt("index", lambda: [1, 2][BadIndex()])
attempt("bin", lambda: bin(BadIndex()))
class GoodIndex:
    def __index__(self): return 1
attempt("slice index", lambda: [1, 2, 3][GoodIndex():])
attempt("range index", lambda: range(GoodIndex(), 5)[GoodIndex()])
attempt("hex", lambda: hex(GoodIndex()))
attempt("mul", lambda: "ab" * GoodIndex())
class BadInt:
    def __int__(self): return 1.5
attempt("int", lambda: int(BadInt()))
class BadFloat:
    def __float__(self): return 1
attempt("float", lambda: float(BadFloat()))
class BadComplex:
    def __complex__(self): return 1
attempt("complex", lambda: complex(BadComplex()))
class NoFormat:
    pass
attempt("format spec", lambda: format(NoFormat(), "x"))
attempt("format empty", lambda: format(NoFormat(), "") == str(NoFormat()) or "different")
class BadFormat:
    def __format__(self, spec): return 42
attempt("format bad", lambda: format(BadFormat(), "x"))
class GetItemOnly:
    def __getitem__(self, i):
        if i > 3: raise IndexError(i)
        return i * 10
attempt("iterate getitem", lambda: list(GetItemOnly()))
attempt("in getitem", lambda: 20 in GetItemOnly())
attempt("unpack", lambda: [*GetItemOnly()])
class IterOnly:
    def __iter__(self): return iter([1, 2])
attempt("in iter", lambda: (2 in IterOnly(), 3 in IterOnly()))
attempt("reversed", lambda: reversed(IterOnly()))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
attempt("reversed seq", lambda: list(reversed(Rev())))
class WeirdEq:
    def __eq__(self, o): return "yes"
    def __lt__(self, o): return []
attempt("eq", lambda: WeirdEq() == 1)
attempt("ne derived", lambda: WeirdEq() != 1)
attempt("lt in if", lambda: "t" if WeirdEq() < 1 else "f")
attempt("list eq", lambda: [WeirdEq()] == [1])
attempt("in list", lambda: 1 in [WeirdEq()])
class NotCallableNext:
    def __iter__(self): return self
    __next__ = None
attempt("next none", lambda: next(NotCallableNext()))
class ExitNotCallable:
    def __enter__(self): return self
    __exit__ = 5
def use_ctx():
    with ExitNotCallable():
        pass
attempt("with bad exit", use_ctx)
class NoEnter:
    def __exit__(self, *a): pass
def use_noenter():
    with NoEnter():
        pass
attempt("with no enter", use_noenter)
class NoExit:
    def __enter__(self): pass
def use_noexit():
    with NoExit():
        pass
attempt("with no exit", use_noexit)
class BadContains:
    def __contains__(self, x): return [1]
attempt("contains truthy", lambda: 5 in BadContains())
class Call:
    __call__ = 3
attempt("call int attr", lambda: Call()())
class Descr:
    def __set_name__(self, owner, name):
        raise ValueError("no names")
def make_cls():
    class Owner:
        attr = Descr()
attempt("set_name", make_cls)
class InitRet:
    def __init__(self): return 5
attempt("init returns", InitRet)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("not called")
attempt("new other", NewOther)
class IAdd:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add used"
x = IAdd(); x += 1
print("iadd fallback", x)
class OnlyRadd:
    def __radd__(self, o): return f"radd {o}"
print(1 + OnlyRadd(), [1] + OnlyRadd() if False else "", sum([OnlyRadd()]) if False else "")
attempt("sum radd", lambda: sum([1, 2], OnlyRadd()))
class Sub(int):
    def __radd__(self, o): return "sub radd wins"
print(5 + Sub(1), Sub(1) + 5)
