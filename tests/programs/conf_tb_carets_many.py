import traceback
def run(f):
    try:
        f()
    except Exception:
        traceback.print_exc()

data = {"a": [1, 2, {"b": None}]}
def f1(): return data["a"][2]["b"]["c"]
def f2(): return data["a"][5]
def f3(): return 1 + 2 * (3 / 0)
def f4(): return len(data) + "x"
def f5(): return data["a"][0].nope
def f6():
    x = [1, 2]
    return x[0] + \
        x[1] + \
        x[2]
def f7(): return (lambda q: q.upper())(5)
def f8(): return int("z") if True else 0
def f9():
    values = [1, 0]
    return [10 // v for v in values]
def f10(): return {k: 1 / k for k in range(-1, 1)}
def f11(): return list(map(lambda s: s.strip(), [" a", None]))
def f12(): return sorted([3, "a", 1])
def f13(): return data.get("a")[1:][7]
def f14():
    obj = None
    return obj.attr.other
def f15(): return  f1()   # extra spaces
def f16(): return getattr(data, "missing")
def f17(): return max(x for x in [] )
def f18():
    a = 1; b = 0; return a / b
def f19(): return "%d" % "s"
def f20(): return data ["a"] [9]
def f21(): return [1][0][0]
def f22(): return print(*5)
def f23(): assert 1 == 2, "math is broken"
def f24(): raise ValueError
def f25(): return 2 ** 10000.0
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25]:
    run(f)
