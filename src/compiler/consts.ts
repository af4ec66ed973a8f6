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
