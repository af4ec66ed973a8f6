import traceback
def run(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
a, b, z, s = 1, 2, 0, "s"
def g1(): return (a) + s
def g2(): return (a + b) / z
def g3(): return ((a)) * (s) - 1
def g4(): return a+s
def g5(): return a //z
def g6(): return [a][0] ** s
def g7(): return s [0] [1]
def g8(): return s[ 0 ][ 5 ]
def g9(): return {"k": 1} ["q"]
def g10(): return (a
    + s)
def g11(): return (a  # comment
    + s)
def g12(): return a.__class__ (1) + s
def g13(): return a << s
def g14(): return a @ b
def g15(): return -s
def g16(): return a if s + 1 else b
def g17(): return (s)[9]
def g18(): return s[(9)]
def g19(): return s[a:b][a:b:z]
def g20(): return [s, s][a] [a]
def g21(): return a % z
def g22(): return a and (b / z)
def g23(): return not (s < a)
def g24(): return (s) * (s)
for f in [g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, g14, g15, g16, g17, g18, g19, g20, g21, g22, g23, g24]:
    run(f)
(a) + s
