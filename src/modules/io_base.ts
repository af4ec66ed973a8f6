/**
 * The io class hierarchy (Modules/_io): _IOBase and its three abstract branches, with the
 * behaviour they give every subclass (Python-level ones included):
 *
 *   _IOBase           close/closed/flush, readable/writable/seekable = False, readline via
 *                     read(1) or peek, readlines, writelines, iteration, context manager,
 *                     closing on finalisation
 *   _RawIOBase        read() via readinto(), readall()
 *   _BufferedIOBase   read/read1/readinto/write/detach: UnsupportedOperation
 *   _TextIOBase       read/readline/write/detach: UnsupportedOperation; encoding/newlines/errors
 *
 * Concrete classes live in io_raw.ts (FileIO), io_buffered.ts (Buffered*, BytesIO) and
 * io_text.ts (TextIOWrapper, StringIO). Native instances extend PyIOObject, whose `closedFlag`
 * is _IOBase's __IOBase_closed; subclasses keep their own state.
 */
import { PyObject, PyType, TPFlags, isSubtype } from "../objects/object.ts";
import { TypeType, ObjectType, None } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newInt, True, False } from "../objects/int.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyList, newList, listAppend } from "../objects/list.ts";
import { PyBytes, newBytes } from "../objects/bytes.ts";
import { BytesType } from "../objects/types.ts";
import * as A from "../objects/abstract.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { typeError, valueError, newException } from "../objects/errors.ts";
import { dealloc } from "../memory/refcount.ts";
import { instanceDealloc } from "../objects/typeobject.ts";
import { HostError } from "../host/host.ts";

export function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}
export function none(): PyObject {
  None.ob_refcnt++;
  return None;
}
export function bool(b: boolean): PyObject {
  return b ? True : False;
}

function mkType(name: string, base: PyType): PyType {
  const t = new PyType(TypeType, name, base, TPFlags.BASETYPE);
  t.tp_dictoffset = true;
  return t;
}
export const IOBaseType = mkType("_io._IOBase", ObjectType);
export const RawIOBaseType = mkType("_io._RawIOBase", IOBaseType);
export const BufferedIOBaseType = mkType("_io._BufferedIOBase", IOBaseType);
export const TextIOBaseType = mkType("_io._TextIOBase", IOBaseType);
export const FileIOType = mkType("_io.FileIO", RawIOBaseType);
export const BytesIOType = mkType("_io.BytesIO", BufferedIOBaseType);
export const BufferedReaderType = mkType("_io.BufferedReader", BufferedIOBaseType);
export const BufferedWriterType = mkType("_io.BufferedWriter", BufferedIOBaseType);
export const BufferedRandomType = mkType("_io.BufferedRandom", BufferedIOBaseType);
export const TextIOWrapperType = mkType("_io.TextIOWrapper", TextIOBaseType);
export const StringIOType = mkType("_io.StringIO", TextIOBaseType);
export const ALL_IO_TYPES = [
  IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType, FileIOType, BytesIOType,
  BufferedReaderType, BufferedWriterType, BufferedRandomType, TextIOWrapperType, StringIOType,
];

export const DEFAULT_BUFFER_SIZE = 8192;

/**
 * io.UnsupportedOperation (a subclass of OSError and ValueError), made on first use: creating the
 * class fills the dicts of object, BaseException, Exception, OSError and ValueError, which a
 * program that never meets it (`-c pass`) does not need at start-up. Borrowed.
 */
let unsupportedOperation: PyType | null = null;
let makeUnsupportedOperation: (() => PyType) | null = null;
export function setUnsupportedOperationMaker(make: () => PyType): void {
  makeUnsupportedOperation = make;
}
export function unsupportedOperationType(): PyType {
  if (unsupportedOperation === null) {
    if (makeUnsupportedOperation === null) return E.OSErrorType;
    unsupportedOperation = makeUnsupportedOperation();
  }
  return unsupportedOperation;
}
export function unsupported(msg: string): PyBaseException {
  return newException(unsupportedOperationType(), msg);
}
export function closedError(): PyBaseException {
  return valueError("I/O operation on closed file.");
}

