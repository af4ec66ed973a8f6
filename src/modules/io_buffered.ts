/**
 * Buffered binary I/O (Modules/_io/bufferedio.c, bytesio.c):
 *
 *  - BufferedReader / BufferedWriter / BufferedRandom over a raw stream (a native FileIO is
 *    driven directly, any other raw object through its methods). State: a read-ahead buffer
 *    (rbuf from rpos) and pending writes (wbuf, flushed once they exceed buffer_size, on
 *    flush(), seek(), close()). The logical position is the raw position minus the unread
 *    read-ahead plus the pending writes. A write after reads first moves the raw stream back to
 *    the logical position.
 *  - BytesIO: an in-memory buffer with a position; writing past the end pads with zeros.
 */
import { PyObject, PyType } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newInt, newIntAny, True, False } from "../objects/int.ts";
import { PyBytes, newBytes } from "../objects/bytes.ts";
import { newList, listAppend } from "../objects/list.ts";
import * as A from "../objects/abstract.ts";
import { typeError, valueError } from "../objects/errors.ts";
import { parseArgs } from "../objects/args.ts";
import {
  BufferedReaderType, BufferedWriterType, BufferedRandomType, BytesIOType, PyIOObject, dec, none, bool, closedError,
  unsupported, bytesLike, sizeArg, intArg, concat, DEFAULT_BUFFER_SIZE, checkReadable, checkWritable, iobaseFinalize,
  readintoVia,
} from "./io_base.ts";
import { PyFileIO, rawRead, rawWrite, rawSeek, rawTruncate, rawClose } from "./io_raw.ts";

const enum Kind {
  READER = 0,
  WRITER = 1,
  RANDOM = 2,
}

export class PyBuffered extends PyIOObject {
  declare raw: PyObject | null;
  declare kind: Kind;
  declare bufSize: number;
  declare rbuf: Uint8Array;
  declare rpos: number;
  declare wbuf: Uint8Array[];
  declare wlen: number;
  declare ok: boolean;
  constructor(t: PyType, kind: Kind) {
    super(t);
    this.raw = null;
    this.kind = kind;
    this.bufSize = DEFAULT_BUFFER_SIZE;
    this.rbuf = new Uint8Array(0);
    this.rpos = 0;
    this.wbuf = [];
    this.wlen = 0;
    this.ok = false;
  }
}

function B(o: PyObject): PyBuffered {
  if (!(o instanceof PyBuffered)) throw typeError(`descriptor requires a buffered object but received a '${o.ob_type.tp_name}'`);
  if (!o.ok) {
    if (o.raw === null && o.kind !== Kind.READER && o.wlen < 0) throw valueError("raw stream has been detached");
    throw valueError(o.raw === null ? "I/O operation on uninitialized object" : "raw stream has been detached");
  }
  return o;
}
function raw(b: PyBuffered): PyObject {
  if (b.raw === null) throw valueError("raw stream has been detached");
  return b.raw;
}

// ---- the raw stream, natively or through its methods ----------------------------------------------

