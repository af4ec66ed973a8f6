/**
 * Correctly rounded exp, exp2, log, log2, pow, sin, cos, tan, asin, acos, atan, atan2: each is
 * evaluated in double-double arithmetic (about 104 bits) and rounded once, which gives the
 * correctly rounded double except in astronomically rare hard cases — the same results as
 * glibc's implementations of these functions (themselves correctly rounded in all but very
 * rare cases). Trigonometric arguments are reduced modulo pi/2 with pi computed at first use to
 * 1400 bits (BigInt), so huge arguments reduce exactly.
 *
 * A double-double is a pair (hi, lo) with hi = fl(hi + lo); functions return the pair through
 * the module-level registers R_HI / R_LO to avoid allocating.
 */

// ---- double-double primitives ---------------------------------------------------------------------

let R_HI = 0, R_LO = 0;
const SPLITTER = 134217729; // 2**27 + 1

/** hi + lo = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R_HI = s;
  R_LO = (a - (s - bb)) + (b - bb);
}
/** hi + lo = a * b exactly (Dekker; a, b not huge). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  R_HI = p;
  R_LO = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = R_HI;
  let e = R_LO + al + bl;
  const h = s + e;
  e = e - (h - s);
  R_HI = h;
  R_LO = e;
}
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R_HI;
  let e = R_LO + (ah * bl + al * bh);
  const h = p + e;
  e = e - (h - p);
  R_HI = h;
  R_LO = e;
}
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const p = R_HI;
  let e = R_LO + al * b;
  const h = p + e;
  e = e - (h - p);
  R_HI = h;
  R_LO = e;
}
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -R_HI, -R_LO);
  const rh = R_HI, rl = R_LO;
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -R_HI, -R_LO);
  const q3 = R_HI / bh;
  twoSum(q1, q2);
  ddAdd(R_HI, R_LO, q3, 0);
}
function ddSqrt(ah: number, al: number): void {
  if (ah <= 0) {
    R_HI = Math.sqrt(ah);
    R_LO = 0;
    return;
  }
  const s = Math.sqrt(ah);
  twoProd(s, s);
  ddAdd(ah, al, -R_HI, -R_LO);
  const corr = R_HI / (2 * s);
  twoSum(s, corr);
}

// ---- constants in double-double -----------------------------------------------------------------------

const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;
let PI_HI = 3.141592653589793, PI_LO = 1.2246467991473532e-16;
const PIO2_HI = 1.5707963267948966, PIO2_LO = 6.123233995736766e-17;
const PIO4_HI = 0.7853981633974483, PIO4_LO = 3.061616997868383e-17;
void PI_LO;
void PI_HI;

// ---- exp ------------------------------------------------------------------------------------------------

/**
 * exp(xh + xl) = (R_HI + R_LO) * 2**R_K: k = round(x / ln2), r = x - k*ln2 in double-double,
 * exp(r/32) by its Taylor series (14 terms), squared five times.
 */
let R_K = 0;
function ddExpSlow(xh: number, xl: number): void {
  const k = Math.round(xh / LN2_HI);
  twoProd(k, LN2_HI);
  ddAdd(xh, xl, -R_HI, -R_LO);
  const ah = R_HI, al = R_LO;
  twoProd(k, LN2_LO);
  ddAdd(ah, al, -R_HI, -R_LO);
  const rh = R_HI / 32, rl = R_LO / 32;
  let sh = 1, sl = 0;
  for (let n = 14; n >= 1; n--) {
    // s = 1 + r * s / n
    ddMul(rh, rl, sh, sl);
    ddDivD(R_HI, R_LO, n);
    ddAdd(1, 0, R_HI, R_LO);
    sh = R_HI;
    sl = R_LO;
  }
  for (let i = 0; i < 5; i++) {
    ddMul(sh, sl, sh, sl);
    sh = R_HI;
    sl = R_LO;
  }
  R_HI = sh;
  R_LO = sl;
  R_K = k;
}

