/**
 * The `zlib` builtin module (CPython 3.11's zlibmodule.c behaviour) over pako's zlib port:
 * compress/decompress, compressobj -> zlib.Compress (compress, flush(mode), copy),
 * decompressobj -> zlib.Decompress (decompress(data, max_length), flush(length), copy,
 * unused_data / unconsumed_tail / eof), crc32, adler32, the constants, and zlib.error with
 * zlib's messages ("Error -3 while decompressing data: incorrect header check").
 *
 * The calling loops follow CPython's: output grows in _BlocksOutputBuffer blocks (OutBuf), input
 * is fed whole, and the same zlib return codes end the same loops, so outputs are byte-identical.
 */
import { PyObject, PyType, Meth } from "../objects/object.ts";
import { TypeType, ObjectType } from "../objects/types.ts";
import { newStr, intern } from "../objects/str.ts";
import { newIntAny } from "../objects/int.ts";
import { newBytes, bufferOf, PyMemoryView } from "../objects/bytes.ts";
import { newTuple } from "../objects/tuple.ts";
import { newDict, dictSetItemStr } from "../objects/dict.ts";
import { parseArgs } from "../objects/args.ts";
import { newException, typeError, valueError, overflowError } from "../objects/errors.ts";
import { readyType, typeCall } from "../objects/typeobject.ts";
import * as E from "../objects/exceptions.ts";
import { DECREF } from "../memory/refcount.ts";
import { buildModule, indexValue, pyInt, pyStr, pyBool, type ModDef } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";
import {
  OutBuf, ZStream, EMPTY, newStream, setInput, copyStream, hasState,
  deflateInit2, deflate, deflateEnd, deflateSetDictionary,
  inflateInit2, inflate, inflateEnd, inflateSetDictionary,
  Z_OK, Z_STREAM_END, Z_NEED_DICT, Z_STREAM_ERROR, Z_DATA_ERROR, Z_MEM_ERROR, Z_BUF_ERROR,
  Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FINISH,
} from "./zlib_stream.ts";
import { crc32, adler32 } from "./zlib_checksum.ts";

const MAX_WBITS = 15, DEFLATED = 8, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16384;
const Z_DEFAULT_COMPRESSION = -1, Z_DEFAULT_STRATEGY = 0;
const ZLIB_VERSION = "1.2.13";
/** decompress(bufsize=...) larger than this starts with this much (the result is the same) */
const MAX_FIRST_BLOCK = 1 << 24;

let ZlibError: PyType = E.ExceptionType;

/** zlib_error(): "Error <code> <while ...>[: <zlib's message or a default>]". */
function zlibError(strm: ZStream, err: number, what: string): PyObject {
  let zmsg: string | null = strm.msg ? strm.msg : null;
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = "incomplete or truncated stream";
    else if (err === Z_STREAM_ERROR) zmsg = "inconsistent stream state";
    else if (err === Z_DATA_ERROR) zmsg = "invalid input data";
  }
  return newException(ZlibError, zmsg === null ? `Error ${err} ${what}` : `Error ${err} ${what}: ${zmsg.slice(0, 200)}`);
}

/** zlib's deflate() argument check: a dead stream or a bad flush mode is Z_STREAM_ERROR with no message. */
function zDeflate(strm: ZStream, flush: number): number {
  if (!hasState(strm) || flush < 0 || flush > 5) return Z_STREAM_ERROR;
  return deflate(strm, flush);
}
function zInflate(strm: ZStream, flush: number): number {
  if (!hasState(strm) || flush < 0 || flush > 6) return Z_STREAM_ERROR;
  return inflate(strm, flush);
}

// ---- argument conversions (Argument Clinic's converters and messages) ---------------------------

/** Py_buffer: bytes, bytearray or a C-contiguous memoryview. */
function bufferArg(o: PyObject): Uint8Array {
  if (o instanceof PyMemoryView && !o.released && o.length > 1 && o.stride !== o.itemsize) {
    throw newException(E.BufferErrorType, "memoryview: underlying buffer is not C-contiguous");
  }
  const b = bufferOf(o);
  if (b === null) throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}
