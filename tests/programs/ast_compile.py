# compile() of AST objects (built, modified, invalid), compared with python3.
import ast

tree = ast.parse("x = 6\nprint(x * 7)")
exec(compile(tree, "<ast>", "exec"))
tree.body[0].value.value = 10
exec(compile(tree, "<ast>", "exec"))
print(compile(tree, "<ast>", "exec", ast.PyCF_ONLY_AST) is tree)
print(type(compile("1 + 1", "<s>", "eval", ast.PyCF_ONLY_AST)).__name__)
print(type(compile("x", "<s>", "single", ast.PyCF_ONLY_AST)).__name__)
print(type(compile("(a) -> b", "<s>", "func_type", ast.PyCF_ONLY_AST)).__name__)
print(eval(compile(ast.parse("2 ** 10", mode="eval"), "<e>", "eval")))
exec(compile(ast.parse("y = 5", mode="single"), "<i>", "single"))
print(y)

m = ast.Module(body=[
    ast.FunctionDef(name='sq', args=ast.arguments(posonlyargs=[], args=[ast.arg('v')], kwonlyargs=[], kw_defaults=[], defaults=[]),
                    body=[ast.Return(ast.BinOp(ast.Name('v', ast.Load()), ast.Mult(), ast.Name('v', ast.Load())))], decorator_list=[]),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Call(ast.Name('sq', ast.Load()), [ast.Constant(9)], [])], [])),
], type_ignores=[])
code = compile(ast.fix_missing_locations(m), "<built>", "exec")
exec(code)
print(code.co_filename, code.co_name)

# a transformer, then compile
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t = Double().visit(ast.parse("print(1 + 2, 'a', [3, 4])"))
exec(compile(t, "<t>", "exec"))

# missing end positions default to the start
t = ast.Module([ast.Expr(ast.Call(ast.Name('f', ast.Load(), lineno=3, col_offset=4), [], [], lineno=3, col_offset=4), lineno=3, col_offset=4)], [])
print(list(compile(t, "x", "exec").co_positions())[1:3])

def expect(node, mode="exec"):
    try:
        compile(node, "<bad>", mode)
        print("compiled")
    except Exception as e:
        print(type(e).__name__, str(e).split(' object at ')[0])

loc = dict(lineno=1, col_offset=0)
def name(id, ctx=None):
    return ast.Name(id, ctx or ast.Load(), **loc)
def mod(*stmts):
    return ast.Module(list(stmts), [])
def expr(e):
    return ast.Expr(e, **loc)

