/**
 * tan as glibc 2.36 computes it on x86-64 with FMA (IBM Accurate Mathematical Library,
 * dbl-64 s_tan.c, first stages only, built with -mfma; every fma() is a contraction of that
 * build).
 *
 *   |x| <= 1.259e-8        x
 *   |x| <= 0.0608          x + odd polynomial (D3..D11)
 *   |x| <= 0.787           table point xi near |x| (TAN_XFG: xi, tan xi, cot xi, step 1/256),
 *                          tan(xi + z) = Fi + p(z)*(Gi + Fi)/(Gi - p(z)), p(z) ~ tan z
 *   larger                 x = n*pi/2 + (a + da) (three reductions by size, the largest glibc's
 *                          branred from libm_sin.ts); tan or -cot of a + da by the two
 *                          formulas above (-cot with a double-double division for small |a|)
 */
import { fma } from "./libm_fma.ts";
import { TAN_XFG as XFG } from "./libm_data.ts";
import { reduceLarge, reducedA, reducedDA } from "./libm_sin.ts";

const D3 = 0.3333333333333333, D5 = 0.1333333333332673, D7 = 0.05396825411095433;
const D9 = 0.021869380598167253, D11 = 0.008896546349534924;
const E0 = 0.3333333333332254, E1 = 0.13333354920669913;
const G1 = 1.2589993048095494e-8, G2 = 0.060799986124038696, G3 = 0.7869997024536133;
const G4 = 25.0, G5 = 100000000.0, GY2 = 0.060799986124038696;
const MP1 = 1.5707963407039642, MP2 = -1.3909067564377153e-8, MP3 = -4.9789962505147994e-17;
const PP3 = -4.97899623147991e-17, PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814, TOINT = 6755399441055744;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** d3 + a2*(d5 + a2*(d7 + a2*(d9 + a2*d11))) */
function oddPoly(a2: number): number {
  let t = fma(a2, D11, D9);
  t = fma(a2, t, D7);
  t = fma(a2, t, D5);
  return fma(a2, t, D3);
}

/** tan (n even) or -cot (n odd) of a + da for |a| <= 0.787 (reduced argument). */
function fromReduced(a: number, da: number, n: number): number {
  let ya: number, yya: number, sy: number;
  if (a < 0) {
    ya = -a;
    yya = -da;
    sy = -1;
  } else {
    ya = a;
    yya = da;
    sy = 1;
  }
  if (ya <= GY2) {
    const a2 = a * a;
    const t2 = fma(a * a2, oddPoly(a2), da);
    if (n !== 0) {
      // -cot: 1 / (a + t2) in double-double
      const b = a + t2;
      const db = Math.abs(a) > Math.abs(t2) ? (a - b) + t2 : (t2 - b) + a;
      const c = 1.0 / b;
      const u = c * b;
      const uu = fma(c, b, -u);
      const cc = fma(-c, db, (1.0 - u) - uu) / b;
      return -(c + cc);
    }
    return a + t2;
  }
  const k = 4 * ((-15.5 + 256 * ya) | 0);
  const z = (ya - XFG[k]!) + yya;
  const z2 = z * z;
  const pz = fma(z * z2, fma(z2, E1, E0), z);
  const fi = XFG[k + 1]!, gi = XFG[k + 2]!;
  if (n !== 0) {
    const t2 = (pz * (fi + gi)) / (fi + pz);
    return -sy * (gi - t2);
  }
  const t2 = (pz * (gi + fi)) / (gi - pz);
  return sy * (fi + t2);
}

export function tan(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return x - x;
  const w = Math.abs(x);
  if (w <= G1) return x;
  if (w <= G2) {
    const x2 = x * x;
    return fma(oddPoly(x2), x * x2, x);
  }
  if (w <= G3) {
    const k = 4 * ((-15.5 + 256 * w) | 0);
    const z = w - XFG[k]!;
    const z2 = z * z;
    const pz = fma(z * z2, fma(z2, E1, E0), z);
    const fi = XFG[k + 1]!, gi = XFG[k + 2]!;
    const t2 = (pz * (gi + fi)) / (gi - pz);
    const y = fi + t2;
    return x < 0 ? -y : y;
  }
  if (w <= G4) {
    const t = fma(x, HPINV, TOINT);
    const xn = t - TOINT;
    f64[0] = t;
    const n = u32[0]! & 1;
    const t1 = fma(-xn, MP2, fma(-xn, MP1, x));
    const a = fma(-xn, MP3, t1);
    const da = fma(-xn, MP3, t1 - a);
    return fromReduced(a, da, n);
  }
  let a: number, da: number, n: number;
  if (w <= G5) {
    const t = fma(x, HPINV, TOINT);
    const xn = t - TOINT;
    f64[0] = t;
    n = u32[0]! & 1;
    const t1 = fma(-xn, MP2, fma(-xn, MP1, x));
    const tt = fma(-xn, PP3, t1);
    const d0 = fma(-xn, PP3, t1 - tt);
    a = fma(-xn, PP4, tt);
    da = fma(-xn, PP4, tt - a) + d0;
  } else {
    n = reduceLarge(x) & 1;
    a = reducedA();
    da = reducedDA();
  }
  const s = a + da;
  const ds = Math.abs(a) > Math.abs(da) ? (a - s) + da : (da - s) + a;
  return fromReduced(s, ds, n);
}
