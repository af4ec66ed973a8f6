# Bit manipulation: flags, masks, popcount, gray codes, bit reversal, subsets via bitmasks
READ, WRITE, EXEC = 1, 2, 4
perms = READ | WRITE
print(perms, bool(perms & WRITE), bool(perms & EXEC), perms ^ READ, perms | EXEC, perms & ~WRITE, bin(perms))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in (0, 1, 7, 255, 2 ** 40 - 1)], [(n).bit_count() for n in (0, 1, 7, 255)])
print([n ^ (n >> 1) for n in range(8)], [format(n ^ (n >> 1), "03b") for n in range(8)])
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(n) for n in (1, 2, 3, 128, 0b10110000)])
items = ["a", "b", "c"]
print([[items[i] for i in range(3) if mask >> i & 1] for mask in range(1 << 3)])
print(-1 & 0xFF, -256 >> 4, 1 << 100 >> 98, (5).bit_length(), (-5).bit_length(), 0b1111 & -0b1000)
def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_power_of_two(n)], [n & -n for n in (12, 40, 7)])
x, y = 12, 25
x ^= y; y ^= x; x ^= y
print(x, y, int("1010", 2), int("ff", 16) >> 4, hex(0xdeadbeef & 0xffff), oct(0o777 ^ 0o707))
