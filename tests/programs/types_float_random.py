# GENERATED from test/objects/programs_src/types_float_random.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

# pseudo-random doubles (an LCG, so python3 and tspy see the same values) through repr, str,
# format specs, %-formatting, round, float(repr), hex/fromhex and as_integer_ratio
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
specs = [".0f", ".1f", ".3f", ".17f", ".0e", ".3e", ".16e", ".1g", ".5g", ".17g", "g", "e", "f", "%", ".2%", "", ".12", "r", "n", ",.2f", "_g", "+.4e", "#.0f", "z.2f"]
out = []
for i in range(600):
    a = rnd()
    kind = a % 4
    if kind == 0:
        x = (rnd() % 10**17) / 10 ** (rnd() % 30)
    elif kind == 1:
        x = float.fromhex("0x1.%013xp%d" % (rnd() % 16**13, rnd() % 2100 - 1074))
    elif kind == 2:
        x = (rnd() % 2**53) * 2.0 ** (rnd() % 200 - 100)
    else:
        x = (rnd() % 1000) / 8 + 0.5
    if rnd() % 2:
        x = -x
    row = [repr(x), str(x)]
    for s in specs:
        try:
            row.append(format(x, s))
        except Exception as e:
            row.append(type(e).__name__)
    row.append("%.3f|%10.4e|%g|%#.3g" % (x, x, x, x))
    for n in (-2, 0, 1, 3, 10):
        row.append(repr(round(x, n)))
    row.append(repr(float(repr(x)) == x))
    row.append(x.hex())
    row.append(repr(float.fromhex(x.hex()) == x))
    n, d = x.as_integer_ratio()
    row.append(str(n % 1000003) + "/" + str(d.bit_length()))
    if abs(x) < 1e15:
        row.append(repr(round(x)))
        row.append(repr(int(x)))
    print(" ".join(row))
