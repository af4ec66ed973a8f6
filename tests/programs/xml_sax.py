# xml.sax: parseString/parse with ContentHandlers, namespaces feature, errors, saxutils
import io
import xml.sax
import xml.sax.handler
from xml.sax import saxutils


class Echo(xml.sax.ContentHandler):
    def startDocument(self):
        print("startDocument")
    def endDocument(self):
        print("endDocument")
    def startElement(self, name, attrs):
        print("start", name, dict(attrs), attrs.getNames(), len(attrs), attrs.get("a"))
    def endElement(self, name):
        print("end", name)
    def characters(self, content):
        print("chars", repr(content))
    def processingInstruction(self, target, data):
        print("pi", target, data)
    def startPrefixMapping(self, prefix, uri):
        print("startPrefixMapping", prefix, uri)
    def endPrefixMapping(self, prefix):
        print("endPrefixMapping", prefix)
    def startElementNS(self, name, qname, attrs):
        print("startNS", name, qname, dict(attrs), sorted(attrs.getQNames()))
    def endElementNS(self, name, qname):
        print("endNS", name, qname)


doc = b'<?xml version="1.0"?><r a="1" xmlns:p="u">x &amp; y\n z<![CDATA[c]]><p:b p:k="v"/><?t d?></r>'
xml.sax.parseString(doc, Echo())
xml.sax.parseString(doc.decode(), Echo())
p = xml.sax.make_parser()
p.setFeature(xml.sax.handler.feature_namespaces, True)
p.setContentHandler(Echo())
p.parse(io.BytesIO(b'<r a="1" xmlns="d" xmlns:p="u">x<p:b p:k="v"/></r>'))
print(p.getFeature(xml.sax.handler.feature_namespaces))

class Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.counts = {}
        self.text = []
    def startElement(self, name, attrs):
        self.counts[name] = self.counts.get(name, 0) + 1
    def characters(self, content):
        self.text.append(content)

c = Counter()
xml.sax.parse(io.BytesIO(b"<list><i>1</i><i>2</i><j>3</j></list>"), c)
print(sorted(c.counts.items()), "".join(c.text))

for bad in (b"<a><b></a>", b"<a>", b"<a>&nope;</a>", b"text"):
    try:
        xml.sax.parseString(bad, xml.sax.ContentHandler())
    except xml.sax.SAXParseException as e:
        print(type(e).__name__, e, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e.getSystemId())

class Lenient(xml.sax.ErrorHandler):
    def fatalError(self, exc):
        print("fatal:", exc.getMessage())

xml.sax.parseString(b"<a></b>", xml.sax.ContentHandler(), Lenient())

print(saxutils.escape("<&>\""), saxutils.escape("abc", {"b": "B"}), saxutils.unescape("&lt;&amp;&gt;&quot;"))
print(saxutils.quoteattr('a"b'), saxutils.quoteattr("a\"b'"), saxutils.quoteattr("x\ny"), saxutils.quoteattr("plain"))
out = io.StringIO()
gen = saxutils.XMLGenerator(out, encoding="utf-8")
xml.sax.parseString(b"<r a='1&amp;'><s>t &lt; u</s><e/><?pi x?></r>", gen)
print(out.getvalue())
out = io.BytesIO()
gen = saxutils.XMLGenerator(out, short_empty_elements=True)
xml.sax.parseString("<r><e/><s>\u00e9\u4e2d</s></r>", gen)
print(out.getvalue())
