# slice indices are computed (calling __index__) before the sequence length is read, as PySlice_Unpack then AdjustIndices do
class Y:
    def __init__(self, l): self.l = l
    def __index__(self):
        self.l.clear()
        return 1
l = [1, 2, 3]
print(l[:Y(l)])
l = [1, 2, 3]
print(l[Y(l):])
l = [1, 2, 3]; l[:Y(l)] = [7]; print(l)
l = [1, 2, 3]; del l[:Y(l)]; print(l)
t = [1, 2, 3, 4]; print(t[::Y(t)])
class Z:
    def __init__(self, b): self.b = b
    def __index__(self):
        self.b.clear()
        return 1
b = bytearray(b'abc'); print(b[:Z(b)], b[Z(b):])
