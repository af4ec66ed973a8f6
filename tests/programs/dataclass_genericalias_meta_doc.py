# dataclass on a types.GenericAlias subclass; __doc__ when a metaclass __call__ decides the call
import types, dataclasses
@dataclasses.dataclass
class A(types.GenericAlias):
    origin: type
    args: type
print(isinstance(A, type), hasattr(A, '__dataclass_fields__'), dataclasses.is_dataclass(A))
a = A(list, int)
print(type(a).__name__, type(a) is A, dataclasses.is_dataclass(a), dataclasses.is_dataclass(type(a)))
print(a.__origin__, a.__args__, a == list[int], isinstance(a, types.GenericAlias))
class Meta(type):
    __call__ = dict
class Base(metaclass=Meta):
    pass
@dataclasses.dataclass
class C(Base):
    x: int = 1
print(repr(C.__doc__))
class Meta2(type):
    def __call__(cls, a, b=2):
        return super().__call__()
class Base2(metaclass=Meta2):
    pass
@dataclasses.dataclass
class D(Base2):
    x: int = 1
print(repr(D.__doc__))
class Meta3(type):
    __call__ = len
@dataclasses.dataclass
class E(metaclass=Meta3):
    y: str = 'a'
print(repr(E.__doc__))
