/** float arithmetic with CPython's semantics (Objects/floatobject.c): errors, signs of zero. */
import { PyObject } from "./object.ts";
import { zeroDivisionError, overflowError, valueError } from "./errors.ts";
import { newFloat } from "./float.ts";
import { newComplexPow } from "./complex_ops.ts";

export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError("float division by zero");
  return x / y;
}
/** Python's float modulo: result has the sign of y. */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError("float modulo");
  let mod = x % y;
  if (mod) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw zeroDivisionError("float divmod()");
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (x / y) < 0 ? -0 : 0;
  }
  return [floordiv, mod];
}
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError("float floor division by zero");
  return floatDivmod(x, y)[0];
}
/** x ** y for floats (a complex result for a negative base and fractional exponent). */
export function floatPow(x: number, y: number): PyObject {
  if (y === 0) return newFloat(1);
  if (Number.isNaN(x)) return newFloat(y === 0 ? 1 : x);
  if (Number.isNaN(y)) return newFloat(x === 1 ? 1 : y);
  if (x === 0 && y < 0 && Number.isFinite(y)) throw zeroDivisionError("0.0 cannot be raised to a negative power");
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) return newComplexPow(x, 0, y, 0);
  if (x === -1 && !Number.isFinite(y)) return newFloat(1);
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw overflowError("(34, 'Numerical result out of range')");
  return newFloat(r);
}
export { valueError };

// ---- the float type's slots -------------------------------------------------------------------

import { FloatType, IntType, NotImplemented, None } from "./types.ts";
import { PyFloat, floatRepr } from "./float.ts";
import { PyInt, True, False, newIntAny, toBig, normBig, intToFloat } from "./int.ts";
import { newStr } from "./str.ts";
import { floatHash } from "./pyhash.ts";
import { intToDouble, pointerHash } from "./abstract.ts";
import { typeError } from "./errors.ts";
import { newTuple } from "./tuple.ts";

/** Operand as a double for float arithmetic, or null (NotImplemented). */
function toD(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToDouble(o);
  return null;
}
function fbin(f: (a: number, b: number) => number) {
  return (x: PyObject, y: PyObject): PyObject => {
    const a = toD(x), b = toD(y);
    if (a === null || b === null) return NotImplemented;
    return newFloat(f(a, b));
  };
}
FloatType.nb_binary[0] = fbin((a, b) => a + b);
FloatType.nb_binary[10] = fbin((a, b) => a - b);
FloatType.nb_binary[5] = fbin((a, b) => a * b);
FloatType.nb_binary[11] = fbin(floatTrueDiv);
FloatType.nb_binary[2] = fbin(floatFloorDiv);
FloatType.nb_binary[6] = fbin(floatMod);
FloatType.nb_binary[8] = (x, y, z) => {
  const a = toD(x), b = toD(y);
  if (a === null || b === null) return NotImplemented;
  if (z !== undefined && z !== None) throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
  return floatPow(a, b);
};
FloatType.nb_negative = (o) => newFloat(-(o as PyFloat).value);
FloatType.nb_positive = (o) => newFloat((o as PyFloat).value);
FloatType.nb_absolute = (o) => newFloat(Math.abs((o as PyFloat).value));
FloatType.nb_bool = (o) => (o as PyFloat).value !== 0;
FloatType.nb_float = (o) => {
  if (o.ob_type === FloatType) {
    o.ob_refcnt++;
    return o;
  }
  return newFloat((o as PyFloat).value);
};
FloatType.nb_int = (o) => newIntAny(floatToIntValue((o as PyFloat).value));
export function floatToIntValue(x: number): number | bigint {
  if (Number.isNaN(x)) throw valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x) + 0;
  if (Number.isSafeInteger(t)) return t;
  return normBig(BigInt(t));
}
FloatType.tp_repr = (o) => newStr(floatRepr((o as PyFloat).value));
FloatType.tp_hash = (o) => floatHash((o as PyFloat).value, () => pointerHash(o));

/** Compare a float with an int exactly (float_richcompare). Returns -1, 0, 1, or NaN. */
function cmpFloatInt(x: number, v: number | bigint): number {
  if (Number.isNaN(x)) return NaN;
  if (typeof v === "number") return x < v ? -1 : x > v ? 1 : 0;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const fl = Math.floor(x);
  const bi = BigInt(fl);
  if (bi < v) return -1;
  if (bi > v) return 1;
  return x > fl ? 1 : 0;
}
FloatType.tp_richcompare = (a, b, op) => {
  const x = (a as PyFloat).value;
  let c: number;
  if (b instanceof PyFloat) {
    const y = b.value;
    c = Number.isNaN(x) || Number.isNaN(y) ? NaN : x < y ? -1 : x > y ? 1 : 0;
  } else if (b instanceof PyInt) {
    c = cmpFloatInt(x, b.value);
  } else return NotImplemented;
  if (Number.isNaN(c)) return op === 3 ? True : False;
  let r: boolean;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c === 0; break;
    case 3: r = c !== 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0;
  }
  return r ? True : False;
};
// int vs float comparisons: int's richcompare defers (NotImplemented) and float's reflected one answers.

function asIntegerRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw valueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw overflowError("cannot convert Infinity to integer ratio");
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  let num = BigInt(m);
  let den = 1n << BigInt(e);
  while (den > 1n && (num & 1n) === 0n) {
    num >>= 1n;
    den >>= 1n;
  }
  return [num, den];
}
export { asIntegerRatio };
FloatType.tp_methods = [
  { name: "is_integer", flags: 1, fn: (o: PyObject) => (Number.isInteger((o as PyFloat).value) ? True : False) },
  { name: "as_integer_ratio", flags: 1, fn: (o: PyObject) => {
    const [n, d] = asIntegerRatio((o as PyFloat).value);
    return newTuple([newIntAny(normBig(n)), newIntAny(normBig(d))]);
  } },
  { name: "conjugate", flags: 1, fn: (o: PyObject) => newFloat((o as PyFloat).value) },
  { name: "__trunc__", flags: 1, fn: (o: PyObject) => newIntAny(floatToIntValue((o as PyFloat).value)) },
  { name: "__floor__", flags: 1, fn: (o: PyObject) => newIntAny(floatToIntValue(Math.floor((o as PyFloat).value))) },
  { name: "__ceil__", flags: 1, fn: (o: PyObject) => newIntAny(floatToIntValue(Math.ceil((o as PyFloat).value))) },
  { name: "__getnewargs__", flags: 1, fn: (o: PyObject) => newTuple([newFloat((o as PyFloat).value)]) },
];
FloatType.tp_getset = [
  { name: "real", get: (o) => newFloat((o as PyFloat).value), set: null },
  { name: "imag", get: () => newFloat(0), set: null },
];
export { IntType, toBig, intToFloat };