/** Round (h + l) * 2**k to a double: correctly, also when the result is subnormal. */
function scaleRound(h: number, l: number, k: number): number {
  const v = h * 2 ** Math.max(k, -1000);
  if (k >= -1000 && Math.abs(v) >= 4.450147717014403e-308) {
    if (k > 1000) return (h + l) * 2 ** (k - 1000) * 2 ** 1000;
    return (h + l) * 2 ** k;
  }
  // subnormal result: count units of 2**-1074 exactly, then round half to even once
  const e = k + 1074;
  if (e < -60) return h > 0 ? 0 : -0;
  const t = h * 2 ** e, tl = l * 2 ** e; // t exact: h has 53 bits and t < 2**54
  const n0 = Math.floor(t);
  const frac = (t - n0) + tl;
  let n = n0;
  if (frac > 0.5 || (frac === 0.5 && n0 % 2 !== 0)) n = n0 + 1;
  else if (frac < -0.5 || (frac === -0.5 && n0 % 2 !== 0)) n = n0 - 1;
  else if (frac >= 1) n = n0 + 1;
  return n * 5e-324;
}

export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  if (Math.abs(x) < 1e-300) return 1 + x;
  ddExp(x, 0);
  return scaleRound(R_HI, R_LO, R_K);
}
export function exp2(x: number): number {
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x < -1075) return 0;
  const k = Math.round(x);
  const f = x - k; // exact
  if (f === 0) return 2 ** k;
  // 2**f = exp(f * ln2)
  ddMulD(LN2_HI, LN2_LO, f);
  ddExp(R_HI, R_LO);
  return scaleRound(R_HI, R_LO, R_K + k);
}

// ---- log ------------------------------------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** log(x) for finite x > 0 as a double-double. */
function ddLog(x: number): void {
  // x = m * 2**e with m in [sqrt(1/2), sqrt(2))
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54
    e = -54;
  }
  f64[0] = x;
  let hi = u32[1]!;
  e += ((hi >>> 20) & 0x7ff) - 1023;
  hi = (hi & 0x000fffff) | 0x3ff00000;
  u32[1] = hi;
  let m = f64[0]!;
  if (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  // log(m) by one Newton step from Math.log: y1 = y0 + m*exp(-y0) - 1
  const t = m - 1; // exact (Sterbenz)
  let yh: number, yl: number;
  if (Math.abs(t) < 1e-5) {
    // log(1+t) = t - t^2/2 + t^3/3 - t^4/4 + t^5/5
    let sh = 0, sl = 0;
    for (let n = 7; n >= 1; n--) {
      // s = 1/n - t*s
      ddMul(t, 0, sh, sl);
      const ph = R_HI, pl = R_LO;
      const inv = 1 / n;
      ddDivD(1, 0, n);
      ddAdd(R_HI, R_LO, -ph, -pl);
      sh = R_HI;
      sl = R_LO;
      void inv;
    }
    ddMul(t, 0, sh, sl);
    yh = R_HI;
    yl = R_LO;
  } else {
    const y0 = Math.log(m);
    ddExp(-y0, 0);
    const s = 2 ** R_K;
    ddMulD(R_HI * s, R_LO * s, m);
    ddAdd(R_HI, R_LO, -1, 0);
    ddAdd(y0, 0, R_HI, R_LO);
    yh = R_HI;
    yl = R_LO;
  }
  if (e === 0) {
    R_HI = yh;
    R_LO = yl;
    return;
  }
  ddMulD(LN2_HI, LN2_LO, e);
  ddAdd(R_HI, R_LO, yh, yl);
}
/** (ah + al) / b for a double b, as a double-double. */
function ddDivD(ah: number, al: number, b: number): void {
  const q1 = ah / b;
  twoProd(q1, b);
  const r = ((ah - R_HI) - R_LO + al) / b;
  twoSum(q1, r);
}

export function log(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  ddLog(x);
  return R_HI + R_LO;
}
const INV_LN2_HI = 1.4426950408889634, INV_LN2_LO = 2.0355273740931033e-17;
export function log2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  // exact powers of two
  f64[0] = x;
  if (u32[0] === 0 && (u32[1]! & 0x000fffff) === 0 && x >= 2.2250738585072014e-308) return ((u32[1]! >>> 20) & 0x7ff) - 1023;
  ddLog(x);
  ddMul(R_HI, R_LO, INV_LN2_HI, INV_LN2_LO);
  return R_HI + R_LO;
}

