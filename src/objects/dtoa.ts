/**
 * Float to decimal string conversion as CPython's PyOS_double_to_string (Python/pystrtod.c
 * format_float_short over David Gay's _Py_dg_dtoa), correctly rounded.
 *
 * dtoa(x, mode, ndigits) gives the digit string, decimal point position and sign:
 *   mode 0  shortest digits that round-trip (JS's Number->string algorithm gives the same digits)
 *   mode 2  max(1, ndigits) significant digits
 *   mode 3  ndigits digits after the decimal point (ndigits may be negative)
 * Modes 2 and 3 round the EXACT binary value half-even (the value's decimal expansion is
 * finite, so this is correct rounding), then drop trailing zeros, as _Py_dg_dtoa does. A value
 * that rounds to zero in mode 3 gives no digits and decpt = -ndigits.
 */

export interface Digits {
  digits: string; // no leading zeros, no trailing zeros (except "0" for zero)
  decpt: number; // value = 0.DIGITS * 10**decpt
  neg: boolean;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: word 1 is high

/** Exact decimal expansion of |x| (finite, non-zero): [digits, decpt]. */
export function exactDecimal(x: number): [string, number] {
  f64[0] = x;
  const hi = u32[HI]!, lo = u32[1 - HI]!;
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  if (e >= 0) {
    const s = (mant << BigInt(e)).toString();
    return [s, s.length];
  }
  // mant * 2**e = mant * 5**-e / 10**-e
  const s = (mant * 5n ** BigInt(-e)).toString();
  return [s, s.length + e];
}

function stripZeros(d: string): string {
  let n = d.length;
  while (n > 1 && d.charCodeAt(n - 1) === 48) n--;
  return n === d.length ? d : d.substring(0, n);
}

/** Round digit string d (value 0.d * 10**pt) to its first n digits, half-even; may carry. */
function roundAt(d: string, pt: number, n: number): [string, number] {
  if (n >= d.length) return [d, pt];
  if (n < 0) return ["", pt];
  const next = d.charCodeAt(n) - 48;
  let up = false;
  if (next > 5) up = true;
  else if (next === 5) {
    for (let i = n + 1; i < d.length; i++) {
      if (d.charCodeAt(i) !== 48) {
        up = true;
        break;
      }
    }
    if (!up) up = n > 0 && ((d.charCodeAt(n - 1) - 48) & 1) === 1;
  }
  if (!up) return [d.substring(0, n), pt];
  if (n === 0) return ["1", pt + 1];
  const arr = d.substring(0, n).split("");
  let i = n - 1;
  while (i >= 0 && arr[i] === "9") arr[i--] = "0";
  if (i < 0) return ["1" + arr.join(""), pt + 1];
  arr[i] = String.fromCharCode(arr[i]!.charCodeAt(0) + 1);
  return [arr.join(""), pt];
}

/** _Py_dg_dtoa for finite x. */
export function dtoa(x: number, mode: number, ndigits: number): Digits {
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  if (a === 0) return { digits: "0", decpt: 1, neg };
  if (mode === 0) {
    const e = a.toExponential();
    const ePos = e.indexOf("e");
    const mant = e.charCodeAt(1) === 46 ? e[0]! + e.substring(2, ePos) : e.substring(0, ePos);
    return { digits: stripZeros(mant), decpt: parseInt(e.substring(ePos + 1), 10) + 1, neg };
  }
  const [d, pt] = exactDecimal(a);
  const n = mode === 2 ? Math.max(1, ndigits) : pt + ndigits;
  if (n < 0) return { digits: "", decpt: -ndigits, neg };
  let [r, pt2] = roundAt(d, pt, n);
  if (r === "") {
    // nothing survives (n === 0 and no round-up)
    return { digits: "", decpt: -ndigits, neg };
  }
  r = stripZeros(r);
  if (r === "0") return { digits: "", decpt: -ndigits, neg };
  return { digits: r, decpt: pt2, neg };
}

export const DTSF_SIGN = 1, DTSF_ADD_DOT_0 = 2, DTSF_ALT = 4, DTSF_NO_NEG_0 = 8;

/**
 * PyOS_double_to_string(val, code, precision, flags): code is one of e E f F g G r.
 * 'r' is repr (precision must be 0).
 */
export function doubleToString(val: number, code: string, precision: number, flags: number): string {
  let upper = false;
  let mode: number;
  if (code === "E" || code === "F" || code === "G") {
    upper = true;
    code = code.toLowerCase();
  }
  switch (code) {
    case "e": mode = 2; precision++; break;
    case "f": mode = 3; break;
    case "g": mode = 2; if (precision === 0) precision = 1; break;
    default: mode = 0; code = "r";
  }
  if (val !== val || val === Infinity || val === -Infinity) {
    let s = "";
    if (val === -Infinity) s = "-";
    else if (flags & DTSF_SIGN) s = "+";
    const w = val !== val ? "nan" : "inf";
    return s + (upper ? w.toUpperCase() : w);
  }
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  const r = dtoa(val, mode, precision);
  const digits = r.digits;
  let neg = r.neg;
  const dlen = digits.length;
  if ((flags & DTSF_NO_NEG_0) && neg && (dlen === 0 || digits === "0")) neg = false;
  let decpt = r.decpt;
  let useExp = false;
  let vend = dlen;
  switch (code) {
    case "e": useExp = true; vend = precision; break;
    case "f": vend = decpt + precision; break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vend = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;
  let out = neg ? "-" : flags & DTSF_SIGN ? "+" : "";
  if (decpt <= 0) out += "0".repeat(decpt - vstart) + "." + "0".repeat(-decpt);
  else out += "0".repeat(-vstart);
  if (decpt > 0 && decpt <= dlen) out += digits.substring(0, decpt) + "." + digits.substring(decpt);
  else out += digits;
  if (dlen < decpt) out += "0".repeat(decpt - dlen) + "." + "0".repeat(vend - decpt);
  else out += "0".repeat(vend - dlen);
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.substring(0, out.length - 1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
  }
  return out;
}

/**
 * (m + sticky) * 2**e correctly rounded to a double (half-even), subnormals included; `sticky`
 * says the true value is a little above m. Infinity when it overflows.
 */
export function ldexpRound(m: bigint, e: number, sticky: boolean): number {
  if (m === 0n) return 0;
  let bits = 0;
  {
    let t = m;
    if (t >= 1n << 64n) {
      bits = m.toString(2).length;
    } else {
      while (t > 0n) {
        t >>= 1n;
        bits++;
      }
    }
  }
  const k = Math.max(bits - 53, -1074 - e);
  if (k <= 0) return Number(m) * Math.pow(2, e);
  const K = BigInt(k);
  let top = m >> K;
  const low = m & ((1n << K) - 1n);
  const half = 1n << (K - 1n);
  if (low > half || (low === half && (sticky || (top & 1n) === 1n))) top += 1n;
  const ex = e + k;
  if (ex > 1023) return top === 0n ? 0 : Infinity;
  return Number(top) * Math.pow(2, ex);
}
