"""Pseudo-random numbers (random module) for tspy.

The generator is the Mersenne Twister MT19937, written here in Python, seeded exactly
as CPython seeds it (an int becomes an array of 32-bit words, least significant first;
str/bytes are extended with their SHA-512 digest; other hashable seeds use hash()),
so a given seed produces the same sequence as in CPython.  The distributions use the
same algorithms as CPython too, for the same results.
"""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from os import urandom as _urandom
from collections.abc import Set as _Set, Sequence as _Sequence
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
import os as _os

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
    "vonmisesvariate", "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float's significand
RECIP_BPF = 2 ** -BPF


# ================================================================ MT19937

_N = 624
_M = 397
_MASK32 = 0xffffffff


class _MersenneTwister:
    """The raw generator: 32-bit outputs, seeding, state get/set."""

    def __init__(self, *args, **kwargs):
        self._mt = [0] * _N
        self._pos = _N

    # -- seeding
    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK32
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self._pos = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i, j = 1, 0
        for _ in range(max(_N, len(key))):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= len(key):
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000     # a nonzero initial state is guaranteed

    def seed(self, n=None):
        """Seed from an int (its absolute value), another hashable (its hash), or
        None (operating-system randomness)."""
        if n is None:
            entropy = _urandom(_N * 4)
            words = [int.from_bytes(entropy[k:k + 4], 'little') for k in range(0, _N * 4, 4)]
            self._init_by_array(words)
            return
        if isinstance(n, int):
            n = int.__abs__(n)
        else:
            n = hash(n) & 0xffffffffffffffff    # the hash as a C size_t
        words = []
        while n:
            words.append(n & _MASK32)
            n >>= 32
        self._init_by_array(words or [0])

    # -- output
    def _refill(self):
        mt = self._mt
        for i in range(_N):
            y = (mt[i] & 0x80000000) | (mt[i + 1 - _N if i + 1 >= _N else i + 1] & 0x7fffffff)
            nxt = mt[i + _M - _N if i + _M >= _N else i + _M] ^ (y >> 1)
            mt[i] = nxt ^ 0x9908b0df if y & 1 else nxt
        self._pos = 0

    def _next32(self):
        if self._pos >= _N:
            self._refill()
        y = self._mt[self._pos]
        self._pos += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        return y ^ (y >> 18)

    def random(self):
        """Float in [0.0, 1.0), from 53 random bits."""
        high = self._next32() >> 5
        low = self._next32() >> 6
        return (high * 67108864.0 + low) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k, /):
        """An int with k random bits."""
        k = _index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            return self._next32() >> (32 - k) if k else 0
        value = 0
        shift = 0
        while k > 0:
            word = self._next32()
            if k < 32:
                word >>= 32 - k
            value |= word << shift
            shift += 32
            k -= 32
        return value

    # -- state
    def getstate(self):
        return tuple(self._mt) + (self._pos, )

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError('state vector must be a tuple')
        if len(state) != _N + 1:
            raise ValueError('state vector is the wrong size')
        words = []
        for word in state[:_N]:
            word = _index(word)
            if word < 0 or word > _MASK32:
                raise OverflowError('Python int too large to convert to C unsigned long'
                                    if word > 0 else
                                    "can't convert negative value to unsigned int")
            words.append(word)
        pos = _index(state[_N])
        if pos < 0 or pos > _N:
            raise ValueError('invalid state')
        self._mt = words
        self._pos = pos


# The native generator (src/modules/random.ts) is the same MT19937, much faster than the Python
# one above, which stays as the reference for hosts without it.
try:
    from _random import Random as _MersenneTwister
except ImportError:
    pass


# ================================================================ Random

