/**
 * asin and acos as glibc 2.36 computes them on x86-64 with FMA (IBM Accurate Mathematical
 * Library, dbl-64 e_asin.c, first stages only, built with -mfma; every fma() is a contraction of
 * that build).
 *
 *   |x| < 1/8              odd polynomial (F1..F6); acos = pi/2 - it, pi/2 as HP0 + HP1
 *   1/8 <= |x| < 0.96875   five ranges of table rows (ASIN_ASNCS, glibc's asincos.tbl): point
 *                          x0, slope, polynomial coefficients (5 to 9 of them), a correction and
 *                          asin(x0); acos from pi/2 -+ the same sum
 *   0.96875 <= |x| < 1     asin x = pi/2 - 2 asin(sqrt((1-|x|)/2)), the square root by a table
 *                          estimate (ASIN_INROOT) and Newton steps, split into y + cc
 */
import { fma } from "./libm_fma.ts";
import { ASIN_ASNCS as T, ASIN_INROOT as INROOT } from "./libm_data.ts";

const F1 = 1.66666666666664110590506577996662e-1, F2 = 7.50000000026122686814431784722623e-2;
const F3 = 4.46428561421059750978517350006940e-2, F4 = 3.03821268582119319911193410625235e-2;
const F5 = 2.23551211026525610742786300334557e-2, F6 = 1.81382903404565056280372531963613e-2;
const RT0 = 9.99999999859990725855365213134618e-1, RT1 = 4.99999999495955425917856814202739e-1;
const RT2 = 3.75017500867345182581453026130850e-1, RT3 = 3.12523626554518656309172508769531e-1;
const HP0 = 1.5707963267948966, HP1 = 6.123233995736766e-17;
const T24 = 16777216.0, T27 = 134217728.0;

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

// the table row of the last rowSum(): index and coefficient count
let ROW = 0, NCOEF = 0;

/** Picks the table row for 1/8 <= |x| < 0.96875 (k: high word of |x|). */
function pickRow(k: number): void {
  if (k < 0x3fe00000) {
    ROW = k < 0x3fd00000 ? 11 * ((k & 0xfffff) >> 15) : 11 * ((k & 0xfffff) >> 14) + 352;
    NCOEF = 5;
  } else if (k < 0x3fe80000) {
    ROW = 1056 + ((k & 0xfe000) >> 11) * 3;
    NCOEF = 6;
  } else if (k < 0x3fed8000) {
    ROW = 992 + ((k & 0xfe000) >> 13) * 13;
    NCOEF = 7;
  } else if (k < 0x3fee8000) {
    ROW = 884 + ((k & 0xfe000) >> 13) * 14;
    NCOEF = 8;
  } else {
    ROW = 768 + ((k & 0xfe000) >> 13) * 15;
    NCOEF = 9;
  }
}

/** slope*xx + xx^2*poly(xx) + correction for the picked row (asin(|x|) - asin(x0)). */
function rowSum(ax: number): number {
  const n = ROW, m = NCOEF;
  const xx = ax - T[n]!;
  let q = T[n + 1 + m]!;
  for (let j = n + m; j >= n + 2; j--) q = fma(xx, q, T[j]!);
  const p = fma(xx * xx, q, T[n + 2 + m]!);
  return fma(T[n + 1]!, xx, p);
}

// near 1: sqrt((1-|x|)/2) = Y + CC, and the polynomial part P
let Y = 0, CC = 0, P = 0;
function nearOne(ax: number, acos: boolean): void {
  const z = 0.5 * (1.0 - ax);
  f64[0] = z;
  const kz = u32[1]! | 0;
  let t = INROOT[(kz & 0x001fffff) >> 14]! * 2 ** (511 - (kz >> 21));
  const r = fma(-(t * t), z, 1.0);
  t = t * fma(r, fma(r, fma(r, RT3, RT2), RT1), RT0);
  const c = t * z;
  const inner = fma(-(0.5 * t), c, 1.5);
  const y = acos ? fma(-T27, c, fma(T27, c, c)) : (c + T24) - T24;
  const cc = fma(-y, y, z) / fma(c, inner, y);
  let p = fma(F6, z, F5);
  p = fma(p, z, F4);
  p = fma(p, z, F3);
  p = fma(p, z, F2);
  p = fma(p, z, F1);
  Y = y;
  CC = cc;
  P = p * z;
}

export function asin(x: number): number {
  f64[0] = x;
  const k = u32[1]! & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    return fma(poly(x2), x2 * x, x);
  }
  const ax = Math.abs(x);
  let res: number;
  if (k < 0x3fef0000) {
    pickRow(k);
    res = T[ROW + 3 + NCOEF]! + rowSum(ax);
  } else if (k < 0x3ff00000) {
    nearOne(ax, false);
    const cor = fma(-(2.0 * (Y + CC)), P, HP1 - 2.0 * CC);
    res = (HP0 - 2.0 * Y) + cor;
  } else if (ax === 1) {
    res = HP0;
  } else {
    return NaN;
  }
  return x < 0 ? -res : res;
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
  const ax = Math.abs(x);
  if (k < 0x3fef0000) {
    pickRow(k);
    const base = T[ROW + 3 + NCOEF]!, t = rowSum(ax);
    return x > 0 ? (HP0 - base) + (HP1 - t) : (HP0 + base) + (HP1 + t);
  }
  if (k < 0x3ff00000) {
    nearOne(ax, true);
    // (y + cc) * p appears in both branches: the compiled code computes it once before the branch
    // and, used in two blocks, it is not fused with either sum (measured: fusing gives mismatches).
    let res: number;
    if (x < 0) {
      const cor = (HP1 - CC) - (Y + CC) * P;
      res = (HP0 - Y) + cor;
    } else {
      res = Y + (CC + P * (Y + CC));
    }
    return res + res;
  }
  if (x === 1) return 0;
  if (x === -1) return 2.0 * HP0;
  return NaN;
}
