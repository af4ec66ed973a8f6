def t(f):
    try:
        r = f()
        print("ok", repr(r)[:150])
    except Exception as e:
        print(type(e).__name__, str(e)[:150])
class D:
    def __set_name__(self, owner, name):
        print("set_name", name, hasattr(owner, "inited"))
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        cls.inited = True
class C(Base, flag=1):
    d = D()
class BadLen:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        raise ValueError("len failed")
t(lambda: list(BadLen()))
class HugeLen:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        return 2 ** 70
t(lambda: list(HugeLen()))
class Hint:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return "x"
t(lambda: list(Hint()))
class Exit1:
    def __enter__(self):
        print("enter1")
        return 1
    def __exit__(self, *a):
        print("exit1", a[0])
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter2 failed")
    def __exit__(self, *a):
        print("exit2 not called")
def w():
    with Exit1() as a, EnterFails() as b:
        print("body")
t(w)
class Resurrect:
    saved = []
    def __del__(self):
        print("del called")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared")
def gen():
    yield from sub()
def sub():
    x = yield 1
    return x
g = gen()
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_frame.f_code.co_name)
async def co():
    await asub()
async def asub():
    class A:
        def __await__(self):
            yield "w"
    await A()
c = co()
c.send(None)
print(type(c.cr_await).__name__, type(c.cr_await.cr_await).__name__)
c.close()
class Meta(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        print("meta new", name)
        return cls
    def __init__(cls, name, bases, ns):
        print("meta init", name)
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls):
        print("subclass", cls.__name__)
class Child(WithMeta):
    pass
t(lambda: [1, 2, 3].__getitem__(slice(None, None, -1)))
t(lambda: "abc".__add__(1))
t(lambda: (1).__add__("x"))
t(lambda: [].__iadd__(5))
t(lambda: int.__dict__["__add__"](1, 2))
t(lambda: object.__eq__(1, 1))
t(lambda: type.__call__(int, "5"))
t(lambda: int.__new__(int, "7"))
t(lambda: int.__new__(str, 7))
t(lambda: list.__new__(list).__class__)
t(lambda: dict.__init__({}, a=1))
x = [3, 1, 2]
list.sort(x)
print(x, str.join("-", "ab"), dict.get({"a": 1}, "a"))
