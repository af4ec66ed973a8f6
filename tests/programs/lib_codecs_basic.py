import codecs
import io
import os
import tempfile

for name in ('utf-8', 'UTF8', 'utf_8', 'latin-1', 'Latin1', 'iso-8859-1', 'ascii', 'US-ASCII', 'utf-16', 'utf-16-le',
             'UTF-16BE', 'utf-32', 'cp1252', 'windows-1252', 'utf-8-sig', 'hex', 'base64', 'rot13', 'mac_roman'):
    info = codecs.lookup(name)
    print(name, '->', info.name, type(info).__name__, len(info))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo'), codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot-13'))
print(codecs.encode(b'\x01\xff', 'hex'), codecs.decode(b'01ff', 'hex'), codecs.encode(b'data', 'base64'), codecs.decode(b'ZGF0YQ==\n', 'base64'))
print(codecs.encode('a€', 'ascii', 'replace'), codecs.encode('a€', 'ascii', 'xmlcharrefreplace'), codecs.encode('a€', 'ascii', 'backslashreplace'), codecs.decode(b'a\xff', 'utf-8', 'replace'))
print(codecs.getencoder('utf-8')('x€'), codecs.getdecoder('latin-1')(b'\xe9'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM == codecs.BOM_UTF16_LE, codecs.BOM_LE, codecs.BOM_BE)
dec = codecs.getincrementaldecoder('utf-8')()
data = 'añ€😀z'.encode('utf-8')
print([dec.decode(data[i:i + 1]) for i in range(len(data))], dec.decode(b'', final=True))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x82')))
try:
    dec.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('ab'), enc.encode('c'), enc.encode('', final=True))
enc = codecs.getincrementalencoder('utf-8-sig')()
print(enc.encode('x'), enc.encode('y'))
print(list(codecs.iterencode(['a', 'é', '€'], 'utf-8')), ''.join(codecs.iterdecode([b'\xc3', b'\xa9', b'!'], 'utf-8')))
buf = io.BytesIO()
w = codecs.getwriter('utf-8')(buf)
w.write('héllo\n')
w.writelines(['a', 'b\n'])
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader('utf-8')(buf)
print(repr(r.readline()), repr(r.read()))
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with codecs.open(p, 'w', encoding='utf-16') as f:
    f.write('line one\n')
    f.write('línea dos\n')
with open(p, 'rb') as f:
    raw = f.read()
print(raw[:2], len(raw))
with codecs.open(p, 'r', encoding='utf-16') as f:
    print([line for line in f])
os.remove(p)
os.rmdir(d)
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('ignore')(UnicodeEncodeError('ascii', 'a€b', 1, 2, 'x')),
      codecs.replace_errors(UnicodeDecodeError('utf-8', b'a\xffb', 1, 2, 'x')), codecs.backslashreplace_errors(UnicodeEncodeError('ascii', 'a€b', 1, 2, 'x')))
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print(e)
codecs.register_error('myhandler', lambda exc: ('?', exc.end))
print(codecs.lookup_error('myhandler')(UnicodeEncodeError('ascii', 'a€', 1, 2, 'x')))
def search(name):
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)), lambda b, errors='strict': (b.decode().lower(), len(b)), name='my-codec')
    return None
codecs.register(search)
print(codecs.lookup('my-codec').name, codecs.encode('abc', 'my-codec'), codecs.decode(b'XYZ', 'my_codec'))
codecs.unregister(search)
try:
    codecs.lookup('my-codec')
except LookupError as e:
    print(e)
