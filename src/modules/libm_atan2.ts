/**
 * atan2 for finite nonzero x and y as glibc 2.36 computes it on x86-64 with FMA (IBM Accurate
 * Mathematical Library, dbl-64 e_atan2.c after the removal of its multi-precision stages, built
 * with -mfma; every fma() is a contraction of that build). Special values (zeros, infinities,
 * nan) are handled by the caller (libm.ts).
 *
 * u = min(|x|,|y|) / max(|x|,|y|) as u + du (du from an exact product), then one of four
 * quadrant formulas: atan(u), pi/2 - atan(u), pi/2 + atan(u), pi - atan(u), each with the
 * odd polynomial for u < 1/16 or the table of libm_atan.ts (ATAN_CIJ) above.
 */
import { fma } from "./libm_fma.ts";
import { ATAN_CIJ as CIJ } from "./libm_data.ts";

const D3 = -0.3333333333333333, D5 = 0.19999999999998855, D7 = -0.14285714283953163;
const D9 = 0.11111109821886427, D11 = -0.09090424391727987, D13 = 0.07601836584380736;
const HPI = 1.5707963267948966, HPI1 = 6.123233995736766e-17; // pi/2 = HPI + HPI1
const OPI = 3.141592653589793, OPI1 = 1.2246467991473532e-16; // pi = OPI + OPI1
const TWO52 = 4503599627370496;
const TWO500 = 2 ** 500, TWOM500 = 2 ** -500;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function expField(v: number): number {
  f64[0] = v;
  return u32[1]! & 0x7ff00000;
}

function oddPoly(v: number): number {
  let p = fma(v, D13, D11);
  p = fma(v, p, D9);
  p = fma(v, p, D7);
  p = fma(v, p, D5);
  return fma(v, p, D3);
}
/** c2 + v*(c3 + ...) of table row k (7 doubles per row); with c2 when full, else from c3. */
function rowTail(k: number, v: number): number {
  let q = fma(v, CIJ[k + 6]!, CIJ[k + 5]!);
  q = fma(v, q, CIJ[k + 4]!);
  return fma(v, q, CIJ[k + 3]!);
}

export function atan2Finite(y: number, x: number): number {
  const de = expField(y) - expField(x);
  if (de >= 57 << 20) return y > 0 ? HPI : -HPI;
  let ax = Math.abs(x), ay = Math.abs(y);
  if (de <= -(57 << 20)) {
    if (x > 0) {
      const z = ay / ax;
      return y < 0 ? -z : z;
    }
    return y > 0 ? OPI : -OPI;
  }
  if (ax < TWOM500 || ay < TWOM500) {
    ax *= TWO500;
    ay *= TWO500;
  }
  if (ax > TWO500 || ay > TWO500) {
    ax *= TWOM500;
    ay *= TWOM500;
  }
  let u: number, du: number;
  if (ay < ax) {
    u = ay / ax;
    const v = ax * u;
    const vv = fma(ax, u, -v);
    du = ((ay - v) - vv) / ax;
  } else {
    u = ax / ay;
    const v = ay * u;
    const vv = fma(ay, u, -v);
    du = ((ax - v) - vv) / ay;
  }
  let z: number;
  const small = u < 0.0625;
  let k = 0;
  if (!small) k = 7 * ((TWO52 + 256 * u) - TWO52 - 16);
  if (x > 0) {
    if (ay < ax) {
      // atan(u)
      if (small) {
        const v = u * u;
        const zz = fma(u * v, oddPoly(v), du);
        z = u + zz;
      } else {
        const t3 = u - CIJ[k]!;
        const v = t3 + du;
        const dv = Math.abs(t3) > Math.abs(du) ? (t3 - v) + du : (du - v) + t3;
        const t2 = CIJ[k + 2]!;
        const inner = fma(dv, t2, (v * v) * rowTail(k, v));
        z = CIJ[k + 1]! + fma(v, t2, inner);
      }
    } else if (small) {
      // pi/2 - atan(u)
      const v = u * u;
      const t2 = HPI - u;
      const cor = (HPI - t2) - u;
      z = t2 + fma(-(u * v), oddPoly(v), (HPI1 + cor) - du);
    } else {
      const v = (u - CIJ[k]!) + du;
      const zz = fma(-v, fma(v, rowTail(k, v), CIJ[k + 2]!), HPI1);
      z = (HPI - CIJ[k + 1]!) + zz;
    }
  } else if (ax < ay) {
    // pi/2 + atan(u)
    if (small) {
      const v = u * u;
      const t2 = HPI + u;
      const cor = (HPI - t2) + u;
      z = t2 + fma(u * v, oddPoly(v), (HPI1 + cor) + du);
    } else {
      const v = (u - CIJ[k]!) + du;
      const zz = fma(v, fma(v, rowTail(k, v), CIJ[k + 2]!), HPI1);
      z = (HPI + CIJ[k + 1]!) + zz;
    }
  } else if (small) {
    // pi - atan(u)
    const v = u * u;
    const t2 = OPI - u;
    const cor = (OPI - t2) - u;
    z = t2 + fma(-(u * v), oddPoly(v), (OPI1 + cor) - du);
  } else {
    const v = (u - CIJ[k]!) + du;
    const zz = fma(-v, fma(v, rowTail(k, v), CIJ[k + 2]!), OPI1);
    z = (OPI - CIJ[k + 1]!) + zz;
  }
  return y < 0 ? -z : z;
}
