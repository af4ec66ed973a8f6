print("module start")
class Config:
    print("class body runs at definition")
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    if len(items) > 2:
        big = True
    else:
        big = False
    def method(self):
        return self.items
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = None
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Config.items, Config.big, Config.risky, Config.names, hasattr(Config, "i"))
def factory(n):
    class Dyn:
        size = n
        def get(self):
            return self.size * 2
    Dyn.__name__ = f"Dyn{n}"
    return Dyn
classes = [factory(i) for i in range(3)]
print([c.__name__ for c in classes], [c().get() for c in classes], classes[0] is classes[1], classes[2].__qualname__)
class WithDoc:
    """Docstring here."""
    x: int = 3
print(WithDoc.__doc__, WithDoc.__annotations__, WithDoc.__module__)
class Empty: pass
print(Empty.__doc__, Empty.__bases__, sorted(k for k in Empty.__dict__))
Empty.added = lambda self: "added later"
print(Empty().added())
ns = {}
exec("class FromExec:\n    v = 42\n", ns)
print(ns["FromExec"].v, ns["FromExec"].__module__)
T = type("T", (), {"__init__": lambda self, v: setattr(self, "v", v), "show": lambda self: f"T({self.v})"})
print(T(5).show(), type(T), T.__module__)
