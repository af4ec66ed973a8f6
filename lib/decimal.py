"""Decimal fixed and floating point arithmetic (a CPython 3.11 subset), written for tspy.

A finite Decimal is (sign, coefficient, exponent) with an int coefficient: the value is
(-1)**sign * coefficient * 10**exponent. Specials are Infinity, NaN and sNaN (with an optional
payload). Every operation computes the exact result (or, for division and square root, enough
digits plus a sticky digit) and `_finish` rounds it to the context precision, applies the
exponent limits and reports the conditions: flags are set, and the first trapped signal (in
the C implementation's order) is raised with the list of trapped conditions as its argument,
as CPython's _decimal does.

Provided: construction (str, int, float, tuple, Decimal), str/repr/format (e, f, g, %, n,
grouping), + - * / // % divmod, ** with integer exponents, comparisons and hashing consistent
with int/float/Fraction, quantize, rounding modes, to_integral*, normalize, sqrt, fma, copy_*,
is_*, as_tuple, as_integer_ratio, adjusted, max/min, compare*, same_quantum, scaleb,
number_class, to_eng_string, Context (prec, rounding, Emin, Emax, capitals, clamp, flags, traps
and the arithmetic methods), getcontext/setcontext/localcontext.
logical operations, shift/rotate, next_plus/next_minus/next_toward.
Not provided: non-integer powers.
"""
import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------------------------------------
# Signals


class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """Exponent of a 0 changed to fit bounds."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed."""


