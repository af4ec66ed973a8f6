import csv

s = csv.Sniffer()
samples = ['a,b,c\n1,2,3\n4,5,6\n', 'a;b;c\n1;2;3\n', 'name\tage\nbob\t3\n', '"x","y"\n"1","2"\n', "'a' , 'b'\n'c' , 'd'\n",
           'a|b\n1|2\n3|4\n', 'one line only', 'x: 1\ny: 2\n', 'a, b, c\n1, 2, 3\n', 'id,name,score\n1,"Smith, J",9.5\n2,"Doe, A",7\n',
           'h1;h2\n"q""x";2\n"y";3\n', '\n'.join('%d,%d,%d' % (i, i * 2, i * 3) for i in range(25)) + '\n',
           'col a:col b\nx:1\ny:2\nz:3\n', 'city,pop\nParis,2.1\nRome,2.8\nOslo,0.7\n', '1,2\n3,4\n', 'a b c\n1 2 3\n',
           'w\tx\ty\n' + '1\t2\t3\n' * 12 + 'odd line\n']
for t in samples:
    try:
        d = s.sniff(t)
        print(repr(t[:30]), repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.__name__, d._name)
    except csv.Error as e:
        print(repr(t[:30]), 'Error', e)
        continue
    try:
        print('  header:', s.has_header(t))
    except Exception as e:
        print('  has_header', type(e).__name__, e)
for t, dl in (('a,b\n1,2', ';'), ('a;b\n1;2', ';,'), ('a b\n1 2', None)):
    try:
        print(s.sniff(t, delimiters=dl).delimiter)
    except csv.Error as e:
        print('Error', e)
d = s.sniff('x;y\n1;2\n')
print(list(csv.reader(['p;"q;r"'], d)), s.preferred)
