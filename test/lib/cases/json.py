import json
from json import *
import json.decoder, json.encoder
import random, collections, io, math, enum
def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        return ('ok', repr(r) if not isinstance(r, float) or r == r else 'nan')
    except RecursionError as e:
        return ('RecursionError', str(e))
    except Exception as e:
        return (type(e).__name__, str(e), getattr(e, 'pos', None), getattr(e, 'lineno', None), getattr(e, 'colno', None))
# --- dumps basics
dumps(None), dumps(True), dumps(False), dumps(1), dumps(-0.0), dumps(1.5), dumps(1e100), dumps(2**70), dumps('x'), dumps([]), dumps({}), dumps(())
dumps(float('nan')), dumps(float('inf')), dumps(-float('inf')), dumps([1, 'a', None, {'k': [True]}])
dumps(float('nan'), allow_nan=False)
dumps({'k': float('inf')}, allow_nan=False)
dumps('é\u2028😀\x00\x1f\x7f"\\/\b\f\n\r\t'), dumps('é😀\x00\x7f"', ensure_ascii=False), dumps('\ud800'), dumps('\ud800', ensure_ascii=False)
dumps({1: 1, 1.5: 2, True: 3, None: 4, 'k': 5}), dumps({False: 0})
dumps({(1,): 2})
dumps({(1,): 2, 'a': 1}, skipkeys=True)
dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True)
dumps({1: 2, 'a': 1}, sort_keys=True)
dumps([1, [2, {'a': [3]}], {}], indent=2), dumps([1, 2], indent=0), dumps({'a': 1}, indent='\t'), dumps([], indent=4), dumps({'a': {}}, indent=-1)
dumps([1, {'a': 2}], separators=(',', ':')), dumps({'a': 1}, indent=2, separators=(',', ' = '))
dumps(object())
dumps(object(), default=lambda o: 'obj'), dumps({1: {2, 3}}, default=sorted), dumps(complex(1, 2), default=lambda c: [c.real, c.imag])
l = []; l.append(l); dumps(l)
d = {}; d['d'] = d; dumps(d)
class Loop:
    pass
dumps(Loop(), default=lambda o: o)
dumps(l, check_circular=False) if False else 'skipped'
class MyInt(int):
    def __repr__(self): return 'X'
class MyFloat(float):
    def __repr__(self): return 'Y'
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
class Color(enum.IntEnum):
    RED = 1
dumps([MyInt(3), MyFloat(1.5), MyStr('s'), MyList([1]), MyDict(a=1), Color.RED, True]), dumps({MyInt(2): MyFloat(2.5)}), dumps(collections.OrderedDict([('b', 1), ('a', 2)]))
dumps((1, 2), indent=1), dumps(collections.namedtuple('P', 'x y')(1, 2))
class Enc(JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
dumps({'s': {3, 1}}, cls=Enc), Enc(indent=1).encode({'a': {2}}), list(Enc().iterencode([1, {'a': 2}]))
Enc().encode(object())
JSONEncoder().encode('x'), JSONEncoder(ensure_ascii=False).encode('é'), JSONEncoder().item_separator, JSONEncoder(indent=2).item_separator
json.encoder.encode_basestring_ascii('é\n'), json.encoder.encode_basestring('é\n'), json.encoder.py_encode_basestring_ascii('\U0001f600')
buf = io.StringIO(); dump({'a': [1, 2]}, buf); buf.getvalue()
buf = io.StringIO(); dump({'a': [1, 2]}, buf, indent=1, sort_keys=True); buf.getvalue()
dumps([1], foo=1)
# --- loads basics
loads('null'), loads('true'), loads(' false '), loads('1'), loads('-0'), loads('-0.0'), loads('1.5e3'), loads('1E-2'), loads('"x"'), loads('[]'), loads('{}'), loads('[1, "a", {"k": [null]}]')
loads('NaN'), loads('Infinity'), loads('-Infinity'), loads('12345678901234567890'), loads('1.7976931348623157e309')
loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"'), loads('"\\ud800"'), loads('"\\ud800\\u0041"'), loads('"\\udc00\\ud800"')
loads(b'[1]'), loads(bytearray(b'{"a": 2}')), loads('[1]'.encode('utf-16')), loads('[1]'.encode('utf-16-le')), loads('[1]'.encode('utf-16-be')), loads('[1]'.encode('utf-32')), loads('[1]'.encode('utf-32-le')), loads('"é"'.encode('utf-8-sig')), loads(b'1')
loads('\ufeff[1]')
loads(1)
loads('{"a": 1, "a": 2}'), loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p), loads('{"a": {"b": 1}}', object_pairs_hook=collections.OrderedDict, object_hook=dict)
loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), loads('[NaN, -Infinity]', parse_constant=lambda c: c)
loads('"a\tb"', strict=False), loads('{"a": "\n"}', strict=False)
loads('"a\tb"')
JSONDecoder().raw_decode('[1] tail'), JSONDecoder().raw_decode('x [2]', 2)
JSONDecoder().raw_decode('[1]', -1)
JSONDecoder().raw_decode('[1]', 5)
JSONDecoder().decode(b'[1]')
e = None
try:
    loads('{\n  "a": [1,\n  2,, 3]\n}')
