/**
 * marshal.loads (CPython 3.11's r_object): every type code CPython 3.11 reads.
 *
 * Values: constants are ConstValue (objects/constant.ts); lists, dicts, sets and StopIteration
 * are the Marshal* classes of marshal-format.ts. A ConstTuple/ConstFrozenSet read from marshal
 * data may hold such values (typed as ConstValue). Set and frozenset items keep stream order
 * (CPython's set order comes from hashing: see objects/hash.ts), duplicates dropped.
 *
 * Errors: malformed data ends in a MarshalError carrying the Python exception CPython raises
 * (EOFError, ValueError, TypeError, UnicodeDecodeError, SystemError) and its message. Nesting
 * lives on an explicit stack, so deep data fails with CPython's "recursion limit exceeded" at
 * CPython's depth, never with a JS stack overflow.
 *
 * One deliberate difference: CPython registers a FLAG_REF tuple before reading its items, so
 * crafted data can build a tuple that contains itself. tspy registers tuples (like frozensets and
 * code objects) only once complete, so such data fails with "bad marshal data (invalid
 * reference)" and constants stay acyclic.
 */
import { None, Ellipsis, Complex, ConstTuple, ConstFrozenSet, type ConstValue } from "../objects/constant.ts";
import { CodeObject } from "./code.ts";
import { decodeUtf8Surrogatepass } from "./utf8.ts";
import {
  MarshalList, MarshalDict, MarshalSet, MarshalStopIteration, MarshalError, type MarshalValue,
  MAX_DEPTH, FLAG_REF, TYPE_NULL, TYPE_NONE, TYPE_STOPITER, TYPE_ELLIPSIS, TYPE_FALSE, TYPE_TRUE, TYPE_INT,
  TYPE_INT64, TYPE_LONG, TYPE_FLOAT, TYPE_BINARY_FLOAT, TYPE_COMPLEX, TYPE_BINARY_COMPLEX, TYPE_STRING,
  TYPE_ASCII, TYPE_ASCII_INTERNED, TYPE_SHORT_ASCII, TYPE_SHORT_ASCII_INTERNED, TYPE_UNICODE, TYPE_INTERNED,
  TYPE_SMALL_TUPLE, TYPE_TUPLE, TYPE_LIST, TYPE_DICT, TYPE_SET, TYPE_FROZENSET, TYPE_CODE, TYPE_REF,
  checkHashable, addToSet, indexOfEqual,
} from "./marshal-format.ts";


/** TYPE_NULL's result: not a value (terminates dicts; an error anywhere else). */
const NULL: unique symbol = Symbol("NULL");
type Read = MarshalValue | typeof NULL;

/** A placeholder in `refs` for an object whose registration is delayed (frozenset, code, tuple). */
const RESERVED: unique symbol = Symbol("RESERVED");

