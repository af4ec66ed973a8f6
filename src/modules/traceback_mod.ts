/**
 * The `traceback` module: Python source (compiled on first import) over native helpers that
 * reuse the VM's own report formatter (src/vm/traceback.ts), so traceback.print_exc() and
 * format_exception() print exactly what an uncaught exception prints.
 *
 * Native helpers put in the module namespace:
 *   _fmt_exc(exc, limit, chain) -> list[str]   TracebackException(...).format() pieces
 *   _fmt_exc_only(exc)         -> list[str]   the "Type: message" line and the notes
 *   _fmt_entries(frames)       -> list[str]   formatted entries of (frame, lasti) pairs
 *   _tb_frames(tb)             -> list[(frame, lasti, lineno)]
 *   _frame_pos(frame)          -> (lineno, end_lineno, colno, end_colno, line)
 */
import { PyObject } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { newInt } from "../objects/int.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList, PyList } from "../objects/list.ts";
import { dictSetItemStr } from "../objects/dict.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { PyTraceback } from "../objects/traceback.ts";
import { positionsOf, lineOf } from "../objects/codeobject.ts";
import { typeError } from "../objects/errors.ts";
import * as A from "../objects/abstract.ts";
import { dealloc } from "../memory/refcount.ts";
import { Frame } from "../vm/frame.ts";
import { formatExceptionChunks, formatExceptionOnly, formatTracebackEntry, sourceLines } from "../vm/traceback.ts";
import { frozenSourceModule } from "./frozen.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}
function strList(items: string[]): PyObject {
  return newList(items.map((s) => newStr(s)));
}
function optInt(o: PyObject | undefined): number | null {
  if (o === undefined || o === None) return null;
  const v = A.index(o);
  const n = Number(v.value);
  dec(v);
  return n;
}

function fmtExc(_s: PyObject | null, args: PyObject[]): PyObject {
  const exc = args[0]!;
  if (!(exc instanceof PyBaseException)) {
    if (exc === None) return strList(["NoneType: None\n"]);
    throw typeError(`Exception expected for value, ${exc.ob_type.tp_name} found`);
  }
  const chain = args[2] === undefined ? true : A.isTrue(args[2]);
  return strList(formatExceptionChunks(exc, optInt(args[1]), chain));
}
function fmtExcOnly(_s: PyObject | null, args: PyObject[]): PyObject {
  const exc = args[0]!;
  if (!(exc instanceof PyBaseException)) {
    const name = exc === None ? "NoneType" : exc.ob_type.tp_name;
    return strList([`${name}: ${A.strStr(exc)}\n`]);
  }
  return strList(formatExceptionOnly(exc, false).split(/(?<=\n)/u).filter((l) => l !== ""));
}
/** Formatted entries for a list of (frame, lasti) pairs. */
function fmtEntries(_s: PyObject | null, args: PyObject[]): PyObject {
  const items = A.iterableToArray(args[0]!);
  const out: string[] = [];
  try {
    for (const it of items) {
      const pair = A.iterableToArray(it);
      const f = pair[0]!;
      const lasti = Number((pair[1] as unknown as { value: number }).value);
      for (const x of pair) dec(x);
      if (!(f instanceof Frame)) throw typeError("expected a frame");
      f.ob_refcnt++;
      const tb = new PyTraceback(null, f, lasti);
      out.push(formatTracebackEntry(tb));
      dec(tb);
    }
  } finally {
    for (const x of items) dec(x);
  }
  return strList(out);
}
function tbFrames(_s: PyObject | null, args: PyObject[]): PyObject {
  const out: PyObject[] = [];
  for (let t = args[0] instanceof PyTraceback ? args[0] : null; t !== null; t = t.tb_next) {
    t.tb_frame.ob_refcnt++;
    out.push(newTuple([t.tb_frame, newInt(t.lasti), newInt(lineOf(t.tb_frame.code, t.lasti))]));
  }
  return newList(out);
}
function framePos(_s: PyObject | null, args: PyObject[]): PyObject {
  const f = args[0]!;
  if (!(f instanceof Frame)) throw typeError("expected a frame");
  const lasti = args[1] !== undefined ? Number((args[1] as unknown as { value: number }).value) : f.lasti < 0 ? 0 : f.lasti;
  const p = positionsOf(f.code);
  const l0 = p[lasti * 4]!, l1 = p[lasti * 4 + 1]!, c0 = p[lasti * 4 + 2]!, c1 = p[lasti * 4 + 3]!;
  const lines = l0 > 0 ? sourceLines(f.code.filename.value) : null;
  const line = lines !== null && l0 <= lines.length ? lines[l0 - 1]!.trim() : null;
  const n = (v: number) => (v < 0 ? (None.ob_refcnt++, None) : newInt(v));
  return newTuple([n(l0), n(l1), n(c0), n(c1), line === null ? (None.ob_refcnt++, None) : newStr(line)]);
}

