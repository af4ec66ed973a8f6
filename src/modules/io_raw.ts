/**
 * _io.FileIO: raw, unbuffered I/O on a host file descriptor (Modules/_io/fileio.c).
 *
 * State: fd (-1 once closed), the access flags from the mode ("r", "w", "x", "a" and "+"),
 * closefd, and `pos`, the file position tspy keeps itself (the host reads and writes at explicit
 * offsets; append-mode writes go to the end). The standard streams are FileIOs on fds 0-2: fd 0
 * reads the host's stdin (all of it, once), fds 1 and 2 write through host().write.
 * A read-only open the host cannot satisfy but whose content host().readFile can (the bundled
 * library) is served from memory.
 */
import { PyObject, PyType } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newInt, newIntAny, True, False } from "../objects/int.ts";
import { PyBytes, newBytes } from "../objects/bytes.ts";
import { decodeBytes } from "../objects/codecs.ts";
import * as A from "../objects/abstract.ts";
import * as E from "../objects/exceptions.ts";
import { typeError, valueError, newException, overflowError } from "../objects/errors.ts";
import { parseArgs } from "../objects/args.ts";
import { host, HostError } from "../host/host.ts";
import {
  FileIOType, PyIOObject, dec, none, bool, unsupported, hostOSError, osErrorErrno, bytesLike, sizeArg,
  intArg, concat, DEFAULT_BUFFER_SIZE, iobaseFinalize,
} from "./io_base.ts";
import { warn } from "./warnings.ts";

export class PyFileIO extends PyIOObject {
  declare fd: number;
  declare readable: boolean;
  declare writable: boolean;
  declare appending: boolean;
  declare created: boolean;
  declare closefd: boolean;
  declare pos: number;
  /** Content of a file served from memory (read-only), or of fd 0 once read. */
  declare mem: Uint8Array | null;
  constructor(t: PyType) {
    super(t);
    this.fd = -1;
    this.readable = false;
    this.writable = false;
    this.appending = false;
    this.created = false;
    this.closefd = true;
    this.pos = 0;
    this.mem = null;
  }
}

function F(o: PyObject): PyFileIO {
  if (!(o instanceof PyFileIO)) throw typeError(`descriptor requires a '_io.FileIO' object but received a '${o.ob_type.tp_name}'`);
  return o;
}
function checkOpen(f: PyFileIO): void {
  if (f.fd < 0) throw valueError("I/O operation on closed file");
}
function checkReadable(f: PyFileIO): void {
  checkOpen(f);
  if (!f.readable) throw unsupported("File not open for reading");
}
function checkWritable(f: PyFileIO): void {
  checkOpen(f);
  if (!f.writable) throw unsupported("File not open for writing");
}
function nameOf(f: PyFileIO): PyObject | null {
  return f.dict === null ? null : dictGetName(f);
}
import { dictGetItemStr, dictSetItemStr, newDict } from "../objects/dict.ts";
function dictGetName(f: PyFileIO): PyObject | null {
  return dictGetItemStr(f.dict!, intern("name"));
}

/** The mode string FileIO reports: xb, ab, rb+, rb or wb (+ for read-write). */
export function fileioMode(f: PyFileIO): string {
  if (f.created) return f.readable ? "xb+" : "xb";
  if (f.appending) return f.readable ? "ab+" : "ab";
  if (f.readable) return f.writable ? "rb+" : "rb";
  return "wb";
}