class Reader {
  pos = 0;
  readonly refs: (MarshalValue | typeof RESERVED)[] = [];
  private readonly view: DataView;
  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  /** r_string's check: n more bytes must be there. */
  need(n: number): void {
    if (this.data.length - this.pos < n) throw new MarshalError("EOFError", "marshal data too short");
  }
  /** r_byte for a size or length byte: EOF is "EOF read where not expected". */
  byteArg(): number {
    if (this.pos >= this.data.length) throw new MarshalError("EOFError", "EOF read where not expected");
    return this.data[this.pos++]!;
  }
  int32(): number {
    this.need(4);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  uint16(): number {
    this.need(2);
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }
  float64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    const b = this.data.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  /** A size word: int32 in [0, SIZE32_MAX], else ValueError naming `what`. */
  size(what: string): number {
    const n = this.int32();
    if (n < 0) throw new MarshalError("ValueError", `bad marshal data (${what} size out of range)`);
    return n;
  }

  /** Register `v` now when FLAG_REF is set (R_REF). */
  ref<T extends MarshalValue>(v: T, flag: number): T {
    if (flag !== 0) this.refs.push(v);
    return v;
  }
  /** Reserve a slot for an object registered once complete (r_ref_reserve); -1 without FLAG_REF. */
  reserve(flag: number): number {
    if (flag === 0) return -1;
    this.refs.push(RESERVED);
    return this.refs.length - 1;
  }
  fill<T extends MarshalValue>(idx: number, v: T): T {
    if (idx >= 0) this.refs[idx] = v;
    return v;
  }
}

/**
 * Read one value (marshal.loads). Trailing bytes are ignored, as CPython ignores them.
 * Throws MarshalError for malformed data.
 */
export function loads(data: Uint8Array): MarshalValue {
  const r = new Reader(data);
  const v = readObject(r);
  if (v === NULL) throw new MarshalError("TypeError", "NULL object in marshal data for object");
  return v;
}

/** Like loads, also returning how many bytes the value took. */
export function loadsPrefix(data: Uint8Array): { value: MarshalValue; length: number } {
  const r = new Reader(data);
  const v = readObject(r);
  if (v === NULL) throw new MarshalError("TypeError", "NULL object in marshal data for object");
  return { value: v, length: r.pos };
}

/**
 * Containers being read. The reader keeps them on an explicit stack (not the JS call stack), so
 * nesting is bounded only by MAX_DEPTH, as in CPython.
 */
const enum FrameKind { Tuple, List, Set, FrozenSet, Dict, Code }
const CODE_FIELDS = 10; // code, consts, names, lpnames, lpkinds, filename, name, qualname, linetable, exctable

/** A container being read (one class: every frame has the same shape). */
class Frame {
  /** Dict: the key read, waiting for its value. */
  key: MarshalValue | typeof NULL = NULL;
  /** Code: the five leading int32 fields, then firstlineno. */
  readonly ints: number[] = [];
  constructor(
    readonly kind: FrameKind,
    /** Items still to read (tuple, list, set; code: fields). */
    public left: number,
    readonly items: MarshalValue[],
    /** Tuple/list/set: the object (registered at start for list/set). Dict: the dict. */
    readonly obj: MarshalValue | null,
    /** Delayed ref slot (tuple, frozenset, code), or -1. */
    readonly idx: number,
  ) {}
}

function frame(kind: FrameKind, left: number, items: MarshalValue[], obj: MarshalValue | null, idx: number): Frame {
  return new Frame(kind, left, items, obj, idx);
}

/**
 * r_object: read one value. Scalars are read directly; containers push a frame, and each value
 * read is then delivered to the innermost frame until one is still incomplete.
 */
function readObject(r: Reader): Read {
  const stack: Frame[] = [];
  for (;;) {
    if (r.pos >= r.data.length) throw new MarshalError("EOFError", "EOF read where object expected");
    const code = r.data[r.pos++]!;
    if (stack.length >= MAX_DEPTH) throw new MarshalError("ValueError", "recursion limit exceeded");
    let v: Read | Frame = readStart(r, code & ~FLAG_REF, code & FLAG_REF, stack.length);
    if (isFrame(v)) {
      stack.push(v);
      continue;
    }
    // deliver v upwards until a frame needs more
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) return v;
      const done = deliver(r, top, v);
      if (done === MORE) break;
      stack.pop();
      v = done;
    }
  }
}

const MORE: unique symbol = Symbol("MORE");

function isFrame(v: Read | Frame): v is Frame {
  return v instanceof Frame;
}

/** Give `v` to frame `f`: MORE when f needs more values, else f's finished value (or NULL). */
function deliver(r: Reader, f: Frame, v: Read): Read | typeof MORE {
  switch (f.kind) {
    case FrameKind.Tuple: case FrameKind.List: case FrameKind.Set: case FrameKind.FrozenSet: {
      if (v === NULL) {
        const what = f.kind === FrameKind.Tuple ? "tuple" : f.kind === FrameKind.List ? "list" : "set";
        throw new MarshalError("TypeError", `NULL object in marshal data for ${what}`);
      }
      if (f.kind === FrameKind.Set || f.kind === FrameKind.FrozenSet) addToSet(f.items, v);
      else f.items.push(v);
      if (--f.left > 0) return MORE;
      return finish(r, f);
    }
    case FrameKind.Dict: {
      const d = f.obj as MarshalDict;
      if (v === NULL) return d; // a NULL key or value ends the dict
      if (f.key === NULL) {
        f.key = v;
        return MORE;
      }
      const k = f.key;
      f.key = NULL;
      checkHashable(k);
      const at = indexOfEqual(d.keys, k);
      if (at >= 0) d.values[at] = v;
      else { d.keys.push(k); d.values.push(v); }
      return MORE;
    }
    case FrameKind.Code: {
      if (v === NULL) return NULL; // CPython returns NULL without an exception
      f.items.push(v);
      if (f.items.length === 8) f.ints.push(r.int32()); // co_firstlineno sits between qualname and linetable
      if (f.items.length < CODE_FIELDS) return MORE;
      return finish(r, f);
    }
  }
}

