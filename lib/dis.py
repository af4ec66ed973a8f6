"""Turn Python byte code into readable instructions (CPython 3.11's dis API).

tspy's disassembler is src/bytecode/dis.ts (the one `tspy -m dis` prints with); the native _dis
module runs it on a code object or raw bytes. This module unwraps the objects dis accepts
(functions, methods, classes, modules, generators, coroutines, source text, bytes), builds the
Instruction/Positions tuples and writes the text where it is asked to.
"""

import sys
import types
import collections
import io

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import (_cache_format, _inline_cache_entries, _nb_ops,
                    _specializations, _specialized_instructions)
import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all

_tables = _dis.tables()
_all_opname = _tables["_all_opname"]
_all_opmap = _tables["_all_opmap"]
del _tables
_empty_slot = [n for n, name in enumerate(_all_opname) if name[0] == "<"]
deoptmap = {}
for _base, _family in _specializations.items():
    for _name in _family:
        deoptmap[_name] = _base
del _base, _family, _name

_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

# Opcodes this module looks at by number.
for _name in ("FORMAT_VALUE", "MAKE_FUNCTION", "LOAD_CONST", "LOAD_GLOBAL",
              "BINARY_OP", "JUMP_BACKWARD", "CACHE"):
    globals()[_name] = opmap[_name]
del _name

# FORMAT_VALUE's low two oparg bits: the conversion function and its dis text.
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
# MAKE_FUNCTION's oparg bits, lowest first.
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

_OPNAME_WIDTH, _OPARG_WIDTH = 20, 5
_INT_BITS = 32
_INT_OVERFLOW = 1 << 31

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return the names of the code-object flags set in `flags`, comma separated."""
    parts = []
    bit = 1
    for _ in range(32):
        if flags & bit:
            parts.append(COMPILER_FLAG_NAMES.get(bit, hex(bit)))
            flags ^= bit
            if not flags:
                return ", ".join(parts)
        bit <<= 1
    parts.append(hex(flags))
    return ", ".join(parts)


class _Unknown:
    """The argval of an argument that cannot be resolved (raw bytes, KW_NAMES)."""

    __repr__ = lambda self: "<unknown>"


UNKNOWN = _Unknown()


Positions = collections.namedtuple(
    'Positions', 'lineno end_lineno col_offset end_col_offset', defaults=(None,) * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    "opname opcode arg argval argrepr offset starts_line is_jump_target positions",
    defaults=(None,))

_ExceptionTableEntry = collections.namedtuple(
    "_ExceptionTableEntry", "start end target depth lasti")


class Instruction(_Instruction):
    """One bytecode operation.

    Fields: opname and opcode (name and number of the operation), arg (its numeric
    argument, or None), argval (what the argument means: a constant, a name, a jump
    target offset...), argrepr (argval as dis prints it), offset (of the operation in
    the code units), starts_line (the source line it begins, or None), is_jump_target
    (whether some jump or exception handler lands here) and positions (a Positions).
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of dis output for this instruction."""
        cols = []
        if lineno_width:
            if self.starts_line is None:
                cols.append(" " * lineno_width)
            else:
                cols.append(str(self.starts_line).rjust(lineno_width))
        cols.append("-->" if mark_as_current else "   ")
        cols.append(">>" if self.is_jump_target else "  ")
        cols.append(str(self.offset).rjust(offset_width))
        cols.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            cols.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                cols.append("(" + self.argrepr + ")")
        return " ".join(cols).rstrip()


def _make_instruction(row):
    name, op, arg, argval, argrepr, offset, line, target, pos = row
    if op == FORMAT_VALUE and arg is not None:
        argval = (FORMAT_VALUE_CONVERTERS[arg & 3][0], bool(arg & 4))
    return Instruction(name, op, arg, argval, argrepr, offset, line, target,
                       Positions(*pos))


def _unwrap(x):
    """The code-carrying object inside a method, function, generator or coroutine."""
    x = getattr(x, '__func__', x)
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _try_compile(source, name):
    """Compile source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _get_code_object(x):
    x = _unwrap(x)
    code = _try_compile(x, "<disassembly>") if isinstance(x, str) else x
    if hasattr(code, 'co_code'):
        return code
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _get_code_array(co, adaptive):
    return co._co_code_adaptive if adaptive else co.co_code


def _emit(text, file):
    print(text, end="", file=file)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a function, method, class, module, code object, generator,
    coroutine, source string or raw bytecode; with no argument, the last traceback.

    Nested code objects are shown too, down to `depth` levels (all when None).
    """
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, member in sorted(x.__dict__.items()):
            if not isinstance(member, _have_code):
                continue
            print("Disassembly of " + name + ":", file=file)
            try:
                dis(member, file=file, depth=depth, show_caches=show_caches,
                    adaptive=adaptive)
            except TypeError as err:
                print("Sorry:", err, file=file)
            print("", file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth,
                               show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches,
                         adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects"
                        % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback's frame, marking the instruction that
    raised; by default the innermost frame of the last traceback."""
    if tb is None:
        tb = getattr(sys, "last_traceback", None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
        tb = _innermost(tb)
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file,
                show_caches=show_caches, adaptive=adaptive)


