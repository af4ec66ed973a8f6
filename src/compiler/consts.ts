/**
 * Constant identity for co_consts, as CPython's _PyCode_ConstantKey: two constants share a slot
 * when they have the same type and value, where 0.0 and -0.0 differ, 1, 1.0 and True differ, and
 * tuples/frozensets compare item by item with the same rule. NaNs and code objects are keyed by
 * identity. The key is a string so it can index a Map.
 */
import { CodeObject } from "../bytecode/code.ts";
import { Complex, ConstTuple, ConstFrozenSet, PyNone, PyEllipsis, type ConstValue } from "../objects/constant.ts";

const identityKeys = new WeakMap<object, string>();
let nextIdentity = 0;
function identityKey(o: object): string {
  let k = identityKeys.get(o);
  if (k === undefined) {
    k = "@" + nextIdentity++;
    identityKeys.set(o, k);
  }
  return k;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function floatKey(x: number, owner: object | null): string {
  if (x !== x) return owner ? identityKey(owner) : "nan" + nextIdentity++;
  f64[0] = x;
  return u32[0]!.toString(16) + "." + u32[1]!.toString(16);
}


function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function stringsEqual(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Code objects are equal constants when code_richcompare says so: same name, argument counts,
 * flags, first line, code, constants, names, local names, line and exception tables (the
 * qualname is not compared). A loop condition compiled twice yields two equal code objects,
 * which share one co_consts slot (Unit.addConst compares them; constKey keys them by identity).
 */
export function codeEqual(a: CodeObject, b: CodeObject): boolean {
  if (a === b) return true;
  if (a.co_name !== b.co_name || a.co_argcount !== b.co_argcount || a.co_posonlyargcount !== b.co_posonlyargcount ||
    a.co_kwonlyargcount !== b.co_kwonlyargcount || a.co_flags !== b.co_flags || a.co_firstlineno !== b.co_firstlineno) return false;
  if (!bytesEqual(a.co_code, b.co_code) || !bytesEqual(a.co_linetable, b.co_linetable) ||
    !bytesEqual(a.co_exceptiontable, b.co_exceptiontable)) return false;
  if (!stringsEqual(a.co_names, b.co_names) || !stringsEqual(a.co_localsplusnames, b.co_localsplusnames)) return false;
  if (a.co_consts.length !== b.co_consts.length) return false;
  for (let i = 0; i < a.co_consts.length; i++) {
    const x = a.co_consts[i]!, y = b.co_consts[i]!;
    if (x instanceof CodeObject && y instanceof CodeObject) {
      if (!codeEqual(x, y)) return false;
    } else if (constKey(x) !== constKey(y)) {
      return false;
    }
  }
  return true;
}

/**
 * A tuple constant whose items array has one elements kind (generic elements) whatever the items:
 * arrays built from floats only, from nothing, or by map() have kinds (maps) of their own, and
 * every loop over `items` in the compiler and the marshal writer would otherwise leave optimized
 * code once per kind it meets.
 */
export function tupleOf(items: readonly ConstValue[]): ConstTuple {
  const a: ConstValue[] = [null as unknown as ConstValue];
  a.length = 0;
  // push.apply: the builtin reads any kind of array (a loop here would itself meet every kind)
  if (items.length <= 8192) Array.prototype.push.apply(a, items as ConstValue[]);
  else for (let i = 0; i < items.length; i++) a.push(items[i]!);
  return new ConstTuple(a);
}

/** The key of a constant. */
export function constKey(v: ConstValue): string {
  switch (typeof v) {
    case "boolean": return v ? "T" : "F";
    case "bigint": return "i" + v.toString(16);
    case "number": return "f" + floatKey(v, null);
    case "string": return "s" + v.length + ":" + v;
  }
  if (v instanceof PyNone) return "N";
  if (v instanceof PyEllipsis) return "E";
  if (v instanceof Complex) return "c" + floatKey(v.real, v) + "," + floatKey(v.imag, v);
  if (v instanceof Uint8Array) {
    let s = "y" + v.length + ":";
    for (let i = 0; i < v.length; i++) s += String.fromCharCode(v[i]!);
    return s;
  }
  if (v instanceof ConstTuple) {
    let s = "(" + v.items.length;
    for (const x of v.items) s += "|" + constKey(x);
    return s + ")";
  }
  if (v instanceof ConstFrozenSet) {
    const keys = v.items.map(constKey).sort();
    return "{" + keys.length + "|" + keys.join("|") + "}";
  }
  if (v instanceof CodeObject) return identityKey(v);
  return identityKey(v as object);
}

/**
 * Key under which Python's set/dict equality identifies values: 1, 1.0, True and (1+0j) are one
 * element; NaNs are all distinct.
 */
export function pyEqKey(v: ConstValue): string {
  switch (typeof v) {
    case "boolean": return "n" + (v ? "1" : "0");
    case "bigint": return "n" + v.toString(16);
    case "number":
      if (v !== v) return "nan" + nextIdentity++;
      if (Number.isInteger(v)) return "n" + BigInt(v).toString(16);
      return "f" + v;
    case "string": return "s" + v.length + ":" + v;
  }
  if (v instanceof Complex) {
    if (v.imag === 0) return pyEqKey(v.real);
    return "c" + v.real + "," + v.imag;
  }
  if (v instanceof ConstTuple) return "(" + v.items.map(pyEqKey).join("|") + ")";
  if (v instanceof ConstFrozenSet) return "{" + v.items.map(pyEqKey).sort().join("|") + "}";
  return constKey(v);
}

/**
 * co_consts slots by constant identity (the rules of constKey): strings, ints and floats are
 * looked up by value in maps of their own (no key strings built); NaNs never match; other
 * constants (bytes, complex, tuples, frozensets, code objects) go through constKey.
 */
export class ConstIndex {
  // maps made on first use (most code objects hold few kinds of constants)
  private strs: Map<string, number> | null = null;
  private ints: Map<bigint, number> | null = null;
  /** Floats other than -0.0 and NaN (Map keys equate 0.0 and -0.0). */
  private floats: Map<number, number> | null = null;
  private others: Map<string, number> | null = null;
  /** Code objects, by identity (Unit.addConst first looks for an equal one). */
  private codes: Map<object, number> | null = null;
  private negZero = -1;
  private none = -1;
  private true_ = -1;
  private false_ = -1;

  /** The slot of `v`, or -1. */
  get(v: ConstValue): number {
    switch (typeof v) {
      case "string": return this.strs?.get(v) ?? -1;
      case "bigint": return this.ints?.get(v) ?? -1;
      case "number":
        if (v !== v) return -1;
        if (v === 0 && 1 / v < 0) return this.negZero;
        return this.floats?.get(v) ?? -1;
      case "boolean": return v ? this.true_ : this.false_;
    }
    if (v instanceof PyNone) return this.none;
    if (v instanceof CodeObject) return this.codes?.get(v) ?? -1;
    return this.others?.get(constKey(v)) ?? -1;
  }

  /** Record slot `i` for `v` (the first slot of a value stays). */
  set(v: ConstValue, i: number): void {
    switch (typeof v) {
      case "string": {
        const m = this.strs ??= new Map();
        if (!m.has(v)) m.set(v, i);
        return;
      }
      case "bigint": {
        const m = this.ints ??= new Map();
        if (!m.has(v)) m.set(v, i);
        return;
      }
      case "number": {
        if (v !== v) return;
        if (v === 0 && 1 / v < 0) { if (this.negZero < 0) this.negZero = i; return; }
        const m = this.floats ??= new Map();
        if (!m.has(v)) m.set(v, i);
        return;
      }
      case "boolean":
        if (v) { if (this.true_ < 0) this.true_ = i; } else if (this.false_ < 0) this.false_ = i;
        return;
    }
    if (v instanceof PyNone) { if (this.none < 0) this.none = i; return; }
    if (v instanceof CodeObject) {
      const m = this.codes ??= new Map();
      if (!m.has(v)) m.set(v, i);
      return;
    }
    const m = this.others ??= new Map();
    const k = constKey(v);
    if (!m.has(k)) m.set(k, i);
  }
}
