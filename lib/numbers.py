"""Abstract base classes for numbers (numbers module, PEP 3141) for tspy.

Number > Complex > Real > Rational > Integral.  Each level declares the operations a
concrete class must implement (abstract) and derives the others from them; the
builtin complex, float and int are registered at their level.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _unimplemented(name, as_property=False):
    """An abstract method (or property) that concrete numbers must provide."""
    def method(self, *args):
        raise NotImplementedError
    method.__name__ = name
    method = abstractmethod(method)
    return property(method) if as_property else method


def _level(name, base, doc, required=(), required_properties=(), **provided):
    """A class of the tower: abstract `required` methods, concrete `provided` ones
    (and no instance dictionary)."""
    namespace = {'__slots__': (), '__doc__': doc, '__module__': __name__,
                 '__qualname__': name}
    for method in required:
        namespace[method] = _unimplemented(method)
    for prop in required_properties:
        namespace[prop] = _unimplemented(prop, as_property=True)
    for key, value in provided.items():
        if callable(value) and not isinstance(value, (property, type)):
            value.__name__, value.__qualname__ = key, f'{name}.{key}'
        namespace[key] = value
    return (ABCMeta if base is None else type(base))(
        name, () if base is None else (base, ), namespace)


Number = _level('Number', None,
                "The root of the numeric tower: isinstance(x, Number) is true for numbers.",
                __hash__=None)

Complex = _level(
    'Complex', Number, "Complex numbers: +, -, *, /, **, abs(), conjugate(), ==, complex().",
    required=('__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__',
              '__rmul__', '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__abs__',
              'conjugate', '__eq__'),
    required_properties=('real', 'imag'),
    __bool__=lambda self: self != 0,
    __sub__=lambda self, other: self + -other,
    __rsub__=lambda self, other: -self + other)

Real = _level(
    'Real', Complex,
    "Real numbers: adds ordering, floor division, modulo, float(), rounding.",
    required=('__float__', '__trunc__', '__floor__', '__ceil__', '__round__',
              '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__'),
    __divmod__=lambda self, other: (self // other, self % other),
    __rdivmod__=lambda self, other: (other // self, other % self),
    __complex__=lambda self: complex(float(self)),
    real=property(lambda self: +self, doc="A real number is its own real part."),
    imag=property(lambda self: 0, doc="Real numbers have no imaginary part."),
    conjugate=lambda self: +self)

Rational = _level(
    'Rational', Real, "Rational numbers: numerator and denominator.",
    required_properties=('numerator', 'denominator'),
    __float__=lambda self: int(self.numerator) / int(self.denominator))

Integral = _level(
    'Integral', Rational, "Integers: adds int(), index(), modular pow and bit operations.",
    required=('__int__', '__pow__', '__lshift__', '__rlshift__', '__rshift__',
              '__rrshift__', '__and__', '__rand__', '__xor__', '__rxor__', '__or__',
              '__ror__', '__invert__'),
    __index__=lambda self: int(self),
    __float__=lambda self: float(int(self)),
    numerator=property(lambda self: +self, doc="An integer is its own numerator."),
    denominator=property(lambda self: 1, doc="Integers have denominator 1."))

for _abc, _builtin in ((Complex, complex), (Real, float), (Integral, int)):
    _abc.register(_builtin)
del _abc, _builtin, _level