function finish(r: Reader, f: Frame): MarshalValue {
  switch (f.kind) {
    case FrameKind.Tuple: return r.fill(f.idx, new ConstTuple(f.items as ConstValue[]));
    case FrameKind.FrozenSet: return r.fill(f.idx, new ConstFrozenSet(f.items as ConstValue[]));
    case FrameKind.Code: return r.fill(f.idx, makeCode(f.ints, f.items));
    default: return f.obj!;
  }
}

/**
 * Type codes whose value readStart finishes at once (never a frame): a tuple made only of these
 * is read in one go (co_names, co_localsplusnames and most constant tuples), without a frame
 * per tuple or a trip through deliver per item.
 */
const SCALAR = new Uint8Array(128);
for (const t of [TYPE_NONE, TYPE_STOPITER, TYPE_ELLIPSIS, TYPE_FALSE, TYPE_TRUE, TYPE_INT, TYPE_INT64, TYPE_LONG,
  TYPE_FLOAT, TYPE_BINARY_FLOAT, TYPE_COMPLEX, TYPE_BINARY_COMPLEX, TYPE_STRING, TYPE_ASCII, TYPE_ASCII_INTERNED,
  TYPE_SHORT_ASCII, TYPE_SHORT_ASCII_INTERNED, TYPE_UNICODE, TYPE_INTERNED, TYPE_REF]) SCALAR[t] = 1;

/**
 * A tuple of n > 0 items at nesting `depth`: its leading scalar items are read here; the whole
 * tuple when they all are, else a frame holding those read so far (the main loop goes on with
 * the first container item, exactly where it would have been). Items sit one level deeper, so
 * the depth limit applies to them as in readObject.
 */
function readTuple(r: Reader, n: number, idx: number, depth: number): ConstTuple | Frame {
  const items: MarshalValue[] = [];
  if (depth + 1 < MAX_DEPTH) {
    const d = r.data;
    while (items.length < n && r.pos < d.length) {
      const code = d[r.pos]!;
      const type = code & ~FLAG_REF;
      if (SCALAR[type] !== 1) break;
      r.pos++;
      items.push(readStart(r, type, code & FLAG_REF, depth + 1) as MarshalValue);
    }
    if (items.length === n) return r.fill(idx, new ConstTuple(items as ConstValue[]));
  }
  return frame(FrameKind.Tuple, n - items.length, items, null, idx);
}

