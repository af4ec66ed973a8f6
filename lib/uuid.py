"""UUID objects (RFC 4122) and the uuid1/3/4/5 generators (CPython 3.11 API), for tspy.

A UUID is one 128-bit int; every other view (hex, bytes, bytes_le, fields, time, clock_seq,
node, urn, variant, version) is computed from it. uuid1() uses a random multicast node id
(there is no portable way to read the MAC address here) unless one is given.
"""
import os
import sys
from enum import Enum

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


_MAX = 1 << 128


class UUID(object):
    """A universally unique identifier; construct from hex, bytes, bytes_le, fields or int."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None,
                 *, is_safe=SafeUUID.unknown):
        given = [x is not None for x in (hex, bytes, bytes_le, fields, int)]
        if given.count(True) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be '
                            'given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '')
            digits = digits.strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(digits, 16)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = (bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = int_.from_bytes(bytes, 'big')
        elif fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            limits = (('time_low', 32), ('time_mid', 16), ('time_hi_version', 16),
                      ('clock_seq_hi_variant', 8), ('clock_seq_low', 8), ('node', 48))
            for value, (name, bits) in zip(fields, limits):
                if not 0 <= value < 1 << bits:
                    raise ValueError('field %d out of range (need a %d-bit value)'
                                     % (limits.index((name, bits)) + 1, bits))
            tl, tm, th, csh, csl, node = fields
            int = ((tl << 96) | (tm << 80) | (th << 64) | (((csh << 8) | csl) << 48) | node)
        if not 0 <= int < _MAX:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if version not in (1, 2, 3, 4, 5):
                raise ValueError('illegal version number')
            # RFC 4122 variant bits (10xx) and the version nibble
            variant_mask, version_mask = 0xc000 << 48, 0xf000 << 64
            int = (int & ~variant_mask & ~version_mask) | (0x8000 << 48) | (version << 76)
        _set = object.__setattr__
        _set(self, 'int', int)
        _set(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state['is_safe'])
                           if 'is_safe' in state else SafeUUID.unknown)

    def _key_of(self, other):
        return other.int if isinstance(other, UUID) else None

    def __eq__(self, other):
        k = self._key_of(other)
        return NotImplemented if k is None else self.int == k

    def __lt__(self, other):
        k = self._key_of(other)
        return NotImplemented if k is None else self.int < k

    def __gt__(self, other):
        k = self._key_of(other)
        return NotImplemented if k is None else self.int > k

    def __le__(self, other):
        k = self._key_of(other)
        return NotImplemented if k is None else self.int <= k

    def __ge__(self, other):
        k = self._key_of(other)
        return NotImplemented if k is None else self.int >= k

    def __hash__(self):
        value = self.int
        return hash(value)

    def __int__(self):
        return self.int

    def __repr__(self):
        return type(self).__name__ + '(' + repr(self.__str__()) + ')'

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    time_low = property(lambda self: self.int >> 96)
    time_mid = property(lambda self: (self.int >> 80) & 0xffff)
    time_hi_version = property(lambda self: (self.int >> 64) & 0xffff)
    clock_seq_hi_variant = property(lambda self: (self.int >> 56) & 0xff)
    clock_seq_low = property(lambda self: (self.int >> 48) & 0xff)
    node = property(lambda self: self.int & 0xffffffffffff)

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32)
                | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = self.int >> 61
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


_node = None


def getnode():
    """A 48-bit node id: random, with the multicast bit set (RFC 4122 section 4.5)."""
    global _node
    if _node is None:
        _node = int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and a node id."""
    global _last_timestamp
    import time
    ns = time.time_ns()
    timestamp = ns // 100 + 0x01b21dd213814000
    if _last_timestamp is not None:
        timestamp = max(timestamp, _last_timestamp + 1)  # strictly increasing
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    low = timestamp & 0xffffffff
    mid = (timestamp >> 32) & 0xffff
    hi = (timestamp >> 48) & 0x0fff
    if node is None:
        node = getnode()
    return UUID(fields=(low, mid, hi, (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node),
                version=1)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    digest = md5(namespace.bytes + bytes(name, 'utf-8'), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)  # MD5 gives exactly 16 bytes


def uuid4():
    """A random UUID."""
    return UUID(int=int.from_bytes(os.urandom(16), 'big'), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + bytes(name, 'utf-8')).digest()
    return UUID(bytes=digest[:16], version=5)


# RFC 4122 appendix C: 6ba7b81X-9dad-11d1-80b4-00c04fd430c8 for X = 0, 1, 2, 4
NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500 = [
    UUID('6ba7b81%s-9dad-11d1-80b4-00c04fd430c8' % x) for x in '0124']
