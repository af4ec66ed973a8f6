import functools
import inspect
import typing


def f(a, b: int = 1, /, c=2, *args, d, e: 'str' = 'x', **kw) -> typing.List[int]:
    """Doc of f.

        indented line
    last line
    """


def g(x, y):
    pass


def h(*, only):
    pass


class C:
    """Class doc."""
    def __init__(self, p, q=3):
        self.p = p

    def m(self, r, *rest):
        return r

    @classmethod
    def cm(cls, z):
        pass

    @staticmethod
    def sm(w=0):
        pass

    def __call__(self, k):
        pass


class D(C):
    def m(self, r, *rest):
        return 0


s = inspect.signature(f)
print(s, repr(s))
for p in s.parameters.values():
    print(repr(p), str(p), p.kind, repr(p.kind), p.kind.description, p.default is inspect.Parameter.empty, p.annotation)
print(s.return_annotation, inspect.Signature.empty, inspect.Parameter.empty)
ba = s.bind(1, 2, 3, 4, d=5, z=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba)
for args, kw in [((), {}), ((1,), {}), ((1,), {'d': 1, 'a': 2}), ((1, 2, 3), {'c': 4, 'd': 1})]:
    try:
        print(s.bind(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
gs = inspect.signature(g)
for args, kw in [((1, 2, 3), {}), ((1,), {'y': 2, 'q': 3}), ((), {'x': 1}), ((1,), {'x': 2})]:
    try:
        print(gs.bind(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
print(gs.bind_partial(1), inspect.signature(h).bind(only=1))
try:
    inspect.signature(h).bind(1)
except TypeError as e:
    print(e)
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C(1)))
print(inspect.signature(functools.partial(g, 1)), inspect.signature(functools.partial(g, y=2)), inspect.signature(functools.partial(f, 1, 2, 3, d=4)))
print(inspect.signature(lambda a, *b, **c: 0), inspect.signature(lambda: 0))
class E:
    pass
print(inspect.signature(E))
@functools.wraps(g)
def wrapper(*a, **k):
    return g(*a, **k)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False), inspect.unwrap(wrapper) is g)
def with_sig():
    pass
with_sig.__signature__ = inspect.Signature([inspect.Parameter('zz', inspect.Parameter.KEYWORD_ONLY, default=None)])
print(inspect.signature(with_sig))
try:
    inspect.signature(3)
except TypeError as e:
    print(e)
P = inspect.Parameter
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1), P('c', P.KEYWORD_ONLY)], return_annotation=int))
for params in ([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)], [P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)],
               [P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]):
    try:
        inspect.Signature(params)
    except ValueError as e:
        print('ValueError', e)
for bad in ((('1x', P.POSITIONAL_ONLY), {}), (('a', 9), {}), (('a', P.VAR_POSITIONAL), {'default': 1}), (('class', P.KEYWORD_ONLY), {})):
    try:
        P(*bad[0], **bad[1])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
p = P('x', P.POSITIONAL_OR_KEYWORD, default=3)
print(p.replace(name='y', annotation=float), p == P('x', P.POSITIONAL_OR_KEYWORD, default=3), hash(p) == hash(P('x', P.POSITIONAL_OR_KEYWORD, default=3)))
print(s == inspect.signature(f), s.replace(return_annotation=inspect.Signature.empty))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(C.m))
print(inspect.getcallargs(g, 1, y=2), inspect.getcallargs(f, 1, d=0))
for a, k in (((1, 2, 3), {}), ((), {}), ((1,), {'x': 1}), ((1, 2), {'q': 0})):
    try:
        inspect.getcallargs(g, *a, **k)
    except TypeError as e:
        print(e)
print(inspect.formatannotation(int), inspect.formatannotation(typing.Optional[int]), inspect.formatannotation(C), inspect.formatannotation(list[int]), inspect.formatannotation('x'))
print(inspect.getdoc(f))
print(inspect.getdoc(C), inspect.getdoc(D.m), inspect.getdoc(D().__init__) if False else '')
print(inspect.cleandoc('   first\n      second\n    third\n\n'))
