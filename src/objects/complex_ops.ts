/** complex arithmetic and the complex type's slots (Objects/complexobject.c). */
import { PyObject } from "./object.ts";
import { ComplexType, NotImplemented } from "./types.ts";
import { PyComplex, newComplex, complexRepr } from "./complex.ts";
import { PyFloat } from "./float.ts";
import { PyInt, True, False } from "./int.ts";
import { newStr } from "./str.ts";
import { zeroDivisionError, overflowError, typeError } from "./errors.ts";
import { floatHash } from "./pyhash.ts";
import { intToDouble, pointerHash } from "./abstract.ts";
import { canonHash } from "./pyhash.ts";
import { PyStr } from "./str.ts";
import { str as strOf } from "./abstract.ts";
import { formatComplexWithSpec } from "./format_spec.ts";

/** (a+bj) ** (c+dj) as CPython's _Py_c_pow. */
export function complexPowValues(ar: number, ai: number, br: number, bi: number): [number, number] {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw zeroDivisionError("0.0 to a negative or complex power");
    return [0, 0];
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}
export function newComplexPow(ar: number, ai: number, br: number, bi: number): PyObject {
  const [r, i] = complexPowValues(ar, ai, br, bi);
  return newComplex(r, i);
}

function toC(o: PyObject): [number, number] | null {
  if (o instanceof PyComplex) return [o.real, o.imag];
  if (o instanceof PyFloat) return [o.value, 0];
  if (o instanceof PyInt) return [intToDouble(o), 0];
  return null;
}
function bin(f: (a: [number, number], b: [number, number]) => [number, number]) {
  return (x: PyObject, y: PyObject): PyObject => {
    const a = toC(x), b = toC(y);
    if (a === null || b === null) return NotImplemented;
    const [r, i] = f(a, b);
    return newComplex(r, i);
  };
}
export function complexDiv(a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a, [br, bi] = b;
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (br === 0 && bi === 0) throw zeroDivisionError("complex division by zero");
  if (absBr >= absBi) {
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
ComplexType.nb_binary[0] = bin((a, b) => [a[0] + b[0], a[1] + b[1]]);
ComplexType.nb_binary[10] = bin((a, b) => [a[0] - b[0], a[1] - b[1]]);
ComplexType.nb_binary[5] = bin((a, b) => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]]);
ComplexType.nb_binary[11] = bin(complexDiv);
ComplexType.nb_binary[8] = (x, y, z) => {
  const a = toC(x), b = toC(y);
  if (a === null || b === null) return NotImplemented;
  if (z !== undefined && z.ob_type.tp_name !== "NoneType") throw typeError("complex modulo");
  const [r, i] = complexPowValues(a[0], a[1], b[0], b[1]);
  if (!Number.isFinite(r) || !Number.isFinite(i)) throw overflowError("complex exponentiation");
  return newComplex(r, i);
};
ComplexType.nb_negative = (o) => newComplex(-(o as PyComplex).real, -(o as PyComplex).imag);
ComplexType.nb_positive = (o) => newComplex((o as PyComplex).real, (o as PyComplex).imag);
ComplexType.nb_absolute = (o) => {
  const r = Math.hypot((o as PyComplex).real, (o as PyComplex).imag);
  if (!Number.isFinite(r) && Number.isFinite((o as PyComplex).real) && Number.isFinite((o as PyComplex).imag)) throw overflowError("absolute value too large");
  return newFloat(r);
};
import { newFloat } from "./float.ts";
ComplexType.nb_bool = (o) => (o as PyComplex).real !== 0 || (o as PyComplex).imag !== 0;
ComplexType.tp_repr = (o) => newStr(complexRepr((o as PyComplex).real, (o as PyComplex).imag));
ComplexType.tp_richcompare = (x, y, op) => {
  const b = toC(y);
  if (b === null || (op !== 2 && op !== 3)) return NotImplemented;
  const a = x as PyComplex;
  const eq = a.real === b[0] && a.imag === b[1];
  return eq === (op === 2) ? True : False;
};
ComplexType.tp_hash = (o) => {
  const c = o as PyComplex;
  const hr = BigInt(floatHash(c.real, () => pointerHash(o)));
  const hi = BigInt(floatHash(c.imag, () => pointerHash(o)));
  return canonHash(hr + 1000003n * hi);
};
ComplexType.tp_getset = [
  { name: "real", get: (o) => newFloat((o as PyComplex).real), set: null },
  { name: "imag", get: (o) => newFloat((o as PyComplex).imag), set: null },
];
ComplexType.tp_methods = [
  { name: "conjugate", flags: 1, fn: (o: PyObject) => newComplex((o as PyComplex).real, -(o as PyComplex).imag) },
  { name: "__format__", flags: 2, fn: (o: PyObject, spec: PyObject) => {
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    if (spec.value === "") return strOf(o);
    return newStr(formatComplexWithSpec((o as PyComplex).real, (o as PyComplex).imag, spec.value, o.ob_type.tp_name));
  } },
];
