"""Random numbers for security purposes: tokens, choices, bounded integers (CPython 3.11 API).

Written for tspy: everything draws from os.urandom through random.SystemRandom.
"""
import base64
import binascii
from random import SystemRandom

try:
    from _hashlib import compare_digest
except ImportError:
    def compare_digest(a, b):
        """Constant-time comparison of two str (ASCII) or two bytes-like objects."""
        if isinstance(a, str) and isinstance(b, str):
            a, b = a.encode('ascii'), b.encode('ascii')
        elif isinstance(a, str) or isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        a, b = bytes(a), bytes(b)
        diff = len(a) ^ len(b)
        for x, y in zip(a, b):
            diff |= x ^ y
        return diff == 0

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32  # bytes of randomness in a token when nbytes is not given


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return _sysrand.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """A random text string of 2*nbytes hexadecimal digits."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """A random URL-safe text string (base64 without padding) of nbytes random bytes."""
    raw = token_bytes(nbytes)
    return base64.urlsafe_b64encode(raw).rstrip(b'=').decode('ascii')