function rawClosed(b: PyBuffered): boolean {
  const r = raw(b);
  if (r instanceof PyFileIO) return r.fd < 0;
  const c = A.getAttr(r, intern("closed"));
  try {
    return A.isTrue(c);
  } finally {
    dec(c);
  }
}
function checkNotClosed(b: PyBuffered, msg: string): void {
  if (rawClosed(b)) {
    // data still buffered for reading can be read after close, as in CPython
    if (b.rpos < b.rbuf.length && msg.startsWith("read")) return;
    throw valueError(msg);
  }
}
/** raw.read(n): bytes, or null when the raw stream has nothing right now (None). */
function rread(b: PyBuffered, n: number): Uint8Array | null {
  const r = raw(b);
  if (r instanceof PyFileIO) return rawRead(r, n);
  const sz = newInt(n);
  const res = n < 0 ? A.callMethod(r, "readall", []) : A.callMethod(r, "read", [sz]);
  dec(sz);
  try {
    if (res === None) return null;
    return bytesLike(res).slice();
  } finally {
    dec(res);
  }
}
function rwrite(b: PyBuffered, data: Uint8Array): void {
  const r = raw(b);
  if (r instanceof PyFileIO) {
    rawWrite(r, data);
    return;
  }
  let off = 0;
  while (off < data.length) {
    const chunk = newBytes(data.slice(off));
    const n = A.callMethod(r, "write", [chunk]);
    dec(chunk);
    if (n === None) {
      dec(n);
      break;
    }
    const k = intArg(n);
    dec(n);
    if (k < 0 || k > data.length - off) throw newOSError(`raw write() returned invalid length ${k} (should have been between 0 and ${data.length - off})`);
    off += k;
    if (k === 0) break;
  }
}
import { newException } from "../objects/errors.ts";
import { OSErrorType } from "../objects/exceptions.ts";
function newOSError(msg: string): PyObject {
  return newException(OSErrorType, msg);
}
function rseek(b: PyBuffered, pos: number, whence: number): number {
  const r = raw(b);
  if (r instanceof PyFileIO) return rawSeek(r, pos, whence);
  const p = newIntAny(pos), w = newInt(whence);
  try {
    const res = A.callMethod(r, "seek", [p, w]);
    const n = intArg(res);
    dec(res);
    if (n < 0) throw newOSError(`Raw stream returned invalid position ${n}`);
    return n;
  } finally {
    dec(p);
    dec(w);
  }
}
function rtell(b: PyBuffered): number {
  const r = raw(b);
  if (r instanceof PyFileIO) {
    if (r.fd < 0) throw closedError();
    if (r.fd <= 2 && r.mem === null) return rawSeek(r, 0, 1);
    return r.pos;
  }
  const res = A.callMethod(r, "tell", []);
  const n = intArg(res);
  dec(res);
  if (n < 0) throw newOSError(`Raw stream returned invalid position ${n}`);
  return n;
}

// ---- buffer management -------------------------------------------------------------------------

function flushWrites(b: PyBuffered): void {
  if (b.wlen === 0) return;
  const data = b.wbuf.length === 1 ? b.wbuf[0]! : concat(b.wbuf);
  b.wbuf = [];
  b.wlen = 0;
  rwrite(b, data);
}
/** Drop the read-ahead, moving the raw stream back to the logical position. */
function dropReadahead(b: PyBuffered): void {
  const unread = b.rbuf.length - b.rpos;
  b.rbuf = new Uint8Array(0);
  b.rpos = 0;
  if (unread > 0) rseek(b, -unread, 1);
}
function available(b: PyBuffered): number {
  return b.rbuf.length - b.rpos;
}
/** Fill the read-ahead (appending one raw read of buffer_size); false at end of file. */
function fill(b: PyBuffered): boolean | null {
  const data = rread(b, b.bufSize);
  if (data === null) return null;
  if (data.length === 0) return false;
  const rest = b.rbuf.subarray(b.rpos);
  const nb = new Uint8Array(rest.length + data.length);
  nb.set(rest, 0);
  nb.set(data, rest.length);
  b.rbuf = nb;
  b.rpos = 0;
  return true;
}
function take(b: PyBuffered, n: number): Uint8Array {
  const r = b.rbuf.slice(b.rpos, b.rpos + n);
  b.rpos += r.length;
  return r;
}

