counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    global made
    made = "created in function"
make()
print(made)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_global():
    return counter * 2
print(read_global())
def err():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
err()
x = "module"
class K:
    x = "class"
    def m(self):
        return x
    y = x + "!"
    def n(self):
        return self.x
print(K().m(), K.y, K().n())
def outer():
    x = "enclosing"
    class Inner:
        print(x)
        x = "inner class"
        z = x
    return Inner
I = outer(); print(I.z, I.x)
def outer2():
    y = 1
    class C2:
        y = 2
        def get(self):
            return y
    return C2().get()
print(outer2())
def f():
    exec("q = 5")
    return locals().get("q")
print(f())
g = {}
exec("a = 1\ndef h():\n    return a + 1\nb = h()", g)
print(g["b"], sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("c = 3", {}, loc)
print(loc)
print(eval("x + y", {"x": 1}, {"y": 2}))
def uses_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(uses_del())
del x
try:
    x
except NameError as e:
    print("NameError:", e)
import builtins
builtins.my_builtin = "from builtins"
print(my_builtin)
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def nonlocal_chain():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1()
print(nonlocal_chain())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
