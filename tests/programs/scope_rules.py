# LEGB, global/nonlocal, class scopes, UnboundLocalError
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_global():
    return x
print(read_global())
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def unbound_closure():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(unbound_closure())
def deleted_local():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(deleted_local())
def set_global():
    global new_global
    new_global = "created"
set_global()
print(new_global)
def nonlocal_chain():
    a = 0
    def level1():
        def level2():
            nonlocal a
            a += 10
        level2()
        return a
    return level1()
print(nonlocal_chain())
def counter_factory():
    count = 0
    def increment(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return increment, get
inc, get = counter_factory()
inc(); inc(5)
print(get())
# closures capture variables, not values
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders
print([a(10) for a in make_adders()])
def make_adders_fixed():
    return [(lambda i: lambda x: x + i)(i) for i in range(3)]
print([a(10) for a in make_adders_fixed()])
# class scope
class Scope:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"
    def method2(self):
        return self.attr
print(Scope().method(), Scope().method2())
y = "module y"
class UsesGlobal:
    y = "class y"
    def f(self):
        return y
    z = y + "!"
print(UsesGlobal().f(), UsesGlobal.z)
def func_with_class():
    v = "function local"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(func_with_class())
def class_body_nonlocal():
    v = 1
    class C:
        nonlocal v
        v = 2
    return v
print(class_body_nonlocal())
# globals() and locals() interplay
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
print("x" in globals(), globals()["x"])
# builtins shadowing and restoration
len = lambda obj: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
# global declared after use is a SyntaxError; check via compile
for src in ["def f():\n    print(g)\n    global g\n", "def f():\n    x = 1\n    global x\n", "nonlocal x\n", "def f():\n    nonlocal q\n"]:
    try:
        compile(src, "<scope>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e)
# names in exception handlers are cleared
try:
    raise ValueError("v")
except ValueError as exc:
    captured = exc
print(repr(captured), "exc" in dir())
# lambda default captures value at definition
val = 1
f = lambda v=val: v
val = 2
print(f(), (lambda: val)())
