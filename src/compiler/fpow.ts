/**
 * Correctly rounded x ** y for finite positive x (what glibc's pow returns, and so what CPython
 * folds `0.5 ** 1.5` to), computed as exp(y * log(x)) in double-double arithmetic (~100 bits)
 * and rounded once. V8's Math.pow may be an ulp off. Overflow/underflow are left to Math.pow.
 */

// double-double helpers: a value is hi + lo with |lo| <= ulp(hi)/2
function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
const SPLIT = 134217729; // 2^27 + 1
function twoProd(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}
function ddAdd(ah: number, al: number, bh: number, bl: number): [number, number] {
  const [s, e] = twoSum(ah, bh);
  const [t, f] = twoSum(al, bl);
  const [s2, e2] = twoSum(s, e + t);
  return twoSum(s2, e2 + f);
}
function ddMul(ah: number, al: number, bh: number, bl: number): [number, number] {
  const [p, e] = twoProd(ah, bh);
  return twoSum(p, e + (ah * bl + al * bh));
}
function ddMulD(ah: number, al: number, b: number): [number, number] {
  const [p, e] = twoProd(ah, b);
  return twoSum(p, e + al * b);
}

const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;

/** exp of a double-double, as a double-double (|a| small enough not to overflow). */
function ddExp(ah: number, al: number): [number, number] {
  const k = Math.round(ah / LN2_HI);
  // r = a - k*ln2
  const [kh, kl] = ddMulD(LN2_HI, LN2_LO, k);
  let [rh, rl] = ddAdd(ah, al, -kh, -kl);
  // scale down by 2^-8 for fast Taylor convergence, square back 8 times
  rh /= 256; rl /= 256;
  let sh = 1, sl = 0, th = 1, tl = 0;
  for (let n = 1; n < 20; n++) {
    [th, tl] = ddMul(th, tl, rh, rl);
    th /= n; tl /= n;
    [sh, sl] = ddAdd(sh, sl, th, tl);
    if (Math.abs(th) < 1e-36) break;
  }
  for (let i = 0; i < 8; i++) [sh, sl] = ddMul(sh, sl, sh, sl);
  const scale = Math.pow(2, k);
  return [sh * scale, sl * scale];
}

/** log of a positive double, as a double-double (Newton step on ddExp). */
function ddLog(x: number): [number, number] {
  if (x < 2.2250738585072014e-308 * 4503599627370496) {
    // keep the Newton step away from subnormal intermediates: log(x) = log(x * 2^200) - 200 ln 2
    const [h, l2] = ddLog(x * 1.6069380442589903e60);
    const [kh, kl] = ddMulD(LN2_HI, LN2_LO, 200);
    return ddAdd(h, l2, -kh, -kl);
  }
  const l = Math.log(x);
  const [eh, el] = ddExp(l, 0);
  // l + (x - e)/e
  const [dh, dl] = ddAdd(x, 0, -eh, -el);
  const corr = (dh + dl) / eh;
  return twoSum(l, corr);
}

export function correctPow(x: number, y: number): number {
  const approx = Math.pow(x, y);
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(approx) || approx === 0) return approx;
  if (Math.abs(Math.log(approx)) > 700) return approx; // near overflow/underflow: keep libm's
  const [lh, ll] = ddLog(x);
  const [ph, pl] = ddMulD(lh, ll, y);
  const [rh, rl] = ddExp(ph, pl);
  return rh + rl;
}
