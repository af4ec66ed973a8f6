/** Hand-written programs covering every statement and expression kind, for the differential tests. */
export const SNIPPETS: Record<string, string> = {
  assign: "a = 1\nb = c = a + 2\nx, y = 1, 2\n[p, *q] = r = range(3)\na.b = 3\na[1:2] = 4\ndel a.b, a[0], x\n",
  augassign: "x = 0\nx += 1\nx.y -= 2\nx[y] *= 3\nx **= 2\nx //= 3\nx @= m\nx |= 1\n",
  annassign: "x: int\ny: 'List[int]' = []\nz.a: int = 1\nq[0]: str\nclass C:\n    a: int = 3\n    b: list\ndef f():\n    x: int = 1\n    y: str\n",
  future_ann: "from __future__ import annotations\nx: List[int] = []\ndef f(a: int = 1, *b: str, c: dict[str, 'x'] | None, **d: 1e999) -> Tuple[(yield) if 0 else a, ...]: pass\nclass C:\n    y: lambda a, /, b=2, *, c: a + -b ** ~c\n    z: f'{x!r:>{w}}' + {1: 2, **k} and [i async for i in j if i] or (not x) is not y\n",
  if_: "if a:\n    b()\nelif c and not d or e:\n    f()\nelse:\n    g()\nif 1 < x < 3: pass\nif not (a is None): pass\nif x if y else z: w()\n",
  loops: "for i in range(10):\n    if i % 2: continue\n    if i > 7: break\n    print(i)\nelse:\n    done()\nwhile x:\n    x -= 1\n    if x == 3: break\nelse:\n    pass\nwhile True:\n    pass\nfor a, (b, c) in z: pass\n",
  funcs: "def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    '''doc'''\n    return a + b\nasync def g(x):\n    await x\n    async for i in x: pass\n    async with x as y, z: pass\n    return [i async for i in x]\n@dec\n@dec2(1)\ndef h(): yield 1; yield from h()\nlambda: 0\nlambda a, *b, c=1, **d: (a, b, c, d)\n",
  closures: "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    def other(y):\n        return lambda: x + y\n    return inner, other\nclass K:\n    def m(self):\n        return super().m() + __class__.__name__\n    def __p(self): return self.__q\n",
  classes: "class A(B, metaclass=M, **kw):\n    'doc'\n    x = 1\n    def __init__(self):\n        self.__private = 2\n    @property\n    def p(self): return self.__private\n    class Inner: pass\n@deco\nclass D(*bases): pass\n",
  comprehensions: "a = [x * 2 for x in range(10) if x if x > 1]\nb = {x: y for x, y in z}\nc = {x for x in [1, 2, 3] for y in (4,)}\nd = (x for x in y)\ne = [(yield_) for q in w for r in q if r]\nf = [x for x in [y]]\n",
  try_: "try:\n    a()\nexcept ValueError as e:\n    b(e)\nexcept (TypeError, KeyError):\n    c()\nexcept:\n    d()\nelse:\n    e()\nfinally:\n    f()\ntry:\n    pass\nfinally:\n    g()\ndef r():\n    for i in x:\n        try:\n            return i\n        finally:\n            continue\n",
  trystar: "try:\n    a()\nexcept* ValueError as e:\n    b(e)\nexcept* TypeError:\n    c()\nelse:\n    d()\nfinally:\n    e()\n",
  with_: "with open(f) as g, lock:\n    g.read()\nwith a as (b, c): pass\ndef w():\n    with x:\n        return 1\n",
  imports: "import os\nimport os.path as p\nimport a.b.c\nfrom . import x\nfrom ..m import (y as z, w)\nfrom m import *\n",
  calls: "f()\nf(1, 2, *a, k=3, **kw)\no.m(1, x=2)\no.m(*a)\nf(a for a in b)\nf(**{'a': 1})\nprint(*[1, 2], sep='')\nf(" + Array.from({ length: 40 }, (_, i) => `a${i}`).join(", ") + ")\n",
  displays: "t = (1, 2, 3)\nl = [1, 2, *x]\ns = {1, 2, 3}\nd = {'a': 1, 'b': 2, **e, 'c': 3}\nt2 = (*a, *b)\ne = ()\nbig = [" + Array.from({ length: 40 }, (_, i) => `v${i}`).join(", ") + "]\nbigd = {" + Array.from({ length: 20 }, (_, i) => `k${i}: v${i}`).join(", ") + "}\n",
  fstrings: "x = f'{a}{b!r}{c:>10}{d!s:{e}}' f'plain'\ny = 'a%sb%rc' % (d, e)\nz = f'{' + '.join(q)}'\n",
  folding: "a = 2 ** 10\nb = -5\nc = 'ab' * 3\nd = (1, 2) + (3,)\ne = 1 / 3\nf = 10 // -3\ng = 10 % -3\nh = 2 ** 200\ni = 'abc'[1]\nj = ~5\nk = not 0\nl = 1 << 200\nm = 3.5 // 1.5\nn = 1j * 2 + 1\no = x in [1, 2]\np = x in {1, 2.0, True}\nq = __debug__\nr = 'x' * 5000\ns = (1, 2)[5]\nt = 1 / 0\nu = 2 ** -1\nv = -0.0\n",
  match: "match p:\n    case 1 | 2:\n        a()\n    case [x, y, *rest]:\n        b()\n    case {'k': v, **kw}:\n        c()\n    case Point(x=0, y=yy) if yy > 0:\n        d()\n    case str() as s:\n        e()\n    case None:\n        f()\n    case [_, *_, last]:\n        g()\n    case (a, b) | [b, a]:\n        h()\n    case _:\n        i()\n",
  misc: "global g\nassert x, 'msg'\nassert y\nraise E from c\nraise\npass\nx = a if b else c\ny = (z := 10)\nw = a[1:2, ::3]\nv = a.b.c\nu = -x + +y * ~z\nk = a and b or c\nm = a < b == c\n",
  bigcode: "x = 0\n" + Array.from({ length: 300 }, (_, i) => `if x == ${i}:\n    x = y${i} + ${i}\n`).join(""),
  generators: "def gen():\n    x = yield\n    y = yield x\n    return y\nasync def agen():\n    yield 1\n    await z\ndef deco(f):\n    return (i for i in f)\n",
};

