# DOCTYPE declarations, internal entities, character references
import xml.etree.ElementTree as ET

docs = [
    "<!DOCTYPE r [<!ENTITY who 'world'>]><r>hello &who;!</r>",
    "<!DOCTYPE r [<!ENTITY e1 'a&#65;b'><!ENTITY e2 '[&e1;]'>]><r>&e2;</r>",
    "<!DOCTYPE r [<!ENTITY frag '<b>bold</b> tail'>]><r>x &frag; y</r>",
    "<!DOCTYPE r [<!ELEMENT r (#PCDATA)><!ATTLIST r v CDATA 'dflt' w CDATA #IMPLIED>]><r>t</r>",
    "<!DOCTYPE r [<!ATTLIST r v CDATA 'dflt'>]><r v='given'/>",
    "<!DOCTYPE r PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd'><r/>",
    "<!DOCTYPE r [<!-- comment in subset --><?pi in subset?><!ENTITY % pe 'x'>]><r/>",
    "<!DOCTYPE r [<!ENTITY a 'in attr'>]><r x='&a;'/>",
    "<r>&#60;&#x3C;&#62;&#38;&#x26;&#39;&#34;&#x10FFFF;&#9;&#10;&#13;</r>",
    "<r a='&#10;&#9;&#13;' b='x&#x20;y'/>",
    "<!DOCTYPE r [<!ENTITY loop '&loop;'>]><r>&loop;</r>",
    "<!DOCTYPE r [<!ENTITY e 'v'>]><r>&e;&undefined;</r>",
    "<!DOCTYPE r SYSTEM 'x.dtd'><r>&external;</r>",
    "<!DOCTYPE r [<!ENTITY ext SYSTEM 'file.xml'>]><r>&ext;</r>",
]
for d in docs:
    try:
        r = ET.fromstring(d)
        print(repr(r.text), r.attrib, [(c.tag, c.text, c.tail) for c in r])
        print("  ", ET.tostring(r))
    except ET.ParseError as e:
        print("ParseError", e, e.code, e.position)

class Doctype(ET.TreeBuilder):
    def doctype(self, name, pubid, system):
        print("doctype:", name, pubid, system)

p = ET.XMLParser(target=Doctype())
p.feed(docs[5])
print(p.close().tag)
p = ET.XMLParser()
p.entity["custom"] = "replaced"
p.feed("<!DOCTYPE r SYSTEM 'x.dtd'><r>&custom;</r>")
print(p.close().text)