class ConversionSyntax(InvalidOperation):
    """Trying to convert a badly formed string."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """Division by 0."""


class DivisionImpossible(InvalidOperation):
    """The integer part of a division does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Undefined result of division (0/0)."""


class Inexact(DecimalException):
    """Had to round, losing information."""


class InvalidContext(InvalidOperation):
    """Invalid context."""


class Rounded(DecimalException):
    """Number got rounded (not necessarily changed during rounding)."""


class Subnormal(DecimalException):
    """Exponent < Emin before rounding."""


class Overflow(Inexact, Rounded):
    """Numerical overflow."""


class Underflow(Inexact, Rounded, Subnormal):
    """Numerical underflow with result rounded to 0."""


class FloatOperation(DecimalException, TypeError):
    """Mixing floats and Decimals in constructors or comparisons."""


# order of the flags/traps mappings, and the order in which a trapped signal is chosen
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
# order of Context.__repr__'s lists
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext)
# libmpdec's status bits, in order (several conditions are reported as InvalidOperation)
_BIT_ORDER = (Clamped, ConversionSyntax, DivisionByZero, DivisionImpossible, DivisionUndefined,
              Inexact, InvalidContext, InvalidOperation, FloatOperation, Overflow, Rounded,
              Subnormal, Underflow)


def _signal_of(cond):
    return InvalidOperation if cond in _CONDITIONS else cond


class _SignalDict(dict):
    """flags/traps: a dict keyed by the signals, printed without spaces after colons."""

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self.items()) + '}'

    def copy(self):
        return _SignalDict(self)

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError('invalid signal dict')
        dict.__setitem__(self, key, bool(value))


def _signal_dict(enabled):
    d = _SignalDict()
    for s in _SIGNALS:
        dict.__setitem__(d, s, s in enabled)
    return d


# ---------------------------------------------------------------------------------------------
# Context


class Context(object):
    """Precision, rounding, exponent limits, and the flags and traps of the signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            self.traps = base.traps.copy() if base else _signal_dict(
                (InvalidOperation, DivisionByZero, Overflow))
        elif isinstance(traps, dict):
            self.traps = _signal_dict([s for s in _SIGNALS if traps.get(s)])
        else:
            self.traps = _signal_dict(traps)
        if flags is None:
            self.flags = _signal_dict(())
        elif isinstance(flags, dict):
            self.flags = _signal_dict([s for s in _SIGNALS if flags.get(s)])
        else:
            self.flags = _signal_dict(flags)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('prec must be an integer')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('Emax must be an integer')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('Emin must be an integer')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, '
                                'ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, '
                                'ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name in ('capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('%s must be an integer' % name)
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or [1]' % name if name == 'clamp'
                                 else 'valid values for capitals are 0 or 1')
        elif name in ('flags', 'traps'):
            if not isinstance(value, _SignalDict):
                value = _signal_dict([s for s in _SIGNALS if value.get(s)]) \
                    if isinstance(value, dict) else _signal_dict(value)
        elif name[:1] != '_':
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def _flag_names(self):
        """Set flags in libmpdec's bit order; InvalidOperation where its first condition is."""
        raised = self.__dict__.get('_conds', ())
        names = []
        invalid_conds = [c for c in _CONDITIONS if c in raised]
        for cond in _BIT_ORDER:
            sig = _signal_of(cond)
            if not self.flags[sig]:
                continue
            if sig is InvalidOperation:
                if invalid_conds and cond not in invalid_conds:
                    continue
            elif sig is not cond:
                continue
            if sig.__name__ not in names:
                names.append(sig.__name__)
        return names

    def __repr__(self):
        flags = self._flag_names()
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, [s for s in _SIGNALS if self.flags[s]],
                          [s for s in _SIGNALS if self.traps[s]]))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, self.flags.copy(), self.traps.copy())

    __copy__ = copy

    def clear_flags(self):
        self.__dict__.pop('_conds', None)
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def _raise(self, conditions):
        """Set the flags of these conditions; raise the first trapped one."""
        trapped = []
        raised = self.__dict__.setdefault('_conds', set())
        for cond in conditions:
            sig = _signal_of(cond)
            dict.__setitem__(self.flags, sig, True)
            raised.add(cond)
        for cond in _CONDITIONS + _SIGNALS[1:]:
            if cond in conditions and self.traps[_signal_of(cond)]:
                trapped.append(cond)
        if trapped:
            for sig in _SIGNALS:
                if any(_signal_of(c) is sig for c in trapped):
                    raise sig(trapped)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._raise([ConversionSyntax])
            return _nan(0, '')
        d = Decimal(num, context=self)
        if d._special:
            if d._special in 'nN' and len(d._int_text()) > self.prec - self.clamp:
                self._raise([ConversionSyntax])
                return _nan(0, '')
            return d
        return _finish(d._sign, d._coef, d._exp, self)

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _conv(self, a):
        return _convert(a, self, strict=True)

    def abs(self, a):
        return self._conv(a).__abs__(context=self)

    def add(self, a, b):
        return self._conv(a).__add__(self._conv(b), context=self)

    def subtract(self, a, b):
        return self._conv(a).__sub__(self._conv(b), context=self)

    def multiply(self, a, b):
        return self._conv(a).__mul__(self._conv(b), context=self)

    def divide(self, a, b):
        return self._conv(a).__truediv__(self._conv(b), context=self)

    def divide_int(self, a, b):
        return self._conv(a).__floordiv__(self._conv(b), context=self)

    def remainder(self, a, b):
        return self._conv(a).__mod__(self._conv(b), context=self)

    def divmod(self, a, b):
        return self._conv(a).__divmod__(self._conv(b), context=self)

    def power(self, a, b, modulo=None):
        return self._conv(a).__pow__(self._conv(b), modulo, context=self)

    def plus(self, a):
        return self._conv(a).__pos__(context=self)

    def minus(self, a):
        return self._conv(a).__neg__(context=self)

    def quantize(self, a, b):
        return self._conv(a).quantize(self._conv(b), context=self)

    def sqrt(self, a):
        return self._conv(a).sqrt(context=self)

    def compare(self, a, b):
        return self._conv(a).compare(self._conv(b), context=self)

    def max(self, a, b):
        return self._conv(a).max(self._conv(b), context=self)

    def min(self, a, b):
        return self._conv(a).min(self._conv(b), context=self)

    def normalize(self, a):
        return self._conv(a).normalize(context=self)

    def fma(self, a, b, c):
        return self._conv(a).fma(b, c, context=self)

    def to_integral_value(self, a):
        return self._conv(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._conv(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return self._conv(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._conv(a).to_eng_string(context=self)

    def is_zero(self, a):
        return self._conv(a).is_zero()

    def is_signed(self, a):
        return self._conv(a).is_signed()

    def copy_abs(self, a):
        return self._conv(a).copy_abs()

    def copy_negate(self, a):
        return self._conv(a).copy_negate()

    def copy_decimal(self, a):
        return self._conv(a)



_current = [None]


def getcontext():
    """The current context (a copy of DefaultContext on first use)."""
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _current[0] = context


class _LocalContext(object):
    def __init__(self, ctx, changes):
        self.new_context = ctx.copy()
        for key, value in changes.items():
            if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                           'traps'):
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
            setattr(self.new_context, key, value)

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block with a copy of ctx (default: the current one)."""
    if ctx is None:
        ctx = getcontext()
    return _LocalContext(ctx, kwargs)


# ---------------------------------------------------------------------------------------------
# Decimal numbers


def _new(sign, coef, exp, special=''):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._special = special
    return d


def _nan(sign, payload, signaling=False):
    return _new(sign, int(payload) if payload else 0, 0, 'N' if signaling else 'n')


def _parse(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None if invalid."""
    s = text.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for head, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(head):
            payload = s[len(head):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, int(payload) if payload else 0, 0, kind
    mant, e_sep, e_text = low.partition('e')
    exp = 0
    if e_sep:
        digits = e_text[1:] if e_text[:1] in '+-' else e_text
        if not digits or not digits.isdigit():
            return None
        exp = int(e_text)
    whole, dot, frac = mant.partition('.')
    if not whole and not frac:
        return None
    body = whole + frac
    if not body.isdigit():
        return None
    if not all('0' <= ch <= '9' or ch.isdigit() for ch in body):
        return None
    coef = int(body)
    return sign, coef, exp - len(frac), ''


_OP_SYMBOLS = {'__add__': '+', '__sub__': '-', '__mul__': '*', '__truediv__': '/',
               '__floordiv__': '//', '__mod__': '%', '__divmod__': 'divmod()',
               '__pow__': '** or pow()'}


def _float_operand(op, left, right):
    """The TypeError CPython reports for Decimal <op> float (or float <op> Decimal)."""
    def name(x):
        return 'decimal.Decimal' if isinstance(x, Decimal) else type(x).__name__
    return TypeError('unsupported operand type(s) for %s: %r and %r'
                     % (_OP_SYMBOLS[op], name(left), name(right)))


def _convert(other, ctx, strict=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, abs(other), 0)
    if allow_float and isinstance(other, float):
        ctx._raise([FloatOperation]) if ctx.traps[FloatOperation] else \
            dict.__setitem__(ctx.flags, FloatOperation, True)
        return Decimal.from_float(other)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(other).__name__)
    return NotImplemented


def _round_coef(sign, coef, digits_to_drop, rounding):
    """coef with its last digits_to_drop digits removed and rounded; (new coef, inexact)."""
    if digits_to_drop <= 0:
        return coef, False
    scale = 10 ** digits_to_drop
    q, r = divmod(coef, scale)
    if r == 0:
        return q, False
    half = scale // 2
    up = False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    return q + (1 if up else 0), True


def _digits(n):
    return len(str(n)) if n else 1


def _finish(sign, coef, exp, ctx, conditions=None, exact=True):
    """Round (sign, coef, exp) to the context and apply its exponent limits."""
    conds = conditions if conditions is not None else []
    if not exact:
        conds.append(Inexact)
        conds.append(Rounded)
    prec = ctx.prec
    n = _digits(coef)
    if n > prec:
        coef, inexact = _round_coef(sign, coef, n - prec, ctx.rounding)
        exp += n - prec
        if Rounded not in conds:
            conds.append(Rounded)
        if inexact and Inexact not in conds:
            conds.append(Inexact)
        if _digits(coef) > prec:
            coef //= 10
            exp += 1
    etiny = ctx.Emin - prec + 1
    if coef and exp + _digits(coef) - 1 > ctx.Emax:
        conds += [Overflow, Inexact, Rounded]
        r = ctx.rounding
        to_inf = (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                  or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1))
        result = _new(sign, 0, 0, 'F') if to_inf else \
            _new(sign, 10 ** prec - 1, ctx.Emax - prec + 1)
        ctx._raise(_unique(conds))
        return result
    if coef and exp + _digits(coef) - 1 < ctx.Emin:
        conds.append(Subnormal)
        if exp < etiny:
            drop = etiny - exp
            coef, inexact = _round_coef(sign, coef, drop, ctx.rounding) if drop <= \
                _digits(coef) + 1 else (0 if ctx.rounding not in (ROUND_UP,) and not (
                    ctx.rounding == ROUND_CEILING and sign == 0) and not (
                    ctx.rounding == ROUND_FLOOR and sign == 1) else 1, True)
            exp = etiny
            conds.append(Rounded)
            if inexact:
                conds += [Inexact, Underflow]
                if coef == 0:
                    conds.append(Clamped)
    if coef == 0:
        top = ctx.Emax - prec + 1 if ctx.clamp else ctx.Emax
        if exp > top:
            exp = top
            conds.append(Clamped)
        elif exp < etiny:
            exp = etiny
            conds.append(Clamped)
    elif ctx.clamp and exp > ctx.Emax - prec + 1:
        pad = exp - (ctx.Emax - prec + 1)
        coef *= 10 ** pad
        exp -= pad
        conds.append(Clamped)
    if conds:
        ctx._raise(_unique(conds))
    return _new(sign, coef, exp)


def _unique(items):
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def _invalid(ctx, cond=InvalidOperation):
    ctx._raise([cond])
    return _nan(0, 0)


class Decimal(object):
    """Floating point decimal number: Decimal('3.14'), Decimal(5), Decimal((0, (1, 4), -2))."""

    __slots__ = ('_sign', '_coef', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        ctx = context if context is not None else getcontext()
        if isinstance(value, Decimal):
            d = _new(value._sign, value._coef, value._exp, value._special)
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx._raise([ConversionSyntax])
                d = _nan(0, 0)
            else:
                d = _new(*parsed)
        elif isinstance(value, int):
            d = _new(1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, float):
            dict.__setitem__(ctx.flags, FloatOperation, True)
            if ctx.traps[FloatOperation]:
                ctx._raise([FloatOperation])
            d = cls.from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal:
            return d
        obj = object.__new__(cls)
        obj._sign, obj._coef, obj._exp, obj._special = d._sign, d._coef, d._exp, d._special
        return obj

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            if _math.isnan(f):
                d = _nan(0, 0)
            elif _math.isinf(f):
                d = _new(1 if f < 0 else 0, 0, 0, 'F')
            else:
                sign = 1 if _math.copysign(1.0, f) < 0 else 0
                num, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1  # den is a power of two: num/2**k = num*5**k/10**k
                d = _new(sign, num * 5 ** k, -k)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- helpers
    def _int_text(self):
        return str(self._coef) if (self._coef or not self._special) else ''

    def _is_nan(self):
        return self._special in ('n', 'N')

    def _nan_result(self, other, ctx):
        """The NaN result of an operation with a NaN operand (sNaN signals), or None."""
        for x in (self, other):
            if x is not None and x._special == 'N':
                ctx._raise([InvalidOperation])
                return _nan(x._sign, x._coef)
        for x in (self, other):
            if x is not None and x._special == 'n':
                return x
        return None

    # -- conversions to text
    def __repr__(self):
        return "Decimal('%s')" % self

    def __str__(self, eng=False, context=None):
        ctx = context if context is not None else getcontext()
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special == 'n':
            return sign + 'NaN' + (str(self._coef) if self._coef else '')
        if self._special == 'N':
            return sign + 'sNaN' + (str(self._coef) if self._coef else '')
        digits = str(self._coef)
        exp = self._exp
        left = exp + len(digits)  # digits before the decimal point in plain notation
        if exp <= 0 and left > -6:
            point = left
        elif not eng:
            point = 1
        elif self._coef == 0:
            point = (left + 1) % 3 - 1
        else:
            point = (left - 1) % 3 + 1
        if point <= 0:
            text = '0.' + '0' * (-point) + digits
        elif point >= len(digits):
            text = digits + '0' * (point - len(digits))
        else:
            text = digits[:point] + '.' + digits[point:]
        if left != point:
            text += ('E' if ctx.capitals else 'e') + '%+d' % (left - point)
        return sign + text

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)

    # -- predicates and accessors
    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            return DecimalTuple(self._sign, tuple(int(c) for c in str(self._coef))
                                if self._coef else (), self._special)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._coef)), self._exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._coef == 0:
            return 0, 1
        n = self._coef
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._coef) - 1

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._special == 'F'

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and self._coef == 0

    def is_normal(self, context=None):
        ctx = context if context is not None else getcontext()
        return not self._special and self._coef != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context if context is not None else getcontext()
        return not self._special and self._coef != 0 and self.adjusted() < ctx.Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def number_class(self, context=None):
        ctx = context if context is not None else getcontext()
        sign = '-' if self._sign else '+'
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._coef == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def _neighbour(self, up, context):
        """next_plus (up) / next_minus: the closest representable number above / below in
        the context's precision; no flags are set and no signal is trapped."""
        ctx = (context if context is not None else getcontext()).copy()
        ctx.clear_flags()
        ctx.clear_traps()
        if self.is_nan():
            return self
        if self.is_infinite():
            if (self._sign == 0) == up:
                return self
            top = Decimal((self._sign, (9,) * ctx.prec, ctx.Etop() if ctx.clamp else ctx.Emax - ctx.prec + 1))
            return top
        if not self:
            return Decimal((0 if up else 1, (1,), ctx.Etiny()))
        ctx.rounding = ROUND_CEILING if up else ROUND_FLOOR
        # a step smaller than any gap between neighbours near self: the sum, rounded towards
        # the step, is the neighbour
        step = Decimal((0, (1,), max(self.adjusted() - ctx.prec, ctx.Etiny() - 1)))
        return self.__add__(step, context=ctx) if up else self.__sub__(step, context=ctx)

    def next_plus(self, context=None):
        return self._neighbour(True, context)

    def next_minus(self, context=None):
        return self._neighbour(False, context)

    def next_toward(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, ctx, strict=True)
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        c = self._cmp_key(other)
        if c == 0:
            return self.copy_sign(other)
        ans = self.next_plus(ctx) if c < 0 else self.next_minus(ctx)
        if ans._special == 'F':
            ctx._raise([Overflow, Inexact, Rounded])
        elif ans.adjusted() < ctx.Emin:
            ctx._raise([Underflow, Subnormal, Inexact, Rounded] + ([] if ans._coef else [Clamped]))
        return ans

    # -- logical operations and digit shifts (operands: the coefficient's digits, prec wide)
    def _is_logical(self):
        return not self._special and self._sign == 0 and self._exp == 0 and set(str(self._coef)) <= {'0', '1'}

    def _logical(self, other, op, ctx):
        ctx = ctx if ctx is not None else getcontext()
        other = _convert(other, ctx, strict=True)
        if not self._is_logical() or not other._is_logical():
            return _invalid(ctx)
        a = str(self._coef).rjust(ctx.prec, '0')[-ctx.prec:]
        b = str(other._coef).rjust(ctx.prec, '0')[-ctx.prec:]
        r = ''.join(str(op(int(x), int(y))) for x, y in zip(a, b))
        return _new(0, int(r), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, lambda x, y: x & y, context)

    def logical_or(self, other, context=None):
        return self._logical(other, lambda x, y: x | y, context)

    def logical_xor(self, other, context=None):
        return self._logical(other, lambda x, y: x ^ y, context)

    def logical_invert(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._logical(_new(0, int('1' * ctx.prec), 0), lambda x, y: x ^ y, ctx)

    def _digit_shift(self, other, ctx, rotate):
        ctx = ctx if ctx is not None else getcontext()
        other = _convert(other, ctx, strict=True)
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        if other._special or other._exp != 0:
            return _invalid(ctx)
        n = other._int_value()
        if not -ctx.prec <= n <= ctx.prec:
            return _invalid(ctx)
        if self._special == 'F':
            return _new(self._sign, self._coef, self._exp, self._special)
        digits = str(self._coef).rjust(ctx.prec, '0')[-ctx.prec:]
        if rotate:
            out = digits[n:] + digits[:n]
        elif n < 0:
            out = digits[:n]
        else:
            out = (digits + '0' * n)[-ctx.prec:]
        return _new(self._sign, int(out or '0'), self._exp)

    def rotate(self, other, context=None):
        return self._digit_shift(other, context, True)

    def shift(self, other, context=None):
        return self._digit_shift(other, context, False)

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._coef, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, getcontext(), strict=True)
        return _new(other._sign, self._coef, self._exp, self._special)

    def same_quantum(self, other, context=None):
        other = _convert(other, getcontext(), strict=True)
        if self._special or other._special:
            return (self._special == 'F' and other._special == 'F') or \
                (self.is_nan() and other.is_nan())
        return self._exp == other._exp

    # -- numeric conversions
    def __bool__(self):
        return bool(self._special) or self._coef != 0

    def _check_integral(self):
        if self._special in ('n', 'N'):
            raise ValueError('cannot convert NaN to integer')
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')

    def __int__(self):
        self._check_integral()
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
        else:
            n = self._coef // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special == 'n':
            return float('-nan' if self._sign else 'nan')
        if self._special == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        if self._special == 'F':
            return float('-inf' if self._sign else 'inf')
        return float(str(self))

    def __floor__(self):
        self._check_integral()
        n, d = self.as_integer_ratio()
        return n // d

    def __ceil__(self):
        self._check_integral()
        n, d = self.as_integer_ratio()
        return -(-n // d)

    def __round__(self, n=None):
        if n is None:
            self._check_integral()
            return int(self.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        if self._special == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._special == 'n':
            return object.__hash__(self)
        if self._special == 'F':
            return -314159 if self._sign else 314159
        modulus = 2 ** 61 - 1
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, modulus) % modulus
        else:
            inv10 = pow(10, modulus - 2, modulus)
            h = self._coef * pow(inv10, -self._exp, modulus) % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- comparisons
    def _cmp_key(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals."""
        inf_a = self._special == 'F'
        inf_b = other._special == 'F'
        if inf_a or inf_b:
            va = (-1 if self._sign else 1) if inf_a else 0
            vb = (-1 if other._sign else 1) if inf_b else 0
            if inf_a and inf_b:
                return (va > vb) - (va < vb)
            return va if inf_a else -vb
        if not self._coef and not other._coef:
            return 0
        if not self._coef:
            return -1 if other._sign == 0 else 1
        if not other._coef:
            return 1 if self._sign == 0 else -1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        adj_a = self.adjusted()
        adj_b = other.adjusted()
        if adj_a != adj_b:
            r = 1 if adj_a > adj_b else -1
        else:
            e = min(self._exp, other._exp)
            ca = self._coef * 10 ** (self._exp - e)
            cb = other._coef * 10 ** (other._exp - e)
            r = (ca > cb) - (ca < cb)
        return -r if self._sign else r

    def _compare_operand(self, other, equality):
        ctx = getcontext()
        if isinstance(other, float):
            dict.__setitem__(ctx.flags, FloatOperation, True)
            if not equality and ctx.traps[FloatOperation]:
                ctx._raise([FloatOperation])
            return Decimal.from_float(other)
        if isinstance(other, int):
            return _new(1 if other < 0 else 0, abs(other), 0)
        if isinstance(other, Decimal):
            return other
        if isinstance(other, _numbers.Rational):
            return other
        return NotImplemented

    def _rich(self, other, op, equality=False):
        other = self._compare_operand(other, equality)
        if other is NotImplemented:
            return other
        if not isinstance(other, Decimal):
            # a Fraction: compare exactly as ratios
            if self._special:
                if self.is_nan():
                    return op == 'ne'
                return _apply_cmp(op, -1 if self._sign else 1)
            n, d = self.as_integer_ratio()
            lhs = n * other.denominator
            rhs = other.numerator * d
            return _apply_cmp(op, (lhs > rhs) - (lhs < rhs))
        if self.is_nan() or other.is_nan():
            if self._special == 'N' or other._special == 'N' or not equality:
                if not equality or self._special == 'N' or other._special == 'N':
                    getcontext()._raise([InvalidOperation])
            return op == 'ne'
        return _apply_cmp(op, self._cmp_key(other))

    def __eq__(self, other):
        return self._rich(other, 'eq', True)

    def __ne__(self, other):
        r = self._rich(other, 'ne', True)
        return r

    def __lt__(self, other):
        return self._rich(other, 'lt')

    def __le__(self, other):
        return self._rich(other, 'le')

    def __gt__(self, other):
        return self._rich(other, 'gt')

    def __ge__(self, other):
        return self._rich(other, 'ge')

    def compare(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, ctx, strict=True)
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        return Decimal(self._cmp_key(other))

    def compare_signal(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, ctx, strict=True)
        if self.is_nan() or other.is_nan():
            ctx._raise([InvalidOperation])
            return _nan(0, 0)
        return self.compare(other, ctx)

    def compare_total(self, other, context=None):
        other = _convert(other, getcontext(), strict=True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        rank = {'': 1, 'F': 2, 'n': 4, 'N': 3}
        ra, rb = rank[self._special], rank[other._special]
        if ra != rb:
            r = -1 if ra < rb else 1
        elif ra == 1:
            r = self._cmp_key(other)
            if r == 0:
                r = (self._exp > other._exp) - (self._exp < other._exp)
                if self._sign:
                    r = -r
                return Decimal(r)
        elif ra in (3, 4):
            r = (self._coef > other._coef) - (self._coef < other._coef)
        else:
            r = 0
        return Decimal(-r if self._sign else r)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, getcontext(), strict=True)
        return self.copy_abs().compare_total(other.copy_abs())

    def max(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, ctx, strict=True)
        if self.is_nan() or other.is_nan():
            if self._special == 'n' and not other.is_nan():
                return other._plus(ctx)
            if other._special == 'n' and not self.is_nan():
                return self._plus(ctx)
            return self._nan_result(other, ctx)
        c = self._cmp_key(other)
        if c == 0:
            c = self.compare_total(other)._int_sign()
        return (self if c > 0 else other)._plus(ctx)

    def min(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, ctx, strict=True)
        if self.is_nan() or other.is_nan():
            if self._special == 'n' and not other.is_nan():
                return other._plus(ctx)
            if other._special == 'n' and not self.is_nan():
                return self._plus(ctx)
            return self._nan_result(other, ctx)
        c = self._cmp_key(other)
        if c == 0:
            c = self.compare_total(other)._int_sign()
        return (self if c < 0 else other)._plus(ctx)

    def max_mag(self, other, context=None):
        other = _convert(other, getcontext(), strict=True)
        return self if self.copy_abs()._cmp_key(other.copy_abs()) >= 0 else other

    def min_mag(self, other, context=None):
        other = _convert(other, getcontext(), strict=True)
        return self if self.copy_abs()._cmp_key(other.copy_abs()) <= 0 else other

    def _int_sign(self):
        return 0 if not self._coef else (-1 if self._sign else 1)

    # -- arithmetic
    def _plus(self, ctx):
        if self._special:
            nan = self._nan_result(None, ctx)
            return nan if nan is not None else self
        sign = self._sign
        if self._coef == 0 and ctx.rounding != ROUND_FLOOR:
            sign = 0
        return _finish(sign, self._coef, self._exp, ctx)

    def __pos__(self, context=None):
        return self._plus(context if context is not None else getcontext())

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            return nan if nan is not None else self.copy_negate()
        if self._coef == 0 and ctx.rounding != ROUND_FLOOR:
            return _finish(0, 0, self._exp, ctx)
        return _finish(1 - self._sign, self._coef, self._exp, ctx)

    def __abs__(self, round=True, context=None):
        ctx = context if context is not None else getcontext()
        if not round:
            return self.copy_abs()
        if self._special:
            nan = self._nan_result(None, ctx)
            return nan if nan is not None else self.copy_abs()
        return _finish(0, self._coef, self._exp, ctx)

    def __add__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        if isinstance(other, float):
            raise _float_operand('__add__', self, other)
        other = _convert(other, ctx)
        if other is NotImplemented:
            return other
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                return _invalid(ctx)
            return self if self._special == 'F' else other
        e = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - e) if self._coef else 0
        b = other._coef * 10 ** (other._exp - e) if other._coef else 0
        # very different magnitudes: the small operand only decides rounding
        a = -a if self._sign else a
        b = -b if other._sign else b
        total = a + b
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and ctx.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
            return _finish(sign, 0, e, ctx)
        return _finish(1 if total < 0 else 0, abs(total), e, ctx)

    __radd__ = lambda self, other, context=None: _swap(self, other, Decimal.__add__, context)

    def __sub__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        if isinstance(other, float):
            raise _float_operand('__sub__', self, other)
        other = _convert(other, ctx)
        if other is NotImplemented:
            return other
        if other.is_nan():
            return self.__add__(other, context=ctx)
        return self.__add__(other.copy_negate(), context=ctx)

    def __rsub__(self, other, context=None):
        return _swap(self, other, Decimal.__sub__, context)

    def __mul__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        if isinstance(other, float):
            raise _float_operand('__mul__', self, other)
        other = _convert(other, ctx)
        if other is NotImplemented:
            return other
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if (self._special != 'F' and not self._coef) or \
                    (other._special != 'F' and not other._coef):
                return _invalid(ctx)
            return _new(sign, 0, 0, 'F')
        return _finish(sign, self._coef * other._coef, self._exp + other._exp, ctx)

    def __rmul__(self, other, context=None):
        return _swap(self, other, Decimal.__mul__, context)

    def __truediv__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        if isinstance(other, float):
            raise _float_operand('__truediv__', self, other)
        other = _convert(other, ctx)
        if other is NotImplemented:
            return other
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return _invalid(ctx)
            return _new(sign, 0, 0, 'F')
        if other._special == 'F':
            ctx._raise([Clamped])
            return _new(sign, 0, ctx.Emin - ctx.prec + 1)
        if not other._coef:
            if not self._coef:
                return _invalid(ctx, DivisionUndefined)
            ctx._raise([DivisionByZero])
            return _new(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if not self._coef:
            return _finish(sign, 0, ideal, ctx)
        shift = _digits(other._coef) - _digits(self._coef) + ctx.prec + 1
        if shift >= 0:
            q, r = divmod(self._coef * 10 ** shift, other._coef)
        else:
            q, r = divmod(self._coef, other._coef * 10 ** -shift)
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
            return _finish(sign, q, exp, ctx)
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
        return _finish(sign, q, exp, ctx)

    def __rtruediv__(self, other, context=None):
        return _swap(self, other, Decimal.__truediv__, context)

    def _divide_integer(self, other, ctx):
        """(quotient, remainder) as in divmod, or a (NaN, NaN) pair; None when not finite."""
        sign = self._sign ^ other._sign
        if not other._coef:
            return None
        e = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - e)
        b = other._coef * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            return 'impossible'
        return _new(sign, q, 0), _finish(self._sign, r, e, ctx)

    def __floordiv__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        if isinstance(other, float):
            raise _float_operand('__floordiv__', self, other)
        other = _convert(other, ctx)
        if other is NotImplemented:
            return other
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return _invalid(ctx)
            return _new(sign, 0, 0, 'F')
        if other._special == 'F':
            return _new(sign, 0, 0)
        if not other._coef:
            if not self._coef:
                return _invalid(ctx, DivisionUndefined)
            ctx._raise([DivisionByZero])
            return _new(sign, 0, 0, 'F')
        res = self._divide_integer(other, ctx)
        if res == 'impossible':
            return _invalid(ctx, DivisionImpossible)
        return res[0]

    def __rfloordiv__(self, other, context=None):
        return _swap(self, other, Decimal.__floordiv__, context)

    def __mod__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        if isinstance(other, float):
            raise _float_operand('__mod__', self, other)
        other = _convert(other, ctx)
        if other is NotImplemented:
            return other
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        if self._special == 'F':
            return _invalid(ctx)
        if other._special == 'F':
            return self._plus(ctx)
        if not other._coef:
            if not self._coef:
                return _invalid(ctx, DivisionUndefined)
            return _invalid(ctx)
        res = self._divide_integer(other, ctx)
        if res == 'impossible':
            return _invalid(ctx, DivisionImpossible)
        return res[1]

    def __rmod__(self, other, context=None):
        return _swap(self, other, Decimal.__mod__, context)

    def __divmod__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        if isinstance(other, float):
            raise _float_operand('__divmod__', self, other)
        other = _convert(other, ctx)
        if other is NotImplemented:
            return other
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                n = _invalid(ctx)
                return n, n
            return _new(sign, 0, 0, 'F'), _invalid(ctx)
        if other._special == 'F':
            return _new(sign, 0, 0), self._plus(ctx)
        if not other._coef:
            if not self._coef:
                n = _invalid(ctx, DivisionUndefined)
                return n, n
            ctx._raise([DivisionByZero, InvalidOperation])
            return _new(sign, 0, 0, 'F'), _nan(0, 0)
        res = self._divide_integer(other, ctx)
        if res == 'impossible':
            n = _invalid(ctx, DivisionImpossible)
            return n, n
        return res

    def __rdivmod__(self, other, context=None):
        return _swap(self, other, Decimal.__divmod__, context)

    def remainder_near(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, ctx, strict=True)
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        if self._special == 'F' or not other._coef:
            return _invalid(ctx)
        if other._special == 'F':
            return self._plus(ctx)
        e = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - e)
        b = other._coef * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q % 2 == 1):
            r -= b
            q += 1
        if _digits(q) > ctx.prec:
            return _invalid(ctx, DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _finish(sign, r, e, ctx)

    def __pow__(self, other, modulo=None, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, ctx)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _convert(modulo, ctx, strict=True)
            if self._special or other._special or modulo._special or \
                    self._exp or other._exp or modulo._exp or other._sign or \
                    not modulo._coef:
                return _invalid(ctx)
            sign = 1 if (self._sign and other._coef % 2) else 0
            return _finish(sign, pow(self._coef, other._coef, m), 0, ctx)
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        if other._special == 'F' or self._special == 'F':
            return self._pow_special(other, ctx)
        if not self._coef:
            if not other._coef:
                return _invalid(ctx)
            odd = other._is_integer() and other._int_value() % 2 == 1
            sign = self._sign if odd else 0
            if other._sign:
                return _new(sign, 0, 0, 'F')
            return _new(sign, 0, 0)
        if not other._is_integer():
            if self._sign:
                return _invalid(ctx)
            return self._pow_real(other, ctx)
        n = other._int_value()
        sign = self._sign if n % 2 else 0
        if n == 0:
            return _finish(0, 1, 0, ctx)
        if n > 0:
            if (_digits(self._coef) - 1) * n > ctx.prec * 4 + 1000 or \
                    abs(self._exp * n) > ctx.Emax * 4 + 1000:
                return self._pow_real(other, ctx, sign)
            coef = self._coef ** n
            return _finish(sign, coef, self._exp * n, ctx)
        # negative integer power: 1 / x**|n| with enough guard digits
        work = Context(prec=ctx.prec + _digits(-n) + 10, rounding=ROUND_HALF_EVEN,
                       Emin=ctx.Emin * 4 - 10, Emax=ctx.Emax * 4 + 10)
        work.clear_traps()
        denom = _new(0, self._coef, self._exp).__pow__(_new(0, -n, 0), context=work)
        exact = not (work.flags[Inexact])
        q = _new(0, 1, 0).__truediv__(denom, context=work)
        exact = exact and not work.flags[Inexact]
        conds = [] if exact else None
        if exact:
            return _finish(sign, q._coef, q._exp, ctx)
        return _finish(sign, q._coef * 10 + (0 if q._coef % 10 not in (0, 5) else 1),
                       q._exp - 1, ctx, conds, exact=False)

    def _pow_special(self, other, ctx):
        if other._special == 'F':
            if not self._coef and not self._special:
                return _new(0, 0, 0, 'F') if other._sign else _new(0, 0, 0)
            mag = self.copy_abs()._cmp_key(_new(0, 1, 0))
            if self._sign and not self._special:
                return _invalid(ctx)
            if mag == 0:
                return _finish(0, 10 ** (ctx.prec - 1), -(ctx.prec - 1), ctx, exact=False)
            big = (mag > 0) != bool(other._sign)
            return _new(0, 0, 0, 'F') if big else _new(0, 0, 0)
        if not other._coef:
            return _finish(0, 1, 0, ctx)
        odd = other._is_integer() and other._int_value() % 2 == 1
        sign = self._sign if odd else 0
        if self._sign and not other._is_integer():
            return _invalid(ctx)
        if other._sign:
            return _new(sign, 0, 0)
        return _new(sign, 0, 0, 'F')

    def _pow_real(self, other, ctx, sign=0):
        raise NotImplementedError('tspy decimal: non-integer powers are not provided')

    def __rpow__(self, other, modulo=None, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, ctx)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=ctx)

    def _is_integer(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._coef % 10 ** -self._exp == 0

    def _int_value(self):
        v = self._coef * 10 ** self._exp if self._exp >= 0 else self._coef // 10 ** -self._exp
        return -v if self._sign else v

    def fma(self, other, third, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, ctx, strict=True)
        third = _convert(third, ctx, strict=True)
        work = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX)
        work.clear_traps()
        product = self.__mul__(other, context=work)
        if product.is_nan() and (self._special == 'N' or other._special == 'N'):
            ctx._raise([InvalidOperation])
            return product
        if work.flags[InvalidOperation]:
            return _invalid(ctx)
        return product.__add__(third, context=ctx)

    # -- exponent manipulation
    def quantize(self, exp, rounding=None, context=None):
        """This number rounded (or padded) to the exponent of exp."""
        ctx = context if context is not None else getcontext()
        exp = _convert(exp, ctx, strict=True)
        rounding = rounding if rounding is not None else ctx.rounding
        if rounding not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, '
                            'ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, '
                            'ROUND_HALF_EVEN,\n   ROUND_05UP]')
        nan = self._nan_result(exp, ctx)
        if nan is not None:
            return nan
        if self._special == 'F' or exp._special == 'F':
            if self._special == 'F' and exp._special == 'F':
                return self
            return _invalid(ctx)
        target = exp._exp
        if not (ctx.Emin - ctx.prec + 1 <= target <= ctx.Emax):
            return _invalid(ctx)
        if not self._coef:
            return _finish(self._sign, 0, target, ctx)
        if target <= self._exp:
            coef = self._coef * 10 ** (self._exp - target)
            inexact = False
        else:
            coef, inexact = _round_coef(self._sign, self._coef, target - self._exp, rounding)
        if _digits(coef) > ctx.prec:
            return _invalid(ctx)
        conds = []
        if target > self._exp:
            conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
        result = _new(self._sign, coef, target)
        if coef and result.adjusted() < ctx.Emin:
            conds.append(Subnormal)
        if result.adjusted() > ctx.Emax:
            return _invalid(ctx)
        if conds:
            ctx._raise(conds)
        return result

    def _to_integral(self, rounding, ctx, exact):
        if self._special:
            nan = self._nan_result(None, ctx)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        if not self._coef:
            return _new(self._sign, 0, 0)
        coef, inexact = _round_coef(self._sign, self._coef, -self._exp,
                                    rounding if rounding is not None else ctx.rounding)
        if exact:
            conds = [Rounded] + ([Inexact] if inexact else [])
            ctx._raise(conds)
        return _new(self._sign, coef, 0)

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context if context is not None else getcontext(),
                                 False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context if context is not None else getcontext(),
                                 True)

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            return nan if nan is not None else self
        d = self._plus(ctx)
        if d._special or not d._coef:
            return _new(d._sign, 0, 0) if not d._special else d
        coef, exp = d._coef, d._exp
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _new(d._sign, coef, exp)

    reduce = normalize

    def scaleb(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, ctx, strict=True)
        nan = self._nan_result(other, ctx)
        if nan is not None:
            return nan
        if other._special or other._exp != 0:
            return _invalid(ctx)
        if self._special == 'F':
            return self
        return _finish(self._sign, self._coef, self._exp + other._int_value(), ctx)

    def logb(self, context=None):
        ctx = context if context is not None else getcontext()
        nan = self._nan_result(None, ctx)
        if nan is not None:
            return nan
        if self._special == 'F':
            return _new(0, 0, 0, 'F')
        if not self._coef:
            ctx._raise([DivisionByZero])
            return _new(1, 0, 0, 'F')
        return _finish(*_split_int(self.adjusted()), ctx)

    def sqrt(self, context=None):
        """The square root, correctly rounded to the context precision."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = self._nan_result(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return _invalid(ctx)
            return self
        ideal = self._exp // 2
        if not self._coef:
            return _new(self._sign, 0, ideal)
        if self._sign:
            return _invalid(ctx)
        prec = ctx.prec
        coef, exp = self._coef, self._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        # scale so that the root has at least prec + 1 digits
        need = 2 * (prec + 1) - _digits(coef)
        shift = max(0, (need + 1) // 2)
        coef *= 10 ** (2 * shift)
        exp -= 2 * shift
        root = _math.isqrt(coef)
        rexp = exp // 2
        if root * root != coef:
            if root % 5 == 0:
                root += 1
            return _finish(0, root, rexp, ctx, exact=True)
        while rexp < ideal and root % 10 == 0:
            root //= 10
            rexp += 1
        return _finish(0, root, rexp, ctx)

    def exp(self, context=None):
        raise NotImplementedError('tspy decimal: exp() is not provided')

    def ln(self, context=None):
        raise NotImplementedError('tspy decimal: ln() is not provided')

    def log10(self, context=None):
        raise NotImplementedError('tspy decimal: log10() is not provided')



# Context methods that only apply the Decimal method of the same name with this context
def _ctx_method(name, kind):
    if kind == 1:
        def m(self, a):
            return getattr(self._conv(a), name)(context=self)
    elif kind == 2:
        def m(self, a, b):
            return getattr(self._conv(a), name)(b, context=self)
    else:
        def m(self, a):
            return getattr(self._conv(a), name)()
    m.__name__ = m.__qualname__ = name
    m.__qualname__ = 'Context.' + name
    return m


for _names, _kind in ((('exp', 'ln', 'log10', 'logb', 'logical_invert', 'next_minus', 'next_plus', 'number_class',
                        'is_normal', 'is_subnormal'), 1),
                      (('compare_signal', 'compare_total', 'compare_total_mag', 'copy_sign', 'logical_and', 'logical_or',
                        'logical_xor', 'max_mag', 'min_mag', 'next_toward', 'remainder_near', 'rotate', 'same_quantum',
                        'scaleb', 'shift'), 2),
                      (('canonical', 'is_canonical', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan'), 0)):
    for _n in _names:
        if hasattr(Decimal, _n) and not hasattr(Context, _n):
            setattr(Context, _n, _ctx_method(_n, _kind))
del _names, _kind, _n

def _split_int(n):
    return (1 if n < 0 else 0), abs(n), 0


def _apply_cmp(op, c):
    if op == 'eq':
        return c == 0
    if op == 'ne':
        return c != 0
    if op == 'lt':
        return c < 0
    if op == 'le':
        return c <= 0
    if op == 'gt':
        return c > 0
    return c >= 0


def _swap(self, other, method, context):
    ctx = context if context is not None else getcontext()
    if isinstance(other, float):
        raise _float_operand(method.__name__, other, self)
    other = _convert(other, ctx)
    if other is NotImplemented:
        return other
    return method(other, self, context=ctx)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return _new(sign, 0, 0, 'F')
    if exp in ('n', 'N'):
        payload = 0
        for dg in digits:
            payload = payload * 10 + dg
        return _new(sign, payload, 0, exp)
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    return _new(sign, coef, exp)


# ---------------------------------------------------------------------------------------------
# format()


def _parse_spec(spec):
    """Parse [[fill]align][sign][z][#][0][width][grouping][.precision][type]."""
    out = {'fill': ' ', 'align': None, 'sign': '-', 'z': False, 'alt': False, 'zero': False,
           'width': 0, 'group': '', 'prec': None, 'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        out['fill'], out['align'] = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        out['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        out['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        out['z'] = True
        i += 1
    if i < n and spec[i] == '0':
        out['zero'] = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        out['width'] = int(spec[start:i])
    if i < n and spec[i] == ',':
        out['group'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        out['prec'] = int(spec[start:i])
    if i < n:
        out['type'] = spec[i]
        i += 1
    if i != n or (out['type'] is not None and out['type'] not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if out['zero'] and out['align'] is None:
        out['fill'], out['align'] = '0', '='
    return out


def _format_decimal(d, spec):
    ctx = getcontext()
    s = _parse_spec(spec)
    kind = s['type']
    if kind is None:
        kind = 'G' if ctx.capitals else 'g'
        s['type'] = kind
    if kind == 'n':
        kind = 'g'
    prec = s['prec']
    rounding = ctx.rounding
    if d._special:
        body = 'Infinity' if d._special == 'F' else ('NaN' if d._special == 'n' else 'sNaN')
        if d._special in 'nN' and d._coef:
            body += str(d._coef)
        if kind == '%':
            body += '%'
        return _pad(d._sign, body, s)
    if kind == '%':
        d = _new(d._sign, d._coef, d._exp + 2)
    if prec is not None:
        if kind in 'gG' and prec == 0:
            prec = 1
        if kind in 'eE':
            d = _round_sig(d, prec + 1, rounding)
            short = prec + 1 - _digits(d._coef)
            if d._coef and short > 0:
                d = _new(d._sign, d._coef * 10 ** short, d._exp - short)
        elif kind in 'fF%':
            d = _quantize_exact(d, -prec, rounding)
        elif _digits(d._coef) > prec:
            d = _round_sig(d, prec, rounding)
    if not d._coef and d._exp > 0 and kind in 'fF%':
        d = _new(d._sign, 0, 0)
    sign = d._sign
    if s['z'] and not d._coef:
        sign = 0
    digits = str(d._coef)
    left = d._exp + len(digits)
    if kind in 'eE':
        point = 1 - prec if (not d._coef and prec is not None) else 1
    elif kind in 'fF%':
        point = left
    else:
        point = left if (d._exp <= 0 and left > -6) else 1
    if point < 0:
        intpart, frac = '0', '0' * (-point) + digits
    elif point > len(digits):
        intpart, frac = digits + '0' * (point - len(digits)), ''
    else:
        intpart, frac = digits[:point] or '0', digits[point:]
    expo = left - point
    tail = ''
    if frac or s['alt']:
        tail = '.' + frac
    if expo != 0 or kind in 'eE':
        tail += ('E' if kind in 'EG' else 'e') + '%+d' % expo
    if kind == '%':
        tail += '%'
    sign_text = '-' if sign else ('' if s['sign'] == '-' else s['sign'])
    if s['group'] or (s['fill'] == '0' and s['align'] == '='):
        pad_to = s['width'] - len(tail) - len(sign_text) if s['fill'] == '0' and \
            s['align'] == '=' else 0
        intpart = _group(intpart, s['group'], pad_to)
    return _pad(sign, intpart + tail, s)


def _group(intpart, sep, min_width):
    """intpart with separators every 3 digits, zero-padded (with separators) to min_width."""
    if not sep:
        return intpart.rjust(min_width, '0') if min_width > len(intpart) else intpart
    groups = []
    rest = intpart
    while True:
        groups.append(rest[-3:])
        rest = rest[:-3]
        if not rest:
            break
    text = sep.join(reversed(groups))
    while len(text) < min_width:
        size = len(groups[-1])
        if size < 3:
            groups[-1] = '0' + groups[-1]
        else:
            groups.append('0')
        text = sep.join(reversed(groups))
    return text


def _pad(sign, body, s):
    if sign:
        prefix = '-'
    elif s['sign'] == '+':
        prefix = '+'
    elif s['sign'] == ' ':
        prefix = ' '
    else:
        prefix = ''
    width = s['width']
    align = s['align'] or '>'
    fill = s['fill']
    room = width - len(prefix) - len(body)
    if room <= 0:
        return prefix + body
    if align == '=':
        return prefix + fill * room + body
    if align == '<':
        return prefix + body + fill * room
    if align == '^':
        left = room // 2
        return fill * left + prefix + body + fill * (room - left)
    return fill * room + prefix + body


def _quantize_exact(d, target, rounding):
    if target <= d._exp:
        return _new(d._sign, d._coef * 10 ** (d._exp - target), target)
    coef, _inexact = _round_coef(d._sign, d._coef, target - d._exp, rounding)
    return _new(d._sign, coef, target)


def _round_sig(d, sig, rounding):
    n = _digits(d._coef)
    if not d._coef:
        return d
    if n > sig:
        coef, _inexact = _round_coef(d._sign, d._coef, n - sig, rounding)
        exp = d._exp + n - sig
        if _digits(coef) > sig:
            coef //= 10
            exp += 1
        return _new(d._sign, coef, exp)
    return d


# ---------------------------------------------------------------------------------------------
# Standard contexts

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1,
                       clamp=0, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          capitals=1, clamp=0, flags=[], traps=[])
_default_ready = True

_numbers.Number.register(Decimal)