/** FileIO(file, mode='r', closefd=True, opener=None). */
export function fileioInit(self: PyObject, args: PyObject[], kw: PyObject | null): void {
  const f = F(self);
  const [file, modeO, closefdO, opener] = parseArgs("FileIO", args, kw, ["file", "mode", "closefd", "opener"], { required: 1 });
  if (f.fd >= 0) {
    if (f.closefd) host().fileClose(f.fd);
    f.fd = -1;
  }
  const mode = modeO === null ? "r" : modeO instanceof PyStr ? modeO.value : null;
  if (mode === null) throw typeError(`FileIO() argument 'mode' must be str, not ${modeO!.ob_type.tp_name}`);
  let rwa = false, plus = false;
  f.readable = f.writable = f.appending = f.created = false;
  for (const c of mode) {
    switch (c) {
      case "x":
        if (rwa) throw badMode();
        rwa = true;
        f.created = true;
        f.writable = true;
        break;
      case "r":
        if (rwa) throw badMode();
        rwa = true;
        f.readable = true;
        break;
      case "w":
        if (rwa) throw badMode();
        rwa = true;
        f.writable = true;
        break;
      case "a":
        if (rwa) throw badMode();
        rwa = true;
        f.writable = true;
        f.appending = true;
        break;
      case "b":
        break;
      case "+":
        if (plus) throw badMode();
        f.readable = f.writable = true;
        plus = true;
        break;
      default:
        throw valueError(`invalid mode: ${mode}`);
    }
  }
  if (!rwa) throw badMode();
  f.closefd = closefdO === null || A.isTrue(closefdO);
  const fileObj = file!;
  if (fileObj instanceof PyInt || (fileObj.ob_type.nb_index !== null && !(fileObj instanceof PyStr))) {
    if (fileObj.ob_type === FloatTypeRef()) throw typeError("integer argument expected, got float");
    const fd = intArg(fileObj);
    if (fd < 0) throw valueError("negative file descriptor");
    f.fd = fd;
  } else {
    if (!f.closefd) throw valueError("Cannot use closefd=False with file name");
    const path = fsPathOf(fileObj);
    if (opener !== null && opener !== None) {
      const flagsO = newInt(openFlags(f));
      const pathO = newStr(path);
      try {
        const r = A.call(opener, [pathO, flagsO]);
        if (!(r instanceof PyInt)) {
          dec(r);
          throw typeError("expected integer from opener");
        }
        f.fd = Number(r.value);
        dec(r);
        if (f.fd < 0) throw valueError(`opener returned ${f.fd}`);
      } finally {
        dec(flagsO);
        dec(pathO);
      }
    } else {
      try {
        f.fd = host().fileOpen(path, {
          read: f.readable, write: f.writable, create: /[wxa]/u.test(mode),
          exclusive: f.created, truncate: mode.includes("w"), append: f.appending,
        }, 0o666);
      } catch (e) {
        // the bundled library (and other read-only content the host serves) is read from memory
        if (e instanceof HostError && e.code === "ENOENT" && f.readable && !f.writable) {
          try {
            f.mem = host().readFile(path);
            f.fd = 1000000 + memFds++;
          } catch {
            throw hostOSError(e, fileObj);
          }
        } else throw hostOSError(e, fileObj);
      }
      if (f.mem === null) {
        let isDir = false;
        try {
          isDir = host().fileStat(f.fd).isDir;
        } catch {
          isDir = false;
        }
        if (isDir) {
          host().fileClose(f.fd);
          f.fd = -1;
          throw osErrorErrno(21, fileObj);
        }
      }
    }
  }
  if (f.dict === null) f.dict = newDict();
  dictSetItemStr(f.dict, intern("name"), fileObj);
  if (f.appending && f.mem === null && f.fd > 2) {
    try {
      f.pos = host().fileStat(f.fd).size;
    } catch {
      f.pos = 0;
    }
  }
}
let memFds = 0;
function badMode(): PyObject {
  return valueError("Must have exactly one of create/read/write/append mode and at most one plus");
}
import { FloatType } from "../objects/types.ts";
function FloatTypeRef(): PyType {
  return FloatType;
}
/** The O_* flags an opener receives (Linux values). */
function openFlags(f: PyFileIO): number {
  let fl = f.readable && f.writable ? 2 : f.writable ? 1 : 0;
  if (f.created) fl |= 0o100 | 0o200;
  else if (f.appending) fl |= 0o100 | 0o2000;
  else if (f.writable && !f.readable) fl |= 0o100 | 0o1000;
  return fl | 0o2000000;
}
/** os.fspath for a file argument: str, bytes or an os.PathLike. */
export function fsPathOf(o: PyObject): string {
  if (o instanceof PyStr) {
    if (o.value.includes("\0")) throw valueError("embedded null character");
    return o.value;
  }
  if (o instanceof PyBytes) return decodeBytes(o.value, "utf-8", "surrogateescape");
  const m = A.lookupSpecial(o, intern("__fspath__"));
  if (m === null) throw typeError(`expected str, bytes or os.PathLike object, not ${o.ob_type.tp_name}`);
  const r = A.call(m, []);
  dec(m);
  try {
    if (r instanceof PyStr) return r.value;
    if (r instanceof PyBytes) return decodeBytes(r.value, "utf-8", "surrogateescape");
    throw typeError(`expected ${o.ob_type.tp_name}.__fspath__() to return str or bytes, not ${r.ob_type.tp_name}`);
  } finally {
    dec(r);
  }
}

// ---- low-level operations ----------------------------------------------------------------------

