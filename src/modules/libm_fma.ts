/**
 * Exact fused multiply-add in plain double arithmetic.
 *
 * glibc on x86-64 picks, through ifuncs, variants of exp, log, pow, sin, cos, tan, atan, atan2,
 * asin and acos compiled with -mfma, in which gcc contracts `x * y + z` into one fma (a single
 * rounding). To give the same bits, the libm_*.ts ports call fma() exactly where the compiled
 * code has a vfmadd/vfmsub/vfnmadd.
 *
 * Method: c + p (p = a*b rounded) is split into s + se (TwoSum). Usually se plus the product's
 * rounding error cannot move s across a rounding boundary, and s is the answer (checked with the
 * exponents of p and s, see below). Otherwise the product is split exactly into p + pe
 * (Dekker/Veltkamp), se + pe is rounded to odd and added to s with one rounding to nearest
 * (Boldo and Melquiond: the sum of three doubles rounded this way is correctly rounded).
 * Preconditions (true at every call site): the product neither overflows nor falls into the
 * subnormal range, |a|, |b| < 2**995.
 */
const SPLIT = 134217729; // 2**27 + 1
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** POW2[k] = 2**(k - 1023), the double with biased exponent k and a zero mantissa (k in 1..2046).
 * A table read instead of assembling the bits in f64/u32: writing two 32-bit halves and reading
 * the 64-bit whole defeats the CPU's store-to-load forwarding (a stall on every call). */
const POW2 = new Float64Array(2047);
for (let k = 1; k < 2047; k++) {
  u32[0] = 0;
  u32[1] = k << 20;
  POW2[k] = f64[0]!;
}

export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  // Fast path: s = p + c with its exact error e (TwoSum). The fused result is RN(s + e + pe),
  // pe the product's rounding error, |pe| <= hp = half an ulp of p. When |e| < u - hp, u the
  // distance from s to its nearest rounding boundary (half an ulp of s, of the binade below when
  // s is a power of two), s + e + pe stays strictly inside s's rounding interval: the result is s.
  // hp and u are powers of two with 0 < log2(u/hp) <= 52, so u - hp is exact.
  const s0 = p + c;
  const sb0 = s0 - p;
  const e0 = (p - (s0 - sb0)) + (c - sb0);
  f64[0] = p;
  const ep = (u32[1]! >>> 20) & 0x7ff;
  f64[0] = s0;
  let es = (u32[1]! >>> 20) & 0x7ff;
  if ((u32[1]! & 0xfffff) === 0 && u32[0] === 0) es--;
  const d = es - ep;
  if (d > 0 && d <= 52 && ep > 54) {
    const hp = POW2[ep - 53]!;
    if (Math.abs(e0) < POW2[es - 53]! - hp) return s0;
  }
  return fmaSlow(a, b, c, p, s0, e0);
}
/** The rest of fma (kept apart so that V8 inlines the fast path above at its call sites). */
function fmaSlow(a: number, b: number, c: number, p: number, s0: number, e0: number): number {
  return roundSum(s0, e0, prodErr(a, b, p), p, c);
}

/**
 * a*b - p exactly, p = RN(a*b) (Dekker's product with Veltkamp splits): fma(a, b, -p), the
 * product's rounding error (no overflow, the error not subnormal).
 */
export function prodErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
/** The high 26 bits of x (Veltkamp split; x - splitHi(x) holds the rest exactly). */
export function splitHi(x: number): number {
  const t = SPLIT * x;
  return t - (t - x);
}

/**
 * fma given its product already split exactly (a*b = p + pe, p = RN(a*b)): RN(p + pe + c), for
 * call sites that get pe cheaper than by splitting both factors (libm_pow.ts).
 */
export function fmaSplit(p: number, pe: number, c: number): number {
  const s = p + c;
  const sb = s - p;
  return roundSum(s, (p - (s - sb)) + (c - sb), pe, p, c);
}

/** RN(s + se + pe) where p + c = s + se exactly (TwoSum) and pe is the product's error. */
function roundSum(s: number, se: number, pe: number, p: number, c: number): number {
  let v = se + pe;
  const vb = v - se;
  const ve = (se - (v - vb)) + (pe - vb);
  if (ve !== 0) {
    // round v to odd: when inexact and its last bit is 0, step one unit toward the exact sum
    f64[0] = v;
    const lo = u32[0]!;
    if ((lo & 1) === 0) {
      if ((v > 0) === (ve > 0)) {
        u32[0] = lo + 1; // last bit 0, so no carry
      } else {
        if (lo === 0) u32[1] = u32[1]! - 1;
        u32[0] = (lo - 1) >>> 0;
      }
      v = f64[0]!;
    }
  }
  const r = s + v;
  return r === r ? r : p + c;
}
