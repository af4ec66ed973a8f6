/**
 * marshal.dumps (CPython 3.11's w_object), versions 0-4.
 */
import { None, Ellipsis, Complex, ConstTuple, ConstFrozenSet, type ConstValue } from "../objects/constant.ts";
import { CodeObject, CO_OPTIMIZED } from "./code.ts";
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
  /** Number of the value (tuple keys are made of their items' numbers). */
  readonly id: number;
  /** How often the value is written in the whole dump. */
  count: number;
  /** CPython holds another reference to it (see above). */
  external: boolean;
  interned: boolean;
  /** An item of a set: w_complex_object holds it in its sort list while writing it. */
  inSet: boolean;
  /** A string constant: the code object whose co_consts holds it first (DFS = codegen order). */
  firstOwner: CodeObject | null;
  /** The dump's reference index once written with FLAG_REF (-1: not yet; sort-key writers keep their own). */
  ref: number;
}

/**
 * A tuple/frozenset key: the kind (0 tuple, 1 frozenset) and the numbers of its items in order;
 * `e` is the entry of the tuples with that key. Keys are found through one table per dump
 * (Entries.itemKeys), hashed over kind and numbers, chained through `next`.
 */
interface ItemsKey {
  readonly kind: number;
  readonly ids: number[];
  readonly e: Entry;
  next: ItemsKey | null;
}

const KIND_TUPLE = 0, KIND_FROZENSET = 1;

