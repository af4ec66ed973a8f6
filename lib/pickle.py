"""Object serialisation in CPython's pickle format (protocols 0-5), written for tspy.

The Pickler writes the same bytes as CPython's C pickler for plain data (None, bool, int,
float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset, globals and objects
reduced through __reduce_ex__): the same opcodes, the same memo numbering, batches of 1000
items, protocol 4+ frames (opened after PROTO, kept only when the payload is at least
4 bytes, committed when they reach 64 KiB) and the Python 2 names of builtins for protocols
below 3. The Unpickler understands every opcode of protocols 0-5.

Out-of-band buffers (PickleBuffer) and persistent ids of the C unpickler's exact error
texts are only partly covered.
"""
import sys
import io
import copyreg
from struct import pack, unpack
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump',
           'dumps', 'load', 'loads', 'PickleBuffer', 'ADDITEMS', 'APPEND', 'APPENDS',
           'BINBYTES', 'BINBYTES8', 'BINFLOAT', 'BINGET', 'BININT', 'BININT1', 'BININT2',
           'BINPERSID', 'BINPUT', 'BINSTRING', 'BINUNICODE', 'BINUNICODE8', 'BUILD',
           'BYTEARRAY8', 'DEFAULT_PROTOCOL', 'DICT', 'DUP', 'EMPTY_DICT', 'EMPTY_LIST',
           'EMPTY_SET', 'EMPTY_TUPLE', 'EXT1', 'EXT2', 'EXT4', 'FALSE', 'FLOAT', 'FRAME',
           'FROZENSET', 'GET', 'GLOBAL', 'HIGHEST_PROTOCOL', 'INST', 'INT', 'LIST', 'LONG',
           'LONG1', 'LONG4', 'LONG_BINGET', 'LONG_BINPUT', 'MARK', 'MEMOIZE', 'NEWFALSE',
           'NEWOBJ', 'NEWOBJ_EX', 'NEWTRUE', 'NEXT_BUFFER', 'NONE', 'OBJ', 'PERSID', 'POP',
           'POP_MARK', 'PROTO', 'PUT', 'READONLY_BUFFER', 'REDUCE', 'SETITEM', 'SETITEMS',
           'SHORT_BINBYTES', 'SHORT_BINSTRING', 'SHORT_BINUNICODE', 'STACK_GLOBAL', 'STOP',
           'STRING', 'TRUE', 'TUPLE', 'TUPLE1', 'TUPLE2', 'TUPLE3', 'UNICODE']

format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes, bytearray)

class PickleBuffer(object):
    """Wrapper for a buffer given out of band (protocol 5)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view.cast('B') if self._view.ndim <= 1 else self._view

    def release(self):
        self._view.release()


class PickleError(Exception):
    """Base class of the pickle module's errors."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """The data could not be unpickled."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---------------------------------------------------------------------------------------------
# Opcodes (one byte each)

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCH = 1000
_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4

# Python 3 name -> Python 2 name, for protocols 0-2 (fix_imports)
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue'}
_PY2_NAMES = {('builtins', 'range'): ('__builtin__', 'xrange'),
              ('functools', 'reduce'): ('__builtin__', 'reduce'),
              ('sys', 'intern'): ('__builtin__', 'intern'),
              ('builtins', 'chr'): ('__builtin__', 'unichr'),
              ('builtins', 'str'): ('__builtin__', 'unicode'),
              ('builtins', 'int'): ('__builtin__', 'long'),
              ('builtins', 'zip'): ('itertools', 'izip'),
              ('builtins', 'map'): ('itertools', 'imap'),
              ('builtins', 'filter'): ('itertools', 'ifilter'),
              ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
              ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
              ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
              ('collections', 'UserList'): ('UserList', 'UserList'),
              ('collections', 'UserString'): ('UserString', 'UserString')}
