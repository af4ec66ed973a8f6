# Spectral norm of an infinite matrix: nested loops, float division, function calls.
def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def times_u(u):
    n = len(u)
    return [sum(a(i, j) * u[j] for j in range(n)) for i in range(n)]

def times_tu(u):
    n = len(u)
    return [sum(a(j, i) * u[j] for j in range(n)) for i in range(n)]

def at_times_u(u):
    return times_tu(times_u(u))

n = 180
u = [1.0] * n
for _ in range(10):
    v = at_times_u(u)
    u = at_times_u(v)
vbv = vv = 0.0
for ue, ve in zip(u, v):
    vbv += ue * ve
    vv += ve * ve
print("%.9f" % ((vbv / vv) ** 0.5))
