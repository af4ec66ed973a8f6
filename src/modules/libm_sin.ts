/**
 * sin and cos as glibc 2.36 computes them on x86-64 with FMA (IBM Accurate Mathematical Library,
 * dbl-64 s_sin.c without its multi-precision fallbacks, compiled with -mfma so gcc fuses each
 * `a * b + c`): the bits CPython's math.sin/math.cos return on this platform.
 *
 * Layout of the algorithm:
 *   |x| < 2**-26 (sin) / 2**-27 (cos): x / 1.
 *   |x| < 0.855469: sin by a Taylor polynomial (|x| < 0.126) or the table (SINCOS_TAB, step 1/128)
 *     plus short polynomials for sin/cos of the remainder; cos by the table.
 *   |x| < 2.426265: reflect about pi/2 (hp0 + hp1) and use the other function.
 *   |x| < 105414350: x = n*pi/2 + (a + da) with a 3-part pi/2 (mp1, mp2, pp3, pp4).
 *   larger finite: the 2/pi digits reduction (reduceLarge, glibc's branred).
 * Every fma() below stands where the FMA build contracts the C expression; every other operation
 * is one IEEE double operation in the C order.
 */
import { fma, fmaSplit, splitHi } from "./libm_fma.ts";
import { SINCOS_TAB } from "./libm_sincos_table.ts";

// polynomial for sin of |x| < 0.126 (Taylor-like coefficients)
const S1 = -0.16666666666666666, S2 = 0.008333333333332329, S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-06, S5 = -2.5022014848318398e-08;
// short polynomials for the remainder after the table step
const SN3 = -1.66666666666664880952546298448555e-1, SN5 = 8.33333214285722277379541354343671e-3;
const CS2 = 4.99999999999999999999950396842453e-1, CS4 = -4.16666666666664434524222570944589e-2;
const CS6 = 1.38888874007937613028114285595617e-3;
const BIG = 52776558133248.0; // adding it rounds |x| to a multiple of 1/128; the low word is then the index
const HP0 = 1.5707963267948966, HP1 = 6.123233995736766e-17; // pi/2 = HP0 + HP1
const MP1 = 1.5707963407039642, MP2 = -1.3909067564377153e-08;
const PP3 = -4.97899623147991e-17, PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814, TOINT = 6755399441055744.0;
// PP4 split (Veltkamp) into 26 + 27 bits: xn * PP4_H and xn * PP4_L are exact for |xn| <= 2**26
const PP4_H = splitHi(PP4);
const PP4_L = PP4 - PP4_H;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** table index of BIG + |x| (its low word). */
function tabIndex(v: number): number {
  f64[0] = v;
  return u32[0]! << 2;
}

/** cos(x + dx) for |x| < 0.855469 via the table. */
function cosNear(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  const r = ax - (u - BIG) + dx;
  const rr = r * r;
  const s = fma(r * rr, fma(rr, SN5, SN3), r);
  const c = rr * fma(rr, fma(rr, CS6, CS4), CS2);
  const k = tabIndex(u);
  const sn = SINCOS_TAB[k]!, ssn = SINCOS_TAB[k + 1]!, cs = SINCOS_TAB[k + 2]!, ccs = SINCOS_TAB[k + 3]!;
  const cor = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
  return cs + cor;
}

/** sin(x + dx) for |x| < 0.855469. */
function sinNear(x: number, dx: number): number {
  if (Math.abs(x) < 0.126) {
    const xx = x * x;
    const p = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
    const t = fma(fma(p, x, -(0.5 * dx)), xx, dx);
    return x + t;
  }
  const xold = x;
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  const r = ax - (u - BIG);
  const rr = r * r;
  const s = r + fma(r * rr, fma(rr, SN5, SN3), dx);
  const c = fma(r, dx, rr * fma(rr, fma(rr, CS6, CS4), CS2));
  const k = tabIndex(u);
  const sn = SINCOS_TAB[k]!, ssn = SINCOS_TAB[k + 1]!, cs = SINCOS_TAB[k + 2]!, ccs = SINCOS_TAB[k + 3]!;
  const cor = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
  const res = sn + cor;
  return xold < 0 || (xold === 0 && 1 / xold < 0) ? -Math.abs(res) : Math.abs(res);
}

// reduction result: x = n*pi/2 + (RED[0] + RED[1]), n in 0..3
// (typed arrays: a module-level number would be a fresh heap box at every store)
const RED = new Float64Array(2);
export function reducedA(): number {
  return RED[0]!;
}
export function reducedDA(): number {
  return RED[1]!;
}

/** reduction for |x| < 105414350; returns n mod 4. */
function reduceMedium(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  f64[0] = t;
  const n = u32[0]! & 3;
  // |xn| <= 2**26 here, so it has at most 26 significant bits and xn times MP1 (26 bits), MP2
  // (27) and PP3 (26) is exact: each of these fma is one rounding of the plain expression
  let y: number, t2: number, db: number;
  if (Math.abs(xn) <= 67108864) {
    y = (x - xn * MP1) - xn * MP2;
    t2 = y - xn * PP3;
    db = (y - t2) - xn * PP3;
  } else {
    y = fma(-xn, MP2, fma(-xn, MP1, x));
    t2 = fma(-xn, PP3, y);
    db = fma(-xn, PP3, y - t2);
  }
  let b: number;
  if (Math.abs(xn) <= 67108864) {
    // xn * PP4 = p + pe exactly (PP4 pre-split in 26 + 27 bits): fmaSplit with the product known
    const p = xn * PP4;
    const pe = (xn * PP4_H - p) + xn * PP4_L;
    b = fmaSplit(-p, -pe, t2);
    db += fmaSplit(-p, -pe, t2 - b);
  } else {
    b = fma(-xn, PP4, t2);
    db += fma(-xn, PP4, t2 - b);
  }
  RED[0] = b;
  RED[1] = db;
  return n;
}