expect(mod(ast.Expr(ast.Name('f', ast.Load(), lineno=3, col_offset=4))))
expect(mod(ast.Expr(None, **loc)))
expect(ast.Module(None, []))
expect(ast.Module(5, []))
expect(ast.Module((), []))
expect(mod(5))
expect(mod(None))
expect(mod(expr(ast.Name(5, ast.Load(), **loc))))
expect(mod(expr(name('x', ast.Store()))))
expect(mod(expr(ast.Constant([1], **loc))))
expect(mod(expr(ast.Constant((1, [2]), **loc))))
expect(mod(expr(ast.Constant(frozenset({1}), **loc))))
expect(ast.Expression(name('x')))
expect(mod(expr(name('x'))), "eval")
expect(mod(expr(ast.Name('x', ast.Load(), lineno='a', col_offset=0))))
expect(mod(expr(ast.Name('x', None, **loc))))
expect(mod(ast.Expr(name('x'), lineno=1)))
expect(mod(expr(ast.Name('x', ast.Load, **loc))))
expect(mod(expr(name('None'))))
expect(mod(expr(name('True'))))
expect(mod(ast.Import([], **loc)))
expect(mod(ast.ImportFrom('a', [ast.alias('b', **loc)], -1, **loc)))
expect(mod(ast.Global([], **loc)))
expect(mod(ast.Delete([name('x')], **loc)))
expect(mod(ast.Delete([], **loc)))
expect(mod(ast.Assign([], ast.Constant(1, **loc), **loc)))
expect(mod(ast.Assign([ast.Constant(1, **loc)], ast.Constant(1, **loc), **loc)))
expect(mod(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **loc)))
expect(mod(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [ast.Constant(1, **loc)]), [ast.Pass(**loc)], [], **loc)))
expect(mod(ast.FunctionDef('f', ast.arguments([], [], None, [ast.arg('a', **loc)], [], None, []), [ast.Pass(**loc)], [], **loc)))
expect(mod(ast.If(name('x'), [], [], **loc)))
expect(mod(ast.While(name('x'), [ast.Pass(**loc)], [None], **loc)))
expect(mod(ast.Try([ast.Pass(**loc)], [], [], [], **loc)))
expect(mod(ast.Try([ast.Pass(**loc)], [], [ast.Pass(**loc)], [ast.Pass(**loc)], **loc)))
expect(mod(ast.TryStar([ast.Pass(**loc)], [], [], [], **loc)))
expect(mod(ast.With([], [ast.Pass(**loc)], **loc)))
expect(mod(ast.Raise(None, name('c'), **loc)))
expect(mod(expr(ast.BoolOp(ast.And(), [name('a')], **loc))))
expect(mod(expr(ast.Compare(name('a'), [ast.Lt()], [], **loc))))
expect(mod(expr(ast.Compare(name('a'), [ast.Lt()], [name('b'), name('c')], **loc))))
expect(mod(expr(ast.Dict([name('a')], [], **loc))))
expect(mod(expr(ast.ListComp(name('a'), [], **loc))))
expect(mod(expr(ast.NamedExpr(ast.Attribute(name('a'), 'b', ast.Store(), **loc), ast.Constant(1, **loc), **loc))))
expect(mod(ast.AnnAssign(ast.Attribute(name('a'), 'b', ast.Store(), **loc), name('int'), None, 1, **loc)))
expect(mod(ast.AugAssign(ast.Constant(1, **loc), ast.Add(), ast.Constant(1, **loc), **loc)))
expect(mod(ast.AugAssign(name('x', ast.Store()), ast.Load(), ast.Constant(1, **loc), **loc)))
expect(mod(ast.For(ast.Call(name('f'), [], [], **loc), name('y'), [ast.Pass(**loc)], [], **loc)))
expect(mod(ast.Match(name('x'), [], **loc)))
expect(mod(ast.Match(name('x'), [ast.match_case(ast.MatchSingleton(5, **loc), None, [ast.Pass(**loc)])], **loc)))
expect(mod(ast.Match(name('x'), [ast.match_case(ast.MatchOr([ast.MatchAs(**loc)], **loc), None, [ast.Pass(**loc)])], **loc)))
expect(mod(ast.Match(name('x'), [ast.match_case(ast.MatchStar(**loc), None, [ast.Pass(**loc)])], **loc)))
expect(mod(ast.Match(name('x'), [ast.match_case(ast.MatchValue(name('y'), **loc), None, [ast.Pass(**loc)])], **loc)))
expect(mod(expr(ast.Lambda(ast.arguments([], [], None, [], [], None, []), name('x'), **loc))))
expect(mod(expr(ast.JoinedStr([ast.FormattedValue(name('x'), -1, None, **loc)], **loc))))
expect(mod(expr(ast.Constant(1, **loc)), expr(ast.Starred(name('x'), ast.Load(), **loc))))
expect(mod(ast.Return(ast.Constant(1, **loc), **loc)))
expect(mod(ast.Break(**loc)))
expect(mod(expr(ast.Call(name('f'), [], [ast.keyword(None, None, **loc)], **loc))))
expect(mod(expr(ast.Call(name('f'), [], [ast.keyword('a', name('b'))], **loc))))
expect(mod(expr(ast.Attribute(name('a'), 5, ast.Load(), **loc))))
expect(mod(expr(ast.Constant('s', kind=5, **loc))))
expect(mod(ast.ImportFrom(5, [ast.alias('b', **loc)], 0, **loc)))
expect(ast.Interactive([ast.Expr(ast.Constant(1, **loc), **loc)]), "exec")
expect("x", "func_type")
expect(5)
class NotNode:
    pass
expect(NotNode())
try:
    compile("x", "f", "bogus", ast.PyCF_ONLY_AST)
except ValueError as e:
    print(e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
try:
    exec(ast.parse("x"))
except TypeError as e:
    print(e)
ft = ast.parse("f'{x!r}'")
ft.body[0].value.values[0].conversion = 5
try:
    compile(ft, 'f', 'exec')
except Exception as e:
    print(type(e).__name__, e)
ft.body[0].value.values[0].conversion = ord('s')
print(compile(ft, 'f', 'exec').co_name)
