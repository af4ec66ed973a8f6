import logging
import logging.config
import logging.handlers
import os
import tempfile

class Upper(logging.Filter):
    def __init__(self, word=''):
        super().__init__()
        self.word = word
    def filter(self, record):
        return self.word not in record.getMessage()

early = logging.getLogger('early.bird')
logging.config.dictConfig({
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s %(name)s: %(message)s'},
        'braces': {'format': '[{levelname}] {message}', 'style': '{'},
    },
    'filters': {
        'nosecret': {'()': Upper, 'word': 'secret'},
        'onlyapp': {'name': 'app'},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'brief', 'level': 'DEBUG', 'filters': ['nosecret']},
        'curly': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'braces'},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 3, 'target': 'curly', 'flushLevel': 40},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['out'], 'propagate': False},
        'app.db': {'level': 'WARNING'},
        'buffered': {'handlers': ['mem'], 'level': 'INFO', 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['curly']},
})
log = logging.getLogger('app')
log.debug('debug shown')
log.info('a secret message')
logging.getLogger('app.db').info('hidden db info')
logging.getLogger('app.db').warning('db warning')
logging.getLogger('other').warning('to root')
logging.getLogger('other').info('not to root')
print('early disabled:', early.disabled)
b = logging.getLogger('buffered')
b.info('one')
b.info('two')
print('-- before flush')
b.error('three triggers flush')
print(sorted(logging.getHandlerNames()) if hasattr(logging, 'getHandlerNames') else None)
for bad in ({}, {'version': 2}, {'version': 1, 'handlers': {'h': {'class': 'no.such.Handler'}}},
            {'version': 1, 'formatters': {'f': {'format': '%(x', 'style': '%'}}},
            {'version': 1, 'loggers': {'x': {'level': 'LOUD'}}}):
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print('ValueError', e, '|', type(e.__cause__).__name__ if e.__cause__ else None)
d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
h = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
h.setFormatter(logging.Formatter('%(message)s'))
rl = logging.getLogger('rot')
rl.propagate = False
rl.addHandler(h)
for i in range(12):
    rl.warning('line number %02d', i)
h.close()
print(sorted(os.listdir(d)))
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, f.read().split('\n'))
bh = logging.handlers.BufferingHandler(2)
rl.addHandler(bh)
rl.warning('x')
print(len(bh.buffer))
rl.warning('y')
print(len(bh.buffer))
th = logging.handlers.TimedRotatingFileHandler(os.path.join(d, 't.log'), when='midnight', backupCount=1)
print(th.when, th.suffix, th.interval, th.rolloverAt > 0)
th.close()
try:
    logging.handlers.TimedRotatingFileHandler(os.path.join(d, 't.log'), when='x')
except ValueError as e:
    print(e)
import shutil
shutil.rmtree(d)
import sys
logging.config.dictConfig({
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {'custom': {'()': logging.Formatter, 'fmt': 'CUSTOM %(message)s'},
                   'plain': {'format': '%(name)s|%(message)s', 'validate': True}},
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'cfg://streams.out', 'formatter': 'custom',
                       '.': {'terminator': ' <<\n'}},
                 'p': {'()': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'plain'}},
    'streams': {'out': 'ext://sys.stdout'},
    'loggers': {'cfgtest': {'handlers': ['h', 'p'], 'level': 'INFO', 'propagate': False}},
})
logging.getLogger('cfgtest').info('via cfg and ext')
print(logging.getLogger('app').disabled, logging.getLogger('cfgtest').handlers[0].terminator == ' <<\n')
logging.config.dictConfig({'version': 1, 'incremental': True, 'loggers': {'cfgtest': {'level': 'ERROR'}}})
logging.getLogger('cfgtest').info('suppressed now')
logging.getLogger('cfgtest').error('still shown')
