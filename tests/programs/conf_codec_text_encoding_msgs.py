import codecs
for n in ['rot13', 'ROT-13', 'hex', 'base64', 'zlib', 'nope']:
    for f in [lambda: 'x'.encode(n), lambda: b'x'.decode(n), lambda: str(b'x', n), lambda: bytearray(b'x').decode(n), lambda: bytes('x', n)]:
        try: f()
        except LookupError as e: print(e)
print(codecs.encode('abc', 'rot13'), codecs.decode(b'616263', 'hex'), codecs.encode(b'ab', 'base64'))
