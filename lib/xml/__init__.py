"""tspy's XML package: xml.etree.ElementTree, xml.dom.minidom, xml.sax and xml.parsers.expat,
all built on the pure-Python reader in xml.parsers._scanner."""
