import csv
import io

def show_rows(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=''), **kw)
        rows = list(r)
        print(repr(text), kw, '->', rows, r.line_num)
    except (csv.Error, ValueError, TypeError) as e:
        print(repr(text), kw, '->', type(e).__name__, e)

for text in ('a,b,c\r\n1,2,3\r\n', 'a,b\n\nc,d\n', '"x,y",z\n', '"he said ""hi""",2\n', '"multi\nline",x\n',
             'a,"b"c,d\n', '"a"b,c', 'a,b', ',,\n', '"",""\n', ' a, b\n', '"unterminated\n', 'a\rb\rc', 'x,\n',
             '"a""b"', 'a\\,b,c\n', '1,2.5,abc\n', 'one\r\n\r\ntwo\r\n', 'a\0b\n'):
    show_rows(text)
show_rows(' a, "b,c"\n', skipinitialspace=True)
show_rows('a;b;"c;d"\n', delimiter=';')
show_rows('a\\,b,c\n', escapechar='\\')
show_rows('"a\\"b",c\n', escapechar='\\', doublequote=False)
show_rows('1,2.5,"abc"\n', quoting=csv.QUOTE_NONNUMERIC)
show_rows('1,x,"abc"\n', quoting=csv.QUOTE_NONNUMERIC)
show_rows('"a",b\n', quoting=csv.QUOTE_NONE)
show_rows('"a"b,c\n', strict=True)
show_rows('"abc\n', strict=True)
show_rows('a|b\n', delimiter='|', quotechar="'")
show_rows("'x|y'|z\n", delimiter='|', quotechar="'")
r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print(next(r), r.line_num, next(r), r.line_num, next(r), r.line_num)
try:
    list(csv.reader(['a\nb\n']))
except csv.Error as e:
    print(e)
try:
    list(csv.reader([b'bytes']))
except csv.Error as e:
    print(e)

def show_write(rows, **kw):
    out = io.StringIO()
    try:
        w = csv.writer(out, **kw)
        for row in rows:
            w.writerow(row)
        print(kw, repr(out.getvalue()))
    except (csv.Error, TypeError) as e:
        print(kw, type(e).__name__, e, repr(out.getvalue()))

rows = [['a', 'b,c', 'd"e', 'f\ng', '', None, 1, 2.5, True], [], [''], [None], ['x y']]
show_write(rows)
show_write(rows, quoting=csv.QUOTE_ALL)
show_write(rows, quoting=csv.QUOTE_NONNUMERIC)
show_write([['a', 'b"c', 'd,e']], quoting=csv.QUOTE_NONE, escapechar='\\')
show_write([['a,b']], quoting=csv.QUOTE_NONE)
show_write([['']], quoting=csv.QUOTE_NONE)
show_write([['a"b']], doublequote=False, escapechar='\\')
show_write([['a"b']], doublequote=False)
show_write([['a', 'b']], delimiter='\t', lineterminator='\n')
show_write([['a\rb', 'c\nd']], lineterminator='\n')
show_write([['p\\q', 'r']], escapechar='\\')
show_write([[1, 2]], dialect='unix')
show_write([3])
show_write([['a']], dialect='excel-tab', quotechar="'")
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['abc', 'de']), w.writerows([[1], [2]]), repr(out.getvalue()))
for kw in ({'delimiter': 'ab'}, {'delimiter': ''}, {'delimiter': None}, {'delimiter': 1}, {'quotechar': 'ab'},
           {'escapechar': 'xy'}, {'lineterminator': 1}, {'quoting': 9}, {'quoting': 'a'}, {'bogus': 1},
           {'quotechar': None, 'quoting': csv.QUOTE_MINIMAL}):
    try:
        csv.writer(io.StringIO(), **kw)
        print('ok', kw)
    except TypeError as e:
        print('TypeError', e)
try:
    csv.writer(3)
except TypeError as e:
    print(e)
d = csv.get_dialect('excel')
print(d.delimiter, repr(d.quotechar), d.escapechar, d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
try:
    d.delimiter = ';'
except AttributeError:
    print('read-only')
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
show_write([['a', 1]], dialect='pipes')
show_rows('"a"|"b"\n', dialect='pipes')
csv.unregister_dialect('pipes')
for f in (csv.get_dialect, csv.unregister_dialect):
    try:
        f('pipes')
    except csv.Error as e:
        print('Error', e)
class Semi(csv.excel):
    delimiter = ';'
show_write([['a', 'b;c']], dialect=Semi)
show_rows('a;"b;c"\n', dialect=Semi)
try:
    csv.Dialect()
except csv.Error as e:
    print('Error', e)
class Bad(csv.Dialect):
    delimiter = ','
    quotechar = '"'
    lineterminator = '\n'
    quoting = 'x'
try:
    Bad()
except csv.Error as e:
    print('Error', e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
show_rows('a' * 11 + '\n')
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.Error.__mro__[1])