/** Base of the native io objects: the _IOBase closed flag. */
export class PyIOObject extends PyObject {
  declare closedFlag: boolean;
  constructor(t: PyType) {
    super(t);
    this.closedFlag = false;
  }
}

// ---- errno ------------------------------------------------------------------------------------

const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, "Operation not permitted"], ENOENT: [2, "No such file or directory"], EIO: [5, "Input/output error"],
  ENXIO: [6, "No such device or address"], EBADF: [9, "Bad file descriptor"], EAGAIN: [11, "Resource temporarily unavailable"],
  EACCES: [13, "Permission denied"], EEXIST: [17, "File exists"], EXDEV: [18, "Invalid cross-device link"],
  ENOTDIR: [20, "Not a directory"], EISDIR: [21, "Is a directory"], EINVAL: [22, "Invalid argument"],
  EMFILE: [24, "Too many open files"], ENOSPC: [28, "No space left on device"], ESPIPE: [29, "Illegal seek"],
  EROFS: [30, "Read-only file system"], EPIPE: [32, "Broken pipe"], ENAMETOOLONG: [36, "File name too long"],
  ENOTEMPTY: [39, "Directory not empty"], ELOOP: [40, "Too many levels of symbolic links"],
};
/** A host error as the OSError CPython raises (errno picks the subclass): [Errno N] text: 'name'. */
export function hostOSError(e: unknown, filename: PyObject | null): PyBaseException {
  if (!(e instanceof HostError)) throw e;
  const [errno, text] = ERRNO[e.code] ?? [5, e.message];
  const args: PyObject[] = [newInt(errno), newStr(text)];
  if (filename !== null) {
    // borrowed from the caller: the args list owns one reference of its own
    filename.ob_refcnt++;
    args.push(filename);
  }
  try {
    return A.call(E.OSErrorType, args) as PyBaseException;
  } finally {
    for (const a of args) dec(a);
  }
}
export function osErrorErrno(errno: number, filename: PyObject | null): PyBaseException {
  const name = Object.keys(ERRNO).find((k) => ERRNO[k]![0] === errno) ?? "EIO";
  return hostOSError(new HostError(name, "", ""), filename);
}

// ---- argument helpers -----------------------------------------------------------------------------

/** The bytes of a bytes-like object (a copy for mutable ones), or TypeError. */
export function bytesLike(o: PyObject, what = "a bytes-like object is required"): Uint8Array {
  if (o instanceof PyBytes) return o.value;
  const n = o.ob_type.tp_name;
  if (n === "memoryview" || n === "array.array" || n === "bytearray") {
    const b = A.call(BytesType, [o]);
    try {
      return (b as PyBytes).value.slice();
    } finally {
      dec(b);
    }
  }
  throw typeError(`${what}, not '${n}'`);
}
/** A size argument: None or missing = -1, else an index. */
export function sizeArg(o: PyObject | null | undefined): number {
  if (o === null || o === undefined || o === None) return -1;
  if (o.ob_type.nb_index === null) throw typeError(`argument should be integer or None, not '${o.ob_type.tp_name}'`);
  const v = A.index(o);
  const n = Number(v.value);
  dec(v);
  return n;
}
export function intArg(o: PyObject): number {
  const v = A.index(o);
  const n = Number(v.value);
  dec(v);
  return n;
}

/** Is this object closed? Native objects answer directly, others through `.closed`. */
export function isClosed(o: PyObject): boolean {
  const r = A.getAttr(o, intern("closed"));
  try {
    return A.isTrue(r);
  } finally {
    dec(r);
  }
}
export function checkClosed(o: PyObject): void {
  if (isClosed(o)) throw closedError();
}
function callBool(o: PyObject, meth: string): boolean {
  const r = A.callMethod(o, meth, []);
  try {
    return A.isTrue(r);
  } finally {
    dec(r);
  }
}
export function checkReadable(o: PyObject): void {
  if (!callBool(o, "readable")) throw unsupported("File or stream is not readable.");
}
export function checkWritable(o: PyObject): void {
  if (!callBool(o, "writable")) throw unsupported("File or stream is not writable.");
}

