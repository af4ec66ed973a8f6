/**
 * Correctly rounded exp, log and hypot for complex arithmetic. CPython calls the C library
 * (glibc's hypot is correctly rounded in practice); JS's Math.hypot is not, so abs(complex) and
 * the complex exp/log steps are computed here in double-double arithmetic (~106 bits) and rounded
 * once. x ** y itself follows glibc's pow (src/modules/libm.ts), as CPython's float_pow calls it.
 *
 * A double-double is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
 */

const SPLIT = 134217729; // 2**27 + 1 (Dekker)

// scratch results of the error-free transformations (avoid allocating pairs)
let rh = 0, rl = 0;

/** hi + lo = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  rl = (a - (s - bb)) + (b - bb);
  rh = s;
}
/** hi + lo = a * b exactly (Dekker's product). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  rl = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  rh = p;
}
/** (ah + al) + (bh + bl) */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = rh, sl = rl;
  twoSum(al, bl);
  const th = rh, tl = rl;
  let c = sl + th;
  twoSum(sh, c);
  const vh = rh;
  c = rl + tl;
  twoSum(vh, c);
}
/** (ah + al) * (bh + bl) */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ph = rh;
  const pl = rl + (ah * bl + al * bh);
  twoSum(ph, pl);
}
/** (ah + al) / (bh + bl) */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -rh, -rl);
  const r1h = rh, r1l = rl;
  const q2 = r1h / bh;
  ddMul(q2, 0, bh, bl);
  ddAdd(r1h, r1l, -rh, -rl);
  const q3 = rh / bh;
  twoSum(q1, q2);
  ddAdd(rh, rl, q3, 0);
}

const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** log(x) as a double-double in (rh, rl), for finite x > 0. */
function ddLog(x: number): void {
  // x = m * 2**e with m in [sqrt(1/2), sqrt(2))
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 64;
    e = -64;
  }
  f64[0] = x;
  e += ((u32[HI]! >>> 20) & 0x7ff) - 1023;
  u32[HI] = (u32[HI]! & 0x800fffff) | (1023 << 20);
  let m = f64[0]!;
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1)
  twoSum(m, 1);
  ddDiv(m - 1, 0, rh, rl);
  const sh = rh, sl = rl;
  ddMul(sh, sl, sh, sl);
  const s2h = rh, s2l = rl;
  // sum s^(2k+1) / (2k+1), k = 0..K
  let th = sh, tl = sl; // current power
  let ah = sh, al = sl; // accumulated sum
  for (let k = 1; k < 40; k++) {
    ddMul(th, tl, s2h, s2l);
    th = rh;
    tl = rl;
    ddDiv(th, tl, 2 * k + 1, 0);
    if (Math.abs(rh) < 1e-40 * Math.abs(ah)) break;
    ddAdd(ah, al, rh, rl);
    ah = rh;
    al = rl;
  }
  // 2 * sum + e * ln2
  ddMul(e, 0, LN2_HI, LN2_LO);
  const eh = rh, el = rl;
  ddAdd(2 * ah, 2 * al, eh, el);
}

/** exp(zh + zl) as a double-double scaled by 2**n: returns n, mantissa in (rh, rl). */
function ddExp(zh: number, zl: number): number {
  const n = Math.round(zh / LN2_HI);
  // r = z - n ln2
  ddMul(n, 0, LN2_HI, LN2_LO);
  ddAdd(zh, zl, -rh, -rl);
  // r / 2**10, Taylor series, then square 10 times
  let xh = rh / 1024, xl = rl / 1024;
  let sh = 1, sl = 0; // sum
  let th = 1, tl = 0; // term
  for (let k = 1; k < 20; k++) {
    ddMul(th, tl, xh, xl);
    ddDiv(rh, rl, k, 0);
    th = rh;
    tl = rl;
    ddAdd(sh, sl, th, tl);
    sh = rh;
    sl = rl;
    if (Math.abs(th) < 1e-36) break;
  }
  for (let i = 0; i < 10; i++) {
    ddMul(sh, sl, sh, sl);
    sh = rh;
    sl = rl;
  }
  rh = sh;
  rl = sl;
  void xh;
  void xl;
  return n;
}

/** (hi + lo) * 2**n rounded once to a double (subnormal results included). */
function scaleRound(hi: number, lo: number, n: number): number {
  // normalise so that hi is the correctly rounded sum
  twoSum(hi, lo);
  hi = rh;
  lo = rl;
  const r = hi * 2 ** n;
  if (n > -1000 && Math.abs(r) >= 2.2250738585072014e-308) {
    if (n > 1023) return hi * 2 ** 1023 * 2 ** (n - 1023);
    return r;
  }
  // subnormal / extreme range: scale in two steps, adding lo before the final rounding
  const a = n < -1000 ? -1000 : 0;
  const h2 = hi * 2 ** (n - a), l2 = lo * 2 ** (n - a);
  // the final multiplication by 2**a may round (subnormal); fold lo in first
  const big = (h2 + l2) * 2 ** a;
  return big;
}

/** e ** x (correctly rounded). */
export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  const n = ddExp(x, 0);
  return scaleRound(rh, rl, n);
}
/** log(x) for finite x > 0 (correctly rounded). */
export function crLog(x: number): number {
  if (x === 1) return 0;
  ddLog(x);
  return rh + rl;
}

/**
 * hypot(x, y) as the C library computes it (glibc >= 2.35 without FMA: Borges' one-step
 * correction of sqrt(x*x + y*y), "An Improved Algorithm for hypot(a, b)", 2019), with the
 * scaling of huge and tiny operands; finite x, y.
 */
export function crHypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x, ay = x < y ? x : y;
  const EPS = 2 ** -54, SCALE = 2 ** -600;
  if (ax > 2 ** 511) {
    if (ay <= ax * EPS) return ax + ay;
    return borges(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < 2 ** -511) {
    if (ax >= ay / EPS) return ax + ay;
    return borges(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return borges(ax, ay);
}
function borges(x: number, y: number): number {
  let h = Math.sqrt(x * x + y * y);
  let t1: number, t2: number;
  if (h <= 2 * y) {
    const d = h - y;
    t1 = x * (2 * d - x);
    t2 = (d - 2 * (x - y)) * d;
  } else {
    const d = h - x;
    t1 = 2 * d * (x - 2 * y);
    t2 = (4 * d - y) * y + d * d;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}
