# html.parser.HTMLParser event streams (differential against CPython 3.11)
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))


def merged(events):
    # consecutive data events joined (feeding in pieces may split text differently)
    out = []
    for e in events:
        if e[0] == "data" and out and out[-1][0] == "data":
            out[-1] = ("data", out[-1][1] + e[1])
        else:
            out.append(e)
    return out


DOCS = [
    """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>A &amp; B</title>
<style>p > a { color: red; } </b></style>
<script type="text/javascript">if (a < b && c > d) { x = "</div>"; }</script>
</head>
<body class=main id='top' data-x = "1 &lt; 2" hidden>
<!-- a comment -- with dashes -->
<p>Text &copy; 2024 &#169; &#xA9; &notaref; &amp fish & chips<br/>line two<br>
<img src="a.png" alt='An "image"' />
<a href="/x?a=1&amp;b=2">link</a></p>
<?xml-stylesheet href="s.css"?>
<![CDATA[raw < data]]>
<![if !IE]>conditional<![endif]>
<UL><LI>Upper</LI></UL>
</body>
</html>
""",
    "plain text with < lone and > signs & ampersands",
    "<a b='1' c=\"2\" d=3 e f = 'g'>x</a><p/><p / ><br//>",
    "<div class='x'\n   id=\"y\"\n>multi\nline</div>\n<span>after</span>",
    "</ p></a b=c></><!bogus><! ><!-->x<!--->y",
    "<a href=\"unclosed>text",
    "text at end &amp",
    "&#0; &#x110000; &#65 &#X41; &#;",
    "<p>one<p>two</P><SCRIPT>alert('<p>')</SCRIPT>tail",
    "<textarea><b>not bold</b></textarea><title>&lt;t&gt;</title>",
    "<a foo=\"&quot;bar&quot;\" baz='&#x27;' q=&amp;>",
    "<!-- unterminated comment",
    "<a\tb\n=\n'c'>d</a\n>",
    "<x:y z:w='1'>ns</x:y>",
    "<<p>>",
    "a < b and c<d",
]

for doc in DOCS:
    for convert in (True, False):
        whole = Recorder(convert_charrefs=convert)
        whole.feed(doc)
        whole.close()
        print(repr(doc[:40]), convert)
        for e in whole.events:
            print("   ", e)
        pieces = Recorder(convert_charrefs=convert)
        for ch in doc:
            pieces.feed(ch)
        pieces.close()
        chunked = Recorder(convert_charrefs=convert)
        for k in range(0, len(doc), 7):
            chunked.feed(doc[k:k + 7])
        chunked.close()
        strip = lambda evs: [tuple(x for x in e if not (isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], int))) for e in evs]
        print("    pieces:", strip(merged(pieces.events)) == strip(merged(whole.events)),
              "chunked:", strip(merged(chunked.events)) == strip(merged(whole.events)))
        if strip(merged(pieces.events)) != strip(merged(whole.events)):
            for e in pieces.events:
                print("      p", e)

p = Recorder()
p.feed("<a>")
print(p.getpos(), p.lasttag, p.get_starttag_text(), p.rawdata)
p.reset()
print(p.getpos(), p.lasttag, p.rawdata, p.events[-1])
print(HTMLParser.CDATA_CONTENT_ELEMENTS)
base = HTMLParser()
base.feed("<a href='x'>y</a><br/>")
base.close()
print("ok")

# raw text of script/style ends only at a complete closing tag, even when fed one character at a time
content = """<!-- not a comment --> &not-an-entity-ref;
          <a href="" /> </p><p> <span></span></style>
          '</script' + '>'"""
for element in [' script', 'script ', ' script ', '\nscript', 'script\n', '\nscript\n', 'SCRIPT']:
    for convert in (True, False):
        r = Recorder(convert_charrefs=convert)
        for ch in '<script>%s</%s>after' % (content, element):
            r.feed(ch)
        r.close()
        print(repr(element), convert, merged(r.events) == merged(r.events), [e[0] for e in r.events], r.events[1][1] == content)
r = Recorder()
r.feed("<style>a</b></style ><script>x</script")
r.close()
print(r.events)
