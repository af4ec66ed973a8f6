/** complex arithmetic and the complex type's slots and methods (Objects/complexobject.c). */
import { PyObject } from "./object.ts";
import { ComplexType, NotImplemented, None } from "./types.ts";
import { PyComplex, newComplex, complexRepr } from "./complex.ts";
import { PyFloat, newFloat } from "./float.ts";
import { PyInt, True, False } from "./int.ts";
import { newStr, PyStr } from "./str.ts";
import { zeroDivisionError, overflowError, typeError, valueError } from "./errors.ts";
import { floatHash, canonHash } from "./pyhash.ts";
import { intToDouble, pointerHash, str as strOf, richCompare } from "./abstract.ts";
import { newTuple } from "./tuple.ts";
import { formatComplexWithSpec } from "./format_spec.ts";
import { dealloc } from "../memory/refcount.ts";
import { crHypot } from "./libm.ts";
import { pow as libmPow, atan2 as libmAtan2, exp as libmExp, log as libmLog, cos as libmCos, sin as libmSin } from "../modules/libm.ts";

type C = [number, number];

/** _Py_c_prod */
function cProd(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}
/** _Py_c_quot (Smith's method); null for division by zero (errno EDOM). */
function cQuot(a: C, b: C): C | null {
  const [ar, ai] = a, [br, bi] = b;
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}
export function complexDiv(a: C, b: C): C {
  const q = cQuot(a, b);
  if (q === null) throw zeroDivisionError("complex division by zero");
  return q;
}
/** C's hypot (correctly rounded; infinities win over NaN). */
function hypot(x: number, y: number): number {
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  return crHypot(x, y);
}
/** C's pow for a non-negative base (glibc's, src/modules/libm.ts). */
function powD(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (x === 0) return y < 0 ? Infinity : 0;
  if (x === Infinity) return y < 0 ? 0 : Infinity;
  if (y === Infinity) return x < 1 ? 0 : Infinity;
  if (y === -Infinity) return x < 1 ? Infinity : 0;
  return libmPow(x, y);
}
/** _Py_c_pow; null for 0 to a negative or complex power (EDOM). */
function cPow(a: C, b: C): C | null {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) return null;
    return [0, 0];
  }
  const vabs = hypot(a[0], a[1]);
  let len = powD(vabs, b[0]);
  // glibc's atan2, exp, log, cos and sin (libm.ts), as _Py_c_pow calls them
  const at = libmAtan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= libmExp(at * b[1]);
    phase += b[1] * (vabs === Infinity ? Infinity : libmLog(vabs));
  }
  // cos/sin of an infinite phase is a domain error (errno EDOM), which complex_pow reports
  // as ZeroDivisionError like a zero base
  if (phase === Infinity || phase === -Infinity) return null;
  return [len * libmCos(phase), len * libmSin(phase)];
}
function cPowu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r, p);
    mask <<= 1;
    p = cProd(p, p);
  }
  return r;
}
/** complex_pow's value: small integral exponents by repeated multiplication (c_powi). */
export function complexPowValues(ar: number, ai: number, br: number, bi: number): C {
  let p: C | null;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    p = n > 0 ? cPowu([ar, ai], n) : cQuot([1, 0], cPowu([ar, ai], -n));
  } else p = cPow([ar, ai], [br, bi]);
  if (p === null) throw zeroDivisionError("0.0 to a negative or complex power");
  if (Math.abs(p[0]) === Infinity || Math.abs(p[1]) === Infinity) throw overflowError("complex exponentiation");
  return p;
}
export function complexPowObject(ar: number, ai: number, br: number, bi: number): PyObject {
  const [r, i] = complexPowValues(ar, ai, br, bi);
  return newComplex(r, i);
}

