b = b"Hello, World"
print(b[0], b[-1], b[:5], b[::-1], b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.hex(), b.hex(":"), bytes.fromhex("48 65 6c"), b.startswith(b"He"), b.decode(), list(b[:3]), b"%s=%d" % (b"k", 5), b"x" * 3, b + b"!")
print(bytes(range(5)), bytes([255]), bytes(b"abc"), bytes("é", "utf-8"), bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
ba = bytearray(b"abc"); ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"; del ba[1]; ba.insert(0, 48)
print(ba, len(ba), ba.pop(), ba.remove(100), ba, bytes(ba), ba.decode(), ba.hex())
print(bytearray(3), bytearray("xyz", "ascii"), bytearray([1, 2]) == b"\x01\x02", bytearray(b"ab") + b"cd", type(bytearray(b"a") + b"b").__name__)
for bad in [lambda: bytes([256]), lambda: bytearray(b"a").append(300), lambda: b"a" + "b", lambda: bytes("x"), lambda: b"abc"[5], lambda: bytearray(b"")[0], lambda: b"a".decode("nope"), lambda: bytes.fromhex("zz")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(b"  x  ".strip(), b"a,b".partition(b","), b"abc".center(7, b"-"), b"1".zfill(3), b"ab\ncd".splitlines(), b"A B".swapcase(), b"hello world".title(), b"abc".isalpha(), b"12".isdigit())
print(b"a" in b"abc", 97 in b"abc", b"" in b"", b"abc" < b"abd", b"\x00\xff" > b"\x00", sorted([b"b", b"a", b"ab"]))
mv = memoryview(b"abcdef"); print(mv[1], mv[1:3].tobytes(), mv.nbytes, mv.readonly, bytes(mv[::2]), mv.tolist()[:3], len(mv))
mba = memoryview(bytearray(b"xyz")); mba[0] = 65; print(mba.obj, mba.tobytes())
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff", "big", signed=True))
print(repr(b"\x00\x07\t\n\r'\"\\\x7f\x80"), repr(bytearray(b"'")), str(b"q"), ascii(b"a"))
import struct
print(struct.pack(">I", 1), struct.pack("<hH", -2, 2), struct.unpack(">f", struct.pack(">f", 1.5)), struct.calcsize("iQ"), struct.pack("3s", b"abcd"))
print(b"x".join([b"1", b"2"]), bytearray(b"-").join([b"a", bytearray(b"b")]), b"a b  c".split(), b"a\tb".expandtabs(4))
print(b"%5s|%-5s|%x|%c|%r|%a" % (b"ab", b"cd", 255, 65, b"q", "é"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], bytes(memoryview(b"mv")), bytearray(b"abc").rfind(b"c"))
