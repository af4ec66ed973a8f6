# bytes / bytearray iterators pickle (position kept; exhausted ones too); the types' __doc__ form
import pickle
for kind in (bytes, bytearray):
    print(kind.__doc__.splitlines()[0])
    for b in b"", b"a", b"abc", b"\xffab\x80":
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            it = itorg = iter(kind(b))
            it = pickle.loads(pickle.dumps(it, proto))
            row = [type(itorg) is type(it), list(it)]
            if b:
                it = pickle.loads(pickle.dumps(itorg, proto))
                next(it)
                row.append(list(pickle.loads(pickle.dumps(it, proto))))
            list(itorg)
            row.append(type(pickle.loads(pickle.dumps(itorg, proto))).__name__)
        print(kind.__name__, b, row, iter(kind(b)).__reduce__()[1:])
    it = iter(kind(b'xyz'))
    it.__setstate__(2); print(list(it))
    it = iter(kind(b'xyz'))
    it.__setstate__(-5); print(list(it))
    it = iter(kind(b'xyz'))
    it.__setstate__(99); print(list(it))
