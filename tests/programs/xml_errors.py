# ParseError messages, codes and positions for malformed documents
import xml.etree.ElementTree as ET

cases = [
    "", "   ", "<a>", "<a></b>", "<a>\n<b>\n</c></b></a>", "<a><<", "<a b=1/>", "<a></a><b/>",
    "<a></a>x", "<a>&foo;</a>", "<a b='1' b='2'/>", "<a>&#0;</a>", "<a>&#xZZ;</a>", "<a",
    "<a b='", "<a><!-- x", "<a><![CDATA[x", "<?xml version='1.0'?>", " <?xml version='1.0'?><a/>",
    "<a><?xml x?></a>", "<x:a/>", "<a xmlns:x=''/>", "<a>&amp</a>", "<a>]]></a>", "<1a/>",
    "<a b></a>", '<a b="<"/>', "<a>\n  </a >  \n <b/>", "<a/>\x00", "<a>\x01</a>", "<a>&#1;</a>",
    "<a>&e;</a>", "<a><b></a>", "<a:b:c/>", "text", "<a>\n\n\n  <b x='1' x='2'/>", "<?pi",
    "<a></a", "<a>\u00e9\u00e9\u00e9<</a>", "<a>\r\n<</a>", "<a>\r<</a>", b"<a>\xc3\xa9<</a>",
    b"<a>\xff</a>", "<a>&#xD800;</a>", "<a>&#x110000;</a>", "<a>&#65</a>",
    "<!DOCTYPE a SYSTEM 'foo.dtd'><a>&e;</a>", "<!DOCTYPE a><a>&e;</a>", "<a b='&e;'/>",
    "<a/><a/>", "<a><b/>", "<a>\n<b>\n", "<!-- x --", "<a>x</a>x", "<?xml ?><a/>",
    "<?xml encoding='utf-8'?><a/>", "<a b='1'c='2'/>", "</a>", "<a></a></a>", "<a><!-- a -- b --></a>",
    "<a>\t<b>\n\t\t<c/>\n\t</b></a><", "<r>\n" + "<i/>\n" * 50 + "</x>",
]
for c in cases:
    try:
        r = ET.fromstring(c)
        print(repr(c), "OK", r.tag)
    except ET.ParseError as e:
        print(repr(c), "|", e, "|", e.code, e.position, isinstance(e, SyntaxError))

p = ET.XMLParser()
p.feed("<root><a>")
p.feed("text</a>")
try:
    p.close()
except ET.ParseError as e:
    print("close:", e, e.position)
try:
    ET.fromstring("<a></b>")
except SyntaxError as e:
    print(type(e).__name__, e.msg if hasattr(e, "msg") else None, e.code)
