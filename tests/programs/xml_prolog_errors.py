# errors before and after the root element: expat's prolog tokens, literals, '<!' and '<?' forms
import xml.etree.ElementTree as ET
for d in ['<a/>=', '<a/>&', '<a/>"x"', '<a/>"x', '<a/>x', '<a/>x=', '<a/>/', '<a/>]]>', '<a/><![CDATA[x]]>', '"x"', '"x" ', '"x"<a/>', "'x", '=', '>', '<![CDATA[x]]>', 'x y', 'x=', '<a/>>', ']', '<a/>]', '<:a/>', '<a:/>', '<a/><:b/>', '<!x>', '<!-x>', '<a><!x></a>', '<a><!-x></a>', '<?', '<??>', '<?x', '<a/><?', '(', '%x;', '<a/>%x;', '#', '<a/>#', '[', '|', 'foo', 'foobar<', '<a>\n</a>\n\n  x', '\u00e9', '<a/>\u00e9', '<a/>\x01']:
  try: ET.fromstring(d); print(repr(d), 'OK')
  except ET.ParseError as e: print(repr(d), e.code, e.position)
