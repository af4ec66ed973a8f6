import sys
sys.tracebacklimit = 2
def a(): raise ExceptionGroup('g', [ValueError(1)])
def b(): a()
try:
    b()
except Exception as e:
    raise KeyError('x') from e