for _exc in ('ArithmeticError AssertionError AttributeError BaseException BufferError '
             'BytesWarning DeprecationWarning EOFError EnvironmentError Exception '
             'FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning '
             'IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError '
             'NameError NotImplementedError OSError OverflowError PendingDeprecationWarning '
             'ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError '
             'SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError '
             'UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError '
             'UnicodeWarning UserWarning ValueError Warning ZeroDivisionError').split():
    _PY2_NAMES[('builtins', _exc)] = ('exceptions', _exc)
for _exc in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
             'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
             'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
             'ProcessLookupError TimeoutError').split():
    _PY2_NAMES[('builtins', _exc)] = ('exceptions', 'OSError')
_PY2_NAMES[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
del _exc

# and back, for loading protocols 0-2
_PY3_MODULES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
                'exceptions': 'builtins'}
_PY3_NAMES = {}
for _k, _v in _PY2_NAMES.items():
    if _v[0] != 'exceptions':
        _PY3_NAMES[_v] = _k
_PY3_NAMES[('__builtin__', 'basestring')] = ('builtins', 'str')
_PY3_NAMES[('exceptions', 'StandardError')] = ('builtins', 'Exception')
_PY3_NAMES[('UserDict', 'UserDict')] = ('collections', 'UserDict')
del _k, _v


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    """Stands for _codecs.encode (protocols 0-2 write bytes as _codecs.encode(text, 'latin1'))."""
    return obj.encode(encoding, errors)


def _escape_decode(data):
    """The bytes of a Python 2 string literal body (STRING opcode)."""
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('a'): 7, ord('b'): 8, ord('f'): 12,
              ord('v'): 11, ord('\\'): 92, ord("'"): 39, ord('"'): 34}
    while i < n:
        c = data[i]
        i += 1
        if c != 92 or i >= n:
            out.append(c)
            continue
        e = data[i]
        i += 1
        if e in simple:
            out.append(simple[e])
        elif e == 10:
            pass
        elif e == ord('x') and i + 2 <= n:
            out.append(int(data[i:i + 2], 16))
            i += 2
        elif 48 <= e <= 55:
            digits = bytes([e])
            while len(digits) < 3 and i < n and 48 <= data[i] <= 55:
                digits += bytes([data[i]])
                i += 1
            out.append(int(digits, 8) & 0xff)
        else:
            out.append(92)
            out.append(e)
    return bytes(out)


def _find_attr(obj, dotted):
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(dotted, obj))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module where obj (with qualified name `name`) can be found."""
    mod = getattr(obj, '__module__', None)
    if mod is not None:
        return mod
    for modname, module in sys.modules.copy().items():
        if modname in ('__main__', '__mp_main__') or module is None:
            continue
        try:
            if _find_attr(module, name)[0] is obj:
                return modname
        except AttributeError:
            pass
    return '__main__'


def _int_bytes(x):
    """Two's complement little-endian bytes of x, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    size = (x.bit_length() >> 3) + 1
    data = x.to_bytes(size, 'little', signed=True)
    if x < 0 and size > 1 and data[-1] == 0xff and (data[-2] & 0x80):
        data = data[:-1]
    return data


encode_long = _int_bytes


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


# ---------------------------------------------------------------------------------------------
# Pickling


class _Output(object):
    """Accumulates output; with framing, the current frame's bytes are kept apart."""

    def __init__(self, write, framing):
        self.write_out = write
        self.framing = framing
        self.frame = None

    def start_frame(self):
        if self.framing:
            self.frame = []
            self.frame_len = 0

    def emit(self, data):
        if self.frame is not None:
            self.frame.append(data)
            self.frame_len += len(data)
        else:
            self.write_out(data)

    def emit_large(self, header, payload):
        """A big bytes/str payload goes outside frames."""
        if self.frame is not None and len(payload) >= _FRAME_TARGET:
            self.frame.append(header)
            self.frame_len += len(header)
            self.commit()
            self.write_out(payload)
            self.start_frame()
        else:
            self.emit(header)
            self.emit(payload)

    def boundary(self):
        if self.frame is not None and self.frame_len >= _FRAME_TARGET:
            self.commit()
            self.start_frame()

    def commit(self):
        if self.frame is None:
            return
        body = b''.join(self.frame)
        self.frame = None
        if len(body) >= _FRAME_MIN:
            self.write_out(FRAME + pack('<Q', len(body)))
        if body:
            self.write_out(body)


