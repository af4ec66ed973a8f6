/**
 * math.gamma and math.lgamma: CPython's own implementations (m_tgamma / m_lgamma: the Lanczos
 * approximation with N=13, g=6.024680040776729583740234375 written as a rational function, the
 * reflection formula for negative x, exact values for small integers), over libm's exp, pow,
 * log, sin and cos. Errors are thrown as MathErr (errno EDOM / ERANGE for math_1a).
 */
import * as M from "./libm.ts";

export class MathErr {
  constructor(readonly domain: boolean) {}
}
const EDOM = () => new MathErr(true);
const ERANGE = () => new MathErr(false);

const PI = 3.141592653589793;
const LOGPI = 1.1447298858494002;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
/** Gamma of 1..23: exact in a double. */
const GAMMA_INTEGRAL: number[] = [];
{
  let f = 1;
  for (let i = 1; i <= 23; i++) {
    GAMMA_INTEGRAL.push(f);
    f *= i;
  }
}

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + NUM[i]!;
      den = den * x + DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + NUM[i]!;
      den = den / x + DEN[i]!;
    }
  }
  return num / den;
}

/** sin(pi*x) accurately for finite x (exact zeros at integers). */
export function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = M.cround(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = M.sin(PI * y); break;
    case 1: r = M.cos(PI * (y - 0.5)); break;
    case 2: r = M.sin(PI * (1.0 - y)); break;
    case 3: r = -M.cos(PI * (y - 1.5)); break;
    default: r = M.sin(PI * (y - 2.0)); break;
  }
  return M.copysign(1.0, x) * r;
}

export function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    throw EDOM();
  }
  if (x === 0) throw EDOM();
  if (x === Math.floor(x)) {
    if (x < 0) throw EDOM();
    if (x <= 23) return GAMMA_INTEGRAL[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) throw ERANGE();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0) return 0.0 / sinpi(x);
    throw ERANGE();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-PI / sinpi(absx)) / absx) * M.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= M.pow(y, absx - 0.5);
    else {
      const sqrtpow = M.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / M.exp(y);
    r += z * r;
    if (absx < 140.0) r *= M.pow(y, absx - 0.5);
    else {
      const sqrtpow = M.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw ERANGE();
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0) throw EDOM();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -M.log(absx);
  let r = M.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (M.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - M.log(Math.abs(sinpi(absx))) - M.log(absx) - r;
  if (!Number.isFinite(r)) throw ERANGE();
  return r;
}
