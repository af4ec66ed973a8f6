# co_lines() / co_positions() iterator types, and dis on raw bytes of odd length.
import dis


def f(x):
    if x:
        return x + 1
    return None


for meth in ("co_lines", "co_positions"):
    it = getattr(f.__code__, meth)()
    print(type(it).__name__, iter(it) is it, hasattr(it, "__len__"))
    first = next(it)
    rest = list(it)
    print(first, len(rest) > 0, list(it))
    try:
        import pickle
        pickle.dumps(getattr(f.__code__, meth)())
    except TypeError as e:
        print("TypeError", e)

for raw in (b"\x64", b"\x01", b"\x64\x00\x53"):
    try:
        dis.dis(raw)
    except IndexError as e:
        print("IndexError", e)
print(dis.findlabels(b"\x6e\x02\x09\x00\x09\x00"))
