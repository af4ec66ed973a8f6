/**
 * asin and acos: glibc 2.36's FMA build (IBM dbl-64 e_asin.c, first stage) for |x| < 1/8, where it
 * needs no table: asin x = x + x^3 * p(x^2), acos x = pi/2 - asin x with pi/2 as HP0 + HP1.
 * Larger |x| use the correctly rounded double-double code (libm_dd.ts) until glibc's table-driven
 * ranges (asincos.tbl) are ported; there glibc differs by 1 ulp on ~0.1% of arguments.
 */
import { fma } from "./libm_fma.ts";
import * as DD from "./libm_dd.ts";

const F1 = 1.66666666666664110590506577996662e-1, F2 = 7.50000000026122686814431784722623e-2;
const F3 = 4.46428561421059750978517350006940e-2, F4 = 3.03821268582119319911193410625235e-2;
const F5 = 2.23551211026525610742786300334557e-2, F6 = 1.81382903404565056280372531963613e-2;
const HP0 = 1.5707963267948966, HP1 = 6.123233995736766e-17;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** f1 + x2*(f2 + ... + x2*f6) */
function poly(x2: number): number {
  let p = fma(F6, x2, F5);
  p = fma(p, x2, F4);
  p = fma(p, x2, F3);
  p = fma(p, x2, F2);
  return fma(p, x2, F1);
}

export function asin(x: number): number {
  f64[0] = x;
  const k = u32[1]! & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    return fma(poly(x2), x2 * x, x);
  }
  return DD.asin(x);
}

export function acos(x: number): number {
  f64[0] = x;
  const k = u32[1]! & 0x7fffffff;
  if (k < 0x3c880000) return HP0;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const r = HP0 - x;
    const cor = fma(-poly(x2), x2 * x, ((HP0 - r) - x) + HP1);
    return r + cor;
  }
  return DD.acos(x);
}
