"""The ElementPath subset of XPath used by Element.find/findall/findtext/iterfind (tspy).

A path is split into (op, name) tokens, then compiled into a list of step functions; each step
maps an iterator of context elements to an iterator of selected elements. Compiled paths are
cached per (path, namespace map).
"""
import re

# op tokens: quoted strings, '::', '/', '//', '..', '()', '!=', single punctuation;
# name tokens: an optional {uri} then anything up to punctuation or space
_TOKEN = re.compile(
    r"""('[^']*'|"[^"]*"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+""")
_INDEX = re.compile(r"-?\d+$")


def _tokens(path, namespaces, spaces=False):
    default_uri = namespaces.get("") if namespaces else None
    in_attr = False
    for m in _TOKEN.finditer(path):
        op, name = m.group(1), m.group(2)
        if op is None and name is None:
            if spaces:
                yield "", ""
            continue
        op = op or ""
        name = name or ""
        if name and name[0] != "{":
            if ":" in name and namespaces:
                prefix, local = name.split(":", 1)
                if prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix)
                name = "{%s}%s" % (namespaces[prefix], local)
            elif default_uri and not in_attr and ":" not in name:
                name = "{%s}%s" % (default_uri, name)
        yield op, name
        in_attr = op == "@"


def xpath_tokenizer(pattern, namespaces=None):
    """The (op, name) tokens of a path, prefixes resolved through `namespaces`."""
    return _tokens(pattern, namespaces, True)


class _Context:
    __slots__ = ("root", "_parents")

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parent_of(self, elem):
        if self._parents is None:
            table = {}
            for p in self.root.iter():
                for c in p:
                    table[c] = p
            self._parents = table
        return self._parents.get(elem)


def _tag_test(tag):
    """A predicate on element tags for a name step (handles '*' and '{*}'/'{}' wildcards)."""
    if tag == "*":
        return None
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        local = tag[3:]
        tail = "}" + local
        return lambda t: isinstance(t, str) and (t == local or t.endswith(tail))
    if tag[:2] == "{}":
        plain = tag[2:]
        return lambda t: t == plain
    if tag[-2:] == "}*":
        head = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(head)
    return lambda t: t == tag


def _children_step(tag):
    test = _tag_test(tag)
    if test is None:
        def step(ctx, elems):
            for e in elems:
                yield from e
        return step

    def step(ctx, elems):
        for e in elems:
            for c in e:
                if test(c.tag):
                    yield c
    return step


def _descendants_step(tag):
    test = _tag_test(tag)

    def step(ctx, elems):
        for e in elems:
            for d in e.iter():
                if d is not e and (test is None or test(d.tag)):
                    yield d
    return step


def _self_step(ctx, elems):
    yield from elems


def _parent_step(ctx, elems):
    seen = set()
    for e in elems:
        p = ctx.parent_of(e)
        if p is not None and p not in seen:
            seen.add(p)
            yield p


def _filter(keep):
    def step(ctx, elems):
        for e in elems:
            if keep(e):
                yield e
    return step


def _text_of(e):
    return "".join(e.itertext())


def _predicate(parts):
    sig = ""
    for op, name in parts:
        if op:
            sig += "'" if op[0] in "'\"" else op
        else:
            sig += "-"
    if sig == "@-":
        key = parts[1][1]
        return _filter(lambda e: e.get(key) is not None)
    if sig in ("@-='", "@-!='"):
        key = parts[1][1]
        value = parts[-1][0][1:-1]
        if sig == "@-='":
            return _filter(lambda e: e.get(key) == value)
        return _filter(lambda e: e.get(key) is not None and e.get(key) != value)
    if sig == "-" and not _INDEX.match(parts[0][1]):
        tag = parts[0][1]
        return _filter(lambda e: e.find(tag) is not None)
    if sig in ("-='", "-!='", ".='", ".!='"):
        value = parts[-1][0][1:-1]
        same = "!" not in sig
        if sig[0] == ".":
            return _filter(lambda e: (_text_of(e) == value) == same)
        tag = parts[0][1]
        if same:
            return _filter(lambda e: any(_text_of(c) == value for c in e.iterfind(tag)))
        return _filter(lambda e: any(_text_of(c) != value for c in e.iterfind(tag)))
    if sig in ("-", "-()", "-()-"):
        if sig == "-":
            index = int(parts[0][1]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if parts[0][1] != "last":
                raise SyntaxError("unsupported function")
            if sig == "-()-":
                try:
                    index = int(parts[2][1]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def step(ctx, elems):
            for e in elems:
                parent = ctx.parent_of(e)
                if parent is None:
                    continue
                same = [c for c in parent if c.tag == e.tag]
                try:
                    if same[index] is e:
                        yield e
                except IndexError:
                    pass
        return step
    raise SyntaxError("invalid predicate")


def _compile(path, namespaces):
    toks = list(_tokens(path, namespaces))
    steps = []
    if not toks:
        return None
    if toks[0][0][:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    i = 0
    n = len(toks)
    while True:
        op, name = toks[i]
        i += 1
        if op == "" and name:
            steps.append(_children_step(name))
        elif op == "*":
            steps.append(_children_step("*"))
        elif op == ".":
            steps.append(_self_step)
        elif op == "..":
            steps.append(_parent_step)
        elif op == "//":
            if i >= n:
                steps.append(_descendants_step("*"))
            else:
                nop, nname = toks[i]
                i += 1
                if nop == "*":
                    steps.append(_descendants_step("*"))
                elif nop == "" and nname:
                    steps.append(_descendants_step(nname))
                else:
                    raise SyntaxError("invalid descendant")
        elif op == "[":
            parts = []
            while True:
                if i >= n:
                    raise SyntaxError("invalid predicate")
                tok = toks[i]
                i += 1
                if tok[0] == "]":
                    break
                if tok[0] == "" and not tok[1]:
                    continue
                parts.append(tok)
            steps.append(_predicate(parts))
        else:
            raise SyntaxError("invalid path")
        if i >= n:
            break
        if toks[i][0] == "/":
            i += 1
            if i >= n:
                steps.append(_children_step("*"))
                break
        elif toks[i][0] == "//":
            if i + 1 >= n:
                steps.append(_descendants_step("*"))
                break
        elif toks[i][0] != "[":
            raise SyntaxError("invalid path")
    return steps


_cache = {}


def _steps(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    steps = _cache.get(key)
    if steps is None:
        if len(_cache) > 100:
            _cache.clear()
        steps = _compile(path, namespaces)
        _cache[key] = steps
    return steps


def iterfind(elem, path, namespaces=None):
    steps = _steps(path, namespaces)
    if steps is None:
        return iter(())
    ctx = _Context(elem)
    result = iter((elem,))
    for step in steps:
        result = step(ctx, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        found = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    text = found.text
    return "" if text is None else text
