# deeply nested documents: parsing and iteration do not recurse; serialisation hits the recursion limit as in CPython
import xml.etree.ElementTree as ET

d = 3000
doc = "<a>" * d + "x" + "</a>" * d
r = ET.fromstring(doc)
n = 0
e = r
while len(e):
    e = e[0]
    n += 1
print(n, e.text, sum(1 for _ in r.iter()))
try:
    s = ET.tostring(r)
    print(len(s))
except RecursionError:
    print("RecursionError")
print(len(list(r.itertext())), "".join(r.itertext()))
pp = ET.XMLPullParser(("start", "end"))
pp.feed(doc)
print(sum(1 for _ in pp.read_events()))
