total = 0
class Tracker:
    instances = 0
    def __init__(self):
        global total
        total += 1
        Tracker.instances += 1
        type(self).per_class = getattr(type(self), "per_class", 0) + 1
class Sub(Tracker):
    pass
Tracker(); Tracker(); Sub()
print(total, Tracker.instances, Sub.instances, Tracker.per_class, Sub.per_class)
class Shadow:
    total = "class attr"
    def get(self):
        return total
    def get_cls(self):
        return self.total
print(Shadow().get(), Shadow().get_cls())
def make_counter():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter()
c = make_counter(); c.inc(); print(c.inc())
x = 1
def f():
    x = 2
    class C:
        x = 3
        def m(self):
            return x
        y = x
    return C().m(), C.y, C.x
print(f())
def g():
    y = "enclosing"
    class D:
        y = "class"
        z = [y for _ in range(1)]
    return D.z
print(g())
