/**
 * pow as glibc 2.36 computes it on x86-64 with FMA (ARM optimized-routines' pow, the ifunc
 * variant built with -mfma): log(x) to about 68 bits as hi + lo (a 128-entry table of 1/c with
 * few bits, log(c) split in two, and a degree-7 polynomial), then exp(y*hi + y*lo) with the
 * exp table of libm_exp_table.ts and the sign applied through the scale's sign bit.
 * Special cases (zeros, infinities, nan, negative x, huge/tiny y, subnormal x) follow the C
 * code's order, which is C99 Annex F's pow.
 * Every fma() stands where the compiled code has a fused multiply-add. Where the fused result is
 * known to be cheaper to get exactly (an exact product, or the rounding error of a product that
 * was just computed: fma(a, b, -RN(a*b)) is that error, always representable), the site says so
 * and computes it in plain arithmetic (prodErr, Dekker's product); the bits are the same.
 */
import { fma, fmaSplit, prodErr, splitHi } from "./libm_fma.ts";
import { POW_LOG_INVC_LOGC_TAIL as T } from "./libm_data.ts";
import { EXP_TAB } from "./libm_exp_table.ts";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

const LN2_HI = 0.6931471805598903, LN2_LO = 5.497923018708371e-14;
// log1p(r) coefficients, pre-scaled as the evaluation expects (A0 = -0.5)
const A1 = -0.6666666666666679, A2 = 0.5000000000000007, A3 = 0.7999999995323976;
const A4 = -0.6666666663487739, A5 = -1.142909628459501, A6 = 1.0000415263675542;
// exp part (shared constants with exp)
const INV_LN2_N = 1.4426950408889634 * 128;
const NEG_LN2_HI_N = -0.005415212348111709, NEG_LN2_LO_N = -1.2864023111638346e-14;
const SHIFT = 6755399441055744;
const C2 = 0.49999999999996786, C3 = 0.16666666666665886;
const C4 = 0.0416666808410674, C5 = 0.008333335853059549;

/** logInline's second result (a typed array: a module-level number would be a fresh heap box per store). */
const LOG_TAIL = new Float64Array(1);

// LN2_LO split into 26 + 23 bits, so that k * LN2_LO_H and k * LN2_LO_L are exact for |k| < 2**11
const LN2_LO_H = splitHi(LN2_LO);
const LN2_LO_L = LN2_LO - LN2_LO_H;

/** log(x) = result + LOG_TAIL[0] for x given by its words (hi may carry a negative exponent). */
function logInline(hi: number, lo: number): number {
  const tmp = hi - 0x3fe69555;
  const i = (tmp >> 13) & 127;
  const k = tmp >> 20;
  u32[1] = (hi - (tmp & 0xfff00000)) >>> 0;
  u32[0] = lo;
  const z = f64[0]!;
  const invc = T[3 * i]!, logc = T[3 * i + 1]!, logctail = T[3 * i + 2]!;
  // r = fma(z, invc, -1.0): z*invc = p + e exactly, p - 1 is exact (p in [0.5, 2]), so one
  // rounding of (p - 1) + e is the fused result
  const p = z * invc;
  const r = (p - 1.0) + prodErr(z, invc, p);
  // fma(k, LN2_HI, logc): k * LN2_HI is exact (|k| < 2**11, LN2_HI has 42 bits)
  const t1 = k * LN2_HI + logc;
  const t2 = t1 + r;
  // fma(k, LN2_LO, logctail): the product split exactly as k*LN2_LO_H + k*LN2_LO_L
  const kl = k * LN2_LO;
  const lo1 = k === 0 ? logctail : fmaSplit(kl, (k * LN2_LO_H - kl) + k * LN2_LO_L, logctail);
  const lo2 = t1 - t2 + r;
  const ar = -0.5 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const h = t2 + ar2;
  const lo3 = prodErr(ar, r, ar2); // fma(ar, r, -ar2), ar2 = RN(r * ar)
  const lo4 = t2 - h + ar2;
  const q = fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
  const l = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = h + l;
  LOG_TAIL[0] = h - y + l;
  return y;
}

function words(hi: number, lo: number): number {
  u32[0] = lo;
  u32[1] = hi;
  return f64[0]!;
}

