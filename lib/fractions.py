"""Rational numbers (fractions module) for tspy.

A Fraction keeps an int numerator and a positive int denominator with no common
factor.  Arithmetic with ints and Fractions is exact; with floats or complex numbers
it falls back to float/complex arithmetic.
"""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

# Parameters of the hash of numbers (see "Hashing of numeric types" in the library
# reference): hashes of equal numbers of any type agree.
_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf


def _decimal_type():
    """decimal.Decimal, if that module is loaded (no Decimal can exist otherwise)."""
    module = sys.modules.get('decimal')
    return getattr(module, 'Decimal', None)


# ---------------------------------------------------------------- string syntax

def _skip_space(text, pos):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _digit_groups(text, pos):
    """End of digits with single underscores between them (1_000) at pos; pos when
    there are none."""
    end = pos
    while end < len(text) and text[end].isdecimal():
        end += 1
    if end == pos:
        return pos
    while end + 1 < len(text) and text[end] == '_' and text[end + 1].isdecimal():
        end += 2
        while end < len(text) and text[end].isdecimal():
            end += 1
    return end


def _parse(text):
    """(sign, numerator digits, denominator digits or None, decimal part or None,
    exponent or None) of a fraction literal, or None when the text is invalid.

    The syntax: optional sign, then 'num/denom' or a decimal number with optional
    exponent; surrounding whitespace allowed.  As in CPython 3.11, the fractional
    part may also be a run of the letter d (which int() then rejects)."""
    pos = _skip_space(text, 0)
    sign = ''
    if pos < len(text) and text[pos] in '+-':
        sign = text[pos]
        pos += 1
    starts_number = pos < len(text) and (
        text[pos].isdecimal()
        or (text[pos] == '.' and pos + 1 < len(text) and text[pos + 1].isdecimal()))
    if not starts_number:
        return None
    num_end = _digit_groups(text, pos)
    numerator = text[pos:num_end]
    pos = num_end
    if pos < len(text) and text[pos] == '/':
        denom_end = _digit_groups(text, pos + 1)
        if denom_end == pos + 1 or _skip_space(text, denom_end) != len(text):
            return None
        return sign, numerator, text[pos + 1:denom_end], None, None
    decimal = exponent = None
    if pos < len(text) and text[pos] == '.':
        pos += 1
        start = pos
        while pos < len(text) and text[pos] in 'dD':
            pos += 1
        if pos == start:
            pos = _digit_groups(text, start)
        decimal = text[start:pos]
    if pos < len(text) and text[pos] in 'eE':
        mark = pos + 1
        if mark < len(text) and text[mark] in '+-':
            mark += 1
        exp_end = _digit_groups(text, mark)
        if exp_end > mark:
            exponent = text[pos + 1:exp_end]
            pos = exp_end
    if _skip_space(text, pos) != len(text):
        return None
    return sign, numerator, None, decimal, exponent


def _from_text(text):
    parsed = _parse(text)
    if parsed is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    sign, num_digits, denom_digits, decimal, exponent = parsed
    numerator = int(num_digits or '0')
    if denom_digits is not None:
        denominator = int(denom_digits)
    else:
        denominator = 1
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator = scale
        if exponent:
            power = int(exponent)
            if power >= 0:
                numerator *= 10 ** power
            else:
                denominator *= 10 ** -power
    return (-numerator if sign == '-' else numerator), denominator


# ---------------------------------------------------------------- operators

def _operator_fallbacks(monomorphic_operator, fallback_operator):
    """The forward and reflected methods of an operator: exact with Rationals,
    float arithmetic with reals, complex arithmetic with complex numbers."""
    def forward(a, b):
        exact = isinstance(b, (int, Fraction))
        if exact or not isinstance(b, (float, complex)):
            return monomorphic_operator(a, b) if exact else NotImplemented
        widen = float if isinstance(b, float) else complex
        return fallback_operator(widen(a), b)

    def reverse(b, a):
        for kind, widen in ((numbers.Rational, None), (numbers.Real, float),
                            (numbers.Complex, complex)):
            if isinstance(a, kind):
                if widen is None:
                    return monomorphic_operator(a, b)
                return fallback_operator(widen(a), widen(b))
        return NotImplemented

    name = fallback_operator.__name__
    forward.__name__, reverse.__name__ = f'__{name}__', f'__r{name}__'
    forward.__doc__ = reverse.__doc__ = monomorphic_operator.__doc__
    return forward, reverse


