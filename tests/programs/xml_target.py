# XMLParser with custom targets, TreeBuilder options, fromstringlist, XMLID
import xml.etree.ElementTree as ET

class Echo:
    def start(self, tag, attrib):
        print("start", tag, attrib)
    def end(self, tag):
        print("end", tag)
    def data(self, d):
        print("data", repr(d))
    def comment(self, text):
        print("comment", repr(text))
    def pi(self, target, data):
        print("pi", repr(target), repr(data))
    def start_ns(self, prefix, uri):
        print("start_ns", repr(prefix), uri)
    def end_ns(self, prefix):
        print("end_ns", repr(prefix))
    def close(self):
        print("close")
        return "closed!"

p = ET.XMLParser(target=Echo())
p.feed("<?xml version='1.0'?><!DOCTYPE r><r xmlns='u' xmlns:q='v' q:x='1'>line1\nline2\r\n")
p.feed("x &amp; y &#65;&#x42; <![CDATA[cd\nata]]> <!-- com --> <?pi  some data ?><?pi2?>")
p.feed("<q:b/>\n</r><!--after-->")
print(p.close())

class Depth:
    def __init__(self):
        self.depth = self.max = 0
    def start(self, tag, attrib):
        self.depth += 1
        self.max = max(self.max, self.depth)
    def end(self, tag):
        self.depth -= 1
    def close(self):
        return self.max

p = ET.XMLParser(target=Depth())
p.feed("<a><b><c><d/></c></b><b/></a>")
print("max depth", p.close())

class OnlyStart:
    def start(self, tag, attrib):
        print("only", tag)

p = ET.XMLParser(target=OnlyStart())
p.feed("<a><b>text</b></a>")
print(p.close())
print(ET.XMLParser().version)

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed("<a>x<!--c-->y<?p d?>z<b/>w</a>")
root = p.close()
print(ET.tostring(root), [repr(c.tail) for c in root])
tb = ET.TreeBuilder()
tb.start("root", {"k": "v"})
tb.data("hello ")
tb.data("world")
tb.start("child", {})
tb.end("child")
tb.data("tail")
print(ET.tostring(tb.end("root")), ET.tostring(tb.close()))
tb = ET.TreeBuilder()
tb.start("x", {})
try:
    print(tb.close().tag)
except AssertionError as exc:
    print("AssertionError", exc)

class MyElement(ET.Element):
    pass

tb = ET.TreeBuilder(element_factory=lambda tag, attrib: MyElement(tag.upper(), attrib))
p = ET.XMLParser(target=tb)
p.feed("<a><b/></a>")
r = p.close()
print(type(r).__name__, r.tag, r[0].tag)
print(ET.tostring(ET.fromstringlist(["<a>", "<b>1</b>", "<c/>", "</a>"])))
root, ids = ET.XMLID("<a><b id='one'/><c id='two'><d id='three'/></c></a>")
print(root.tag, sorted((k, v.tag) for k, v in ids.items()))
