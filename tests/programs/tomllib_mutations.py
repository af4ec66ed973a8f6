# tomllib: every one-character deletion and many insertions in a small document, parsed (result or error message)
import tomllib
SEED = '''a = "x\\ty" # c
b.c = [1, 2.5, {d = 'e'}]
[t . "u"]
x = 1979-05-27T07:32:00.5+01:00
y = """m
l\\
  n"""
z = \'\'\'lit\'\'\'
[[arr]]
k = 0x1F
[[arr]]
k = -inf
w = 07:32:00
'''
INS = ["\"", "'", "[", "]", "{", ".", "=", ",", "\n", "\\", "_", ":", "\r"]
out = []
def check(text):
    try:
        r = tomllib.loads(text)
        out.append("ok " + repr(r))
    except tomllib.TOMLDecodeError as e:
        out.append("err " + str(e))
    except Exception as e:
        out.append("EXC %s %s" % (type(e).__name__, e))
for i in range(len(SEED) + 1):
    check(SEED[:i] + SEED[i + 1:])
    for ch in INS:
        check(SEED[:i] + ch + SEED[i:])
print(len(out))
print("\n".join(out))
