from abc import ABC, abstractmethod
import math
class Shape(ABC):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    @property
    def name(self): return "circle"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    @property
    def name(self): return "rect"
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
    @property
    def name(self): return "square"
class Broken(Shape):
    def area(self): return 0
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(Shape.registry, max(shapes).name, sum(s.area() for s in shapes) > 10)
for cls in (Shape, Broken):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Square(1), Rect), Square.__mro__[1].__name__, Shape.__abstractmethods__ == frozenset({"area", "name"}), Broken.__abstractmethods__)