/** `int` converter: __index__, then "Python int too large to convert to C int". */
function intArg(o: PyObject | null, dflt: number): number {
  if (o === null) return dflt;
  const v = indexValue(o);
  if (typeof v !== "number" || v > 2147483647 || v < -2147483648) throw overflowError("Python int too large to convert to C int");
  return v;
}
/** `Py_ssize_t` converter. */
function ssizeArg(o: PyObject | null, dflt: number): number {
  if (o === null) return dflt;
  const v = indexValue(o);
  if (typeof v === "bigint") {
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw overflowError("Python int too large to convert to C ssize_t");
    return Number(v);
  }
  return v;
}
/** `unsigned_int(bitwise=True)`: the value modulo 2**32. */
function u32Arg(o: PyObject | null, dflt: number): number {
  if (o === null) return dflt;
  const v = indexValue(o);
  return Number(BigInt.asUintN(32, BigInt(v)));
}

// ---- one-shot compress / decompress ------------------------------------------------------------

function compressAll(data: Uint8Array, level: number, wbits: number): Uint8Array {
  const strm = newStream();
  const out = new OutBuf();
  out.initAndGrow(strm, -1);
  let err = deflateInit2(strm, level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
  if (err === Z_MEM_ERROR) throw newException(E.MemoryErrorType, "Out of memory while compressing data");
  if (err === Z_STREAM_ERROR) throw newException(ZlibError, "Bad compression level");
  if (err !== Z_OK) throw zlibError(strm, err, "while compressing data");
  setInput(strm, data);
  // the whole input fits one avail_in (< 4 GiB), so there is a single Z_FINISH pass
  do {
    if (strm.avail_out === 0) out.grow(strm);
    err = zDeflate(strm, Z_FINISH);
    if (err === Z_STREAM_ERROR) throw zlibError(strm, err, "while compressing data");
  } while (strm.avail_out === 0);
  err = deflateEnd(strm);
  if (err !== Z_OK) throw zlibError(strm, err, "while finishing compression");
  return out.finish(strm);
}

function decompressAll(data: Uint8Array, wbits: number, bufsize: number): Uint8Array {
  if (bufsize < 0) throw valueError("bufsize must be non-negative");
  if (bufsize === 0) bufsize = 1;
  const strm = newStream();
  const out = new OutBuf();
  out.initWithSize(strm, Math.min(bufsize, MAX_FIRST_BLOCK));
  let err = inflateInit2(strm, wbits);
  if (err === Z_MEM_ERROR) throw newException(E.MemoryErrorType, "Out of memory while decompressing data");
  if (err !== Z_OK) throw zlibError(strm, err, "while preparing to decompress data");
  setInput(strm, data);
  do {
    if (strm.avail_out === 0) out.grow(strm);
    err = zInflate(strm, Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      inflateEnd(strm);
      if (err === Z_MEM_ERROR) throw newException(E.MemoryErrorType, "Out of memory while decompressing data");
      throw zlibError(strm, err, "while decompressing data");
    }
  } while (strm.avail_out === 0);
  if (err !== Z_STREAM_END) {
    inflateEnd(strm);
    throw zlibError(strm, err, "while decompressing data");
  }
  err = inflateEnd(strm);
  if (err !== Z_OK) throw zlibError(strm, err, "while finishing decompression");
  return out.finish(strm);
}

// ---- zlib.Compress / zlib.Decompress -----------------------------------------------------------

/**
 * A compressor or decompressor (CPython's compobject). `zdict` is the dictionary bytes or
 * null; unusedData/unconsumedTail hold the Python-visible attributes' contents.
 */
class PyZStream extends PyObject {
  declare strm: ZStream;
  declare zdict: Uint8Array | null;
  declare unusedData: Uint8Array;
  declare unconsumedTail: Uint8Array;
  declare eof: boolean;
  constructor(t: PyType, strm: ZStream) {
    super(t);
    this.strm = strm;
    this.zdict = null;
    this.unusedData = EMPTY;
    this.unconsumedTail = EMPTY;
    this.eof = false;
  }
}
const CompressType = new PyType(TypeType, "zlib.Compress", ObjectType, 0);
const DecompressType = new PyType(TypeType, "zlib.Decompress", ObjectType, 0);

function newCompress(level: number, method: number, wbits: number, memLevel: number, strategy: number, zdict: Uint8Array | null): PyObject {
  const strm = newStream();
  const err = deflateInit2(strm, level, method, wbits, memLevel, strategy);
  if (err === Z_MEM_ERROR) throw newException(E.MemoryErrorType, "Can't allocate memory for compression object");
  if (err === Z_STREAM_ERROR) throw valueError("Invalid initialization option");
  if (err !== Z_OK) throw zlibError(strm, err, "while creating compression object");
  if (zdict !== null) {
    const e2 = deflateSetDictionary(strm, zdict);
    if (e2 === Z_STREAM_ERROR) throw valueError("Invalid dictionary");
    if (e2 !== Z_OK) throw valueError("deflateSetDictionary()");
  }
  return new PyZStream(CompressType, strm);
}

function setInflateDict(self: PyZStream): void {
  const err = inflateSetDictionary(self.strm, self.zdict!);
  if (err !== Z_OK) throw zlibError(self.strm, err, "while setting zdict");
}

function newDecompress(wbits: number, zdict: Uint8Array | null): PyObject {
  const strm = newStream();
  const self = new PyZStream(DecompressType, strm);
  self.zdict = zdict;
  const err = inflateInit2(strm, wbits);
  if (err === Z_STREAM_ERROR) throw valueError("Invalid initialization option");
  if (err === Z_MEM_ERROR) throw newException(E.MemoryErrorType, "Can't allocate memory for decompression object");
  if (err !== Z_OK) throw zlibError(strm, err, "while creating decompression object");
  // a raw stream has no header asking for the dictionary: set it now
  if (zdict !== null && wbits < 0) setInflateDict(self);
  return self;
}

function compCompress(self: PyZStream, data: Uint8Array): Uint8Array {
  const strm = self.strm;
  setInput(strm, data);
  const out = new OutBuf();
  out.initAndGrow(strm, -1);
  do {
    if (strm.avail_out === 0) out.grow(strm);
    const err = zDeflate(strm, Z_NO_FLUSH);
    if (err === Z_STREAM_ERROR) throw zlibError(strm, err, "while compressing data");
  } while (strm.avail_out === 0);
  return out.finish(strm);
}

function compFlush(self: PyZStream, mode: number): Uint8Array {
  if (mode === Z_NO_FLUSH) return EMPTY;
  const strm = self.strm;
  setInput(strm, EMPTY);
  const out = new OutBuf();
  out.initAndGrow(strm, -1);
  let err: number;
  do {
    if (strm.avail_out === 0) out.grow(strm);
    err = zDeflate(strm, mode);
    if (err === Z_STREAM_ERROR) throw zlibError(strm, err, "while flushing");
  } while (strm.avail_out === 0);
  if (err === Z_STREAM_END && mode === Z_FINISH) {
    err = deflateEnd(strm);
    if (err !== Z_OK) throw zlibError(strm, err, "while finishing compression");
  } else if (err !== Z_OK && err !== Z_BUF_ERROR) {
    throw zlibError(strm, err, "while flushing");
  }
  return out.finish(strm);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a, 0);
  r.set(b, a.length);
  return r;
}

