import sys
def t(src):
    try:
        exec(src, {})
    except BaseException as e:
        print(repr(src)[:50], '->', type(e).__name__ + ':', e)
    else:
        print(repr(src)[:50], 'ok')
cases = [
 'len(5)', 'len()', 'len(1, 2)', 'abs("x")', 'hash([])', 'iter(5)', 'next([])', 'None()', '"a"()', '1[0]', 'None[0]', '{}[[]]', '[][0]', '[1][1.5]', '"abc"["x"]',
 '(1,2)[5]', 'range(3)[9]', '"abc"[10]', 'del [][0]', 'x = []; x[0] = 1', 'd = {}; del d["q"]', '{}.pop(1)', 'set().pop()', '[].pop()', '[].remove(1)', '(1,).index(2)', '"a".index("b")',
 '[1].index(2)', 'int.foo', '(1).foo', 'object().x = 1', 'x = 1; x.y = 2', '"s".upper = 1', 'del (1).real', 'type.mro()', 'type("A", (), {})().bad', 'a = 1 + "2"', 'a = "2" + 1',
 'a = [] + ()', 'a = 1 < "x"', 'a = [] < 1', 'a = {} < {}', 'a = -"x"', 'a = ~1.5', 'a = +[]', 'a = 2 ** "x"', 'a = "x" * 1.5', 'a = [1] * "2"', 'a = 1 @ 2', 'a = "x" - "y"',
 'a = {1} | [2]', 'a = 5 in 5', 'a = "x" in ["x"]; a = 1 in "abc"', 'a, b = 1', 'a, b = [1, 2, 3]', 'a, b = [1]', 'a, *b, c = [1]', '[a, b] = "xyz"', 'f = lambda: 0; f(1)',
 'def f(a, b): pass\nf(1)', 'def f(a, b): pass\nf(1, 2, 3)', 'def f(a, *, k): pass\nf(1)', 'def f(a, *, k): pass\nf(1, 2)', 'def f(a): pass\nf(a=1, b=2)', 'def f(a): pass\nf(1, a=2)',
 'def f(a, /): pass\nf(a=1)', 'def f(**k): pass\nf(**{1: 2})', 'def f(*a): pass\nf(*5)', 'def f(**k): pass\nf(**[])', 'def f(**k): pass\nf(a=1, **{"a": 2})', 'dict(1)', 'dict([1])', 'dict([(1, 2, 3)])',
 'list(1)', 'tuple(None)', 'set(3)', 'frozenset(1.5)', 'sorted(1)', 'sum(["a"])', 'sum([1], "")', 'max()', 'max([])', 'min(1)', 'max(1, 2, key=5)', 'min([], default=1, key=len); max(1, 2, default=3)',
 'zip(1)', 'map(len)', 'map(None, [1])', 'filter(1)', 'enumerate(1)', 'reversed(5)', 'reversed({})', 'chr(-1)', 'chr(0x110000)', 'chr("a")', 'ord("ab")', 'ord("")', 'ord(1)',
 'getattr(1, "x")', 'getattr(1, 2)', 'setattr(1, "x", 2)', 'delattr(1, "x")', 'isinstance(1, 2)', 'issubclass(1, int)', 'issubclass(int, 1)', 'isinstance(1, (int, 2))',
 'super()', 'class A:\n  def f(self): return super().f()\nA().f()', 'object.__new__(int)', 'int.__new__(str)', 'type(1, 2)', 'type("A", 1, {})', 'class A(1): pass', 'class A(int, str): pass',
 'class A: pass\nclass B(A, A): pass', 'class A: pass\nclass B(A): pass\nclass C(A, B): pass', 'class A(bool): pass', 'import nosuchmod',
 'raise 5', 'raise ValueError from 5', 'raise', 'x', 'def f():\n  y\n  y = 1\nf()', 'def f():\n  x = 1\n  def g(): return x\n  del x\n  g()\nf()', 'assert False', 'assert 1 == 2, "msg"', 'assert False, [1]',
 'import math; math.sqrt(-1)', 'import math; math.log(0)', 'import math; math.exp(1000)', 'import math; math.pow(0, -1)', '"abc".split("")', '"a".center(5, "ab")', '"x".join([1])', '"a".replace()',
 '"abc".startswith(1)', '"{".format()', 'b"a" + "b"', 'bytes("abc")', 'bytes(-1)', 'bytearray([256])', 'b"abc"[5]', 'memoryview(1)', 'open()', 'print(sep=1)', 'print(end=2)',
 '"".join(["a", 2])', 'str(b"x", "bad-enc")', 'b"\\xff".decode()', '"é".encode("ascii")', 'int("x" * 5000)', 'float("x" * 50)', 'slice(1)[0]', '[1, 2][::0]', 'range(0, 10, 0)', 'range(1.5)',
 'x = 1; del x; del x', 'nonexistent_func()', 'prnt(1)', 'import os; os.pathh', 'class A:\n  def __init__(self): self.value = 1\nA().valeu', 'a = [1]; a.apend(2)', '{"a": 1}.itms()',
 'lst = [1]; lst.sortt()', 'import collections; collections.OrderDict', 'def f(): pass\nf.__name__ = 1', 'def f(): pass\nf.__code__ = 1', 'def f(): pass\nf.__defaults__ = 1', 'def f(): pass\nf.__kwdefaults__ = 1',
 '(lambda: (yield))().send(1)', 'def g():\n  yield 1\nx = g(); next(x); x.send(1); next(x)', 'iter(lambda: 1, 1, 2)', 'next(iter([]))', 'import itertools; itertools.count("a")', 'import itertools; itertools.repeat()',
 'frozenset().add(1)', '().append(1)', 'b"a".append(1)', '"a".x = 1', 'int.real = 1', 'type.__dict__["x"] = 1', 'object.__dict__', 'vars(1)', 'dir(1, 2)', 'globals(1)', 'locals(1)', 'id()',
 'compile("x", "f", "bad")', 'eval(1)', 'exec(None)', 'eval("1 +")', 'format(1, 2)', 'divmod(1)', 'round("x")', 'round(1.5, "x")', 'pow()', 'callable()', 'a = 1; a += "x"', 'a = [1]; a += 1', 'a = (1,); a += [2]',
 'a = {}; a |= 1', 'a = "x"; a *= "y"', 'hash({})', 'hash(set())', '{[1]: 2}', '{{1}}', 'set([[1]])', 'x = {}; x[{}] = 1', 'frozenset([[]])',
]
for c in cases:
    t(c)
