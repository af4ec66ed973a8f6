/**
 * The fast path of loads() for code objects (.pyc bodies, the library image): one recursive pass
 * over what the compiler writes (code, tuples, small frozensets, strings, bytes, ints, floats,
 * complex, None/bools/Ellipsis, back-references), with no frame stack, no per-item dispatch through
 * deliver() and no Reader object. It runs while V8 still interprets the runtime's code (an import
 * reads each module once), where every call and allocation per item counts.
 *
 * Contract: loadsFast(data) returns exactly what loads(data) (marshal-read.ts) returns, or null
 * when the data holds anything it does not handle (a list, dict, set, NULL, text float, deep
 * nesting) or is malformed in any way (short data, bad reference, a size out of range, a code
 * object _PyCode_Validate rejects, bad UTF-8). The caller then runs loads(), which gives the
 * value or CPython's exception and message. References are registered in the generic reader's
 * order (scalars when read; tuples, frozensets and code objects reserved first and filled once
 * complete), so TYPE_REF indices resolve identically.
 */
import { None, Ellipsis, Complex, ConstTuple, ConstFrozenSet, type ConstValue } from "../objects/constant.ts";
import { CodeObject } from "./code.ts";
import { decodeUtf8Surrogatepass } from "./utf8.ts";
import { addToSet, type MarshalValue } from "./marshal-format.ts";
import { makeCode } from "./marshal-read.ts";

/** Thrown (never escapes loadsFast) when the data needs the generic reader. */
const BAIL: unique symbol = Symbol("BAIL");
/** A reserved reference slot (an object being read); a TYPE_REF to it needs the generic reader. */
const RESERVED: unique symbol = Symbol("RESERVED");
/** Nesting the fast path follows (code objects nest a few levels; more goes to the generic reader). */
const MAX_FAST_DEPTH = 200;

// the reader's state: module variables (one read at a time; loadsFast is not re-entered)
let d: Uint8Array = new Uint8Array(0);
let pos = 0;
let end = 0;
let view: DataView = new DataView(new ArrayBuffer(0));
let refs: (MarshalValue | typeof RESERVED)[] = [];

/** loads(data) for data the fast path handles, else null (see the contract above). */
export function loadsFast(data: Uint8Array): MarshalValue | null {
  d = data;
  pos = 0;
  end = data.length;
  view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  refs = [];
  try {
    return readValue(0);
  } catch (e) {
    if (e === BAIL) return null;
    // malformed in a way the checks below do not name (e.g. makeCode's MarshalError): the
    // generic reader gives the exception
    return null;
  } finally {
    d = new Uint8Array(0);
    view = new DataView(new ArrayBuffer(0));
    refs = [];
  }
}

function int32(): number {
  if (end - pos < 4) throw BAIL;
  const v = view.getInt32(pos, true);
  pos += 4;
  return v;
}

/** A size word in [0, 2**31) with that many bytes left. */
function sizeWithBytes(): number {
  const n = int32();
  if (n < 0 || end - pos < n) throw BAIL;
  return n;
}

/**
 * Scratch for short strings: for each length n <= 64 an array of n char codes, filled and passed
 * to one fromCharCode call (a flat string). One array per length: setting an array's length is a
 * runtime call, which cost as much as the rest of the read (a module's names are mostly short).
 */
const shortCodes: number[][] = [];
for (let n = 0; n <= 64; n++) {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  shortCodes.push(a);
}

/**
 * Node's native latin-1 decoder of a byte range (Buffer.prototype.latin1Slice, which takes any
 * Uint8Array), or undefined on other hosts. While an import runs, this code is still interpreted
 * by V8: one native call per string costs less than a loop over its bytes.
 */
const nativeLatin1 = (globalThis as { Buffer?: { prototype?: { latin1Slice?: unknown } } }).Buffer?.prototype?.latin1Slice as
  ((this: Uint8Array, start: number, end: number) => string) | undefined;

/** n bytes at pos as latin-1 text (TYPE_ASCII / TYPE_SHORT_ASCII). */
function latin1(n: number): string {
  const p = pos;
  pos += n;
  if (nativeLatin1 !== undefined) return nativeLatin1.call(d, p, p + n);
  if (n <= 64) {
    // names and short constants: no subarray per string, no chain of concatenations
    const c = shortCodes[n]!;
    for (let i = 0; i < n; i++) c[i] = d[p + i]!;
    return String.fromCharCode.apply(null, c);
  }
  let s = "";
  for (let i = p; i < p + n; i += 4096) {
    s += String.fromCharCode.apply(null, d.subarray(i, Math.min(p + n, i + 4096)) as unknown as number[]);
  }
  return s;
}

