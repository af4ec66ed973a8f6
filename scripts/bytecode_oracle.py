"""Oracle for tspy's bytecode tools: compile files with python3 (one process, a fork per file) and
write, per file,
the marshalled code object, a structural JSON description of it, and python3's dis output.

usage: python3 scripts/bytecode_oracle.py OUTDIR [--no-dis] [--adaptive] FILE...
       (FILE may also be @LISTFILE: one path per line)

OUTDIR/index.json lists {"file", "key", "ok", "error"}; for each compiled file KEY.marshal,
KEY.json and (unless --no-dis) KEY.dis (dis.dis of the code object after a marshal round trip,
as for a .pyc) and KEY.disc (dis.dis of compile()'s code object, as `python3 -m dis FILE`) are
written. Description format (shared with
test/bytecode/describe.ts): ["None"], ["Ellipsis"], ["bool", b], ["int", "digits"],
["float", repr], ["complex", repr(real), repr(imag)], ["str", s], ["bytes", hex],
["tuple", ...], ["frozenset", ...] (set items sorted by their descriptions' compact JSON), ["code", {field: description}], ["list", ...],
["dict", [k, v]...], ["set", ...], ["StopIteration"].
"""
import dis
import io
import json
import marshal
import os
import sys
import types


def canonical_order(items):
    return sorted(items, key=lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":")))


def describe(v):
    if v is None:
        return ["None"]
    if v is Ellipsis:
        return ["Ellipsis"]
    if v is StopIteration:
        return ["StopIteration"]
    t = type(v)
    if t is bool:
        return ["bool", v]
    if t is int:
        return ["int", str(v)]
    if t is float:
        return ["float", repr(v)]
    if t is complex:
        return ["complex", repr(v.real), repr(v.imag)]
    if t is str:
        return ["str", v]
    if t is bytes:
        return ["bytes", v.hex()]
    if t is tuple:
        return ["tuple"] + [describe(x) for x in v]
    if t is frozenset:
        return ["frozenset"] + canonical_order([describe(x) for x in v])
    if t is list:
        return ["list"] + [describe(x) for x in v]
    if t is set:
        return ["set"] + canonical_order([describe(x) for x in v])
    if t is dict:
        return ["dict"] + [[describe(k), describe(x)] for k, x in v.items()]
    if t is types.CodeType:
        return ["code", {
            "argcount": v.co_argcount, "posonlyargcount": v.co_posonlyargcount,
            "kwonlyargcount": v.co_kwonlyargcount, "stacksize": v.co_stacksize, "flags": v.co_flags,
            "code": v.co_code.hex(), "consts": [describe(x) for x in v.co_consts],
            "names": list(v.co_names), "varnames": list(v.co_varnames),
            "cellvars": list(v.co_cellvars), "freevars": list(v.co_freevars), "nlocals": v.co_nlocals,
            "filename": v.co_filename, "name": v.co_name, "qualname": v.co_qualname,
            "firstlineno": v.co_firstlineno, "linetable": v.co_linetable.hex(),
            "exceptiontable": v.co_exceptiontable.hex(),
        }]
    raise TypeError(t)


def one(out, key, path, with_dis):
    try:
        with open(path, "rb") as f:
            source = f.read()
        code = compile(source, path, "exec", dont_inherit=True)
    except Exception as e:  # SyntaxError, ValueError (null bytes), ...
        with open(os.path.join(out, key + ".err"), "w") as f:
            f.write("%s: %s" % (type(e).__name__, e))
        return 0
    with open(os.path.join(out, key + ".marshal"), "wb") as f:
        f.write(marshal.dumps(code))
    with open(os.path.join(out, key + ".json"), "w") as f:
        json.dump(describe(code), f)
    if with_dis:
        # dis of the code object as a .pyc gives it back (marshal round trip): a frozenset
        # constant then has the order of one built from marshal's (sorted) item order
        buf = io.StringIO()
        dis.dis(marshal.loads(marshal.dumps(code)), file=buf)
        with open(os.path.join(out, key + ".dis"), "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(buf.getvalue())
        # and what `python3 -m dis FILE` prints: the code object as compile() made it
        buf = io.StringIO()
        dis.dis(code, file=buf)
        with open(os.path.join(out, key + ".disc"), "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(buf.getvalue())
    return 0


def main(argv):
    out = argv[0]
    args = argv[1:]
    with_dis = "--no-dis" not in args
    files = []
    for a in args:
        if a.startswith("--"):
            continue
        if a.startswith("@"):
            with open(a[1:]) as f:
                files.extend(line.strip() for line in f if line.strip())
        else:
            files.append(a)
    os.makedirs(out, exist_ok=True)
    index = []
    for i, path in enumerate(files):
        key = "%05d" % i
        entry = {"file": path, "key": key, "ok": False, "error": None}
        index.append(entry)
        # Each file is compiled in a forked child, so every file sees the same interpreter state
        # (which strings are interned decides marshal's type codes).
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = one(out, key, path, with_dis)
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        err = os.path.join(out, key + ".err")
        if os.path.exists(err):
            with open(err) as f:
                entry["error"] = f.read()
            os.unlink(err)
        elif status == 0:
            entry["ok"] = True
        else:
            entry["error"] = "child failed"
    with open(os.path.join(out, "index.json"), "w") as f:
        json.dump(index, f, indent=0)


if __name__ == "__main__":
    main(sys.argv[1:])
