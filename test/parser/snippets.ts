/**
 * Hand-written snippets for the parser tests: VALID covers every grammar feature (compared with
 * python3's ast.dump(include_attributes=True)), INVALID covers tokenizer errors, the invalid_
 * rules and the generic errors (compared with python3's SyntaxError class, msg and positions).
 * Each entry: source, or [source, mode].
 */
export type Snippet = string | [string, "exec" | "eval" | "single" | "func_type"] | [string, "exec" | "eval" | "single" | "func_type", number];

export const VALID: Snippet[] = [
  // simple statements
  "x = 1\n", "x = y = z = 1\n", "a, b = b, a\n", "[a, *b] = c\n", "(a, b), c = d\n", "a.b.c = 1\n", "a[1][2] = 3\n",
  "x: int\n", "x: int = 1\n", "(x): int = 1\n", "a.b: int\n", "a[0]: int = 2\n", "x += 1\nx -= 1\nx *= 1\nx @= 1\nx /= 1\nx %= 1\nx &= 1\nx |= 1\nx ^= 1\nx <<= 1\nx >>= 1\nx **= 1\nx //= 1\n",
  "a.b += 1\n", "x = yield\n", "def f():\n    x = yield 1\n    y = yield from z\n    await q\n",
  "del a, b[1], c.d\n", "del (a, b), [c]\n", "del (a)\n", "pass; break; continue\n", "return\n", "return 1, 2\n",
  "raise\n", "raise E\n", "raise E from e\n", "global a, b\n", "nonlocal x\n", "assert x\n", "assert x, 'msg'\n",
  "import a\n", "import a.b.c as d, e\n", "from a import b\n", "from . import b\n", "from .. a import (b as c, d,)\n",
  "from ...a.b import *\n", "from .... import x\n", "x = 1; y = 2;\n",
  // expressions
  "a or b or c and d and not e\n", "a < b <= c > d >= e == f != g in h not in i is j is not k\n",
  "a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o\n", "-+~x\n", "x if y else z\n", "lambda: 1\n",
  "lambda a, b=1, *c, d, e=2, **f: 0\n", "lambda a, /, b: 0\n", "lambda *, a: 0\n", "(x := 1)\n", "f(x := 1)\n",
  "a.b.c\n", "a[1]\n", "a[1:2]\n", "a[::3]\n", "a[1:2, 3]\n", "a[:, None]\n", "a[*b]\n", "a[1, *b]\n", "a[b:=1]\n", "f()\n", "f(a, b=1, *c, **d)\n",
  "f(a for a in b)\n", "f(*a, b)\n", "f(a=1, *b)\n", "f(**a, b=1)\n", "await x\n", "(yield)\n",
  "[1, 2, *a]\n", "()\n", "(1,)\n", "(1, 2)\n", "{}\n", "{1: 2, **a}\n", "{1, 2, *a}\n",
  "[x for x in y if z if w for q in r]\n", "{x for x in y}\n", "{k: v for k, v in x}\n", "(x for x in y)\n",
  "[x async for x in y]\n", "...\n", "None, True, False\n", "1, 1.5, 1j, 0x1f, 0o17, 0b101, 1_000, 1e10, 1.5e-3j, 00, 0.0\n",
  "12345678901234567890123456789\n", "1e400\n", ".5\n", "5.\n",
  // strings
  "'a' 'b'\n", "b'a' b'b'\n", "u'x'\n", "U'x'\n", "r'\\n'\n", "'\\n\\t\\x41\\u00e9\\U0001F600\\101\\N{EURO SIGN}'\n",
  "b'\\x00\\xff\\n\\101'\n", "'''a\nb'''\n", "'\\\n'\n", "'é' 'ü'\n", "'\\q'\n", "rb'\\x'\n", "'a' u'b'\n", "u'a' 'b'\n",
  "f'x'\n", "f'{x}'\n", "f'{x!r}'\n", "f'{x!s:>{w}}'\n", "f'{x=}'\n", "f'{x = }'\n", "f'{x=!s}'\n", "f'{x=:10}'\n",
  "f'{{x}}'\n", "f'a{x}b{y}c'\n", "'a' f'{x}' 'b'\n", "f'{x:}'\n", "f'{x:{y}}'\n", "f'{ x }'\n", "f'{a, b}'\n",
  "f'{f\"{x}\"}'\n", "f'''{\nx\n}'''\n", "x = f'''\n  {a}\n  {b:>{c}}'''\n", "f'{x!a}'\n", "rf'{x}\\n'\n", "F'{x}'\n",
  "f'\\N{EURO SIGN}{x}'\n", "f'{x}' f'{y}'\n", "f''\n", "f'{\"a\"}'\n", "f'{x:{y}{z}}'\n", "f'{lambda x: 1}'\n", "f'{3!r:>4}'\n",
  "f'{a[\"b\"]}'\n", "f'{x:=10}'\n", "f'{(x:=10)}'\n", "f'{x!=y}'\n", "f'{x<y}'\n", "f'\\{6}'\n",
  "'\\N{LATIN SMALL LETTER A}\\N{latin small letter b}\\N{LF}'\n",
  // compound statements
  "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n", "if a: pass\n", "while x:\n    pass\nelse:\n    pass\n",
  "for x in y:\n    pass\nelse:\n    pass\n", "for x, y in z: pass\n", "for x in a, b: pass\n", "async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n",
  "with a: pass\n", "with a as b, c as (d, e): pass\n", "with (a, b): pass\n", "with (a as b, c as d,): pass\n", "with (a): pass\n",
  "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
  "try:\n    pass\nfinally:\n    pass\n", "try:\n    pass\nexcept* E as e:\n    pass\nexcept* F:\n    pass\n",
  "def f(): pass\n", "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int: pass\n", "def f(a: int, *, b: str = ''): pass\n",
  "def f(*args: *Ts): pass\n", "@d\n@e.f(1)\ndef f(): pass\n", "@d\nclass C(A, B, metaclass=M, **k): pass\n", "class C: pass\n", "class C(): pass\n",
  "async def f():\n    return await x\n", "@(lambda f: f)\ndef g(): pass\n", "@a[0]\nclass C: pass\n",
  "if 1:\n  if 2:\n    pass\n  x = 1\ny = 2\n", "if x:\n\tpass\n", "x = (1 +\n     2)\n", "x = 1 + \\\n    2\n",
  "# comment\n\n\nx = 1  # trailing\n", "\n\n", "", "x", "if True:\n    pass\n# c\n", "def f():\n    '''doc'''\n",
  // match
  "match x:\n    case 1: pass\n    case -1: pass\n    case 1+2j: pass\n    case -1-2j: pass\n    case 'a' 'b': pass\n    case None | True | False: pass\n",
  "match x:\n    case a: pass\n    case _: pass\n    case a.b: pass\n    case a.b.c: pass\n",
  "match x:\n    case (a): pass\n    case [a, *b]: pass\n    case (a, *_, b): pass\n    case a, b: pass\n    case []: pass\n    case (): pass\n",
  "match x:\n    case {}: pass\n    case {'a': 1, **r}: pass\n    case {a.b: c}: pass\n    case {**r}: pass\n",
  "match x:\n    case C(): pass\n    case C(a, b): pass\n    case C(a=1, b=2): pass\n    case C(1, b=2,): pass\n    case a.C(x) as y: pass\n",
  "match x, y:\n    case a if a > 0: pass\n", "match (x):\n    case [1, 2] | [3, 4] as z: pass\n", "match = 1\ncase = 2\n_ = 3\nmatch.x\nmatch[0]\n",
  "match x:\n    case *a,: pass\n", "match *a, b:\n    case _: pass\n",
  // other modes
  ["1 + 2", "eval"], ["x for x in y", "eval"], ["a, b", "eval"], ["\n1\n\n", "eval"], ["x = 1", "single"], ["if x:\n  pass\n", "single"],
  ["1\n", "single"], ["(int, str) -> bool", "func_type"], ["() -> None", "func_type"], ["(*a, **k) -> int", "func_type"],
  // type comments
  "x = 1  # type: int\n", "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n", "def f(a):  # type: (int) -> None\n    pass\n",
  "for x in y:  # type: int\n    pass\n", "with a as b:  # type: int\n    pass\n", "x = 1  # type: ignore\n", "import a  # type: ignore[attr]\n",
  "# type: ignore\nx = 1\n",
  // unicode identifiers and positions
  "é = 1\n", "ﬁ = 2\n", "x = 'é' + ü\n", "f(é, 'ü') + ß\n", "x = f'{é}'\n", "\ufeffx = 1\n",
  "x = '''\né\n''' + y\n", "if x:\r\n    pass\r\n", "x = 1\ry = 2\r",
];

