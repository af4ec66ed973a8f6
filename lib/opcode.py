"""Names and properties of the CPython 3.11 opcodes, for dis and other bytecode tools.

tspy declares the instruction set once, in src/bytecode/opcodes.ts; this module publishes it
(through the native _dis module) with the names and shapes CPython's opcode module has.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs"]

from _opcode import stack_effect
import _dis

__all__.append("stack_effect")

_t = _dis.tables()

cmp_op = _t["cmp_op"]
opname = _t["opname"]
opmap = _t["opmap"]
HAVE_ARGUMENT = _t["HAVE_ARGUMENT"]
EXTENDED_ARG = _t["EXTENDED_ARG"]

hasconst = _t["hasconst"]
hasname = _t["hasname"]
hasjrel = _t["hasjrel"]
hasjabs = _t["hasjabs"]
haslocal = _t["haslocal"]
hascompare = _t["hascompare"]
hasfree = _t["hasfree"]
hasnargs = _t["hasnargs"]

_nb_ops = _t["_nb_ops"]
_inline_cache_entries = _t["_inline_cache_entries"]
_specializations = _t["_specializations"]
_specialized_instructions = _t["_specialized_instructions"]
_specialization_stats = _t["_specialization_stats"]
_cache_format = _t["_cache_format"]

del _t, _dis
