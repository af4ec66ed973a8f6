# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        delattr(self._target, name)
class T:
    pass
t = T()
pr = Proxy(t)
pr.a = 1
print(pr.a, t.a)
del pr.a
print(hasattr(t, "a"))
try:
    pr.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return super().__getattribute__(name)
l = Logged()
print(l.x)
try:
    l.nope
except AttributeError as e:
    print(type(e).__name__, e)

class Both:
    def __getattribute__(self, name):
        if name == "magic":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "via __getattr__: " + name
b = Both()
print(b.magic, b.other)

class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)
r = Recorder()
r.a = 1
r.b = 2
r.a = 3
print(r.log, r.a, r.b)

class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"can't set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"can't delete {name}")
ro = ReadOnly()
try:
    ro.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del ro.x
except AttributeError as e:
    print(type(e).__name__, e)

class Dir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Dir()))
class Dir2:
    def __dir__(self):
        return ("b", "a")
print(dir(Dir2()))
class Plain:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def meth(self):
        pass
print([n for n in dir(Plain()) if not n.startswith("__")])
print([n for n in dir(Plain) if not n.startswith("__")])
print("__init__" in dir(Plain), "__class__" in dir(Plain()))
class DirBad:
    def __dir__(self):
        return 5
try:
    dir(DirBad())
except TypeError as e:
    print(type(e).__name__, e)

# __getattr__ raising something other than AttributeError
class Raiser:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    getattr(Raiser(), "x", "default")
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(Raiser(), "x")
except KeyError as e:
    print(type(e).__name__, e)

class AttrErr:
    def __getattr__(self, name):
        raise AttributeError(name)
print(getattr(AttrErr(), "x", "default"), hasattr(AttrErr(), "x"))

# lazy attribute
class Lazy:
    def __getattr__(self, name):
        if name == "expensive":
            print("computing")
            self.expensive = 99
            return 99
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
lz = Lazy()
print(lz.expensive, lz.expensive)
try:
    lz.cheap
except AttributeError as e:
    print(type(e).__name__, e)

# object.__getattribute__ on builtin types
print(object.__getattribute__([1], "__len__")())
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr([], "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del (1).real
except AttributeError as e:
    print(type(e).__name__, e)
# __dict__ replacement
class DictSwap:
    pass
d = DictSwap()
d.__dict__ = {"q": 1}
print(d.q)
try:
    d.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
# instance __dict__ is a real dict
d.__dict__["r"] = 2
print(d.r, vars(d))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
