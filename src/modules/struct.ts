/**
 * The `_struct` builtin module (Modules/_struct.c; lib/struct.py re-exports it): format
 * strings with byte order / size / alignment prefixes (@ native with alignment, = < > !
 * standard sizes), every format character (x c b B ? h H i I l L q Q n N e f d s p P),
 * pack/unpack/pack_into/unpack_from/iter_unpack/calcsize, the Struct type, and struct.error
 * with CPython's messages. Native means Linux x86-64 (long and pointers are 8 bytes).
 */
import { PyObject, PyType, TPFlags, Meth } from "../objects/object.ts";
import { TypeType, ObjectType, None } from "../objects/types.ts";
import { PyInt, newIntAny, True, False } from "../objects/int.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyBytes, PyByteArray, PyMemoryView, newBytes, bufferOf } from "../objects/bytes.ts";
import { newTuple } from "../objects/tuple.ts";
import { index, isTrue, asDouble } from "../objects/abstract.ts";
import { parseArgs } from "../objects/args.ts";
import { newException, typeError, overflowError, systemError } from "../objects/errors.ts";
import { readyType, typeCall } from "../objects/typeobject.ts";
import * as E from "../objects/exceptions.ts";
import { DECREF } from "../memory/refcount.ts";
import { buildModule, pyNone, type ModDef } from "./modutil.ts";
import { packHalf, unpackHalf } from "./struct_half.ts";
import type { PyModule } from "../objects/module.ts";

let StructErrorType: PyType = E.ExceptionType;
const structError = (msg: string) => newException(StructErrorType, msg);

/** One code of a compiled format: `count` items of `code` at byte `offset` (s/p: one item of `count` bytes). */
interface Code {
  code: string;
  offset: number;
  size: number;
  count: number;
}
interface Compiled {
  fmt: string;
  size: number;
  /** number of Python values packed/unpacked */
  len: number;
  codes: Code[];
  little: boolean;
  native: boolean;
}

const NATIVE_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8 };
const STD_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };
const MAX_SIZE = 2 ** 63 - 1;

function compile(fmt: string): Compiled {
  // the format is a C string in CPython: a NUL in it is refused before any parsing
  if (fmt.includes("\0")) throw structError("embedded null character");
  let i = 0;
  let native = true, little = true;
  const c0 = fmt[0];
  if (c0 === "@" || c0 === "=" || c0 === "<" || c0 === ">" || c0 === "!") {
    i = 1;
    native = c0 === "@";
    little = c0 === "<" || c0 === "=" || c0 === "@";
  }
  const table = native ? NATIVE_SIZE : STD_SIZE;
  const codes: Code[] = [];
  let size = 0, len = 0;
  while (i < fmt.length) {
    let c = fmt[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f") {
      i++;
      continue;
    }
    let num = 1;
    if (c >= "0" && c <= "9") {
      num = 0;
      while (i < fmt.length && fmt[i]! >= "0" && fmt[i]! <= "9") {
        num = num * 10 + (fmt.charCodeAt(i) - 48);
        if (num > MAX_SIZE) throw structError("total struct size too long");
        i++;
      }
      if (i >= fmt.length) throw structError("repeat count given without format specifier");
      c = fmt[i]!;
    }
    const isz = table[c];
    if (isz === undefined) throw structError("bad char in struct format");
    i++;
    if (native) {
      const align = c === "s" || c === "p" ? 1 : isz;
      size = Math.ceil(size / align) * align;
    }
    if (c === "s" || c === "p") {
      codes.push({ code: c, offset: size, size: num, count: 1 });
      len += 1;
    } else if (c === "x") {
      // padding: no values
    } else if (num > 0) {
      codes.push({ code: c, offset: size, size: isz, count: num });
      len += num;
    }
    if (num > (MAX_SIZE - size) / isz) throw structError("total struct size too long");
    size += num * isz;
  }
  return { fmt, size, len, codes, little, native };
}

const cache = new Map<string, Compiled>();
function compiled(fo: PyObject): Compiled {
  let fmt: string;
  if (fo instanceof PyStr) fmt = fo.value;
  else if (fo instanceof PyBytes) fmt = String.fromCharCode(...fo.value);
  else throw typeError(`Struct() argument 1 must be a str or bytes object, not ${fo.ob_type.tp_name}`);
  let c = cache.get(fmt);
  if (c === undefined) {
    c = compile(fmt);
    if (cache.size > 100) cache.clear();
    cache.set(fmt, c);
  }
  return c;
}

