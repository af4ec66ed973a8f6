/** float: formatting shared by the compiler (constants) and the VM, and the run-time float. */
import { PyObject, type PyType } from "./object.ts";
import { FloatType } from "./types.ts";

/**
 * repr(float) as CPython's 'r' format: the shortest digit string that round-trips, written
 * positionally when the decimal exponent is in (-4, 16], in exponent form otherwise
 * ('1e+16', '1.5e-05'), always with a '.0' or exponent so it reads back as a float.
 */
export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  // toExponential() with no argument gives the shortest round-trip digits: d.ddde±N
  const e = Math.abs(x).toExponential();
  const ePos = e.indexOf("e");
  const digits = e.slice(0, ePos).replace(".", "");
  const exp = parseInt(e.slice(ePos + 1), 10);
  const decpt = exp + 1; // value = 0.DIGITS * 10**decpt
  if (decpt <= -4 || decpt > 16) {
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const ex = exp < 0 ? "-" + String(-exp).padStart(2, "0") : "+" + String(exp).padStart(2, "0");
    return sign + mant + "e" + ex;
  }
  if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
  if (decpt >= digits.length) return sign + digits + "0".repeat(decpt - digits.length) + ".0";
  return sign + digits.slice(0, decpt) + "." + digits.slice(decpt);
}

// ---- the run-time float object -------------------------------------------------------------

/** A float: a JS number (an IEEE double, like C's). */
export class PyFloat extends PyObject {
  declare value: number;
  constructor(type: PyType, value: number) {
    super(type);
    this.value = value;
  }
}
/** Allocates floats with a constructor function of their own (see IntObject in int.ts). */
const FloatObject = function (this: PyFloat, v: number) {
  this.ob_refcnt = 1;
  this.ob_type = FloatType;
  this.dict = null;
  this.ob_gc = 0;
  this.ob_addr = 0;
  this.value = v;
} as unknown as new (v: number) => PyFloat;
(FloatObject as unknown as { prototype: object }).prototype = PyFloat.prototype;

/**
 * The float free list (CPython's: 100 entries): JS objects of exact floats that died with no
 * simulated address (never given an id, so nothing in the memory model refers to them), reused
 * by newFloat instead of allocating. Reuse writes the value into the existing object (V8 keeps a
 * double field's box), so a float-heavy loop allocates nothing and its floats are old objects:
 * no young-generation garbage, no remembered-set entries when they are stored in old arrays.
 * Invariant: an object is pushed only when its reference count reached 0 at a site that
 * consumed the last reference (the eval loop's float fast paths), so nothing can read it again.
 */
const FREE_MAX = 100;
const freeFloats: PyFloat[] = [];
let freeCount = 0;

/** New reference to a float. */
export function newFloat(v: number): PyFloat {
  if (freeCount !== 0) {
    const o = freeFloats[--freeCount]!;
    o.ob_refcnt = 1;
    o.value = v;
    return o;
  }
  return new FloatObject(v);
}
/** A dead exact float (refcount 0, ob_addr 0, type FloatType) back to the free list. */
export function freeFloat(o: PyFloat): void {
  if (freeCount < FREE_MAX) freeFloats[freeCount++] = o;
}
