# GENERATED from test/objects/programs_src/types_bytearray.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

T('bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2, 255]), bytearray("h\\xe9", "utf-8"), bytearray(range(3)), bytearray(memoryview(b"xy")), bytearray(x for x in b"gen")', lambda: (bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2, 255]), bytearray("h\xe9", "utf-8"), bytearray(range(3)), bytearray(memoryview(b"xy")), bytearray(x for x in b"gen")))
T('bytearray("abc")', lambda: (bytearray("abc")))
T('bytearray(5, "ascii")', lambda: (bytearray(5, "ascii")))
T('bytearray(-1)', lambda: (bytearray(-1)))
T('bytearray([256])', lambda: (bytearray([256])))
T('bytearray(["a"])', lambda: (bytearray(["a"])))
T('bytearray(1.5)', lambda: (bytearray(1.5)))
T('bytearray(None)', lambda: (bytearray(None)))
class BA(bytearray):
    pass
T('BA(b"xy"), repr(BA(b"q")), type(BA(b"ab") + b"c").__name__, type(BA(b"ab")[:1]).__name__, type(BA.fromhex("01")).__name__', lambda: (BA(b"xy"), repr(BA(b"q")), type(BA(b"ab") + b"c").__name__, type(BA(b"ab")[:1]).__name__, type(BA.fromhex("01")).__name__))
T('repr(bytearray(b"a\'b\\x00")), str(bytearray(b"x"))', lambda: (repr(bytearray(b"a'b\x00")), str(bytearray(b"x"))))
x = bytearray(b"hello")
T('x[0], x[-1], x[1:3], x[::-1], len(x), 104 in x, b"ll" in x', lambda: (x[0], x[-1], x[1:3], x[::-1], len(x), 104 in x, b"ll" in x))
T('x[10]', lambda: (x[10]))
T('x["a"]', lambda: (x["a"]))
def s1():
    y = bytearray(b"abcdef")
    y[0] = 65
    y[1:3] = b"XYZ"
    y[-1:] = [1, 2]
    return y
T('s1()', lambda: (s1()))
def s2():
    y = bytearray(b"abcdef")
    y[::2] = b"123"
    del y[1]
    del y[::2]
    return y
T('s2()', lambda: (s2()))
def s3():
    y = bytearray(b"abcdef")
    y[1:4] = bytearray(b"")
    y[0:0] = memoryview(b"mm")
    y[len(y):] = range(65, 68)
    return y
T('s3()', lambda: (s3()))
def s4():
    y = bytearray(b"abc")
    y[1:2] = y
    return y
T('s4()', lambda: (s4()))
def e1():
    y = bytearray(b"abc")
    y[0:2] = "xy"
T('e1()', lambda: (e1()))
def e2():
    y = bytearray(b"abc")
    y[::2] = b"xyz"
T('e2()', lambda: (e2()))
def e3():
    y = bytearray(b"abc")
    y[0] = 256
T('e3()', lambda: (e3()))
def e4():
    y = bytearray(b"abc")
    y[0] = b"a"
T('e4()', lambda: (e4()))
def e5():
    y = bytearray(b"abc")
    y[5] = 1
T('e5()', lambda: (e5()))
def e6():
    y = bytearray(b"abc")
    y[0:1] = 5
T('e6()', lambda: (e6()))
def e7():
    y = bytearray(b"abc")
    y[0:1] = [1, 300]
T('e7()', lambda: (e7()))
def e8():
    y = bytearray(b"abc")
    del y[5]
T('e8()', lambda: (e8()))
# methods
def m1():
    y = bytearray(b"ab")
    y.append(99)
    y.extend(b"de")
    y.extend([102, 103])
    y.extend(range(104, 106))
    y.insert(0, 48)
    y.insert(-1, 49)
    y.insert(100, 50)
    r = [y.pop(), y.pop(0), y.pop(-2)]
    y.remove(100)
    y.reverse()
    return y, r
T('m1()', lambda: (m1()))
T('bytearray(b"ab").append(300)', lambda: (bytearray(b"ab").append(300)))
T('bytearray(b"ab").append("a")', lambda: (bytearray(b"ab").append("a")))
T('bytearray(b"ab").extend("ab")', lambda: (bytearray(b"ab").extend("ab")))
T('bytearray(b"ab").extend(5)', lambda: (bytearray(b"ab").extend(5)))
T('bytearray(b"ab").extend([1, "a"])', lambda: (bytearray(b"ab").extend([1, "a"])))
T('bytearray().pop()', lambda: (bytearray().pop()))
T('bytearray(b"a").pop(5)', lambda: (bytearray(b"a").pop(5)))
T('bytearray(b"a").remove(5)', lambda: (bytearray(b"a").remove(5)))
T('bytearray(b"a").remove(300)', lambda: (bytearray(b"a").remove(300)))
T('bytearray(b"a").insert(0, 300)', lambda: (bytearray(b"a").insert(0, 300)))
def m2():
    y = bytearray(b"xyz")
    z = y.copy()
    y.clear()
    return y, z
