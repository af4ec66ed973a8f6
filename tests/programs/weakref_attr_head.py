# obj.__weakref__: the first weak reference to obj (None without one), plain and __slots__ classes
import weakref
import dataclasses


class A:
    pass


class B:
    __slots__ = ('__weakref__', 'x')


for cls in (A, B):
    o = cls()
    print(cls.__name__, o.__weakref__)
    r = weakref.ref(o)
    print(o.__weakref__ is r)
    r2 = weakref.ref(o, lambda ref: None)
    print(o.__weakref__ is r, weakref.getweakrefcount(o))
    del r
    print(o.__weakref__ is r2)
    del r2
    print(o.__weakref__)


@dataclasses.dataclass(slots=True, weakref_slot=True)
class D:
    a: int


d = D(1)
ref = weakref.ref(d)
print('__weakref__' in D.__slots__, d.__weakref__ is ref)