function reserve(flag: number): number {
  if (flag === 0) return -1;
  refs.push(RESERVED);
  return refs.length - 1;
}

function readValue(depth: number): ConstValue {
  if (pos >= end) throw BAIL;
  const code = d[pos++]!;
  const flag = code & 0x80;
  let v: ConstValue;
  switch (code & 0x7f) {
    case 0x4e: return None; // N
    case 0x54: return true; // T
    case 0x46: return false; // F
    case 0x2e: return Ellipsis; // .
    case 0x7a: case 0x5a: { // z Z: short ASCII
      if (pos >= end) throw BAIL;
      const n = d[pos++]!;
      if (end - pos < n) throw BAIL;
      v = latin1(n);
      break;
    }
    case 0x61: case 0x41: // a A: ASCII
      v = latin1(sizeWithBytes());
      break;
    case 0x75: case 0x74: { // u t: UTF-8 (surrogatepass)
      const n = sizeWithBytes();
      const p = pos;
      pos += n;
      v = decodeUtf8Surrogatepass(d, p, p + n);
      break;
    }
    case 0x29: case 0x28: { // ) (: tuple
      let n: number;
      if ((code & 0x7f) === 0x29) {
        if (pos >= end) throw BAIL;
        n = d[pos++]!;
      } else {
        n = int32();
        if (n < 0) throw BAIL;
      }
      if (depth >= MAX_FAST_DEPTH) throw BAIL;
      const idx = reserve(flag);
      const items: ConstValue[] = [];
      for (let i = 0; i < n; i++) items.push(readValue(depth + 1));
      const t = new ConstTuple(items);
      if (idx >= 0) refs[idx] = t;
      return t;
    }
    case 0x72: { // r: reference
      const n = int32();
      if (n < 0 || n >= refs.length) throw BAIL;
      const r = refs[n]!;
      if (r === RESERVED) throw BAIL;
      return r as ConstValue;
    }
    case 0x73: { // s: bytes (the generic reader's slice: the same kind of object)
      const n = sizeWithBytes();
      v = d.slice(pos, pos + n);
      pos += n;
      break;
    }
    case 0x69: // i
      v = BigInt(int32());
      break;
    case 0x67: // g: binary float
      if (end - pos < 8) throw BAIL;
      v = view.getFloat64(pos, true);
      pos += 8;
      break;
    case 0x79: { // y: binary complex
      if (end - pos < 16) throw BAIL;
      const re = view.getFloat64(pos, true);
      const im = view.getFloat64(pos + 8, true);
      pos += 16;
      v = new Complex(re, im);
      break;
    }
    case 0x6c: // l: long
      v = readLong();
      break;
    case 0x3e: { // >: frozenset
      const n = int32();
      if (n < 0) throw BAIL;
      if (n === 0) {
        v = new ConstFrozenSet([]);
        break;
      }
      if (depth >= MAX_FAST_DEPTH) throw BAIL;
      const idx = reserve(flag);
      const items: MarshalValue[] = [];
      for (let i = 0; i < n; i++) addToSet(items, readValue(depth + 1));
      const s = new ConstFrozenSet(items as ConstValue[]);
      if (idx >= 0) refs[idx] = s;
      return s;
    }
    case 0x63: // c: code
      return readCode(flag, depth);
    default:
      // NULL, StopIteration, list, dict, set, text floats, INT64, unknown codes
      throw BAIL;
  }
  if (flag !== 0) refs.push(v);
  return v;
}

/** TYPE_LONG: a signed digit count, then 15-bit digits, least significant first. */
function readLong(): bigint {
  const n = int32();
  if (n === 0) return 0n;
  const count = n < 0 ? -n : n;
  if (end - pos < 2 * count) throw BAIL;
  let v = 0n;
  for (let i = count - 1; i >= 0; i--) {
    const dg = view.getUint16(pos + 2 * i, true);
    if (dg >= 0x8000 || (dg === 0 && i === count - 1)) throw BAIL;
    v = (v << 15n) | BigInt(dg);
  }
  pos += 2 * count;
  return n < 0 ? -v : v;
}