/**
 * save_unconsumed_input(): after the end of the stream the rest of the input is appended to
 * unused_data; otherwise what inflate did not take (output limit reached) is unconsumed_tail.
 */
function saveUnconsumed(self: PyZStream, data: Uint8Array, err: number): void {
  const strm = self.strm;
  if (err === Z_STREAM_END && strm.avail_in > 0) {
    self.unusedData = concat(self.unusedData, data.subarray(strm.next_in));
    strm.avail_in = 0;
  }
  if (strm.avail_in > 0 || self.unconsumedTail.length > 0) {
    self.unconsumedTail = data.slice(strm.next_in);
  }
}

function decompDecompress(self: PyZStream, data: Uint8Array, maxLength: number): Uint8Array {
  if (maxLength < 0) throw valueError("max_length must be non-negative");
  if (maxLength === 0) maxLength = -1;
  const strm = self.strm;
  setInput(strm, data);
  const out = new OutBuf();
  out.initAndGrow(strm, maxLength);
  let err = Z_OK;
  fill: do {
    if (strm.avail_out === 0) {
      if (out.dataSize(strm) === maxLength) break fill;
      out.grow(strm);
    }
    err = zInflate(strm, Z_SYNC_FLUSH);
    if (err === Z_NEED_DICT && self.zdict !== null) {
      setInflateDict(self);
      continue;
    }
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) break;
  } while (strm.avail_out === 0 || err === Z_NEED_DICT);
  saveUnconsumed(self, data, err);
  if (err === Z_STREAM_END) self.eof = true;
  else if (err !== Z_OK && err !== Z_BUF_ERROR) throw zlibError(strm, err, "while decompressing data");
  return out.finish(strm);
}