def _comparison(op):
    def method(a, b):
        return a._richcmp(b, op)
    method.__name__ = f'__{op.__name__}__'
    return method


def _common_terms(a, b):
    """(a.n * b.d, b.n * a.d, a.d * b.d)"""
    return (a.numerator * b.denominator, b.numerator * a.denominator,
            a.denominator * b.denominator)


def _lowest_terms(numerator, denominator):
    return Fraction(numerator, denominator, _normalize=False)


class Fraction(numbers.Rational):
    """Fraction(numerator=0, denominator=1): the rational number numerator/denominator.

    Also Fraction(other_fraction), Fraction(float or Decimal) (exact value), and
    Fraction(string) for strings like '3/7', '-1.5', ' 2e-3 '."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            decimal_type = _decimal_type()
            if isinstance(numerator, float) or (decimal_type is not None
                                                and isinstance(numerator, decimal_type)):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            numerator, denominator = _from_text(numerator)
        elif type(numerator) is not int or type(denominator) is not int:
            if not (isinstance(numerator, numbers.Rational)
                    and isinstance(denominator, numbers.Rational)):
                raise TypeError("both arguments should be Rational instances")
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            common = math.gcd(numerator, denominator)
            if denominator < 0:
                common = -common
            numerator //= common
            denominator //= common
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Fraction."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or int) as a Fraction."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator)"""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction closest to self whose denominator is at most max_denominator
        (from the continued fraction expansion of self)."""
        if not max_denominator >= 1:
            raise ValueError("max_denominator should be at least 1")
        if max_denominator >= self._denominator:
            return Fraction(self)
        # Convergents p/q of the continued fraction, while q stays small enough.
        prev_p, prev_q, p, q = 0, 1, 1, 0
        num, den = self._numerator, self._denominator
        while True:
            term = num // den
            next_q = prev_q + term * q
            if next_q > max_denominator:
                break
            prev_p, prev_q, p, q = p, q, prev_p + term * p, next_q
            num, den = den, num - term * den
        # The best semiconvergent with an allowed denominator, against the last
        # convergent: whichever is closer (the convergent on ties).
        steps = (max_denominator - prev_q) // q
        semi_p, semi_q = prev_p + steps * p, prev_q + steps * q
        if 2 * den * semi_q <= self._denominator:
            return _lowest_terms(p, q)
        return _lowest_terms(semi_p, semi_q)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return f'{self.__class__.__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    # -- exact operations on Rationals
    def _add(a, b):
        """a + b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        common = math.gcd(da, db)
        if common == 1:
            return _lowest_terms(na * db + da * nb, da * db)
        da_part = da // common
        top = na * (db // common) + nb * da_part
        shared = math.gcd(top, common)
        if shared == 1:
            return _lowest_terms(top, da_part * db)
        return _lowest_terms(top // shared, da_part * (db // shared))

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        common = math.gcd(da, db)
        if common == 1:
            return _lowest_terms(na * db - da * nb, da * db)
        da_part = da // common
        top = na * (db // common) - nb * da_part
        shared = math.gcd(top, common)
        if shared == 1:
            return _lowest_terms(top, da_part * db)
        return _lowest_terms(top // shared, da_part * (db // shared))

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        across1 = math.gcd(na, db)
        if across1 > 1:
            na, db = na // across1, db // across1
        across2 = math.gcd(nb, da)
        if across2 > 1:
            nb, da = nb // across2, da // across2
        return _lowest_terms(na * nb, db * da)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        tops = math.gcd(na, nb)
        if tops > 1:
            na, nb = na // tops, nb // tops
        bottoms = math.gcd(db, da)
        if bottoms > 1:
            da, db = da // bottoms, db // bottoms
        top, bottom = na * db, nb * da
        if bottom < 0:
            top, bottom = -top, -bottom
        return _lowest_terms(top, bottom)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    # a // b, a % b and divmod work on a.n*b.d and b.n*a.d over a common denominator
    def _floordiv(a, b):
        """a // b"""
        left, right, _ = _common_terms(a, b)
        return left // right

    def _divmod(a, b):
        """divmod(a, b)"""
        left, right, common = _common_terms(a, b)
        quotient, rest = divmod(left, right)
        return quotient, Fraction(rest, common)

    def _mod(a, b):
        """a % b"""
        left, right, common = _common_terms(a, b)
        return Fraction(left % right, common)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)
    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for integral exponents, float otherwise."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        power = b.numerator
        if power >= 0:
            return _lowest_terms(a._numerator ** power, a._denominator ** power)
        if a._numerator >= 0:
            return _lowest_terms(a._denominator ** -power, a._numerator ** -power)
        return _lowest_terms((-a._denominator) ** -power, (-a._numerator) ** -power)

    def __rpow__(b, a):
        """a ** b"""
        integral = b._denominator == 1
        if integral and b._numerator >= 0:
            return a ** b._numerator    # an int stays an int
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator).__pow__(b)
        return a ** (b._numerator if integral else float(b))

    def __pos__(a):
        """+a: a plain Fraction equal to a"""
        return _lowest_terms(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _lowest_terms(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _lowest_terms(abs(a._numerator), a._denominator)

    def __trunc__(a):
        """math.trunc(a): rounded towards zero"""
        magnitude = abs(a._numerator) // a._denominator
        return magnitude if a._numerator >= 0 else -magnitude

    def __int__(a, _index=operator.index):
        """int(a): rounded towards zero"""
        return _index(a.__trunc__())

    def __floor__(a):
        """floor(a): rounded towards minus infinity"""
        return divmod(a._numerator, a._denominator)[0]

    def __ceil__(a):
        """math.ceil(a)"""
        whole, rest = divmod(a._numerator, a._denominator)
        return whole + 1 if rest else whole

    def __round__(self, ndigits=None):
        """round(self, ndigits): ties go to the even neighbour; an int without
        ndigits, else a Fraction."""
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice = rest * 2
            if twice < self._denominator or (twice == self._denominator and whole % 2 == 0):
                return whole
            return whole + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """hash(self), consistent with equal ints, floats and Decimals."""
        m, n = self._numerator, self._denominator
        if n % _PyHASH_MODULUS == 0:
            value = _PyHASH_INF
        else:
            # n's inverse modulo the (prime) modulus, by Fermat's little theorem
            value = (abs(m) % _PyHASH_MODULUS) * pow(n, _PyHASH_MODULUS - 2,
                                                     _PyHASH_MODULUS) % _PyHASH_MODULUS
        if m < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        """a == b"""
        if isinstance(b, numbers.Rational):
            # both sides are in lowest terms
            return (a._numerator, a._denominator) == (b.numerator, b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isnan(b) or math.isinf(b):
            return 0.0 == b     # a finite number compares like zero with these
        return a == a.from_float(b)

    def _richcmp(self, other, op):
        """Compare with a Rational exactly, with a float through its exact value."""
        if isinstance(other, float):
            if other - other != 0.0:
                # nan or an infinity: a finite number compares like zero
                return op(0.0, other)
            other = self.from_float(other)
        elif not isinstance(other, numbers.Rational):
            return NotImplemented
        return op(self._numerator * other.denominator, self._denominator * other.numerator)

    def __bool__(a):
        """a != 0"""
        # bool() of the numerator itself: a Rational numerator need not compare with 0
        return bool(a._numerator)

    # Fractions are immutable: pickling and copying keep numerator and denominator.
    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()

    __lt__ = _comparison(operator.lt)
    __gt__ = _comparison(operator.gt)
    __le__ = _comparison(operator.le)
    __ge__ = _comparison(operator.ge)
