"""Generate scripts/libm-data/asin_asncs.txt and asin_inroot.txt: the tables of glibc's IBM asin/acos
(dbl-64 asincos.tbl: 2568 doubles; root.tbl: inroot[128]), read from this machine's libm.so.6
(the numbers are the same as in glibc's source files; the library holds one copy per ifunc variant,
which must all agree). The anchors are the tables' first entries as written in glibc's sources.
Usage: python3 scripts/gen-libm-asin-table.py [path/to/libm.so.6]"""
import struct
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "/lib/x86_64-linux-gnu/libm.so.6"
data = open(path, "rb").read()


def bits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def find_all(pat):
    out, i = [], data.find(pat)
    while i >= 0:
        out.append(i)
        i = data.find(pat, i + 1)
    return out


def extract(anchor, count):
    offs = find_all(struct.pack("<%dd" % len(anchor), *anchor))
    assert offs, "table not found"
    copies = {data[o:o + 8 * count] for o in offs}
    assert len(copies) == 1, "copies differ"
    return struct.unpack("<%dd" % count, copies.pop())


def write(name, vals, per_line, comment):
    with open("scripts/libm-data/" + name, "w") as f:
        f.write("# " + comment + "\n")
        for i in range(0, len(vals), per_line):
            f.write(" ".join("%016X" % struct.unpack("<Q", struct.pack("<d", v))[0] for v in vals[i:i + per_line]) + "\n")


asncs = extract([bits("3FC0400000000000"), bits("3FF0216988994424"), bits("3FB0A6A2B799B115"),
                 bits("3FC6EF15D57409A0")], 2568)
assert "%016X" % struct.unpack("<Q", struct.pack("<d", asncs[11]))[0] == "3FC0C00000000000"
write("asin_asncs.txt", asncs, 8, "glibc asincos.tbl asncs.x[2568] (IBM asin/acos), IEEE bit patterns, 8 per line")
inroot = extract([1.40872145012100, 1.39792649065766, 1.38737595123859, 1.37706074531819], 128)
assert inroot[20] == 1.23076923076923 and inroot[127] == 0.70849190843208
write("asin_inroot.txt", inroot, 8, "glibc root.tbl inroot[128] (IBM asin/acos near 1), IEEE bit patterns")
print("ok")