// ---- pow ------------------------------------------------------------------------------------------------

function isOddInt(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 9007199254740992 && Math.abs(y) % 2 === 1;
}
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (ax > 1) === (y > 0) ? Infinity : 0;
  }
  if (x === 0) {
    const odd = isOddInt(y);
    if (y < 0) return odd ? 1 / x : Infinity;
    return odd ? x : 0;
  }
  if (x === Infinity) return y > 0 ? Infinity : 0;
  if (x === -Infinity) {
    const odd = isOddInt(y);
    if (y > 0) return odd ? -Infinity : Infinity;
    return odd ? -0 : 0;
  }
  let neg = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    neg = isOddInt(y);
    x = -x;
  }
  if (y === 1) return neg ? -x : x;
  if (y === 2) return neg ? -(x * x) : x * x;
  ddLog(x);
  ddMulD(R_HI, R_LO, y);
  const lh = R_HI, ll = R_LO;
  let r: number;
  if (lh > 709.79) r = Infinity;
  else if (lh < -745.2) r = 0;
  else {
    ddExp(lh, ll);
    r = scaleRound(R_HI, R_LO, R_K);
  }
  return neg ? -r : r;
}

// ---- argument reduction modulo pi/2 -------------------------------------------------------------------

let TWO_OVER_PI: bigint | null = null; // floor(2/pi * 2**PREC)
const PREC = 1300n;
/** 2/pi as a fixed-point BigInt with PREC fraction bits (pi by Machin's formula). */
function twoOverPi(): bigint {
  if (TWO_OVER_PI !== null) return TWO_OVER_PI;
  const P = PREC + 64n;
  const one = 1n << P;
  const arctanInv = (n: bigint): bigint => {
    // arctan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
    let sum = 0n;
    let term = one / n;
    const n2 = n * n;
    let k = 1n;
    let sign = 1n;
    while (term !== 0n) {
      sum += (sign * term) / k;
      term /= n2;
      k += 2n;
      sign = -sign;
    }
    return sum;
  };
  const pi = 4n * (4n * arctanInv(5n) - arctanInv(239n)); // pi * 2**P
  TWO_OVER_PI = ((2n << (2n * P)) / pi) >> (P - PREC);
  const piHi = Number(pi >> (P - 60n)) / 2 ** 60;
  PI_HI = piHi;
  return TWO_OVER_PI;
}

/** Reduce x: x = n*(pi/2) + r, |r| <= pi/4 (about); r as double-double in R_HI/R_LO, returns n mod 4. */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= PIO4_HI) {
    R_HI = x;
    R_LO = 0;
    return 0;
  }
  if (ax < 1e5) {
    // Cody-Waite: pi/2 in four parts (33 + 33 + 33 + 53 bits); n*Pi is exact for n < 2**17
    const n = Math.round(x / PIO2_HI);
    const P1 = 1.57079632673412561417, P2 = 6.07710050630396597660e-11, P3 = 2.02226624871116645580e-21, P3T = 8.47842766036889956997e-32;
    twoSum(x - n * P1, -(n * P2));
    ddAdd(R_HI, R_LO, -(n * P3), 0);
    const ah = R_HI, al = R_LO;
    twoProd(n, P3T);
    ddAdd(ah, al, -R_HI, -R_LO);
    return ((n % 4) + 4) % 4;
  }
  // Payne-Hanek with BigInt: |x| = mant * 2**ex exactly; |x| * 2/pi in fixed point
  const tp = twoOverPi();
  f64[0] = ax;
  const hiw = u32[1]!, low = u32[0]!;
  const ex = ((hiw >>> 20) & 0x7ff) - 1075;
  const mant = (BigInt((hiw & 0xfffff) | 0x100000) << 32n) | BigInt(low);
  const prod = mant * tp;
  const shift = PREC - BigInt(ex); // prod / 2**shift = |x| * 2/pi
  const intPart = prod >> shift;
  let frac = prod - (intPart << shift);
  let n = Number(intPart & 3n);
  if (frac >= 1n << (shift - 1n)) {
    frac -= 1n << shift;
    n = (n + 1) & 3;
  }
  const neg = frac < 0n;
  if (neg) frac = -frac;
  // frac / 2**shift as a double-double from its leading 110 bits
  const L = BigInt(frac.toString(2).length);
  let fh = 0, fl = 0;
  if (frac !== 0n) {
    const drop = L > 110n ? L - 110n : 0n;
    const top = frac >> drop;
    const scale = Number(drop - shift);
    fh = Number(top >> 57n) * 2 ** (scale + 57);
    fl = Number(top & ((1n << 57n) - 1n)) * 2 ** scale;
    twoSum(fh, fl);
    fh = R_HI;
    fl = R_LO;
  }
  if (neg) {
    fh = -fh;
    fl = -fl;
  }
  ddMul(fh, fl, PIO2_HI, PIO2_LO);
  if (x < 0) {
    R_HI = -R_HI;
    R_LO = -R_LO;
    n = (4 - n) & 3;
  }
  return n;
}