class Random(_MersenneTwister):
    """Random number generator; instances are independent generators (the module
    functions use a shared one).  Subclasses may provide random() (and possibly
    getrandbits()) to use another core generator."""

    VERSION = 3     # of the state tuple

    def __init__(self, x=None):
        super().__init__()
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialise the generator from a: None (fresh system randomness), int,
        float, str, bytes or bytearray.  Version 1 is the Python 2 algorithm for
        str/bytes."""
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            acc = ord(text[0]) << 7 if text else 0
            for ch in text:
                acc = ((1000003 * acc) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            acc ^= len(text)
            a = -2 if acc == -1 else acc
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            from hashlib import sha512
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + sha512(raw).digest(), 'big')
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        _MersenneTwister.seed(self, a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state from getstate()."""
        version = state[0]
        if version == 3:
            version, core, self.gauss_next = state
        elif version == 2:
            version, core, self.gauss_next = state
            # version 2 stored the words as signed ints
            try:
                core = tuple(word % (2 ** 32) for word in core)
            except ValueError as problem:
                raise TypeError from problem
        else:
            raise ValueError(f"state with version {version} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        super().setstate(core)

    # pickling and copying go through the state
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # -- choosing _randbelow for subclasses
    def __init_subclass__(cls, /, **kwargs):
        """A subclass that defines random() but not getrandbits() gets the
        random()-based _randbelow."""
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                break
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        """Uniform int in [0, n), n > 0, from random bits (rejection sampling)."""
        bits = self.getrandbits
        width = n.bit_length()
        candidate = bits(width)
        while candidate >= n:
            candidate = bits(width)
        return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Uniform int in [0, n) from random() alone."""
        draw = self.random
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(draw() * n)
        usable = (maxsize - maxsize % n) / maxsize
        r = draw()
        while r >= usable:
            r = draw()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # -- integers
    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        """Random item of range(start, stop[, step]) (without building it)."""
        first = _integer_argument(start, "non-integer arg 1 for randrange()")
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError("empty range for randrange()")
        last = _integer_argument(stop, "non-integer stop for randrange()")
        width = last - first
        stride = _integer_argument(step, "non-integer step for randrange()")
        if stride == 1:
            if width > 0:
                return first + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (first, last, width))
        if stride == 0:
            raise ValueError("zero step for randrange()")
        count = (width + stride - 1) // stride if stride > 0 else (width + stride + 1) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """Random int in [a, b] (both ends included)."""
        return self.randrange(a, b + 1)

    # -- sequences
    def choice(self, seq):
        """A random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct elements (by position) of the sequence population; counts
        repeats each element that many times."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            running = list(_accumulate(counts))
            if len(running) != size:
                raise ValueError('The number of counts does not match the population')
            total = running.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            elif total > 0:
                pass
            else:
                raise ValueError('Total of counts must be greater than zero')
            return [population[_bisect(running, pick)]
                    for pick in self.sample(range(total), k=k)]
        below = self._randbelow
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        picked = [None] * k
        # a list copy of the population costs less than a set of k indices when the
        # population is small
        set_cost = 21 + (4 ** _ceil(_log(k * 3, 4)) if k > 5 else 0)
        if size <= set_cost:
            pool = list(population)
            for i in range(k):
                j = below(size - i)
                picked[i] = pool[j]
                pool[j] = pool[size - i - 1]
        else:
            seen = set()
            for i in range(k):
                j = below(size)
                while j in seen:
                    j = below(size)
                seen.add(j)
                picked[i] = population[j]
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population chosen with replacement, optionally weighted
        (relative weights or cumulative weights)."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, top)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions
    def uniform(self, a, b):
        """Float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: the
        middle)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        draw = self.random
        while True:
            u1 = draw()
            u2 = 1.0 - draw()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution, faster than normalvariate (values come in pairs; the
        second is kept for the next call)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution (its log is normal(mu, sigma))."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution: mean angle mu, concentration
        kappa (Best and Fisher's algorithm)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * draw())
            d = z / (r + z)
            u2 = draw()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if draw() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm (1977)
            root = _sqrt(2.0 * alpha - 1.0)
            offset, slope = alpha - LOG4, alpha + root
            while True:
                first = draw()
                if first <= 1e-7 or first >= 0.9999999:
                    continue
                second = 1.0 - draw()
                logit = _log(first / (1.0 - first)) / root
                candidate = alpha * _exp(logit)
                squeeze = first * first * second
                bound = offset + slope * logit - candidate
                if bound + SG_MAGICCONST - 4.5 * squeeze >= 0.0 or bound >= _log(squeeze):
                    return candidate * beta
        if alpha == 1.0:
            return -_log(1.0 - draw()) * beta
        # 0 < alpha < 1: algorithm GS (Ahrens and Dieter)
        while True:
            b = (_e + alpha) / _e
            p = b * draw()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u1 = draw()
            accepted = u1 <= x ** (alpha - 1.0) if p > 1.0 else u1 <= _exp(-x)
            if accepted:
                return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] (alpha, beta > 0)."""
        y = self.gammavariate(alpha, 1.0)
        if not y:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


def _integer_argument(value, message):
    """randrange() arguments: ints (or __index__ objects); integral floats are still
    accepted with a DeprecationWarning."""
    try:
        return _index(value)
    except TypeError:
        pass
    as_int = int(value)
    from warnings import warn
    if as_int != value:
        warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
        raise ValueError(message)
    warn('non-integer arguments to randrange() have been deprecated '
         'since Python 3.10 and will be removed in a subsequent '
         'version', DeprecationWarning, 3)
    return as_int


# ================================================================ SystemRandom

class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom); no state, so seed()
    does nothing and getstate()/setstate() are not available."""

    def random(self):
        """Float in [0.0, 1.0) from 53 random bits."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        count = (k + 7) // 8
        return int.from_bytes(_urandom(count), 'big') >> (count * 8 - k)

    def randbytes(self, n):
        """n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """No effect (there is no state)."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# ================================================================ module functions

_inst = Random()

# The module-level functions are the methods of one shared generator.
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name

if hasattr(_os, "fork") and hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_inst.seed)
