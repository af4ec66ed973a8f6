# id(): addresses reused as CPython's allocator reuses them; preallocated small ints,
# interned strings and the empty singletons.
import sys

print("object pair", id(object()) == id(object()))
a = object(); i = id(a); del a
b = object()
print("reuse after del", id(b) == i)
print("list pair", id([]) == id([]))
print("dict pair", id({}) == id({}))
l = [object() for _ in range(10)]
print("distinct live", len(set(map(id, l))))
class A:
    pass
x = A(); ix = id(x); del x
y = A()
print("instance reuse", id(y) == ix)
print("different sizes", id(A()) != id(object()))

# rebinding in a loop: the new object exists before the old one is released
ids = [0] * 6
for k in range(6):
    o = object()
    ids[k] = id(o)
print("loop alternation", len(set(ids)))
ids = [id(object()) for k in range(6)]
print("temporaries", len(set(ids)))
ids = [0] * 6
for k in range(6):
    o = A()
    ids[k] = id(o)
print("instances alternation", len(set(ids)))

# freed blocks are reused last-freed-first
objs = [object() for _ in range(4)]
addrs = [id(o) for o in objs]
del objs
again = [object() for _ in range(4)]
print("LIFO", [id(o) for o in again] == addrs[::-1])
del again

# a block taken by one object is not handed to another
keep = object(); kid = id(keep)
print("no collision", all(id(object()) != kid for _ in range(10)))

# small ints
n256, n257, m5, m6 = 256, 257, -5, -6
print("256 cached", int("256") is n256, "257 fresh", int("257") is n257)
print("-5 cached", int("-5") is m5, "-6 fresh", int("-6") is m6)
print("small int spacing", id(int("201")) - id(int("200")))
print("bool", True is bool(1), False is bool(0))

# strings
s = "hello"
t = "".join(["hel", "lo"])
print("join not interned", s is t, "intern", sys.intern(t) is s)
u = "spam eggs!" + str(len(s))
print("intern in place", sys.intern(u) is u)
empty = ""
print("one char", chr(97) is chr(97), "abc"[1] is "xbz"[1], "empty", "".join([]) is empty)
print("latin-1 char", chr(233) is chr(233), chr(300) is chr(300))

# empty singletons
et = ()
print("tuple", tuple([]) is et, tuple() is et)
print("frozenset", frozenset() is frozenset(), frozenset([]) is frozenset())
eb, b1 = b"", b"b"
print("bytes", bytes() is eb, b"abc"[:0] is eb, b"abc"[1:2] is b"xbz"[1:2])
print("None", type(None)() is None)

# floats come from a free list
f1 = float("1.5"); i1 = id(f1); del f1
f2 = float("2.5")
print("float reuse", id(f2) == i1)

# id is stable for the object's life
z = [1, 2, 3]
iz = id(z)
z.extend(range(100))
print("stable", id(z) == iz)
print("hash of object", hash(keep) == id(keep) >> 4)