// 2/pi in base 2**24 digits (the reduction of huge arguments)
const TOVERP = [
  10680707, 7228996, 1387004, 2578385, 16069853, 12639074, 9804092, 4427841, 16666979, 11263675,
  12935607, 2387514, 4345298, 14681673, 3074569, 13734428, 16653803, 1880361, 10960616, 8533493,
  3062596, 8710556, 7349940, 6258241, 3772886, 3769171, 3798172, 8675211, 12450088, 3874808,
  9961438, 366607, 15675153, 9132554, 7151469, 3571407, 2607881, 12013382, 4155038, 6285869,
  7677882, 13102053, 15825725, 473591, 9065106, 15363067, 6271263, 9264392, 5636912, 4652155,
  7056368, 13614112, 10155062, 1944035, 9527646, 15080200, 6658437, 6231200, 6832269, 16767104,
  5075751, 3212806, 1398474, 7579849, 6349435, 12618859, 4703257, 12806093, 14477321, 2786137,
  12875403, 9837734, 14528324, 13719321, 343717,
];
const T576 = 2 ** 576, TM600 = 2 ** -600, TM24 = 2 ** -24;
const BIGR = 6755399441055744, BIG1 = 27021597764222976, SPLIT = 134217729;
const BR_MP1 = 1.5707963407039642, BR_MP2 = -1.3909067675399456e-8;
const R6 = new Float64Array(6);
// partial results of one half of the reduction
const PART = new Float64Array(3);

/** one 26-bit half xi of the scaled argument times 2/pi, modulo 4 (glibc's branred, one pass). */
function reducePart(xi: number): void {
  f64[0] = xi;
  let k = (((u32[1]! >>> 20) & 2047) - 450) / 24 | 0;
  if (k < 0) k = 0;
  let gor = T576 * 2 ** -(k * 24);
  const r = R6;
  for (let i = 0; i < 6; i++) {
    r[i] = xi * TOVERP[k + i]! * gor;
    gor *= TM24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = (r[i]! + BIGR) - BIGR;
    sum += s;
    r[i] = r[i]! - s;
  }
  let t = 0;
  for (let i = 5; i >= 0; i--) t += r[i]!;
  let bb = (((((r[0]! - t) + r[1]!) + r[2]!) + r[3]!) + r[4]!) + r[5]!;
  let s = (t + BIGR) - BIGR;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = (t - b) + bb;
  s = (sum + BIG1) - BIG1;
  sum -= s;
  PART[0] = sum;
  PART[1] = b;
  PART[2] = bb;
}

/** reduction of 105414350 <= |x| < 2**1024 (glibc's branred); returns n mod 4, the remainder in
 *  reducedA() + reducedDA(). Also used by tan. */
export function reduceLarge(x0: number): number {
  const x = x0 * TM600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  reducePart(x1);
  const sum1 = PART[0]!, b1 = PART[1]!, bb1 = PART[2]!;
  reducePart(x2);
  const sum2 = PART[0]!, b2 = PART[1]!, bb2 = PART[2]!;
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + (bb + bb1 + bb2);
  t = ((b - s) + bb) + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = (((t1 * BR_MP1 - b) + t1 * BR_MP2) + t2 * BR_MP1) + (t2 * BR_MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = (b - s) + bb;
  RED[0] = s;
  RED[1] = t;
  return (sum | 0) & 3;
}

/** sin (n even) or cos (n odd) of a + da, negated when n & 2. */
function quadrant(a: number, da: number, n: number): number {
  const r = (n & 1) !== 0 ? cosNear(a, da) : sinNear(a, da);
  return (n & 2) !== 0 ? -r : r;
}

function highWord(x: number): number {
  f64[0] = x;
  return u32[1]! & 0x7fffffff;
}

export function sin(x: number): number {
  const k = highWord(x);
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return sinNear(x, 0);
  if (k < 0x400368fd) {
    const r = cosNear(HP0 - Math.abs(x), HP1);
    return x < 0 ? -Math.abs(r) : Math.abs(r);
  }
  if (k < 0x419921fb) {
    const n = reduceMedium(x);
    return quadrant(RED[0]!, RED[1]!, n);
  }
  if (k < 0x7ff00000) {
    const n = reduceLarge(x);
    return quadrant(RED[0]!, RED[1]!, n);
  }
  return NaN;
}

export function cos(x: number): number {
  const k = highWord(x);
  if (k < 0x3e400000) return 1.0;
  if (k < 0x3feb6000) return cosNear(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = (y - a) + HP1;
    return sinNear(a, da);
  }
  if (k < 0x419921fb) {
    const n = reduceMedium(x);
    return quadrant(RED[0]!, RED[1]!, n + 1);
  }
  if (k < 0x7ff00000) {
    const n = reduceLarge(x);
    return quadrant(RED[0]!, RED[1]!, n + 1);
  }
  return NaN;
}
