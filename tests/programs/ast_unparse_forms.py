# ast.unparse over more forms (strings, f-strings, precedence, patterns), compared with python3.
import ast
cases = [
 "f'{x!r}' 'a\\n' f\"{y}'\"", "f'''{x}\\n''' ", "f'{x}' f'{{' '}}'", "'\\x00'", "b'\\''", "f'{x:\\n}'" if False else "f'{x:>{w}}'",
 "f'{\"a\" if x else \"b\"}'", "f'{x!a}'", "f'{x}\"'", "f'{x}' \"'\"", "f'{x}' '\"' \"'\"", "f'{x}' '\"\"\"' \"'''\"",
 "'''a\"'''", "\"a'\"", "'a\\'b\"c'", "x = '\\r'", "'\\u00e9'", "'\\x7f'", "'\\ud800'" if False else "'a'",
 "def f():\n    '''Doc with \\\\ backslash'''", "def f():\n    '''Doc with \"'''", "def f():\n    'Doc\\twith tab'",
 "def f():\n    '''a\\n b'''\n    pass", "class A:\n    '\\u00e9'",
 "f'{a[\"b\"]}'", "f'{ {1,2} }'", "f'{x:{y:{z}}}'" if False else "f'{x:{y}}'",
 "rb'a'", "Rb'\\d'", "r'\\d'", "f'{1}{2}'", "f'{x!r:^20}'",
 "a[1:2:3]", "a[:]", "a[::]", "a[1:]", "a[fn():]",
 "x = (yield)", "await (yield)", "del x[0], y.z", "lambda: (yield)",
 "(a, *b) = c", "[a, *b] = c", "print(*(a, b))", "f(**{'a': 1})", "f(a for a in b)", "f((a for a in b), c)",
 "x = a, = b", "for x, in y: pass", "with (a, b): pass", "with (a as b): pass", "with (yield): pass",
 "if (a := 1): pass", "[y := f(x), y**2]", "def f(x=(a := 1)): pass", "x = (a := 1)", "a[b := 1]",
 "not not a", "- -a", "+-~a", "a ** -b", "(-1) ** 0.5", "(a + b).c", "(a.b).c", "(1).c", "1.0.c", "1j.imag", "(-1).real",
 "x = -1", "x = (-1)", "2 ** -1", "-(2 ** 1)", "(-2) ** 1", "a if b else (c if d else e)", "(lambda: x)()", "(lambda: x) if y else z",
 "a = lambda: (yield)", "x = [*a, *b]", "x = {**a, 'b': 1}", "print(a, *b, c=d, **e)", "class A(*b, **c): pass",
 "assert (yield)", "return (yield from x)" if False else "def g():\n    return (yield from x)",
 "match x:\n    case {1: _, **r}: pass\n    case A.B(): pass\n    case [a, b] if a > b: pass\n    case (1 | 2) | 3: pass\n    case ((1 | 2) as x) | 3: pass\n    case -1.5: pass\n    case 'a' 'b': pass\n    case b'x': pass",
 "try:\n    pass\nexcept (A, B):\n    pass", "try:\n    pass\nexcept* A as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
 "@a.b(c)\nclass D:\n    @property\n    def x(self): return 1",
 "async def f():\n    return [await x async for x in y if await z]",
 "x: 'List[int]'", "x: int\ny: int = 1", "def f(*args: *Ts): pass",
 "a[*b]", "a[b, *c]", "x = *a,", "import a as b", "global x",
 "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
]
for c in cases:
    try:
        t = ast.parse(c)
    except SyntaxError as e:
        print("SE", c, e.msg); continue
    print(ast.unparse(t))