let stdinData: Uint8Array | null = null;
function stdinBytes(): Uint8Array {
  if (stdinData === null) stdinData = host().readStdin();
  return stdinData;
}
/** The file's size (for seeks relative to the end). */
function fileSize(f: PyFileIO): number {
  if (f.mem !== null) return f.mem.length;
  if (f.fd === 0 && host().readStdinChunk === undefined) return stdinBytes().length;
  try {
    return host().fileStat(f.fd).size;
  } catch (e) {
    throw hostOSError(e, null);
  }
}
/** Read up to n bytes (n < 0: to the end). */
export function rawRead(f: PyFileIO, n: number): Uint8Array {
  checkReadable(f);
  if (f.mem === null && f.fd === 0 && host().readStdinChunk !== undefined) return stdinRead(f, n);
  const src = f.mem ?? (f.fd === 0 ? stdinBytes() : null);
  if (src !== null) {
    const end = n < 0 ? src.length : Math.min(src.length, f.pos + n);
    const r = f.pos >= end ? new Uint8Array(0) : src.slice(f.pos, end);
    f.pos += r.length;
    return r;
  }
  if (n < 0) {
    const chunks: Uint8Array[] = [];
    for (;;) {
      const buf = new Uint8Array(Math.max(DEFAULT_BUFFER_SIZE, 65536));
      let got: number;
      try {
        got = host().fileRead(f.fd, buf, 0, buf.length, f.pos);
      } catch (e) {
        throw hostOSError(e, null);
      }
      if (got === 0) break;
      chunks.push(buf.subarray(0, got));
      f.pos += got;
    }
    return concat(chunks);
  }
  const buf = new Uint8Array(n);
  let got: number;
  try {
    got = host().fileRead(f.fd, buf, 0, n, f.pos);
  } catch (e) {
    throw hostOSError(e, null);
  }
  f.pos += got;
  return got === n ? buf : buf.slice(0, got);
}
/**
 * Standard input read as it arrives (a terminal gives a line at a time, a pipe what is written):
 * n < 0 reads to the end of input; else one read of at most n bytes. SIGINT while waiting
 * (EINTR) is KeyboardInterrupt.
 */
function stdinRead(f: PyFileIO, n: number): Uint8Array {
  const h = host();
  const one = (len: number): Uint8Array => {
    const buf = new Uint8Array(len);
    let got: number;
    try {
      got = h.readStdinChunk!(buf);
    } catch (e) {
      if (e instanceof HostError && e.code === "EINTR") checkInterrupt();
      throw hostOSError(e, null);
    }
    f.pos += got;
    return got === len ? buf : buf.slice(0, got);
  };
  if (n >= 0) return one(n);
  const chunks: Uint8Array[] = [];
  for (;;) {
    const c = one(65536);
    if (c.length === 0) break;
    chunks.push(c);
  }
  return concat(chunks);
}
import { checkInterrupt } from "../vm/sigint.ts";

export function rawWrite(f: PyFileIO, data: Uint8Array): number {
  checkWritable(f);
  if (f.fd === 1 || f.fd === 2) {
    try {
      host().write(f.fd, data);
    } catch (e) {
      throw hostOSError(e, null);
    }
    return data.length;
  }
  try {
    if (f.appending) {
      host().fileWrite(f.fd, data, null);
      f.pos = fileSize(f);
    } else {
      host().fileWrite(f.fd, data, f.pos);
      f.pos += data.length;
    }
  } catch (e) {
    throw hostOSError(e, null);
  }
  return data.length;
}
export function rawSeek(f: PyFileIO, pos: number, whence: number): number {
  checkOpen(f);
  if (f.fd <= 2 && f.mem === null) throw osErrorErrno(29, null);
  let p: number;
  if (whence === 0) p = pos;
  else if (whence === 1) p = f.pos + pos;
  else if (whence === 2) p = fileSize(f) + pos;
  else throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  if (p < 0) throw osErrorErrno(22, null);
  f.pos = p;
  return p;
}
export function rawTruncate(f: PyFileIO, size: number): number {
  checkWritable(f);
  try {
    host().fileTruncate(f.fd, size);
  } catch (e) {
    throw hostOSError(e, null);
  }
  return size;
}
export function rawSeekable(f: PyFileIO): boolean {
  checkOpen(f);
  return !(f.fd <= 2 && f.mem === null);
}
export function rawIsatty(f: PyFileIO): boolean {
  checkOpen(f);
  return false;
}
export function rawClose(f: PyFileIO): void {
  if (f.fd < 0) return;
  const fd = f.fd;
  f.fd = -1;
  f.closedFlag = true;
  if (!f.closefd || f.mem !== null) {
    f.mem = null;
    return;
  }
  if (fd <= 2) return;
  try {
    host().fileClose(fd);
  } catch (e) {
    throw hostOSError(e, null);
  }
}

// ---- the type ----------------------------------------------------------------------------------

