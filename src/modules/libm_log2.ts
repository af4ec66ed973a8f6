/**
 * log2 as glibc 2.36 computes it on x86-64 with FMA (ARM optimized-routines' log2; Debian's
 * 2.36 libm selects an FMA build of it on this CPU: the plain build gives 142 mismatches in
 * 300000, this one none):
 *   x near 1 (1 - 0x1.5b51p-5 <= x < 1 + 0x1.6ab2p-5): r = x - 1, r/ln2 as hi + lo with an
 *     fma for the product's error, plus a degree-11 polynomial;
 *   otherwise x = 2**k * z, 64 intervals of z in [0x1.6p-1, 0x1.6p0): table of 1/c and log2(c)
 *     (the table's chi/clo columns serve the non-FMA build only), r = fma(z, 1/c, -1).
 * Every fma() stands where the compiled code has a fused multiply-add.
 */
import { fma } from "./libm_fma.ts";
import { LOG2_INVC_LOGC_CHI_CLO as T } from "./libm_data.ts";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

const INV_LN2_HI = 1.4426950407214463, INV_LN2_LO = 1.6751713164886512e-10;
const B0 = -0.7213475204444817, B1 = 0.48089834696298744, B2 = -0.360673760222145;
const B3 = 0.2885390081805197, B4 = -0.24044917405728863, B5 = 0.2060992861022954;
const B6 = -0.18033596705327856, B7 = 0.1603032746063156, B8 = -0.14483316576701266;
const B9 = 0.13046826811283835;
const A0 = -0.7213475204444882, A1 = 0.4808983469629985, A2 = -0.36067375954075914;
const A3 = 0.2885390073180969, A4 = -0.2404693555628422, A5 = 0.2061202382173603;

export function log2(x: number): number {
  f64[0] = x;
  let hi = u32[1]!;
  const lo = u32[0]!;
  if (hi >= 0x3feea4af && hi < 0x3ff0b559) {
    if (x === 1) return 0;
    const r = x - 1.0;
    const h = r * INV_LN2_HI;
    let l = fma(r, INV_LN2_LO, fma(r, INV_LN2_HI, -h));
    const r2 = r * r;
    const r4 = r2 * r2;
    const b01 = fma(r, B1, B0); // p = r2 * b01, fused into both sums below
    let y = fma(r2, b01, h);
    l += fma(r2, b01, h - y);
    const q1 = fma(r2, fma(r, B5, B4), fma(r, B3, B2));
    const q2 = fma(r2, fma(r, B9, B8), fma(r, B7, B6));
    l = fma(r4, fma(r4, q2, q1), l);
    y += l;
    return y;
  }
  const top = hi >>> 16;
  if (top < 0x0010 || top >= 0x7ff0) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if ((top & 0x8000) !== 0 || (top & 0x7ff0) === 0x7ff0) return NaN;
    f64[0] = x * 4503599627370496; // subnormal: times 2**52
    hi = (u32[1]! - (52 << 20)) | 0;
  } else {
    f64[0] = x;
  }
  const tmp = hi - 0x3fe60000;
  const i = (tmp >> 14) & 63;
  const k = tmp >> 20;
  u32[1] = (hi - (tmp & 0xfff00000)) >>> 0;
  if (top >= 0x0010) u32[0] = lo;
  const z = f64[0]!;
  const j = 4 * i;
  const invc = T[j]!, logc = T[j + 1]!;
  const r = fma(z, invc, -1.0);
  const t1 = r * INV_LN2_HI;
  const t2 = fma(r, INV_LN2_LO, fma(r, INV_LN2_HI, -t1));
  const t3 = k + logc;
  const h = t3 + t1;
  const l = t3 - h + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(r4, fma(r, A5, A4), fma(r2, fma(r, A3, A2), fma(r, A1, A0)));
  return fma(r2, p, l) + h;
}
