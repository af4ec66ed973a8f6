# every name in dir(builtins) exists, with its type and callable-ness
import builtins
names = dir(builtins)
print(len(names))
for n in names:
    v = getattr(builtins, n)
    kind = type(v).__name__
    if isinstance(v, type):
        kind = "type" if not issubclass(v, BaseException) else "exception"
    print(n, kind, callable(v))
print(sorted(k for k in vars(builtins) if not k.startswith("_")) == sorted(n for n in names if not n.startswith("_")))
