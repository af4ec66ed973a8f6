"""Stand-in for the VM's `_tspy` builtin module while lib/ is tested under python3.

Each hook here is implemented with CPython facilities; the VM provides the same names natively.
See docs/internals/lib.md for the contract of each hook.
"""


def abc_set_collection_flag(cls, flag):
    """flag is 'sequence' or 'mapping': marks cls (and subclasses) for match-statement patterns.
    CPython keeps these bits in tp_flags, out of reach of Python code: nothing to do here."""
    return None
