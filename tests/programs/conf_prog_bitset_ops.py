class BitSet:
    __slots__ = ("bits",)
    def __init__(self, items=()):
        self.bits = 0
        for i in items:
            self.add(i)
    def add(self, i):
        if i < 0:
            raise ValueError(f"negative member {i}")
        self.bits |= 1 << i
    def discard(self, i):
        self.bits &= ~(1 << i)
    def __contains__(self, i):
        return i >= 0 and (self.bits >> i) & 1 == 1
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __len__(self):
        return bin(self.bits).count("1")
    def __or__(self, o):
        r = BitSet(); r.bits = self.bits | o.bits; return r
    def __and__(self, o):
        r = BitSet(); r.bits = self.bits & o.bits; return r
    def __xor__(self, o):
        r = BitSet(); r.bits = self.bits ^ o.bits; return r
    def __sub__(self, o):
        r = BitSet(); r.bits = self.bits & ~o.bits; return r
    def __eq__(self, o):
        return isinstance(o, BitSet) and self.bits == o.bits
    __hash__ = None
    def __repr__(self):
        return f"BitSet({list(self)})"
a = BitSet([1, 3, 5, 64, 100])
b = BitSet(range(0, 10, 2))
print(a, b, a | b, a & b, a ^ b, a - b, len(a), 64 in a, 65 in a, -1 in a)
a.discard(64); a.discard(7); print(a, a == BitSet([1, 3, 5, 100]), a.bits.bit_length(), hex(a.bits))
try:
    a.add(-2)
except ValueError as e:
    print("ValueError:", e)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)
print(bin(0b1011 << 3), 0b1011 >> 1, ~0b1011 & 0xF, -1 & 0xFF, (-256) >> 4, 1 << 70 >> 69, (2 ** 100).bit_count() if hasattr(int, "bit_count") else 1)
gray = [i ^ (i >> 1) for i in range(16)]
print(gray, [format(g, "04b") for g in gray[:5]])
def popcount_table(n):
    t = [0] * n
    for i in range(1, n):
        t[i] = t[i >> 1] + (i & 1)
    return t
print(popcount_table(17))
