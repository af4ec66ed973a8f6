import pickle
import io

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
          2**63, -2**64, 2**2100, -(2**2100) + 7, 0.0, -0.0, 1.5, 1e300, float('inf'), -float('inf'),
          1 + 2j, '', 'a', 'héllo €', 'x' * 300, 'line\nbreak\\ \r\0\x1a', b'', b'abc', b'\x00\xff' * 200,
          bytearray(), bytearray(b'xyz'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2],
          list(range(1500)), {}, {'a': 1}, {'a': 1, 'b': [2, 3]}, {i: i for i in range(1000)},
          {i: str(i) for i in range(1001)}, set(), {1}, {1, 2, 3}, set(range(1000)), frozenset(),
          frozenset({5, 6}), [[1, 2], (3, 4), {'k': (5,)}], ('a', 'a', 'b'), range(5), slice(1, 9, 2) if False else None,
          int, str, len, Ellipsis, NotImplemented, type(None), ValueError, list(range(999)), [0] * 1000]
shared = [1, 2]
values.append([shared, shared, (shared,)])
s = 'shared string'
values.append({'x': s, 'y': s, 'z': (s, s)})
rec = [1]
rec.append(rec)
values.append(rec)
d = {}
d['self'] = d
values.append(d)
t_inner = []
t = (t_inner,)
t_inner.append(t)
values.append(t)

for proto in range(0, 6):
    for i, v in enumerate(values):
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, i, 'dumps', type(e).__name__, e)
            continue
        back = pickle.loads(data)
        if v is rec or v is d or v is t:
            ok = repr(back) == repr(v)
        elif isinstance(v, float) and v != v:
            ok = back != back
        else:
            ok = back == v and type(back) is type(v)
        print(proto, i, len(data), data if len(data) < 120 else (data[:60], data[-40:]), ok)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps([1, 2]) == pickle.dumps([1, 2], 4))
buf = io.BytesIO()
pickle.dump({'k': [1, 2.5, 'x']}, buf, protocol=2)
buf.seek(0)
print(pickle.load(buf), buf.getvalue())
p = pickle.Pickler(io.BytesIO(), 3)
print(p.proto if hasattr(p, 'proto') else None)
for bad in (b'', b'\x80\x02', b'\xff', b'\x80\x09N.', 'text'):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print(e)
print(pickle.loads(b'(lp0\nI1\naS\'ab\\n\'\np1\na.'), pickle.loads(b"S'abc'\np0\n.", encoding='latin1'))
print(pickle.loads(b'\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x03K\x01\x87q\x01Rq\x02.'))
print(pickle.loads(b'\x80\x02U\x03abcq\x00.', encoding='bytes'))
