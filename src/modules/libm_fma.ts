/**
 * Exact fused multiply-add in plain double arithmetic.
 *
 * glibc on x86-64 picks, through ifuncs, variants of exp, log, pow, sin, cos, tan, atan, atan2,
 * asin and acos compiled with -mfma, in which gcc contracts `x * y + z` into one fma (a single
 * rounding). To give the same bits, the libm_*.ts ports call fma() exactly where the compiled
 * code has a vfmadd/vfmsub/vfnmadd.
 *
 * Method: the product is split exactly into p + pe (Dekker/Veltkamp), c + p into s + se (TwoSum),
 * then se + pe is rounded to odd and added to s with one rounding to nearest (Boldo and
 * Melquiond's proof: the sum of three doubles rounded this way is correctly rounded).
 * Preconditions (true at every call site): the product neither overflows nor falls into the
 * subnormal range, |a|, |b| < 2**995.
 */
const SPLIT = 134217729; // 2**27 + 1
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  const pe = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  const s = c + p;
  const sb = s - c;
  const se = (c - (s - sb)) + (p - sb);
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