/** sign * exp(x + xtail); sign negative when neg. */
function expInline(x: number, xtail: number, neg: boolean): number {
  f64[0] = x;
  let abstop = (u32[1]! >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) {
      const one = 1.0 + x;
      return neg ? -one : one;
    }
    if (abstop >= 0x409) {
      if (x < 0) return neg ? -0 : 0;
      return neg ? -Infinity : Infinity;
    }
    abstop = 0;
  }
  let kd = fma(INV_LN2_N, x, SHIFT);
  f64[0] = kd;
  const k = u32[0]! | 0;
  kd -= SHIFT;
  // fma(kd, NEG_LN2_HI_N, x): the product is exact when |kd| < 2**17 (NEG_LN2_HI_N has 36 bits)
  let r = fma(kd, NEG_LN2_LO_N, Math.abs(kd) < 131072 ? kd * NEG_LN2_HI_N + x : fma(kd, NEG_LN2_HI_N, x));
  r += xtail;
  const ti = (k & 127) << 2;
  const tail = words(EXP_TAB[ti + 1]!, EXP_TAB[ti]!);
  const sLo = EXP_TAB[ti + 2]!;
  const sHi = (EXP_TAB[ti + 3]! + ((k + (neg ? 0x40000 : 0)) << 13)) | 0;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (abstop === 0) {
    if (k >= 0) {
      const scale = words((sHi - (1009 << 20)) | 0, sLo);
      return fma(scale, tmp, scale) * 2 ** 1009;
    }
    const sh = (sHi + (1022 << 20)) | 0;
    const scale = words(sh, sLo);
    let y = scale + scale * tmp;
    if (Math.abs(y) < 1.0) {
      const one = y < 0 ? -1.0 : 1.0;
      let lo = scale - y + scale * tmp;
      const hi = one + y;
      lo = one - hi + y + lo;
      y = (hi + lo) - one;
      if (y === 0) y = sh < 0 ? -0 : 0;
    }
    return 2.2250738585072014e-308 * y;
  }
  const scale = words(sHi, sLo);
  return fma(scale, tmp, scale);
}

/** 0: not an integer, 1: odd integer, 2: even integer (y finite, nonzero). */
function intKind(y: number): number {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= 9007199254740992) return 2;
  return y % 2 === 0 ? 2 : 1;
}

export function pow(x: number, y: number): number {
  f64[0] = x;
  let xhi = u32[1]!;
  let xlo = u32[0]!;
  f64[0] = y;
  const yhi = u32[1]!;
  const topx = xhi >>> 20, topy = yhi >>> 20;
  let neg = false;
  if (((topx - 1) >>> 0) >= 0x7ff - 1 || (((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
    // y is 0, inf or nan
    if (y === 0 || y !== y || Math.abs(y) === Infinity) {
      if (y === 0) return 1.0;
      if (x === 1) return 1.0;
      if (x !== x || y !== y) return x + y;
      const ax = Math.abs(x);
      if (ax === 1) return 1.0;
      if ((ax < 1) === (y > 0)) return 0.0;
      return y * y;
    }
    // x is 0, inf or nan
    if (x === 0 || x !== x || Math.abs(x) === Infinity) {
      let x2 = x * x;
      const xneg = x < 0 || (x === 0 && 1 / x < 0);
      if (xneg && intKind(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    // x, y finite, nonzero
    if (x < 0) {
      const yint = intKind(y);
      if (yint === 0) return NaN;
      if (yint === 1) neg = true;
      xhi &= 0x7fffffff;
    }
    if ((((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
      if (xhi === 0x3ff00000 && xlo === 0) return 1.0;
      const xgt1 = xhi > 0x3ff00000 || (xhi === 0x3ff00000 && xlo > 0);
      if ((topy & 0x7ff) < 0x3be) return xgt1 ? 1.0 + y : 1.0 - y;
      return xgt1 === (topy < 0x800) ? Infinity : 0;
    }
    if ((xhi >>> 20) === 0) {
      // subnormal |x|: normalize, the exponent going negative
      f64[0] = Math.abs(x) * 4503599627370496;
      xhi = (u32[1]! & 0x7fffffff) - (52 << 20);
      xlo = u32[0]!;
    }
  }
  const hi = logInline(xhi | 0, xlo);
  const lo = LOG_TAIL[0]!;
  const ehi = y * hi;
  const elo = fma(y, lo, prodErr(y, hi, ehi)); // fma(y, hi, -ehi) is the product's error
  return expInline(ehi, elo, neg);
}
