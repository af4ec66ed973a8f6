# unicode: escapes, surrogate pairs, lone surrogates, non-BMP characters and positions
import json

samples = ['plain', 'caf\u00e9', '\u20ac\u00a0\u2028\u2029', '\U0001F600 grin', 'a\U0001F600b\U0001F4A9c',
           '\ud83d', '\ude00', 'x\ud800y', '\x00\x01\x1f\x7f', 'tab\tnew\nret\rq"b\\s/',
           '\u0080\u00ff\u0100\uffff', '\U00010000\U0010ffff']
for s in samples:
    a = json.dumps(s)
    u = json.dumps(s, ensure_ascii=False)
    print(a, ascii(u), json.loads(a) == s, json.loads(u) == s)
print(json.dumps({'\U0001F600': ['\u00e9', {'k\u00e9y': '\U0001F600'}]}))
print(ascii(json.dumps({'\U0001F600': ['\u00e9']}, ensure_ascii=False)))
for doc in ['"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00\\ud83d"', '"\\ud83d\\u0041"', '"\\ud83dx"',
            '"\\uD83D\\uDE00"', '"\\u00e9\\u00E9"', '"\\ud83d\\ud83d\\ude00"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"']:
    v = json.loads(doc)
    print(doc, ascii(v), len(v))
doc = '{"\U0001F600\U0001F600": "\U0001F4A9", "n": [1, 2.5, "x\U0001F600y"]}'
print(ascii(json.loads(doc)))
dec = json.JSONDecoder()
print(dec.raw_decode('\U0001F600\U0001F600 [1]', 3), dec.raw_decode('"\U0001F600" 5'))
for bad in ['["\U0001F600", x]', '{"\U0001F600": 1, "b" 2}', '"\U0001F600\\q"', '"\U0001F600\U0001F600',
            '["\U0001F600\x05"]', '[1, "\U0001F600"] extra']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(ascii(bad), e.msg, e.pos, e.colno)
import _json
print(_json.scanstring('\U0001F600ab"cd', 1), _json.scanstring('\U0001F600"', 0))
print(_json.encode_basestring_ascii('\U0001F600\u00e9"'), ascii(_json.encode_basestring('\U0001F600\x1f"')))
