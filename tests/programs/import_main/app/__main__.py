import sys
print('app main', __name__, __package__, __spec__.name, __spec__.parent)
print('argv0 ends', sys.argv[0].rsplit('/', 2)[-2:], sys.argv[1:])
print(__file__.rsplit('/', 2)[-2:], __cached__.rsplit('/', 3)[-3:] if __cached__ else None)
from . import cli
print(cli.run())
print(sys.modules['__main__'].__name__, 'app.__main__' in sys.modules, sys.path[0] == __import__('_tspy' if 'tspy' in sys.version else 'os').getcwd())
