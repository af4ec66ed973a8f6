# ast.literal_eval: values and the "malformed node or string" errors, compared with python3.
import ast

GOOD = [
    "1", "-1", "+1.5", "1e400", "-1e400", "3j", "1+2j", "-1-2j", "1.5-0j", "'a' 'b'", "b'x\\x00'",
    "None", "True", "False", "...", "(1, 2, (3,))", "[1, [2, []]]", "{1, 2}", "set()",
    "{'a': 1, 2: [3], (4,): {5: 6}}", "  \t 42", "0x10", "1_000", "'\\N{BULLET}'", "[-1, +2, -3.5]",
    "{}", "()", "[]", "{'a': set()}",
]
for src in GOOD:
    value = ast.literal_eval(src)
    print(repr(src), repr(value), type(value).__name__)

BAD = [
    "a", "1+x", "x+1j", "1j+1", "1+1", "2-1j-1j", "{**a}", "f(1)", "set(1)", "set(x=1)", "-'x'",
    "--1", "not 1", "[1, 2, a]", "{1: b}", "(1,) + (2,)", "1 if 2 else 3", "lambda: 0",
    "x.y", "[i for i in ()]", "f'x'", "-True", "1 + True", "~1",
]
for src in BAD:
    try:
        ast.literal_eval(src)
        print('no error', src)
    except ValueError as e:
        print(repr(src), str(e).split(': <')[0])
    except Exception as e:
        print(repr(src), type(e).__name__, e)

for src in ["1 +", " \n1", "\n1", "x = 1"]:
    try:
        print(ast.literal_eval(src))
    except SyntaxError as e:
        print('SyntaxError', e.msg)

# nodes instead of strings
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.List([], ast.Load())], ast.Load())))
print(ast.literal_eval(ast.Dict([ast.Constant('k')], [ast.Constant('v')])))
for node in [ast.Dict([ast.Constant('k')], []), ast.Dict([None], [ast.Constant(1)]),
             ast.Name('x', ast.Load()), ast.Constant([1]), ast.parse("1")]:
    try:
        print(repr(ast.literal_eval(node)))
    except ValueError as e:
        print(str(e).split(': <')[0])
