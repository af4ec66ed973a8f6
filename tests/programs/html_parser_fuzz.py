# html.parser.HTMLParser on seeded random markup-like text: event streams (differential against CPython 3.11)
import hashlib
import random
from html.parser import HTMLParser

PIECES = ["<", ">", "/", "a", "b", "script", "style", "!--", "--", "-", "&amp;", "&#", "&#x", "41", "x", "=", "'", '"',
          " ", "\n", "\t", "<!", "<?", "?>", "]]>", "<![CDATA[", "&", ";", "p", "DOCTYPE", "</", "<a ", "<p>", "</p>",
          "<script>", "</script>", "<style>", "</ style >", "href", "&lt", "&notin", "é", "<!-- c -->", "<br/>", "[", "]",
          "<![if ", "<![endif]>"]


class Rec(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.ev = []

    def handle_starttag(self, tag, attrs):
        self.ev.append(("s", tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.ev.append(("e", tag, self.getpos()))

    def handle_data(self, data):
        self.ev.append(("d", data))

    def handle_comment(self, data):
        self.ev.append(("c", data))

    def handle_decl(self, data):
        self.ev.append(("decl", data))

    def handle_pi(self, data):
        self.ev.append(("pi", data))

    def unknown_decl(self, data):
        self.ev.append(("u", data))

    def handle_charref(self, name):
        self.ev.append(("cr", name))

    def handle_entityref(self, name):
        self.ev.append(("er", name))


rng = random.Random(20261124)
total = hashlib.sha256()
for n in range(250):
    doc = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 30)))
    results = []
    for convert in (True, False):
        for step in (0, 1, 5):
            p = Rec(convert_charrefs=convert)
            try:
                if step == 0:
                    p.feed(doc)
                else:
                    for k in range(0, len(doc), step):
                        p.feed(doc[k:k + step])
                p.close()
                results.append(repr(p.ev))
            except Exception as e:
                results.append("!%s: %s" % (type(e).__name__, e))
    digest = hashlib.sha256(repr(results).encode()).hexdigest()[:12]
    total.update(digest.encode())
    print(n, digest, repr(doc)[:60])
print(total.hexdigest())
