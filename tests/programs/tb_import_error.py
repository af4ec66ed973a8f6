import sys
try:
    from sys import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
from sys import definitely_missing