/** Edge cases of modes and type comments (valid or not): */
export const MODES: Snippet[] = [
  "x = 1 #type:ignore\n", "x = 1 # type:  ignore  \n", "x = 1 # type: ignored\n", "x = 1 # type: ignore#x\n", "x = 1 # type: ignore_x\n", "x = 1 # type: ignoreé\n",
  "x = 1 #\ttype:\tint\n", "x = 1 #  type: int\n", "x = 1 # types: int\n", "x = (1,  # type: ignore\n 2)\n", "def f(a, # type: int\n b # type: str\n ): pass\n",
  "def f(\n a, # type: int\n):\n # type: (...) -> None\n pass\n", "def f(): # type: () -> None\n # type: () -> None\n pass\n",
  "with a: # type: int\n pass\n", "for a in b: # type: int\n pass\nelse: # type: int\n pass\n", "async def f():\n async for a in b: # type: int\n  pass\n",
  "x: int = 1 # type: int\n", "x = y = 1 # type: int\n", "if x: # type: int\n pass\n", "# type: int\n", "x = 1\n# type: ignore\n", "class A: # type: ignore\n pass\n",
  "def f(*, # type: int\n a): pass\n", "def f(*a, # type: int\n b): pass\n", "def f(**k # type: int\n ): pass\n", "lambda x: 1 # type: int\n",
  "import x # type: ignore[import] # noqa\n", "x = 1 # type: List[int] # comment\n", "def f(a): # type: (int) -> None # trailing\n pass\n",

  ["", "single"], ["\n", "single"], ["# c\n", "single"], ["x = 1  # c\n# d\n", "single"], ["if x:\n    pass\n\n", "single"], ["if x:\n    pass\nelse:\n    y\n", "single"],
  ["def f():\n    return 1\n", "single"], ["x = 1;", "single"], ["x = 1; y = 2", "single"], ["@d\ndef f(): pass\n", "single"], ["1 +", "single"], ["x\n\n\ny", "single"],
  ["", "exec"], ["", "func_type"], ["() ->", "func_type"], ["(a, b) -> c\n\n", "func_type"], ["(*a, b) -> c", "func_type"], ["(a, *b, **c) -> d", "func_type"], ["(a) -> b -> c", "func_type"],
  ["  1", "eval"], ["\n\n1", "eval"], ["1;", "eval"], ["1 # c", "eval"], ["lambda: (yield)", "eval"],
];

