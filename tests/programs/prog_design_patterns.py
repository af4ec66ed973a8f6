# Design patterns in Python: observer, strategy, factory, decorator, command with undo, iterator, template method
class Event:
    def __init__(self):
        self._handlers = []
    def subscribe(self, fn):
        self._handlers.append(fn)
        return fn
    def unsubscribe(self, fn):
        self._handlers.remove(fn)
    def emit(self, *args):
        return [h(*args) for h in list(self._handlers)]
on_price = Event()
@on_price.subscribe
def logger(sym, price):
    return f"log {sym}={price}"
alerts = []
def alert(sym, price):
    if price > 100:
        alerts.append(sym)
    return None
on_price.subscribe(alert)
print(on_price.emit("ABC", 99), on_price.emit("XYZ", 150), alerts)
on_price.unsubscribe(logger)
print(on_price.emit("ABC", 101), alerts)
class Discount:
    def apply(self, amount):
        return amount
class Percent(Discount):
    def __init__(self, pct):
        self.pct = pct
    def apply(self, amount):
        return amount * (1 - self.pct / 100)
class Fixed(Discount):
    def __init__(self, off):
        self.off = off
    def apply(self, amount):
        return max(0, amount - self.off)
class Order:
    def __init__(self, total, strategy=None):
        self.total = total
        self.strategy = strategy or Discount()
    def due(self):
        return round(self.strategy.apply(self.total), 2)
print([Order(80, s).due() for s in (None, Percent(25), Fixed(100), Fixed(5))])
class ShapeFactory:
    registry = {}
    @classmethod
    def register(cls, name):
        def deco(klass):
            cls.registry[name] = klass
            return klass
        return deco
    @classmethod
    def create(cls, name, *args):
        try:
            return cls.registry[name](*args)
        except KeyError:
            raise ValueError(f"unknown shape {name!r}; known: {sorted(cls.registry)}") from None
@ShapeFactory.register("square")
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
@ShapeFactory.register("rect")
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
print(ShapeFactory.create("square", 3).area(), ShapeFactory.create("rect", 2, 5).area())
try:
    ShapeFactory.create("circle", 1)
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
class Editor:
    def __init__(self):
        self.text = ""
        self.history = []
    def execute(self, cmd):
        cmd.do(self)
        self.history.append(cmd)
    def undo(self):
        if self.history:
            self.history.pop().undo(self)
class Append:
    def __init__(self, s):
        self.s = s
    def do(self, ed):
        ed.text += self.s
    def undo(self, ed):
        ed.text = ed.text[:-len(self.s)]
class Upper:
    def do(self, ed):
        self.before = ed.text
        ed.text = ed.text.upper()
    def undo(self, ed):
        ed.text = self.before
ed = Editor()
for c in [Append("hello"), Append(" world"), Upper(), Append("!")]:
    ed.execute(c)
    print(repr(ed.text))
for _ in range(3):
    ed.undo()
    print("undo ->", repr(ed.text))
class Report:
    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])
    def header(self):
        return f"== {self.title} =="
    def footer(self):
        return "=" * (len(self.title) + 6)
    def body(self):
        raise NotImplementedError
class SalesReport(Report):
    title = "Sales"
    def __init__(self, data):
        self.data = data
    def body(self):
        return [f"{k}: {v}" for k, v in self.data.items()]
print(SalesReport({"jan": 10, "feb": 12}).render())
try:
    class Empty(Report):
        title = "x"
    Empty().render()
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance
print(Singleton() is Singleton(), Singleton().created)
