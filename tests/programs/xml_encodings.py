# document encodings: declarations, BOMs, str vs bytes input
import xml.etree.ElementTree as ET

docs = [
    b"<?xml version='1.0' encoding='latin-1'?><a>\xe9t\xe9</a>",
    b"<?xml version='1.0' encoding='ISO-8859-1'?><a x='\xe0'>\xff</a>",
    b"<?xml version='1.0' encoding='utf-8'?><a>\xc3\xa9</a>",
    b"\xef\xbb\xbf<a>bom</a>",
    "\ufeff<a>str bom</a>",
    "<?xml version='1.0' encoding='latin-1'?><a>\u00e9 \u4e2d</a>",
    "<a>\u00e9 \u4e2d</a>".encode("utf-16"),
    "<?xml version='1.0' encoding='utf-16'?><a>\u00e9</a>".encode("utf-16"),
    "<a>x</a>".encode("utf-16-le"),
    b"<?xml version='1.0' encoding='ascii'?><a>plain</a>",
    b"<?xml version='1.0' encoding='cp1252'?><a>\x80</a>",
    b"<?xml version='1.0'?>\n<a>\xc3\xa9\xe2\x82\xac</a>",
    b"<a>\xe9</a>",
]
for d in docs:
    try:
        r = ET.fromstring(d)
        print(repr(r.tag), repr(r.text), r.attrib)
    except ET.ParseError as e:
        print("ParseError", e, e.code)
p = ET.XMLParser(encoding="latin-1")
p.feed(b"<a>\xe9</a>")
print(p.close().text)
r = ET.fromstring("<a>&#233;&#x4E2D;&#128512;</a>")
print(ET.tostring(r), ET.tostring(r, encoding="utf-8"), ET.tostring(r, encoding="unicode"))
print(ET.tostring(r, encoding="ascii"))
print(ET.tostring(r, encoding="utf-16").decode("utf-16"))
