import csv
import io

data = 'name,age,city\r\nAlice,30,Paris\r\nBob,25\r\n\r\nCarol,41,Rome,extra,more\r\n'
r = csv.DictReader(io.StringIO(data, newline=''))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO(data, newline=''), restkey='rest', restval='?')
print(list(r))
r = csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=['x', 'y'])
print(list(r), r.fieldnames)
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO('a;b\n1;2\n'), delimiter=';')
print(list(r))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['name', 'age', 'note'], restval='-')
print(w.writeheader())
w.writerow({'name': 'Ann', 'age': 3})
w.writerows([{'name': 'Bo, Jr.', 'note': 'says "hi"'}, {}])
print(repr(out.getvalue()))
try:
    w.writerow({'name': 'x', 'bad': 1})
except ValueError as e:
    print(e)
w2 = csv.DictWriter(out, fieldnames=['a'], extrasaction='ignore')
w2.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(out, ['a'], extrasaction='skip')
except ValueError as e:
    print(e)
w3 = csv.DictWriter(io.StringIO(), fieldnames=iter(['p', 'q']))
print(type(w3.fieldnames).__name__)
rows = [{'id': i, 'sq': i * i, 'label': 'n%d' % i} for i in range(4)]
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=['id', 'sq', 'label'], lineterminator='\n')
dw.writeheader()
dw.writerows(rows)
print(buf.getvalue())
back = list(csv.DictReader(io.StringIO(buf.getvalue())))
print(back == [{k: str(v) for k, v in r.items()} for r in rows])
print(type(csv.DictReader(io.StringIO('1,2'), fieldnames=iter(['a', 'b'])).fieldnames).__name__)
