# parse / modify / serialise round trips with xml.etree.ElementTree
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<library name="city &amp; county">
  <!-- the catalogue -->
  <book id="b1" lang="en">
    <title>Dune</title>
    <author>Frank Herbert</author>
    <year>1965</year>
  </book>
  <book id="b2" lang="fr">
    <title>L'&#201;tranger</title>
    <author>Albert Camus</author>
    <year>1942</year>
  </book>
  <?processing instruction?>
  <note><![CDATA[<not> & markup]]> tail text</note>
</library>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for child in root:
    print(repr(child.tag), child.attrib, repr(child.text), repr(child.tail))
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="utf-8"))
print(ET.tostring(root, encoding="latin-1"))
print(ET.tostring(root, encoding="unicode", xml_declaration=True))
print(ET.tostring(root, encoding="unicode", method="text"))

b = root.find("book")
b.set("checked", "yes")
b.attrib["lang"] = "de"
year = b.find("year")
year.text = str(int(year.text) + 1)
new = ET.SubElement(root, "book", id="b3")
ET.SubElement(new, "title").text = "Neuromancer <1984> & \"more\""
new.set("quote", "a \"b\" 'c' <d> &e\n\tf\rg")
root.remove(root.find("note"))
e = ET.Element("empty")
root.insert(0, e)
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="unicode", short_empty_elements=False))
again = ET.fromstring(ET.tostring(root))
print(ET.tostring(again) == ET.tostring(root))
print(new.get("quote") == again.find("book[@id='b3']").get("quote"))
print(again.find("book[@id='b3']/title").text)
print(ET.tostringlist(ET.fromstring("<a><b>x</b>y</a>"), encoding="unicode"))
print(b"".join(ET.tostringlist(ET.fromstring("<a><b>x</b>y</a>"))))
print(ET.tostring(ET.fromstring("<a>\u00e9\u4e2d\U0001F600</a>")))
print(ET.tostring(ET.fromstring("<a>\u00e9\u4e2d</a>"), encoding="utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"))
