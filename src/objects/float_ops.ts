/** float arithmetic with CPython's semantics (Objects/floatobject.c): errors, signs of zero. */
import { PyObject } from "./object.ts";
import { zeroDivisionError, overflowError, valueError } from "./errors.ts";
import { newFloat } from "./float.ts";
import { complexPowObject } from "./complex_ops.ts";
import { pow as libmPow } from "../modules/libm.ts";

export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError("float division by zero");
  return x / y;
}
/** Python's float modulo (float_rem): the result has the sign of y. */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError("float modulo");
  let mod = x % y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}
/** _float_div_mod: [floor quotient, remainder] (C's truthiness: NaN counts as non-zero). */
export function floatDivmodValues(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw zeroDivisionError("float divmod()");
  return floatDivmodValues(x, y);
}
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivisionError("float floor division by zero");
  return floatDivmodValues(x, y)[0];
}
function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}
/** x ** y for floats (float_pow): a complex result for a negative base and fractional exponent. */
export function floatPow(x: number, y: number): PyObject {
  if (y === 0) return newFloat(1);
  if (Number.isNaN(x)) return newFloat(x === 1 ? 1 : x);
  if (Number.isNaN(y)) return newFloat(x === 1 ? 1 : y);
  if (y === Infinity || y === -Infinity) {
    const a = Math.abs(x);
    if (a === 1) return newFloat(1);
    return newFloat((y > 0) === (a > 1) ? Infinity : 0);
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return newFloat(odd ? x : Infinity);
    return newFloat(odd ? (x < 0 ? -0 : 0) : 0);
  }
  if (x === 0) {
    if (y < 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
    return newFloat(isOddInteger(y) ? x : 0);
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) return complexPowObject(x, 0, y, 0);
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return newFloat(negate ? -1 : 1);
  let r = libmPow(x, y);
  if (r === Infinity) throw overflowError("(34, 'Numerical result out of range')");
  if (negate) r = -r;
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
  { name: "__divmod__", flags: 2, fn: (o: PyObject, w: PyObject) => divmodObj(toD(o), toD(w)) },
  { name: "__rdivmod__", flags: 2, fn: (o: PyObject, w: PyObject) => divmodObj(toD(w), toD(o)) },
];
function divmodObj(a: number | null, b: number | null): PyObject {
  if (a === null || b === null) return NotImplemented;
  const [q, r] = floatDivmod(a, b);
  return newTuple([newFloat(q), newFloat(r)]);
}
FloatType.tp_getset = [
  { name: "real", get: (o) => newFloat((o as PyFloat).value), set: null },
  { name: "imag", get: () => newFloat(0), set: null },
];
export { IntType, toBig, intToFloat };

/** float.fromhex(s) (float_fromhex): correctly rounded, CPython's errors. */
export function floatFromHex(str: string): number {
  const s = str;
  const n = s.length;
  const isSp = (c: number) => c === 32 || (c >= 9 && c <= 13);
  const hexv = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  const parseError = () => valueError("invalid hexadecimal floating-point string");
  let i = 0;
  while (i < n && isSp(s.charCodeAt(i))) i++;
  let x: number;
  let negate = false;
  // infinities and nans
  const [v, end] = strtodInfNan(s, i);
  if (end !== i) {
    x = v;
    i = end;
  } else {
    if (s[i] === "-") {
      i++;
      negate = true;
    } else if (s[i] === "+") i++;
    if (s[i] === "0" && (s[i + 1] === "x" || s[i + 1] === "X")) i += 2;
    const coeffStart = i;
    let digits = "";
    while (i < n && hexv(s.charCodeAt(i)) >= 0) digits += s[i++];
    let fdigits = 0;
    if (s[i] === ".") {
      i++;
      while (i < n && hexv(s.charCodeAt(i)) >= 0) {
        digits += s[i++];
        fdigits++;
      }
    }
    void coeffStart;
    if (digits.length === 0) throw parseError();
    let exp = 0n;
    if (s[i] === "p" || s[i] === "P") {
      i++;
      const es = i;
      if (s[i] === "-" || s[i] === "+") i++;
      if (!(i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)) throw parseError();
      while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      exp = BigInt(s.substring(es, i));
      const LMAX = 0x7fffffffffffffffn;
      if (exp > LMAX) exp = LMAX;
      if (exp < -LMAX - 1n) exp = -LMAX - 1n;
    }
    let mant = 0n;
    for (let k = 0; k < digits.length; k++) mant = (mant << 4n) | BigInt(hexv(digits.charCodeAt(k)));
    if (mant === 0n || exp < -(1n << 62n)) x = 0;
    else {
      if (exp > (1n << 62n) - 1n) throw overflowError("hexadecimal value too large to represent as a float");
      const e = exp - BigInt(4 * fdigits);
      const bits = BigInt(mant.toString(2).length);
      const top = e + bits; // value < 2**top
      if (top < -1074n - 1n) x = 0;
      else if (top > 1024n) throw overflowError("hexadecimal value too large to represent as a float");
      else {
        x = ldexpRound(mant, Number(e), false);
        if (x === Infinity) throw overflowError("hexadecimal value too large to represent as a float");
      }
    }
  }
  while (i < n && isSp(s.charCodeAt(i))) i++;
  if (i !== n) throw parseError();
  return negate ? -x : x;
}
/** _Py_parse_inf_or_nan at s[i]: [value, end] (end === i when there is none). */
function strtodInfNan(s: string, i: number): [number, number] {
  let j = i;
  let neg = false;
  if (s[j] === "-" || s[j] === "+") {
    neg = s[j] === "-";
    j++;
  }
  const low = s.substring(j, j + 8).toLowerCase();
  if (low.startsWith("infinity")) return [neg ? -Infinity : Infinity, j + 8];
  if (low.startsWith("inf")) return [neg ? -Infinity : Infinity, j + 3];
  if (low.startsWith("nan")) return [neg ? NEGATIVE_NAN : NaN, j + 3];
  return [0, i];
}
import { ldexpRound } from "./dtoa.ts";
import { NEGATIVE_NAN } from "./number_parse.ts";

// object.__sizeof__ reports the CPython instance size
FloatType.tp_basicsize = 24;