// ---- packing -------------------------------------------------------------------------------------

function intValue(o: PyObject): bigint {
  if (o instanceof PyInt) return BigInt(o.value);
  if (o.ob_type.nb_index === null) throw structError("required argument is not an integer");
  const i = index(o);
  const v = BigInt(i.value);
  DECREF(i);
  return v;
}
function rangeMsg(code: string, named: boolean, size: number): string {
  const names: Record<string, string> = { b: "byte", B: "ubyte", h: "short", H: "ushort" };
  if (named && names[code] !== undefined) {
    const lo = code === "b" ? -128 : code === "h" ? -32768 : 0;
    const hi = code === "b" ? 127 : code === "B" ? 255 : code === "h" ? 32767 : 65535;
    return `${names[code]} format requires ${lo} <= number <= ${hi}`;
  }
  const bits = BigInt(size * 8);
  if (code === code.toUpperCase()) return `'${code}' format requires 0 <= number <= ${(1n << bits) - 1n}`;
  return `'${code}' format requires ${-(1n << (bits - 1n))} <= number <= ${(1n << (bits - 1n)) - 1n}`;
}
const LONG_MIN = -(1n << 63n), LONG_MAX = (1n << 63n) - 1n, ULONG_MAX = (1n << 64n) - 1n;

function packInt(v: PyObject, code: string, size: number, c: Compiled): bigint {
  const x = intValue(v);
  const unsigned = code === code.toUpperCase() && code !== "P";
  const big = !c.little;
  if (code === "P") {
    if (x < LONG_MIN || x > ULONG_MAX) throw structError("int too large to convert");
    return x & ULONG_MAX;
  }
  if (size === 8) {
    if (unsigned ? x < 0n || x > ULONG_MAX : x < LONG_MIN || x > LONG_MAX) throw structError(big ? "int too large to convert" : "argument out of range");
    return x;
  }
  // smaller: first the C long / unsigned long conversion, then the range of the format
  const byteCode = code === "b" || code === "B";
  const viaLong = !unsigned || byteCode || (!big && code === "H");
  if (!viaLong) {
    if (x < 0n || x > ULONG_MAX) throw structError("argument out of range");
  } else if (x < LONG_MIN || x > LONG_MAX) throw structError("argument out of range");
  const bits = BigInt(size * 8);
  const lo = unsigned ? 0n : -(1n << (bits - 1n));
  const hi = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  if (x < lo || x > hi) throw structError(rangeMsg(code, byteCode || !big, size));
  return x;
}
function putInt(buf: Uint8Array, off: number, size: number, x: bigint, little: boolean): void {
  let v = x & ((1n << BigInt(size * 8)) - 1n);
  for (let k = 0; k < size; k++) {
    buf[little ? off + k : off + size - 1 - k] = Number(v & 0xffn);
    v >>= 8n;
  }
}
function getInt(buf: Uint8Array, off: number, size: number, little: boolean, signed: boolean): number | bigint {
  let v = 0n;
  for (let k = size - 1; k >= 0; k--) v = (v << 8n) | BigInt(buf[little ? off + k : off + size - 1 - k]!);
  if (signed && v >= 1n << BigInt(size * 8 - 1)) v -= 1n << BigInt(size * 8);
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function floatArg(v: PyObject): number {
  if (v instanceof PyFloat) return v.value;
  try {
    return asDouble(v);
  } catch (e) {
    if (e instanceof PyObject) DECREF(e);
    throw structError("required argument is not a float");
  }
}

function bytesArg(v: PyObject, code: string): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.value;
  throw structError(`argument for '${code}' must be a bytes object`);
}