const SOURCE = `
"""Extract, format and print information about Python stack traces."""
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


def _value(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        return exc
    return value


def _formatted_with_tb(value, tb, fmt):
    # the exception formatted with traceback tb in place of its own (chained ones keep theirs)
    if tb is _sentinel or not isinstance(value, BaseException) or tb is value.__traceback__:
        return fmt()
    own = value.__traceback__
    value.__traceback__ = tb
    try:
        return fmt()
    finally:
        value.__traceback__ = own


def _out(file):
    return sys.stderr if file is None else file


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_frame', '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._frame = None
        self._lasti = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            import linecache
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _summary(frame, lasti, positions=True):
    lineno, end_lineno, colno, end_colno, line = _frame_pos(frame, lasti)
    if not positions:
        # a stack walk knows only line numbers (no carets), as walk_stack gives
        return FrameSummary(frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name,
                            line=line if line is not None else "")
    fs = FrameSummary(frame.f_code.co_filename, lineno, frame.f_code.co_name,
                      line=line if line is not None else "",
                      end_lineno=end_lineno, colno=colno, end_colno=end_colno)
    fs._frame = frame
    fs._lasti = lasti
    return fs


class StackSummary(list):

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._frame is not None:
            return _fmt_entries([(frame_summary._frame, frame_summary._lasti)])[0]
        row = '  File "{}", line {}, in {}\\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += '    {}\\n'.format(frame_summary.line.strip())
        return row

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    n = count - 3
                    result.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\\n')
                last = key
                count = 1
            result.append(self.format_frame_summary(fs))
        if count > 3:
            n = count - 3
            result.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\\n')
        return result


def _limit(items, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[len(items) + limit:] if -limit < len(items) else items


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    return StackSummary(_summary(f, lasti) for f, lasti, _ in _limit(_tb_frames(tb), limit))


def _stack_frames(f, limit):
    frames = []
    while f is not None:
        frames.append(f)
        f = f.f_back
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return frames


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return StackSummary(_summary(fr, fr.f_lasti // 2, False) for fr in _stack_frames(f, limit))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=_out(file), end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return _fmt_exc_only(value)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value(exc, value, tb)
    return _formatted_with_tb(value, tb, lambda: _fmt_exc(value, limit, chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value = _value(exc, value, tb)
    file = _out(file)
    for line in _formatted_with_tb(value, tb, lambda: _fmt_exc(value, limit, chain)):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    while tb is not None:
        tb = tb.tb_next


class TracebackException:

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = str(exc_value) if exc_value is not None else "None"
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        cause = exc_value.__cause__ if exc_value is not None else None
        context = exc_value.__context__ if exc_value is not None else None
        self.__cause__ = (TracebackException(type(cause), cause, cause.__traceback__, limit=limit, _seen=_seen)
                          if cause is not None and id(cause) not in _seen else None)
        self.__context__ = (TracebackException(type(context), context, context.__traceback__, limit=limit, _seen=_seen)
                            if context is not None and id(context) not in _seen else None)
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=_seen)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self.exc_type.__qualname__

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__ if hasattr(self, "__dict__") else self is other
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from _fmt_exc_only(self._exc)

    def format(self, *, chain=True, _ctx=None):
        yield from _formatted_with_tb(self._exc, self._tb, lambda: _fmt_exc(self._exc, self._limit, chain))

    def print(self, *, file=None, chain=True):
        for line in self.format(chain=chain):
            print(line, file=_out(file), end="")
`;

export const makeTracebackModule = frozenSourceModule("traceback", SOURCE, (d) => {
  const mn = intern("traceback");
  for (const [name, fn] of [["_fmt_exc", fmtExc], ["_fmt_exc_only", fmtExcOnly], ["_fmt_entries", fmtEntries],
    ["_tb_frames", tbFrames], ["_frame_pos", framePos]] as [string, Function][]) {
    const f = newBuiltinFunction({ name, flags: 3, fn }, mn);
    dictSetItemStr(d, intern(name), f);
    dec(f);
  }
});
export { PyStr, PyList };
