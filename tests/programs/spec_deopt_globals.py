# PEP 659: specialised LOAD_GLOBAL (module and builtin forms) must see globals rebound, deleted,
# builtins shadowed by globals, and the builtins module changed, while a loop runs.
import builtins

K = 1

def read_k(n):
    out = []
    for i in range(n):
        if i == 40:
            globals()["K"] = 2
        if i == 80:
            globals()["K"] = "three"
        out.append(K)
    return out

r = read_k(120)
print("rebound", r[39], r[40], r[80], len(r))


def use_len(n):
    out = []
    for i in range(n):
        if i == 50:
            globals()["len"] = lambda x: -1
        if i == 90:
            del globals()["len"]
        out.append(len("abc"))
    return out

r = use_len(130)
print("shadowed builtin", r[49], r[50], r[89], r[90], r[129])


def use_abs(n):
    out = []
    for i in range(n):
        if i == 60:
            builtins.abs = lambda x: "patched"
        out.append(abs(-i))
    return out

saved_abs = builtins.abs
r = use_abs(100)
builtins.abs = saved_abs
print("builtins module", r[59], r[60], r[99])


G = 10
def deleted(n):
    out = []
    for i in range(n):
        if i == 70:
            del globals()["G"]
        try:
            out.append(G)
        except NameError as e:
            out.append(str(e))
    return out

r = deleted(100)
print("deleted", r[69], r[70], r[99])

# new globals appear (keys change) while a builtin is read
def many_globals(n):
    t = 0
    for i in range(n):
        globals()["g%d" % i] = i
        t += max(i, 1)
    return t

print("new keys", many_globals(200))

# a function called from code with other globals (exec)
src = """
def f():
    return [type(X) .__name__ for _ in range(20)]
"""
ns1 = {"X": 1}
ns2 = {"X": "s"}
exec(src, ns1)
exec(src, ns2)
print("exec globals", ns1["f"]()[-1], ns2["f"]()[-1])
f1 = ns1["f"]
for i in range(30):
    f1()
ns1["X"] = 1.5
print("exec rebound", f1()[-1])