const dv = new DataView(new ArrayBuffer(8));
function packInto(c: Compiled, buf: Uint8Array, base: number, args: PyObject[]): void {
  if (args.length !== c.len) throw structError(`pack expected ${c.len} items for packing (got ${args.length})`);
  let ai = 0;
  for (const code of c.codes) {
    for (let r = 0; r < code.count; r++) {
      const off = base + code.offset + r * code.size;
      const v = args[ai++]!;
      switch (code.code) {
        case "c": {
          if (!(v instanceof PyBytes && v.value.length === 1)) throw structError("char format requires a bytes object of length 1");
          buf[off] = v.value[0]!;
          break;
        }
        case "?":
          buf[off] = isTrue(v) ? 1 : 0;
          break;
        case "s": {
          const b = bytesArg(v, "s");
          const n = Math.min(b.length, code.size);
          buf.set(b.subarray(0, n), off);
          buf.fill(0, off + n, off + code.size);
          break;
        }
        case "p": {
          const b = bytesArg(v, "p");
          if (code.size === 0) break;
          const n = Math.min(b.length, code.size - 1);
          buf[off] = Math.min(n, 255);
          buf.set(b.subarray(0, n), off + 1);
          buf.fill(0, off + 1 + n, off + code.size);
          break;
        }
        case "e": {
          const x = floatArg(v);
          const h = packHalf(x);
          if (h < 0) throw overflowError("float too large to pack with e format");
          putInt(buf, off, 2, BigInt(h), c.little);
          break;
        }
        case "f": {
          const x = floatArg(v);
          const f = Math.fround(x);
          if (!c.native && !Number.isFinite(f) && Number.isFinite(x)) throw overflowError("float too large to pack with f format");
          dv.setFloat32(0, f, c.little);
          for (let k = 0; k < 4; k++) buf[off + k] = dv.getUint8(k);
          break;
        }
        case "d": {
          dv.setFloat64(0, floatArg(v), c.little);
          for (let k = 0; k < 8; k++) buf[off + k] = dv.getUint8(k);
          break;
        }
        default:
          putInt(buf, off, code.size, packInt(v, code.code, code.size, c), c.little);
      }
    }
  }
}

function unpackAt(c: Compiled, buf: Uint8Array, base: number): PyObject {
  const out: PyObject[] = [];
  for (const code of c.codes) {
    for (let r = 0; r < code.count; r++) {
      const off = base + code.offset + r * code.size;
      switch (code.code) {
        case "c": out.push(newBytes(buf.slice(off, off + 1))); break;
        case "?": {
          const b = buf[off] !== 0 ? True : False;
          b.ob_refcnt++;
          out.push(b);
          break;
        }
        case "s": out.push(newBytes(buf.slice(off, off + code.size))); break;
        case "p": {
          if (code.size === 0) throw systemError("Negative size passed to PyBytes_FromStringAndSize");
          const n = Math.min(buf[off]!, code.size - 1);
          out.push(newBytes(buf.slice(off + 1, off + 1 + n)));
          break;
        }
        case "e": out.push(newFloat(unpackHalf(Number(getInt(buf, off, 2, c.little, false))))); break;
        case "f":
        case "d": {
          for (let k = 0; k < code.size; k++) dv.setUint8(k, buf[off + k]!);
          out.push(newFloat(code.code === "f" ? dv.getFloat32(0, c.little) : dv.getFloat64(0, c.little)));
          break;
        }
        default: {
          const signed = code.code === code.code.toLowerCase();
          out.push(newIntAny(getInt(buf, off, code.size, c.little, signed)));
        }
      }
    }
  }
  return newTuple(out);
}

function readBuffer(o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}
function writableBuffer(o: PyObject): Uint8Array {
  if (o instanceof PyByteArray) return o.value;
  if (o instanceof PyMemoryView && !o.readonly && o.stride === o.itemsize) return o.mem.subarray(o.offset, o.offset + o.length * o.itemsize);
  if (o instanceof PyMemoryView || o instanceof PyBytes) throw typeError("argument must be read-write bytes-like object, not " + o.ob_type.tp_name);
  throw typeError(`argument must be read-write bytes-like object, not ${o.ob_type.tp_name}`);
}

