/**
 * exp and exp2 as glibc 2.36 computes them on x86-64 (the table-driven routines glibc took from
 * ARM's optimized-routines in 2.28): x = k/128 (times ln2 for exp) + r, |r| <= 1/256 (times ln2),
 * result = 2**(k/128) * (1 + tail + poly(r)), with 2**(k/128) from EXP_TAB.
 *
 * exp comes from the ifunc variant built with -mfma (CPUs with FMA, this machine): every fma()
 * stands where gcc contracts `a * b + c`. exp2 has no FMA variant in 2.36: plain operations.
 * Results beyond the double range (overflow to inf, underflow to 0, subnormals) follow the C code's
 * special case paths, with the same roundings.
 */
import { fma } from "./libm_fma.ts";
import { EXP_TAB } from "./libm_exp_table.ts";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

const INV_LN2_N = 1.4426950408889634 * 128; // 0x1.71547652b82fep0 * 128
const NEG_LN2_HI_N = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEG_LN2_LO_N = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const SHIFT = 6755399441055744; // 0x1.8p52
const C2 = 0.49999999999996786, C3 = 0.16666666666665886; // exp poly (0x1.ffffffffffdbdp-2, 0x1.555555555543cp-3)
const C4 = 0.0416666808410674, C5 = 0.008333335853059549; // (0x1.55555cf172b91p-5, 0x1.1111167a4d017p-7)
const SHIFT2 = 6755399441055744 / 128; // 0x1.8p52 / 128
const E1 = 0.6931471805599453, E2 = 0.24022650695909065, E3 = 0.0555041086686087; // exp2 poly
const E4 = 0.009618131975721055, E5 = 0.0013332074570119598;

// the scale 2**(k/128) of the last lookup, as words (the exponent may need adjusting first)
let SC_HI = 0, SC_LO = 0;
/** (a typed array: a module-level number would be a fresh heap box at every store) */
const TAIL = new Float64Array(1);

/** look up 2**(k/128) for the integer k in the low word of kbits: tail in TAIL[0], scale words. */
function lookup(k: number): void {
  const i = (k & 127) << 2;
  f64[0] = 0;
  u32[0] = EXP_TAB[i]!;
  u32[1] = EXP_TAB[i + 1]!;
  TAIL[0] = f64[0]!;
  SC_LO = EXP_TAB[i + 2]!;
  SC_HI = (EXP_TAB[i + 3]! + (k << 13)) | 0;
}
function words(hi: number, lo: number): number {
  u32[0] = lo;
  u32[1] = hi;
  return f64[0]!;
}

/**
 * scale * (1 + tmp) when the exponent of scale is out of range: k > 0 may overflow,
 * k < 0 may underflow (then rounded once more carefully into the subnormal range).
 * exp's FMA build fuses the product in the overflow branch; in the underflow branch the product
 * scale * tmp feeds two sums (y and lo), and the compiled code rounds it once and does not fuse
 * (measured: fusing it there gives 5 mismatches in 300000 for x in (-745, -512)).
 */
function special(tmp: number, k: number, fused: boolean, upShift: number): number {
  if (k >= 0) {
    const scale = words((SC_HI - (upShift << 20)) | 0, SC_LO);
    const y = fused ? fma(scale, tmp, scale) : scale + scale * tmp;
    return (upShift === 1009 ? 2 ** 1009 : 2) * y;
  }
  const scale = words((SC_HI + (1022 << 20)) | 0, SC_LO);
  let y = scale + scale * tmp;
  if (y < 1.0) {
    let lo = scale - y + scale * tmp;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = (hi + lo) - 1.0;
    if (y === 0) y = 0; // no -0
  }
  return 2.2250738585072014e-308 * y;
}

function top12(x: number): number {
  f64[0] = x;
  return u32[1]! >>> 20;
}

export function exp(x: number): number {
  let abstop = top12(x) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x; // |x| < 2**-54
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0.0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // large |x|: result may overflow or underflow
  }
  let kd = fma(INV_LN2_N, x, SHIFT);
  f64[0] = kd;
  const k = u32[0]! | 0;
  kd -= SHIFT;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  lookup(k);
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), TAIL[0]! + r));
  if (abstop === 0) return special(tmp, k, true, 1009);
  const scale = words(SC_HI, SC_LO);
  return fma(scale, tmp, scale);
}

export function exp2(x: number): number {
  let abstop = top12(x) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0.0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (Math.abs(x) > 928) abstop = 0;
  }
  let kd = x + SHIFT2;
  f64[0] = kd;
  const k = u32[0]! | 0;
  kd -= SHIFT2;
  const r = x - kd;
  lookup(k);
  const r2 = r * r;
  const tmp = TAIL[0]! + r * E1 + r2 * (E2 + r * E3) + r2 * r2 * (E4 + r * E5);
  if (abstop === 0) return special(tmp, k, false, 1);
  const scale = words(SC_HI, SC_LO);
  return scale + scale * tmp;
}
