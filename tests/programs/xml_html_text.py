# method="html" and method="text" serialisation
import xml.etree.ElementTree as ET

page = ET.fromstring("""<html><head><title>T &amp; t</title>
<script>if (a &lt; b &amp;&amp; c > d) x();</script><style>p > a { }</style>
<meta charset="utf-8"/><link rel="x" href="a?b=1&amp;c=2"/></head>
<body><p class='a"b'>Hello<br/>world<img src="i.png" alt="&lt;i&gt;"/></p><hr/><div/><textarea></textarea>
<!-- comment & < --><?pi x?><input value="v"/><BR/></body></html>""")
print(ET.tostring(page, method="html", encoding="unicode"))
print(ET.tostring(page, method="text", encoding="unicode"))
print(ET.tostring(page, method="html"))
e = ET.Element("p")
e.text = "a\nb"
e.set("title", "x\ny<z>&")
print(ET.tostring(e, method="html"), ET.tostring(e))
print(ET.tostring(ET.Element("br"), method="html"), ET.tostring(ET.Element("br")))