function doUnpack(c: Compiled, data: PyObject): PyObject {
  const b = readBuffer(data);
  if (b.length !== c.size) throw structError(`unpack requires a buffer of ${c.size} bytes`);
  return unpackAt(c, b, 0);
}
function doUnpackFrom(c: Compiled, data: PyObject, offO: PyObject | null): PyObject {
  const b = readBuffer(data);
  const offBig = offO === null ? 0n : intValueTE(offO);
  let off = Number(offBig);
  if (off < 0) {
    if (off + c.size > 0) throw structError(`not enough data to unpack ${c.size} bytes at offset ${off}`);
    if (off + b.length < 0) throw structError(`offset ${off} out of range for ${b.length}-byte buffer`);
    off += b.length;
  }
  if (b.length - off < c.size) {
    // (bigint sums: an offset near sys.maxsize is past a number's exact range)
    const need = BigInt(c.size) + (offBig < 0n ? BigInt(off) : offBig);
    throw structError(`unpack_from requires a buffer of at least ${need} bytes for unpacking ${c.size} bytes at offset ${offBig < 0n ? off : offBig} (actual buffer size is ${b.length})`);
  }
  return unpackAt(c, b, off);
}
function doPackInto(c: Compiled, args: PyObject[]): PyObject {
  if (args.length < 2) {
    if (args.length === 0) throw structError("pack_into expected buffer argument");
    throw structError("pack_into expected offset argument");
  }
  if (args.length - 2 !== c.len) throw structError(`pack_into expected ${c.len} items for packing (got ${args.length - 2})`);
  const b = writableBuffer(args[0]!);
  const offBig = intValueTE(args[1]!);
  let off = Number(offBig);
  if (off < 0) {
    if (off + c.size > 0) throw structError(`no space to pack ${c.size} bytes at offset ${off}`);
    if (off + b.length < 0) throw structError(`offset ${off} out of range for ${b.length}-byte buffer`);
    off += b.length;
  }
  if (b.length - off < c.size) {
    const need = BigInt(c.size) + (offBig < 0n ? BigInt(off) : offBig);
    throw structError(`pack_into requires a buffer of at least ${need} bytes for packing ${c.size} bytes at offset ${offBig < 0n ? off : offBig} (actual buffer size is ${b.length})`);
  }
  const tmp = new Uint8Array(c.size);
  packInto(c, tmp, 0, args.slice(2));
  b.set(tmp, off);
  return pyNone();
}
/** An offset argument (Py_ssize_t): any __index__ object within 64 bits. */
function intValueTE(o: PyObject): bigint {
  const i = index(o);
  const v = BigInt(i.value);
  DECREF(i);
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw overflowError("Python int too large to convert to C ssize_t");
  return v;
}
function doPack(c: Compiled, args: PyObject[]): PyObject {
  const buf = new Uint8Array(c.size);
  packInto(c, buf, 0, args);
  return newBytes(buf);
}

// ---- Struct and unpack_iterator types --------------------------------------------------------------

export class PyStruct extends PyObject {
  declare c: Compiled | null;
  declare fmtObj: PyObject | null;
  constructor(t: PyType) {
    super(t);
    this.c = null;
    this.fmtObj = null;
  }
}
class PyUnpackIter extends PyObject {
  declare c: Compiled;
  declare buf: Uint8Array;
  declare owner: PyObject;
  declare pos: number;
  constructor(t: PyType, c: Compiled, buf: Uint8Array, owner: PyObject) {
    super(t);
    this.c = c;
    this.buf = buf;
    this.owner = owner;
    this.pos = 0;
  }
}
export const StructType = new PyType(TypeType, "_struct.Struct", ObjectType, TPFlags.BASETYPE);
const UnpackIterType = new PyType(TypeType, "_struct.unpack_iterator", ObjectType, 0);

function S(o: PyObject): Compiled {
  if (!(o instanceof PyStruct) || o.c === null) throw typeError("descriptor requires a '_struct.Struct' object");
  return o.c;
}
function iterUnpack(c: Compiled, data: PyObject): PyObject {
  if (c.size === 0) throw structError("cannot iteratively unpack with a struct of length 0");
  const b = readBuffer(data);
  if (b.length % c.size !== 0) throw structError(`iterative unpacking requires a buffer of a multiple of ${c.size} bytes`);
  data.ob_refcnt++;
  return new PyUnpackIter(UnpackIterType, c, b, data);
}

