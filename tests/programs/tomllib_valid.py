# tomllib: a document using every TOML 1.0 construct, load() from a binary file, parse_float
import datetime
import decimal
import io
import tomllib

DOC = '''
# top comment
title = "TOML \\"Example\\""   # trailing comment
bare_key-1 = 'literal \\no escapes'
"quoted key" = 1
'literal key' = 2
"" = "empty key"
dotted.key.path = "deep"
dotted . spaced = true
site."google.com" = 3
ints = [ +99, 42, 0, -17, 1_000, 5_349_221, 0xDEADBEEF, 0xdead_beef, 0o01234567, 0o755, 0b11010110, -0, +0 ]
big = 170141183460469231731687303715884105727
floats = [ +1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991_228, 0.0, -0.0, +0.0 ]
specials = [ inf, +inf, -inf ]
nan = nan
bools = [ true, false ]
multi = """
Roses are red
Violets are blue"""
folded = """\\
       The quick brown \\
       fox jumps over \\
       the lazy dog.\\
       """
quotes = """Here are two quotation marks: "". Simple enough."""
more = """Here are fifteen quotation marks: ""\\"""\\"""\\"""\\"""\\"."""
edge = """"This," she said, "is just a pointless statement.\""""
winpath = 'C:\\Users\\nodejs\\templates'
regex = '<\\i\\c*\\s*>'
lines = \'\'\'
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
\'\'\'
apos = \'\'\'It\'s \'\'quoted\'\' here\'\'\'\'\'
escapes = "\\b\\t\\n\\f\\r\\"\\\\ \\u00E9 \\U0001F600 tab:\ttab"
unicode = "Ünïcödé ✓ 日本"
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00z
odt5 = 2000-01-01t00:00:00+00:00
odt6 = 2000-01-01T00:00:00.1234567891+05:45
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.999999
ld = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.5
leap = 2024-02-29
nested = [ [ 1, 2 ], ["a", 'b', """c"""], [ [ 1.5 ], { x = 1 } ], [] ]
multiline_array = [
  1,   # one
  2,
  # a comment line
  3,
]
mixed = [ 1, "two", 3.0, 1979-05-27, { a.b = 1 } ]
inline = { name = "Tom", "last name" = 'P', point = { x = 1, y = 2 }, list = [1, 2], dotted.inside = 1 }
empty_inline = {}
empty_spaced = {   }

[table]
key = "value"

[table.sub]
key = 2

[ spaced . header ]
ok = 1

[dog."tater.man"]
type.name = "pug"

[a.b.c]
x = 1
[a]
b.d = 2

[fruit]
apple.color = "red"
apple.taste.sweet = true
[fruit.apple.texture]
smooth = true

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty element

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
[fruits.physical]
color = "yellow"
'''

doc = tomllib.loads(DOC)
for key, value in doc.items():
    print(repr(key), "=", repr(value))
print(type(doc["odt1"].tzinfo), doc["odt2"].utcoffset(), doc["odt6"].tzname(), doc["ldt1"].tzinfo)
print(str(doc["nan"]), doc["specials"], [str(x) for x in doc["floats"]])
print(tomllib.loads("a = 1\r\nb = 'x'\r\n[t]\r\nc = 2\r\n"))
print(tomllib.loads(""), tomllib.loads("\n\n# only a comment\n"), tomllib.loads("\t  \n"))
print(tomllib.load(io.BytesIO(DOC.encode("utf-8")))["fruits"][1]["varieties"])
print(tomllib.loads("a = 0.1\nb = [1.5, 2e3]\nc = inf\nd = 7", parse_float=decimal.Decimal))
print(tomllib.loads("a = 1_0.5\nb = -nan\nc = 1e1_0", parse_float=repr))
seen = []
tomllib.loads("x = 1.25\ny = { z = 2.5 }", parse_float=lambda s: seen.append(s) or len(seen))
print(seen)
print(tomllib.__all__, tomllib.TOMLDecodeError.__mro__[1:], tomllib.TOMLDecodeError.__module__)
