s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[::-1], s[8:2:-2], s[100:], s[-100:2])
print("hello world"[::-1], "abc"[5:], "abc"[-1:-4:-1])
t = tuple(s)
print(t[1:4], t[::3])
s[2:4] = ["a", "b", "c"]
print(s)
s[::2] = range(6)
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del s[::3]
print(s)
del s[1:3]
print(s)
s[:0] = [-1, -2]
print(s)
s[len(s):] = [99]
print(s)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
sl = slice(1, 10, 3)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(s[sl], "abcdefghijk"[sl])
print(slice(3) == slice(None, 3, None), hash(slice(1, 2)) if hasattr(slice, "__hash__") and slice.__hash__ is not None else "unhashable")
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)

class Seq:
    def __getitem__(self, idx):
        return idx
    def __setitem__(self, idx, v):
        print("set", idx, v)
    def __delitem__(self, idx):
        print("del", idx)

q = Seq()
print(q[1], q[1:2], q[::], q[1:2, 3], q[..., 1], q[:, None])
q[1:2] = 5
del q[::3]
q["k"] = 1

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], [10, 20, 30][Idx(0):Idx(2)], "abcd"[Idx(-1)])
try:
    [1, 2]["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab"[1:"x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "ab"[9]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    x = [1]
    x[3] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del x[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3)[7]
except IndexError as e:
    print(type(e).__name__, e)
print(range(10)[2:8:2], range(10)[::-1], list(range(10)[-3:]))
b = bytearray(b"hello")
b[1:3] = b"EY"
print(b, b[::-1], bytes(b)[1:4])
m = memoryview(b"abcdef")
print(m[1:4].tobytes(), m[::2].tolist())
import sys
print(s[-sys.maxsize:sys.maxsize], [1, 2, 3][::sys.maxsize])
print("abc"[None:None], [1, 2, 3][None:-1])
