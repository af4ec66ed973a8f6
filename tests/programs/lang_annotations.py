# Annotations on functions, classes and modules
def greet(name: str, times: int = 1, *args: "extra", flag: bool = False, **kw: dict) -> str:
    return name * times
print(greet.__annotations__)
print(greet("ab", 2))
class Point:
    x: int
    y: float = 0.0
    label: "str" = "p"
    def method(self, other: "Point") -> "Point":
        return self
print(Point.__annotations__, Point.y, hasattr(Point, "x"), "x" in Point.__dict__)
count: int = 0
ratio: float
names: list[str] = []
print(sorted(__annotations__.items(), key=lambda kv: kv[0]))
def no_annotations(a, b):
    pass
print(no_annotations.__annotations__, (lambda x: x).__annotations__)
def evaluated(x: print("annotation evaluated") or int) -> None:
    pass
print(evaluated.__annotations__["x"], evaluated.__annotations__["return"])
class WithClassVar:
    counter: "ClassVar[int]" = 0
    def __init__(self):
        self.value: int = 5
w = WithClassVar()
print(WithClassVar.__annotations__, w.value, vars(w))
def nested():
    local: int = 5
    other: str
    return local, nested.__annotations__
print(nested())
ns = {}
exec("from __future__ import annotations\ndef f(a: int, b: List[int]) -> Dict[str, int]: pass\nclass C:\n    x: Undefined[int]\n", ns)
print(ns["f"].__annotations__, ns["C"].__annotations__)
ns2 = {}
exec("a: int = 1\nb: 'late'\n", ns2)
print(ns2["__annotations__"], ns2["a"])
class Inherit(Point):
    z: int = 3
print(Inherit.__annotations__, Point.__annotations__ is not Inherit.__annotations__)