/** sin and cos of the double-double r (|r| <= ~0.8) by Taylor series: S_HI/S_LO, C_HI/C_LO. */
let S_HI = 0, S_LO = 0, C_HI = 0, C_LO = 0;
function ddSinCosSlow(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const zh = R_HI, zl = R_LO; // r^2
  // sin: r * (1 - z/3! + z^2/5! - ...), Horner from the top with 1/(k(k+1)) factors
  let sh = 1, sl = 0;
  for (let k = 30; k >= 2; k -= 2) {
    // s = 1 - z * s / (k * (k+1))
    ddMul(zh, zl, sh, sl);
    ddDivD(R_HI, R_LO, k * (k + 1));
    ddAdd(1, 0, -R_HI, -R_LO);
    sh = R_HI;
    sl = R_LO;
  }
  ddMul(rh, rl, sh, sl);
  S_HI = R_HI;
  S_LO = R_LO;
  let ch = 1, cl = 0;
  for (let k = 30; k >= 2; k -= 2) {
    // c = 1 - z * c / ((k-1) * k)
    ddMul(zh, zl, ch, cl);
    ddDivD(R_HI, R_LO, (k - 1) * k);
    ddAdd(1, 0, -R_HI, -R_LO);
    ch = R_HI;
    cl = R_LO;
  }
  C_HI = ch;
  C_LO = cl;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-8) {
    if (x === 0) return x;
    // sin x = x - x^3/6 (rounds to x - tiny)
    twoProd(x, x);
    const x3 = R_HI * x;
    return x + (-x3 / 6);
  }
  const n = reduce(x);
  ddSinCos(R_HI, R_LO);
  switch (n) {
    case 0: return S_HI + S_LO;
    case 1: return C_HI + C_LO;
    case 2: return -(S_HI + S_LO);
    default: return -(C_HI + C_LO);
  }
}
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-8) return 1 - (x * x) / 2;
  const n = reduce(x);
  ddSinCos(R_HI, R_LO);
  switch (n) {
    case 0: return C_HI + C_LO;
    case 1: return -(S_HI + S_LO);
    case 2: return -(C_HI + C_LO);
    default: return S_HI + S_LO;
  }
}
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-8) return x === 0 ? x : x + (x * x * x) / 3;
  const n = reduce(x);
  ddSinCos(R_HI, R_LO);
  if ((n & 1) === 0) ddDiv(S_HI, S_LO, C_HI, C_LO);
  else ddDiv(-C_HI, -C_LO, S_HI, S_LO);
  return R_HI + R_LO;
}

// ---- inverse trigonometric ------------------------------------------------------------------------------

