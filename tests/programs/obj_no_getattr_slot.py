# Builtin types show no __getattr__ (CPython's slotdefs give it no wrapper); classes that define
# one keep it, and dir() of plain objects has python3's 24 names.
for t in (object, int, str, list, dict, tuple, set, float):
    print(t.__name__, len(dir(t)), hasattr(t, "__getattr__"), "__getattr__" in dir(t()))
class A:
    def __getattr__(self, n):
        return n.upper()
print(A().xyz, "__getattr__" in dir(A), hasattr(A, "__getattr__"))
print(sorted(dir(object())))
