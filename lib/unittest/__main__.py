"""python -m unittest [options] [tests]: run tests named as modules, classes, methods or
.py files, or discover the tests under the current directory."""

import sys

if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"

__unittest = True

from .main import main

main(module=None)