/** Programs that are valid syntax but rejected by the symtable or compiler. */
export const ERROR_SNIPPETS: string[] = [
  "def f():\n    x = 1\n    global x\n",
  "def f():\n    print(x)\n    global x\n",
  "nonlocal x\n",
  "def f():\n    nonlocal x\n",
  "def f(x):\n    global x\n",
  "def f(a, a): pass\n",
  "[(yield x) for x in y]\n",
  "{(yield x) for x in y}\n",
  "def f():\n    x: int = 1\n    global x\n",
  "from __future__ import annotations\ndef f(x: (yield)): pass\n",
  "def f():\n    from m import *\n",
  "[i := 0 for i in x]\n",
  "class C:\n    [y := 0 for i in x]\n",
  "[x for x in (y := [])]\n",
  "return 1\n",
  "await x\n",
  "def f():\n  global x\n  nonlocal x\n",
  "async def g(): yield from x\n",
  "from __future__ import braces\n",
  "x=1\nfrom __future__ import annotations\n",
  "f(a=1, a=2)\n",
  "break\n",
  "continue\n",
  "def f():\n    yield 1\n    async def g():\n        yield 2\n        return 3\n",
  "try:\n    pass\nexcept* E:\n    break\n",
  "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
  "match x:\n    case {1: a, 1: b}:\n        pass\n",
  "match x:\n    case [a, a]:\n        pass\n",
  "match x:\n    case a | [b]:\n        pass\n",
  "async with a: pass\n",
  "def f():\n    async for x in y: pass\n",
  "def f():\n    [x async for x in y]\n",
  "yield 1\n",
  "__debug__ = 1\n",
  "def f(__debug__): pass\n",
  "f(__debug__=1)\n",
  "def f(): x = 1; nonlocal x\n",
  "def f(x): nonlocal x\n",
  "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
  "def f():\n  def g():\n    nonlocal x\n  x = 1\n  del x\nclass C:\n  nonlocal y\n",
  "for i in range(3):\n" + "  ".repeat(0) + Array.from({ length: 21 }, (_, d) => "  ".repeat(d + 1) + "for i in x:\n").join("") + "  ".repeat(23) + "pass\n",
];

/**
 * Constant-folding stress program: every binary operator over a grid of constants of every type
 * (ints small and big, bools, floats incl. -0.0 and overflow, complex, str, bytes, tuples, None),
 * unary operators, subscripts and the size guards. Complex powers (also negative ** fractional)
 * are left out: CPython computes them with the C library's trigonometry, which may differ from
 * V8's in the last bit.
 */
export function foldingProgram(): string {
  const vals = ["0", "1", "-1", "2", "3", "-7", "True", "False", "2**62", "-(2**70)", "10**20", "0.0", "-0.0", "0.5",
    "1.5", "-2.5", "1e308", "1e-310", "1j", "2+3j", "-1.5j", "'ab'", "''", "b'xy'", "(1, 2)", "()", "None", "...",
    "12345678901234567890123"];
  const ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "&", "^"];
  const lines: string[] = [];
  for (const a of vals) {
    for (const b of vals) {
      for (const op of ops) {
        if (op === "**" && (a.includes("j") || b.includes("j") || (a.startsWith("-") && /[.e]/.test(b)))) continue;
        lines.push(`x = (${a}) ${op} (${b})`);
      }
    }
    for (const u of ["-", "+", "~", "not "]) lines.push(`x = ${u}(${a})`);
    for (const b of ["0", "1", "-1", "5", "True"]) lines.push(`x = (${a})[${b}]`);
    lines.push(`x = (${a}) * 300`, `x = 300 * (${a})`);
  }
  lines.push("x = 'a' * 4096", "x = 'a' * 4097", "x = 'ab' * 2048", "x = 'ab' * 2049", "x = (1,) * 256", "x = (1,) * 257",
    "x = ((1,2),)*200", "x = 2 ** 128", "x = 2 ** 129", "x = 3 ** 80", "x = 1 << 128", "x = 1 << 127", "x = 2 ** 64 * 2 ** 64",
    "x = 10 ** -2", "x = 0 ** -1", "x = (-8) ** (1/3)", "x = 2 ** 0.5", "x = 1e308 * 10", "x = 1e308 ** 2",
    "x = 10**400 / 10**399", "x = (10**400 + 1) / 3", "x = 2**1100 / 3", "x = 7 / 10**400", "x = -(2**80) // 3",
    "x = 5.5 % -2", "x = -0.0 % 5", "x = (1+2j) ** 2", "x = (1+2j) ** -2", "x = 0j ** 0", "x = (1+1j) / 0", "x = 1j ** 101",
    "x = 'x'[True]", "x = '%s-%r-%5s-%-3a' % (a, b, c, d)", "x = '%d' % (a,)", "x = '%s %s' % (a,)");
  return lines.join("\n") + "\n";
}