export const INVALID: Snippet[] = [
  // tokenizer
  "x = (1,\n", "x = [1,\n\n", "x = {\n", "x = (1,", ")\n", "(]\n", "(\n]\n", "'abc\n", "'''abc\n", "x = 'a\n'\n",
  "1_\n", "1__0\n", "0777\n", "0b12\n", "0o8\n", "0x\n", "0xg\n", "1e\n", "1e+\n", "1.5j_\n", "1a\n", "0_a\n", "1.e\n", "1if x else y\n",
  "a €\n", "a\u00a0b\n", "\x01\n", "x = \\ 1\n", "x = 1 \\\n", "if 1:\n    a\n  b\n", "if 1:\n\tif 2:\n        a\n", "  x = 1\n",
  "a = 1\n  b = 2\n", "if 1:\nx\n", "(" .repeat(201) + ")".repeat(201) + "\n", "$\n", "a ? b\n", "a ! b\n", "x = 1 <> 2\n",
  "\u00e9\u20ac = 1\n", "x = 'é\n", "def f():\n    x = (\n", "x = 1\n  \n  y = 2\n",
  "\n".concat(...Array.from({ length: 101 }, (_, i) => " ".repeat(i) + "if 1:\n")) + " ".repeat(101) + "pass\n",
  // invalid_ rules
  "class A x:\n pass\n", "def f() x:\n pass\n", "def f x\n", "for x in y x:\n pass\n", "for x in y\n pass\n", "while x y:\n pass\n",
  "while x\n pass\n", "if x y:\n pass\n", "if x\n pass\n", "elif x:\n pass\n", "if x:\n pass\nelif y\n pass\n", "with x y:\n pass\n", "with x\n pass\n",
  "with (a, b)\n pass\n", "try:\n pass\nexcept x y:\n pass\n", "try:\n pass\nexcept x\n pass\n", "try:\n pass\nexcept\n pass\n", "try x:\n pass\n",
  "try:\n pass\n", "try:\n pass\nx = 1\n", "try:\n pass\nfinally x:\n pass\n", "try:\n pass\nexcept* :\n pass\n", "try:\n pass\nexcept *x, y as z:\n pass\n",
  "try:\n pass\nexcept x, y as z:\n pass\n", "try:\n pass\nexcept x, y:\n pass\n", "try:\n pass\nexcept E:\n pass\nexcept* F:\n pass\n",
  "try:\n pass\nexcept* E:\n pass\nexcept F:\n pass\n", "try:\n pass\nexcept* E:\n pass\nexcept:\n pass\n",
  "match x y:\n case 1: pass\n", "match x\n case 1: pass\n", "match x:\n case 1 y: pass\n", "match x:\n case 1\n  pass\n", "match x:\ncase 1: pass\n",
  "match x:\n case 1:\n pass\n", "match x:\n case a as _: pass\n", "match x:\n case a as 1: pass\n", "match x:\n case C(a=1, b): pass\n",
  "match x:\n case {**r, a: 1}: pass\n", "match x:\n case 1+1: pass\n", "match x:\n case 1j+1j: pass\n", "match x:\n case a.b(): pass\n case +1: pass\n",
  "f(**a, *b)\n", "f(a=1, b)\n", "f(**a, b)\n", "f(a for a in b, c)\n", "f(c, a for a in b)\n", "f(a, b for b in c)\n", "f(True=1)\n", "f(a.b=1)\n",
  "f(a=1 for a in b)\n", "f(a, *b, c=1, **d, e)\n",
  "def f(a=1, b): pass\n", "def f(*): pass\n", "def f(*, **k): pass\n", "def f(/): pass\n", "def f(/, a): pass\n", "def f(**k, a): pass\n", "def f(**k, *a): pass\n",
  "def f(*a=1): pass\n", "def f(**k=1): pass\n", "def f(*a, *b): pass\n", "def f(a, /, b, /): pass\n", "def f(*a, b, /): pass\n", "def f(a=1, /, *, b, /): pass\n",
  "def f(a, (b, c)): pass\n", "def f(a=): pass\n", "def f(a, b=1 /): pass\n", "def f(a=1/ *b): pass\n",
  "lambda *: 1\n", "lambda a=1, b: 1\n", "lambda *a, *b: 1\n", "lambda **k, a: 1\n", "lambda (a): 1\n", "lambda /: 1\n", "lambda a, /, b, /: 1\n", "lambda *a=1: 0\n",
  "import a from b\n", "from a import b,\n", "from a import\n", "import\n", "from a import (b, c\n",
  "x = 1 if 2\n", "x = 1 if 2 else\n", "print 1\n", "exec 'x'\n", "print(1) 2\n", "a b c\n", "[a b]\n", "f(a b)\n", "(a b c)\n", "{a b}\n",
  "[x for x in y if a b]\n", "f(x for x in y)=1\n", "x := 1\n", "(a, b): int\n", "a, b: int\n", "[a]: int\n", "a.b + 1: int\n", "x = yield = 1\n", "a + 1 += 2\n",
  "(a, b) += 1\n", "del a + 1\n", "del *a\n", "del (a, f())\n", "del f()\n", "for 1 in x: pass\n", "for a, f() in x: pass\n", "for x in 1 in y: pass\n", "with a as 1: pass\n",
  "with a as (b, 1): pass\n", "[x for 1 in y]\n",
  "(*a)\n", "(**a)\n", "{**a: 1}\n", "{a: *b}\n", "{a:}\n", "{a, b: 1}\n", "{a: 1, b}\n", "{a: 1, **b, c}\n", "[*a for a in b]\n", "[a, b for a in b]\n", "{a, b for a in b}\n",
  "{**a for a in b}\n", "(*a for a in b)\n", "if x = 1: pass\n", "if x.y = 1: pass\n", "if (x = 1): pass\n", "while x = 1: pass\n", "f(x.y := 1)\n",
  "(x.y := 1)\n", "[(a, b) := 1]\n", "1 = 2\n", "f() = 1\n", "None = 1\n", "a, None = 1\n", "(yield) = 1\n", "[x for x in y] = 1\n", "not 1 = 2\n",
  "a + b = c\n", "a if b else c = d\n", "lambda: 1 = 1\n", "... = 1\n", "'a' = 1\n", "f'{x}' = 1\n", "{a: b} = 1\n", "{a} = 1\n", "a < b = c\n",
  "x = 1 if 2 else *a\n", "a = b = *c\n", "*a\n", "*a = 1\n", "**a\n", "a = *b\n", "async = 1\n", "await = 1\n", "def f(): x = yield from\n",
  "nonlocal x y\n", "global\n", "return return\n", "if 1:\n    pass\n  else:\n    pass\n", "else:\n    pass\n", "x = (1 2)\n",
  "class A:\npass\n", "def f():\npass\n", "for x in y:\npass\n", "while x:\npass\n", "with x:\npass\n", "try:\npass\n", "if x:\npass\n",
  "if x:\n    pass\nelse:\npass\n", "if x:\n    pass\nelif y:\npass\n", "try:\n    pass\nexcept:\npass\n", "try:\n    pass\nfinally:\npass\n",
  "try:\n    pass\nexcept E:\npass\n", "try:\n    pass\nexcept* E:\npass\n", "async def f():\npass\n", "class A(B):\npass\n",
  "def f():\n    # type: () -> None\n    # type: () -> None\n    pass\n", "def f(*, # type: int\n): pass\n",
  "x = 1 +\n", "x = (1 +\n", "f(\n", "if x:\n", "def f():\n", "x = [1, 2\ny = 3\n", "foo(1, 2\nbar()\n",
  // strings
  "f'{}'\n", "f'{ }'\n", "f'{a b}'\n", "f'{a!x}'\n", "f'{a!}'\n", "f'}'\n", "f'{'\n", "f'{a:{b:{c}}}'\n", "f'{#}'\n", "f'{a\\n}'\n",
  "f'{a)}'\n", "f'{a(}'\n", "f'{a]}'\n", "f'{(a]}'\n", "f'{\"a}'\n", "f'{a!r=}'\n", "f'{!r}'\n", "f'{:x}'\n", "f'{=}'\n", "f'{a:'\n", "f'{x!}'\n",
  "f'{a b}' f'{c d}'\n", "f'''{\na b}'''\n", "x = f'{a b}'\n", "f'{lambda x:1}'\n", "f'{yield}'\n", "f'{*a}'\n", "f'{a:=1}'\n", "f'{1 if x}'\n",
  "b'a' 'b'\n", "'a' b'b'\n", "f'x' b'y'\n", "'\\x'\n", "'\\x4'\n", "'\\u12'\n", "'\\U1234'\n", "'\\U00110000'\n", "'\\N{foo}'\n", "'\\N{'\n", "'\\N'\n", "'é\\x'\n",
  "b'\\x'\n", "b'\\x4'\n", "b'é'\n", "'\\N{}'\n", "u'\\N{latin capital letter a}\\N{nope}'\n",
  // more

  "x = (1, 2\ny = 3\nz = 'abc\n", "x = 1 +\ny = 'abc\n", "a b\nx = (\n", "x = )\n", "f(a, b c)\n", "f(a=1 b=2)\n", "[1, 2 3]\n", "{1: 2 3: 4}\n",
  "x = 1\n    y = 2\n", "def f():\n    x = 1\n     y = 2\n", "class A:\n    def f(self):\n        pass\n   x = 1\n",
  "@dec\nx = 1\n", "@\ndef f(): pass\n", "@dec def f(): pass\n", "def f(a, b):\n    return\n  a\n", "if x:\n    pass\n else:\n    pass\n",
  "for x in range(10):\n    break\nelse\n    pass\n", "while True\n", "x = [i for i in range(10) if]\n", "x = {'a': 1, 'b'}\n", "x = {'a' 1}\n",
  "print(f'{x!z}')\n", "print(f'{x:{y:{z}}}')\n", "f'{a:{b}}' 'x' f'{'\n", "f'{a}}'\n", "f'{{a}'\n", "f'{a b c}'\n", "f'{a =}' f'{b c}'\n",
  "'''\n\n\n", "x = '''abc\ndef\n", "\"abc\ndef\"\n", "x = 0b\n", "x = 0o\n", "x = 1_000_\n", "x = 1e5_\n", "x = 1.2.3\n", "x = 08\n", "x = 1__2\n",
  "x = 0x1g\n", "x = 5 if else 3\n", "lambda x: yield\n", "def f(x=1, *, y): pass\nf(x=1, x=2)\n", "class C(x for x in y): pass\n",
  "import a.b as c.d\n", "from a import b as c.d\n", "from a import (b as)\n", "import a as\n", "from . import\n", "from .a import *, b\n",
  "with open(x) as f, open(y) as g\n    pass\n", "with (open(x) as f, open(y) as g)\n    pass\n", "async with a:\n    pass\n",
  "async def f():\n    await\n", "def f():\n    yield = 1\n", "x = *a, *b\n", "*a, *b = c\n", "a, *b, *c = d\n", "del x[\n", "assert x = 1\n", "assert (x = 1)\n",
  "raise X from\n", "raise from x\n", "global x, \n", "x.1\n", "1.x\n", "x = 1.__add__\n", "x = y z\n", "if x == 1\n    pass\n", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
  "match x:\n    case [a, b:\n        pass\n", "match x:\n    case {a: b, }: pass\n    case {1:}: pass\n", "match x:\n    case C(a=): pass\n", "match x:\n    case *a: pass\n",
  "match x:\n    case a | b as c if d: pass\n    case 1 + 2: pass\n", "match:\n    case 1: pass\n", "match x:\n    pass\n",
  "def f(a, b, c=1, d):\n    pass\n", "def f(a:int=1, b:int): pass\n", "def f(*, a=1, b): pass\n", "def f(a, *, b, **c, d): pass\n", "f(**)\n", "f(*)\n", "f(,)\n", "f(a,,b)\n",
  "x[1:2:3:4]\n", "x[]\n", "x[::]\n", "(,)\n", "[,]\n", "{,}\n", "(a,,)\n", "x = yield from\n", "nonlocal\n", "x = not\n", "x = a if b\n", "x = a not b\n", "x = a is not not b\n",
  "x = 'a' 'b' c\n", "x = u'a' b'b'\n", "x = rb'a' r'b'\n", "x = br'\\x'\n", "'\\777'\n", "b'\\777'\n", "'\\8'\n",
  "\tif x:\n\t\tpass\n", "if x:\n\tpass\n        pass\n", "if x:\n        pass\n\tpass\n", " \tx = 1\n", "if x:\n    pass\n\n  \n    \n",
  "x = 1 # comment \\\ny = 2\n", "x = \\\n\n", "\\\n", "x = (\\\n1)\n", "print('hello'\n\n\n", "d = {\n 'a': 1,\n 'b': 2\n\nx = 3\n",
  ["x = (1,", "eval"], ["(", "single"], ["x\ny", "eval"], ["lambda: (yield)", "eval"], ["yield x", "eval"], ["*a", "eval"], ["a := 1", "eval"],
  "class A:\n    x = 1\n  y = 2\n", "def f():\n\treturn 1\n        return 2\n", "x = [\n    1,\n    2,\n", "x = {'a': [1, 2, (3, 4}\n",
  "if True:\n    print('x')\n  print('y')\n", "@property\ndef\n", "for\n", "while\n", "if\n", "with\n", "try\n", "class\n", "def\n", "lambda\n", "return\nx y\n",
  // non-ASCII positions, type comments, f-string sub-parser errors

  "é = (1 +\n", "é = 1 + $\n", "x = 'é' + é €\n", "f'{é b}'\n", "f'é{a b}'\n", "x = f'{é}' + (\n", "ü ü\n", "'é' 'ü' x\n", "def f(é=1, ü): pass\n",
  "x = '''é\n\n", "ä = f'''\n{a b}'''\n", "x = 1\ny = é(\n", "print(é €)\n", "日本 = 語\n漢字 字\n", "x = \"日本語\" 1\n",
  "def f(x):  # type: (int) -> None\n    # type: (int) -> None\n    pass\n", "x = 1  # type: int\ny = 2  # type: ignore\n# type: str\n",
  "def f(*,  # type: int\n      a): pass\n", "for x in y:  # type: int\n  # type: str\n  pass\n",
  "f'{x!r:{y!s:{z}}}'\n", "f'{x:{{y}}}'\n", "f'{x:}}'\n", "f'{x:{}}'\n", "f'{\\'a\\'}'\n", "f'''{\n'''\n", "f'{a\n}'\n", "f'{a:\\n}'\n", "rf'{a\\n}'\n",
  "f'{f\"{a b}\"}'\n", "f'{a}{b c}'\n", "(f'{a b}'\n", "f'{ a b }'\n", "f'{\n a b}'\n", "f'''\n{\na b}'''\n", "x = f'{(a b)}'\n", "f'{yield 1}'\n",
  // SOFT_KEYWORD matches prefixes of "_", "case", "match" (CPython's strncmp)
  "s.join(c.center(w) fo c in cols)\n", "f(c.d fo c)\n", "f(ma.d fo c)\n", "f(cas.d fo c)\n", "f(x.d fo c)\n", "f(_.d fo c)\n", "f(matc fo c)\n",
  // line continuation errors count columns from the line the logical line started on
  "~\\\n{_ \\for\n", "x = '''a\nb''' \\ 1\n", "x = 1 + \\\n  2 + \\\n 3 \\ 4\n", "if 1:\n  x = \\ 1\n",
  // other modes
  ["1 +", "eval"], ["x = 1", "eval"], ["a b", "eval"], ["", "eval"], ["if x:", "single"], ["x = 1\ny = 2\n", "single"], ["(int) ->", "func_type"],
  ["int -> str", "func_type"],
];

