"""Keyed-hashing for message authentication (RFC 2104), written for tspy over hashlib.

HMAC(K, m) = H((K' ^ opad) || H((K' ^ ipad) || m)), where K' is the key (hashed first when it is
longer than the hash's block) padded with zero bytes to the block size, ipad the byte 0x36 and
opad 0x5c repeated.
"""

import hashlib as _hashlib_mod
from _hashlib import compare_digest

# XOR tables over all byte values, as bytes.translate() uses them
trans_5C = bytes(b ^ 0x5C for b in range(256))
trans_36 = bytes(b ^ 0x36 for b in range(256))

# the size of an HMAC's digest depends on the hash: the module has none of its own
digest_size = None


def _constructor(digestmod):
    """A function (data=b'') -> a new hash object, from a name, a constructor or a module."""
    if not digestmod:
        raise TypeError("Missing required parameter 'digestmod'.")
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        def make(data=b"", _name=digestmod):
            return _hashlib_mod.new(_name, data)
        return make

    def make_from_module(data=b"", _module=digestmod):
        return _module.new(data)
    return make_from_module


class HMAC:
    """An HMAC computation in progress: update() feeds it, digest()/hexdigest() read it."""

    blocksize = 64      # the block size the RFC assumes (unused: the hash's own is taken)

    __slots__ = ("_digest_cons", "_inner", "_outer", "_hmac", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._init_old(key, msg, digestmod)

    def _init_old(self, key, msg, digestmod):
        """The two-hash construction over hashlib (tspy has no OpenSSL HMAC object: _hmac is None)."""
        self._hmac = None
        make = _constructor(digestmod)
        self._digest_cons = make
        inner = make()
        if getattr(inner, "name", "").startswith("shake_"):
            # a hash of variable length has no digest() of its own: python3's OpenSSL HMAC refuses it
            raise ValueError("no reason supplied")
        outer = make()
        self.digest_size = inner.digest_size
        size = getattr(inner, "block_size", None)
        if size is None:
            import warnings
            warnings.warn("No block_size attribute on given digest object; Assuming %d." % self.blocksize,
                          RuntimeWarning, 2)
            size = self.blocksize
        elif size < 16:
            import warnings
            warnings.warn("block_size of %d seems too small; using our default of %d." % (size, self.blocksize),
                          RuntimeWarning, 2)
            size = self.blocksize
        self.block_size = size
        if len(key) > size:
            key = make(key).digest()
        padded = bytes(key).ljust(size, b"\0")
        outer.update(padded.translate(trans_5C))
        inner.update(padded.translate(trans_36))
        self._inner = inner
        self._outer = outer
        if msg is not None:
            self.update(msg)

    # where CPython would build an OpenSSL HMAC object: tspy has none, the same construction runs
    _init_hmac = _init_old

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC with the same state."""
        twin = type(self).__new__(type(self))
        twin._digest_cons = self._digest_cons
        twin._hmac = None
        twin.digest_size = self.digest_size
        twin.block_size = self.block_size
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _finished(self):
        last = self._outer.copy()
        last.update(self._inner.digest())
        return last

    def digest(self):
        """The MAC of the message so far, as bytes (the HMAC can still be updated)."""
        return self._finished().digest()

    def hexdigest(self):
        """digest() as a string of hexadecimal digits."""
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object for `key` (bytes), fed `msg` when given, over the hash `digestmod`."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` under `key` with the hash `digest`, in one call."""
    return HMAC(key, msg, digest).digest()
