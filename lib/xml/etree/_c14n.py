"""Canonical XML 2.0 (C14N 2.0) for xml.etree.ElementTree (tspy).

C14NWriterTarget is a parser target: it receives start_ns/start/data/end/comment/pi events
(names in "{uri}local" form) and writes the canonical form: no declaration or DTD, start/end
pairs for empty elements, namespace declarations only where a prefix is first used (sorted,
default first), attributes sorted by namespace URI then name, C14N escaping.

Stacks, one entry per open element (plus a document-level entry):
  _in_scope   namespace declarations the input made on that element: [(uri, prefix)]
  _declared   declarations written on that element's start tag: [(uri, prefix)]
  _names      the qualified name written for the element (reused for its end tag)
  _keep_space xml:space="preserve" in effect (only matters with strip_text)
"""
import io

_XML_NS = "http://www.w3.org/XML/1998/namespace"


def _text_c14n(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#xD;")
    return text


def _attr_c14n(value):
    for old, new in (("&", "&amp;"), ("<", "&lt;"), ('"', "&quot;"), ("\t", "&#x9;"),
                     ("\n", "&#xA;"), ("\r", "&#xD;")):
        if old in value:
            value = value.replace(old, new)
    return value


def _split(clark):
    if clark[:1] == "{":
        uri, _, local = clark[1:].rpartition("}")
        return uri, local
    return "", clark


class C14NWriterTarget:
    def __init__(self, write, *, with_comments=False, strip_text=False, rewrite_prefixes=False,
                 qname_aware_tags=None, qname_aware_attrs=None, exclude_attrs=None,
                 exclude_tags=None):
        self._write = write
        self._comments = with_comments
        self._strip = strip_text
        self._rewrite = rewrite_prefixes
        self._qtags = set(qname_aware_tags) if qname_aware_tags else None
        self._qattrs = set(qname_aware_attrs) if qname_aware_attrs else None
        self._drop_attrs = set(exclude_attrs) if exclude_attrs else None
        self._drop_tags = set(exclude_tags) if exclude_tags else None
        self._in_scope = [[(_XML_NS, "xml")]]
        self._declared = [[(_XML_NS, "xml")]]
        self._names = []
        self._keep_space = [False]
        self._new_ns = []
        self._chars = []
        self._deferred = None      # start tag waiting for its QName text content
        self._skipping = 0         # depth inside an excluded element
        self._stage = 0            # 0 before the root, 1 inside, 2 after
        self._renamed = {}         # uri -> n0, n1... (rewrite_prefixes)

    # ---- prefixes ----
    def _lookup(self, frames, uri, hidden):
        """Innermost prefix bound to uri in frames that no inner binding hides; the prefixes
        passed over are added to `hidden`."""
        for frame in reversed(frames):
            for u, prefix in reversed(frame):
                if prefix in hidden:
                    continue
                if u == uri:
                    return prefix
                hidden.add(prefix)
        return None

    def _qualify(self, clark):
        """The prefixed name to write for a "{uri}local" name, declaring its prefix if needed."""
        uri, local = _split(clark)
        if uri == _XML_NS:
            return "xml:" + local
        hidden = set()
        prefix = self._lookup(self._declared, uri, hidden)
        if prefix is None:
            if self._rewrite:
                prefix = self._renamed.get(uri)
                if prefix is None:
                    prefix = self._renamed[uri] = "n%d" % len(self._renamed)
            elif not uri and "" not in hidden:
                return local
            else:
                prefix = self._lookup(self._in_scope, uri, set())
                if prefix is None:
                    if not uri:
                        return local
                    raise ValueError('Namespace "%s" is not declared in scope' % uri)
            self._declared[-1].append((uri, prefix))
        return prefix + ":" + local if prefix else local

    def _resolve_text_qname(self, text):
        prefix, sep, local = text.partition(":")
        if not sep:
            prefix, local = "", text
        uri = None
        for frame in reversed(self._in_scope):
            for u, p in reversed(frame):
                if p == prefix:
                    uri = u
                    break
            if uri is not None:
                break
        if uri is None:
            if not prefix:
                return local
            raise ValueError('Prefix %s of QName "%s" is not declared in scope' % (prefix, text))
        return "{%s}%s" % (uri, local)

    # ---- events ----
    def start_ns(self, prefix, uri):
        if not self._skipping:
            self._new_ns.append((uri, prefix))

    def end_ns(self, prefix):
        pass

    def data(self, data):
        if not self._skipping:
            self._chars.append(data)

    def _flush(self):
        text = "".join(self._chars)
        self._chars = []
        if self._strip and not self._keep_space[-1]:
            text = text.strip()
        if self._deferred is not None:
            tag, attrs = self._deferred
            self._deferred = None
            self._open(tag, attrs, text)
            return
        if text and self._stage == 1:
            self._write(_text_c14n(text))

    def start(self, tag, attrs):
        if self._skipping or (self._drop_tags is not None and tag in self._drop_tags):
            self._skipping += 1
            self._new_ns = []
            return
        if self._chars or self._deferred is not None:
            self._flush()
        self._in_scope.append(self._new_ns)
        self._new_ns = []
        self._declared.append([])
        if self._qtags is not None and tag in self._qtags:
            self._deferred = (tag, attrs)
        else:
            self._open(tag, attrs, None)

    def _open(self, tag, attrs, qtext):
        if self._drop_attrs is not None and attrs:
            attrs = {k: v for k, v in attrs.items() if k not in self._drop_attrs}
        values = dict(attrs)
        used = {tag}
        used.update(attrs)
        if self._qattrs is not None:
            for key, value in attrs.items():
                if key in self._qattrs and value:
                    values[key] = resolved = self._resolve_text_qname(value)
                    used.add(resolved)
        if qtext is not None:
            qtext = self._resolve_text_qname(qtext)
            used.add(qtext)
        written = {}
        for clark in sorted(used, key=lambda n: n.split("}", 1)):
            written[clark] = self._qualify(clark)
        decls = sorted(("xmlns:" + p if p else "xmlns", u) for u, p in self._declared[-1])
        self._write("<" + written[tag])
        parts = []
        for name, uri in decls:
            parts.append(' %s="%s"' % (name, _attr_c14n(uri)))
        for key in sorted(attrs):
            uri, local = _split(key)
            value = values[key]
            if self._qattrs is not None and key in self._qattrs and value:
                value = written[value]
            parts.append(' %s="%s"' % (written[key] if uri else local, _attr_c14n(value)))
        if parts:
            self._write("".join(parts))
        self._write(">")
        if qtext is not None:
            self._write(_text_c14n(written[qtext]))
        space = attrs.get("{%s}space" % _XML_NS)
        self._keep_space.append(space == "preserve" if space else self._keep_space[-1])
        self._names.append(written[tag])
        self._stage = 1

    def end(self, tag):
        if self._skipping:
            self._skipping -= 1
            return
        if self._chars or self._deferred is not None:
            self._flush()
        self._write("</%s>" % self._names.pop())
        self._keep_space.pop()
        self._declared.pop()
        self._in_scope.pop()
        if not self._names:
            self._stage = 2

    def comment(self, text):
        if not self._comments or self._skipping:
            return
        self._single("<!--%s-->" % _text_c14n(text))

    def pi(self, target, data):
        if self._skipping:
            return
        self._single("<?%s %s?>" % (target, _text_c14n(data)) if data else "<?%s?>" % target)

    def _single(self, markup):
        if self._chars or self._deferred is not None:
            self._flush()
        if self._stage == 2:
            self._write("\n")
        self._write(markup)
        if self._stage == 0:
            self._write("\n")

    def close(self):
        if self._chars or self._deferred is not None:
            self._flush()
        return None


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """Canonical XML 2.0 of a document given as text (xml_data) or a file (from_file); written to
    `out` (something with .write) or returned as a string."""
    if xml_data is None and from_file is None:
        raise ValueError("Either 'xml_data' or 'from_file' must be provided as input")
    from xml.etree.ElementTree import XMLParser, parse
    collected = None
    if out is None:
        collected = out = io.StringIO()
    parser = XMLParser(target=C14NWriterTarget(out.write, **options))
    if xml_data is not None:
        parser.feed(xml_data)
        parser.close()
    else:
        parse(from_file, parser=parser)
    return collected.getvalue() if collected is not None else None
