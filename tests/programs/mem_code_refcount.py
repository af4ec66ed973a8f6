# sys.getrefcount of code objects: the function, the enclosing code's co_consts, frames and
# generators each hold one reference.
import sys

def f():
    return sys.getrefcount(sys._getframe().f_code)

print("f", sys.getrefcount(f.__code__))
print("f running", f())

ns = {}
exec("def g():\n    return 1\n", ns)
print("g (exec'd, enclosing code gone)", sys.getrefcount(ns["g"].__code__))

def gen():
    yield sys.getrefcount(sys._getframe().f_code)

it = gen()
print("gen", sys.getrefcount(it.gi_code))
print("gen running", next(it))
print("gen left", sys.getrefcount(it.gi_code))
del it

c = compile("x = 1", "<c>", "exec")
print("compiled", sys.getrefcount(c))
c2 = c.replace(co_name="other")
print("replaced", sys.getrefcount(c), sys.getrefcount(c2))
d = {}
exec(c, d)
print("after exec", sys.getrefcount(c))

def outer():
    def inner():
        pass
    return inner

i1 = outer()
i2 = outer()
print("inner shared", i1.__code__ is i2.__code__, sys.getrefcount(i1.__code__))
del i1, i2
print("inner left", sys.getrefcount(outer.__code__.co_consts[1]))

class K:
    def m(self):
        return sys.getrefcount(sys._getframe().f_code)

print("method", K().m(), sys.getrefcount(K.m.__code__))

try:
    def boom():
        raise KeyError(1)
    boom()
except KeyError as e:
    tb = e.__traceback__
print("tb frame code", tb.tb_next.tb_frame.f_code.co_name, sys.getrefcount(boom.__code__))
del tb
print("tb gone", sys.getrefcount(boom.__code__))
