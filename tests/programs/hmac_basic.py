# hmac over hashlib: names, sizes, copy/update, one-shot digest, compare_digest, errors
import hmac, hashlib, operator
for mod in ("sha256", hashlib.md5, hashlib.sha1, "sha512", "sha3_256", "blake2b"):
    h = hmac.new(b"key", b"The quick brown fox", mod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b"k" * 200, digestmod="sha256")
h.update(b"abc")
c = h.copy()
c.update(b"def")
print(h.hexdigest(), c.hexdigest(), h.digest() == hmac.digest(b"k" * 200, b"abc", "sha256"))
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
for bad in [("s", b"x"), (1, 2)]:
    try:
        hmac.compare_digest(*bad)
    except TypeError as e:
        print(e)
try:
    hmac.new("str", b"x", "sha256")
except TypeError as e:
    print(e)
try:
    hmac.new(b"k", b"x")
except TypeError as e:
    print(e)
print(hmac.new(bytearray(b"k"), None, "md5").hexdigest(), hmac.digest_size, hmac.trans_36[:4])
# RFC 4231 test case 2 and RFC 2202 test case 2
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha1).hexdigest())
h = hmac.HMAC(b"\x0b" * 20, digestmod=hashlib.sha384)
h.update(b"Hi ")
h.update(memoryview(b"There"))
print(h.hexdigest(), len(h.digest()), type(h).__name__)
print(hmac.new(b"", b"", "md5").hexdigest(), hmac.new(b"x" * 64, b"", "md5").hexdigest(), hmac.new(b"x" * 65, b"", "md5").hexdigest())
