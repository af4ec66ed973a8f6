# hashlib over the _md5/_sha1/_sha256/_sha512 modules: digests of many lengths, incremental
# updates, copies, attributes, errors, pbkdf2_hmac.
import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
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
for name in ['shake_128', 'shake_256']:
    for n in [0, 1, 100, 167, 168, 169, 500]:
        data = bytes(range(n % 256)) * (n // 256 + 1)
        h = getattr(hashlib, name)(data)
        print(name, n, h.hexdigest(10), h.digest(300)[-5:], h.name, h.digest_size, h.block_size, h.copy().hexdigest(3))
for kw in [dict(digest_size=8), dict(key=b'secret'), dict(salt=b'pepper', person=b'me'), dict(fanout=2, depth=3, leaf_size=100, node_offset=7, node_depth=1, inner_size=10, last_node=True)]:
    for name in ['blake2b', 'blake2s']:
        h = getattr(hashlib, name)(b'data' * 50, **kw)
        h.update(b'more' * 40)
        print(name, kw, h.hexdigest(), h.digest_size)
for src in ['hashlib.blake2b(digest_size=0)', 'hashlib.blake2s(digest_size=33)', 'hashlib.blake2b(key=b"x"*65)', 'hashlib.blake2b(salt=b"x"*17)',
            'hashlib.blake2b(person=b"x"*17)', 'hashlib.blake2b(fanout=256)', 'hashlib.blake2b(depth=0)', 'hashlib.blake2b(leaf_size=-1)',
            'hashlib.blake2b(node_depth=256)', 'hashlib.blake2b(inner_size=65)', 'hashlib.shake_128(b"x").digest()', 'hashlib.shake_128(b"x").digest(-1)',
            'hashlib.blake2b(b"a", b"b")', 'hashlib.new("blake2b", b"x", digest_size=8).hexdigest()', 'hashlib.blake2s(node_offset=2**48)',
            'hashlib.shake_256(b"").hexdigest(0)', 'hashlib.new("sha3_256", b"abc").hexdigest()']:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
import _hashlib
m = _hashlib.hmac_new(b'k', b'msg', 'sha256')
print(type(m).__name__, m.name, m.digest_size, m.block_size, m.hexdigest())
m2 = m.copy(); m2.update(b'more'); print(m.hexdigest() != m2.hexdigest(), m2.hexdigest())
print(_hashlib.hmac_new(b'k', b'msg', _hashlib.openssl_md5).hexdigest(), _hashlib.hmac_digest(b'k', b'm', 'sha1').hex())
print(_hashlib.hmac_new(b'x' * 200, b'y', 'sha512').hexdigest(), _hashlib.hmac_new(b'key', digestmod='sha3_256').hexdigest())
for src in ['_hashlib.hmac_new(b"k", digestmod="nope")', '_hashlib.hmac_new(b"k")', '_hashlib.compare_digest("a", b"a")', '_hashlib.compare_digest("é", "é")',
            '_hashlib.compare_digest(1, 2)', '_hashlib.compare_digest(b"ab", bytearray(b"ab"))', '_hashlib.compare_digest("ab", "ac")',
            'hashlib.new("sha512_256", b"abc").hexdigest()', 'hashlib.new("sha512_224", b"abc").hexdigest()', 'hashlib.new("SHA256", b"x").name',
            'hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0)', 'hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10, 0)', 'hashlib.pbkdf2_hmac("nope", b"pw", b"salt", 10)',
            'hashlib.md5', 'type(hashlib.sha1())', 'type(hashlib.shake_256())', 'hashlib.sha256().copy().name', '_hashlib.new("nope")', 'hashlib.new(5)',
            'hashlib.md5(b"x", b"y")', 'hashlib.md5(data=b"x")', 'hashlib.sha256().update()', 'hashlib.new()']:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
for name in ['ripemd160', 'sm3', 'md5-sha1', 'sha512_224', 'sha512_256']:
    for n in [0, 3, 55, 56, 64, 100, 1000]:
        data = bytes((i * 31 + n) % 256 for i in range(n))
        h = hashlib.new(name, data)
        print(name, n, h.hexdigest(), h.name, h.digest_size, h.block_size, h.copy().hexdigest() == h.hexdigest())
print(sorted(hashlib.algorithms_available))
