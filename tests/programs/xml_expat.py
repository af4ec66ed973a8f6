# xml.parsers.expat: handlers, errors, namespaces, ordered attributes, buffer_text
import xml.parsers.expat as expat
from xml.parsers.expat import errors

def make(**kw):
    p = expat.ParserCreate(**kw)
    p.StartElementHandler = lambda name, attrs: print("start", name, attrs)
    p.EndElementHandler = lambda name: print("end", name)
    p.CharacterDataHandler = lambda data: print("data", repr(data))
    p.CommentHandler = lambda data: print("comment", repr(data))
    p.ProcessingInstructionHandler = lambda t, d: print("pi", t, repr(d))
    p.StartNamespaceDeclHandler = lambda prefix, uri: print("ns+", prefix, uri)
    p.EndNamespaceDeclHandler = lambda prefix: print("ns-", prefix)
    p.XmlDeclHandler = lambda v, e, s: print("decl", v, e, s)
    p.StartDoctypeDeclHandler = lambda name, sysid, pubid, internal: print("doctype", name, sysid, pubid, internal)
    p.StartCdataSectionHandler = lambda: print("cdata<")
    p.EndCdataSectionHandler = lambda: print("cdata>")
    return p

doc = b"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<!DOCTYPE root SYSTEM "root.dtd">
<root xmlns="urn:a" xmlns:b="urn:b" b:x="1" y="2">
  text &amp; more<![CDATA[ raw <stuff> ]]><!-- note -->
  <b:child/><?app instr ?>
</root>"""
p = make()
print(p.Parse(doc, True))
p = make(namespace_separator="|")
p.Parse(doc, True)
p = make(namespace_separator=" ")
p.ordered_attributes = True
p.Parse(b"<r a='1' b='2' c='3'/>", True)
p = make()
p.buffer_text = True
p.Parse(b"<r>one\ntwo &amp; three</r>", True)
p = make()
for piece in (b"<r>ab", b"c</r", b">"):
    p.Parse(piece, False)
p.Parse(b"", True)
for bad in (b"<a><b></a>", b"<a>", b"<a>&x;</a>", b"<a/><b/>", b"<a b='1' b='2'/>"):
    p = expat.ParserCreate()
    try:
        p.Parse(bad, True)
    except expat.ExpatError as e:
        print(type(e).__name__, e, e.code, e.lineno, e.offset, expat.ErrorString(e.code),
              errors.messages[e.code], p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)
print(errors.XML_ERROR_TAG_MISMATCH, errors.codes[errors.XML_ERROR_SYNTAX], expat.ErrorString(3))
print(expat.error is expat.ExpatError)
try:
    expat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print("ValueError", e)
