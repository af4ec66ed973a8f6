# indent, dump, ElementTree.write to files and streams, parse from files
import io, os, sys, tempfile
import xml.etree.ElementTree as ET

root = ET.fromstring("<a><b><c>x</c><c/></b><d>text</d>   <e>  </e><f><g/></f></a>")
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
ET.indent(root, space="\t")
print(ET.tostring(root, encoding="unicode"))
ET.indent(root, space=" ", level=2)
print(ET.tostring(root, encoding="unicode"))
tree = ET.ElementTree(ET.fromstring("<x><y/></x>"))
ET.indent(tree, "    ")
print(ET.tostring(tree.getroot(), encoding="unicode"))
try:
    ET.indent(root, level=-1)
except ValueError as exc:
    print("ValueError", exc)
single = ET.Element("only")
ET.indent(single)
print(ET.tostring(single))
ET.dump(root)
ET.dump(ET.fromstring("<z>1</z>"))
t = ET.Element("tailed")
t.tail = "after\n"
ET.dump(t)

tree = ET.ElementTree(root)
for kwargs in ({}, {"encoding": "utf-8"}, {"encoding": "UTF-8", "xml_declaration": True},
               {"encoding": "iso-8859-1"}, {"xml_declaration": False, "encoding": "latin-1"},
               {"method": "html"}, {"method": "text"}, {"short_empty_elements": False}):
    buf = io.BytesIO()
    tree.write(buf, **kwargs)
    print(kwargs, buf.getvalue())
s = io.StringIO()
tree.write(s, encoding="unicode")
print(repr(s.getvalue()))
s = io.StringIO()
tree.write(s, encoding="unicode", xml_declaration=True)
print(repr(s.getvalue()[:60]))
try:
    tree.write(io.BytesIO(), method="bogus")
except ValueError as exc:
    print("ValueError", exc)

d = tempfile.mkdtemp()
path = os.path.join(d, "doc.xml")
u = ET.Element("u")
u.text = "caf\u00e9 \u4e2d"
ET.ElementTree(u).write(path)
print(open(path, "rb").read())
ET.ElementTree(u).write(path, encoding="utf-8", xml_declaration=True)
print(open(path, "rb").read())
ET.ElementTree(u).write(path, encoding="unicode")
print(open(path, "rb").read())
back = ET.parse(path)
print(back.getroot().tag, back.getroot().text)
with open(path, "rb") as f:
    print(ET.parse(f).getroot().text)
t2 = ET.ElementTree()
r2 = t2.parse(io.BytesIO(b"<q><r/></q>"))
print(r2.tag, t2.getroot() is r2)
t3 = ET.ElementTree(file=io.BytesIO(b"<w/>"))
print(t3.getroot().tag)
os.remove(path)
os.rmdir(d)