/** atan of the double-double a (any magnitude) as a double-double: one Newton step from Math.atan. */
function ddAtan(ah: number, al: number): void {
  const y0 = Math.atan(ah + al);
  ddSinCosOf(y0);
  // y1 = y0 - (s - a*c) / (c + a*s)
  ddMul(ah, al, C_HI, C_LO);
  ddAdd(S_HI, S_LO, -R_HI, -R_LO);
  const fh = R_HI, fl = R_LO;
  ddMul(ah, al, S_HI, S_LO);
  ddAdd(C_HI, C_LO, R_HI, R_LO);
  ddDiv(fh, fl, R_HI, R_LO);
  ddAdd(y0, 0, -R_HI, -R_LO);
}
/** sin/cos of a double y with |y| <= pi/2 + a little: reduce around pi/4 multiples for accuracy. */
function ddSinCosOf(y: number): void {
  if (Math.abs(y) <= PIO4_HI) {
    ddSinCos(y, 0);
    return;
  }
  // y = +-pi/2 - t
  const sgn = y > 0 ? 1 : -1;
  ddAdd(sgn * PIO2_HI, sgn * PIO2_LO, -y, 0);
  ddSinCos(R_HI, R_LO);
  // sin(y) = sgn*cos(t), cos(y) = sgn*sin(t) where t = sgn*pi/2 - y ... (sgn pi/2 - y) = t
  const sh = S_HI, sl = S_LO, ch = C_HI, cl = C_LO;
  // sin(sgn*pi/2 - t) = sgn*cos(t); cos(sgn*pi/2 - t) = sgn*sin(t)*... cos(pi/2 - t) = sin t, cos(-pi/2 - t) = -sin t
  S_HI = sgn * ch;
  S_LO = sgn * cl;
  C_HI = sgn * sh;
  C_LO = sgn * sl;
}

export function atan(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return PIO2_HI;
  if (x === -Infinity) return -PIO2_HI;
  if (Math.abs(x) < 1e-9) return x === 0 ? x : x - (x * x * x) / 3;
  if (Math.abs(x) > 1e17) return x > 0 ? PIO2_HI : -PIO2_HI;
  ddAtan(x, 0);
  return R_HI + R_LO;
}
export function atan2(y: number, x: number): number {
  // special values are handled by the caller (math.atan2's m_atan2); here both are finite, y != 0
  if (x === 0) return y > 0 ? PIO2_HI : -PIO2_HI;
  let ay = Math.abs(y), ax = Math.abs(x);
  // scale both by the same power of two so the larger is near 1 (Dekker products must not overflow)
  const big = Math.max(ay, ax);
  if (big > 1e150 || big < 1e-150) {
    f64[0] = big;
    let e = ((u32[1]! >>> 20) & 0x7ff) - 1023;
    if (e === -1023) e = -1074 + 52; // subnormal: a coarse exponent suffices
    const h1 = -e >> 1, h2 = -e - h1;
    ay = ay * 2 ** h1 * 2 ** h2;
    ax = ax * 2 ** h1 * 2 ** h2;
  }
  let h: number, l: number;
  if (ay <= ax) {
    ddDiv(ay, 0, ax, 0);
    if (R_HI === 0 || R_HI < 1e-300) {
      // underflowing quotient: atan(t) = t
      h = ay / ax;
      l = 0;
    } else {
      ddAtan(R_HI, R_LO);
      h = R_HI;
      l = R_LO;
    }
  } else {
    // atan(ay/ax) = pi/2 - atan(ax/ay)
    ddDiv(ax, 0, ay, 0);
    ddAtan(R_HI, R_LO);
    ddAdd(PIO2_HI, PIO2_LO, -R_HI, -R_LO);
    h = R_HI;
    l = R_LO;
  }
  if (x < 0) {
    ddAdd(2 * PIO2_HI, 2 * PIO2_LO, -h, -l);
    h = R_HI;
    l = R_LO;
  }
  const r = h + l;
  return y < 0 ? -r : r;
}
export function asin(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax === 1) return x > 0 ? PIO2_HI : -PIO2_HI;
  if (ax < 1e-8) return x === 0 ? x : x + (x * x * x) / 6;
  // asin x = atan(x / sqrt((1-x)(1+x)))
  twoSum(1, -ax);
  const a1h = R_HI, a1l = R_LO;
  twoSum(1, ax);
  ddMul(a1h, a1l, R_HI, R_LO);
  ddSqrt(R_HI, R_LO);
  ddDiv(ax, 0, R_HI, R_LO);
  ddAtan(R_HI, R_LO);
  const r = R_HI + R_LO;
  return x < 0 ? -r : r;
}
export function acos(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return 2 * PIO2_HI;
  // acos x = 2 * atan(sqrt((1-x)/(1+x)))
  twoSum(1, -x);
  const nh = R_HI, nl = R_LO;
  twoSum(1, x);
  ddDiv(nh, nl, R_HI, R_LO);
  ddSqrt(R_HI, R_LO);
  ddAtan(R_HI, R_LO);
  return 2 * R_HI + 2 * R_LO;
}
export { PIO4_LO };