FileIOType.tp_new = (type) => new PyFileIO(type);
FileIOType.tp_init = fileioInit;
FileIOType.tp_finalize = (o) => {
  const f = o as PyFileIO;
  if (f.fd >= 0 && f.closefd && f.fd > 2) {
    try {
      warn(E.ResourceWarningType, `unclosed file ${A.reprStr(o)}`, 1);
    } catch (e) {
      dec(e as PyObject);
    }
  }
  iobaseFinalize(o);
};
FileIOType.tp_dealloc = (o) => {
  const f = o as PyFileIO;
  if (f.fd > 2 && f.closefd && f.mem === null) {
    try {
      host().fileClose(f.fd);
    } catch {
      // already gone
    }
  }
  f.fd = -1;
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    dec(d);
  }
};
FileIOType.tp_repr = (o) => {
  const f = F(o);
  if (f.fd < 0) return newStr("<_io.FileIO [closed]>");
  const name = nameOf(f);
  const closefd = f.closefd ? "True" : "False";
  if (name === null) return newStr(`<_io.FileIO fd=${f.fd} mode='${fileioMode(f)}' closefd=${closefd}>`);
  return newStr(`<_io.FileIO name=${A.reprStr(name)} mode='${fileioMode(f)}' closefd=${closefd}>`);
};
FileIOType.tp_methods = [
  { name: "read", flags: 3, fn: (o: PyObject, args: PyObject[]) => newBytes(rawRead(F(o), sizeArg(args[0]))) },
  { name: "readall", flags: 1, fn: (o: PyObject) => newBytes(rawRead(F(o), -1)) },
  { name: "readinto", flags: 2, fn: (o: PyObject, b: PyObject) => {
    const f = F(o);
    checkReadable(f);
    const n = A.length(b);
    const data = newBytes(rawRead(f, n));
    try {
      const x = newInt(0), y = newInt(data.value.length);
      const sl = newSliceRef(x, y, None);
      dec(x);
      dec(y);
      try {
        A.setItem(b, sl, data);
      } finally {
        dec(sl);
      }
      return newInt(data.value.length);
    } finally {
      dec(data);
    }
  } },
  { name: "write", flags: 2, fn: (o: PyObject, b: PyObject) => {
    const f = F(o);
    checkWritable(f);
    return newInt(rawWrite(f, bytesLike(b)));
  } },
  { name: "seek", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length < 1 || args.length > 2) throw typeError(`seek expected at least 1 argument, got ${args.length}`);
    if (args[0]!.ob_type === FloatType) throw typeError("an integer is required");
    return newIntAny(rawSeek(F(o), intArg(args[0]!), args.length > 1 ? intArg(args[1]!) : 0));
  } },
  { name: "tell", flags: 1, fn: (o: PyObject) => {
    const f = F(o);
    checkOpen(f);
    if (f.fd <= 2 && f.mem === null) throw osErrorErrno(29, null);
    return newIntAny(f.pos);
  } },
  { name: "truncate", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const f = F(o);
    checkWritable(f);
    const size = args.length === 0 || args[0] === None ? f.pos : intArg(args[0]!);
    return newIntAny(rawTruncate(f, size));
  } },
  { name: "close", flags: 1, fn: (o: PyObject) => {
    const f = F(o);
    rawClose(f);
    return none();
  } },
  { name: "fileno", flags: 1, fn: (o: PyObject) => {
    const f = F(o);
    checkOpen(f);
    return newInt(f.fd);
  } },
  { name: "isatty", flags: 1, fn: (o: PyObject) => bool(rawIsatty(F(o))) },
  { name: "readable", flags: 1, fn: (o: PyObject) => {
    checkOpen(F(o));
    return bool(F(o).readable);
  } },
  { name: "writable", flags: 1, fn: (o: PyObject) => {
    checkOpen(F(o));
    return bool(F(o).writable);
  } },
  { name: "seekable", flags: 1, fn: (o: PyObject) => bool(rawSeekable(F(o))) },
  { name: "_dealloc_warn", flags: 2, fn: () => none() },
];
FileIOType.tp_getset = [
  { name: "closed", get: (o) => bool(F(o).fd < 0), set: null },
  { name: "closefd", get: (o) => bool(F(o).closefd), set: null },
  { name: "mode", get: (o) => newStr(fileioMode(F(o))), set: null },
  { name: "_blksize", get: () => newInt(4096), set: null },
];
import { newSlice as newSliceRef } from "../objects/slice.ts";

/** A FileIO over fd 0, 1 or 2 (the standard streams). */
export function stdFileIO(fd: 0 | 1 | 2, name: string): PyFileIO {
  const f = new PyFileIO(FileIOType);
  f.fd = fd;
  f.readable = fd === 0;
  f.writable = fd !== 0;
  f.closefd = false;
  f.dict = newDict();
  const n = newStr(name);
  dictSetItemStr(f.dict, intern("name"), n);
  dec(n);
  return f;
}
export { True, False, overflowError, newException, PyBytes };
