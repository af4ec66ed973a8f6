/**
 * IEEE 754 binary16 ('e' format of struct, array-free): PyFloat_Pack2 / PyFloat_Unpack2
 * semantics. packHalf returns the 16-bit pattern, or -1 when the value is too large (the
 * caller raises OverflowError "float too large to pack with e format"); rounding is half-even.
 */
import { frexp, ldexp } from "./libm.ts";

export function packHalf(x: number): number {
  const neg = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (x !== x) return (neg << 15) | 0x7e00;
  let ax = Math.abs(x);
  if (ax === Infinity) return (neg << 15) | 0x7c00;
  if (ax === 0) return neg << 15;
  let [f, e] = frexp(ax);
  f *= 2;
  e--;
  if (e >= 16) return -1;
  if (e < -25) {
    f = 0;
    e = 0;
  } else if (e < -14) {
    f = ldexp(f, 14 + e);
    e = 0;
  } else {
    e += 15;
    f -= 1;
  }
  f *= 1024;
  let bits = Math.floor(f);
  f -= bits;
  if (f > 0.5 || (f === 0.5 && bits % 2 === 1)) {
    bits++;
    if (bits === 1024) {
      bits = 0;
      e++;
      if (e === 31) return -1;
    }
  }
  void ax;
  ax = 0;
  return (neg << 15) | (e << 10) | bits;
}

export function unpackHalf(h: number): number {
  const neg = (h >> 15) & 1;
  let e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) {
    if (f === 0) return neg ? -Infinity : Infinity;
    return neg ? -NaN : NaN;
  }
  let x = f / 1024;
  if (e === 0) e = -14;
  else {
    x += 1;
    e -= 15;
  }
  x = ldexp(x, e);
  return neg ? -x : x;
}
