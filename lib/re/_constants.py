"""Numbers of tspy's regular-expression engine that Python code may ask for (the values
Python 3.11 has): repeat and group limits, the flag bits, and re.error."""

from _sre import MAXREPEAT, MAXGROUPS, MAGIC
from re import error

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256