except JSONDecodeError as err:
    e = err
e.msg, e.pos, e.lineno, e.colno, str(e), e.doc[:5], e.__reduce__()[1][0], isinstance(e, ValueError)
json.decoder.scanstring('abc" rest', 0), json.decoder.scanstring('\\n"', 0), json.decoder.scanstring('x"', 5) if False else None
json.decoder.scanstring('abc', 5)
loads('[' * 100000)
loads('{"a":' * 100000)
# --- loads errors
bad = ['', ' ', '[', ']', '{', '}', '[1,', '[1,]', '[1 2]', '{"a"}', '{"a":}', '{"a":1,}', '{"a":1 "b":2}', '{1: 2}', "{'a': 1}", '"abc', '"\\x"', '"\\u12"', '"\\u12G4"', '"\\u1234', '"\\ud800\\u12"', '"\\ud800\\uZZZZ"', 'nul', 'tru', 'fals', 'nan', 'inf', '-', '-a', '01', '1.', '.5', '1e', '1e+', '1.5e-', '+1', '[1] x', '1 2', '"\n"', '"\x00"', '[\n\n  }', 'NaNx', '-Infinityx', '[1,\n', '\u00a0[]', '[]\u00a0', '{"a" 1}', '"\\', '"\\u', '[-]', '[--1]', '[1.e5]', '[0x10]', '[1e5.5]', '[True]']
[attempt(loads, s) for s in bad]
# --- fuzz
rng = random.Random(3)
alphabet = ['[', ']', '{', '}', ',', ':', ' ', '\n', '"', '"a"', '\\', '\\u', '0041', 'd83d', '\\ude00', '1', '-', '0', '.', 'e', 'E', '+', '5', 'null', 'true', 'false', 'NaN', 'Infinity', 'x', '\t', 'é']
docs = [''.join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12))) for _ in range(4000)]
[attempt(loads, d) for d in docs]
def rand_obj(depth=0):
    k = rng.randrange(9 if depth < 3 else 6)
    if k == 0: return None
    if k == 1: return rng.choice([True, False])
    if k == 2: return rng.randrange(-10**6, 10**6)
    if k == 3: return rng.choice([0.1, -2.5, 1e300, 3.14159, 1e-7, float('inf'), 0.0])
    if k == 4: return ''.join(rng.choice('ab"\\\n\x01é😀\u2028 ') for _ in range(rng.randrange(5)))
    if k == 5: return rng.choice([(), ('t',)])
    if k in (6, 7): return [rand_obj(depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(['k', 'é', 1, 2.5, True, None, 'z']): rand_obj(depth + 1) for _ in range(rng.randrange(4))}
objs = [rand_obj() for _ in range(800)]
opts = [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'allow_nan': False}, {'indent': '\t', 'sort_keys': True, 'ensure_ascii': False}]
[attempt(dumps, o, **opts[i % len(opts)]) for i, o in enumerate(objs)]
[attempt(lambda o: loads(dumps(o)), o) for o in objs]
