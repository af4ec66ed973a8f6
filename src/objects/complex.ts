/** complex: formatting shared by the compiler (constants) and the VM. */

/** repr(complex) (complex_repr): '2j', '(1+2j)', '(-0-1j)', '(nan+infj)'. */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return doubleToString(imag, "r", 0, 0) + "j";
  return "(" + doubleToString(real, "r", 0, 0) + doubleToString(imag, "r", 0, DTSF_SIGN) + "j)";
}
import { doubleToString, DTSF_SIGN } from "./dtoa.ts";

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
