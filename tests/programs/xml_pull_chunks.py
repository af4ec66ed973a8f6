# feeding documents in small pieces: results must not depend on chunk boundaries
import xml.etree.ElementTree as ET

doc = ("<?xml version='1.0' encoding='utf-8'?>\r\n<!DOCTYPE d [<!ENTITY e 'ent'>]>\r\n"
       "<d xmlns:p='urn:p' a='1&amp;2'>\r\n <p:x>caf\u00e9 &e; &#x4e2d;</p:x><![CDATA[c]]>d\r\n"
       "<!-- c --><?pi data?><y/>\r\n</d>\r\n")
whole = ET.tostring(ET.fromstring(doc))
print(whole)
data = doc.encode("utf-8")
for size in (1, 2, 3, 5, 7, 64):
    p = ET.XMLParser()
    for i in range(0, len(data), size):
        p.feed(data[i:i + size])
    print(size, ET.tostring(p.close()) == whole)
for size in (1, 4):
    p = ET.XMLParser()
    for i in range(0, len(doc), size):
        p.feed(doc[i:i + size])
    print("str", size, ET.tostring(p.close()) == whole)
u16 = doc.replace("utf-8", "utf-16").encode("utf-16")
p = ET.XMLParser()
for i in range(0, len(u16), 3):
    p.feed(u16[i:i + 3])
print("utf16", ET.tostring(p.close()) == whole)
pp = ET.XMLPullParser(("start", "end"))
seen = []
for ch in data:
    pp.feed(bytes([ch]))
    seen.extend((ev, el.tag) for ev, el in pp.read_events())
pp.close()
print(seen)
