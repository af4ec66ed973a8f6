# _json, the accelerator json uses: scanner, scanstring, encoder and their errors
import json, json.decoder, json.encoder, json.scanner
import _json

print(json.scanner.make_scanner.__module__, json.decoder.scanstring.__module__)
print(json.encoder.encode_basestring_ascii.__module__, json.encoder.c_make_encoder.__name__)
print(_json.scanstring('"a\\u00e9\\ud834\\udd20b" tail', 1))
print(_json.scanstring('"x\\ud834x"', 1))
for bad in ['"\\"', '"\\x"', '"\\u01z2"', '"\\ud834\\uzdd2"', '"abc', '"a\tb"']:
    try:
        _json.scanstring(bad, 1, True)
    except json.JSONDecodeError as e:
        print(repr(bad), e.msg, e.pos)
print(_json.scanstring('"a\tb"', 1, False))
for args in [("abc", 10), (b"x", 1), ("xxx", 2**70)]:
    try:
        _json.scanstring(*args)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(_json.encode_basestring('a"\\\n\x01é\U0001d120'))
print(_json.encode_basestring_ascii('a"\\\n\x01é\U0001d120'))
try:
    _json.encode_basestring_ascii(b"x")
except TypeError as e:
    print(e)

doc = '{"a": [1, -2.5e3, null, true, false, "s"], "b": {}, "c": [], "n": NaN, "i": -Infinity, "a": 2}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads('[1.5, 7]', parse_float=str, parse_int=lambda t: t + "!"))
for bad in ['[1,]', '{"a" 1}', '{1: 2}', '[1 2]', '', '  ', '[', '01', '"x" y']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e)
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError:
    print('RecursionError')


class BadBool:
    def __bool__(self):
        1 / 0


for name in ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys']:
    try:
        json.JSONEncoder(**{name: BadBool()}).encode({'a': 1})
    except ZeroDivisionError:
        print(name, 'ZeroDivisionError')
try:
    json.decoder.JSONDecoder(strict=BadBool()).decode('""')
except ZeroDivisionError:
    print('strict ZeroDivisionError')
try:
    json.encoder.c_make_encoder(1, None, None, None, ': ', ', ', False, False, False)
except TypeError as e:
    print(e)
enc = json.encoder.c_make_encoder(None, str, lambda s: None, None, ': ', ', ', False, False, False)
for obj in ['spam', {'spam': 1}]:
    try:
        enc(obj, 0)
    except TypeError as e:
        print(e)
enc = json.encoder.c_make_encoder({}, repr, json.encoder.encode_basestring, None, ':', ',',
                                  False, True, True)
print(enc({'b': [1, 2.5, float('nan'), (True, None)], 'a': 1j, (1,): 0}, 0))
print(json.dumps({1.5: 1, True: 2, None: 3, 4: float('inf')}))
try:
    json.dumps({'a': 1, 1: 'a'}, sort_keys=True)
except TypeError as e:
    print(e)
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print(e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
print(json.dumps({"k": [1, {"x": ()}]}, indent=1, separators=(',', ':')))
