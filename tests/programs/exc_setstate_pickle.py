# BaseException.__setstate__ and pickling/copying exceptions with extra attributes
import pickle, copy
e = ValueError("a", 2)
e.extra = [1, 2]
e.__setstate__({"more": "x"})
print(sorted(vars(e).items()))
e.__setstate__(None)
try:
    e.__setstate__([1])
except TypeError as t:
    print("TypeError:", t)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    f = pickle.loads(pickle.dumps(e, proto))
    print(proto, type(f).__name__, f.args, f.extra, f.more)
g = copy.copy(e)
print(g.args, g.extra is e.extra, copy.deepcopy(e).extra is e.extra)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
m = pickle.loads(pickle.dumps(MyErr(7)))
print(type(m).__name__, m.args, m.code)
print("__setstate__" in dir(BaseException), len(dir(BaseException)))
