import io
import logging
import sys

# last resort: no configuration, warnings and above go to stderr as the bare message
log = logging.getLogger('app')
log.info('not shown')
log.warning('last resort %s', 'message')
print(log, logging.getLogger(), logging.getLogger('app') is log, logging.getLogger('root') is logging.root)

# hierarchy
a = logging.getLogger('a.b.c')
b = logging.getLogger('a')
print(a.parent.name, logging.getLogger('a.b').parent.name, a.parent.name)
print(logging.getLogger('a.b').getChild('x').name, logging.root.getChild('q').name)
print(a.getEffectiveLevel(), b.getEffectiveLevel())
b.setLevel(logging.DEBUG)
print(a.getEffectiveLevel(), a.isEnabledFor(logging.DEBUG), repr(a))
b.setLevel('INFO')
print(a.getEffectiveLevel(), a.isEnabledFor(logging.DEBUG))

# levels
print(logging.getLevelName(10), logging.getLevelName('ERROR'), logging.getLevelName(15), logging.getLevelName('nope'))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
for bad in ('LOUD', 3.5, None):
    try:
        logging.getLogger('x').setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# handlers and formatters on a captured stream
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)-8s %(name)s [%(module)s:%(funcName)s] %(message)s'))
b.addHandler(h)
a.info('info from %s', 'abc')
a.debug('hidden')
a.log(25, 'notice level')
def inner():
    a.error('in function %d%%', 5)
inner()
a.info('mapping %(x)s and %(y)d', {'x': 'X', 'y': 7})
print(out.getvalue(), end='')
out.seek(0); out.truncate()

# styles
for fmt, style in (('{levelname}:{name}:{message!r:>20}', '{'), ('$levelname/${name}: $message', '$'), ('%(levelno)03d|%(message)s', '%')):
    h.setFormatter(logging.Formatter(fmt, style=style))
    a.warning('styled %s', style)
print(out.getvalue(), end='')
out.seek(0); out.truncate()
for fmt, style in (('no fields', '%'), ('{bad', '{'), ('{x!z}', '{'), ('plain', '$'), ('x', '#'), ('{0}', '{')):
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
h.setFormatter(logging.Formatter('%(message)s %(custom)s', defaults={'custom': 'dflt'}))
a.warning('with defaults')
a.warning('with extra', extra={'custom': 'given'})
try:
    a.warning('clash', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
print(out.getvalue(), end='')
out.seek(0); out.truncate()

# exceptions
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
try:
    1 / 0
except ZeroDivisionError:
    a.exception('failed to divide')
try:
    {}['k']
except KeyError as e:
    a.error('with instance', exc_info=e)
a.error('no exc', exc_info=False)
print(out.getvalue(), end='')
out.seek(0); out.truncate()

# filters, propagate, disable
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
h.addFilter(OnlyOdd())
for i in range(5):
    a.warning('n=%d', i)
h.removeFilter(h.filters[0])
h.addFilter(lambda r: 'skip' not in r.msg)
a.warning('keep'); a.warning('skip me')
f = logging.Filter('a.b')
for name in ('a.b', 'a.bc', 'a.b.c', 'a', 'x'):
    print(name, f.filter(logging.makeLogRecord({'name': name})))
print(out.getvalue(), end='')
out.seek(0); out.truncate()
logging.disable(logging.WARNING)
a.warning('disabled'); a.error('error passes')
logging.disable(logging.NOTSET)
a.propagate = False
a.warning('not propagated')
print(repr(out.getvalue()), a.hasHandlers(), b.hasHandlers())

# adapter
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['id'], msg), kwargs
ad = Ctx(b, {'id': 42})
ad.warning('adapted %s', 'msg')
print(repr(ad), ad.name, ad.getEffectiveLevel(), out.getvalue(), end='')
rec = logging.makeLogRecord({'msg': 'm %s', 'args': ('x',), 'levelno': 30, 'name': 'n'})
print(rec.getMessage(), rec.levelno, rec.name)
print(repr(logging.LogRecord('nm', 20, '/p/f.py', 12, 'msg %s', ('a',), None)))
print(repr(h)[:14], repr(logging.NullHandler()), logging.getLevelNamesMapping()['WARN'])
try:
    logging.getLogger(3)
except TypeError as e:
    print(e)
try:
    a.log('x', 'y')
except TypeError as e:
    print(e)
