# GENERATED from test/objects/programs_src/types_int_random.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

# pseudo-random ints (LCG) through arithmetic, true division, formatting and conversions
state = 987654321
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rint():
    k = rnd() % 5
    v = rnd()
    if k == 0:
        v %= 100
    elif k == 1:
        v %= 2**31
    elif k == 3:
        v = v * rnd() * rnd()
    elif k == 4:
        v = v ** 3 + rnd()
    return -v if rnd() % 2 else v
for i in range(300):
    a, b = rint(), rint()
    row = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, a << (rnd() % 70), a >> (rnd() % 70), abs(a), -a]
    if b:
        row += [a // b, a % b, divmod(a, b), repr(a / b)]
        row.append(pow(a, rnd() % 50, abs(b) or 1))
    row += [a.bit_length(), a.bit_count(), hash(a), repr(float(a)), a == float(a), a < float(b)]
    row += [format(a, s) for s in ("x", "#o", "b", ",", "_x", "+012,d", ">30", "^+30_", "e", ".3g")]
    row += [str(a)[:20], int(str(a)) == a, int(hex(a), 16) == a, int(bin(a), 0) == a]
    n = (a.bit_length() + 8) // 8
    row += [int.from_bytes(a.to_bytes(n, "little", signed=True), "little", signed=True) == a]
    row += [round(a, -(rnd() % 10)), round(a / 7, rnd() % 5)]
    print(row)
