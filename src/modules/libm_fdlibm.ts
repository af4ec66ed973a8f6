/**
 * glibc's functions that are not correctly rounded, following glibc's (fdlibm-derived)
 * algorithms step by step so the results agree: sinh, cosh, tanh, asinh, acosh (over expm1,
 * log1p and glibc's nearly correctly rounded exp/log, here libm_dd.ts), log10 (k*log10(2) split
 * plus log(m)/ln10), cbrt (glibc's polynomial + one rational Newton step), erf/erfc (fdlibm's
 * rational approximations; the coefficients are the published fdlibm/glibc constants).
 * expm1, log1p and atanh are V8's fdlibm ports (JS Math), which agree with glibc's.
 */
import { exp as ddexp, log as ddlog } from "./libm_dd.ts";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function hiWord(x: number): number {
  f64[0] = x;
  return u32[1]! | 0;
}
function withLowZero(x: number): number {
  f64[0] = x;
  u32[0] = 0;
  return f64[0]!;
}

export const expm1 = Math.expm1;
export const log1p = Math.log1p;
export const atanh = Math.atanh;

export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2**-28
    const t = expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * ddexp(ax);
  if (ax <= 7.10475860073943863426e2) {
    const w = ddexp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307 * 1.0e307;
}

export function cosh(x: number): number {
  if (!Number.isFinite(x)) return x * x;
  const ax = Math.abs(x);
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x3fd62e43) {
    // |x| < ln2/2
    if (ix < 0x3c800000) return 1.0;
    const t = expm1(ax);
    const w = 1.0 + t;
    return 1.0 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {
    const t = ddexp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * ddexp(ax);
  if (ax <= 7.10475860073943863426e2) {
    const w = ddexp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function tanh(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const ix = hiWord(x) & 0x7fffffff;
  const ax = Math.abs(x);
  let z: number;
  if (ix < 0x40360000) {
    if (ix < 0x3c800000) return x * (1.0 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2.0 * ax);
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1(-2.0 * ax);
      z = -t / (t + 2.0);
    }
  } else z = 1.0;
  return x < 0 ? -z : z;
}

const LN2 = 6.93147180559945286227e-1;
export function asinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  const ax = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) w = ddlog(ax) + LN2;
  else if (ix > 0x40000000) w = ddlog(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
  else {
    const t = x * x;
    w = log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
  }
  return x < 0 ? -w : w;
}

export function acosh(x: number): number {
  if (x !== x) return x;
  if (x < 1) return NaN;
  const hx = hiWord(x);
  if (hx >= 0x41b00000) {
    if (x === Infinity) return x;
    return ddlog(x) + LN2;
  }
  if (x === 1) return 0;
  if (hx > 0x40000000) {
    const t = x * x;
    return ddlog(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;
export function log10(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  let k = 0;
  let hx = hiWord(x);
  if (hx < 0x00100000) {
    k -= 54;
    x *= 18014398509481984;
    hx = hiWord(x);
  }
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  f64[0] = x;
  u32[1] = hx;
  const m = f64[0]!;
  const z = y * LOG10_2LO + IVLN10 * ddlog(m);
  return z + y * LOG10_2HI;
}

// ---- cbrt (glibc): polynomial estimate on [0.5, 1), one rational Newton step, exact scaling ------

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  // frexp
  let e = 0;
  let ax = Math.abs(x);
  if (ax < 2.2250738585072014e-308) {
    ax *= 18014398509481984;
    e = -54;
  }
  f64[0] = ax;
  const hw = u32[1]!;
  e += ((hw >>> 20) & 0x7ff) - 1022;
  u32[1] = (hw & 0x800fffff) | (1022 << 20);
  const xm = f64[0]!;
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (e % 3)]!;
  const r = ldexpExact(ym, Math.trunc(e / 3));
  return x < 0 ? -r : r;
}
function ldexpExact(v: number, n: number): number {
  if (n > 1000) return v * 2 ** 1000 * 2 ** (n - 1000);
  if (n < -1000) return v * 2 ** -1000 * 2 ** (n + 1000);
  return v * 2 ** n;
}

// ---- erf / erfc (fdlibm) -----------------------------------------------------------------------

const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
const PP = [1.28379167095512558561e-1, -3.25042107247001499370e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5];
const QQ = [0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.96022827877536812320e-6];
const PA = [-2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1, 3.54783043256182359371e-2, -2.16637559486879084300e-3];
const QA = [0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.19844998467991074170e-2];
const RA = [-9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2, -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592];
const SA = [0, 1.96512716674392571292e1, 1.37657754143519042600e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2, 1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2];
const RB = [-9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2, -1.02509513161107724954e3, -4.83519191608651397019e2];
const SB = [0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3, 4.74528541206955367215e2, -2.24409524465858183362e1];

/** y = r/s on |x| < 0.84375 (z = x*x). */
function erfSmall(z: number): number {
  const r1 = PP[0]! + z * PP[1]!, z2 = z * z;
  const r2 = PP[2]! + z * PP[3]!, z4 = z2 * z2;
  const s1 = 1.0 + z * QQ[1]!;
  const s2 = QQ[2]! + z * QQ[3]!;
  const s3 = QQ[4]! + z * QQ[5]!;
  const r = r1 + z2 * r2 + z4 * PP[4]!;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}
/** P/Q on 0.84375 <= |x| < 1.25 (s = |x| - 1). */
function erfMid(s: number): number {
  const P1 = PA[0]! + s * PA[1]!, s2 = s * s;
  const Q1 = 1.0 + s * QA[1]!, s4 = s2 * s2;
  const P2 = PA[2]! + s * PA[3]!, s6 = s4 * s2;
  const Q2 = QA[2]! + s * QA[3]!;
  const P3 = PA[4]! + s * PA[5]!;
  const Q3 = QA[4]! + s * QA[5]!;
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6]!;
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6]!;
  return P / Q;
}
/** exp(-x*x - 0.5625 + R/S) for |x| >= 1.25 (x >= 0), fdlibm's split of x*x. */
function erfTail(x: number, below1o35: boolean): number {
  const s = 1.0 / (x * x);
  let R: number, S: number;
  if (below1o35) {
    const R1 = RA[0]! + s * RA[1]!, s2 = s * s;
    const S1 = 1.0 + s * SA[1]!, s4 = s2 * s2;
    const R2 = RA[2]! + s * RA[3]!, s6 = s4 * s2;
    const S2 = SA[2]! + s * SA[3]!, s8 = s4 * s4;
    const R3 = RA[4]! + s * RA[5]!;
    const S3 = SA[4]! + s * SA[5]!;
    const R4 = RA[6]! + s * RA[7]!;
    const S4 = SA[6]! + s * SA[7]!;
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8]!;
  } else {
    const R1 = RB[0]! + s * RB[1]!, s2 = s * s;
    const S1 = 1.0 + s * SB[1]!, s4 = s2 * s2;
    const R2 = RB[2]! + s * RB[3]!, s6 = s4 * s2;
    const S2 = SB[2]! + s * SB[3]!;
    const R3 = RB[4]! + s * RB[5]!;
    const S3 = SB[4]! + s * SB[5]!;
    const S4 = SB[6]! + s * SB[7]!;
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6]!;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = withLowZero(x);
  return ddexp(-z * z - 0.5625) * ddexp((z - x) * (z + x) + R / S);
}

export function erf(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const hx = hiWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * EFX * x);
      return x + EFX * x;
    }
    return x + x * erfSmall(x * x);
  }
  if (ix < 0x3ff40000) {
    const pq = erfMid(Math.abs(x) - 1.0);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
  const ax = Math.abs(x);
  const r = erfTail(ax, ix < 0x4006db6e);
  return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  const hx = hiWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const y = erfSmall(x * x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = erfMid(Math.abs(x) - 1.0);
    if (hx >= 0) return 1.0 - ERX - pq;
    return 1.0 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300;
    const ax = Math.abs(x);
    const r = erfTail(ax, ix < 0x4006db6d);
    return hx > 0 ? r / ax : 2.0 - r / ax;
  }
  return hx > 0 ? 0 : 2.0 - 1e-300;
}
