/**
 * marshal.dumps (CPython 3.11's w_object), versions 0-4.
 */
import { PyNone, PyEllipsis, Complex, ConstTuple, ConstFrozenSet, type ConstValue } from "../objects/constant.ts";
import { CodeObject } from "./code.ts";
import { encodeUtf8Surrogatepass } from "./utf8.ts";
import {
  MarshalList, MarshalDict, MarshalSet, MarshalStopIteration, MarshalError, type MarshalValue,
  MAX_DEPTH, SIZE32_MAX, MARSHAL_VERSION, FLAG_REF, TYPE_NULL, TYPE_NONE, TYPE_STOPITER, TYPE_ELLIPSIS, TYPE_FALSE,
  TYPE_TRUE, TYPE_INT, TYPE_LONG, TYPE_FLOAT, TYPE_BINARY_FLOAT, TYPE_COMPLEX, TYPE_BINARY_COMPLEX, TYPE_STRING,
  TYPE_ASCII, TYPE_ASCII_INTERNED, TYPE_SHORT_ASCII, TYPE_SHORT_ASCII_INTERNED, TYPE_UNICODE, TYPE_INTERNED,
  TYPE_SMALL_TUPLE, TYPE_TUPLE, TYPE_LIST, TYPE_DICT, TYPE_SET, TYPE_FROZENSET, TYPE_CODE, TYPE_REF,
} from "./marshal-format.ts";

// // CPython writes FLAG_REF on every object whose reference count is above 1 when it is written
// (w_ref), and TYPE_REF for an object already written. tspy has no reference counts, so it
// models the sharing CPython's compiler produces (compile.c merges equal constants, names tuples,
// line and exception tables of a module through one cache; the parser interns identifiers):
//
//   * equal values are one object: strings, ints, floats, complexes, bytes, tuples and frozensets
//     are identified by value (type-exact: 1, 1.0 and True differ; so do 0.0 and -0.0);
//     code objects, lists, dicts and sets by identity; co_code and co_localspluskinds are always
//     fresh objects (CPython creates them per code object);
//   * an object gets FLAG_REF when it is written more than once, or when CPython always holds
//     another reference to it: interned strings, the empty str/bytes/tuple, one-character latin-1
//     strings, one-byte bytes constants, small ints (-5..256), co_code, co_filename, the
//     compiler's static names ('<module>', '<lambda>', ...), and the top-level value
//     (marshal.dumps(x) is called with x held by a variable);
//   * a string is interned (TYPE_*_INTERNED) when used as a name (co_names, co_localsplusnames,
//     an identifier co_name) or when it is a constant made only of ASCII letters, digits and '_'
//     (compile.c's all_name_chars).
//
// Set and frozenset items are written in sorted(items, key=marshal.dumps) order, as CPython 3.11
// does for reproducible output (bpo-37596).

const SMALL_INT_MIN = -5n;
const SMALL_INT_MAX = 256n;
/** co_name values the compiler takes from its static strings (never interned, always shared). */
const STATIC_NAMES = new Set(["<module>", "<lambda>", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"]);

/** How a string is used: as a name (interned), a constant (interned if all_name_chars), other. */
const enum Role { Plain, Const, Name }

interface Entry {
  count: number;
  external: boolean;
  interned: boolean;
  index: number; // ref index once written with FLAG_REF, else -1
}

function isNameChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

function isIdentifierName(s: string): boolean {
  return s.length > 0 && s.charCodeAt(0) !== 0x3c; // '<module>', '<lambda>', ... are not identifiers
}

const f64 = new DataView(new ArrayBuffer(8));
function floatKey(x: number): string {
  f64.setFloat64(0, x, true);
  return f64.getUint32(0, true).toString(16) + ":" + f64.getUint32(4, true).toString(16);
}

function bytesKey(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 4096) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(b.length, i + 4096)) as unknown as number[]);
  }
  return s;
}

class Writer {
  buf = new Uint8Array(1024);
  len = 0;
  depth = 0;
  nextRef = 0;
  /** Value-identified objects: type tag + value key. */
  private readonly byValue = new Map<string, Entry>();
  /** Identity-identified objects (code, list, dict, set, and keys computed for tuples). */
  private readonly byObject = new Map<object, Entry>();
  private readonly tupleKeys = new Map<object, string>();
  constructor(readonly version: number) {}

