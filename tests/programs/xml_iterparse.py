# iterparse and XMLPullParser events
import io
import xml.etree.ElementTree as ET

data = b"""<?xml version="1.0" encoding="utf-8"?>
<!-- leading comment -->
<root xmlns="urn:d" xmlns:p="urn:p">
  <p:item n="1">one</p:item>
  <?target some data?>
  <item n="2"><!-- inner --><sub/></item>
</root>
"""

def label(ev, obj):
    if ev in ("start", "end"):
        return (ev, obj.tag, obj.get("n"))
    if ev in ("comment", "pi"):
        return (ev, obj.tag is ET.Comment, obj.tag is ET.PI, obj.text)
    return (ev, obj)

for events in (None, ("start",), ("start", "end"), ("start", "end", "start-ns", "end-ns"),
               ("end", "comment", "pi"), ("start-ns",)):
    it = ET.iterparse(io.BytesIO(data), events)
    print(events, [label(e, o) for e, o in it])
    print(it.root.tag, len(it.root))

it = ET.iterparse(io.BytesIO(data), ("end",))
for ev, elem in it:
    if elem.tag == "{urn:d}item":
        elem.clear()
print(ET.tostring(it.root, encoding="unicode"))

try:
    for ev, elem in ET.iterparse(io.BytesIO(b"<a><b></a>")):
        print(ev, elem.tag)
except ET.ParseError as exc:
    print("ParseError", exc, exc.position)
try:
    ET.iterparse(io.BytesIO(b"<a/>"), ("bogus",))
except ValueError as exc:
    print("ValueError", exc)

pp = ET.XMLPullParser(events=("start", "end", "comment"))
for chunk in ["<doc>", "<a x='1'>te", "xt</a><!-- ", "c --><b/>", "</doc>"]:
    pp.feed(chunk)
    print(repr(chunk), [label(e, o) for e, o in pp.read_events()])
pp.close()
print(list(pp.read_events()))
pp = ET.XMLPullParser()
pp.feed("<a><b/></c>")
try:
    print(list(pp.read_events()))
except ET.ParseError as exc:
    print("ParseError", exc)
pp = ET.XMLPullParser(("start-ns", "end-ns", "start"))
pp.feed("<a xmlns='u'><b xmlns:q='v'/></a>")
print([(e, o if not hasattr(o, "tag") else o.tag) for e, o in pp.read_events()])