export function bufRead(b: PyBuffered, n: number): PyObject {
  checkNotClosed(b, "read of closed file");
  if (n < -1) throw valueError("read length must be non-negative or -1");
  flushWrites(b);
  if (n < 0) {
    const head = take(b, available(b));
    const rest = rread(b, -1);
    if (rest === null) return head.length === 0 ? none() : newBytes(head);
    return newBytes(head.length === 0 ? rest : concat([head, rest]));
  }
  if (available(b) >= n) return newBytes(take(b, n));
  const parts: Uint8Array[] = [take(b, available(b))];
  let have = parts[0]!.length;
  while (have < n) {
    const want = n - have;
    if (want > b.bufSize) {
      const d = rread(b, want);
      if (d === null) {
        if (have === 0) return none();
        break;
      }
      if (d.length === 0) break;
      parts.push(d);
      have += d.length;
    } else {
      const r = fill(b);
      if (r === null) {
        if (have === 0) return none();
        break;
      }
      if (!r) break;
      const t = take(b, Math.min(want, available(b)));
      parts.push(t);
      have += t.length;
    }
  }
  return newBytes(concat(parts));
}
function bufRead1(b: PyBuffered, n: number): PyObject {
  checkNotClosed(b, "read of closed file");
  flushWrites(b);
  if (n < 0) n = b.bufSize;
  if (n === 0) return newBytes(new Uint8Array(0));
  if (available(b) > 0) return newBytes(take(b, Math.min(n, available(b))));
  const d = rread(b, Math.max(n, b.bufSize));
  if (d === null || d.length === 0) return newBytes(new Uint8Array(0));
  b.rbuf = d;
  b.rpos = 0;
  return newBytes(take(b, n));
}
function bufPeek(b: PyBuffered): PyObject {
  checkNotClosed(b, "peek of closed file");
  flushWrites(b);
  if (available(b) === 0) fill(b);
  return newBytes(b.rbuf.slice(b.rpos));
}
export function bufReadline(b: PyBuffered, limit: number): PyObject {
  checkNotClosed(b, "readline of closed file");
  flushWrites(b);
  for (;;) {
    const buf = b.rbuf;
    const end = limit >= 0 ? Math.min(buf.length, b.rpos + limit) : buf.length;
    for (let i = b.rpos; i < end; i++) {
      if (buf[i] === 10) return newBytes(take(b, i + 1 - b.rpos));
    }
    if (limit >= 0 && available(b) >= limit) return newBytes(take(b, limit));
    const r = fill(b);
    if (!r) return newBytes(take(b, limit >= 0 ? Math.min(limit, available(b)) : available(b)));
  }
}
export function bufWrite(b: PyBuffered, data: Uint8Array): number {
  if (rawClosed(b)) throw valueError("write to closed file");
  if (available(b) > 0 || b.rbuf.length > 0) dropReadahead(b);
  b.wbuf.push(data.slice());
  b.wlen += data.length;
  if (b.wlen > b.bufSize) flushWrites(b);
  return data.length;
}
export function bufFlush(b: PyBuffered): void {
  if (rawClosed(b)) throw valueError("flush of closed file");
  flushWrites(b);
}
export function bufTell(b: PyBuffered): number {
  const pos = rtell(b) - available(b) + b.wlen;
  return pos < 0 ? 0 : pos;
}
export function bufSeek(b: PyBuffered, pos: number, whence: number): number {
  if (whence < 0 || whence > 2) throw valueError(`whence value ${whence} unsupported`);
  checkNotClosed(b, "seek of closed file");
  flushWrites(b);
  if (whence === 1) pos -= available(b);
  b.rbuf = new Uint8Array(0);
  b.rpos = 0;
  return rseek(b, pos, whence);
}
export function bufClose(b: PyBuffered): void {
  if (rawClosed(b)) return;
  let err: unknown = null;
  try {
    flushWrites(b);
  } catch (e) {
    err = e;
  }
  b.rbuf = new Uint8Array(0);
  b.rpos = 0;
  try {
    const r = raw(b);
    if (r instanceof PyFileIO) rawClose(r);
    else dec(A.callMethod(r, "close", []));
  } catch (e) {
    if (err !== null) {
      const ex = e as { context: PyObject | null };
      if (ex.context === null) ex.context = err as PyObject;
      else dec(err as PyObject);
    }
    throw e;
  }
  b.closedFlag = true;
  if (err !== null) throw err;
}

// ---- the types ---------------------------------------------------------------------------------

