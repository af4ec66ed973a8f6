/** glibc's non-correctly-rounded functions (placeholder: JS Math). */
export const sinh = Math.sinh;
export const cosh = Math.cosh;
export const tanh = Math.tanh;
export const asinh = Math.asinh;
export const acosh = Math.acosh;
export const atanh = Math.atanh;
export const expm1 = Math.expm1;
export const log1p = Math.log1p;
export const log10 = Math.log10;
export const cbrt = Math.cbrt;
export function erf(x: number): number { return x; }
export function erfc(x: number): number { return 1 - x; }
