class Base:
    count = 0
    def __init__(self, name):
        Base.count += 1
        self.name = name
        self.log = [f"Base.__init__({name})"]
    def greet(self):
        return f"Hello from {self.name}"
    def __str__(self):
        return f"{type(self).__name__}:{self.name}"
class Mixin:
    def greet(self):
        return "Mixin+" + super().greet()
    def extra(self):
        return "extra"
class Child(Mixin, Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        self.log.append("Child.__init__")
    def greet(self):
        return super().greet() + f" (age {self.age})"
class GrandChild(Child):
    def __init__(self, *a):
        super().__init__(*a)
        self.log.append("GrandChild.__init__")
g = GrandChild("gc", 3)
print(g.greet(), g.log, str(g), g.extra(), Base.count, [c.__name__ for c in GrandChild.__mro__])
print(isinstance(g, Mixin), issubclass(GrandChild, Base), Child.greet is GrandChild.greet, Child.__dict__.keys() - {"__module__", "__doc__"})
class A:
    def __init__(self):
        print("A init")
        super().__init__()
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
class C(A):
    def __init__(self):
        print("C init")
        super().__init__()
class D(B, C):
    def __init__(self):
        print("D init")
        super().__init__()
D()
class Overrides:
    def __eq__(self, o): return "custom eq"
class Child2(Overrides):
    pass
print(Child2() == 1, Child2.__eq__ is Overrides.__eq__, Child2.__hash__)
class Counter(dict):
    def __missing__(self, k):
        return 0
    def add(self, k):
        self[k] += 1
c = Counter(); [c.add(ch) for ch in "hello"]
print(c, isinstance(c, dict), type(c).__mro__[1].__name__, c.get("z", "dflt"), c["z"])
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack([1]); s.push(2)
print(s, s.peek(), len(s), s + [3], type(s + [3]).__name__, repr(Stack()))
