# canonicalize (C14N 2.0) and ElementTree.write(method="c14n")
import io
import xml.etree.ElementTree as ET

docs = [
    "<?xml version='1.0'?><!-- before --><doc b='2' a='1'><e/><f>t &amp; &lt; &gt; \r</f></doc><!-- after --><?pi x?>",
    "<a xmlns='urn:x' xmlns:unused='urn:u' xmlns:p='urn:p'><p:b p:z='1' y='2'/><c xmlns=''/></a>",
    "<r xmlns:a='urn:a' xmlns:b='urn:b' b:k='1' a:k='2' k='3'><a:x/><b:x/></r>",
    "<t xml:space='preserve'>  keep  <u xml:space='default'>  trim  </u></t>",
    "<q xmlns:v='urn:v' attr='v:name'>v:elem</q>",
    "<x a='tab\there' b='nl\nthere' c='quote\"s'>text\twith\ttabs</x>",
    "<!DOCTYPE d [<!ATTLIST d id ID #IMPLIED>]><d id='  spaced   id '>x</d>",
]
for d in docs:
    print(ET.canonicalize(d))
    print(ET.canonicalize(d, with_comments=True, strip_text=True))
    print(ET.canonicalize(d, rewrite_prefixes=True))
print(ET.canonicalize(docs[4], qname_aware_attrs=["attr"], qname_aware_tags=["q"]))
print(ET.canonicalize(docs[1], exclude_tags=["{urn:p}b"], exclude_attrs=["y"]))
out = io.StringIO()
print(ET.canonicalize(docs[0], out=out), repr(out.getvalue()))
try:
    ET.canonicalize()
except ValueError as e:
    print("ValueError", e)
tree = ET.ElementTree(ET.fromstring(docs[2]))
buf = io.BytesIO()
try:
    tree.write(buf, method="c14n")
except ValueError as e:
    print("ValueError", e)
target = ET.C14NWriterTarget(lambda s: print("write", repr(s)))
p = ET.XMLParser(target=target)
p.feed("<a><b c='1'>x</b></a>")
p.close()
