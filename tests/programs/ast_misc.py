# ast odds and ends: unparse of non-module roots, copy, subclasses of node classes, top-level await.
import ast, copy
print(repr(ast.unparse(ast.parse("x=1;y=2", mode="single"))))
print(repr(ast.unparse(ast.parse("x=1;y=2").body)))
print(repr(ast.unparse(ast.arguments([], [ast.arg('a')], None, [], [], None, []))))
print(repr(ast.unparse(ast.comprehension(ast.Name('a'), ast.Name('b'), [], 0))))
print(repr(ast.unparse(ast.keyword('a', ast.Constant(1)))))
print(repr(ast.unparse(ast.alias('a', 'b'))))
print(repr(ast.unparse(ast.withitem(ast.Name('a'), None))))
print(repr(ast.unparse(ast.Load())))
print(repr(ast.unparse(ast.ExceptHandler(None, None, [ast.Pass()]))))
print(repr(ast.unparse(ast.match_case(ast.MatchAs(), None, [ast.Pass()]))))
n = ast.parse("x = [1, 2]")
c = copy.copy(n)
d = copy.deepcopy(n)
print(c.body is n.body, d.body is n.body, ast.dump(d) == ast.dump(n))
print(repr(n).split(' at ')[0], str(ast.Load()).split(' at ')[0])
print(sorted(k for k in dir(ast.Name('x')) if not k.startswith('__')))
print(ast.Name('x') == ast.Name('x'), hash(ast.Load()) is not None)
print(sorted(vars(ast.parse("x").body[0].value)))
class Sub(ast.Name):
    _fields = ('id', 'ctx', 'extra')
s = Sub('a', ast.Load(), 5)
print(ast.dump(s), s.extra)
try:
    Sub(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    compile(ast.Module([ast.Expr(Sub('a', ast.Load(), 5, lineno=1, col_offset=0), lineno=1, col_offset=0)], []), 'f', 'exec')
    print('compiled subclass')
except Exception as e:
    print(type(e).__name__, e)
t = ast.parse("print('hi')")
t.body[0].value.args[0] = ast.Constant('bye', lineno=1, col_offset=6)
exec(compile(t, 'f', 'exec'))
print(compile(ast.parse('x'), 'f', 'exec', flags=ast.PyCF_TYPE_COMMENTS).co_name)
print(type(compile('x = 1  # type: int', 'f', 'exec', ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS).body[0].type_comment))
import _ast
print(_ast.AST is ast.AST, ast.Load is _ast.Load)
print(ast.literal_eval('(1, [2, {3: 4}], {5})'))
e = ast.parse("1+2", mode="eval")
print(eval(compile(e, "<e>", "eval"), {}))
print(ast.dump(ast.parse('async def f(): await x', type_comments=True)))
top = ast.parse("await asyncio.sleep(0)", mode="exec")
try:
    compile(top, "f", "exec")
except SyntaxError as e:
    print(e.msg)
print(compile(top, "f", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT).co_flags & 0x80)
