# hmac edge cases: unknown or unusable digestmods, str data, one-shot digest with memoryview, sizes
import hmac, hashlib
for dm in ("nonexistent", 5, None):
    try:
        hmac.new(b"k", b"m", dm)
    except Exception as e:
        print(type(e).__name__, e)
try:
    hmac.new(b"k", "str", "sha256")
except TypeError as e:
    print(e)
h = hmac.new(b"k", digestmod="sha256")
try:
    h.update("s")
except TypeError as e:
    print(e)
print(hmac.digest(b"k", b"m", "sha1").hex(), hmac.digest(b"k", memoryview(b"m"), hashlib.sha1).hex())
print(hmac.HMAC.blocksize, hmac.new(b"k", digestmod="sha512").block_size)
h = hmac.new(b"key", b"msg", "sha3_512")
print(h.name, h.digest_size, h.block_size, len(h.hexdigest()))
print(type(hmac.HMAC.digest_size).__name__)
try:
    hmac.new(b"k", b"m", "shake_128").hexdigest()
except Exception as e:
    print(type(e).__name__, e)
