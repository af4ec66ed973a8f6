# ast.walk, iter_fields, iter_child_nodes, NodeVisitor, NodeTransformer and the location
# helpers, compared with python3.
import ast
import warnings

SRC = '''\
"""Module doc.

    Indented line.
"""
import os

def f(a, b=2):
    """Function doc.

        more
    """
    x = a + b * 3
    return [i for i in range(x) if i % 2]

class C:
    \'\'\'Class doc\'\'\'
    def m(self):
        return f"{self!r} é"
'''
tree = ast.parse(SRC)
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print([type(n).__name__ for n in ast.walk(tree)][:12])
print([name for name, _ in ast.iter_fields(tree.body[2])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
print(list(ast.iter_fields(ast.Name())))
print(repr(ast.get_docstring(tree)), repr(ast.get_docstring(tree, clean=False)))
print(repr(ast.get_docstring(tree.body[2])), repr(ast.get_docstring(tree.body[3])), ast.get_docstring(tree.body[3].body[1]))
print(repr(ast.get_docstring(ast.parse("'''\n\n   a\n\tb\n\n'''"))))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print(e)

for node in ast.walk(tree):
    if isinstance(node, (ast.BinOp, ast.ListComp, ast.JoinedStr, ast.Return, ast.ClassDef)):
        print(type(node).__name__, repr(ast.get_source_segment(SRC, node)))
        print(repr(ast.get_source_segment(SRC, node, padded=True)))
print(ast.get_source_segment(SRC, ast.Name('x')))
print(repr(ast.get_source_segment("a\r\nbb\rccc\x0c\nd = (1,\r 2)", ast.parse("a\r\nbb\rccc\x0c\nd = (1,\r 2)").body[-1].value)))


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.consts = []

    def visit_Name(self, node):
        self.names.append(node.id)

    def visit_Constant(self, node):
        self.consts.append(node.value)
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.names.append('def ' + node.name)
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(c.names, c.consts)


class Legacy(ast.NodeVisitor):
    def visit_Num(self, node):
        print('Num', node.n)

    def visit_Str(self, node):
        print('Str', node.s)

    def visit_NameConstant(self, node):
        print('NameConstant', node.value)

    def visit_Ellipsis(self, node):
        print('Ellipsis')

    def visit_Bytes(self, node):
        print('Bytes', node.s)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    Legacy().visit(ast.parse("1 + 2.5 + 3j; 'a'; b'b'; None; True; ..."))
    print(sorted(set(str(w.message) for w in caught)), set(w.category.__name__ for w in caught))


class Rewrite(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'a':
            return ast.copy_location(ast.Constant(10), node)
        return node

    def visit_Pass(self, node):
        return None

    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, ast.Expr(ast.Constant('dup'))]

    def visit_Return(self, node):
        self.generic_visit(node)
        return node

    def visit_keyword(self, node):
        return None


t = ast.parse("a + b\npass\nif a:\n    pass\n    c\nf(x=1, y=a)\ndef g():\n    return a")
t = Rewrite().visit(t)
print(ast.unparse(t))
print(ast.dump(t, include_attributes=True))
t = ast.fix_missing_locations(t)
print(ast.dump(t, include_attributes=True))
print(ast.dump(ast.increment_lineno(ast.parse("x\ny # type: ignore", type_comments=True), 5), include_attributes=True))
print(ast.dump(ast.increment_lineno(ast.Name('x', lineno=1, end_lineno=None)), include_attributes=True))


class DropAttr(ast.NodeTransformer):
    def visit_Constant(self, node):
        return None


b = DropAttr().visit(ast.parse("x = 1 + y").body[0].value)
print(ast.dump(b), hasattr(b, 'left'))

new = ast.Name('n', ast.Load())
old = ast.parse("(  foo)").body[0].value
print(ast.dump(ast.copy_location(new, old), include_attributes=True))
old.end_lineno = None
print(ast.dump(ast.copy_location(ast.Name('m', ast.Load()), old), include_attributes=True))
print(ast.dump(ast.copy_location(ast.arguments(), old), include_attributes=True))
m = ast.fix_missing_locations(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, lineno=4, col_offset=2), ast.Add(), ast.Name('q', ast.Load())))], []))
print(ast.dump(m, include_attributes=True))

# the deprecated classes
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant))
print(isinstance(ast.Constant('s'), ast.Str), isinstance(ast.Constant(b's'), ast.Bytes), isinstance(ast.Constant(...), ast.Ellipsis))
print(isinstance(ast.Name('x'), ast.Num), isinstance(ast.Constant(), ast.Num), isinstance(1, ast.Num))
print(ast.dump(ast.Num(5)), ast.dump(ast.Str('s')), ast.dump(ast.Bytes(b'b')), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
print(type(ast.Num(5)).__name__, ast.Num(5).n, ast.Str(s='x').s, ast.Num._fields, ast.Str._fields, ast.NameConstant._fields, ast.Ellipsis._fields)
print(ast.Num.__doc__, ast.Num.__mro__[1].__name__, ast.Index.__doc__, ast.ExtSlice.__doc__, ast.Suite.__doc__, ast.slice.__doc__)
k = ast.Constant(3)
k.n = 4
print(k.value, k.s)
try:
    ast.Num(1, n=2)
except TypeError as e:
    print(e)
class MyNum(ast.Num):
    pass
print(type(MyNum(1)).__name__, isinstance(MyNum(1), ast.Num), isinstance(ast.Constant(1), MyNum))
print(ast.dump(ast.Index(ast.Name('x', ast.Load()))), ast.dump(ast.ExtSlice([ast.Constant(1), ast.Constant(2)])), ast.dump(ast.ExtSlice()))
tu = ast.Tuple([ast.Constant(1)], ast.Load())
print(tu.dims is tu.elts)
tu.dims = []
print(tu.elts)
print([c.__name__ for c in ast.Param.__mro__], [c.__name__ for c in ast.AugLoad.__mro__], [c.__name__ for c in ast.Suite.__mro__])
