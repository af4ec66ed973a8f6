# xml.dom.minidom: parsing, navigation, editing, toxml/toprettyxml
import xml.dom
from xml.dom import minidom

doc = minidom.parseString('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE r SYSTEM "x.dtd"><!--c-->'
                          '<r xmlns:p="u" a="1" p:b="2">t&amp;x<![CDATA[cd<]]>y<p:c>z</p:c><?pi dd?></r>')
print([n.nodeType for n in doc.childNodes], doc.doctype.name, doc.doctype.systemId, doc.doctype.publicId)
r = doc.documentElement
print(r.tagName, r.nodeName, [n.nodeType for n in r.childNodes], [n.nodeName for n in r.childNodes])
print(repr(r.firstChild.data), repr(r.firstChild), repr(r.childNodes[1]), r.attributes.items())
print(list(r.attributes.keys()), r.attributes.length, r.getAttribute("a"), repr(r.getAttribute("zz")))
c = r.getElementsByTagName("p:c")[0]
print(c.namespaceURI, c.prefix, c.localName, c.tagName, c.firstChild.nodeValue)
a = r.getAttributeNode("p:b")
print(a.namespaceURI, a.prefix, a.localName, a.name, a.value, a.nodeValue)
x = r.getAttributeNode("xmlns:p")
print(x.namespaceURI, x.prefix, x.localName, x.name, x.value)
print(doc.toxml())
print(doc.toprettyxml())
print(doc.version, doc.encoding, doc.standalone)
pi = r.lastChild
print(pi.target, pi.data, pi.nodeName, pi.nodeValue)

d2 = minidom.parseString("<a>  <b>x</b>\n  <c/>\n</a>")
print(d2.toprettyxml(indent="  "))
print(d2.toxml("utf-8"))
print(d2.toprettyxml(indent=" ", newl="\r\n", encoding="latin-1"))
print(d2.documentElement.toxml())
print(d2.toxml(standalone=True))

impl = minidom.getDOMImplementation()
new = impl.createDocument(None, "catalog", None)
top = new.documentElement
for i, name in enumerate(["alpha", "beta & co", "<gamma>"]):
    item = new.createElement("item")
    item.setAttribute("id", str(i))
    item.setAttribute("label", 'say "%s"' % name)
    item.appendChild(new.createTextNode(name))
    top.appendChild(item)
top.appendChild(new.createComment(" end "))
top.insertBefore(new.createElement("first"), top.firstChild)
print(new.toxml())
print(new.toprettyxml(indent="  "))
items = new.getElementsByTagName("item")
print(items.length, [i.getAttribute("id") for i in items], items.item(1).firstChild.data)
top.removeChild(items[0])
items[1].setAttribute("id", "changed")
items[1].removeAttribute("label")
print(items[1].hasAttribute("label"), items[1].hasAttribute("id"), items[1].hasAttributes())
old = top.replaceChild(new.createElement("replacement"), items[2])
print(old.tagName, old.parentNode, top.toxml())
print(top.firstChild.nextSibling.tagName, top.lastChild.previousSibling.tagName, top.firstChild.previousSibling)
clone = top.cloneNode(True)
shallow = top.cloneNode(False)
print(clone.toxml() == top.toxml(), shallow.toxml(), clone.parentNode)
t = new.createTextNode("hello")
top.appendChild(t)
top.appendChild(new.createTextNode(" world"))
top.appendChild(new.createTextNode(""))
print(len(top.childNodes))
top.normalize()
print(len(top.childNodes), repr(top.lastChild.data), repr(top.lastChild))
for bad in (lambda: top.removeChild(new.createElement("z")), lambda: top.removeAttribute("nope"),
            lambda: new.createTextNode(3), lambda: new.appendChild(new.createElement("second")),
            lambda: top.insertBefore(new.createElement("q"), new.createElement("z")),
            lambda: new.createComment("a--b").toxml()):
    try:
        bad()
    except (xml.dom.DOMException, TypeError, ValueError) as exc:
        print(type(exc).__name__, exc, isinstance(exc, xml.dom.DOMException))
print(xml.dom.Node.ELEMENT_NODE, xml.dom.Node.TEXT_NODE, xml.dom.NotFoundErr.code)
frag = new.createDocumentFragment()
frag.appendChild(new.createElement("f1"))
frag.appendChild(new.createElement("f2"))
top.appendChild(frag)
print(top.toxml(), len(frag.childNodes))
ns_doc = impl.createDocument("urn:x", "x:root", None)
ns_doc.documentElement.setAttributeNS("urn:y", "y:attr", "v")
print(ns_doc.toxml(), ns_doc.documentElement.getAttributeNS("urn:y", "attr"))
print(minidom.parseString("<a><b><c/></b><c/></a>").getElementsByTagName("c").length)
print([e.tagName for e in minidom.parseString("<a><b><c/></b><c/></a>").getElementsByTagName("*")])