function sameIds(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const STOPITER = MarshalStopIteration.StopIteration;
const utf8Encoder = new TextEncoder();

/** None, Ellipsis, StopIteration, True, False: written as one type byte, never referenced. */
function isSingleton(v: MarshalValue): boolean {
  return v === None || v === Ellipsis || v === STOPITER || typeof v === "boolean";
}

function isNameChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

/**
 * codeobject.c interns a code object's string constants, rebuilding a frozenset whose items
 * interning replaced: such frozensets end up one object per code object (not merged).
 */
function holdsNameString(fs: ConstFrozenSet): boolean {
  for (const x of fs.items) if (typeof x === "string" && isNameChars(x)) return true;
  return false;
}

/**
 * Whether a string used in `role` is interned ('' and '*' always are). A one-character latin-1
 * string is a singleton: interned if any of its uses interns it.
 */
function internedAs(role: Role, s: string): boolean {
  // '' and '*' are interned before any user code compiles ('*' by the parser for `import *`; as
  // one-character strings are singletons, every '*' is that object)
  if (s.length <= 1 && (s === "" || s === "*")) return true;
  return role === Role.Name || (role === Role.Const && isNameChars(s));
}

function isIdentifierName(s: string): boolean {
  return s.length > 0 && s.charCodeAt(0) !== 0x3c; // '<module>', '<lambda>', ... are not identifiers
}

const f64 = new DataView(new ArrayBuffer(8));
function floatKey(x: number): string {
  f64.setFloat64(0, x, true);
  return f64.getUint32(0, true).toString(16) + ":" + f64.getUint32(4, true).toString(16);
}

/** Pseudo-numbers of the singletons (which have no entry) inside tuple keys. */
const ID_TRUE = -1, ID_FALSE = -2, ID_NONE = -3, ID_ELLIPSIS = -4, ID_STOPITER = -5;

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The value-identity tables of one dump (shared by the writers of set items' sort keys): one
 * entry per distinct value, found through a map per kind of value so no key strings are built
 * for strings, numbers and bytes; tuples and frozensets are keyed by their items' numbers.
 */
class Entries {
  private next = 1;
  /** Strings by how they are held: interned, plain, one latin-1 character, static name. */
  readonly interned = new Map<string, Entry>();
  readonly plain = new Map<string, Entry>();
  readonly chars = new Map<string, Entry>();
  readonly statics = new Map<string, Entry>();
  readonly ints = new Map<bigint, Entry>();
  /** Floats by value; -0.0 apart (Map keys equate it with 0.0). */
  readonly floats = new Map<number, Entry>();
  negZero: Entry | null = null;
  /** Bytes by a hash of their content, then compared. */
  readonly bytes = new Map<number, { b: Uint8Array; e: Entry }[]>();
  /** Complex numbers by key strings of their floats' bits. */
  readonly composite = new Map<string, Entry>();
  /** Tuples and frozensets by kind and the sequence of their items' numbers (see ItemsKey). */
  private readonly itemKeys = new Map<number, ItemsKey>();
  /** Objects identified by identity, and each tuple/frozenset object's entry once known. */
  readonly objects = new Map<object, Entry>();

  make(): Entry {
    return { id: this.next++, count: 0, external: false, interned: false, inSet: false, firstOwner: null, ref: -1 };
  }
  in<K>(map: Map<K, Entry>, k: K): Entry {
    let e = map.get(k);
    if (e === undefined) map.set(k, e = this.make());
    return e;
  }
  /** The entry of the tuple or frozenset (`kind`) whose items have the numbers `ids` (hash `h`). */
  itemsKeyEntry(kind: number, ids: number[], h: number): Entry {
    const first = this.itemKeys.get(h);
    for (let k: ItemsKey | null = first ?? null; k !== null; k = k.next) {
      if (k.kind === kind && sameIds(k.ids, ids)) return k.e;
    }
    const e = this.make();
    this.itemKeys.set(h, { kind, ids, e, next: first ?? null });
    return e;
  }
  ofBytes(b: Uint8Array): Entry {
    let h = 0x811c9dc5 ^ b.length;
    for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
    let bucket = this.bytes.get(h);
    if (bucket === undefined) this.bytes.set(h, bucket = []);
    for (const x of bucket) if (bytesEqual(x.b, b)) return x.e;
    const e = this.make();
    bucket.push({ b, e });
    return e;
  }
}

/** The main writer's entry log, kept across dumps (dumps does not nest); cleared after each. */
const sharedLog: (Entry | null)[] = [];
/** The main writer's output buffer, kept across dumps (result() copies the bytes out). */
let sharedBuf = new Uint8Array(65536);

class Writer {
  buf: Uint8Array;
  len = 0;
  depth = 0;
  nextRef = 0;
  /** Value-identified objects (see Entries). */
  private readonly entries: Entries;
  /** Per code object: whether its co_qualname is an object of its own. */
  private readonly freshQualname: Map<CodeObject, boolean>;
  private readonly codeStack: CodeObject[] = [];
  /** Ref index of each object written with FLAG_REF (sort-key writers; the main writer uses Entry.ref). */
  private readonly refIndex = new Map<Entry, number>();
  /**
   * The main writer's entry log: scan records, in visiting order, the entry of every value that
   * write will look up (not singletons, not fresh values, nothing inside a set: those are written
   * in sorted order), and write replays it instead of finding each value again. Both passes visit
   * the same values in the same order: a value seen before is not descended into by scan (count
   * above 1) nor by write (TYPE_REF).
   */
  private readonly log: (Entry | null)[];
  logLen = 0;
  private logPos = 0;
  private readonly logging: boolean;
  /** Sets being scanned/written (their items are not logged). */
  private inSets = 0;
  /**
   * A set item's sort key is marshal.dumps(item) taken before the item enters the sort list:
   * such a writer shares the whole dump's entries but numbers its own references.
   */
  constructor(readonly version: number, parent: Writer | null = null, readonly sortKey = false) {
    this.entries = parent?.entries ?? new Entries();
    this.freshQualname = parent?.freshQualname ?? new Map();
    this.logging = parent === null && version >= 3;
    this.log = this.logging ? sharedLog : [];
    this.buf = this.logging ? sharedBuf : new Uint8Array(256);
  }

  // -- low-level output
  reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
    if (this.logging) sharedBuf = b;
  }
  byte(b: number): void {
    if (this.len === this.buf.length) this.reserve(1);
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
  entryOf(v: MarshalValue, role: Role, fresh: boolean, staticName = false): Entry | null {
    if (this.version < 3) return null;
    if (fresh || isSingleton(v)) return null;
    if (staticName) return this.entries.in(this.entries.statics, v as string);
    return this.valueEntry(v, role, 0); // null: a NaN float (an object of its own each time)
  }

  /**
   * The entry of a value identified by type-exact value (strings by how they are held: a
   * one-character latin-1 string is a singleton, the same object in every use), by identity
   * (code objects, lists, dicts, sets, NaN complexes, frozensets holding a name string), or null
   * for a NaN float. Singletons have none: `itemId` gives them pseudo-numbers.
   */
  valueEntry(v: MarshalValue, role: Role, depth: number): Entry | null {
    const t = this.entries;
    switch (typeof v) {
      case "string":
        if (v.length === 1 && v.charCodeAt(0) < 256) return t.in(t.chars, v);
        if (internedAs(role, v)) {
          const e = t.in(t.interned, v);
          e.interned = true;
          return e;
        }
        return t.in(t.plain, v);
      case "bigint": return t.in(t.ints, v);
      case "number":
        if (v !== v) return null; // NaN keys never compare equal
        if (v === 0 && 1 / v < 0) return t.negZero ??= t.make();
        return t.in(t.floats, v);
    }
    if (v instanceof Uint8Array) return t.ofBytes(v);
    if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
      const cached = t.objects.get(v);
      if (cached !== undefined) return cached;
      let e: Entry;
      if (v instanceof ConstFrozenSet && holdsNameString(v)) {
        e = t.make();
      } else {
        e = this.itemsEntry(v.items, v instanceof ConstTuple ? KIND_TUPLE : KIND_FROZENSET, role, depth);
      }
      t.objects.set(v, e);
      return e;
    }
    if (v instanceof Complex) {
      if (v.real !== v.real || v.imag !== v.imag) return t.in(t.objects, v);
      return t.in(t.composite, "x" + floatKey(v.real) + "," + floatKey(v.imag));
    }
    return t.in(t.objects, v as object); // code objects, lists, dicts, sets
  }

  /**
   * The entry of a tuple (KIND_TUPLE) or frozenset (KIND_FROZENSET) with these items, by value.
   * `out` (when given) receives the items' entries (emptied when an item is an object of its own).
   */
  itemsEntry(items: readonly MarshalValue[], kind: number, role: Role, depth: number, out: (Entry | null)[] | null = null): Entry {
    if (depth > MAX_DEPTH) throw new MarshalError("ValueError", "object too deeply nested to marshal");
    const t = this.entries;
    const itemRole = role === Role.Name ? Role.Name : Role.Const;
    const n = items.length;
    const ids: number[] = [];
    let h = Math.imul(0x811c9dc5 ^ kind, 0x01000193) ^ n;
    for (let i = 0; i < n; i++) {
      const v = items[i]!;
      let id: number;
      if (typeof v === "boolean") id = v ? ID_TRUE : ID_FALSE;
      else if (v === None) id = ID_NONE;
      else if (v === Ellipsis) id = ID_ELLIPSIS;
      else if (v === STOPITER) id = ID_STOPITER;
      else {
        const e = this.valueEntry(v, itemRole, depth + 1);
        if (e === null) { // an item of its own (a NaN float): so is the tuple
          if (out !== null) out.length = 0;
          return t.make();
        }
        if (out !== null) out[i] = e;
        id = e.id;
      }
      ids.push(id);
      h = Math.imul(h ^ id, 0x01000193);
    }
    return t.itemsKeyEntry(kind, ids, h & 0x3fffffff);
  }

  /**
   * Pass 1: count how often each object is written, note interning and external references.
   * Returns the value's entry (null: singletons, fresh values, NaN floats).
   */
  scan(v: MarshalValue, role: Role, fresh: boolean, staticName = false, known: Entry | null = null): Entry | null {
    let e: Entry | null = null;
    if (!fresh && this.version >= 3 && !isSingleton(v)) {
      e = known !== null ? known : staticName ? this.entries.in(this.entries.statics, v as string) : this.valueEntry(v, role, 0);
      if (this.logging && this.inSets === 0) {
        if (this.logLen < this.log.length) this.log[this.logLen++] = e;
        else { this.log.push(e); this.logLen++; }
      }
    }
    // leaves (their depth is checked by write, at the same depth)
    switch (typeof v) {
      case "string":
        if (e !== null) {
          e.count++;
          if (role === Role.Const && e.firstOwner === null && this.codeStack.length > 0) {
            e.firstOwner = this.codeStack[this.codeStack.length - 1]!;
          }
          if (v.length <= 1) {
            if (v.length === 1 && internedAs(role, v)) e.interned = true;
            if (v.length === 0 || v.charCodeAt(0) < 256) e.external = true;
          }
        }
        return e;
      case "bigint":
        if (e !== null) {
          e.count++;
          if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) e.external = true;
        }
        return e;
      case "number":
      case "boolean":
        if (e !== null) e.count++;
        return e;
    }
    if (v instanceof Uint8Array) {
      if (e !== null) {
        e.count++;
        if (v.length === 0 || (v.length === 1 && role === Role.Const)) e.external = true;
      }
      return e;
    }
    if (e !== null) {
      e.count++;
      if (v instanceof ConstTuple && v.items.length === 0) e.external = true;
      if (e.count > 1) return e; // children were counted the first time
    }
    if (++this.depth > MAX_DEPTH) throw new MarshalError("ValueError", "object too deeply nested to marshal");
    if (v instanceof ConstTuple) {
      const items = v.items, itemRole = role === Role.Name ? Role.Name : Role.Const;
      for (let i = 0; i < items.length; i++) this.scan(items[i]!, itemRole, false);
    } else if (v instanceof CodeObject) {
      this.codeStack.push(v);
      this.scan(v.co_code, Role.Plain, true);
      this.scanField(v.co_consts, Role.Const);
      this.scanField(v.co_names, Role.Name);
      this.scanField(v.co_localsplusnames, Role.Name);
      this.scan(v.co_localspluskinds, Role.Plain, v.co_localspluskinds.length !== 0);
      const fe = this.scan(v.co_filename, Role.Plain, false);
      if (fe !== null) fe.external = true;
      const isStatic = STATIC_NAMES.has(v.co_name);
      const nameRole = isIdentifierName(v.co_name) ? Role.Name : Role.Plain;
      const ne = this.scan(v.co_name, nameRole, false, isStatic);
      if (isStatic && ne !== null) ne.external = true;
      const fresh = this.qualnameIsFresh(v);
      this.freshQualname.set(v, fresh);
      const qualRole = v.co_qualname === v.co_name ? nameRole : Role.Plain;
      this.scan(v.co_qualname, qualRole, fresh, v.co_qualname === v.co_name && isStatic);
      this.scan(v.co_linetable, Role.Plain, false);
      this.scan(v.co_exceptiontable, Role.Plain, false);
      this.codeStack.pop();
    } else if (v instanceof ConstFrozenSet || v instanceof MarshalSet) {
      this.inSets++;
      for (const x of v.items) {
        const xe = this.scan(x, Role.Const, false);
        if (xe !== null) xe.inSet = true;
      }
      this.inSets--;
    } else if (v instanceof MarshalList) {
      for (const x of v.items) this.scan(x, Role.Const, false);
    } else if (v instanceof MarshalDict) {
      for (let i = 0; i < v.keys.length; i++) { this.scan(v.keys[i]!, Role.Const, false); this.scan(v.values[i]!, Role.Const, false); }
    }
    this.depth--;
    return e;
  }

  /**
   * Whether co_qualname is an object of its own: compile.c builds a nested qualname ("C.f",
   * "f.<locals>.g") afresh per code object. A top-level qualname is co_name itself; a class body
   * stores its qualname in co_consts (for __qualname__), where the constant cache keeps the first
   * equal string compiled: the qualname object survives there only if this class was first.
   */
  qualnameIsFresh(co: CodeObject): boolean {
    if (co.co_qualname === co.co_name) return false;
    if ((co.co_flags & CO_OPTIMIZED) !== 0) return true; // a function, not a class body
    return this.valueEntry(co.co_qualname, Role.Const, 0)!.firstOwner !== co;
  }

  markExternal(v: MarshalValue, role: Role): void {
    const e = this.entryOf(v, role, false);
    if (e !== null) e.external = true;
  }

  /** Pass 2: write. `fresh` objects are never shared; co_code always has FLAG_REF. */
  write(v: MarshalValue, role: Role, fresh = false, alwaysRef = false, staticName = false): void {
    if (++this.depth > MAX_DEPTH) throw new MarshalError("ValueError", "object too deeply nested to marshal");
    let flag = 0;
    if (v === None) this.byte(TYPE_NONE);
    else if (v === STOPITER) this.byte(TYPE_STOPITER);
    else if (v === Ellipsis) this.byte(TYPE_ELLIPSIS);
    else if (v === false) this.byte(TYPE_FALSE);
    else if (v === true) this.byte(TYPE_TRUE);
    else {
      let interned = false;
      if (this.version >= 3) {
        const e = fresh ? null
          : this.logging && this.inSets === 0 ? this.log[this.logPos++]!
          : this.entryOf(v, role, false, staticName);
        if (e === null) {
          if (alwaysRef) { flag = FLAG_REF; this.nextRef++; }
        } else {
          interned = e.interned;
          flag = this.refOrFlag(e);
          if (flag < 0) {
            this.depth--;
            return;
          }
        }
      }
      this.writeBody(v, role, flag, interned);
    }
    this.depth--;
  }

  writeBody(v: MarshalValue, role: Role, flag: number, interned: boolean): void {
    if (typeof v === "string") {
      this.writeStr(v, flag, interned);
    } else if (v instanceof ConstTuple) {
      const items = v.items, n = items.length, itemRole = role === Role.Name ? Role.Name : Role.Const;
      if (this.version >= 4 && n < 256) { this.byte(TYPE_SMALL_TUPLE | flag); this.byte(n); }
      else { this.byte(TYPE_TUPLE | flag); this.size(n); }
      for (let i = 0; i < n; i++) this.write(items[i]!, itemRole);
    } else if (typeof v === "bigint") {
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
    } else if (v instanceof MarshalList) {
      this.byte(TYPE_LIST | flag);
      this.size(v.items.length);
      for (const x of v.items) this.write(x, Role.Const);
    } else if (v instanceof MarshalDict) {
      this.byte(TYPE_DICT | flag);
      for (let i = 0; i < v.keys.length; i++) { this.write(v.keys[i]!, Role.Const); this.write(v.values[i]!, Role.Const); }
      this.byte(TYPE_NULL);
    } else if (v instanceof ConstFrozenSet || v instanceof MarshalSet) {
      this.byte((v instanceof ConstFrozenSet ? TYPE_FROZENSET : TYPE_SET) | flag);
      this.size(v.items.length);
      this.inSets++;
      for (const x of this.sortedItems(v.items)) this.write(x, Role.Const);
      this.inSets--;
    } else if (v instanceof CodeObject) {
      this.byte(TYPE_CODE | flag);
      this.int32(v.co_argcount);
      this.int32(v.co_posonlyargcount);
      this.int32(v.co_kwonlyargcount);
      this.int32(v.co_stacksize);
      this.int32(v.co_flags);
      this.write(v.co_code, Role.Plain, true, true);
      this.writeField(v.co_consts, Role.Const);
      this.writeField(v.co_names, Role.Name);
      this.writeField(v.co_localsplusnames, Role.Name);
      this.write(v.co_localspluskinds, Role.Plain, v.co_localspluskinds.length !== 0);
      this.write(v.co_filename, Role.Plain);
      const isStatic = STATIC_NAMES.has(v.co_name);
      const nameRole = isIdentifierName(v.co_name) ? Role.Name : Role.Plain;
      this.write(v.co_name, nameRole, false, false, isStatic);
      const qualRole = v.co_qualname === v.co_name ? nameRole : Role.Plain;
      this.write(v.co_qualname, qualRole, this.freshQualname.get(v) ?? true, false, v.co_qualname === v.co_name && isStatic);
      this.int32(v.co_firstlineno);
      this.write(v.co_linetable, Role.Plain);
      this.write(v.co_exceptiontable, Role.Plain);
    } else {
      throw new MarshalError("ValueError", "unmarshallable object");
    }
  }

  /**
   * A code object's list field (co_consts, co_names, co_localsplusnames) is written as a tuple:
   * scan(tuple(items)) without making the tuple (tuples are identified by value, and this one is
   * visited once: its code object is).
   */
  scanField(items: readonly MarshalValue[], role: Role): void {
    let e: Entry | null = null;
    // the items' entries, found while keying the tuple, are not looked up again by scan
    const known: (Entry | null)[] | null = this.version >= 3 && items.length !== 0 ? [] : null;
    if (this.version >= 3) {
      e = this.itemsEntry(items, KIND_TUPLE, role, 0, known);
      if (this.logging && this.inSets === 0) {
        if (this.logLen < this.log.length) this.log[this.logLen++] = e;
        else { this.log.push(e); this.logLen++; }
      }
      e.count++;
      if (items.length === 0) e.external = true;
      if (e.count > 1) return;
    }
    if (++this.depth > MAX_DEPTH) throw new MarshalError("ValueError", "object too deeply nested to marshal");
    const itemRole = role === Role.Name ? Role.Name : Role.Const;
    if (known !== null && known.length !== 0) {
      for (let i = 0; i < items.length; i++) this.scan(items[i]!, itemRole, false, false, known[i] ?? null);
    } else {
      for (let i = 0; i < items.length; i++) this.scan(items[i]!, itemRole, false);
    }
    this.depth--;
  }

  /**
   * The reference decision for entry `e` about to be written: a value written before becomes
   * TYPE_REF + its index (returns -1: nothing more to write); one that is shared, external,
   * interned or in a set gets the next reference number (returns FLAG_REF); else 0.
   */
  refOrFlag(e: Entry): number {
    const index = this.logging ? e.ref : this.refIndex.get(e) ?? -1;
    if (index >= 0) {
      this.byte(TYPE_REF);
      this.int32(index);
      return -1;
    }
    if (e.count > 1 || e.external || e.interned || (e.inSet && !(this.sortKey && this.depth === 1))) {
      if (this.logging) e.ref = this.nextRef++;
      else this.refIndex.set(e, this.nextRef++);
      return FLAG_REF;
    }
    return 0;
  }

  /** write(tuple(items)) for a code object's list field (see scanField). */
  writeField(items: readonly MarshalValue[], role: Role): void {
    if (++this.depth > MAX_DEPTH) throw new MarshalError("ValueError", "object too deeply nested to marshal");
    let flag = 0;
    if (this.version >= 3) {
      const e = this.logging && this.inSets === 0 ? this.log[this.logPos++]! : this.itemsEntry(items, KIND_TUPLE, role, 0);
      flag = this.refOrFlag(e);
      if (flag < 0) {
        this.depth--;
        return;
      }
    }
    const n = items.length, itemRole = role === Role.Name ? Role.Name : Role.Const;
    if (this.version >= 4 && n < 256) { this.byte(TYPE_SMALL_TUPLE | flag); this.byte(n); }
    else { this.byte(TYPE_TUPLE | flag); this.size(n); }
    for (let i = 0; i < n; i++) this.write(items[i]!, itemRole);
    this.depth--;
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
    const n = s.length;
    if (this.version >= 4) {
      // ASCII: the characters are the bytes (written after the header, undone if not ASCII)
      const start = this.len;
      if (n < 256) {
        this.byte((interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
        this.byte(n);
      } else {
        this.byte((interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
        this.size(n);
      }
      this.reserve(n);
      const buf = this.buf;
      let p = this.len;
      if (n >= 48) {
        // long strings (docstrings): the native encoder, given exactly n bytes, reads and writes
        // n of each only when every character is ASCII
        const r = utf8Encoder.encodeInto(s, buf.subarray(p, p + n));
        if (r.read === n && r.written === n) {
          this.len = p + n;
          return;
        }
      } else {
        let i = 0;
        for (; i < n; i++) {
          const c = s.charCodeAt(i);
          if (c >= 0x80) break;
          buf[p++] = c;
        }
        if (i === n) {
          this.len = p;
          return;
        }
      }
      this.len = start;
    }
    const utf8 = encodeUtf8Surrogatepass(s);
    this.byte((this.version >= 3 && interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
    this.size(utf8.length);
    this.raw(utf8);
  }

  /** sorted(items, key=marshal.dumps): each item dumped alone (not a top-level reference). */
  sortedItems(items: readonly MarshalValue[]): MarshalValue[] {
    if (items.length < 2) return items.slice();
    const keyed = items.map((x) => {
      const w = new Writer(this.version, this, true);
      w.write(x, Role.Const);
      return { x, k: w.result() };
    });
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
  w.scan(value, Role.Const, false);
  if (topExternal) w.markExternal(value, Role.Const);
  w.depth = 0;
  try {
    w.write(value, Role.Const);
  } finally {
    sharedLog.fill(null, 0, w.logLen);
  }
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
