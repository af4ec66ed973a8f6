/**
 * atan as glibc 2.36 computes it on x86-64 with FMA (IBM Accurate Mathematical Library,
 * dbl-64 s_atan.c after the removal of its multi-precision stages: each range returns its first
 * double-precision estimate), built with -mfma: every fma() is a contraction of that build.
 *
 *   |x| < 1.29e-8          x
 *   |x| < 1/16             odd polynomial in x (D3..D13)
 *   1/16 <= |x| < 1        table point x0 near |x| (ATAN_CIJ, step 1/256, Gal's accurate
 *                          table: atan(x0) has extra zero bits) plus a degree-5 polynomial
 *                          in z = |x| - x0
 *   1 <= |x| < 16          the same on w = 1/|x| (w + ww exact to ~2^-106), from pi/2
 *   16 <= |x| < 5.8e15     pi/2 - odd polynomial in w
 *   larger                 +-pi/2
 */
import { fma } from "./libm_fma.ts";
import { ATAN_CIJ as CIJ } from "./libm_data.ts";

const D3 = -0.3333333333333333, D5 = 0.19999999999998855, D7 = -0.14285714283953163;
const D9 = 0.11111109821886427, D11 = -0.09090424391727987, D13 = 0.07601836584380736;
const A = 1.2904777690891933e-8, E = 5805361265115136.0;
const HPI = 1.5707963267948966, HPI1 = 6.123233995736766e-17; // pi/2 = HPI + HPI1
const TWO52 = 4503599627370496;

/** D3..D13 polynomial in v (Horner, fused). */
function oddPoly(v: number): number {
  let yy = fma(v, D13, D11);
  yy = fma(v, yy, D9);
  yy = fma(v, yy, D7);
  yy = fma(v, yy, D5);
  return fma(v, yy, D3);
}

/** c2 + z*(c3 + z*(c4 + z*(c5 + z*c6))) of table row k (7 doubles per row). */
function rowPoly(k: number, z: number): number {
  let yy = fma(z, CIJ[k + 6]!, CIJ[k + 5]!);
  yy = fma(z, yy, CIJ[k + 4]!);
  yy = fma(z, yy, CIJ[k + 3]!);
  return fma(z, yy, CIJ[k + 2]!);
}

export function atan(x: number): number {
  if (x !== x) return x + x;
  const u = Math.abs(x);
  let y: number;
  if (u < 1) {
    if (u < 0.0625) {
      if (u < A) return x;
      const v = x * x;
      return fma(oddPoly(v), x * v, x);
    }
    const k = 7 * ((TWO52 + 256 * u) - TWO52 - 16);
    const z = u - CIJ[k]!;
    y = fma(rowPoly(k, z), z, CIJ[k + 1]!);
  } else if (u < 16) {
    const w = 1 / u;
    const t1 = w * u;
    const t2 = fma(w, u, -t1); // w*u = t1 + t2 exactly
    const k = 7 * ((TWO52 + 256 * w) - TWO52 - 16);
    const z = fma(w, (1 - t1) - t2, w - CIJ[k]!);
    const yy = fma(-z, rowPoly(k, z), HPI1);
    y = (HPI - CIJ[k + 1]!) + yy;
  } else if (u < E) {
    const w = 1 / u;
    const v = w * w;
    const t1 = w * u;
    const t2 = fma(w, u, -t1);
    const p = oddPoly(v);
    const t3 = HPI - w;
    const cor = (HPI - t3) - w;
    const r = fma(-p, w * v, fma(-w, (1 - t1) - t2, HPI1 + cor));
    y = t3 + r;
  } else {
    return x > 0 ? HPI : -HPI;
  }
  return x < 0 ? -y : y;
}