// ---- _IOBase ------------------------------------------------------------------------------------

const CLOSED_KEY = "__IOBase_closed";
function iobaseIsClosed(o: PyObject): boolean {
  if (o instanceof PyIOObject) return o.closedFlag;
  const d = o.dict;
  if (d === null) return false;
  const k = intern(CLOSED_KEY);
  const v = A.lookupAttr(o, k);
  if (v === null) return false;
  dec(v);
  return true;
}

IOBaseType.tp_new = (type) => new PyIOObject(type);
IOBaseType.tp_iter = (o) => {
  checkClosed(o);
  o.ob_refcnt++;
  return o;
};
IOBaseType.tp_iternext = (o) => {
  const line = A.callMethod(o, "readline", []);
  if ((line instanceof PyStr && line.value.length === 0) || (line instanceof PyBytes && line.value.length === 0)) {
    dec(line);
    return null;
  }
  return line;
};
/** _IOBase's finaliser: close() if not closed (errors are reported as unraisable). */
export function iobaseFinalize(o: PyObject): void {
  let closed: boolean;
  try {
    closed = isClosed(o);
  } catch (e) {
    dec(e as PyObject);
    return;
  }
  if (closed) return;
  dec(A.callMethod(o, "close", []));
}
IOBaseType.tp_finalize = iobaseFinalize;
IOBaseType.tp_dealloc = instanceDealloc;
IOBaseType.tp_getset = [
  { name: "closed", get: (o) => bool(iobaseIsClosed(o)), set: null },
  { name: "__dict__", get: (o) => {
    if (o.dict === null) o.dict = newDictLazy();
    o.dict.ob_refcnt++;
    return o.dict;
  }, set: null },
];
import { newDict as newDictLazy } from "../objects/dict.ts";

function readlineGeneric(o: PyObject, limit: number): PyObject {
  // readline through peek() (when present) or read(1), as _IOBase does
  const out: number[] = [];
  const hasPeek = A.lookupAttr(o, intern("peek"));
  for (;;) {
    if (limit >= 0 && out.length >= limit) break;
    let nreadahead = 1;
    if (hasPeek !== null) {
      const one = newInt(1);
      const ra = A.call(hasPeek, [one]);
      dec(one);
      if (!(ra instanceof PyBytes)) {
        dec(ra);
        throw typeError(`peek() should have returned a bytes object, not '${ra.ob_type.tp_name}'`);
      }
      if (ra.value.length > 0) {
        let n = 0;
        const buf = ra.value;
        while (n < buf.length && (limit < 0 || n < limit - out.length)) {
          if (buf[n++] === 10) break;
        }
        nreadahead = n;
      }
      dec(ra);
    }
    const sz = newInt(nreadahead);
    const b = A.callMethod(o, "read", [sz]);
    dec(sz);
    if (b === None) {
      dec(b);
      break;
    }
    if (!(b instanceof PyBytes)) {
      const n = b.ob_type.tp_name;
      dec(b);
      throw newException(E.OSErrorType, `read() should have returned a bytes object, not '${n}'`);
    }
    if (b.value.length === 0) {
      dec(b);
      break;
    }
    for (const c of b.value) out.push(c);
    const last = b.value[b.value.length - 1];
    dec(b);
    if (last === 10) break;
  }
  if (hasPeek !== null) dec(hasPeek);
  return newBytes(Uint8Array.from(out));
}

