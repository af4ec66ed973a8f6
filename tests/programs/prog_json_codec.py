# A small JSON encoder/decoder written by hand, compared against expectations
class JSONError(ValueError):
    pass
def encode(obj, indent=None, _level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise JSONError(f"cannot encode {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else "".join(f"\\u{s:04x}" for s in divmod(ord(ch) - 0x10000, 0x400)))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + pad + (sep + pad).join(encode(x, indent, _level + 1) for x in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise JSONError(f"keys must be str, not {type(k).__name__}")
            items.append(encode(k) + ": " + encode(v, indent, _level + 1))
        return "{" + pad + (sep + pad).join(items) + end + "}"
    raise JSONError(f"Object of type {type(obj).__name__} is not JSON serializable")
class Decoder:
    def __init__(self, text):
        self.s, self.i = text, 0
    def error(self, msg):
        raise JSONError(f"{msg} at char {self.i}")
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("unexpected end")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def number(self):
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        text = self.s[self.i:j]
        if not text:
            self.error("expected value")
        self.i = j
        return float(text) if any(c in text for c in ".eE") else int(text)
    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                self.error("unterminated string")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                e = self.s[self.i + 1]
                if e == "u":
                    out.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}.get(e, e))
                self.i += 2
                continue
            out.append(c)
            self.i += 1
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                self.error("expected , or ]")
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                self.error("expected :")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                self.error("expected , or }")
def decode(text):
    d = Decoder(text)
    v = d.value()
    d.ws()
    if d.i != len(text):
        d.error("extra data")
    return v
doc = {"name": "tspy", "version": [3, 11], "ok": True, "none": None, "pi": 3.14, "text": 'quote " and \\ and\nnewline', "nested": {"a": [], "b": {}, "c": [{"d": -1e-5}]}, "uni": "é€"}
s = encode(doc)
print(s)
print(decode(s) == doc)
print(encode(doc["nested"], indent=2))
for bad in ['{"a": }', '[1, 2', '{"a" 1}', '"unterminated', '[1] x', '']:
    try:
        decode(bad)
    except JSONError as e:
        print(repr(bad), "->", e)
for bad in [{1: 2}, float("nan"), object(), {"s": {1, 2}}]:
    try:
        encode(bad)
    except JSONError as e:
        print(type(e).__name__, e)
