/**
 * marshal's format (CPython 3.11, Python/marshal.c): type codes, the values marshal can hold
 * beyond compile-time constants, and its error. Reading is marshal-read.ts, writing
 * marshal-write.ts; marshal.ts is the public module.
 *
 * Stream layout: one type byte per object, optionally or'ed with FLAG_REF (0x80), which appends
 * the object to the reference list; TYPE_REF + int32 index refers back to it. All integers are
 * little-endian; int32 values are signed.
 */
import { Complex, ConstTuple, ConstFrozenSet, type ConstValue } from "../objects/constant.ts";

// ---- marshal-only values ----------------------------------------------------------------------

/** A list (marshal TYPE_LIST). */
export class MarshalList {
  constructor(readonly items: MarshalValue[]) {}
}
/** A dict (TYPE_DICT): keys and values in insertion order; keys are unique. */
export class MarshalDict {
  constructor(readonly keys: MarshalValue[], readonly values: MarshalValue[]) {}
}
/** A mutable set (TYPE_SET): items unique, in stream order. */
export class MarshalSet {
  constructor(readonly items: MarshalValue[]) {}
}
/** The StopIteration class (TYPE_STOPITER). */
export class MarshalStopIteration {
  static readonly StopIteration = new MarshalStopIteration();
  private constructor() {}
}

export type MarshalValue = ConstValue | MarshalList | MarshalDict | MarshalSet | MarshalStopIteration;

export type MarshalErrorType = "EOFError" | "ValueError" | "TypeError" | "UnicodeDecodeError" | "SystemError" | "OverflowError";

/** A failure to read or write marshal data: the Python exception class and message. */
export class MarshalError extends Error {
  constructor(readonly type: MarshalErrorType, readonly msg: string) {
    super(`${type}: ${msg}`);
  }
}

// ---- type codes -------------------------------------------------------------------------------

export const TYPE_NULL = 0x30; // '0'
export const TYPE_NONE = 0x4e; // 'N'
export const TYPE_FALSE = 0x46; // 'F'
export const TYPE_TRUE = 0x54; // 'T'
export const TYPE_STOPITER = 0x53; // 'S'
export const TYPE_ELLIPSIS = 0x2e; // '.'
export const TYPE_INT = 0x69; // 'i'
export const TYPE_INT64 = 0x49; // 'I' (read only)
export const TYPE_FLOAT = 0x66; // 'f'
export const TYPE_BINARY_FLOAT = 0x67; // 'g'
export const TYPE_COMPLEX = 0x78; // 'x'
export const TYPE_BINARY_COMPLEX = 0x79; // 'y'
export const TYPE_LONG = 0x6c; // 'l'
export const TYPE_STRING = 0x73; // 's'
export const TYPE_INTERNED = 0x74; // 't'
export const TYPE_REF = 0x72; // 'r'
export const TYPE_TUPLE = 0x28; // '('
export const TYPE_LIST = 0x5b; // '['
export const TYPE_DICT = 0x7b; // '{'
export const TYPE_CODE = 0x63; // 'c'
export const TYPE_UNICODE = 0x75; // 'u'
export const TYPE_UNKNOWN = 0x3f; // '?'
export const TYPE_SET = 0x3c; // '<'
export const TYPE_FROZENSET = 0x3e; // '>'
export const TYPE_ASCII = 0x61; // 'a'
export const TYPE_ASCII_INTERNED = 0x41; // 'A'
export const TYPE_SMALL_TUPLE = 0x29; // ')'
export const TYPE_SHORT_ASCII = 0x7a; // 'z'
export const TYPE_SHORT_ASCII_INTERNED = 0x5a; // 'Z'
export const FLAG_REF = 0x80;

/** The marshal format version CPython 3.11 writes (marshal.version). */
export const MARSHAL_VERSION = 4;
/** CPython's MAX_MARSHAL_STACK_DEPTH (non-Windows). */
export const MAX_DEPTH = 2000;
export const SIZE32_MAX = 0x7fffffff;

// ---- hashing and equality for set items and dict keys ------------------------------------------

export function checkHashable(v: MarshalValue): void {
  if (v instanceof MarshalList) throw new MarshalError("TypeError", "unhashable type: 'list'");
  if (v instanceof MarshalDict) throw new MarshalError("TypeError", "unhashable type: 'dict'");
  if (v instanceof MarshalSet) throw new MarshalError("TypeError", "unhashable type: 'set'");
  if (v instanceof ConstTuple) for (const x of v.items) checkHashable(x);
}

export function addToSet(items: MarshalValue[], v: MarshalValue): void {
  checkHashable(v);
  if (indexOfEqual(items, v) < 0) items.push(v);
}

export function indexOfEqual(items: readonly MarshalValue[], v: MarshalValue): number {
  for (let i = 0; i < items.length; i++) if (pyEqual(items[i]!, v)) return i;
  return -1;
}

/** Numeric value of bool/int/float for cross-type ==, or null. */
function realOf(v: MarshalValue): number | bigint | null {
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (typeof v === "bigint" || typeof v === "number") return v;
  return null;
}

function realEqual(a: number | bigint, b: number | bigint): boolean {
  if (typeof a === "bigint" && typeof b === "bigint") return a === b;
  if (typeof a === "number" && typeof b === "number") return a === b;
  const f = typeof a === "number" ? a : (b as number);
  const n = typeof a === "bigint" ? a : (b as bigint);
  return Number.isInteger(f) && BigInt(f) === n;
}

/**
 * Python's `a is b or a == b` for values marshal can put in sets and dict keys (identity first,
 * so a NaN equals itself only as the same object — which marshal gives only through TYPE_REF).
 */
export function pyEqual(a: MarshalValue, b: MarshalValue): boolean {
  if (a === b) return true;
  const ra = realOf(a), rb = realOf(b);
  if (ra !== null || rb !== null) {
    if (ra !== null && rb !== null) return realEqual(ra, rb);
    const c = a instanceof Complex ? a : b instanceof Complex ? b : null;
    const o = ra !== null ? ra : rb;
    return c !== null && o !== null && c.imag === 0 && realEqual(o, c.real);
  }
  if (a instanceof Complex && b instanceof Complex) return a.real === b.real && a.imag === b.imag;
  if (typeof a === "string" || typeof b === "string") return false;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (a instanceof ConstTuple && b instanceof ConstTuple) {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) if (!pyEqual(a.items[i]!, b.items[i]!)) return false;
    return true;
  }
  if (a instanceof ConstFrozenSet && b instanceof ConstFrozenSet) {
    if (a.items.length !== b.items.length) return false;
    for (const x of a.items) if (indexOfEqual(b.items, x) < 0) return false;
    return true;
  }
  return false;
}

