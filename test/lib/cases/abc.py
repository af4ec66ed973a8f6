import abc
from abc import *
# --- ABCMeta basics
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @property
    @abstractmethod
    def p(self): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
    @staticmethod
    @abstractmethod
    def s(): ...
sorted(Base.__abstractmethods__), type(Base), isinstance(Base, ABCMeta), Base.__slots__
Base()
class Partial(Base):
    def f(self): return 1
sorted(Partial.__abstractmethods__)
Partial()
class Full(Partial):
    p = 1
    c = classmethod(lambda cls: 2)
    s = staticmethod(lambda: 3)
Full().f(), Full.__abstractmethods__, Full.c(), Full.s()
class M(metaclass=ABCMeta):
    @abstractmethod
    def one(self): ...
    @abstractmethod
    def two(self): ...
M()
class Old(ABC):
    @abstractclassmethod
    def a(cls): ...
    @abstractstaticmethod
    def b(): ...
    @abstractproperty
    def c(self): ...
sorted(Old.__abstractmethods__)
# --- register / isinstance / issubclass
class Proto(ABC):
    pass
class Thing: pass
Proto.register(Thing) is Thing, issubclass(Thing, Proto), isinstance(Thing(), Proto), issubclass(int, Proto)
@Proto.register
class Other: pass
issubclass(Other, Proto), Proto.register(Other) is Other
Proto.register(1)
class Sub(Proto): pass
Sub.register(Proto)
class Sub2(Thing): pass
issubclass(Sub2, Proto), isinstance(Sub2(), Proto)
issubclass(1, Proto)
isinstance(1, Proto)
t = get_cache_token(); Proto.register(int); get_cache_token() == t, get_cache_token() - t, issubclass(bool, Proto)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook)
class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C): return 1
issubclass(int, BadHook)
class Mixed(Hook): pass
issubclass(Duck, Mixed)
import io
s = io.StringIO(); Proto._dump_registry(s); s.getvalue().splitlines()[0]
Proto._abc_registry_clear(); Proto._abc_caches_clear(); issubclass(Thing, Proto)
# --- update_abstractmethods
class A(ABC):
    @abstractmethod
    def m(self): ...
class B(A): pass
B.m = lambda self: 1
B()
update_abstractmethods(B) is B, B.__abstractmethods__, type(B()).__name__
class NotABC: pass
update_abstractmethods(NotABC) is NotABC
def deco(cls):
    cls.extra = abstractmethod(lambda self: 0)
    return update_abstractmethods(cls)
@deco
class C(ABC): pass
C.__abstractmethods__
abstractmethod(lambda: 1).__isabstractmethod__
class Meta2(ABCMeta): pass
class WithMeta2(metaclass=Meta2):
    @abstractmethod
    def x(self): ...
WithMeta2()
