/**
 * The C math library (libm) functions the math and cmath modules call, with the bits of glibc's
 * (what CPython on Linux gets; docs/internals/libm.md). JS's Math functions are fdlibm ports that
 * differ from glibc by an ulp for a few percent of arguments, so each function here follows
 * glibc 2.36's own algorithm, operation by operation, including the fused multiply-adds of the
 * x86-64 FMA builds its ifuncs select:
 *   - sin, cos (libm_sin.ts), exp, exp2 (libm_exp.ts), log (libm_log.ts), log2 (libm_log2.ts),
 *     pow (libm_pow.ts), tan (libm_tan.ts), asin, acos (libm_asin.ts), atan (libm_atan.ts),
 *     atan2 (libm_atan2.ts);
 *   - sinh, cosh, tanh, asinh, acosh, atanh, expm1, log1p, log10, cbrt, erf, erfc
 *     (libm_fdlibm.ts);
 * Special values (nan, infinities, signed zeros) follow C99 Annex F.
 */
import * as FD from "./libm_fdlibm.ts";
import * as SC from "./libm_sin.ts";
import * as EX from "./libm_exp.ts";
import * as LG from "./libm_log.ts";
import * as PW from "./libm_pow.ts";
import * as L2 from "./libm_log2.ts";
import * as AT from "./libm_atan.ts";
import { atan2Finite } from "./libm_atan2.ts";
import * as TN from "./libm_tan.ts";
import * as AS from "./libm_asin.ts";

export const exp = EX.exp;
export const exp2 = EX.exp2;
export const log = LG.log;
export const log2 = L2.log2;
export const pow = PW.pow;
export const sin = SC.sin;
export const cos = SC.cos;
export const tan = TN.tan;
export const asin = AS.asin;
export const acos = AS.acos;
export const atan = AT.atan;
/** atan2 with C99 Annex F's special values (as glibc's e_atan2.c orders them); finite nonzero x, y go to libm_atan2.ts. */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return x + y;
  const yneg = y < 0 || (y === 0 && 1 / y < 0);
  const xneg = x < 0 || (x === 0 && 1 / x < 0);
  let r: number;
  if (y === 0) r = xneg ? Math.PI : 0;
  else if (x === 0) r = Math.PI / 2;
  else if (Math.abs(y) === Infinity) {
    if (x === Infinity) r = Math.PI / 4;
    else if (x === -Infinity) r = 2.356194490192345;
    else r = Math.PI / 2;
  } else if (x === Infinity) r = 0;
  else if (x === -Infinity) r = Math.PI;
  else return atan2Finite(y, x);
  return yneg ? -r : r;
}
export const sinh = FD.sinh;
export const cosh = FD.cosh;
export const tanh = FD.tanh;
export const asinh = FD.asinh;
export const acosh = FD.acosh;
export const atanh = FD.atanh;
export const expm1 = FD.expm1;
export const log1p = FD.log1p;
export const log10 = FD.log10;
export const cbrt = FD.cbrt;
export const erf = FD.erf;
export const erfc = FD.erfc;
export const sqrt = Math.sqrt;

/** C fmod: JS's % on numbers is exactly IEEE fmod (sign of x, exact). */
export function fmod(x: number, y: number): number {
  return x % y;
}

// ---- bit-level helpers ---------------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** high 32 bits of the IEEE representation (sign, exponent, top of mantissa) */
export function hiWord(x: number): number {
  f64[0] = x;
  return u32[1]! | 0;
}
export function loWord(x: number): number {
  f64[0] = x;
  return u32[0]!;
}
export function fromWords(hi: number, lo: number): number {
  u32[1] = hi >>> 0;
  u32[0] = lo >>> 0;
  return f64[0]!;
}
export function copysign(x: number, y: number): number {
  const neg = y < 0 || (y === 0 && 1 / y < 0) || (y !== y && (hiWord(y) & 0x80000000) !== 0);
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

/** frexp: [m, e] with x = m * 2**e, 0.5 <= |m| < 1 (x returned as is for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let hi = hiWord(x);
  let e = (hi >>> 20) & 0x7ff;
  let y = x;
  let adj = 0;
  if (e === 0) {
    // subnormal: scale up by 2**54 first
    y = x * 18014398509481984;
    hi = hiWord(y);
    e = (hi >>> 20) & 0x7ff;
    adj = -54;
  }
  const m = fromWords((hi & 0x800fffff) | (1022 << 20), loWord(y));
  return [m, e - 1022 + adj];
}

/** ldexp(x, n), correctly rounded (also into the subnormal range). n: any integer number. */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = frexp(x);
  const k = e + n; // result = m * 2**k, 0.5 <= |m| < 1
  if (k > 1024) return m > 0 ? Infinity : -Infinity;
  if (k >= -1021) return k === 1024 ? m * 2 * pow2(1023) : m * pow2(k);
  if (k < -1130) return m > 0 ? 0 : -0;
  // subnormal result: m * 2**(k+1074) is exact, the multiply by 2**-1074 rounds once
  return m * pow2(k + 1074) * 5e-324;
}
/** 2**n exactly for -1074 <= n <= 1023 (0 below). */
export function pow2(n: number): number {
  if (n >= -1022) return fromWords((n + 1023) << 20, 0);
  if (n < -1074) return 0;
  const s = n + 1074; // bit position in the subnormal
  return s >= 32 ? fromWords(1 << (s - 32), 0) : fromWords(0, 2 ** s);
}

/** nextafter(x, y) as C99. */
export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  let lo = u32[0]!, hi = u32[1]!;
  const up = (y > x) === (x > 0);
  if (up) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  u32[0] = lo;
  u32[1] = hi;
  return f64[0]!;
}

/** C99 round(): half away from zero. */
export function cround(x: number): number {
  if (!Number.isFinite(x)) return x;
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  if (d >= 0.5) return t + (x < 0 ? -1 : 1);
  return t === 0 ? copysign(0, x) : t;
}
