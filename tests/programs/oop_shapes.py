# Shapes: abstract base classes, polymorphism, operator overloading, sorting by key
from abc import ABC, abstractmethod
class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
class Circle(Shape):
    PI = 3.141592653589793
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r
class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5
shapes = [Rectangle(3, 4), Square(2), Circle(1.5), Triangle(3, 4, 5)]
for s in shapes:
    print(s.describe())
print([s.name for s in sorted(shapes)], max(shapes).name, Shape.count)
print(sorted(shapes, key=lambda s: s.perimeter())[0].name)
try:
    Shape("abstract")
except TypeError as e:
    print(type(e).__name__, e)
class Incomplete(Shape):
    def area(self):
        return 0
try:
    Incomplete("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(Square(1), Rectangle), isinstance(Circle(1), Shape), issubclass(Square, Shape))
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), Rectangle.__abstractmethods__)
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return bool(self.x or self.y)
v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, -v, abs(v), v == Vector(3, 4), list(v), v[1], bool(Vector(0, 0)), {v, Vector(3, 4)})
x, y = v
print(x, y, tuple(w), dict(zip("xy", v)))
