"""Functions to convert between Python values and C structs (the _struct module)."""

from _struct import (Struct, calcsize, error, iter_unpack, pack, pack_into,
                     unpack, unpack_from, _clearcache)

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']