def _innermost(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble one code object (not the ones nested in it); the instruction at
    offset `lasti` is marked with -->."""
    _emit(_dis.disassemble(co, lasti, show_caches, adaptive, 0, None, False), file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False,
                           adaptive=False):
    _emit(_dis.disassemble(co, -1, show_caches, adaptive, 0, depth, True), file)


def _disassemble_bytes(code, lasti=-1, *, file=None, show_caches=False):
    _emit(_dis.disassemble(bytes(code), lasti, show_caches, False, 0, None, False), file)


def _disassemble_str(source, **kwargs):
    code = _try_compile(source, '<dis>')
    _disassemble_recursive(code, **kwargs)


def code_info(x):
    """A multi-line description of the code object of x."""
    return _dis.code_info(_get_code_object(x))


def _format_code_info(co):
    return _dis.code_info(co)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    text = code_info(co)
    print(text, file=file)


def findlinestarts(code):
    """Yield (offset, line number) for each offset where a new source line starts."""
    code.co_lines  # AttributeError for what is not a code object, as CPython's
    for pair in _dis.linestarts(code):
        yield pair


def findlabels(code):
    """The offsets that jump instructions in the raw bytecode `code` go to."""
    len(code)  # TypeError for what has no length, as CPython's
    return _dis.findlabels(code)


def _parse_exception_table(code):
    return [_ExceptionTableEntry(*row) for row in _dis.exception_table(code)]


def _instructions(co, line_offset, show_caches, adaptive, handlers):
    return [_make_instruction(row) for row in
            _dis.instructions(co, line_offset, show_caches, adaptive, handlers, UNKNOWN)]


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of Instruction tuples for the code of x. With first_line, line
    numbers are shifted so that the code's first line is first_line."""
    code = _get_code_object(x)
    offset = 0 if first_line is None else first_line - code.co_firstlineno
    rows = _instructions(code, offset, show_caches, adaptive, False)
    return (ins for ins in rows)


def _unpack_opargs(code):
    """(offset, opcode, argument or None) for each instruction of raw bytecode."""
    for row in _dis.instructions(bytes(code), 0, False, False, False, UNKNOWN):
        yield row[5], row[1], row[2]


def _find_store_names(co):
    """Names the code object stores with STORE_NAME or STORE_GLOBAL (modulefinder's use)."""
    stores = (opmap['STORE_NAME'], opmap['STORE_GLOBAL'])
    for _, op, arg in _unpack_opargs(co.co_code):
        if op in stores:
            yield co.co_names[arg]


def _find_imports(co):
    """(module name, level, fromlist) of each import whose level and fromlist are constants."""
    ops = [(op, arg) for _, op, arg in _unpack_opargs(co.co_code) if op != EXTENDED_ARG]
    for k in range(2, len(ops)):
        op, arg = ops[k]
        if op != opmap['IMPORT_NAME']:
            continue
        (level_op, level_arg), (from_op, from_arg) = ops[k - 2], ops[k - 1]
        if level_op in hasconst and from_op in hasconst:
            level = co.co_consts[level_arg] if level_op == LOAD_CONST else UNKNOWN
            fromlist = co.co_consts[from_arg] if from_op == LOAD_CONST else UNKNOWN
            yield co.co_names[arg], level, fromlist


class Bytecode:
    """The bytecode of a function, method, code object, source string...

    Iterating over it gives its Instruction tuples; dis() gives the text dis prints,
    info() the code_info text.
    """

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        co = _get_code_object(x)
        self.codeobj = co
        self._source_object = x
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._shift = self.first_line - co.co_firstlineno
        self.current_offset = current_offset
        self.show_caches, self.adaptive = show_caches, adaptive
        self.exception_entries = _parse_exception_table(co)

    def __iter__(self):
        rows = _instructions(self.codeobj, self._shift, self.show_caches,
                             self.adaptive, True)
        return (ins for ins in rows)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._source_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """The Bytecode of a traceback's innermost frame, at the instruction that raised."""
        tb = _innermost(tb)
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """The code_info text of the code object."""
        return _dis.code_info(self.codeobj)

    def dis(self):
        """The disassembly text, as dis.dis would print it for this code object alone."""
        lasti = -1 if self.current_offset is None else self.current_offset
        return _dis.disassemble(self.codeobj, lasti, self.show_caches, self.adaptive,
                                self._shift, None, False)


def main():
    """python -m dis [infile]: disassemble a source file (or standard input)."""
    args = sys.argv[1:]
    if args and args[0] not in ("-",):
        with open(args[0], 'rb') as f:
            source = f.read()
        name = args[0]
    else:
        source = sys.stdin.buffer.read()
        name = "<stdin>"
    dis(compile(source, name, "exec"))



if __name__ == "__main__":
    main()
