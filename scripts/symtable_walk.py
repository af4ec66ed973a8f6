"""A symtable walk over source files, run by python3 and by tspy (scripts/symtable-walk.mjs
compares the two): for each file, one line "path sha1 sha1-sorted" where the hash covers every
table's type, name, line, identifiers, Function/Class lists and every Symbol predicate (the second
with each table's lines sorted: equal up to the order of names), or
"path ERROR <exception type>: <message>". Usage: python3 scripts/symtable_walk.py FILE...
"""
import hashlib
import symtable
import sys


def walk(table, out, unordered):
    mark = len(out)
    out.append("%s %s %s %s %s %s" % (table.get_type(), table.get_name(), table.get_lineno(),
                                      table.is_optimized(), table.is_nested(), table.has_children()))
    seq = sorted if unordered else list
    out.append(repr(seq(table.get_identifiers())))
    if isinstance(table, symtable.Function):
        out.append(repr([table.get_parameters(), seq(table.get_locals()), seq(table.get_globals()),
                         seq(table.get_nonlocals()), seq(table.get_frees())]))
    if isinstance(table, symtable.Class):
        out.append(repr(seq(table.get_methods())))
    for sym in table.get_symbols():
        bits = (sym.is_referenced(), sym.is_imported(), sym.is_parameter(), sym.is_global(),
                sym.is_declared_global(), sym.is_local(), sym.is_annotated(), sym.is_free(),
                sym.is_assigned(), sym.is_namespace(), sym.is_nonlocal())
        out.append(sym.get_name() + " " + "".join("1" if b else "0" for b in bits) + " "
                   + " ".join(t.get_name() for t in sym.get_namespaces()))
    if unordered:
        out[mark:] = sorted(out[mark:])
    for child in table.get_children():
        walk(child, out, unordered)


for path in sys.argv[1:]:
    try:
        with open(path, "rb") as f:
            source = f.read()
        top = symtable.symtable(source, path, "exec")
        digests = []
        for unordered in (False, True):
            out = []
            walk(top, out, unordered)
            digests.append(hashlib.sha1("\n".join(out).encode("utf-8", "surrogatepass")).hexdigest())
        print(path, *digests)
    except Exception as e:
        print(path, "ERROR", type(e).__name__ + ":", e)
