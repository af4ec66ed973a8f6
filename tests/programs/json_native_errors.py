# JSONDecodeError messages and positions of the native scanner, StopIteration from scan_once,
# argument errors of the _json functions and types
import json
import _json

docs = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,',
        '{"a":1,}', '{"a" 1}', '{1:2}', "{'a':1}", '"abc', '"\\', '"\\x"', '"\\u12"', '"\\u123x"',
        '"\\u1234', '"\\ud800\\u12"', '"\x01"', '"a\nb"', '-', '-x', '1.', '1e', '1e+', '01',
        '-0x', 'nul', 'tru', 'fals', 'NaNa', '[Infinit]', '-Infinit', '1 2', '[1] x', '  {} ',
        '"\U0001F600" x', '["\U0001F600", 1 2]', '{"\U0001F600": [1, 2 3]}', '\U0001F600',
        '[' * 5 + ']' * 4, '{"a": {"b": [1, {"c": ]}}}']
for doc in docs:
    try:
        print(repr(doc), repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), 'JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)

print(repr(json.loads('{"a":\n [1,\n 2,\n x]}'.replace('x', '"y"'))))
try:
    json.loads('{\n  "a": [1,\n  2\n  3]}')
except json.JSONDecodeError as e:
    print(e)

scan = json.decoder.JSONDecoder().scan_once
for s, i in [('[1]', 0), ('  1', 0), ('  1', 2), ('x', 0), ('1', 1), ('1', 5), ('"a"', 0),
             ('\U0001F600 12', 2), ('\U0001F600 "\U0001F600" 3', 2)]:
    try:
        print(repr(s), i, scan(s, i))
    except StopIteration as e:
        print(repr(s), i, 'StopIteration', e.value)
for args in [('x', -1), (1, 0), ('x', 1.5), ('x', 2 ** 70)]:
    try:
        scan(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(scan(string='[2]', idx=0))

ss = _json.scanstring
print(ss('abc"', 0), ss('a\\nb"x', 0), ss('\U0001F600\\u00e9"', 0), ss('x"', 0, False))
print(ss('a\x01"', 0, 0))
for args in [('a"', -1), ('a"', 3), ('a',), ('a"', 0, 1, 2), (b'a"', 0), ('a"', 'x'), ('a"', 0, 2 ** 40)]:
    try:
        print(ss(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    ss('a"', end=0)
except TypeError as e:
    print(e)
for f in (_json.encode_basestring, _json.encode_basestring_ascii):
    try:
        f(b'x')
    except TypeError as e:
        print(e)
for args in [(), (1,), (None, None, None, None, 1, ',', 0, 0, 0), (None, None, None, None, ':', 2, 0, 0, 0),
             (1, None, None, None, ':', ',', 0, 0, 0), (None,) * 4 + (':', ',', 0, 0, 0, 0)]:
    try:
        _json.make_encoder(*args)
    except TypeError as e:
        print(e)
try:
    _json.make_scanner(1)
except AttributeError as e:
    print(e)
enc = _json.make_encoder(None, None, _json.encode_basestring, None, ':', ',', 1, 0, 1)
print(enc.sort_keys, enc.skipkeys, enc.indent, enc.markers, enc.key_separator, enc.item_separator)
print(enc([1, 'a'], 0), enc(obj='x', _current_indent_level=3))
for bad in [lambda: enc(), lambda: enc(1), lambda: enc(1, 'x'), lambda: setattr(enc, 'sort_keys', 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
sc = _json.make_scanner(json.decoder.JSONDecoder(strict=0))
print(sc.strict, sc.object_hook, sc.parse_float, sc.parse_int, sc.object_pairs_hook)
print(type(sc).__name__, type(enc).__name__, type(sc).__module__, _json.make_scanner is type(sc))
