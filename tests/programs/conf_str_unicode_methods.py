def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, 'EXC', type(e).__name__, e)
for e in ['"ß".upper()', '"ß".casefold()', '"ﬁ".upper()', '"İ".lower()', '"ǅ".title()', '"ǅ".swapcase()', '"hello wORLD 3rd".title()', '"they\'re".title()', '"σς ΣΑΣ".lower()', '"ΣΑΣ".casefold()',
          '"abc".capitalize()', '"ǆa".capitalize()', '"ŉ".upper()', '"a\\u0301".upper()', '"٣".isdigit()', '"٣".isdecimal()', '"½".isnumeric()', '"½".isdigit()', '"²".isdigit()', '"²".isdecimal()',
          '"abc".isidentifier()', '"1a".isidentifier()', '"_é".isidentifier()', '"℘".isidentifier()', '"a b".isprintable()', '"\\t".isprintable()', '"\\xa0".isspace()', '"\\u2028".isspace()', '"\\x1c".isspace()',
          '"a\\nb\\r\\nc\\rd\\x0be\\x0cf\\x1cg\\x1dh\\x1ei\\x85j\\u2028k\\u2029l".splitlines()', '"a\\nb\\n".splitlines(True)', '"".splitlines()', 'b"a\\nb\\x0bc\\r\\n".splitlines()', '"a\\tb\\tc".expandtabs(4)', '"ab\\tc\\nd\\te".expandtabs()', '"\\t".expandtabs(0)',
          '"abc".translate({97: "X", 98: None})', '"abc".translate(str.maketrans("ab", "12", "c"))', 'str.maketrans("ab", "1")', 'str.maketrans({"ab": 1})', 'str.maketrans({1: 2})', 'str.maketrans(1)', '"abc".translate({97: 1.5})',
          '"a,b,,c".split(",")', '"a,b,,c".split(",", 1)', '"  a  b  ".split()', '"  a  b  ".split(None, 1)', '"  a  b  ".rsplit(None, 1)', '"a\\u3000b\\x85c".split()', '"abc".partition("")', '"abc".rpartition("b")', '"abc".partition("z")',
          '"xxaxx".strip("x")', '"abc".lstrip(None)', '"abc".removeprefix("ab")', '"abc".removesuffix("")', '"aaa".replace("a", "b", 2)', '"abc".replace("", "-")', '"abc".replace("", "-", 2)', '"aaaa".count("aa")', '"abc".count("")',
          '"abc".find("c", -1)', '"abc".find("", 5)', '"abc".find("", 3)', '"abc".rfind("")', '"abc"[::-1]', '"abcdef"[-2:1:-1]', '"abc".zfill(6)', '"-abc".zfill(6)', '"+1".zfill(5)', '"é".center(6, "*")', '"ab".ljust(5, "é")',
          '"a".center(4)', '"ab".center(5)', '"abc".center(6)', 'ascii("é\\n\\x00\\U0001f600")', 'repr("\\x7f\\x80\\xa0\\xad\\u200b\\ud800\\U0001f600")', 'repr("\'")', 'repr("\'\\"")', 'repr("\\\\")', 'str(b"\\xff\'")',
          '"é".encode()', '"é".encode("latin-1")', '"€".encode("latin-1", "replace")', '"€".encode("ascii", "xmlcharrefreplace")', '"€".encode("ascii", "backslashreplace")', '"€x".encode("ascii", "ignore")', '"\\ud800".encode()', '"\\ud800".encode("utf-8", "surrogatepass")',
          'b"\\xe9".decode("latin-1")', 'b"\\xff\\xfe".decode("utf-8", "replace")', 'b"a\\xffb".decode("utf-8", "backslashreplace")', 'b"a\\xff".decode("ascii", "surrogateescape")', 'b"\\xc3".decode()', 'b"\\xed\\xa0\\x80".decode()', '"abc".encode("utf-16")', '"a".encode("utf-32-le")', 'b"\\xff\\xfea\\x00".decode("utf-16")',
          '"x".encode("nope")', 'b"x".decode("rot13")', '"é".encode("cp1252")', 'len("\\U0001f600")', '"\\N{BULLET}"', 'sorted("bBaA_1é")', '"a" < "B"', '"é" > "z"', 'max("hello")', 'min("Zz")',
          '"%s" % "é"', '"{:^5}".format("日本")', 'len("日本")', '"日本".encode("utf-8")', '"abc".index("d")', '"abc".rindex("d")', 'str(1, 2)', 'str(b"a", "ascii")', 'str(b"a", encoding="ascii", errors="strict")', 'str("a", "ascii")',
          '"aBc".swapcase()', '"i̇".upper()', '"ﬀ".casefold()', '"Ⅻ".lower()', '"ⓐ".upper()', '"a".join("xyz")', '"".join([])', '" ".join(map(str, range(3)))', '"x".isascii()', '"é".isascii()', '"".isalpha()', '"é".isalpha()', '"Ⅷ".isnumeric()', '"abc".endswith(("x", "c"))', '"abc".startswith("b", 1)', '"abc".endswith("b", 0, 2)', '"abc".startswith(())']:
    t(e)
import unicodedata
for ch in 'aé€\u0301😀\u00a0':
    print(repr(ch), unicodedata.name(ch, '?'), unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.combining(ch), unicodedata.east_asian_width(ch))
print(unicodedata.normalize('NFD', 'é'), len(unicodedata.normalize('NFD', 'é')), unicodedata.normalize('NFKC', 'ﬁ²'), unicodedata.lookup('SNOWMAN'), unicodedata.numeric('½'), unicodedata.decimal('٣'), unicodedata.digit('²'))
try:
    unicodedata.lookup('NO SUCH THING')
except KeyError as e: print(e)
try:
    unicodedata.name('\x00')
except ValueError as e: print(e)