/** readlines(hint): lines until their total size reaches hint (all when hint <= 0). */
export function readlinesGeneric(o: PyObject, hintO: PyObject | null): PyObject {
  const hint = sizeArg(hintO);
  const out = newList([]);
  if (hint <= 0) {
    const it = A.getIter(o);
    try {
      for (;;) {
        const line = A.iterNext(it);
        if (line === null) break;
        listAppend(out, line);
        dec(line);
      }
    } finally {
      dec(it);
    }
    return out;
  }
  let total = 0;
  const it = A.getIter(o);
  try {
    for (;;) {
      const line = A.iterNext(it);
      if (line === null) break;
      listAppend(out, line);
      total += A.length(line);
      dec(line);
      if (total >= hint) break;
    }
  } finally {
    dec(it);
  }
  return out;
}

IOBaseType.tp_methods = [
  { name: "seek", flags: 3, fn: () => {
    throw unsupported("seek");
  } },
  { name: "tell", flags: 1, fn: (o: PyObject) => {
    const z = newInt(0), one = newInt(1);
    try {
      return A.callMethod(o, "seek", [z, one]);
    } finally {
      dec(z);
      dec(one);
    }
  } },
  { name: "truncate", flags: 3, fn: () => {
    throw unsupported("truncate");
  } },
  { name: "flush", flags: 1, fn: (o: PyObject) => {
    if (iobaseIsClosed(o)) throw closedError();
    return none();
  } },
  { name: "close", flags: 1, fn: (o: PyObject) => {
    if (iobaseIsClosed(o)) return none();
    let err: unknown = null;
    try {
      dec(A.callMethod(o, "flush", []));
    } catch (e) {
      err = e;
    }
    if (o instanceof PyIOObject) o.closedFlag = true;
    else A.setAttr(o, intern(CLOSED_KEY), True);
    if (err !== null) throw err;
    return none();
  } },
  { name: "seekable", flags: 1, fn: () => False },
  { name: "readable", flags: 1, fn: () => False },
  { name: "writable", flags: 1, fn: () => False },
  { name: "_checkClosed", flags: 3, fn: (o: PyObject) => {
    checkClosed(o);
    return none();
  } },
  { name: "_checkReadable", flags: 3, fn: (o: PyObject) => {
    checkReadable(o);
    return none();
  } },
  { name: "_checkWritable", flags: 3, fn: (o: PyObject) => {
    checkWritable(o);
    return none();
  } },
  { name: "_checkSeekable", flags: 3, fn: (o: PyObject) => {
    if (!callBool(o, "seekable")) throw unsupported("File or stream is not seekable.");
    return none();
  } },
  { name: "fileno", flags: 1, fn: () => {
    throw unsupported("fileno");
  } },
  { name: "isatty", flags: 1, fn: (o: PyObject) => {
    checkClosed(o);
    return False;
  } },
  { name: "__enter__", flags: 1, fn: (o: PyObject) => {
    checkClosed(o);
    o.ob_refcnt++;
    return o;
  } },
  { name: "__exit__", flags: 3, fn: (o: PyObject) => A.callMethod(o, "close", []) },
  { name: "readline", flags: 3, fn: (o: PyObject, args: PyObject[]) => readlineGeneric(o, sizeArg(args[0])) },
  { name: "readlines", flags: 3, fn: (o: PyObject, args: PyObject[]) => readlinesGeneric(o, args[0] ?? null) },
  { name: "writelines", flags: 2, fn: (o: PyObject, lines: PyObject) => {
    checkClosed(o);
    const it = A.getIter(lines);
    try {
      for (;;) {
        const line = A.iterNext(it);
        if (line === null) break;
        try {
          dec(A.callMethod(o, "write", [line]));
        } finally {
          dec(line);
        }
      }
    } finally {
      dec(it);
    }
    return none();
  } },
];

// ---- _RawIOBase ---------------------------------------------------------------------------------

