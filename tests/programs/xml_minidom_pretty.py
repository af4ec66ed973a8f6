# minidom pretty printing and round trips of parsed documents
from xml.dom import minidom

samples = [
    "<a><b/><c>text</c><d><e>deep</e></d></a>",
    "<a>\n  <b>x</b>\n</a>",
    "<?xml version='1.0'?><!-- top --><root attr=\"v &amp; w\"><![CDATA[x<y]]><?pi data?></root>",
    "<a xmlns='urn:d' xmlns:q='urn:q'><q:b q:c='1'/></a>",
    "<a>&lt;tag&gt; &amp; \"quotes\" 'apos'</a>",
    "<r><x>1</x>tail<y/>more</r>",
]
for s in samples:
    d = minidom.parseString(s)
    print(d.toxml())
    print(d.toprettyxml())
    print(d.toprettyxml(indent="  ", newl="\n"))
    print(d.documentElement.toprettyxml(indent="."))
    print(d.toprettyxml(indent="  ", encoding="utf-8"))
doc = minidom.Document()
root = doc.createElement("root")
doc.appendChild(root)
for i in range(2):
    child = doc.createElement("child")
    child.setAttribute("n", str(i))
    child.appendChild(doc.createTextNode("value %d" % i))
    root.appendChild(child)
root.appendChild(doc.createElement("empty"))
cd = doc.createCDATASection("raw <data>")
root.appendChild(cd)
root.appendChild(doc.createProcessingInstruction("target", "pi data"))
print(doc.toprettyxml(indent="    "))
print(doc.toxml(encoding="latin-1"))
d = minidom.parseString("<a><b>1</b><b>2</b></a>")
print([b.firstChild.data for b in d.getElementsByTagName("b")], d.documentElement.childNodes.length)
print(d.documentElement.firstChild.firstChild.nodeType, d.firstChild.nodeName, d.nodeType, d.nodeName)
