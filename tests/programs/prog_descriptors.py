# Data validation with descriptors: typed, ranged and computed fields, a model base class
class Field:
    def __init__(self, *, default=None, required=True):
        self.default = default
        self.required = required
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", []) + [name]
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        value = self.validate(value)
        setattr(obj, self.private, value)
    def validate(self, value):
        return value
class Integer(Field):
    def __init__(self, *, min=None, max=None, **kw):
        super().__init__(**kw)
        self.min, self.max = min, max
    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        if self.min is not None and value < self.min:
            raise ValueError(f"{self.name} must be >= {self.min}")
        if self.max is not None and value > self.max:
            raise ValueError(f"{self.name} must be <= {self.max}")
        return value
class String(Field):
    def __init__(self, *, maxlen=None, **kw):
        super().__init__(**kw)
        self.maxlen = maxlen
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be str, got {type(value).__name__}")
        if self.maxlen and len(value) > self.maxlen:
            raise ValueError(f"{self.name} longer than {self.maxlen}")
        return value.strip()
class Choice(Field):
    def __init__(self, options, **kw):
        super().__init__(**kw)
        self.options = options
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.name} must be one of {self.options}, got {value!r}")
        return value
class Model:
    def __init__(self, **kwargs):
        for name in self._fields:
            field = type(self).__dict__[name]
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif field.required and field.default is None:
                raise TypeError(f"missing field {name!r}")
        if kwargs:
            raise TypeError(f"unknown fields {sorted(kwargs)}")
    def __repr__(self):
        args = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({args})"
    def to_dict(self):
        return {n: getattr(self, n) for n in self._fields}
class User(Model):
    name = String(maxlen=10)
    age = Integer(min=0, max=150)
    role = Choice(("admin", "user"), default="user", required=False)
print(User._fields)
u = User(name="  Alice ", age=30)
print(u, u.to_dict(), User.name.maxlen, type(User.__dict__["age"]).__name__)
u.role = "admin"
u.age += 1
print(u)
for kwargs in [dict(name="Bob", age=-1), dict(name="Bob", age="x"), dict(name="A" * 20, age=1), dict(name="C", age=5, role="root"), dict(name="D"), dict(name="E", age=1, extra=True), dict(name="F", age=True)]:
    try:
        print(User(**kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print(f"computing {self.name}")
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
class ReadOnly:
    def __init__(self, value):
        self.value = value
    def __get__(self, obj, cls):
        return self.value
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class Config:
    version = ReadOnly("1.2.3")
cfg = Config()
try:
    cfg.version = "2.0"
except AttributeError as e:
    print(type(e).__name__, e, cfg.version)
