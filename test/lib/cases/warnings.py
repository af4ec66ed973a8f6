import warnings
import io, sys, linecache
def fmt(log):
    return [(str(w.message), w.category.__name__, w.lineno > 0, w.filename.endswith('.py'), type(w.message).__name__) for w in log]
# --- catch and filter
warnings.filters[:3], warnings.defaultaction, warnings.__all__, repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('hello')
    warnings.warn('dep', DeprecationWarning)
    warnings.warn(UserWarning('inst'))
    warnings.warn('rt', RuntimeWarning, stacklevel=2)
    warnings.warn('deep', stacklevel=50)
fmt(log)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('once per line')
    warnings.warn('other')
fmt(log)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    warnings.warn('x'); warnings.warn('x'); warnings.warn('y')
fmt(log)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', message='keep.*', category=UserWarning)
    warnings.warn('keep me'); warnings.warn('drop me'); warnings.warn('KEEP too')
fmt(log)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
with warnings.catch_warnings(action='error', category=UserWarning):
    try:
        warnings.warn('as error')
    except UserWarning as e:
        print('raised', e)
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings('always', module='casemod')
    warnings.filterwarnings('ignore', module='other')
    warnings.warn('by module')
fmt(log)
warnings.warn('x', 5)
warnings.warn('x', int)
warnings.filterwarnings('bogus')
warnings.simplefilter('always', lineno=-1)
# --- formatting and showwarning
warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'the line  ')
warnings.formatwarning('msg', DeprecationWarning, '<nofile>', 3)
buf = io.StringIO(); warnings.showwarning('shown', UserWarning, 'f.py', 2, buf, 'code()'); buf.getvalue()
str(warnings.WarningMessage('m', UserWarning, 'f.py', 3)), warnings.WarningMessage('m', UserWarning, 'f.py', 3).line
err = io.StringIO()
old = sys.stderr; sys.stderr = err
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 7, module='m', registry={})
sys.stderr = old
err.getvalue()
reg = {}
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    warnings.warn_explicit('e1', UserWarning, 'a.py', 1, registry=reg)
    warnings.warn_explicit('e1', UserWarning, 'a.py', 1, registry=reg)
    warnings.warn_explicit('e1', UserWarning, 'a.py', 2, registry=reg)
    warnings.warn_explicit(UserWarning('e2'), RuntimeWarning, 'a.py', 1, registry=reg)
fmt(log), sorted(k for k in reg if k != 'version')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    warnings.warn_explicit('m1', UserWarning, 'b.py', 1, registry={})
    r = {}
    warnings.warn_explicit('m1', UserWarning, 'b.py', 1, registry=r); warnings.warn_explicit('m1', UserWarning, 'b.py', 2, registry=r)
fmt(log)
shown = []
def myshow(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = myshow
    warnings.warn_explicit('custom', UserWarning, 'c.py', 5)
shown
cw = warnings.catch_warnings()
cw.__exit__()
with cw:
    cw.__enter__()
# --- linecache
linecache.getline(linecache.__file__, 1)[:3], linecache.getline('/nonexistent/file.py', 1), linecache.getline('<stdin>', 1), linecache.getlines('') , linecache.clearcache()
