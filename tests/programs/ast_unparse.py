# ast.unparse: output text identical to python3's, and round trips.
import ast

SNIPPETS = [
    "x = 1", "x = y = (1, 2)", "a, b = b, a", "(a, b), c = d", "x: int = 5", "(x): int", "x.y: 'z'",
    "del a, b[1], c.d", "x += 1; y **= 2; z @= w",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    pass",
    "def f(*, a): pass", "def f(a, /): pass", "def f(*a, b=1, **c): pass", "lambda: 0", "lambda x, *y, z=1, **w: x",
    "lambda *, a: a", "lambda a, /, b: a",
    "@dec\n@dec2(1)\ndef f():\n    '''doc'''\n    return", "class C: pass", "class C(A, B, metaclass=M, **kw):\n    'doc'\n    x = 1",
    "async def f():\n    await x\n    async for a in b: pass\n    async with c as d, e: pass",
    "for i in range(10):\n    if i: continue\n    elif j: break\n    else: pass\nelse:\n    pass",
    "while 1:\n    pass\nelse:\n    x", "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    if d:\n        pass",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e",
    "try:\n    a\nexcept* E:\n    b", "try:\n    pass\nfinally:\n    pass",
    "with a: pass", "with a as b, c as (d, e): pass", "raise", "raise E", "raise E from c", "assert x", "assert x, y",
    "import a, b.c as d", "from . import x", "from ..a import b as c, d", "from a import *", "global x, y", "nonlocal z",
    "match x:\n    case 1 | 2: pass\n    case [a, *b, c]: pass\n    case {'k': v, **rest}: pass\n    case P(a, b=c): pass\n    case P(): pass\n    case (1 | 2) as z: pass\n    case _ if x: pass\n    case [*_]: pass\n    case {**r}: pass\n    case None | True | -1 | 1 + 2j | a.b: pass",
    "a and b or c and not d", "(a or b) and c", "a and (b and c)", "not (a and b)", "not a == b",
    "a + b * c", "(a + b) * c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c", "-a ** b", "(-a) ** b",
    "-(-a)", "~a + +b", "a if b else c", "(a if b else c) if d else e", "a if (b if c else d) else e",
    "a < b < c", "(a < b) < c", "a in b not in c", "a is not b", "x[1:2]", "x[1:2, 3]", "x[:, ::2]", "x[()]", "x[(1, 2)]",
    "x[a:=1]" if False else "x[(a := 1)]", "(x := 5)", "f(x := 5)", "print((yield))", "x = yield", "x = yield from y",
    "f(*a, *b, c=1, **d, **e)", "f(a)(b)(c)", "a.b.c", "1 .real", "1.5.real", "(1).real", "'a'.join", "(a, b).count",
    "[1, 2, 3]", "[]", "()", "(1,)", "{}", "{1}", "{1: 2, **a, 3: 4}", "{**a}", "{*a, *b}", "{*()}",
    "[x for x in y if x if not x]", "{x for x in y}", "{k: v for k, v in d.items()}", "(x for x in y)",
    "[x async for x in y]", "f(x for x in y)", "[(a, b) for a, b in c]", "[a for b in (c, d)]", "[x for x in (y if z else w)]",
    "await x", "(await x).y", "f((yield x))",
    "'a'", '"a"', "'\\''", "'\"'", "'\\'\"'", "'''a'b\"c'''", "'\\n'", "'\\t\\x00\\\\'", "'\\u1234\\U0001f600'", "b'\\xff'",
    "u'x'", "'\\r\\n'", "'''\nmultiline\n'''",
    "f'{x}'", "f'{x!r}'", "f'{x:>10}'", "f'{x:{y}.{z}}'", "f'a{{b}}c'", "f'{x=}'", "f\"{'a'}\"", "f'{\"a\"}'",
    "f'{x}\\n'", "f'''{x}\n'''", "f'{ {1: 2}[1] }'", "f'{a!s:{b}}' f'c'", "f'{x:{\"y\"}}'", "f'{(lambda: 1)()}'",
    "f'{3.14:.2f}' 'tail'", "f'{f\"{x}\"}'", "f'{x if y else z}'", "f'{(a, b)}'", "f'{a}' '{'",
    "1e400", "-1e400", "1e400j", "(1+1e400j)", "0.1", "1_000_000", "0o17", "0b101", "10j", "...", "x = ...",
    "print(1, 2, sep='')", "x = not a", "(not a) + b", "-1 ** 2", "(-1) ** 2", "a[-1]", "a[b, *c]" if False else "a[b]",
    "def f():\n    '''doc\n    string'''\n    x = 1", "def f():\n    return (yield)",
    "class A:\n    def f(self): pass\n    def g(self): pass",
    "x = 1\ndef f(): pass\nclass C: pass\ny = 2",
    "'''module doc'''\nimport x",
    "def f(a: int=1, *, b: 'str'='', **c: dict) -> 'R': pass",
    "x = (1, 2, 3)[0]", "for (a, b) in c: pass", "for a, in b: pass", "del (a, b)", "del (a)", "x = *a, *b",
    "assert (a, b)", "return_ = (yield)", "x = a if b else (yield)",
]
for src in SNIPPETS:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    again = ast.unparse(ast.parse(out))
    if again != out:
        print('!! not stable:', repr(again))

# expression-only and other roots
print(ast.unparse(ast.parse("a + b", mode="eval")))
print(ast.unparse(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.unparse(ast.parse("x = 1 # type: int\ndef f(a): # type: (int) -> None\n    pass\nimport a # type: ignore", type_comments=True)))
print(ast.unparse(ast.parse("for x in y: # type: int\n    pass\nwith a as b: # type: int\n    pass", type_comments=True)))
print(ast.unparse(ast.Name('x', ast.Load())))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)), ast.Mult(), ast.Constant(3))))
print(ast.unparse(ast.Constant((1, 'a', (2,)))), ast.unparse(ast.Constant(())), ast.unparse(ast.Constant(frozenset())))
print(ast.unparse(ast.Constant(1e400)), ast.unparse(ast.Constant(complex(1e400, -1e400))), ast.unparse(ast.Constant(float('nan'))))
print(ast.unparse(ast.Constant('x', kind='u')))
print(ast.unparse(ast.Set([])))
print(ast.unparse(ast.Tuple([], ast.Load())))
print(ast.unparse(ast.MatchAs()))
print(ast.unparse(ast.Module([ast.Expr(ast.Constant("a\nb'\"'''\"\"\""))], [])))
print(ast.unparse(ast.Module([ast.Expr(ast.Constant("doc\\")), ast.Pass()], [])))
print(ast.unparse(ast.Module([ast.Expr(ast.Constant("ends with \""))], [])))
print(ast.unparse(ast.JoinedStr([ast.Constant("a'b\"c'''d\"\"\"")])))
for bad in [ast.Raise(cause=ast.Name('c')), ast.YieldFrom(None), ast.JoinedStr([ast.Name('x')]),
            ast.JoinedStr([ast.FormattedValue(ast.Constant('\\'), -1)])]:
    try:
        print(ast.unparse(bad))
    except ValueError as e:
        print('ValueError', str(e).split(' <')[0])
