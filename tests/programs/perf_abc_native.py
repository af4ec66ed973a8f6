# abc on the native _abc module: abstract methods, register(), the caches and their
# invalidation, __subclasshook__, weak registries, __abc_tpflags__ and match patterns.
import abc
import gc
import weakref
import collections.abc as cabc
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def name(self): ...

    def describe(self):
        return f"{self.name}: {self.area()}"


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError", e)


class Square(Half):
    name = "square"


print(Square.__abstractmethods__, Square().describe())
print(type(Shape._abc_impl).__name__, type(Shape._abc_impl).__module__)

# register, cache token, isinstance on virtual subclasses
token = get_cache_token()


class Proto(ABC):
    pass


class Plain:
    pass


print(isinstance(Plain(), Proto), issubclass(Plain, Proto))
r = Proto.register(Plain)
print(r is Plain, get_cache_token() != token)
print(isinstance(Plain(), Proto), issubclass(Plain, Proto))


class PlainChild(Plain):
    pass


print(issubclass(PlainChild, Proto), isinstance(PlainChild(), Proto))
print(Proto.register(Plain) is Plain)  # already a subclass: no change
t2 = get_cache_token()
Proto.register(PlainChild)
print(get_cache_token() == t2)  # already a (virtual) subclass: token unchanged

try:
    Proto.register(3)
except TypeError as e:
    print("TypeError", e)


class Sub(Proto):
    pass


try:
    Sub.register(Proto)
except RuntimeError as e:
    print("RuntimeError", e)

# negative cache invalidated by an unrelated register
class Later:
    pass


print(issubclass(Later, Proto))
Proto.register(Later)
print(issubclass(Later, Proto))

# registering builtins
class Numberish(ABC):
    pass


Numberish.register(int)
print(isinstance(3, Numberish), isinstance(True, Numberish), isinstance(2.5, Numberish), issubclass(bool, Numberish))


# __subclasshook__
class Closable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closable:
            return any("close" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class F:
    def close(self):
        pass


print(issubclass(F, Closable), isinstance(F(), Closable), issubclass(int, Closable))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, BadHook)
except AssertionError as e:
    print("AssertionError", e)

try:
    issubclass(3, Proto)
except TypeError as e:
    print("TypeError", e)

# a subclass of an ABC registers for its bases too (recursion into __subclasses__)
class Base(ABC):
    pass


class Derived(Base):
    pass


class Outside:
    pass


Derived.register(Outside)
print(issubclass(Outside, Base), issubclass(Outside, Derived))

# __class__ different from type()
class Liar:
    @property
    def __class__(self):
        return Plain


print(isinstance(Liar(), Proto), isinstance(Liar(), Plain))

# registries and caches are weak
class Temp:
    pass


Proto.register(Temp)
print(issubclass(Temp, Proto))
wr = weakref.ref(Temp)
del Temp
gc.collect()
print(wr() is None)

# _dump_registry and cache clearing
Proto._abc_caches_clear()
print(issubclass(Plain, Proto))
Proto._abc_registry_clear()
Proto._abc_caches_clear()
print(issubclass(Plain, Proto))
import _abc
reg, cache, neg, version = _abc._get_dump(Proto)
print(type(reg).__name__, len(reg), len(cache), len(neg), version == get_cache_token())

# update_abstractmethods
class Partial(ABC):
    @abstractmethod
    def f(self): ...


Partial.f = lambda self: 1
abc.update_abstractmethods(Partial)
print(Partial.__abstractmethods__, Partial().f())
print(abc.update_abstractmethods(int) is int)

# collections.abc: sequence / mapping flags reach match statements through register()
class MySeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i * 10


class MyMap(dict):
    pass


cabc.Sequence.register(MySeq)


def kind(x):
    match x:
        case [a, b]:
            return ("seq", a, b)
        case {"k": v}:
            return ("map", v)
        case _:
            return "other"


print(kind(MySeq()), kind(MyMap(k=5)), kind(3))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(b"", cabc.ByteString))
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence))
print(isinstance(iter([]), cabc.Iterator), isinstance(range(3), cabc.Iterable), isinstance(3, cabc.Hashable))
print(isinstance([], cabc.Hashable), issubclass(type(None), cabc.Hashable))


class Tp(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5


print("__abc_tpflags__" in Tp.__dict__, kind(Tp()) if False else "ok")


# abstract class/static methods and properties
class Old(ABC):
    @abc.abstractclassmethod
    def a(cls): ...

    @abc.abstractstaticmethod
    def b(): ...

    @abc.abstractproperty
    def c(self): ...


print(sorted(Old.__abstractmethods__))
print(isinstance(ABCMeta, type), ABC.__slots__, type(ABC) is ABCMeta)

# which checks fill which cache: a directly registered class is answered from the registry
class Reg(ABC):
    pass


class Direct:
    pass


Reg.register(Direct)
print(issubclass(Direct, Reg), [len(s) for s in _abc._get_dump(Reg)[:3]])


class Indirect(Direct):
    pass


print(issubclass(Indirect, Reg), [len(s) for s in _abc._get_dump(Reg)[:3]])


class Gone:
    pass


print(issubclass(Gone, Reg), [len(s) for s in _abc._get_dump(Reg)[:3]])
del Gone
gc.collect()
print([len(s) for s in _abc._get_dump(Reg)[:3]])
