# RecursionError depth through builtins (limit 200): a frame counts one, calling a Python class or a callable instance one more, comparisons and repr one, as in CPython 3.11
import sys
sys.setrecursionlimit(200)
n = 0
def run(name, fn):
    global n
    n = 0
    try: fn()
    except RecursionError as e: print(name, n, e)
def plain():
    global n; n += 1; plain()
class P:
    @property
    def x(self):
        global n; n += 1; return self.x
class G:
    def __getattr__(self, a):
        global n; n += 1; return getattr(self, a)
class E:
    def __eq__(self, o):
        global n; n += 1; return self == o
class S:
    def __str__(self):
        global n; n += 1; return str(self)
class R:
    def __repr__(self):
        global n; n += 1; return repr(self)
class I:
    def __init__(self):
        global n; n += 1; I()
class C:
    def __call__(self):
        global n; n += 1; self()
class L:
    def __len__(self):
        global n; n += 1; return len(self)
class H:
    def __hash__(self):
        global n; n += 1; return hash(self)
class A:
    def __add__(self, o):
        global n; n += 1; return self + o
def viamap():
    global n; n += 1; list(map(lambda x: viamap(), [1]))
def viasorted():
    global n; n += 1; sorted([1, 2], key=lambda x: viasorted())
run("plain", plain)
run("property", lambda: P().x)
run("eq", lambda: E() == E())
run("repr", lambda: repr(R()))
run("init", I)
run("call", C())
run("hash", lambda: hash(H()))
run("add", lambda: A() + A())
run("map", viamap)