/** C99 hypot, correctly rounded: sqrt(x*x + y*y) in double-double after exact power-of-two scaling. */
export function hypot(x: number, y: number): number {
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  let a = Math.abs(x), b = Math.abs(y);
  if (b > a) {
    const t = a;
    a = b;
    b = t;
  }
  if (b === 0) return a;
  // a = m * 2**e with m in [1, 2)
  f64[0] = a;
  let e = ((u32[1]! >>> 20) & 0x7ff) - 1023;
  if (e === -1023) {
    // subnormal: normalise through a multiplication by 2**54
    f64[0] = a * 18014398509481984;
    e = ((u32[1]! >>> 20) & 0x7ff) - 1023 - 54;
  }
  const h1 = -e >> 1, h2 = -e - h1; // 2**-e in two exact steps (it may not be representable)
  const sa = a * 2 ** h1 * 2 ** h2, sb = b * 2 ** h1 * 2 ** h2;
  // (b may lose bits when much smaller than a: then it cannot affect the rounded result)
  twoProd(sa, sa);
  const ah = R_HI, al = R_LO;
  twoProd(sb, sb);
  ddAdd(ah, al, R_HI, R_LO);
  ddSqrt(R_HI, R_LO);
  return scaleRound(R_HI, R_LO, e);
}

// ---- table-driven fast paths (the tables are built once with the slow evaluations above) ---------

/** 1/n! as double-doubles, n = 0..20 (exact rationals rounded twice: ample for 104 bits). */
const INV_FACT_HI = new Float64Array(21), INV_FACT_LO = new Float64Array(21);
{
  // 1/n! = 1/(n-1)! / n in double-double
  INV_FACT_HI[0] = 1;
  INV_FACT_LO[0] = 0;
  for (let n = 1; n <= 20; n++) {
    ddDivD(INV_FACT_HI[n - 1]!, INV_FACT_LO[n - 1]!, n);
    INV_FACT_HI[n] = R_HI;
    INV_FACT_LO[n] = R_LO;
  }
}
/** 2**(j/64) as double-doubles, j = 0..63. */
let EXP_T_HI: Float64Array | null = null, EXP_T_LO: Float64Array | null = null;
const LN2_64_HI = LN2_HI / 64, LN2_64_LO = LN2_LO / 64; // exact scalings
function expTable(): void {
  EXP_T_HI = new Float64Array(64);
  EXP_T_LO = new Float64Array(64);
  for (let j = 0; j < 64; j++) {
    ddMulD(LN2_HI, LN2_LO, j / 64);
    ddExpSlow(R_HI, R_LO);
    const sc = 2 ** R_K;
    EXP_T_HI[j] = R_HI * sc;
    EXP_T_LO[j] = R_LO * sc;
  }
}
/**
 * exp(xh + xl) = (R_HI + R_LO) * 2**R_K: x = (64m + j) ln2/64 + r with |r| <= ln2/128, then
 * 2**(j/64) from the table times the Taylor series of exp(r) (12 terms).
 */