/** Read a type code's body: a finished value, or a frame for a container with items to come. */
function readStart(r: Reader, type: number, flag: number, depth: number): Read | Frame {
  switch (type) {
    case TYPE_NULL: return NULL;
    case TYPE_NONE: return None;
    case TYPE_STOPITER: return MarshalStopIteration.StopIteration;
    case TYPE_ELLIPSIS: return Ellipsis;
    case TYPE_FALSE: return false;
    case TYPE_TRUE: return true;
    case TYPE_INT: return r.ref(BigInt(r.int32()), flag);
    case TYPE_INT64: {
      r.need(8);
      const v = new DataView(r.data.buffer, r.data.byteOffset + r.pos, 8).getBigInt64(0, true);
      r.pos += 8;
      return r.ref(v, flag);
    }
    case TYPE_LONG: return r.ref(readLong(r), flag);
    case TYPE_FLOAT: return r.ref(readFloatStr(r), flag);
    case TYPE_BINARY_FLOAT: return r.ref(r.float64(), flag);
    case TYPE_COMPLEX: {
      const re = readFloatStr(r);
      const im = readFloatStr(r);
      return r.ref(new Complex(re, im), flag);
    }
    case TYPE_BINARY_COMPLEX: {
      const re = r.float64();
      const im = r.float64();
      return r.ref(new Complex(re, im), flag);
    }
    case TYPE_STRING: {
      const n = r.size("bytes object");
      return r.ref(r.bytes(n), flag);
    }
    case TYPE_ASCII: case TYPE_ASCII_INTERNED: {
      const n = r.size("string");
      return r.ref(readLatin1(r, n), flag);
    }
    case TYPE_SHORT_ASCII: case TYPE_SHORT_ASCII_INTERNED: {
      const n = r.byteArg();
      return r.ref(readLatin1(r, n), flag);
    }
    case TYPE_UNICODE: case TYPE_INTERNED: {
      const n = r.size("string");
      r.need(n);
      const start = r.pos;
      r.pos += n;
      return r.ref(decodeUtf8Surrogatepass(r.data, start, start + n), flag);
    }
    case TYPE_SMALL_TUPLE: case TYPE_TUPLE: {
      const n = type === TYPE_SMALL_TUPLE ? r.byteArg() : r.size("tuple");
      const idx = r.reserve(flag);
      if (n === 0) return r.fill(idx, new ConstTuple([]));
      return readTuple(r, n, idx, depth);
    }
    case TYPE_LIST: {
      const n = r.size("list");
      const items: MarshalValue[] = [];
      const v = r.ref(new MarshalList(items), flag);
      return n === 0 ? v : frame(FrameKind.List, n, items, v, -1);
    }
    case TYPE_DICT: {
      const v = r.ref(new MarshalDict([], []), flag);
      return frame(FrameKind.Dict, 0, [], v, -1);
    }
    case TYPE_SET: {
      const n = r.size("set");
      const items: MarshalValue[] = [];
      const v = r.ref(new MarshalSet(items), flag);
      return n === 0 ? v : frame(FrameKind.Set, n, items, v, -1);
    }
    case TYPE_FROZENSET: {
      const n = r.size("set");
      if (n === 0) return r.ref(new ConstFrozenSet([]), flag);
      return frame(FrameKind.FrozenSet, n, [], null, r.reserve(flag));
    }
    case TYPE_CODE: {
      const f = frame(FrameKind.Code, CODE_FIELDS, [], null, r.reserve(flag));
      for (let i = 0; i < 5; i++) f.ints.push(r.int32()); // argcount, posonly, kwonly, stacksize, flags
      return f;
    }
    case TYPE_REF: {
      const n = r.int32();
      if (n < 0 || n >= r.refs.length) throw new MarshalError("ValueError", "bad marshal data (invalid reference)");
      const v = r.refs[n]!;
      if (v === RESERVED) throw new MarshalError("ValueError", "bad marshal data (invalid reference)");
      return v;
    }
    default:
      throw new MarshalError("ValueError", "bad marshal data (unknown type code)");
  }
}

function readLatin1(r: Reader, n: number): string {
  r.need(n);
  const d = r.data;
  let s = "";
  const end = r.pos + n;
  // Chunked String.fromCharCode keeps long strings off the argument-count limit.
  for (let i = r.pos; i < end; i += 4096) {
    s += String.fromCharCode.apply(null, d.subarray(i, Math.min(end, i + 4096)) as unknown as number[]);
  }
  r.pos = end;
  return s;
}

/** TYPE_LONG: int32 signed digit count, then |n| 15-bit digits (uint16, least significant first). */
function readLong(r: Reader): bigint {
  const n = r.int32();
  if (n === 0) return 0n;
  const count = n < 0 ? -n : n;
  let v = 0n;
  // Read all digits first (errors come in stream order), then combine from the top.
  const digits: number[] = [];
  for (let i = 0; i < count; i++) {
    const d = r.uint16();
    if (d >= 0x8000) throw new MarshalError("ValueError", "bad marshal data (digit out of range in long)");
    if (d === 0 && i === count - 1) {
      // CPython checks the top digit of each 30-bit PyLong digit; a zero top marshal digit
      // fails only when it is the last one.
      throw new MarshalError("ValueError", "bad marshal data (unnormalized long data)");
    }
    digits.push(d);
  }
  for (let i = digits.length - 1; i >= 0; i--) v = (v << 15n) | BigInt(digits[i]!);
  return n < 0 ? -v : v;
}

