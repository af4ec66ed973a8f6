# GENERATED from test/objects/programs_src/types_memoryview.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

m = memoryview(b"abcdef")
T('m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), len(m), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.contiguous', lambda: (m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), len(m), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.contiguous))
T('m[::2].strides, m[::2].c_contiguous, m[::-1].tobytes(), m[1:1].tobytes()', lambda: (m[::2].strides, m[::2].c_contiguous, m[::-1].tobytes(), m[1:1].tobytes()))
T('m.obj is not None, m.tolist(), m.tobytes(), m.hex(), m.hex(":"), bytes(m), list(m), m.toreadonly().readonly', lambda: (m.obj is not None, m.tolist(), m.tobytes(), m.hex(), m.hex(":"), bytes(m), list(m), m.toreadonly().readonly))
T('m[6]', lambda: (m[6]))
T('m[-7]', lambda: (m[-7]))
T('m["x"]', lambda: (m["x"]))
T('memoryview("abc")', lambda: (memoryview("abc")))
T('memoryview(5)', lambda: (memoryview(5)))
mw = memoryview(bytearray(b"xyz"))
def w1():
    mw[0] = 65
    mw[1:3] = b"BC"
    return mw.tobytes(), mw.obj
T('w1()', lambda: (w1()))
def w2():
    mw[0] = 256
T('w2()', lambda: (w2()))
def w3():
    mw[0] = b"a"
T('w3()', lambda: (w3()))
def w4():
    mw[0:2] = b"abc"
T('w4()', lambda: (w4()))
def w5():
    m[0] = 1
T('w5()', lambda: (w5()))
def w6():
    del mw[0]
T('w6()', lambda: (w6()))
T('m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m != b"x", m == "abcdef", m[::2] == b"ace"', lambda: (m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m != b"x", m == "abcdef", m[::2] == b"ace"))
T('m < m', lambda: (m < m))
T('hash(m) == hash(b"abcdef")', lambda: (hash(m) == hash(b"abcdef")))
T('hash(memoryview(bytearray(b"a")))', lambda: (hash(memoryview(bytearray(b"a")))))
c = memoryview(bytearray(b"\x01\x00\x00\x00\xff\xff\xff\xff")).cast("i")
T('c.tolist(), c.format, c.itemsize, len(c), c.nbytes, c[1], c.cast("B").tolist()[:2]', lambda: (c.tolist(), c.format, c.itemsize, len(c), c.nbytes, c[1], c.cast("B").tolist()[:2]))
def c1():
    c[0] = -5
    return c.tolist()
T('c1()', lambda: (c1()))
def c2():
    c[0] = 2**31
T('c2()', lambda: (c2()))
def c3():
    c[0] = 1.5
T('c3()', lambda: (c3()))
T('memoryview(b"abc").cast("i")', lambda: (memoryview(b"abc").cast("i")))
T('memoryview(b"abcd").cast("i").cast("h")', lambda: (memoryview(b"abcd").cast("i").cast("h")))
T('memoryview(b"abcd").cast("x")', lambda: (memoryview(b"abcd").cast("x")))
T('memoryview(b"abcd")[::2].cast("B")', lambda: (memoryview(b"abcd")[::2].cast("B")))
T('memoryview(b"\\x00\\x00\\x80\\x3f\\x00\\x00\\x00\\x40").cast("f").tolist()', lambda: (memoryview(b"\x00\x00\x80\x3f\x00\x00\x00\x40").cast("f").tolist()))
T('memoryview(b"\\x00" * 8 + b"\\xf0\\x3f" + b"\\x00" * 6).cast("d").tolist()', lambda: (memoryview(b"\x00" * 8 + b"\xf0\x3f" + b"\x00" * 6).cast("d").tolist()))
T('memoryview(b"ab").cast("c").tolist(), memoryview(b"\\x01\\x00").cast("?").tolist(), memoryview(b"\\xff\\x01").cast("b").tolist(), memoryview(b"\\xff\\xff\\x01\\x00").cast("H").tolist(), memoryview(b"\\xff" * 8).cast("q").tolist(), memoryview(b"\\xff" * 8).cast("Q").tolist()', lambda: (memoryview(b"ab").cast("c").tolist(), memoryview(b"\x01\x00").cast("?").tolist(), memoryview(b"\xff\x01").cast("b").tolist(), memoryview(b"\xff\xff\x01\x00").cast("H").tolist(), memoryview(b"\xff" * 8).cast("q").tolist(), memoryview(b"\xff" * 8).cast("Q").tolist()))
T('memoryview(b"abcd").cast("B", [4]).tolist(), memoryview(b"abcd").cast("i", []).tolist()', lambda: (memoryview(b"abcd").cast("B", [4]).tolist(), memoryview(b"abcd").cast("i", []).tolist()))
T('memoryview(b"abcd").cast("B", [3])', lambda: (memoryview(b"abcd").cast("B", [3])))
def rel():
    r = memoryview(b"abc")
    r.release()
    r.release()
    try:
        r[0]
    except ValueError as e:
        print("ValueError", e)
    try:
        len(r)
    except ValueError as e:
        print("ValueError", e)
    return "released" in repr(r)
T('rel()', lambda: (rel()))
def ctx():
    ba = bytearray(b"ab")
    with memoryview(ba) as mm:
        mm[0] = 120
    ba.append(99)
    return ba
T('ctx()', lambda: (ctx()))
def nested():
    ba = bytearray(b"abcd")
    m1 = memoryview(ba)
    m2 = m1[1:3]
    m1.release()
    try:
        ba.append(1)
    except BufferError as e:
        print("BufferError", e)
    m2.release()
    ba.append(1)
    return ba, len(ba)
T('nested()', lambda: (nested()))
T('type(iter(memoryview(b"ab"))).__name__, list(iter(memoryview(b"ab")))', lambda: (type(iter(memoryview(b"ab"))).__name__, list(iter(memoryview(b"ab")))))
T('memoryview(b"ab").tobytes(order="F"), memoryview(b"ab").tobytes(None)', lambda: (memoryview(b"ab").tobytes(order="F"), memoryview(b"ab").tobytes(None)))
T('memoryview(b"ab").tobytes(order="X")', lambda: (memoryview(b"ab").tobytes(order="X")))
T('str(memoryview(b"abc").hex(b"-", 1))', lambda: (str(memoryview(b"abc").hex(b"-", 1))))