class Pickler(object):
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)"""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self._proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Pickle obj and write the bytes to the file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()'
                                % (self.__class__.__name__,))
        out = self._out = _Output(self._file_write, self._proto >= 4)
        if self._proto >= 2:
            out.emit(PROTO + bytes([self._proto]))
        out.start_frame()
        self.save(obj)
        out.emit(STOP)
        out.commit()

    # -- memo
    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self._out.emit(self._put(idx))
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self._proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes([idx])
            return LONG_BINPUT + pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + bytes([idx])
            return LONG_BINGET + pack('<I', idx)
        return GET + repr(idx).encode('ascii') + b'\n'

    # -- dispatch
    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        out = self._out
        out.boundary()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        hit = self.memo.get(id(obj))
        if hit is not None:
            out.emit(self.get(hit[0]))
            return
        kind = type(obj)
        simple = self._simple.get(kind)
        if simple is not None:
            simple(self, obj)
            return
        reducer_override = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if reducer_override is not None:
            rv = reducer_override(obj)
        if rv is NotImplemented:
            if issubclass(kind, type):
                self.save_global(obj)
                return
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(kind)
            if reduce is not None:
                rv = reduce(obj)
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(self._proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError("Can't pickle %r object: %r"
                                            % (kind.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple' % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('Tuple returned by %s must have two to six elements'
                                % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.emit(BINPERSID)
        else:
            try:
                self._out.emit(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        out = self._out
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a '
                                'tuple')
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be '
                                'callable')
        fname = getattr(func, '__name__', '')
        if self._proto >= 2 and fname == '__newobj_ex__':
            cls, cargs, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj_ex__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj_ex__ args has the wrong class')
            if self._proto >= 4:
                self.save(cls)
                self.save(cargs)
                self.save(kwargs)
                out.emit(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *cargs, **kwargs))
                self.save(())
                out.emit(REDUCE)
        elif self._proto >= 2 and fname == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            self.save(cls)
            self.save(args[1:])
            out.emit(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            out.emit(REDUCE)
        if obj is not None:
            hit = self.memo.get(id(obj))
            if hit is not None:
                out.emit(POP + self.get(hit[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._append_batches(listitems)
        if dictitems is not None:
            self._setitem_batches(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                out.emit(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                out.emit(TUPLE2)
                out.emit(REDUCE)
                out.emit(POP)

    # -- atoms
    def save_none(self, obj):
        self._out.emit(NONE)

    def save_bool(self, obj):
        if self._proto >= 2:
            self._out.emit(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.emit(TRUE if obj else FALSE)

    def save_long(self, obj):
        out = self._out
        if self.bin:
            if 0 <= obj <= 0xff:
                out.emit(BININT1 + bytes([obj]))
                return
            if 0 <= obj <= 0xffff:
                out.emit(BININT2 + pack('<H', obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                out.emit(BININT + pack('<i', obj))
                return
        if self._proto >= 2:
            data = _int_bytes(obj)
            if len(data) < 256:
                out.emit(LONG1 + bytes([len(data)]) + data)
            else:
                out.emit(LONG4 + pack('<i', len(data)) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            out.emit(INT + repr(obj).encode('ascii') + b'\n')
        else:
            out.emit(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._out.emit(BINFLOAT + pack('>d', obj))
        else:
            self._out.emit(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self._proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self._save_codecs_encode()
                self.save((str(obj, 'latin1'), 'latin1'))
                self._out.emit(REDUCE)
                self.memoize(obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._out.emit(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self._proto >= 4:
            self._out.emit_large(BINBYTES8 + pack('<Q', n), obj)
        else:
            self._out.emit_large(BINBYTES + pack('<I', n), obj)
        self.memoize(obj)

    def _save_codecs_encode(self):
        hit = self.memo.get(id(_codecs_encode))
        if hit is not None:
            self._out.emit(self.get(hit[0]))
            return
        self._out.emit(GLOBAL + b'_codecs\nencode\n')
        self.memoize(_codecs_encode)

    def save_bytearray(self, obj):
        if self._proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:  # the C pickler's own reduction, not bytearray.__reduce_ex__
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._out.emit_large(BYTEARRAY8 + pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        out = self._out
        if not self.bin:
            text = obj.replace('\\', '\\u005c').replace('\0', '\\u0000') \
                      .replace('\n', '\\u000a').replace('\r', '\\u000d') \
                      .replace('\x1a', '\\u001a')
            out.emit(UNICODE + text.encode('raw-unicode-escape') + b'\n')
        else:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self._proto >= 4:
                out.emit(SHORT_BINUNICODE + bytes([n]) + data)
            elif n > 0xffffffff and self._proto >= 4:
                out.emit_large(BINUNICODE8 + pack('<Q', n), data)
            else:
                out.emit_large(BINUNICODE + pack('<I', n), data)
        self.memoize(obj)

    # -- containers
    def save_tuple(self, obj):
        out = self._out
        if not obj:
            out.emit(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self._proto >= 2:
            for item in obj:
                self.save(item)
            hit = self.memo.get(id(obj))
            if hit is not None:
                out.emit(POP * n + self.get(hit[0]))
            else:
                out.emit((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        out.emit(MARK)
        for item in obj:
            self.save(item)
        hit = self.memo.get(id(obj))
        if hit is not None:
            # the tuple got pickled while saving its items: drop the copies
            if self.bin:
                out.emit(POP_MARK + self.get(hit[0]))
            else:
                out.emit(POP * (n + 1) + self.get(hit[0]))
            return
        out.emit(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._out.emit(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if obj:
            self._append_batches(obj, exact=True)

    def _append_batches(self, items, exact=False):
        out = self._out
        if not self.bin:
            for x in items:
                self.save(x)
                out.emit(APPEND)
            return
        if exact and len(items) == 1:
            self.save(items[0])
            out.emit(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            if not batch:
                return
            if len(batch) == 1 and not exact:
                self.save(batch[0])
                out.emit(APPEND)
            else:
                out.emit(MARK)
                for x in batch:
                    self.save(x)
                out.emit(APPENDS)
            if len(batch) < _BATCH:
                return

    def save_dict(self, obj):
        self._out.emit(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if obj:
            self._setitem_batches(obj.items(), exact=len(obj))

    def _setitem_batches(self, items, exact=None):
        out = self._out
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                out.emit(SETITEM)
            return
        if exact == 1:
            for k, v in items:
                self.save(k)
                self.save(v)
            out.emit(SETITEM)
            return
        if exact:
            # a plain dict: full batches, and an empty MARK..SETITEMS after a full last one
            it = iter(items)
            while True:
                count = 0
                out.emit(MARK)
                for k, v in it:
                    self.save(k)
                    self.save(v)
                    count += 1
                    if count == _BATCH:
                        break
                out.emit(SETITEMS)
                if count != _BATCH:
                    return
        it = iter(items)
        while True:
            batch = []
            for pair in it:
                batch.append(pair)
                if len(batch) == _BATCH:
                    break
            if not batch:
                return
            if len(batch) == 1 and exact is None:
                self.save(batch[0][0])
                self.save(batch[0][1])
                out.emit(SETITEM)
            else:
                out.emit(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                out.emit(SETITEMS)
            if len(batch) < _BATCH:
                return

    def save_set(self, obj):
        if self._proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        out = self._out
        out.emit(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        it = iter(obj)
        while True:
            count = 0
            out.emit(MARK)
            for x in it:
                self.save(x)
                count += 1
                if count == _BATCH:
                    break
            out.emit(ADDITEMS)
            if count != _BATCH:
                return

    def save_frozenset(self, obj):
        if self._proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        out = self._out
        out.emit(MARK)
        for x in obj:
            self.save(x)
        hit = self.memo.get(id(obj))
        if hit is not None:
            out.emit(POP_MARK + self.get(hit[0]))
            return
        out.emit(FROZENSET)
        self.memoize(obj)

    # -- references to module attributes
    def save_global(self, obj, name=None):
        out = self._out
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, parent = _find_attr(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self._proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    out.emit(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    out.emit(EXT2 + pack('<H', code))
                else:
                    out.emit(EXT4 + pack('<i', code))
                return
        last = name.rpartition('.')[2]
        if parent is module:
            name = last
        if self._proto >= 4:
            self.save(module_name)
            self.save(name)
            out.emit(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, last))
        else:
            if self.fix_imports:
                key = (module_name, name)
                if key in _PY2_NAMES:
                    module_name, name = _PY2_NAMES[key]
                elif module_name in _PY2_MODULES:
                    module_name = _PY2_MODULES[module_name]
            try:
                line = (module_name + '\n' + name + '\n').encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    'protocol %i' % (module_name, name, self._proto))
            out.emit(GLOBAL + line)
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _simple = {}


Pickler._simple.update({type(None): Pickler.save_none, bool: Pickler.save_bool,
                        int: Pickler.save_long, float: Pickler.save_float,
                        bytes: Pickler.save_bytes, bytearray: Pickler.save_bytearray,
                        str: Pickler.save_str, tuple: Pickler.save_tuple,
                        list: Pickler.save_list, dict: Pickler.save_dict,
                        set: Pickler.save_set, frozenset: Pickler.save_frozenset,
                        type: Pickler.save_type})


Pickler._simple[type(_find_attr)] = Pickler.save_global


def _save_builtin(self, obj):
    owner = getattr(obj, '__self__', None)
    if owner is None or type(owner).__name__ == 'module':
        self.save_global(obj)
    else:
        self.save_reduce(getattr, (owner, obj.__name__), obj=obj)


Pickler._simple[type(len)] = _save_builtin
Pickler._simple[type(...)] = lambda self, obj: self.save_global(obj, 'Ellipsis')
Pickler._simple[type(NotImplemented)] = lambda self, obj: self.save_global(obj, 'NotImplemented')


# ---------------------------------------------------------------------------------------------
# Unpickling


class Unpickler(object):
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())"""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding, self.errors = encoding, errors
        self._proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read one pickled object from the file and return it."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError('Unpickler.__init__() was not called by %s.__init__()'
                                  % (self.__class__.__name__,))
        self._frame = None
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self._proto = 0
        table = self._ops
        try:
            while True:
                op = self.read(1)
                if not op:
                    raise EOFError
                handler = table.get(op[0])
                if handler is None:
                    code = op[0]
                    if 0x20 <= code <= 0x7e and code not in (0x27, 0x5c):
                        shown = chr(code)
                    else:
                        shown = '\\x%02x' % code
                    raise UnpicklingError("invalid load key, '%s'." % shown)
                handler(self)
        except _Stop as stop:
            return stop.value

    # -- input (frames are read whole)
    def read(self, n):
        if self._frame is not None:
            data = self._frame.read(n)
            if not data and n != 0:
                self._frame = None
                return self._file_read(n)
            if len(data) < n:
                raise UnpicklingError('pickle exhausted before end of frame')
            return data
        return self._file_read(n)

    def readline(self):
        if self._frame is not None:
            line = self._frame.readline()
            if not line:
                self._frame = None
                return self._file_readline()
            if line[-1:] != b'\n':
                raise UnpicklingError('pickle exhausted before end of frame')
            return line
        return self._file_readline()

    def _exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def _line(self):
        line = self.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line[:-1]

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no '
                              'persistent_load function was specified.')

    def find_class(self, module, name):
        sys.audit('pickle.find_class', module, name)
        if self._proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
        if module == '_codecs' and name == 'encode':
            try:
                __import__(module, level=0)
            except ImportError:
                return _codecs_encode
        __import__(module, level=0)
        if self._proto >= 4:
            return _find_attr(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def _decode_str8(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__')):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError('in constructor for %s: %s' % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    _ops = {}


def _op(code):
    def register(fn):
        Unpickler._ops[code[0]] = fn
        return fn
    return register


@_op(PROTO)
def _load_proto(self):
    proto = self._exact(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError('unsupported pickle protocol: %d' % proto)
    self._proto = proto


@_op(FRAME)
def _load_frame(self):
    size = unpack('<Q', self._exact(8))[0]
    if size > sys.maxsize:
        raise ValueError('frame size > sys.maxsize: %d' % size)
    if self._frame is not None and self._frame.read(1):
        raise UnpicklingError('beginning of a new frame before end of current frame')
    self._frame = io.BytesIO(self._exact(size))


@_op(PERSID)
def _load_persid(self):
    try:
        pid = self._line().decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings')
    self.append(self.persistent_load(pid))


@_op(BINPERSID)
def _load_binpersid(self):
    pid = self.stack.pop()
    self.append(self.persistent_load(pid))


@_op(NONE)
def _load_none(self):
    self.append(None)


@_op(NEWFALSE)
def _load_false(self):
    self.append(False)


@_op(NEWTRUE)
def _load_true(self):
    self.append(True)


@_op(INT)
def _load_int(self):
    data = self._line()
    if data == b'00':
        self.append(False)
    elif data == b'01':
        self.append(True)
    else:
        self.append(int(data, 0))


@_op(BININT)
def _load_binint(self):
    self.append(unpack('<i', self._exact(4))[0])


@_op(BININT1)
def _load_binint1(self):
    self.append(self._exact(1)[0])


@_op(BININT2)
def _load_binint2(self):
    self.append(unpack('<H', self._exact(2))[0])


@_op(LONG)
def _load_long(self):
    text = self._line()
    if text.endswith(b'L'):
        text = text[:-1]
    self.append(int(text, 0))


@_op(LONG1)
def _load_long1(self):
    n = self._exact(1)[0]
    self.append(decode_long(self._exact(n)))


@_op(LONG4)
def _load_long4(self):
    n = unpack('<i', self._exact(4))[0]
    if n < 0:
        raise UnpicklingError('LONG pickle has negative byte count')
    self.append(decode_long(self._exact(n)))


@_op(FLOAT)
def _load_float(self):
    self.append(float(self._line()))


@_op(BINFLOAT)
def _load_binfloat(self):
    self.append(unpack('>d', self._exact(8))[0])


@_op(STRING)
def _load_string(self):
    data = self._line()
    if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
        data = data[1:-1]
    else:
        raise UnpicklingError('the STRING opcode argument must be quoted')
    self.append(self._decode_str8(_escape_decode(data)))


@_op(BINSTRING)
def _load_binstring(self):
    n = unpack('<i', self._exact(4))[0]
    if n < 0:
        raise UnpicklingError('BINSTRING pickle has negative byte count')
    self.append(self._decode_str8(self._exact(n)))


@_op(SHORT_BINSTRING)
def _load_short_binstring(self):
    n = self._exact(1)[0]
    self.append(self._decode_str8(self._exact(n)))


@_op(BINBYTES)
def _load_binbytes(self):
    n = unpack('<I', self._exact(4))[0]
    self.append(self._exact(n))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(self):
    n = self._exact(1)[0]
    self.append(self._exact(n))


@_op(BINBYTES8)
def _load_binbytes8(self):
    n = unpack('<Q', self._exact(8))[0]
    if n > sys.maxsize:
        raise UnpicklingError('BINBYTES8 exceeds system\'s maximum size of %d bytes'
                              % sys.maxsize)
    self.append(self._exact(n))


@_op(BYTEARRAY8)
def _load_bytearray8(self):
    n = unpack('<Q', self._exact(8))[0]
    self.append(bytearray(self._exact(n)))


@_op(NEXT_BUFFER)
def _load_next_buffer(self):
    if self._buffers is None:
        raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* '
                              'argument was given')
    try:
        buf = next(self._buffers)
    except StopIteration:
        raise UnpicklingError('not enough out-of-band buffers')
    self.append(buf)


@_op(READONLY_BUFFER)
def _load_readonly_buffer(self):
    buf = self.stack[-1]
    with memoryview(buf) as m:
        if not m.readonly:
            self.stack[-1] = m.toreadonly()


@_op(UNICODE)
def _load_unicode(self):
    self.append(str(self._line(), 'raw-unicode-escape'))


@_op(BINUNICODE)
def _load_binunicode(self):
    n = unpack('<I', self._exact(4))[0]
    self.append(str(self._exact(n), 'utf-8', 'surrogatepass'))


@_op(BINUNICODE8)
def _load_binunicode8(self):
    n = unpack('<Q', self._exact(8))[0]
    self.append(str(self._exact(n), 'utf-8', 'surrogatepass'))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(self):
    n = self._exact(1)[0]
    self.append(str(self._exact(n), 'utf-8', 'surrogatepass'))


@_op(TUPLE)
def _load_tuple(self):
    items = self.pop_mark()
    self.append(tuple(items))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(self):
    self.append(())


@_op(TUPLE1)
def _load_tuple1(self):
    self.stack[-1] = (self.stack[-1],)


@_op(TUPLE2)
def _load_tuple2(self):
    b = self.stack.pop()
    a = self.stack.pop()
    self.append((a, b))


@_op(TUPLE3)
def _load_tuple3(self):
    c = self.stack.pop()
    b = self.stack.pop()
    a = self.stack.pop()
    self.append((a, b, c))


@_op(EMPTY_LIST)
def _load_empty_list(self):
    self.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(self):
    self.append({})


@_op(EMPTY_SET)
def _load_empty_set(self):
    self.append(set())


@_op(FROZENSET)
def _load_frozenset(self):
    items = self.pop_mark()
    self.append(frozenset(items))


@_op(LIST)
def _load_list(self):
    items = self.pop_mark()
    self.append(items)


@_op(DICT)
def _load_dict(self):
    items = self.pop_mark()
    self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


@_op(INST)
def _load_inst(self):
    module = self._line().decode('ascii')
    name = self._line().decode('ascii')
    klass = self.find_class(module, name)
    args = self.pop_mark()
    self._instantiate(klass, args)


@_op(OBJ)
def _load_obj(self):
    args = self.pop_mark()
    klass = args.pop(0)
    self._instantiate(klass, args)


@_op(NEWOBJ)
def _load_newobj(self):
    args = self.stack.pop()
    cls = self.stack.pop()
    self.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(self):
    kwargs = self.stack.pop()
    args = self.stack.pop()
    cls = self.stack.pop()
    self.append(cls.__new__(cls, *args, **kwargs))


@_op(GLOBAL)
def _load_global(self):
    module = self._line().decode('utf-8')
    name = self._line().decode('utf-8')
    self.append(self.find_class(module, name))


@_op(STACK_GLOBAL)
def _load_stack_global(self):
    name = self.stack.pop()
    module = self.stack.pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError('STACK_GLOBAL requires str')
    self.append(self.find_class(module, name))


def _load_ext(self, code):
    nil = []
    obj = _extension_cache.get(code, nil)
    if obj is not nil:
        self.append(obj)
        return
    key = _inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError('EXT specifies code <= 0')
        raise ValueError('unregistered extension code %d' % code)
    obj = self.find_class(*key)
    _extension_cache[code] = obj
    self.append(obj)


Unpickler._ops[EXT1[0]] = lambda self: _load_ext(self, self._exact(1)[0])
Unpickler._ops[EXT2[0]] = lambda self: _load_ext(self, unpack('<H', self._exact(2))[0])
Unpickler._ops[EXT4[0]] = lambda self: _load_ext(self, unpack('<i', self._exact(4))[0])


@_op(REDUCE)
def _load_reduce(self):
    args = self.stack.pop()
    func = self.stack[-1]
    self.stack[-1] = func(*args)


@_op(POP)
def _load_pop(self):
    if self.stack:
        del self.stack[-1]
    else:
        self.pop_mark()


@_op(POP_MARK)
def _load_pop_mark(self):
    self.pop_mark()


@_op(DUP)
def _load_dup(self):
    self.append(self.stack[-1])


def _memo_get(self, idx):
    try:
        self.append(self.memo[idx])
    except KeyError:
        raise UnpicklingError('Memo value not found at index %d' % idx) from None


@_op(GET)
def _load_get(self):
    _memo_get(self, int(self._line()))


@_op(BINGET)
def _load_binget(self):
    _memo_get(self, self._exact(1)[0])


@_op(LONG_BINGET)
def _load_long_binget(self):
    _memo_get(self, unpack('<I', self._exact(4))[0])


@_op(PUT)
def _load_put(self):
    idx = int(self._line())
    if idx < 0:
        raise ValueError('negative PUT argument')
    self.memo[idx] = self.stack[-1]


@_op(BINPUT)
def _load_binput(self):
    self.memo[self._exact(1)[0]] = self.stack[-1]


@_op(LONG_BINPUT)
def _load_long_binput(self):
    idx = unpack('<I', self._exact(4))[0]
    if idx > sys.maxsize:
        raise ValueError('negative LONG_BINPUT argument')
    self.memo[idx] = self.stack[-1]


@_op(MEMOIZE)
def _load_memoize(self):
    self.memo[len(self.memo)] = self.stack[-1]


@_op(APPEND)
def _load_append(self):
    value = self.stack.pop()
    self.stack[-1].append(value)


@_op(APPENDS)
def _load_appends(self):
    items = self.pop_mark()
    target = self.stack[-1]
    try:
        extend = target.extend
    except AttributeError:
        pass
    else:
        extend(items)
        return
    add = target.append
    for x in items:
        add(x)


@_op(SETITEM)
def _load_setitem(self):
    value = self.stack.pop()
    key = self.stack.pop()
    self.stack[-1][key] = value


@_op(SETITEMS)
def _load_setitems(self):
    items = self.pop_mark()
    target = self.stack[-1]
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


@_op(ADDITEMS)
def _load_additems(self):
    items = self.pop_mark()
    target = self.stack[-1]
    if isinstance(target, set):
        target.update(items)
    else:
        for x in items:
            target.add(x)


@_op(BUILD)
def _load_build(self):
    state = self.stack.pop()
    inst = self.stack[-1]
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        target = inst.__dict__
        for key in state:
            target[sys.intern(key) if type(key) is str else key] = state[key]
    for key, value in (slots or {}).items():
        setattr(inst, key, value)


@_op(MARK)
def _load_mark(self):
    fresh = []
    self.metastack.append(self.stack)
    self.stack, self.append = fresh, fresh.append


@_op(STOP)
def _load_stop(self):
    raise _Stop(self.stack.pop())


# ---------------------------------------------------------------------------------------------
# Shorthands


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = io.BytesIO()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    source = io.BytesIO(data)
    try:
        return Unpickler(source, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                         errors=errors).load()
    except EOFError:
        raise EOFError('Ran out of input') from None


_Pickler = Pickler
_Unpickler = Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads
