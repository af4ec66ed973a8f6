import logging
import os
import sys
import tempfile

logging.basicConfig(level=logging.INFO, format='%(levelname)s|%(name)s|%(message)s', stream=sys.stdout)
logging.info('configured')
logging.debug('not shown')
logging.getLogger('child').warning('child %d', 3)
logging.basicConfig(level=logging.DEBUG)  # no effect: already configured
logging.debug('still hidden')
logging.basicConfig(force=True, stream=sys.stdout, style='{', format='{levelname} {message}', level='DEBUG')
logging.debug('after force')
try:
    1 + 'a'
except TypeError:
    logging.exception('oops')
for kw in ({'stream': sys.stdout, 'filename': 'x'}, {'handlers': [], 'stream': sys.stdout}, {'style': '?'}, {'bogus': 1}):
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print('ValueError', e)
d = tempfile.mkdtemp()
path = os.path.join(d, 'log.txt')
logging.basicConfig(force=True, filename=path, filemode='w', format='%(name)s:%(message)s', level=logging.INFO)
logging.info('to file')
logging.getLogger('x.y').error('error to file')
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.baseFilename == path, fh.mode)
fh.close()
with open(path) as f:
    print(f.read(), end='')
h2 = logging.FileHandler(path, delay=True)
print(h2.stream)
lg = logging.getLogger('delayed')
lg.addHandler(h2)
lg.warning('delayed line')
h2.close()
with open(path) as f:
    print(f.read(), end='')
os.remove(path)
os.rmdir(d)
logging.basicConfig(force=True, stream=sys.stdout)
logging.warning('default format')
logging.root.handlers[0].setLevel(logging.ERROR)
logging.warning('dropped by handler level')
print(logging.root.handlers[0].level, logging.root.level)
# a logger with handler and stack info
logging.basicConfig(force=True, stream=sys.stdout, format='%(funcName)s %(lineno)d %(message)s')
def f():
    logging.getLogger('s').warning('stack', stack_info=True)
f()
def helper():
    logging.getLogger('s').warning('from caller', stacklevel=2)
def caller():
    helper()
caller()