T('m2()', lambda: (m2()))
def m3():
    y = bytearray(b"ab")
    y += b"cd"
    y += bytearray(b"e")
    y *= 2
    return y
T('m3()', lambda: (m3()))
def m4():
    y = bytearray(b"ab")
    y += "cd"
T('m4()', lambda: (m4()))
T('bytearray(b"ab") + "c"', lambda: (bytearray(b"ab") + "c"))
T('bytearray(b"ab") * 3, 2 * bytearray(b"x"), bytearray(b"ab") * 0', lambda: (bytearray(b"ab") * 3, 2 * bytearray(b"x"), bytearray(b"ab") * 0))
T('bytearray(b"a b c").split(), bytearray(b"abc").upper(), bytearray(b"  x ").strip(), bytearray(b"a,b").partition(b","), bytearray(b"-").join([b"a", b"b"]), bytearray(b"abc").replace(b"b", b"X")', lambda: (bytearray(b"a b c").split(), bytearray(b"abc").upper(), bytearray(b"  x ").strip(), bytearray(b"a,b").partition(b","), bytearray(b"-").join([b"a", b"b"]), bytearray(b"abc").replace(b"b", b"X")))
T('type(bytearray(b"abc").upper()).__name__, type(bytearray(b"a,b").split(b",")[0]).__name__, bytearray(b"abc").hex(":"), bytearray.fromhex("ff 00"), bytearray(b"abc").decode()', lambda: (type(bytearray(b"abc").upper()).__name__, type(bytearray(b"a,b").split(b",")[0]).__name__, bytearray(b"abc").hex(":"), bytearray.fromhex("ff 00"), bytearray(b"abc").decode()))
T('bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", bytearray(b"abc") == memoryview(b"abc"), bytearray(b"abc") != "abc", b"abc" == bytearray(b"abc")', lambda: (bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", bytearray(b"abc") == memoryview(b"abc"), bytearray(b"abc") != "abc", b"abc" == bytearray(b"abc")))
T('bytearray(b"abc") < "abc"', lambda: (bytearray(b"abc") < "abc"))
T('hash(bytearray())', lambda: (hash(bytearray())))
def bufex():
    y = bytearray(b"abc")
    m = memoryview(y)
    try:
        y.append(1)
    except BufferError as e:
        print("BufferError", e)
    y[0] = 65
    m[1] = 66
    m.release()
    y.append(68)
    return y
T('bufex()', lambda: (bufex()))
T('bytearray(b"abc").__alloc__() >= 4, bytearray().__alloc__()', lambda: (bytearray(b"abc").__alloc__() >= 4, bytearray().__alloc__()))
T('bytearray(b"abc").__reduce__(), bytearray(b"abc").__reduce_ex__(4)', lambda: (bytearray(b"abc").__reduce__(), bytearray(b"abc").__reduce_ex__(4)))
T('list(iter(bytearray(b"ab"))), type(iter(bytearray())).__name__', lambda: (list(iter(bytearray(b"ab"))), type(iter(bytearray())).__name__))
T('bytearray(b"%d-%s") % (5, b"x")', lambda: (bytearray(b"%d-%s") % (5, b"x")))
def init_again():
    y = bytearray(b"abc")
    y.__init__(b"xy")
    return y
T('init_again()', lambda: (init_again()))
def ext_empty():
    y = bytearray(b"abcdef")
    y[::2] = b""
    z = bytearray(b"abcdef")
    z[::-2] = []
    return y, z
T('ext_empty()', lambda: (ext_empty()))
T('bytearray(b"abc").__sizeof__(), bytearray().__alloc__(), bytearray(b"abc").__alloc__(), (1.5).__sizeof__(), (1j).__sizeof__(), range(3).__sizeof__()', lambda: (bytearray(b"abc").__sizeof__(), bytearray().__alloc__(), bytearray(b"abc").__alloc__(), (1.5).__sizeof__(), (1j).__sizeof__(), range(3).__sizeof__()))
