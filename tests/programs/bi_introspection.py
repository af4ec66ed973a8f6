# isinstance/issubclass, type, id, hash, callable, vars/dir, getattr family, globals/locals
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int,))), isinstance("s", str | None), isinstance(None, int | None))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(bool, int | str), issubclass(list, list))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", obj)
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is int
class Virtual(metaclass=Meta):
    pass
print(isinstance("magic", Virtual), isinstance("other", Virtual), isinstance(Virtual(), Virtual), issubclass(int, Virtual), issubclass(str, Virtual))
print(isinstance(1, (str, Virtual)))
class Duck:
    __class__ = int
print(isinstance(Duck(), int), type(Duck()).__name__)
print(type(1) is int, type(type) is type, type(None).__name__, type(print).__name__, type(lambda: 0).__name__, type(len).__name__)
x = [1]
print(id(x) == id(x), id(x) != id([1]), isinstance(id(x), int))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash(None) == hash(None), hash((1, "a")) == hash((1, "a")))
print(callable(len), callable(lambda: 0), callable(int), callable(1), callable("s"), callable(print))
class WithCall:
    def __call__(self):
        return "called"
print(callable(WithCall()), callable(WithCall))
class Obj:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
        self.b = 2
o = Obj()
print(vars(o), sorted(k for k in vars(Obj) if not k.startswith("__")))
print(getattr(o, "a"), getattr(o, "missing", None), getattr(o, "cls_attr"), hasattr(o, "b"), hasattr(o, "zz"))
setattr(o, "c", 3)
delattr(o, "a")
print(vars(o))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(o, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(o) if not n.startswith("__")])
print("append" in dir([]), "keys" in dir({}), "__add__" in dir(1), dir(None)[:3])
def func():
    local_var = 1
    other = "x"
    print(sorted(locals()))
    return locals()
print(func())
print("func" in globals(), globals()["__name__"], type(globals()).__name__)
g = globals()
g["injected"] = 99
print(injected)
print(repr("s"), repr(1.0), repr([1, "a"]), ascii("héllo"), ascii(["ü"]), repr(b"\x00\xff"), ascii("\U0001f600"))
print(format(3.14159, ".2f"), format(42, "b"), format(255, "#06x"), format("s", "^5"), format(1234567.891, ",.2f"), format(0.25, "%"))
print(chr(65), chr(0x20ac), ord("A"), ord("€"), ord(b"a"), chr(0x1f600))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: ord(5), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(type(1)), type.__name__, object.__name__, int.__mro__)
print(isinstance(int, type), isinstance(type, object), isinstance(object, type))
# __class__ on instances and types
print((1).__class__, "a".__class__.__name__, int.__class__, Obj().__class__.__name__)
# __name__ and __qualname__ on builtins
print(len.__name__, len.__qualname__, str.upper.__qualname__, [].append.__qualname__, dict.fromkeys.__qualname__, int.__add__.__qualname__)
print(len.__module__, str.__module__, Obj.__module__, len.__self__.__name__ if hasattr(len.__self__, "__name__") else len.__self__)
print(type(len.__self__).__name__, [].append.__self__, (1).__add__.__self__)