function decompFlush(self: PyZStream, length: number): Uint8Array {
  if (length <= 0) throw valueError("length must be greater than zero");
  const strm = self.strm;
  const data = self.unconsumedTail;
  setInput(strm, data);
  const out = new OutBuf();
  out.initWithSize(strm, Math.min(length, MAX_FIRST_BLOCK));
  let err: number;
  do {
    if (strm.avail_out === 0) out.grow(strm);
    err = zInflate(strm, Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) break;
  } while (strm.avail_out === 0);
  saveUnconsumed(self, data, err);
  if (err === Z_STREAM_END) {
    self.eof = true;
    err = inflateEnd(strm);
    if (err !== Z_OK) throw zlibError(strm, err, "while finishing decompression");
  }
  return out.finish(strm);
}

function copyObj(self: PyZStream): PyObject {
  const strm = copyStream(self.strm);
  if (strm === null) throw valueError("Inconsistent stream state");
  const r = new PyZStream(self.ob_type, strm);
  r.zdict = self.zdict;
  r.unusedData = self.unusedData;
  r.unconsumedTail = self.unconsumedTail;
  r.eof = self.eof;
  return r;
}

function noArgs(name: string, a: PyObject[]): void {
  if (a.length !== 0) throw typeError(`${name}() takes no arguments`);
}

function readonlyMember(): void {
  throw newException(E.AttributeErrorType, "readonly attribute");
}

let ready = false;
function initTypes(): void {
  if (ready) return;
  ready = true;
  const Z = (o: PyObject) => o as PyZStream;
  const copyMethods = [
    { name: "copy", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[]) => {
      noArgs("copy", a);
      return copyObj(Z(o));
    } },
    { name: "__copy__", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[]) => {
      noArgs("__copy__", a);
      return copyObj(Z(o));
    } },
    { name: "__deepcopy__", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      parseArgs("__deepcopy__", a, kw, ["memo"], { posonly: 1 });
      return copyObj(Z(o));
    } },
  ];
  CompressType.tp_methods = [
    { name: "compress", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [d] = parseArgs("compress", a, kw, ["data"], { posonly: 1 });
      return newBytes(compCompress(Z(o), bufferArg(d!)));
    } },
    { name: "flush", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [m] = parseArgs("flush", a, kw, ["mode"], { required: 0, posonly: 1 });
      return newBytes(compFlush(Z(o), intArg(m, Z_FINISH)));
    } },
    ...copyMethods,
  ];
  readyType(CompressType);
  DecompressType.tp_methods = [
    { name: "decompress", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [d, ml] = parseArgs("decompress", a, kw, ["data", "max_length"], { required: 1, posonly: 1 });
      const data = bufferArg(d!);
      return newBytes(decompDecompress(Z(o), data, ssizeArg(ml, 0)));
    } },
    { name: "flush", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [l] = parseArgs("flush", a, kw, ["length"], { required: 0, posonly: 1 });
      return newBytes(decompFlush(Z(o), ssizeArg(l, DEF_BUF_SIZE)));
    } },
    ...copyMethods,
  ];
  DecompressType.tp_getset = [
    // READONLY members in CPython: assigning or deleting says "readonly attribute"
    { name: "unused_data", get: (o: PyObject) => newBytes(Z(o).unusedData), set: readonlyMember },
    { name: "unconsumed_tail", get: (o: PyObject) => newBytes(Z(o).unconsumedTail), set: readonlyMember },
    { name: "eof", get: (o: PyObject) => pyBool(Z(o).eof), set: readonlyMember },
  ];
  readyType(DecompressType);
}

