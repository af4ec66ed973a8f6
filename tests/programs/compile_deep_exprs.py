# compile() of deeply nested expressions: the nesting limit (3x the recursion limit, counted from
# the caller's depth) is reached where CPython reaches it, for every shape of chain
def threshold(make):
    lo, hi = 100, 3100
    while lo < hi:
        m = (lo + hi + 1) // 2
        try:
            compile("y=" + make(m), "s", "exec")
            lo = m
        except RecursionError as e:
            assert str(e) == "maximum recursion depth exceeded during compilation", e
            hi = m - 1
    return lo

shapes = {
    "add": lambda n: "+".join(["1"] * n),
    "attr": lambda n: "x" + ".real" * n,
    "neg": lambda n: "-" * n + "1",
    "not": lambda n: "not " * n + "1",
    "sub": lambda n: "[[1]]" + "[0]" * n,
    "fstr": lambda n: "+".join(["f'{1}'"] * n),
}
for name, make in shapes.items():
    print(name, threshold(make))


x = eval("+".join(["1"] * 2500))
print(x)