RawIOBaseType.tp_methods = [
  { name: "read", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const n = sizeArg(args[0]);
    if (n < 0) return A.callMethod(o, "readall", []);
    const ba = A.call(ByteArrayTypeRef(), [newIntTmp(n)]);
    try {
      const r = A.callMethod(o, "readinto", [ba]);
      if (r === None) return r;
      const got = intArg(r);
      dec(r);
      const b = A.call(BytesType, [ba]) as PyBytes;
      if (got === b.value.length) return b;
      const out = newBytes(b.value.slice(0, got));
      dec(b);
      return out;
    } finally {
      dec(ba);
    }
  } },
  { name: "readall", flags: 1, fn: (o: PyObject) => {
    const chunks: Uint8Array[] = [];
    for (;;) {
      const sz = newInt(DEFAULT_BUFFER_SIZE);
      const r = A.callMethod(o, "read", [sz]);
      dec(sz);
      if (r === None) {
        if (chunks.length === 0) return r;
        dec(r);
        break;
      }
      if (!(r instanceof PyBytes)) {
        dec(r);
        throw typeError("read() should return bytes");
      }
      if (r.value.length === 0) {
        dec(r);
        break;
      }
      chunks.push(r.value);
      dec(r);
    }
    return newBytes(concat(chunks));
  } },
  { name: "readinto", flags: 2, fn: () => {
    throw newException(E.NotImplementedErrorType, null);
  } },
  { name: "write", flags: 2, fn: () => {
    throw newException(E.NotImplementedErrorType, null);
  } },
];
function newIntTmp(n: number): PyObject {
  return newInt(n);
}
import { ByteArrayType } from "../objects/types.ts";
function ByteArrayTypeRef(): PyType {
  return ByteArrayType;
}
export function concat(chunks: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let i = 0;
  for (const c of chunks) {
    out.set(c, i);
    i += c.length;
  }
  return out;
}

// ---- _BufferedIOBase / _TextIOBase ---------------------------------------------------------------

BufferedIOBaseType.tp_methods = [
  { name: "read", flags: 3, fn: () => { throw unsupported("read"); } },
  { name: "read1", flags: 3, fn: () => { throw unsupported("read1"); } },
  { name: "write", flags: 3, fn: () => { throw unsupported("write"); } },
  { name: "detach", flags: 1, fn: () => { throw unsupported("detach"); } },
  { name: "readinto", flags: 2, fn: (o: PyObject, b: PyObject) => readintoVia(o, b, "read") },
  { name: "readinto1", flags: 2, fn: (o: PyObject, b: PyObject) => readintoVia(o, b, "read1") },
];
/** readinto(b) through read(len(b)): copies into b with slice assignment. */
export function readintoVia(o: PyObject, b: PyObject, meth: string): PyObject {
  const n = A.length(b);
  const sz = newInt(n);
  const data = A.callMethod(o, meth, [sz]);
  dec(sz);
  try {
    const d = bytesLike(data);
    const sl = newSliceTmp(0, d.length);
    try {
      A.setItem(b, sl, data);
    } finally {
      dec(sl);
    }
    return newInt(d.length);
  } finally {
    dec(data);
  }
}
import { newSlice } from "../objects/slice.ts";
function newSliceTmp(a: number, b: number): PyObject {
  const x = newInt(a), y = newInt(b);
  const s = newSlice(x, y, None);
  dec(x);
  dec(y);
  return s;
}

TextIOBaseType.tp_methods = [
  { name: "read", flags: 3, fn: () => { throw unsupported("read"); } },
  { name: "readline", flags: 3, fn: () => { throw unsupported("readline"); } },
  { name: "write", flags: 3, fn: () => { throw unsupported("write"); } },
  { name: "detach", flags: 1, fn: () => { throw unsupported("detach"); } },
];
TextIOBaseType.tp_getset = [
  { name: "encoding", get: () => none(), set: null },
  { name: "newlines", get: () => none(), set: null },
  { name: "errors", get: () => none(), set: null },
];

export { PyTuple, newTuple, PyList, isSubtype, PyInt };