  // -- low-level output
  reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  byte(b: number): void {
    this.reserve(1);
    this.buf[this.len++] = b;
  }
  int32(v: number): void {
    this.reserve(4);
    const b = this.buf;
    b[this.len++] = v & 0xff; b[this.len++] = (v >>> 8) & 0xff; b[this.len++] = (v >>> 16) & 0xff; b[this.len++] = (v >>> 24) & 0xff;
  }
  raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  // -- identity model
  /** The entry of a value, or null for values never referenced (singletons, fresh objects). */
  entryOf(v: MarshalValue, fresh: boolean): Entry | null {
    if (this.version < 3) return null;
    if (v === null || typeof v === "boolean" || v instanceof PyNone || v instanceof PyEllipsis || v instanceof MarshalStopIteration) return null;
    if (fresh) return null;
    const key = this.valueKey(v);
    if (key === null) {
      let e = this.byObject.get(v as object);
      if (e === undefined) this.byObject.set(v as object, e = { count: 0, external: false, interned: false, index: -1 });
      return e;
    }
    let e = this.byValue.get(key);
    if (e === undefined) this.byValue.set(key, e = { count: 0, external: false, interned: false, index: -1 });
    return e;
  }

  /** A type-exact value key, or null for identity-identified objects. */
  valueKey(v: MarshalValue, depth = 0): string | null {
    switch (typeof v) {
      case "string": return "s" + v;
      case "bigint": return "i" + v.toString(16);
      case "number": return "f" + floatKey(v);
      case "boolean": return v ? "T" : "F";
    }
    if (v instanceof Uint8Array) return "b" + bytesKey(v);
    if (v instanceof Complex) return "c" + floatKey(v.real) + "," + floatKey(v.imag);
    if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
      const cached = this.tupleKeys.get(v);
      if (cached !== undefined) return cached;
      if (depth > MAX_DEPTH) throw new MarshalError("ValueError", "object too deeply nested to marshal");
      let k = v instanceof ConstTuple ? "(" : "{";
      for (const x of v.items) {
        const sub = this.valueKey(x, depth + 1);
        if (sub === null) return null; // holds a code object or a mutable: identity
        k += sub.length + ":" + sub;
      }
      this.tupleKeys.set(v, k);
      return k;
    }
    if (v instanceof PyNone) return "N";
    if (v instanceof PyEllipsis) return ".";
    if (v instanceof MarshalStopIteration) return "S";
    return null;
  }

  /** Pass 1: count how often each object is written, note interning and external references. */
  scan(v: MarshalValue, role: Role, fresh: boolean): void {
    const e = this.entryOf(v, fresh);
    if (e !== null) {
      e.count++;
      if (typeof v === "string") {
        if (role === Role.Name || (role === Role.Const && isNameChars(v))) e.interned = true;
        if (v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 256)) e.external = true;
      } else if (typeof v === "bigint") {
        if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) e.external = true;
      } else if (v instanceof Uint8Array) {
        if (v.length === 0 || (v.length === 1 && role === Role.Const)) e.external = true;
      } else if (v instanceof ConstTuple) {
        if (v.items.length === 0) e.external = true;
      }
      if (e.count > 1) return; // children were counted the first time
    }
    if (++this.depth > MAX_DEPTH) throw new MarshalError("ValueError", "object too deeply nested to marshal");
    if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
      for (const x of v.items) this.scan(x, role === Role.Name ? Role.Name : Role.Const, false);
    } else if (v instanceof MarshalList || v instanceof MarshalSet) {
      for (const x of v.items) this.scan(x, Role.Const, false);
    } else if (v instanceof MarshalDict) {
      for (let i = 0; i < v.keys.length; i++) { this.scan(v.keys[i]!, Role.Const, false); this.scan(v.values[i]!, Role.Const, false); }
    } else if (v instanceof CodeObject) {
      this.scan(v.co_code, Role.Plain, true);
      this.scan(new ConstTuple(v.co_consts), Role.Const, false);
      this.scan(new ConstTuple(v.co_names), Role.Name, false);
      this.scan(new ConstTuple(v.co_localsplusnames), Role.Name, false);
      this.scan(v.co_localspluskinds, Role.Plain, v.co_localspluskinds.length !== 0);
      this.scan(v.co_filename, Role.Plain, false);
      this.markExternal(v.co_filename);
      this.scan(v.co_name, isIdentifierName(v.co_name) ? Role.Name : Role.Plain, false);
      if (STATIC_NAMES.has(v.co_name)) this.markExternal(v.co_name);
      this.scan(v.co_qualname, Role.Plain, false);
      this.scan(v.co_linetable, Role.Plain, false);
      this.scan(v.co_exceptiontable, Role.Plain, false);
    }
    this.depth--;
  }

  markExternal(v: MarshalValue): void {
    const e = this.entryOf(v, false);
    if (e !== null) e.external = true;
  }

  /** Pass 2: write. `fresh` objects are never shared; co_code always has FLAG_REF. */
  write(v: MarshalValue, fresh = false, alwaysRef = false): void {
    if (++this.depth > MAX_DEPTH) throw new MarshalError("ValueError", "object too deeply nested to marshal");
    let flag = 0;
    if (v instanceof PyNone) this.byte(TYPE_NONE);
    else if (v instanceof MarshalStopIteration) this.byte(TYPE_STOPITER);
    else if (v instanceof PyEllipsis) this.byte(TYPE_ELLIPSIS);
    else if (v === false) this.byte(TYPE_FALSE);
    else if (v === true) this.byte(TYPE_TRUE);
    else {
      let interned = false;
      if (this.version >= 3) {
        if (fresh) {
          if (alwaysRef) { flag = FLAG_REF; this.nextRef++; }
        } else {
          const e = this.entryOf(v, false)!;
          interned = e.interned;
          if (e.index >= 0) {
            this.byte(TYPE_REF);
            this.int32(e.index);
            this.depth--;
            return;
          }
          if (e.count > 1 || e.external || e.interned) {
            e.index = this.nextRef++;
            flag = FLAG_REF;
          }
        }
      }
      this.writeBody(v, flag, interned);
    }
    this.depth--;
  }

  writeBody(v: MarshalValue, flag: number, interned: boolean): void {
    if (typeof v === "bigint") {
      if (v >= -0x80000000n && v <= 0x7fffffffn) {
        this.byte(TYPE_INT | flag);
        this.int32(Number(v));
      } else this.writeLong(v, flag);
    } else if (typeof v === "number") {
      if (this.version > 1) { this.byte(TYPE_BINARY_FLOAT | flag); this.float64(v); }
      else { this.byte(TYPE_FLOAT | flag); this.floatStr(v); }
    } else if (v instanceof Complex) {
      if (this.version > 1) { this.byte(TYPE_BINARY_COMPLEX | flag); this.float64(v.real); this.float64(v.imag); }
      else { this.byte(TYPE_COMPLEX | flag); this.floatStr(v.real); this.floatStr(v.imag); }
    } else if (v instanceof Uint8Array) {
      this.byte(TYPE_STRING | flag);
      this.size(v.length);
      this.raw(v);
    } else if (typeof v === "string") {
      this.writeStr(v, flag, interned);
    } else if (v instanceof ConstTuple) {
      const n = v.items.length;
      if (this.version >= 4 && n < 256) { this.byte(TYPE_SMALL_TUPLE | flag); this.byte(n); }
      else { this.byte(TYPE_TUPLE | flag); this.size(n); }
      for (const x of v.items) this.write(x);
    } else if (v instanceof MarshalList) {
      this.byte(TYPE_LIST | flag);
      this.size(v.items.length);
      for (const x of v.items) this.write(x);
    } else if (v instanceof MarshalDict) {
      this.byte(TYPE_DICT | flag);
      for (let i = 0; i < v.keys.length; i++) { this.write(v.keys[i]!); this.write(v.values[i]!); }
      this.byte(TYPE_NULL);
    } else if (v instanceof ConstFrozenSet || v instanceof MarshalSet) {
      this.byte((v instanceof ConstFrozenSet ? TYPE_FROZENSET : TYPE_SET) | flag);
      this.size(v.items.length);
      for (const x of this.sortedItems(v.items)) this.write(x);
    } else if (v instanceof CodeObject) {
      this.byte(TYPE_CODE | flag);
      this.int32(v.co_argcount);
      this.int32(v.co_posonlyargcount);
      this.int32(v.co_kwonlyargcount);
      this.int32(v.co_stacksize);
      this.int32(v.co_flags);
      this.write(v.co_code, true, true);
      this.write(this.tupleOf(v.co_consts));
      this.write(this.tupleOf(v.co_names));
      this.write(this.tupleOf(v.co_localsplusnames));
      this.write(v.co_localspluskinds, v.co_localspluskinds.length !== 0);
      this.write(v.co_filename);
      this.write(v.co_name);
      this.write(v.co_qualname);
      this.int32(v.co_firstlineno);
      this.write(v.co_linetable);
      this.write(v.co_exceptiontable);
    } else {
      throw new MarshalError("ValueError", "unmarshallable object");
    }
  }

  /** The tuple the scan saw for a code object's list field (same value key, so same entry). */
  tupleOf(items: readonly MarshalValue[]): ConstTuple {
    return new ConstTuple(items as ConstValue[]);
  }

  size(n: number): void {
    if (n > SIZE32_MAX) throw new MarshalError("ValueError", "unmarshallable object");
    this.int32(n);
  }

  float64(x: number): void {
    this.reserve(8);
    new DataView(this.buf.buffer).setFloat64(this.len, x, true);
    this.len += 8;
  }

  /** Version 0/1 text floats: repr with 17 significant digits ('%.17g'), one length byte. */
  floatStr(x: number): void {
    const s = formatG17(x);
    this.byte(s.length);
    for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
  }

  writeLong(v: bigint, flag: number): void {
    this.byte(TYPE_LONG | flag);
    let a = v < 0n ? -v : v;
    const digits: number[] = [];
    while (a > 0n) { digits.push(Number(a & 0x7fffn)); a >>= 15n; }
    this.int32(v < 0n ? -digits.length : digits.length);
    this.reserve(digits.length * 2);
    for (const d of digits) { this.buf[this.len++] = d & 0xff; this.buf[this.len++] = d >> 8; }
  }

  writeStr(s: string, flag: number, interned: boolean): void {
    let ascii = true;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
    if (this.version >= 4 && ascii) {
      if (s.length < 256) {
        this.byte((interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
        this.byte(s.length);
      } else {
        this.byte((interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
        this.size(s.length);
      }
      this.reserve(s.length);
      for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i);
      return;
    }
    const utf8 = encodeUtf8Surrogatepass(s);
    this.byte((this.version >= 3 && interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
    this.size(utf8.length);
    this.raw(utf8);
  }

  /** sorted(items, key=marshal.dumps): each item dumped alone (not a top-level reference). */
  sortedItems(items: readonly MarshalValue[]): MarshalValue[] {
    if (items.length < 2) return items.slice();
    const keyed = items.map((x) => ({ x, k: dumpsWith(x, this.version, false) }));
    keyed.sort((a, b) => {
      const p = a.k, q = b.k;
      const n = Math.min(p.length, q.length);
      for (let i = 0; i < n; i++) if (p[i] !== q[i]) return p[i]! - q[i]!;
      return p.length - q.length;
    });
    return keyed.map((e) => e.x);
  }
}

/** '%.17g' of a double, as PyOS_double_to_string(v, 'g', 17, 0) writes it. */
function formatG17(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const e = x.toExponential(16); // d.dddddddddddddddde±N: 17 significant digits
  const ePos = e.indexOf("e");
  let mant = e.slice(0, ePos);
  const exp = parseInt(e.slice(ePos + 1), 10);
  const neg = mant.startsWith("-");
  if (neg) mant = mant.slice(1);
  const digits = mant.replace(".", "").replace(/0+$/, "") || "0";
  let out: string;
  if (exp < -4 || exp >= 17) {
    out = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    out += "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  } else if (exp < 0) {
    out = "0." + "0".repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + "0".repeat(exp + 1 - digits.length);
  } else {
    out = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  return (neg ? "-" : "") + out;
}

function dumpsWith(value: MarshalValue, version: number, topExternal: boolean): Uint8Array {
  const w = new Writer(version);
  w.scan(value, typeof value === "string" ? Role.Const : Role.Plain, false);
  if (topExternal) w.markExternal(value);
  w.depth = 0;
  w.write(value);
  return w.result();
}

/**
 * marshal.dumps(value, version): CPython 3.11's bytes for code objects and constants
 * (versions 0-4; the sharing model above stands in for reference counts).
 * Throws MarshalError("ValueError", ...) for values marshal cannot hold or nests too deeply.
 */
export function dumps(value: MarshalValue, version: number = MARSHAL_VERSION): Uint8Array {
  return dumpsWith(value, version, true);
}