function bufferedInit(kind: Kind, name: string) {
  return (self: PyObject, args: PyObject[], kw: PyObject | null): void => {
    const b = self as PyBuffered;
    const [rawO, sizeO] = parseArgs(name, args, kw, ["raw", "buffer_size"], { required: 1 });
    if (kind !== Kind.WRITER) checkReadable(rawO!);
    if (kind !== Kind.READER) checkWritable(rawO!);
    if (kind === Kind.RANDOM) {
      const s = A.callMethod(rawO!, "seekable", []);
      const ok = A.isTrue(s);
      dec(s);
      if (!ok) throw unsupported("File or stream is not seekable.");
    }
    const size = sizeO === null ? DEFAULT_BUFFER_SIZE : intArg(sizeO);
    if (size <= 0) throw valueError("buffer size must be strictly positive");
    rawO!.ob_refcnt++;
    if (b.raw !== null) dec(b.raw);
    b.raw = rawO!;
    b.bufSize = size;
    b.kind = kind;
    b.ok = true;
  };
}
const bufferedMethods = [
  { name: "read", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const b = B(o);
    if (b.kind === Kind.WRITER) throw unsupported("read");
    return bufRead(b, sizeArg(args[0]));
  } },
  { name: "read1", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const b = B(o);
    if (b.kind === Kind.WRITER) throw unsupported("read1");
    return bufRead1(b, sizeArg(args[0]));
  } },
  { name: "peek", flags: 3, fn: (o: PyObject) => {
    const b = B(o);
    if (b.kind === Kind.WRITER) throw unsupported("peek");
    return bufPeek(b);
  } },
  { name: "readline", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const b = B(o);
    if (b.kind === Kind.WRITER) throw unsupported("readline");
    return bufReadline(b, sizeArg(args[0]));
  } },
  { name: "readinto", flags: 2, fn: (o: PyObject, x: PyObject) => readintoVia(o, x, "read") },
  { name: "readinto1", flags: 2, fn: (o: PyObject, x: PyObject) => readintoVia(o, x, "read1") },
  { name: "write", flags: 2, fn: (o: PyObject, x: PyObject) => {
    const b = B(o);
    if (b.kind === Kind.READER) throw unsupported("write");
    return newInt(bufWrite(b, bytesLike(x)));
  } },
  { name: "flush", flags: 1, fn: (o: PyObject) => {
    const b = B(o);
    if (b.kind === Kind.READER) {
      if (rawClosed(b)) throw valueError("flush of closed file");
      return none();
    }
    bufFlush(b);
    return none();
  } },
  { name: "seek", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length < 1 || args.length > 2) throw typeError(`seek expected at least 1 argument, got ${args.length}`);
    const t = args[0]!;
    if (t.ob_type.nb_index === null) throw typeError(`'${t.ob_type.tp_name}' object cannot be interpreted as an integer`);
    return newIntAny(bufSeek(B(o), intArg(t), args.length > 1 ? intArg(args[1]!) : 0));
  } },
  { name: "tell", flags: 1, fn: (o: PyObject) => newIntAny(bufTell(B(o))) },
  { name: "truncate", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const b = B(o);
    if (b.kind === Kind.READER) throw unsupported("truncate");
    checkNotClosed(b, "truncate of closed file");
    flushWrites(b);
    const size = args.length === 0 || args[0] === None ? bufTell(b) : intArg(args[0]!);
    b.rbuf = new Uint8Array(0);
    b.rpos = 0;
    const r = raw(b);
    if (r instanceof PyFileIO) return newIntAny(rawTruncate(r, size));
    const s = newIntAny(size);
    try {
      return A.callMethod(r, "truncate", [s]);
    } finally {
      dec(s);
    }
  } },
  { name: "close", flags: 1, fn: (o: PyObject) => {
    bufClose(B(o));
    return none();
  } },
  { name: "detach", flags: 1, fn: (o: PyObject) => {
    const b = B(o);
    flushWrites(b);
    const r = raw(b);
    b.raw = null;
    b.ok = false;
    return r;
  } },
  { name: "fileno", flags: 1, fn: (o: PyObject) => A.callMethod(raw(B(o)), "fileno", []) },
  { name: "isatty", flags: 1, fn: (o: PyObject) => A.callMethod(raw(B(o)), "isatty", []) },
  { name: "seekable", flags: 1, fn: (o: PyObject) => A.callMethod(raw(B(o)), "seekable", []) },
  { name: "readable", flags: 1, fn: (o: PyObject) => {
    const b = B(o);
    if (b.kind === Kind.WRITER) return False;
    return A.callMethod(raw(b), "readable", []);
  } },
  { name: "writable", flags: 1, fn: (o: PyObject) => {
    const b = B(o);
    if (b.kind === Kind.READER) return False;
    return A.callMethod(raw(b), "writable", []);
  } },
  { name: "_dealloc_warn", flags: 2, fn: () => none() },
];
const bufferedGetset = [
  { name: "raw", get: (o: PyObject) => {
    const r = raw(B(o));
    r.ob_refcnt++;
    return r;
  }, set: null },
  { name: "closed", get: (o: PyObject) => bool(rawClosed(B(o))), set: null },
  { name: "name", get: (o: PyObject) => A.getAttr(raw(B(o)), intern("name")), set: null },
  { name: "mode", get: (o: PyObject) => A.getAttr(raw(B(o)), intern("mode")), set: null },
];
function bufferedRepr(o: PyObject): PyObject {
  const b = o as PyBuffered;
  const tname = o.ob_type.tp_name;
  if (b.raw === null) return newStr(`<${tname}>`);
  const n = A.lookupAttr(b.raw, intern("name"));
  if (n === null) return newStr(`<${tname}>`);
  try {
    return newStr(`<${tname} name=${A.reprStr(n)}>`);
  } finally {
    dec(n);
  }
}
function bufferedDealloc(o: PyObject): void {
  const b = o as PyBuffered;
  const r = b.raw;
  b.raw = null;
  if (r !== null) dec(r);
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    dec(d);
  }
}
for (const [t, kind, name] of [
  [BufferedReaderType, Kind.READER, "BufferedReader"],
  [BufferedWriterType, Kind.WRITER, "BufferedWriter"],
  [BufferedRandomType, Kind.RANDOM, "BufferedRandom"],
] as [PyType, Kind, string][]) {
  t.tp_new = (type) => new PyBuffered(type, kind);
  t.tp_init = bufferedInit(kind, name);
  t.tp_methods = bufferedMethods;
  t.tp_getset = bufferedGetset;
  t.tp_repr = bufferedRepr;
  t.tp_finalize = iobaseFinalize;
  t.tp_dealloc = bufferedDealloc;
  t.tp_iternext = (o) => {
    const line = bufReadline(B(o), -1) as PyBytes;
    if (line.value.length === 0) {
      dec(line);
      return null;
    }
    return line;
  };
}
/** A new buffered object of `type` over `rawObj` (open()). */
export function newBuffered(type: PyType, rawObj: PyObject, size: number): PyBuffered {
  const kind = type === BufferedReaderType ? Kind.READER : type === BufferedWriterType ? Kind.WRITER : Kind.RANDOM;
  const b = new PyBuffered(type, kind);
  rawObj.ob_refcnt++;
  b.raw = rawObj;
  b.bufSize = size;
  b.ok = true;
  return b;
}

