import base64
from base64 import *
import random, binascii
def attempt(f, *a, **k):
    try: return f(*a, **k)
    except Exception as e: return (type(e).__name__, str(e))
rng = random.Random(6)
datas = [bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40))) for _ in range(200)] + [b'', b'\0' * 8, b'    ' * 3, b'hello world', b'\0\0\0\0 ']
# --- round trips
[(b64encode(d), urlsafe_b64encode(d), b32encode(d), b32hexencode(d), b16encode(d), a85encode(d), a85encode(d, foldspaces=True, wrapcol=7, adobe=True, pad=True), b85encode(d), b85encode(d, pad=True), encodebytes(d)) for d in datas]
[(b64decode(b64encode(d)), b32decode(b32encode(d)), b32hexdecode(b32hexencode(d)), b16decode(b16encode(d)), a85decode(a85encode(d)), a85decode(a85encode(d, foldspaces=True, adobe=True, wrapcol=5), foldspaces=True, adobe=True), b85decode(b85encode(d)), decodebytes(encodebytes(d))) == (d,) * 8 for d in datas]
# --- errors and options
[attempt(f, *a, **k) for f, a, k in [(b64decode, ('YWJj',), {'validate': True}), (b64decode, ('YW*Jj',), {'validate': True}), (b64decode, ('YW*Jj',), {}), (b64decode, ('YWJ',), {}), (b64decode, ('YWJjZ',), {}), (b64decode, ('é',), {}), (b64decode, (1,), {}), (b64encode, ('x',), {}), (b64decode, ('-_8=',), {'altchars': '-_'}), (b64encode, (b'\xfb\xff',), {'altchars': b'-_'}), (b32decode, ('MFRGG===',), {}), (b32decode, ('mfrgg===',), {}), (b32decode, ('mfrgg===', True), {}), (b32decode, ('MFRG',), {}), (b32decode, ('M1RGG===',), {'map01': b'L'}), (b32decode, ('MFRGG=A=',), {}), (b32decode, ('MF======',), {}), (b32decode, ('M=======',), {}), (b32decode, ('MFR=====',), {}), (b16decode, ('6a',), {}), (b16decode, ('6a', True), {}), (b16decode, ('6',), {}), (a85decode, (b'<~BOu!rD]j7BEbo7~>',), {'adobe': True}), (a85decode, (b'BOu!rD]j7BEbo7',), {'adobe': True}), (a85decode, (b'zz',), {}), (a85decode, (b'az',), {}), (a85decode, (b's8W-"',), {}), (a85decode, (b'{',), {}), (a85decode, (b'y',), {'foldspaces': True}), (b85decode, (b'|',), {}), (b85decode, (b'"',), {}), (b85decode, (b'Xk~0{Zv',), {}), (a85encode, (b'\0' * 8,), {'foldspaces': True}), (standard_b64decode, ('YWJj',), {}), (urlsafe_b64decode, ('-_8=',), {})]]
base64.__all__, base64.MAXLINESIZE
import io
out = io.BytesIO(); base64.encode(io.BytesIO(b'x' * 100), out); out.getvalue()
out2 = io.BytesIO(); base64.decode(io.BytesIO(out.getvalue()), out2); out2.getvalue() == b'x' * 100
encodebytes('x')
encodebytes(memoryview(b'ab').cast('H'))
