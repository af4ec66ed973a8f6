# object_hook / object_pairs_hook / parse_* as the C scanner calls them; encoder options
import json
from collections import OrderedDict
from decimal import Decimal

calls = []
def hook(d):
    calls.append(sorted(d))
    return ('obj', len(d))
print(json.loads('{"a": {"b": {}}, "c": [{"d": 1}]}', object_hook=hook), calls)
print(json.loads('{"a": 1, "a": 2, "b": [{"x": 1}]}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"z": 1}', object_hook=dict.keys, object_pairs_hook=tuple))
print(json.loads('[1.5, 2, -0.25e3, 1E5, 7]', parse_float=Decimal, parse_int=lambda t: 'i' + t))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda c: '<' + c + '>'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[1.0, -0.0, 0, -0, 1e400, -1e400, 123456789012345678901234567890, 0.1]'))
try:
    json.loads('[1, 2]', parse_int=lambda t: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    json.loads('{"a": 1}', object_hook=lambda d: d['missing'])
except KeyError as e:
    print('KeyError', e)
# keys are shared within one document (the memo)
a, b = json.loads('[{"key_x": 1}, {"key_x": 2}]')
print([k1 is k2 for k1, k2 in zip(a, b)])
print(json.loads('{"x": 1}', cls=json.JSONDecoder), json.JSONDecoder(strict=False).decode('"a\tb"'))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print(e)
print(json.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder().raw_decode('  [1]', 2))

class IntSub(int):
    def __repr__(self):
        return 'IntSub!'
class FloatSub(float):
    def __repr__(self):
        return 'FloatSub!'
class StrSub(str):
    pass
class ListSub(list):
    def __iter__(self):
        return iter(['never'])
class DictSub(dict):
    def items(self):
        return [('k', 'from items()')]
class TupleSub(tuple):
    pass
import enum
class Color(enum.IntEnum):
    RED = 1
print(json.dumps([IntSub(5), FloatSub(2.5), StrSub('s'), ListSub([1, 2]), DictSub(a=1), TupleSub((1, 2)), Color.RED, True, None]))
print(json.dumps({IntSub(3): 1, FloatSub(0.5): 2, True: 3, None: 4, 1.0e20: 5, StrSub('k'): 6}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps(DictSub(x=1), sort_keys=True))
try:
    json.dumps({'a': 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'x': [1], b'b': 2, 'y': 4}, skipkeys=True))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(';', '=')))
print(json.dumps([1, {'a': 2}], indent=2), json.dumps([1, {'a': 2}], indent='\t'))
print(json.dumps(complex(1, 2), default=lambda o: {'re': o.real, 'im': o.imag}))
print(json.dumps([1, {2, 3}], default=sorted))
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({float('inf'): 1}, allow_nan=False)
except ValueError as e:
    print('ValueError', e)
print(json.dumps({float('nan'): 1, float('-inf'): [float('inf')]}))
cyc = [1]
cyc.append(cyc)
d = {}
d['self'] = d
for o in (cyc, d):
    try:
        json.dumps(o)
    except ValueError as e:
        print('ValueError', e)
print(json.dumps(cyc[:1] * 3), json.dumps([[1]] * 2))
class Wrap:
    pass
w = Wrap()
try:
    json.dumps(w, default=lambda o: [o])
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps([1, 2], check_circular=False, default=lambda o: o)
    json.dumps(w, check_circular=False, default=lambda o: [o])
except RecursionError:
    print('RecursionError')
e = json.encoder.c_make_encoder(None, None, lambda s: s.upper(), None, ':', ',', False, False, True)
print(e({'key': 'value', 3: [2]}, 0))
bad = json.encoder.c_make_encoder(None, None, lambda s: 1, None, ':', ',', False, False, True)
try:
    bad('x', 0)
except TypeError as e:
    print('TypeError', e)
class BadBool:
    def __bool__(self):
        1 / 0
for name in ('skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys'):
    try:
        json.JSONEncoder(**{name: BadBool()}).encode({'a': 1})
    except ZeroDivisionError:
        print(name, 'ZeroDivisionError')
print(json.dumps(10 ** 50), json.dumps(-(2 ** 64)), json.dumps(1e16), json.dumps(1.5e-7), json.dumps(-0.0))
import sys
sys.set_int_max_str_digits(1000)
try:
    json.dumps(10 ** 1500)
except ValueError as e:
    print('ValueError', e)
try:
    json.loads('1' * 1500)
except ValueError as e:
    print('ValueError', e)