export function makeZlibModule(): PyModule {
  initTypes();
  const d = newDict();
  dictSetItemStr(d, intern("__module__"), newStr("zlib"));
  ZlibError = typeCall(TypeType, [newStr("error"), newTuple([E.ExceptionType]), d], null) as PyType;
  DECREF(d);
  const defs: ModDef[] = [
    { name: "compress", bare: true, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
      const [data, lv, wb] = parseArgs("compress", a, kw, ["data", "level", "wbits"], { required: 1, posonly: 1 });
      const buf = bufferArg(data!);
      return newBytes(compressAll(buf, intArg(lv, Z_DEFAULT_COMPRESSION), intArg(wb, MAX_WBITS)));
    } },
    { name: "decompress", bare: true, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
      const [data, wb, bs] = parseArgs("decompress", a, kw, ["data", "wbits", "bufsize"], { required: 1, posonly: 1 });
      const buf = bufferArg(data!);
      return newBytes(decompressAll(buf, intArg(wb, MAX_WBITS), ssizeArg(bs, DEF_BUF_SIZE)));
    } },
    { name: "compressobj", bare: true, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
      const [lv, me, wb, ml, st, zd] = parseArgs("compressobj", a, kw, ["level", "method", "wbits", "memLevel", "strategy", "zdict"], { required: 0 });
      const level = intArg(lv, Z_DEFAULT_COMPRESSION), method = intArg(me, DEFLATED), wbits = intArg(wb, MAX_WBITS);
      const memLevel = intArg(ml, DEF_MEM_LEVEL), strategy = intArg(st, Z_DEFAULT_STRATEGY);
      const zdict = zd === null ? null : bufferArg(zd).slice();
      return newCompress(level, method, wbits, memLevel, strategy, zdict);
    } },
    { name: "decompressobj", bare: true, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
      const [wb, zd] = parseArgs("decompressobj", a, kw, ["wbits", "zdict"], { required: 0 });
      const wbits = intArg(wb, MAX_WBITS);
      let zdict: Uint8Array | null = null;
      if (zd !== null) {
        const b = bufferOf(zd);
        if (b === null) throw typeError("zdict argument must support the buffer protocol");
        zdict = b.slice();
      }
      return newDecompress(wbits, zdict);
    } },
    { name: "crc32", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length < 1 || a.length > 2) throw typeError(`crc32 expected ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${a.length}`);
      const buf = bufferArg(a[0]!);
      return newIntAny(crc32(buf, u32Arg(a[1] ?? null, 0)));
    } },
    { name: "adler32", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length < 1 || a.length > 2) throw typeError(`adler32 expected ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${a.length}`);
      const buf = bufferArg(a[0]!);
      return newIntAny(adler32(buf, u32Arg(a[1] ?? null, 1)));
    } },
  ];
  const ints: Record<string, number> = {
    MAX_WBITS, DEFLATED, DEF_MEM_LEVEL, DEF_BUF_SIZE,
    Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION,
    Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY,
    Z_NO_FLUSH, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH, Z_FULL_FLUSH: 3, Z_FINISH, Z_BLOCK: 5, Z_TREES: 6,
  };
  const consts: Record<string, PyObject> = {};
  for (const k of Object.keys(ints)) consts[k] = pyInt(ints[k]!);
  consts.ZLIB_VERSION = pyStr(ZLIB_VERSION);
  consts.ZLIB_RUNTIME_VERSION = pyStr(ZLIB_VERSION);
  consts.error = ZlibError;
  consts.__version__ = pyStr("1.0");
  return buildModule("zlib", defs, consts);
}
