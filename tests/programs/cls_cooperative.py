# Cooperative multiple inheritance, mixins, name mangling, class attributes
class Base:
    def __init__(self, **kwargs):
        print("Base init, leftover", kwargs)
        super().__init__()
class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named init", name)
        self.name = name
        super().__init__(**kwargs)
class Aged(Base):
    def __init__(self, age, **kwargs):
        print("Aged init", age)
        self.age = age
        super().__init__(**kwargs)
class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("Person init")
        super().__init__(**kwargs)
p = Person(name="Ann", age=30, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()) if not k.startswith("_"))
        return "{" + items + "}"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Point(JsonMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
        self._cache = None
print(Point(1, 2).to_json(), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))
try:
    hash(Point(0, 0))
except TypeError as e:
    print(type(e).__name__, e)
class Secret:
    def __init__(self):
        self.__hidden = "mangled"
        self._protected = "convention"
    def reveal(self):
        return self.__hidden
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()
s = Secret()
print(s.reveal(), s._protected, s._Secret__hidden, s.call_private(), sorted(vars(s)))
try:
    s.__hidden
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Secret):
    def __init__(self):
        super().__init__()
        self.__hidden = "sub's own"
print(sorted(vars(Sub())))
class Counter:
    instances = 0
    registry = []
    def __init__(self):
        Counter.instances += 1
        type(self).registry.append(self)
    @classmethod
    def reset(cls):
        cls.instances = 0
        cls.registry = []
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances, len(Counter.registry), SubCounter.registry is Counter.registry)
SubCounter.reset()
print(Counter.instances, SubCounter.instances, len(Counter.registry), len(SubCounter.registry))
# __init_subclass__ with class keywords and super chain
class Validator:
    rules = {}
    def __init_subclass__(cls, *, field=None, **kw):
        super().__init_subclass__(**kw)
        if field:
            Validator.rules[field] = cls
class NotEmpty(Validator, field="name"):
    pass
class Positive(Validator, field="age"):
    pass
print({k: v.__name__ for k, v in Validator.rules.items()})
# overriding and extending methods
class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"
print([a.speak() for a in (Animal(), Dog(), Puppy())])
print(Puppy.speak is Dog.speak, Dog.speak is Animal.speak, Puppy.__mro__[-2].__name__)
