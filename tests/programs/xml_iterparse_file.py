# iterparse over files on disk, incremental processing and clearing
import os, tempfile
import xml.etree.ElementTree as ET

d = tempfile.mkdtemp()
path = os.path.join(d, "big.xml")
with open(path, "w", encoding="utf-8") as f:
    f.write("<?xml version='1.0' encoding='utf-8'?>\n<log>\n")
    for i in range(3000):
        f.write("  <entry level='%s' n='%d'>message %d \u00e9</entry>\n" % ("warn" if i % 7 == 0 else "info", i, i))
    f.write("</log>\n")
warn = 0
total = 0
for ev, el in ET.iterparse(path):
    if el.tag == "entry":
        total += 1
        if el.get("level") == "warn":
            warn += 1
        el.clear()
print(total, warn)
it = ET.iterparse(path, events=("start", "end"))
starts = sum(1 for ev, el in it if ev == "start")
print(starts, it.root.tag, len(it.root))
tree = ET.parse(path)
print(len(tree.getroot()), tree.getroot()[2999].text, tree.findall("entry[@level='warn']")[-1].get("n"))
with open(path, "rb") as f:
    events = [(e, x.tag) for e, x in ET.iterparse(f, ("end",))][:3]
print(events)
bad = os.path.join(d, "bad.xml")
with open(bad, "w") as f:
    f.write("<a>\n<b>\n</a>")
try:
    for ev, el in ET.iterparse(bad):
        print(ev, el.tag)
except ET.ParseError as e:
    print("ParseError", e, e.position)
os.remove(path)
os.remove(bad)
os.rmdir(d)
