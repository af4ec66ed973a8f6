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
    make = _constructors.get(name) or _constructors.get(name.lower())
    if make is None:
        raise ValueError(f'unsupported hash type {name}')
    return make(data, **kwargs)


def _as_bytes(value):
    return bytes(memoryview(value))


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC-HASH_NAME as the pseudo-random function."""
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    make = _constructors.get(hash_name.lower())
    if make is None:
        raise ValueError('unsupported hash type ' + hash_name)
    key, salt = _as_bytes(password), _as_bytes(salt)
    width = make().block_size
    if len(key) > width:
        key = make(key).digest()
    key = key.ljust(width, b'\0')
    # HMAC's two keyed states, computed once and copied for every message
    ipad_state = make(bytes(k ^ 0x36 for k in key))
    opad_state = make(bytes(k ^ 0x5C for k in key))

    def hmac(message):
        inner = ipad_state.copy()
        inner.update(message)
        outer = opad_state.copy()
        outer.update(inner.digest())
        return outer.digest()

    if iterations < 1:
        raise ValueError(iterations)
    size = opad_state.digest_size
    length = size if dklen is None else dklen
    if length < 1:
        raise ValueError(dklen)
    blocks = []
    index = 0
    while sum(map(len, blocks)) < length:
        index += 1
        u = hmac(salt + index.to_bytes(4, 'big'))
        total = int.from_bytes(u, 'big')
        for _ in range(1, iterations):
            u = hmac(u)
            total ^= int.from_bytes(u, 'big')
        blocks.append(total.to_bytes(size, 'big'))
    return b''.join(blocks)[:length]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The digest of a binary file object's remaining contents."""
    h = new(digest) if isinstance(digest, str) else digest()
    getbuffer = getattr(fileobj, 'getbuffer', None)
    if getbuffer is not None:
        h.update(getbuffer())
        return h
    readable = getattr(fileobj, 'readable', None)
    if not hasattr(fileobj, 'readinto') or readable is None or not readable():
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    chunk = fileobj.read(_bufsize)
    while chunk:
        h.update(chunk)
        chunk = fileobj.read(_bufsize)
    return h
