# Element API: attributes, children, slicing, copying, iteration
import copy
import xml.etree.ElementTree as ET

a = ET.Element("a", {"x": "1"}, y="2")
print(a.tag, a.attrib, a.text, a.tail, len(a))
print(sorted(a.keys()), sorted(a.items()), a.get("x"), a.get("zz"), a.get("zz", "d"))
kids = [ET.Element("k%d" % i) for i in range(6)]
a.extend(kids[:3])
a.append(kids[3])
a.insert(1, kids[4])
print([k.tag for k in a])
print([k.tag for k in a[1:4]], a[-1].tag, a[0].tag)
a[0] = kids[5]
print([k.tag for k in a])
a[1:3] = [ET.Element("s1"), ET.Element("s2"), ET.Element("s3")]
print([k.tag for k in a])
del a[0]
del a[-2:]
print([k.tag for k in a])
a.remove(a[0])
print([k.tag for k in a], len(a))
for bad in (lambda: a.append("x"), lambda: a.insert(0, 3), lambda: a.extend(["x"]),
            lambda: a.remove(ET.Element("nope")), lambda: a[10], lambda: ET.Element("t", "notdict"),
            lambda: ET.SubElement(a, "t", 5), lambda: a.__setitem__(9, ET.Element("q"))):
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__, exc)
s = ET.SubElement(a, "sub", {"p": "q"}, r="s")
print(s.attrib, a[-1] is s)
c = copy.copy(a)
d = copy.deepcopy(a)
print(c[-1] is s, d[-1] is s, d[-1].attrib == s.attrib, c.attrib is a.attrib)
a.text = "T"
a.tail = "tail"
m = a.makeelement("made", {"k": "v"})
print(m.tag, m.attrib, len(m))
print(ET.iselement(a), ET.iselement("a"), bool(ET.Element("x")), bool(a))
a.clear()
print(a.tag, a.attrib, a.text, a.tail, len(a))
tree = ET.fromstring("<r><a><b/><c><b>x</b></c></a><b>y</b>text<!--c--><?p d?></r>")
print([e.tag for e in tree.iter()])
print([e.tag for e in tree.iter("b")], [e.tag for e in tree.iter("*")])
print(list(tree.itertext()))
print(list(ET.fromstring("<a>1<b>2<c>3</c>4</b>5</a>").itertext()))
print(repr(ET.Element("q")).startswith("<Element 'q' at 0x"))
print(repr(ET.Comment("hi").tag is ET.Comment), ET.PI("target", "data").text, ET.PI("t").text)
print(ET.tostring(ET.Comment(" c & d ")), ET.tostring(ET.PI("xml-stylesheet", "href='a'")))
q = ET.QName("http://u", "loc")
print(q.text, str(q), repr(q), q == "{http://u}loc", q == ET.QName("{http://u}loc"), hash(q) == hash(ET.QName("{http://u}loc")))
e = ET.Element(q)
e.set(ET.QName("http://u", "attr"), ET.QName("http://v", "val"))
print(ET.tostring(e))
