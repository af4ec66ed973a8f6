# namespaces: parsing into {uri}local names, writing with prefixes, register_namespace
import xml.etree.ElementTree as ET

doc = """<root xmlns="http://default/" xmlns:h="http://www.w3.org/1999/xhtml"
      xmlns:f="http://furniture/" f:attr="1" plain="2">
  <h:table><h:tr><h:td>Apples</h:td></h:tr></h:table>
  <f:table f:width="80"><f:name>Coffee table</f:name></f:table>
  <child xmlns="">no namespace</child>
  <other/>
</root>"""
root = ET.fromstring(doc)
for e in root.iter():
    print(e.tag, e.attrib)
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root.find("{http://furniture/}table"), encoding="unicode"))
try:
    ET.tostring(root, encoding="unicode", default_namespace="http://default/")
except ValueError as exc:
    print("ValueError", exc)
e = ET.Element("{http://default/}top")
ET.SubElement(e, "{http://default/}inner").text = "x"
ET.SubElement(e, "{http://third/}inner", {"{http://third/}k": "v"})
print(ET.tostring(e, encoding="unicode", default_namespace="http://default/"))
print(ET.tostring(e, encoding="unicode"))
ET.register_namespace("third", "http://third/")
print(ET.tostring(e, encoding="unicode"))
try:
    ET.register_namespace("ns3", "http://x/")
except ValueError as exc:
    print("ValueError", exc)
x = ET.Element("{http://www.w3.org/XML/1998/namespace}lang-holder")
x.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
print(ET.tostring(x, encoding="unicode"))
ns = {"h": "http://www.w3.org/1999/xhtml", "f": "http://furniture/"}
print([el.text for el in root.findall(".//h:td", ns)], root.find("f:table/f:name", ns).text)
print(root.findall("{*}table")[1].attrib)
