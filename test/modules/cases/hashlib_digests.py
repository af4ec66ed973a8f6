# hashlib over the _md5/_sha1/_sha256/_sha512 modules: digests of many lengths, incremental
# updates, copies, attributes, errors, pbkdf2_hmac.
import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
for name in names:
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    for n in [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000, 5000]:
        data = bytes((i * 7 + n) % 256 for i in range(n))
        print(name, n, ctor(data).hexdigest(), hashlib.new(name, data).digest()[:4])
    h = ctor(b'abc')
    c = h.copy()
    for chunk in [b'x' * 10, b'y' * 100, b'z' * 1000]:
        h.update(chunk)
    print(name, h.hexdigest(), c.hexdigest(), ctor(b'abc' + b'x' * 10 + b'y' * 100 + b'z' * 1000).hexdigest())
    h = ctor()
    h.update(bytearray(b'bytearray'))
    h.update(memoryview(b'memoryview'))
    print(name, h.hexdigest())
for src in ['hashlib.md5("str")', 'hashlib.sha1(5)', 'hashlib.new("nope")', 'hashlib.new("SHA256", b"x").hexdigest()',
            'hashlib.sha256(string=b"x").hexdigest()', 'sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"})',
            'hashlib.md5(b"x", usedforsecurity=False).hexdigest()', 'hashlib.sha256().update("x")']:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'NaCl', 3, dklen=50).hex())
print(hashlib.pbkdf2_hmac('sha512', b'x' * 200, b'salt', 2).hex())
