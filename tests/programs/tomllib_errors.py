# tomllib: TOMLDecodeError messages and positions, and the argument errors of loads/load
import io
import tomllib

CASES = [
    "a = ", "a", "a = 1 b = 2", "= 1", "a = 1\na = 2", "[a]\n[a]", "a.b = 1\n[a.b]", "a.b=1\n[a]",
    "[a.b]\nx=1\n[a]\nb.y=2", "a = [1]\n[[a]]", "a = {b=1}\n[a.c]", "a = {b=1}\na.c = 2",
    "[[a]]\n[a]", "[a]\n[[a]]", "a = 1\n[a]", "a = 1\n[a.b]", "a = 1\na.b = 2",
    'a = "x', 'a = "\\q"', "a = 'x\n'", 'a = """abc', "a = '''abc", "a = 01", "a = 0x", "a = +0x1", "a = 1__0",
    "a = _1", "a = 1_", "a = 1.", "a = .5", "a = 1e", "a = [1,2", "a = [1 2]", "a = {b = 1,}", "a = {b = 1\n}",
    "a = tru", "a = 1979-05-27T25:00:00", "a = 1979-13-01", "a = 1979-02-30", "a = 2023-02-29T00:00:00", "a = 07:32",
    "a = 1979-05-27T07:32:00+25:00", 'a = "\x01"', "# c\x01", "a = 1 # ok\x7f", "a = 1 #\x00", "[a", "[a]]",
    "[[a]", "a = {b=1, b=2}", 'a = "\\uD800"', 'a = "\\U00110000"', '"a\nb" = 1', "a = [1,]\nb = [,]",
    "a = 0o8", "a = 0b2", "a=1\r\nb=2\r", 'a = """x""""""', "[a.b]\n[a]\nb=1", "[[a.b]]\n[a]\nb = 1",
    "a = {}\n[a]", "a={x={}}\n[a.x]", "[t]\na.b=1\n[t.a.c]\nd=1\n[t.a]", "[a ]\n[a ]", "a = {b=1}\n[[a.c]]",
    "a = [1]\n[a]", "[[a.b]]\n[a]\nb.c = 1", "a = {b.c=1, b=2}", "a = {b = {c=1}, b.d = 2}", "a = 23:59:60",
    'a = "\\uZZ12"', 'a = "\\u12"', 'a = """\\  x"""', 'a = """a\rb"""', "a = 1979-05-27 07:32", "a = 1979-05-27T",
    "a = 0x_1", "a = 1.5e_3", "a = infx", "a = 1.e5", "a = 1.0e", "a = truex", '"" = 1\n\'\' . x = 2',
    'a = "\\e"', "a\n= 1", "a = {\n}", "\ufeffa = 1", "a b = 1", "a.= 1", "a. .b = 1", "a = 1\n\n\n# c\nb = 2\n[c",
    "a = {b={}}\na.b.c = 1", "x = {a = {b={}}, a.b.c = 1}", "a = {b=1}\na.b = 2", "a = {b=1}\na.c.d = 2",
    "x = {a = [1], a.b = 2}", "x = {a = 1, a.b = 2}", "x = {a.b = 1, a.b = 2}", "x = {a.b = 1, a.b.c = 2}",
    "x = {a = {}, a = 2}", "a=[1]\na.b=1", "[a]\nb={c=1}\n[a.b.d]", "[a]\nb={c=1}\n[a.b]", "[[a]]\n[a.b]\n[a.b]",
    "a.b.c=1\n[a.b.c]", "a.b.c=1\n[a.b]", "[a.b]\n[a.b.c]\n[a]\nb.c.d=1", "a.b = {}\na.b.c = 1", "x = [{a=1}]\n[[x]]",
    "[a]\nb.c = 1\nb.c = 2", "[a]\nb.c = 1\n[a.b.d]\ne=1\n[a]", "x = [1\n2]", "x = [1,\n,2]", "x = { a = 1 b = 2 }",
    "x = \"\"\"a\\\n  b\\ \n c\"\"\"", "x = 'a\tb'\ny = '\x7f'", "x = \"\"\"\x00\"\"\"", "x = '''\x08'''", "x = 1979-05-27T07:32:00.+01:00",
    "x = 9999-12-31T23:59:59.9999999Z", "x = 0000-01-01", "x = 1979-05-27T07:32:00-00:60", "x = -inf_", "x = [[]]]",
    "[]", "[[]]", "[a.]", "[.a]", "[a]\n[a.b]\nc=1\n[a.b]", "x = {a=1}}", "x = [ # c\n 1 ] # \x03",
]
for text in CASES:
    try:
        result = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        print(repr(text), "->", e, "|", e.args == (str(e),), isinstance(e, ValueError))
    else:
        print(repr(text), "=>", result)

for bad in (b"a = 1", 12, None):
    try:
        tomllib.loads(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError", e)
try:
    tomllib.load(io.BytesIO(b"a = '\xff'"))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
for parse_float in (lambda s: {}, lambda s: [s]):
    try:
        tomllib.loads("x = 1.5", parse_float=parse_float)
    except ValueError as e:
        print("ValueError", e)
try:
    tomllib.loads("x = 1.5", parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    tomllib.loads(s="x = 1")
except TypeError as e:
    print("TypeError", e)
for text in ("a = 'x", "a = '''x", 'a = "x', 'a = """x', "a = '''x''", 'a = """x""', "'k", '"k', "a = '", 'a = "\\', 'a = """\\'):
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        print(repr(text), "->", e)