/** ast.parse(..., feature_version=(3, N)): syntax newer than 3.N is an error. */
export const FEATURE_VERSION: Snippet[] = [
  ["x: int = 1\n", "exec", 5], ["(x): int\n", "exec", 5], ["a @ b\n", "exec", 4], ["a @= b\n", "exec", 4], ["async def f(): pass\n", "exec", 7],
  ["async def f():\n    async for x in y: pass\n", "exec", 7], ["async def f():\n    async with a: pass\n", "exec", 7],
  ["async def f():\n    await x\n", "exec", 7], ["async def f():\n    [x async for x in y]\n", "exec", 7],
  ["try:\n    pass\nexcept* E:\n    pass\n", "exec", 10], ["match x:\n    case 1: pass\n", "exec", 9], ["match x\n", "exec", 9],
  ["def f(a, /): pass\n", "exec", 7], ["def f(a=1, /): pass\n", "exec", 7], ["lambda a, /: 0\n", "exec", 7], ["(x := 1)\n", "exec", 7],
  ["f'{x}'\n", "exec", 5], ["f'{x=}'\n", "exec", 7], ["1_000\n", "exec", 5], ["x = 1\n", "exec", 4], ["match x:\n    case 1: pass\n", "exec", 10],
  ["try:\n    pass\nexcept* E:\n    pass\n", "exec", 11],
];

/** async_hacks: with feature_version < 7, "async"/"await" are names outside "async def". */
const ASYNC_SOURCES = ["async = 1\n", "await = 1\n", "def async(): pass\n", "async def f():\n    await x\n    async = 1\n", "def f():\n    await x\n", "async def f():\n    async for x in y: pass\n    async with a: pass\n",
  "async def f():\n    pass\nasync = 1\nawait = 2\n", "async def f():\n    def g():\n        await x\n    return 1\n", "async def f(): await x\nawait = 1\n", "x = async\n",
  "async def f():\n    [x async for x in y]\n", "async\ndef f(): pass\n", "async  def f():\n  pass\n", "class A:\n    async def f(self):\n        await x\n    async = 1\n",
  "async def f():\n    x = (1,\n  2)\n    await y\n", "f'{async}'\n", "async def f():\n    f'{await x}'\n"];
for (const fv of [4, 5, 6, 7]) for (const src of ASYNC_SOURCES) FEATURE_VERSION.push([src, "exec", fv]);
