class Field:
    def __init__(self, kind, default=None, required=False):
        self.kind, self.default, self.required = kind, default, required
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name}: expected {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns)
        inherited = {}
        for b in reversed(cls.__mro__[1:]):
            inherited.update(getattr(b, "_fields", {}))
        cls._fields = {**inherited, **fields}
        cls._table = name.lower() + "s"
        return cls
class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for name, f in self._fields.items():
            if name in kw:
                setattr(self, name, kw.pop(name))
            elif f.required:
                raise ValueError(f"missing required field {name!r}")
        if kw:
            raise TypeError(f"unknown fields: {sorted(kw)}")
    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({inner})"
    def to_sql(self):
        cols = list(self._fields)
        vals = ", ".join(repr(getattr(self, c)) for c in cols)
        return f"INSERT INTO {self._table} ({', '.join(cols)}) VALUES ({vals});"
class User(Model):
    name = Field(str, required=True)
    age = Field(int, default=0)
class Admin(User):
    level = Field(int, default=1)
u = User(name="ann", age=31)
print(u, u.to_sql())
a = Admin(name="root", level=9)
print(a, a.to_sql(), list(Admin._fields), Admin._table, User.name.kind.__name__)
for kw in [{"age": 3}, {"name": "x", "age": "old"}, {"name": "x", "color": "red"}]:
    try:
        User(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(type(User).__name__, isinstance(a, User), issubclass(Admin, Model), Admin.__mro__[-2].__name__)
