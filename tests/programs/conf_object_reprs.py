import re
def clean(s): return re.sub(r'0x[0-9a-f]+', '0x..', s)
class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
def outer():
    class Inner: pass
    def fn(): pass
    return Inner, fn
I, fn = outer()
objs = [A, A.m, A().m, A.c, A().c, A.s, A.__dict__['c'], A.__dict__['s'], A.__dict__['p'], A.__dict__['m'], I, I(), fn, outer, len, print, int.__add__, (1).__add__, int.from_bytes, dict.fromkeys,
        object.__init__, object().__init__, object.__new__, type.__call__, [].append, list.append, str.join, ''.join, A.__init__, A().__init__, A.__eq__, A().__eq__, A.__hash__, object.__subclasshook__,
        int, type, object, type(None), type(...), NotImplemented, ..., None, iter([]), iter(()), iter(''), iter({}), iter(set()), iter(range(1)), reversed([]), enumerate([]), zip(), map(len, []), filter(None, []),
        {}.keys(), {}.values(), {}.items(), {'a': 1}.keys(), range(0), slice(None), property(), classmethod(len), staticmethod(len), super(A, A()), memoryview(b''), bytearray(), frozenset({1}),
        type(A.m), type(len), type(int.__add__), type((1).__add__), type(A.__dict__), A.__dict__.__class__, vars(A).__class__, (x for x in []), __builtins__, re, re.compile('a+'), re.match('a', 'a'),
        __import__('collections').OrderedDict(a=1), __import__('collections').defaultdict(int), __import__('collections').deque([1], maxlen=2), __import__('collections').Counter('aab'),
        __import__('functools').partial(len, 'a'), lambda: 0, (lambda: 0).__code__, compile('1', 'f', 'eval'), Exception, ValueError('x'), open, __import__('sys').stdout, type(A.m.__func__)]
for o in objs:
    print(clean(repr(o)))
import types
print(clean(repr(types.SimpleNamespace(a=1, b='x'))), repr(types.MappingProxyType({'k': 1})), clean(repr(types.ModuleType('mm'))), repr(types.ModuleType('mm', 'doc').__doc__))
print(str(A), str(A()).startswith('<__main__.A object at'), format(A), f'{A!r}')
