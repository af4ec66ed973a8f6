"""Oracle for scripts/libm-compare.ts: glibc libm results for fixed random inputs.

Usage: python3 scripts/libm_oracle.py OUTDIR N [SEED]

For each function writes OUTDIR/<name>.bin: N input doubles x, (for 2-argument functions N more
doubles y), then N result doubles, all little-endian. The results come from the C library itself
(ctypes on libm.so.6, the same symbols CPython's math module calls, including glibc's ifunc
choice of the FMA variants), so nan/inf results are recorded instead of raising.
Everything runs in this one process.
"""
import array
import ctypes
import ctypes.util
import math
import os
import random
import struct
import sys

ONE = ("exp", "exp2", "log", "log2", "sin", "cos", "tan", "asin", "acos", "atan")
TWO = ("pow", "atan2")

SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, -0.5, 2.0, 5e-324, -5e-324,
           2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308,
           math.pi, -math.pi, math.pi / 2, math.pi / 4, 709.782712893384, 709.7827128933841,
           -745.1332191019411, -745.1332191019412, 1024.0, -1074.0, -1075.0, 1e22, 1e300]


def loguni(r, lo, hi):
    return 10.0 ** r.uniform(lo, hi)


def anybits(r):
    while True:
        v = struct.unpack("<d", struct.pack("<Q", r.getrandbits(64)))[0]
        if v == v:
            return v


def signed(r, v):
    return -v if r.random() < 0.5 else v


def gen1(name, n, r):
    """Input mix per function: a share of each range (the ranges the brief lists)."""
    out = list(SPECIAL)
    if name in ("sin", "cos", "tan"):
        parts = [
            lambda: signed(r, loguni(r, -300, -5)),
            lambda: r.uniform(-1, 1),
            lambda: r.uniform(-10, 10),
            lambda: r.uniform(-1e3, 1e3),
            lambda: signed(r, loguni(r, 3, 22)),
            lambda: signed(r, loguni(r, 22, 308)),
            lambda: float(r.randint(-10**6, 10**6)),
            lambda: float(r.randint(-10**15, 10**15)),
            lambda: r.uniform(-10, 10),
            lambda: r.uniform(-1e5, 1e5),
        ]
    elif name in ("exp",):
        parts = [
            lambda: signed(r, loguni(r, -300, -5)),
            lambda: r.uniform(-1, 1),
            lambda: r.uniform(-10, 10),
            lambda: r.uniform(-745.2, 709.8),
            lambda: float(r.randint(-750, 710)),
            lambda: r.uniform(-1e-3, 1e-3),
            lambda: r.uniform(-708.5, -745.2),
            lambda: r.uniform(-100, 100),
        ]
    elif name in ("exp2",):
        parts = [
            lambda: signed(r, loguni(r, -300, -5)),
            lambda: r.uniform(-1, 1),
            lambda: r.uniform(-10, 10),
            lambda: r.uniform(-1076, 1025),
            lambda: float(r.randint(-1080, 1030)) + r.choice((0.0, 0.5, 0.25)),
            lambda: r.uniform(-1022, -1075),
            lambda: r.uniform(-100, 100),
        ]
    elif name in ("log", "log2"):
        parts = [
            lambda: loguni(r, -307, 308),
            lambda: r.uniform(0.5, 2),
            lambda: r.uniform(0.9, 1.1),
            lambda: 1.0 + r.uniform(-1e-6, 1e-6),
            lambda: r.uniform(0, 1e-310),
            lambda: float(r.randint(1, 10**6)),
            lambda: r.uniform(0, 1000),
            lambda: abs(anybits(r)),
        ]
    elif name in ("asin", "acos"):
        parts = [
            lambda: signed(r, loguni(r, -300, -5)),
            lambda: r.uniform(-1, 1),
            lambda: r.uniform(-0.5, 0.5),
            lambda: signed(r, 1 - loguni(r, -16, -1)),
            lambda: signed(r, r.uniform(0.9, 1.0)),
            lambda: signed(r, r.uniform(0.125, 0.75)),
        ]
    elif name == "atan":
        parts = [
            lambda: signed(r, loguni(r, -300, -5)),
            lambda: r.uniform(-1, 1),
            lambda: r.uniform(-10, 10),
            lambda: r.uniform(-1e3, 1e3),
            lambda: signed(r, loguni(r, -5, 20)),
            lambda: anybits(r),
        ]
    else:
        raise ValueError(name)
    while len(out) < n:
        out.append(parts[len(out) % len(parts)]())
    return out[:n]


def gen2(name, n, r):
    xs, ys = [], []
    sp = SPECIAL
    for a in sp:
        for b in sp:
            xs.append(a)
            ys.append(b)
    if name == "pow":
        parts = [
            lambda: (loguni(r, -3, 3), r.uniform(-10, 10)),
            lambda: (r.uniform(0, 2), r.uniform(-100, 100)),
            lambda: (loguni(r, -300, 300), r.uniform(-1, 1)),
            lambda: (1 + r.uniform(-1e-3, 1e-3), signed(r, loguni(r, 0, 6))),
            lambda: (float(r.randint(-100, 100)), float(r.randint(-60, 60))),
            lambda: (r.uniform(-10, 10), float(r.randint(-30, 30))),
            lambda: (r.uniform(0, 10), r.uniform(-300, 300)),
            lambda: (loguni(r, -310, 308), r.uniform(-2, 2)),
            lambda: (r.uniform(0.5, 2), r.choice((0.5, 1.5, 2.5, -0.5, 3.0, 1 / 3))),
        ]
    else:  # atan2
        parts = [
            lambda: (r.uniform(-1, 1), r.uniform(-1, 1)),
            lambda: (r.uniform(-10, 10), r.uniform(-10, 10)),
            lambda: (signed(r, loguni(r, -300, 300)), signed(r, loguni(r, -300, 300))),
            lambda: (signed(r, loguni(r, -5, 5)), signed(r, loguni(r, -5, 5))),
            lambda: (float(r.randint(-1000, 1000)), float(r.randint(-1000, 1000))),
            lambda: (anybits(r), anybits(r)),
        ]
    while len(xs) < n:
        a, b = parts[len(xs) % len(parts)]()
        xs.append(a)
        ys.append(b)
    return xs[:n], ys[:n]


def main():
    outdir = sys.argv[1]
    n = int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    only = sys.argv[4].split(",") if len(sys.argv) > 4 else None
    os.makedirs(outdir, exist_ok=True)
    libm = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
    for name in ONE + TWO:
        if only and name not in only:
            continue
        r = random.Random(f"{seed}:{name}")
        f = getattr(libm, name)
        f.restype = ctypes.c_double
        if name in TWO:
            f.argtypes = (ctypes.c_double, ctypes.c_double)
            xs, ys = gen2(name, n, r)
            res = [f(a, b) for a, b in zip(xs, ys)]
            data = array.array("d", xs) + array.array("d", ys) + array.array("d", res)
        else:
            f.argtypes = (ctypes.c_double,)
            xs = gen1(name, n, r)
            res = [f(a) for a in xs]
            data = array.array("d", xs) + array.array("d", res)
        if sys.byteorder != "little":
            data.byteswap()
        with open(os.path.join(outdir, name + ".bin"), "wb") as fh:
            data.tofile(fh)


main()