function ddExp(xh: number, xl: number): void {
  if (EXP_T_HI === null) expTable();
  const k = Math.round(xh / LN2_64_HI);
  twoProd(k, LN2_64_HI);
  ddAdd(xh, xl, -R_HI, -R_LO);
  const ah = R_HI, al = R_LO;
  twoProd(k, LN2_64_LO);
  ddAdd(ah, al, -R_HI, -R_LO);
  const rh = R_HI, rl = R_LO;
  let sh = INV_FACT_HI[12]!, sl = INV_FACT_LO[12]!;
  for (let n = 11; n >= 0; n--) {
    ddMul(rh, rl, sh, sl);
    ddAdd(INV_FACT_HI[n]!, INV_FACT_LO[n]!, R_HI, R_LO);
    sh = R_HI;
    sl = R_LO;
  }
  const j = ((k % 64) + 64) % 64;
  ddMul(sh, sl, EXP_T_HI![j]!, EXP_T_LO![j]!);
  R_K = (k - j) / 64;
}

/** sin and cos of i/32 (i = 0..26) as double-doubles. */
let SC_S_HI: Float64Array | null = null, SC_S_LO: Float64Array | null = null, SC_C_HI: Float64Array | null = null, SC_C_LO: Float64Array | null = null;
function sinCosTable(): void {
  SC_S_HI = new Float64Array(27);
  SC_S_LO = new Float64Array(27);
  SC_C_HI = new Float64Array(27);
  SC_C_LO = new Float64Array(27);
  for (let i = 0; i <= 26; i++) {
    ddSinCosSlow(i / 32, 0);
    SC_S_HI[i] = S_HI;
    SC_S_LO[i] = S_LO;
    SC_C_HI[i] = C_HI;
    SC_C_LO[i] = C_LO;
  }
}
/** sin/cos of the double-double r (|r| <= ~0.8): r = i/32 + t, |t| <= 1/64, angle addition. */
function ddSinCos(rh: number, rl: number): void {
  if (SC_S_HI === null) sinCosTable();
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  const i = Math.round(rh * 32);
  twoSum(rh - i / 32, rl); // rh - i/32 is exact (Sterbenz-like: i/32 has few bits and is close to rh)
  const th = R_HI, tl = R_LO;
  ddMul(th, tl, th, tl);
  const zh = R_HI, zl = R_LO;
  // sin t = t * sum (-1)^k z^k/(2k+1)!, k = 0..7; cos t = sum (-1)^k z^k/(2k)!, k = 0..8
  let sh = INV_FACT_HI[15]!, sl = -INV_FACT_LO[15]!;
  sh = -sh;
  for (let k = 6; k >= 0; k--) {
    ddMul(zh, zl, sh, sl);
    const sg = k % 2 === 0 ? 1 : -1;
    ddAdd(sg * INV_FACT_HI[2 * k + 1]!, sg * INV_FACT_LO[2 * k + 1]!, R_HI, R_LO);
    sh = R_HI;
    sl = R_LO;
  }
  ddMul(th, tl, sh, sl);
  const stH = R_HI, stL = R_LO;
  let ch = INV_FACT_HI[16]!, cl = INV_FACT_LO[16]!;
  for (let k = 7; k >= 0; k--) {
    ddMul(zh, zl, ch, cl);
    const sg = k % 2 === 0 ? 1 : -1;
    ddAdd(sg * INV_FACT_HI[2 * k]!, sg * INV_FACT_LO[2 * k]!, R_HI, R_LO);
    ch = R_HI;
    cl = R_LO;
  }
  const ctH = ch, ctL = cl;
  const SiH = SC_S_HI![i]!, SiL = SC_S_LO![i]!, CiH = SC_C_HI![i]!, CiL = SC_C_LO![i]!;
  // sin(a + t) = sin a cos t + cos a sin t; cos(a + t) = cos a cos t - sin a sin t
  ddMul(SiH, SiL, ctH, ctL);
  const p1h = R_HI, p1l = R_LO;
  ddMul(CiH, CiL, stH, stL);
  ddAdd(p1h, p1l, R_HI, R_LO);
  const sinH = R_HI, sinL = R_LO;
  ddMul(CiH, CiL, ctH, ctL);
  const p2h = R_HI, p2l = R_LO;
  ddMul(SiH, SiL, stH, stL);
  ddAdd(p2h, p2l, -R_HI, -R_LO);
  C_HI = R_HI;
  C_LO = R_LO;
  S_HI = neg ? -sinH : sinH;
  S_LO = neg ? -sinL : sinL;
}