// ---- BytesIO ------------------------------------------------------------------------------------

export class PyBytesIO extends PyIOObject {
  declare buf: Uint8Array;
  declare len: number;
  declare pos: number;
  constructor(t: PyType) {
    super(t);
    this.buf = new Uint8Array(0);
    this.len = 0;
    this.pos = 0;
  }
}
function X(o: PyObject): PyBytesIO {
  if (!(o instanceof PyBytesIO)) throw typeError(`descriptor requires a '_io.BytesIO' object but received a '${o.ob_type.tp_name}'`);
  if (o.closedFlag) throw closedError();
  return o;
}
function xWrite(x: PyBytesIO, data: Uint8Array): number {
  const end = x.pos + data.length;
  if (end > x.buf.length) {
    const nb = new Uint8Array(Math.max(end, x.buf.length * 2));
    nb.set(x.buf.subarray(0, x.len));
    x.buf = nb;
  }
  if (x.pos > x.len) x.buf.fill(0, x.len, x.pos);
  x.buf.set(data, x.pos);
  x.pos = end;
  if (end > x.len) x.len = end;
  return data.length;
}
function xRead(x: PyBytesIO, n: number): Uint8Array {
  const avail = Math.max(0, x.len - x.pos);
  const k = n < 0 || n > avail ? avail : n;
  const r = x.buf.slice(x.pos, x.pos + k);
  x.pos += k;
  return r;
}
function xReadline(x: PyBytesIO, limit: number): Uint8Array {
  let end = x.pos;
  const stop = limit >= 0 ? Math.min(x.len, x.pos + limit) : x.len;
  while (end < stop) {
    if (x.buf[end++] === 10) break;
  }
  const r = x.buf.slice(x.pos, end);
  x.pos = end > x.pos ? end : x.pos;
  return r;
}
BytesIOType.tp_new = (type) => new PyBytesIO(type);
BytesIOType.tp_init = (self, args, kw) => {
  const x = self as PyBytesIO;
  const [init] = parseArgs("BytesIO", args, kw, ["initial_bytes"], { required: 0 });
  x.len = 0;
  x.pos = 0;
  x.buf = new Uint8Array(0);
  if (init !== null && init !== None) {
    xWrite(x, bytesLike(init));
    x.pos = 0;
  }
};
BytesIOType.tp_iternext = (o) => {
  const l = xReadline(X(o), -1);
  return l.length === 0 ? null : newBytes(l);
};
BytesIOType.tp_methods = [
  { name: "getvalue", flags: 1, fn: (o: PyObject) => {
    const x = X(o);
    return newBytes(x.buf.slice(0, x.len));
  } },
  { name: "getbuffer", flags: 1, fn: (o: PyObject) => {
    const x = X(o);
    const b = newBytes(x.buf.slice(0, x.len));
    try {
      return A.call(MemoryViewTypeRef(), [b]);
    } finally {
      dec(b);
    }
  } },
  { name: "read", flags: 3, fn: (o: PyObject, args: PyObject[]) => newBytes(xRead(X(o), sizeArg(args[0]))) },
  { name: "read1", flags: 3, fn: (o: PyObject, args: PyObject[]) => newBytes(xRead(X(o), sizeArg(args[0]))) },
  { name: "readline", flags: 3, fn: (o: PyObject, args: PyObject[]) => newBytes(xReadline(X(o), sizeArg(args[0]))) },
  { name: "readlines", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const x = X(o);
    const hint = sizeArg(args[0]);
    const out = newList([]);
    let total = 0;
    for (;;) {
      const l = xReadline(x, -1);
      if (l.length === 0) break;
      const b = newBytes(l);
      listAppend(out, b);
      dec(b);
      total += l.length;
      if (hint > 0 && total >= hint) break;
    }
    return out;
  } },
  { name: "readinto", flags: 2, fn: (o: PyObject, b: PyObject) => readintoVia(o, b, "read") },
  { name: "write", flags: 2, fn: (o: PyObject, b: PyObject) => {
    const x = X(o);
    return newInt(xWrite(x, bytesLike(b)));
  } },
  { name: "writelines", flags: 2, fn: (o: PyObject, lines: PyObject) => {
    const x = X(o);
    const it = A.getIter(lines);
    try {
      for (;;) {
        const l = A.iterNext(it);
        if (l === null) break;
        try {
          xWrite(x, bytesLike(l));
        } finally {
          dec(l);
        }
      }
    } finally {
      dec(it);
    }
    return none();
  } },
  { name: "seek", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const x = X(o);
    if (args.length < 1 || args.length > 2) throw typeError(`seek expected at least 1 argument, got ${args.length}`);
    let pos = intArg(args[0]!);
    const whence = args.length > 1 ? intArg(args[1]!) : 0;
    if (pos < 0 && whence === 0) throw valueError(`negative seek value ${pos}`);
    if (whence === 1) pos += x.pos;
    else if (whence === 2) pos += x.len;
    else if (whence !== 0) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    x.pos = pos < 0 ? 0 : pos;
    return newIntAny(x.pos);
  } },
  { name: "tell", flags: 1, fn: (o: PyObject) => newIntAny(X(o).pos) },
  { name: "truncate", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const x = X(o);
    const size = args.length === 0 || args[0] === None ? x.pos : intArg(args[0]!);
    if (size < 0) throw valueError(`negative size value ${size}`);
    if (size < x.len) x.len = size;
    return newIntAny(size);
  } },
  { name: "close", flags: 1, fn: (o: PyObject) => {
    (o as PyBytesIO).closedFlag = true;
    return none();
  } },
  { name: "flush", flags: 1, fn: (o: PyObject) => {
    X(o);
    return none();
  } },
  { name: "isatty", flags: 1, fn: (o: PyObject) => {
    X(o);
    return False;
  } },
  { name: "readable", flags: 1, fn: (o: PyObject) => (X(o), True) },
  { name: "writable", flags: 1, fn: (o: PyObject) => (X(o), True) },
  { name: "seekable", flags: 1, fn: (o: PyObject) => (X(o), True) },
];
BytesIOType.tp_getset = [
  { name: "closed", get: (o) => bool((o as PyBytesIO).closedFlag), set: null },
];
BytesIOType.tp_dealloc = (o) => {
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    dec(d);
  }
};
import { MemoryViewType } from "../objects/types.ts";
function MemoryViewTypeRef(): PyType {
  return MemoryViewType;
}
export { PyStr, PyInt, True };
