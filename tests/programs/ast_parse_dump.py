# ast.parse / ast.dump and the node classes of _ast, compared with python3.
import ast

SNIPPETS = [
    "x = 1",
    "a, *b = c[1:2, ::3] = d.e",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    'doc'\n    return a",
    "async def g():\n    async with a as (b, c):\n        await d\n    async for i in j:\n        yield i\n    return [x async for x in y]",
    "class C(B, metaclass=M):\n    x: int\n    y: 'str' = 'a'\n    (z): int = 3",
    "try:\n    pass\nexcept* (A, B) as e:\n    raise\nelse:\n    pass\nfinally:\n    del x",
    "match p:\n    case [1, 2, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(1, y=2) | None: pass\n    case (a as b) if b > 0: pass\n    case -1 | 1+2j | 'x' 'y': pass",
    "f'{x!r:>{width}} {y=}', rb'\\x00', u'u', 1_000, 0x1f, 1e10, 3j, ...",
    "lambda: (yield)",
    "global a, b\nnonlocal c",
    "import a.b as c, d\nfrom ...x import (y as z, w)\nfrom . import *",
    "with open(f) as g, h:\n    pass",
    "while x:\n    break\nelse:\n    continue",
    "assert x, 'msg'\nraise E from None",
    "{1: 2, **d}, {1, 2}, [i for i in x if i], {k: v for k, v in z}, (i for i in ())",
    "not a and b or c if d else e",
    "a < b <= c is not d not in e",
    "x @= y; x //= 2; x **= 3",
    "print(*a, **k, sep='')",
    "(a := 10)",
    "'\u00e9t\u00e9' + '\\N{BULLET}'",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, annotate_fields=False))
    print(ast.dump(tree, include_attributes=True))
print(ast.dump(ast.parse(SNIPPETS[2]), indent=4))
print(ast.dump(ast.parse(SNIPPETS[6]), indent='\t', include_attributes=True))
print(ast.dump(ast.parse("x + 1", mode="eval"), indent=0))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, *str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("def f(a, # type: int\n      b):\n    # type: (...) -> None\n    pass\nx = [] # type: List[int]\nimport y # type: ignore[attr]", type_comments=True), include_attributes=True))
print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'")))
print(ast.dump(ast.parse("x", feature_version=(3, 9))))

# errors of parse
for bad in ["x = ", "def f(:\n", "(", "a b", "f(**)", "\tx\n  y"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# dump of hand-made nodes: missing fields, None optionals, non-node values
print(ast.dump(ast.Name()))
print(ast.dump(ast.Name('x')))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(ast.Return(value=None)))
print(ast.dump(ast.ImportFrom(module=None, names=[ast.alias('a')], level=0)))
print(ast.dump(ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[])))
print(ast.dump(ast.BinOp(left=[1, 'a', (2,)], op=ast.Add(), right={'k': 1})))
print(ast.dump(ast.keyword(value=ast.Name('v')), include_attributes=True))
n = ast.Name('x', ast.Load(), lineno=3, col_offset=1)
print(ast.dump(n, include_attributes=True))
n.end_lineno = None
print(ast.dump(n, include_attributes=True))
try:
    ast.dump(42)
except TypeError as e:
    print(e)

# the classes
for name in ['AST', 'mod', 'Module', 'stmt', 'FunctionDef', 'expr', 'Name', 'expr_context', 'Load',
             'boolop', 'operator', 'Add', 'unaryop', 'cmpop', 'comprehension', 'excepthandler',
             'ExceptHandler', 'arguments', 'arg', 'keyword', 'alias', 'withitem', 'match_case',
             'pattern', 'MatchAs', 'type_ignore', 'TypeIgnore', 'Constant', 'ImportFrom']:
    cls = getattr(ast, name)
    print(name, cls.__module__, [c.__name__ for c in cls.__mro__], cls._fields,
          getattr(cls, '_attributes', '-'), getattr(cls, '__match_args__', '-'))
    print(repr(cls.__doc__))
    print(sorted(k for k, v in vars(cls).items() if v is None))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(issubclass(ast.Name, ast.expr), issubclass(ast.Load, ast.AST), isinstance(ast.parse(''), ast.mod))

# constructor semantics
def attempt(f):
    try:
        node = f()
        print('ok', ast.dump(node), sorted(vars(node)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: ast.Name('x', ast.Load()))
attempt(lambda: ast.Name('x', ast.Load(), 3))
attempt(lambda: ast.Pass(1))
attempt(lambda: ast.Return(1, 2))
attempt(lambda: ast.Name('x', id='y'))
attempt(lambda: ast.AST(1))
attempt(lambda: ast.AST(foo=1))
attempt(lambda: ast.Constant(1, 'u', lineno=1, junk=2))
attempt(lambda: ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2), end_lineno=4))
node = ast.Name('x', ast.Load())
print(node.__reduce__()[0].__name__, node.__reduce__()[1], sorted(node.__reduce__()[2]))
print(ast.Load().__reduce__()[1:], ast.Name().__reduce__()[1:])
try:
    ast.Name().id
except AttributeError as e:
    print(e)
print(ast.Name().ctx if hasattr(ast.Name(), 'ctx') else 'no ctx', ast.Return().value, ast.arg().type_comment, ast.Name().end_lineno)
t1 = ast.parse("a = b")
t2 = ast.parse("c")
print(type(t1.body[0].targets[0].ctx).__name__, type(t2.body[0].value.ctx).__name__,
      t1.body[0].value.ctx is t2.body[0].value.ctx, ast.Load() is ast.Load())
match ast.parse("a.b(c)").body[0].value:
    case ast.Call(ast.Attribute(ast.Name(n), attr), [ast.Name(arg)]):
        print('matched', n, attr, arg)
class MyNode(ast.AST):
    _fields = ('a', 'b')
print(ast.dump(MyNode(1, b=[ast.Name('z')])))
try:
    MyNode(1, 2, 3)
except TypeError as e:
    print(e)