/** Old text float: one length byte, then ASCII as PyOS_string_to_double accepts it. */
function readFloatStr(r: Reader): number {
  const n = r.byteArg();
  r.need(n);
  let s = "";
  for (let i = 0; i < n; i++) {
    const c = r.data[r.pos + i]!;
    if (c === 0) break; // the C string ends at a NUL
    s += String.fromCharCode(c);
  }
  r.pos += n;
  const v = parseCFloat(s);
  if (v === null) throw new MarshalError("ValueError", `could not convert string to float: '${s.slice(0, 200)}'`);
  return v;
}

/** PyOS_string_to_double on a whole string: decimal or exponent form, inf/infinity/nan. */
function parseCFloat(s: string): number | null {
  let i = 0;
  let neg = false;
  if (s[i] === "+" || s[i] === "-") { neg = s[i] === "-"; i++; }
  const rest = s.slice(i).toLowerCase();
  if (rest === "inf" || rest === "infinity") return neg ? -Infinity : Infinity;
  if (rest === "nan") return neg ? -NaN : NaN;
  let j = 0;
  let digits = 0;
  const isDigit = (k: number) => k < rest.length && rest.charCodeAt(k) >= 48 && rest.charCodeAt(k) <= 57;
  while (isDigit(j)) { j++; digits++; }
  if (rest[j] === ".") { j++; while (isDigit(j)) { j++; digits++; } }
  if (digits === 0) return null;
  if (rest[j] === "e") {
    let k = j + 1;
    if (rest[k] === "+" || rest[k] === "-") k++;
    if (!isDigit(k)) return null;
    while (isDigit(k)) k++;
    j = k;
  }
  if (j !== rest.length) return null;
  const v = Number(rest);
  return neg ? -v : v;
}

/** Build a code object from its fields, with _PyCode_Validate's checks. */
export function makeCode(ints: number[], fields: MarshalValue[]): CodeObject {
  const [argcount, posonly, kwonly, stacksize, flags, firstlineno] = ints as [number, number, number, number, number, number];
  const [code, consts, names, lpnames, lpkinds, filename, name, qualname, linetable, exctable] = fields;
  // _PyCode_Validate: wrong field types are PyErr_BadInternalCall().
  if (typeof filename !== "string" || typeof name !== "string" || typeof qualname !== "string"
    || !(code instanceof Uint8Array) || !(consts instanceof ConstTuple) || !(names instanceof ConstTuple)
    || !(lpnames instanceof ConstTuple) || !(lpkinds instanceof Uint8Array)
    || lpnames.items.length !== lpkinds.length
    || !(linetable instanceof Uint8Array) || !(exctable instanceof Uint8Array)) {
    throw new MarshalError("SystemError", "Objects/codeobject.c:250: bad argument to internal function");
  }
  if (code.length % 2 !== 0) throw new MarshalError("ValueError", "code: co_code is malformed");
  let nplain = 0;
  for (let i = 0; i < lpkinds.length; i++) if ((lpkinds[i]! & 0x20) !== 0) nplain++;
  let nargs = argcount + kwonly;
  if (flags & 0x4) nargs++;
  if (flags & 0x8) nargs++;
  if (argcount < posonly || nplain < nargs) throw new MarshalError("ValueError", "code: co_varnames is too small");
  return new CodeObject(argcount, posonly, kwonly, stacksize, flags, code, consts.items.slice(),
    stringItems(names), stringItems(lpnames), lpkinds, filename, name, qualname, firstlineno, linetable, exctable);
}

/** co_names / co_localsplusnames: every item must be a str (intern_strings). */
function stringItems(t: ConstTuple): string[] {
  const out: string[] = [];
  for (const x of t.items) {
    if (typeof x !== "string") throw new MarshalError("SystemError", "non-string found in code slot");
    out.push(x);
  }
  return out;
}

