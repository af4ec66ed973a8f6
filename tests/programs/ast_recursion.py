# Recursion limits of the ast module: parse (ast construction), compile of deep trees, dump/unparse.
import ast, sys
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r if isinstance(r, (int, str)) and len(str(r)) < 80 else type(r).__name__)
    except RecursionError as e:
        print(label, 'RecursionError')
    except Exception as e:
        print(label, type(e).__name__, e)
for n in [100, 1000, 3000]:
    src = "+".join(["1"] * n)
    attempt(f'parse chain {n}', lambda: len(ast.dump(ast.parse(src))))
    attempt(f'unparse chain {n}', lambda: len(ast.unparse(ast.parse(src))))
    attempt(f'compile chain {n}', lambda: eval(compile(ast.parse(src, mode='eval'), 'f', 'eval')))
for n in [50, 150, 250]:
    src = "[" * n + "]" * n
    attempt(f'literal_eval nest {n}', lambda: len(str(ast.literal_eval(src))))
    attempt(f'walk nest {n}', lambda: len(list(ast.walk(ast.parse(src)))))
e = ast.Constant(1)
for i in range(2000):
    e = ast.UnaryOp(ast.USub(), e)
attempt('deep built dump', lambda: len(ast.dump(e)))
attempt('deep built compile', lambda: eval(compile(ast.fix_missing_locations(ast.Expression(e)), 'f', 'eval')))
