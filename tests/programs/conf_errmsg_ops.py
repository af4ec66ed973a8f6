# error messages of operators and builtins
cases = [
    "1 + 'a'", "'a' + 1", "[] + ()", "1 - 'a'", "'a' * 'b'", "[1] * 1.5", "1 / 0", "1 // 0", "1 % 0",
    "1.0 / 0", "1.0 // 0.0", "divmod(1.0, 0)", "2 ** -1 % 0", "0 ** -1", "0.0 ** -1", "(-8) ** 0.5",
    "'a' < 1", "[] < ()", "None < None", "{} < {}", "1 < 'x' < 2", "-'a'", "~1.5", "+[]",
    "len(1)", "abs('a')", "int([])", "float([])", "int('x')", "float('')", "int('')", "complex('1+')",
    "[1][5]", "(1,)[2]", "'ab'[9]", "{}['k']", "{}[[]]", "[][1:2:0]", "[1, 2].index(3)", "(1,).index(9)",
    "'abc'.index('z')", "[].pop()", "{}.popitem()", "set().pop()", "[1].remove(2)", "set().remove(1)",
    "'a'.join([1])", "'x'.encode('nope')", "b'\\xff'.decode()", "'é'.encode('ascii')",
    "None.x", "None()", "1()", "'a'()", "[](1)", "object().x", "object().x = 1", "int.x",
    "x_undefined", "del x_undefined", "(lambda: 0)(1)", "(lambda a: 0)()", "(lambda *, k: 0)()",
    "(lambda a, /: 0)(a=1)", "print(**{'end': 1})", "dict(1)", "list(1)", "tuple(1)", "set(1)",
    "iter(1)", "next(1)", "sorted(1)", "sum(['a'])", "max()", "min(1, key=1)",
    "range('a')", "range(1.5)", "chr('a')", "ord('')", "hex(1.0)", "round('a')", "round(1.5, 'a')",
    "'%d' % 'a'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%z' % 1", "'{}'.format()", "'{0} {}'.format(1, 2)",
    "'{a}'.format()", "'{:d}'.format('a')", "'{:x}'.format(1.5)", "format(1, ',,')", "f'{1:=^}'",
    "int('1' * 5000)", "str(10 ** 5000)", "hash([])", "hash({})", "{[]: 1}", "{{}}", "frozenset([[]])",
    "a, b = 1", "a, b = [1, 2, 3]", "a, *b, c = [1]", "[x for x in 1]", "{**1}", "[*1]", "f(*1)" ,
    "isinstance(1, [int])", "issubclass(int, 1)", "super(int, 1)", "type()", "type(1, 2)", "object(1)",
    "getattr()", "setattr(1)", "memoryview(1)", "bytes(-1)", "bytearray('a')", "b'a' + 'a'", "'a' in 1",
    "1 in 'a'", "[] in {}", "slice(1)[0]", "(1).real = 2", "''.x", "import nonexistent_mod_xyz",
    "from sys import nope", "1 .bit_length(1)", "int.from_bytes('a')", "(1).to_bytes(1, 'middle')",
    "(256).to_bytes(1, 'big')", "float('inf') // 1 == 0 and int(float('inf'))", "int(float('nan'))",
    "'abc'.split('')", "'a'.center(5, 'xy')", "'a'.zfill('a')", "'{'.format(1)", "'}'.format(1)",
    "dict.fromkeys(1)", "{}.update(1)", "{}.update([1])", "[].sort(1)", "[3, 'a'].sort()",
    "list.append()", "list.append([], 1, 2)", "str.upper(1)", "int.__add__('a', 1)",
]
for c in cases:
    try:
        r = eval(c) if not any(c.startswith(k) for k in ("del ", "a, ", "import ", "from ", "(1).real", "object().x =")) else exec(c)
        print("ok", c, "->", repr(r)[:60])
    except BaseException as e:
        print(c, "=>", type(e).__name__ + ":", e)
