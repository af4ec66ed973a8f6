# GENERATED from test/objects/programs_src/types_range.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

T('range(5), range(1, 5), range(1, 10, 2), range(10, 0, -3), range(0), range(-5, 5, 3)', lambda: (range(5), range(1, 5), range(1, 10, 2), range(10, 0, -3), range(0), range(-5, 5, 3)))
T('list(range(5)), list(range(1, 10, 2)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)), list(range(-5, 5, 3))', lambda: (list(range(5)), list(range(1, 10, 2)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)), list(range(-5, 5, 3))))
T('range(1, 2, 0)', lambda: (range(1, 2, 0)))
T('range()', lambda: (range()))
T('range(1, 2, 3, 4)', lambda: (range(1, 2, 3, 4)))
T('range(1.5)', lambda: (range(1.5)))
T('range("a")', lambda: (range("a")))
T('range(x=5)', lambda: (range(x=5)))
class I:
    def __index__(self):
        return 4
T('range(I()), list(range(I())), range(I(), 10, I())', lambda: (range(I()), list(range(I())), range(I(), 10, I())))
r = range(3, 20, 4)
T('len(r), r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], r[10:], r[-2:], r[::-2], r[1:-1:2]', lambda: (len(r), r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], r[10:], r[-2:], r[::-2], r[1:-1:2]))
T('r[5]', lambda: (r[5]))
T('r[-6]', lambda: (r[-6]))
T('r["x"]', lambda: (r["x"]))
T('r[1.0]', lambda: (r[1.0]))
T('r[2**100]', lambda: (r[2**100]))
T('r.start, r.stop, r.step, range(5).step', lambda: (r.start, r.stop, r.step, range(5).step))
T('7 in r, 8 in r, 3 in r, 19 in r, 20 in r, -1 in r, 7.0 in r, 7.5 in r, "x" in r, True in range(2), 2**100 in range(2**101)', lambda: (7 in r, 8 in r, 3 in r, 19 in r, 20 in r, -1 in r, 7.0 in r, 7.5 in r, "x" in r, True in range(2), 2**100 in range(2**101)))
T('r.index(7), r.count(7), r.count(8), r.count(7.0), r.index(7.0), range(5).count(True)', lambda: (r.index(7), r.count(7), r.count(8), r.count(7.0), r.index(7.0), range(5).count(True)))
T('r.index(8)', lambda: (r.index(8)))
T('r.index("x")', lambda: (r.index("x")))
T('range(0).index(0)', lambda: (range(0).index(0)))
T('list(reversed(r)), list(reversed(range(0))), list(reversed(range(10, 0, -3))), type(reversed(r)).__name__', lambda: (list(reversed(r)), list(reversed(range(0))), list(reversed(range(10, 0, -3))), type(reversed(r)).__name__))
T('range(0) == range(1, 1), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], range(3) != range(4)', lambda: (range(0) == range(1, 1), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], range(3) != range(4)))
T('range(3) < range(4)', lambda: (range(3) < range(4)))
T('hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(3)) == hash(range(0, 3, 1)), hash(range(3)) == hash((3, 0, 1))', lambda: (hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(3)) == hash(range(0, 3, 1)), hash(range(3)) == hash((3, 0, 1))))
T('bool(range(0)), bool(range(1)), sorted(range(3, 0, -1)), sum(range(101)), max(range(7)), min(range(3, 9))', lambda: (bool(range(0)), bool(range(1)), sorted(range(3, 0, -1)), sum(range(101)), max(range(7)), min(range(3, 9))))
R = range(2**64, 2**64 + 10, 3)
T('R, len(R), R[1], R[-1], 2**64 + 3 in R, R.index(2**64 + 6), list(R)[:2], R[::-1], list(reversed(R))[:2]', lambda: (R, len(R), R[1], R[-1], 2**64 + 3 in R, R.index(2**64 + 6), list(R)[:2], R[::-1], list(reversed(R))[:2]))
big = range(2**100)
T('big[2**99], big[-1], big[2**98:2**98 + 3], 2**99 in big, big.index(2**99)', lambda: (big[2**99], big[-1], big[2**98:2**98 + 3], 2**99 in big, big.index(2**99)))
T('len(big)', lambda: (len(big)))
T('big.__len__()', lambda: (big.__len__()))
it = iter(range(3))
T('type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__()', lambda: (type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__()))
T('type(iter(R)).__name__, iter(R).__length_hint__()', lambda: (type(iter(R)).__name__, iter(R).__length_hint__()))

T('range(3).__reduce__()', lambda: (range(3).__reduce__()))
T('range(1, 5).__reversed__().__length_hint__()', lambda: (range(1, 5).__reversed__().__length_hint__()))
T('repr(range(-1)), repr(range(1, -1, -1)), str(range(2, 8))', lambda: (repr(range(-1)), repr(range(1, -1, -1)), str(range(2, 8))))
T('range(0, 10)[3:100:3], range(10)[-100:100], range(10)[::-100], range(10)[100:-100:-1]', lambda: (range(0, 10)[3:100:3], range(10)[-100:100], range(10)[::-100], range(10)[100:-100:-1]))
T('range(5)[slice(None, None, 0)]', lambda: (range(5)[slice(None, None, 0)]))
T('range(5).__contains__(3), range.__contains__(range(5), 9)', lambda: (range(5).__contains__(3), range.__contains__(range(5), 9)))
class MyInt(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__
T('MyInt(100) in range(3), range(3).count(MyInt(100)), range(3).index(MyInt(100))', lambda: (MyInt(100) in range(3), range(3).count(MyInt(100)), range(3).index(MyInt(100))))