/** TO_COMPLEX: an operand as (real, imag), or null (NotImplemented). */
function toC(o: PyObject): C | null {
  if (o instanceof PyComplex) return [o.real, o.imag];
  if (o instanceof PyFloat) return [o.value, 0];
  if (o instanceof PyInt) return [intToDouble(o), 0];
  return null;
}
function bin(f: (a: C, b: C) => C) {
  return (x: PyObject, y: PyObject): PyObject => {
    const a = toC(x), b = toC(y);
    if (a === null || b === null) return NotImplemented;
    const [r, i] = f(a, b);
    return newComplex(r, i);
  };
}
ComplexType.nb_binary[0] = bin((a, b) => [a[0] + b[0], a[1] + b[1]]);
ComplexType.nb_binary[10] = bin((a, b) => [a[0] - b[0], a[1] - b[1]]);
ComplexType.nb_binary[5] = bin(cProd);
ComplexType.nb_binary[11] = bin(complexDiv);
ComplexType.nb_binary[8] = (x, y, z) => {
  const a = toC(x), b = toC(y);
  if (a === null || b === null) return NotImplemented;
  if (z !== undefined && z !== None) throw valueError("complex modulo");
  return complexPowObject(a[0], a[1], b[0], b[1]);
};
ComplexType.nb_negative = (o) => newComplex(-(o as PyComplex).real, -(o as PyComplex).imag);
ComplexType.nb_positive = (o) => newComplex((o as PyComplex).real, (o as PyComplex).imag);
ComplexType.nb_absolute = (o) => {
  const re = (o as PyComplex).real, im = (o as PyComplex).imag;
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity) return newFloat(Infinity);
    if (im === Infinity || im === -Infinity) return newFloat(Infinity);
    return newFloat(NaN);
  }
  const r = crHypot(re, im);
  if (!Number.isFinite(r)) throw overflowError("absolute value too large");
  return newFloat(r);
};
ComplexType.nb_bool = (o) => (o as PyComplex).real !== 0 || (o as PyComplex).imag !== 0;
ComplexType.tp_repr = (o) => newStr(complexRepr((o as PyComplex).real, (o as PyComplex).imag));
ComplexType.tp_richcompare = (x, y, op) => {
  if (op !== 2 && op !== 3) return NotImplemented;
  const a = x as PyComplex;
  let eq: boolean;
  if (y instanceof PyInt) {
    if (a.imag === 0) {
      const j = newFloat(a.real);
      try {
        return richCompare(j, y, op);
      } finally {
        if (--j.ob_refcnt === 0) dealloc(j);
      }
    }
    eq = false;
  } else if (y instanceof PyFloat) eq = a.real === y.value && a.imag === 0;
  else if (y instanceof PyComplex) eq = a.real === y.real && a.imag === y.imag;
  else return NotImplemented;
  return eq === (op === 2) ? True : False;
};
ComplexType.tp_hash = (o) => {
  const c = o as PyComplex;
  const hr = BigInt(floatHash(c.real, () => pointerHash(o)));
  const hi = BigInt(floatHash(c.imag, () => pointerHash(o)));
  return canonHash(hr + 1000003n * hi);
};
ComplexType.tp_getset = [
  { name: "real", member: true, get: (o) => newFloat((o as PyComplex).real), set: null },
  { name: "imag", member: true, get: (o) => newFloat((o as PyComplex).imag), set: null },
];
ComplexType.tp_methods = [
  { name: "conjugate", flags: 1, fn: (o: PyObject) => newComplex((o as PyComplex).real, -(o as PyComplex).imag) },
  { name: "__complex__", flags: 1, fn: (o: PyObject) => {
    if (o.ob_type === ComplexType) {
      o.ob_refcnt++;
      return o;
    }
    return newComplex((o as PyComplex).real, (o as PyComplex).imag);
  } },
  { name: "__getnewargs__", flags: 1, fn: (o: PyObject) => newTuple([newFloat((o as PyComplex).real), newFloat((o as PyComplex).imag)]) },
  { name: "__format__", flags: 2, fn: (o: PyObject, spec: PyObject) => {
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    if (spec.value === "") return strOf(o);
    return newStr(formatComplexWithSpec((o as PyComplex).real, (o as PyComplex).imag, spec.value, o.ob_type.tp_name));
  } },
];

// object.__sizeof__ reports the CPython instance size
ComplexType.tp_basicsize = 32;
