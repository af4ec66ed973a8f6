# SAX pipelines: XMLGenerator round trips, XMLFilterBase, namespace-aware generation
import io
import xml.sax
from xml.sax import saxutils, handler

class Upper(saxutils.XMLFilterBase):
    def startElement(self, name, attrs):
        super().startElement(name.upper(), attrs)
    def endElement(self, name):
        super().endElement(name.upper())
    def characters(self, content):
        super().characters(content.upper())

out = io.StringIO()
f = Upper(xml.sax.make_parser())
f.setContentHandler(saxutils.XMLGenerator(out, "utf-8"))
f.parse(io.BytesIO(b"<doc a='1'><p>hello &amp; bye</p><e/></doc>"))
print(out.getvalue())

out = io.StringIO()
p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
p.setContentHandler(saxutils.XMLGenerator(out, "utf-8", short_empty_elements=True))
p.parse(io.BytesIO(b"<r xmlns='urn:d' xmlns:x='urn:x' x:a='1'><x:c/><d>t</d></r>"))
print(out.getvalue())

class Texts(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.path = []
        self.found = []
    def startElement(self, name, attrs):
        self.path.append(name)
    def endElement(self, name):
        self.path.pop()
    def characters(self, content):
        if content.strip():
            self.found.append(("/".join(self.path), content))

t = Texts()
xml.sax.parseString("<a><b>one</b><c><b>two</b></c>three</a>", t)
print(t.found)
gen = saxutils.XMLGenerator(io.StringIO())
gen.startDocument()
gen.startElement("x", {"q": 'say "hi" & <bye>'})
gen.characters("1 < 2")
gen.ignorableWhitespace("  ")
gen.processingInstruction("p", "d")
gen.endElement("x")
gen.endDocument()
