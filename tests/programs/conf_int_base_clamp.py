# int(text, base): a base beyond the C range is clamped, so it fails the range check
# with ValueError (not OverflowError)
import sys


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for base in (2**100, -2**100, 2**234, -(2**234), sys.maxsize + 1, 1, 37, -909, Idx(2**80)):
    try:
        int('43', base)
    except ValueError as exc:
        print('ValueError', exc)
print(int('101', Idx(2)), int('101', base=Idx(36)), int('z', 36))
