"""Secure hashes and message digests (tspy: over the _md5, _sha1, _sha256 and _sha512 modules).

    h = hashlib.sha256(b"data"); h.update(b"more"); h.hexdigest()
"""

import _md5
import _sha1
import _sha256
import _sha512

_constructors = {
    'md5': _md5.md5,
    'sha1': _sha1.sha1,
    'sha224': _sha256.sha224,
    'sha256': _sha256.sha256,
    'sha384': _sha512.sha384,
    'sha512': _sha512.sha512,
}

algorithms_guaranteed = frozenset(_constructors)
algorithms_available = frozenset(_constructors)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

md5 = _md5.md5
sha1 = _sha1.sha1
sha224 = _sha256.sha224
sha256 = _sha256.sha256
sha384 = _sha512.sha384
sha512 = _sha512.sha512


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - a new hash object of the named algorithm."""
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    ctor = _constructors.get(name) or _constructors.get(name.lower())
    if ctor is None:
        raise ValueError('unsupported hash type ' + name)
    return ctor(data, **kwargs)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as the PRF."""
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    ctor = _constructors.get(hash_name.lower())
    if ctor is None:
        raise ValueError('unsupported hash type ' + hash_name)
    password = bytes(memoryview(password))
    salt = bytes(memoryview(salt))
    inner, outer = ctor(), ctor()
    blocksize = inner.block_size
    if len(password) > blocksize:
        password = ctor(password).digest()
    password = password + b'\x00' * (blocksize - len(password))
    inner.update(bytes(b ^ 0x36 for b in password))
    outer.update(bytes(b ^ 0x5C for b in password))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if iterations < 1:
        raise ValueError(iterations)
    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError(dklen)
    key = b''
    block = 1
    while len(key) < dklen:
        prev = prf(salt + block.to_bytes(4, 'big'))
        acc = int.from_bytes(prev, 'big')
        for _ in range(iterations - 1):
            prev = prf(prev)
            acc ^= int.from_bytes(prev, 'big')
        block += 1
        key += acc.to_bytes(inner.digest_size, 'big')
    return key[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