/**
 * A code object. co_consts, co_names and co_localsplusnames written without FLAG_REF (nothing can
 * refer to them again) are read straight into the arrays the CodeObject keeps; otherwise, or for
 * a back-reference, the field is read as a value and makeCode (marshal-read.ts) builds the code.
 * Either way a code object is accepted exactly when makeCode accepts it.
 */
function readCode(flag: number, depth: number): CodeObject {
  if (depth >= MAX_FAST_DEPTH) throw BAIL;
  const idx = reserve(flag);
  const argcount = int32(), posonly = int32(), kwonly = int32(), stacksize = int32(), flags = int32();
  const code = codeBytes(depth + 1);
  const consts = plainTuple(depth + 1, false);
  const names = plainTuple(depth + 1, true);
  const lpnames = plainTuple(depth + 1, true);
  const lpkinds = codeBytes(depth + 1);
  const filename = readValue(depth + 1);
  const name = readValue(depth + 1);
  const qualname = readValue(depth + 1);
  const firstlineno = int32(); // between qualname and linetable
  const linetable = codeBytes(depth + 1);
  const exctable = codeBytes(depth + 1);
  let c: CodeObject;
  if (Array.isArray(consts) && Array.isArray(names) && Array.isArray(lpnames)) {
    if (typeof filename !== "string" || typeof name !== "string" || typeof qualname !== "string"
      || !(code instanceof Uint8Array) || !(lpkinds instanceof Uint8Array) || lpnames.length !== lpkinds.length
      || !(linetable instanceof Uint8Array) || !(exctable instanceof Uint8Array) || code.length % 2 !== 0) throw BAIL;
    let nplain = 0;
    for (let i = 0; i < lpkinds.length; i++) if ((lpkinds[i]! & 0x20) !== 0) nplain++;
    let nargs = argcount + kwonly;
    if (flags & 0x4) nargs++;
    if (flags & 0x8) nargs++;
    if (argcount < posonly || nplain < nargs) throw BAIL;
    c = new CodeObject(argcount, posonly, kwonly, stacksize, flags, code, consts, names as string[],
      lpnames as string[], lpkinds, filename, name, qualname, firstlineno, linetable, exctable);
  } else {
    const field = (v: ConstValue | ConstValue[]): MarshalValue => (Array.isArray(v) ? new ConstTuple(v) : v);
    c = makeCode([argcount, posonly, kwonly, stacksize, flags, firstlineno],
      [code, field(consts), field(names), field(lpnames), lpkinds, filename, name, qualname, linetable, exctable]);
  }
  if (idx >= 0) refs[idx] = c;
  return c;
}

/**
 * A bytes field of a code object (co_code, co_localspluskinds, co_linetable, co_exceptiontable)
 * without FLAG_REF: a view of the data instead of a copy (an ArrayBuffer each, four per code
 * object). These arrays are never written (the eval loop copies co_code, codeobject.ts unitsOf)
 * and nothing else can refer to them. Anything else is read as a value (makeCode judges it).
 */
function codeBytes(depth: number): ConstValue {
  if (pos < end && d[pos] === 0x73) {
    pos++;
    const n = sizeWithBytes();
    const v = d.subarray(pos, pos + n);
    pos += n;
    return v;
  }
  return readValue(depth);
}

/**
 * A code object's tuple field: its items as a plain array when it is a tuple without FLAG_REF
 * (`strings`: each must be a str, as makeCode requires) or a reference to a complete tuple (the
 * compiler shares the empty tuple and equal name tuples: a copy of its items), else the value
 * read (whatever is there; makeCode judges it).
 */
function plainTuple(depth: number, strings: boolean): ConstValue | ConstValue[] {
  if (pos >= end) throw BAIL;
  const code = d[pos]!;
  let n: number;
  if (code === 0x29) {
    if (pos + 1 >= end) throw BAIL;
    n = d[pos + 1]!;
    pos += 2;
  } else if (code === 0x28) {
    pos++;
    n = int32();
    if (n < 0) throw BAIL;
  } else {
    const v = readValue(depth);
    if (!(v instanceof ConstTuple)) return v;
    const items = v.items;
    if (strings) for (let i = 0; i < items.length; i++) if (typeof items[i] !== "string") throw BAIL;
    return items.slice();
  }
  if (depth >= MAX_FAST_DEPTH) throw BAIL;
  const items: ConstValue[] = [];
  for (let i = 0; i < n; i++) {
    const v = readValue(depth + 1);
    if (strings && typeof v !== "string") throw BAIL;
    items.push(v);
  }
  return items;
}