let ready = false;
function initTypes(): void {
  if (ready) return;
  ready = true;
  StructType.tp_new = (type) => new PyStruct(type);
  StructType.tp_init = (self, args, kw) => {
    const [f] = parseArgs("Struct", args, kw, ["format"]);
    const s = self as PyStruct;
    s.c = compiled(f!);
    f!.ob_refcnt++;
    if (s.fmtObj !== null) DECREF(s.fmtObj);
    s.fmtObj = f!;
  };
  StructType.tp_methods = [
    { name: "pack", flags: Meth.FASTCALL, fn: (o: PyObject, a: PyObject[]) => doPack(S(o), a) },
    { name: "pack_into", flags: Meth.FASTCALL, fn: (o: PyObject, a: PyObject[]) => doPackInto(S(o), a) },
    { name: "unpack", flags: Meth.O, fn: (o: PyObject, d: PyObject) => doUnpack(S(o), d) },
    { name: "unpack_from", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [buf, off] = parseArgs("unpack_from", a, kw, ["buffer", "offset"], { required: 1 });
      return doUnpackFrom(S(o), buf!, off);
    } },
    { name: "iter_unpack", flags: Meth.O, fn: (o: PyObject, d: PyObject) => iterUnpack(S(o), d) },
    { name: "__sizeof__", flags: Meth.NOARGS, fn: (o: PyObject) => newIntAny(56 + 24 * (S(o).codes.length + 1)) },
  ];
  StructType.tp_getset = [
    { name: "format", get: (o: PyObject) => newStr(S(o).fmt), set: null },
    { name: "size", get: (o: PyObject) => newIntAny(S(o).size), set: null },
  ];
  readyType(StructType);
  UnpackIterType.tp_iter = (o) => {
    o.ob_refcnt++;
    return o;
  };
  UnpackIterType.tp_iternext = (o) => {
    const it = o as PyUnpackIter;
    if (it.pos + it.c.size > it.buf.length) return null;
    const r = unpackAt(it.c, it.buf, it.pos);
    it.pos += it.c.size;
    return r;
  };
  UnpackIterType.tp_methods = [
    { name: "__length_hint__", flags: Meth.NOARGS, fn: (o: PyObject) => {
      const it = o as PyUnpackIter;
      return newIntAny(Math.max(0, Math.floor((it.buf.length - it.pos) / it.c.size)));
    } },
  ];
  UnpackIterType.tp_dealloc = (o) => DECREF((o as PyUnpackIter).owner);
  readyType(UnpackIterType);
}

function fmtArg(args: PyObject[], name: string, min: number): Compiled {
  if (args.length < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
  return compiled(args[0]!);
}

export function makeStructModule(): PyModule {
  initTypes();
  const errName = intern("struct.error");
  const err = typeCall(TypeType, [newStr("error"), newTuple([E.ExceptionType]), newDictWith("__module__", newStr("struct"))], null) as PyType;
  void errName;
  StructErrorType = err;
  const defs: ModDef[] = [
    { name: "pack", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length === 0) throw typeError("missing format argument");
      return doPack(compiled(a[0]!), a.slice(1));
    } },
    { name: "pack_into", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length === 0) throw typeError("missing format argument");
      return doPackInto(compiled(a[0]!), a.slice(1));
    } },
    { name: "unpack", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 2) throw typeError(`unpack expected 2 arguments, got ${a.length}`);
      return doUnpack(compiled(a[0]!), a[1]!);
    } },
    { name: "unpack_from", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
      const [f, buf, off] = parseArgs("unpack_from", a, kw, ["format", "buffer", "offset"], { required: 2, posonly: 1 });
      return doUnpackFrom(compiled(f!), buf!, off);
    } },
    { name: "iter_unpack", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 2) throw typeError(`iter_unpack expected 2 arguments, got ${a.length}`);
      return iterUnpack(compiled(a[0]!), a[1]!);
    } },
    { name: "calcsize", flags: Meth.O, fn: (_s: null, f: PyObject) => newIntAny(compiled(f).size) },
    { name: "_clearcache", flags: Meth.NOARGS, fn: () => {
      cache.clear();
      return pyNone();
    } },
  ];
  void fmtArg;
  StructType.ob_refcnt++;
  return buildModule("_struct", defs, { Struct: StructType, error: err });
}

import { newDict, dictSetItemStr } from "../objects/dict.ts";
function newDictWith(k: string, v: PyObject): PyObject {
  const d = newDict();
  dictSetItemStr(d, intern(k), v);
  DECREF(v);
  return d;
}
void None;
