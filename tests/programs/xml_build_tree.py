# building documents programmatically and writing them out
import io
import xml.etree.ElementTree as ET

root = ET.Element("catalog", version="2")
for n in range(3):
    item = ET.SubElement(root, "item", {"id": "i%d" % n})
    ET.SubElement(item, "name").text = "Item #%d" % n
    price = ET.SubElement(item, "price", currency="EUR")
    price.text = "%.2f" % (n * 9.5)
    if n == 1:
        item.append(ET.Comment(" discounted "))
        item.append(ET.PI("render", "bold"))
root.insert(0, ET.Element("header"))
root[0].text = "Header & <intro>"
root[0].tail = "\n"
print(ET.tostring(root, encoding="unicode"))
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
tree = ET.ElementTree(root)
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue().decode())
print(sum(float(p.text) for p in root.iter("price")))
for item in root.findall("item"):
    if item.get("id") == "i2":
        root.remove(item)
print(len(root), [i.get("id") for i in root.iter("item")])
root.find("item/price").set("currency", "USD")
print(root.find("item/price").attrib, root.findtext("item/name"))
el = ET.Element("t")
el.text = "x"
el.tail = "after"
wrap = ET.Element("w")
wrap.append(el)
print(ET.tostring(wrap), ET.tostring(el))
nothing = ET.Element(None)
nothing.text = "only text"
nothing.append(ET.Element("inner"))
print(ET.tostring(nothing))
print(ET.tostring(ET.Element("e", {"z": "1", "a": "2", "m": "3"})))
