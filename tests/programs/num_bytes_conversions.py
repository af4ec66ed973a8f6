# int.to_bytes / int.from_bytes and random.getrandbits / randbytes at a million bytes: linear time, python3's values
import random, time, hashlib
random.seed(5)
print(random.getrandbits(100), random.getrandbits(33), random.getrandbits(64))
t = time.perf_counter()
b = random.randbytes(1_000_000)
print(len(b), hashlib.sha256(b).hexdigest()[:16])
x = random.getrandbits(8_000_000)
print(x.bit_length() <= 8_000_000, hashlib.sha256(x.to_bytes(1_000_000, 'little')).hexdigest()[:16])
for v in [0, 1, 255, 256, -1, -128, -129, 2**64-1, -2**63, 12345678901234567890]:
    for n in [1, 2, 8, 9, 16]:
        for order in ("little", "big"):
            for sg in (False, True):
                try:
                    bb = v.to_bytes(n, order, signed=sg)
                    print(bb.hex(), int.from_bytes(bb, order, signed=sg) == v, end=" ")
                except OverflowError as e:
                    print("OE", end=" ")
print()
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x01", "little"), int.from_bytes(bytes(range(256)) * 1000, "big") % 1000003)
