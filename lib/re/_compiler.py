"""The parts of a regular-expression compiler Python code may use directly. tspy compiles
patterns natively (module _sre); this module offers the limits and the prefix table helper."""

from re._constants import MAXREPEAT, MAXGROUPS, error  # noqa: F401
from re import compile as _re_compile


def _generate_overlap_table(prefix):
    """For each position i of prefix, the length of the longest proper prefix of
    prefix[:i + 1] that is also its suffix (the table of a Knuth-Morris-Pratt search)."""
    table = [0] * len(prefix)
    k = 0
    for i in range(1, len(prefix)):
        while k and prefix[i] != prefix[k]:
            k = table[k - 1]
        if prefix[i] == prefix[k]:
            k += 1
        table[i] = k
    return table


def compile(p, flags=0):
    return _re_compile(p, flags)
