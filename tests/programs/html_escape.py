# html.escape / html.unescape / html.entities (differential against CPython 3.11)
import hashlib
import html
import html.entities as E

print(html.escape("<a href=\"x\">'Tom' & Jerry</a>"), html.escape("<'\">&", quote=False))
print(len(E.html5), len(E.name2codepoint), len(E.codepoint2name), len(E.entitydefs))
print(list(E.html5.items())[:5], list(E.name2codepoint.items())[:5], list(E.codepoint2name.items())[-3:])
print(E.entitydefs["amp"], E.entitydefs["nbsp"] == "\xa0", E.html5["NotEqualTilde;"], E.codepoint2name[0x3b1])
print(hashlib.sha256(repr(E.html5).encode("utf-8", "surrogatepass")).hexdigest())
print(hashlib.sha256(repr((E.name2codepoint, E.codepoint2name, E.entitydefs)).encode()).hexdigest())

tests = ["&amp;&lt;&gt;&quot;&#39;&#x27;", "&notit; &notin; &not", "&amp &ampx &AMP; &Amp;", "&#0; &#13; &#128; &#x81; &#x9F;",
         "&#xD800; &#1114112; &#99999999999999999999; &#x110000;", "&#1; &#11; &#127; &#xFDD0; &#xFFFE; &#x10FFFF; &#x1FFFF;",
         "&#65 &#x41 &#X41; &#;", "&unknown; & &; &#xZ; a&b", "&lt&gt&amp", "&" + "a" * 40 + ";", "no refs",
         "&NotNestedGreaterGreater;&nGt;", "&fjlig;&acE;"]
for t in tests:
    print(repr(t), repr(html.unescape(t)))
# every numeric reference up to 0x11000 and every entity name (with and without ';')
out = []
for n in list(range(0, 0x2200)) + list(range(0xd7f0, 0xe010)) + list(range(0xfdc0, 0xfe00)) + list(range(0xfff0, 0x10010)) + [0xfffe, 0xffff, 0x1fffe, 0x10fffe, 0x10ffff, 0x110000]:
    out.append(html.unescape("&#%d;" % n))
    out.append(html.unescape("&#x%x" % n))
print(hashlib.sha256(repr(out).encode("utf-8", "surrogatepass")).hexdigest())
names = [html.unescape("&" + name + " x") for name in E.html5] + [html.unescape("&" + name.rstrip(";") + "zz;") for name in E.html5]
print(hashlib.sha256(repr(names).encode("utf-8", "surrogatepass")).hexdigest())
print(html.unescape(html.escape("a < b & c > \"d\" 'e'")))
