/**
 * log as glibc 2.36 computes it on x86-64 with FMA (the ifunc variant built with -mfma; the
 * routine comes from ARM's optimized-routines):
 *   x near 1 (1 - 2**-4 <= x < 1 + 0x1.09p-4): log1p-style polynomial in r = x - 1 with an
 *     exact split of r*r/2;
 *   otherwise x = 2**k * z, z in [0x1.6p-1, 0x1.6p0), split into 128 intervals; the table gives
 *     1/c and log(c) for a c near the interval's centre, and log(x) = k*ln2 + log(c) + log1p(r)
 *     with r = z/c - 1 computed by one fma.
 * Every fma() is a contraction of the compiled code.
 */
import { fma } from "./libm_fma.ts";
import { LOG_INVC_LOGC } from "./libm_data.ts";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

const LN2_HI = 0.6931471805598903, LN2_LO = 5.497923018708371e-14;
// near-1 polynomial (B0 = -0.5)
const B1 = 0.3333333333333352, B2 = -0.24999999999998432, B3 = 0.19999999999320328;
const B4 = -0.16666666669929706, B5 = 0.14285715076560868, B6 = -0.12499997863982555;
const B7 = 0.11110712032936046, B8 = -0.10000486757818193, B9 = 0.09181994006195467;
const B10 = -0.08328363062289341;
// log1p(r) - r for |r| < 1/256
const A0 = -0.5000000000000001, A1 = 0.33333333331825593, A2 = -0.2499999999622955;
const A3 = 0.20000304511814496, A4 = -0.16667054827627667;

/** log(x) for x near 1 (the caller checked the range). */
function logNear1(x: number): number {
  const r = x - 1.0;
  const r2 = r * r;
  const r3 = r * r2;
  const inner = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
  const mid = fma(r3, inner, fma(r2, B6, fma(r, B5, B4)));
  const outer = fma(r3, mid, fma(r2, B3, fma(r, B2, B1)));
  // r*r/2 exactly as rhi*rhi/2 plus a correction (rhi: r's top 26 bits)
  const w0 = r * 134217728;
  const rhi = r + w0 - w0;
  const rlo = r - rhi;
  const w = rhi * rhi * -0.5;
  const hi = r + w;
  let lo = r - hi + w;
  lo = fma(-0.5 * rlo, rhi + r, lo);
  const y = fma(r3, outer, lo);
  return y + hi;
}

export function log(x: number): number {
  f64[0] = x;
  let hi = u32[1]!;
  const lo = u32[0]!;
  // 1 - 2**-4 <= x < 1 + 0x1.09p-4 (unsigned compare on the bits): 0x3fee0000_00000000..0x3ff10900_00000000
  if (hi >= 0x3fee0000 && hi < 0x3ff10900) {
    if (x === 1) return 0;
    return logNear1(x);
  }
  const top = hi >>> 16;
  if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if ((top & 0x8000) !== 0 || (top & 0x7ff0) === 0x7ff0) return NaN;
    // subnormal: scale into the normal range
    f64[0] = x * 4503599627370496; // 2**52
    hi = (u32[1]! - (52 << 20)) | 0;
  }
  const tmp = (hi - 0x3fe60000) | 0;
  const i = (tmp >> 13) & 127;
  const k = tmp >> 20;
  u32[1] = (hi - (tmp & 0xfff00000)) >>> 0;
  if (top >= 0x0010) u32[0] = lo;
  const z = f64[0]!;
  const invc = LOG_INVC_LOGC[2 * i]!, logc = LOG_INVC_LOGC[2 * i + 1]!;
  const r = fma(z, invc, -1.0);
  const w = fma(k, LN2_HI, logc);
  const h = w + r;
  const l = fma(k, LN2_LO, w - h + r);
  const r2 = r * r;
  const q = fma(r2, fma(r, A4, A3), fma(r, A2, A1));
  const t = fma(r * r2, q, fma(r2, A0, l));
  return t + h;
}
