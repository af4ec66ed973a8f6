/** complex: formatting shared by the compiler (constants) and the VM. */
import { floatRepr } from "./float.ts";

/** repr() of a component: like float repr but without a trailing '.0'. */
function part(x: number): string {
  const r = floatRepr(x);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}

/** repr(complex): '2j', '(1+2j)', '(-0-1j)', '(nan+infj)' as CPython prints them. */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return part(imag) + "j";
  const im = part(imag);
  const sign = im.startsWith("-") ? "" : "+";
  return "(" + part(real) + sign + im + "j)";
}

// ---- the run-time complex object -----------------------------------------------------------

import { PyObject } from "./object.ts";
import { ComplexType } from "./types.ts";

export class PyComplex extends PyObject {
  declare real: number;
  declare imag: number;
  constructor(type: import("./object.ts").PyType, real: number, imag: number) {
    super(type);
    this.real = real;
    this.imag = imag;
  }
}
export function newComplex(real: number, imag: number): PyComplex {
  return new PyComplex(ComplexType, real, imag);
}
