# ElementPath queries: find/findall/findtext/iterfind
import xml.etree.ElementTree as ET

root = ET.fromstring("""<r xmlns:x="urn:x">
 <x:a n="1">t</x:a>
 <a n="2"><b>bt</b><b>c</b></a>
 <a><c/><b k="v">deep<b>deeper</b></b></a>
 <d>
   <a n="3"><b>z</b></a>
 </d>
</r>""")

def show(p, ns=None):
    try:
        print(repr(p), [(e.tag, e.get("n"), e.text) for e in root.findall(p, ns)])
    except SyntaxError as exc:
        print(repr(p), "SyntaxError", exc)
    except KeyError as exc:
        print(repr(p), "KeyError", exc)

for p in ["a", "*", ".", "./a", "a/b", ".//b", ".//a", "*/b", "a/*", ".//b/..", "a/..",
          "a[@n]", "a[@n='2']", "a[@n!='2']", 'a[@n="1"]', "a[b]", "a[c]", "a[b='c']",
          "a[b!='c']", ".//b[.='c']", ".//b[.!='c']", "a[1]", "a[2]", "a[3]", "a[last()]",
          "a[last()-1]", ".//b[1]", ".//b[last()]", "{urn:x}a", "{*}a", "{}a", "{urn:x}*",
          "x:a", "d//b", "d/a/b", "a[-1]", "a[last()+1]", "/a", "//a", "a[foo()]", "a[@n=2]",
          "a/", "a//", "", "..", "a[ b ]", "a[b][1]", ".//*[@k]", "*[@n='3']", "d/*/b", "a/b[2]"]:
    show(p)
show("y:a", {"y": "urn:x"})
show("z:a", {"y": "urn:x"})
show("a", {"": "urn:x"})
show("a[@n]", {"": "urn:x"})
print(root.find("a").get("n"), root.find("zz"), root.find(".//c").tag)
print(repr(root.findtext("a")), repr(root.findtext("x:a", namespaces={"x": "urn:x"})),
      root.findtext("zz"), root.findtext("zz", "dflt"), repr(root.findtext(".//b")))
it = root.iterfind(".//b")
print(type(it).__name__ != "list", [e.text for e in it])
tree = ET.ElementTree(root)
print([e.tag for e in tree.findall("a")], tree.find("d").tag, tree.findtext("a/b"))
print([e.tag for e in tree.iterfind(".//c")], [e.tag for e in tree.iter("c")])
