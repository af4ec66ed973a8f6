/**
 * Text to number conversions of int(), float() and complex() as CPython does them:
 *   _PyUnicode_TransformDecimalAndSpaceToASCII  non-ASCII decimal digits -> '0'..'9', Unicode
 *                                               spaces -> ' ', anything else non-ASCII -> '?'
 *   _Py_string_to_number_with_underscores       '_' only between digits
 *   PyOS_string_to_double / _Py_dg_strtod       longest float prefix (inf/nan words too)
 *   PyLong_FromString                           prefixes, underscores, the 4300-digit limit
 * Values are exact: decimal float text is converted by JS's Number(), which rounds correctly.
 */
import { valueError } from "./errors.ts";
import { decimalValue, isSpaceCp } from "./unicode_ctype.ts";
import { toCodePoints } from "./str_case.ts";
import { normBig, maxStrDigits } from "./int.ts";

/**
 * NaN with the sign bit set, as float('-nan') gives it (CPython's -fabs(Py_NAN)). Built from its
 * bits: V8 folds a `-NaN` literal to the canonical (positive) NaN.
 */
export const NEGATIVE_NAN: number = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0]!;

const NON_ASCII = /[^\x00-\x7e]/u;
/** A run of decimal digits at lastIndex (sticky): skips long decimal literals in one scan. */
const DECIMAL_RUN = /[0-9]*/y;

/** _PyUnicode_TransformDecimalAndSpaceToASCII. */
export function transformDecimalAndSpace(s: string): string {
  // one regex scan: several times faster than a charCodeAt loop on long (digit) strings
  if (!NON_ASCII.test(s)) return s;
  let out = "";
  for (const c of toCodePoints(s)) {
    if (c < 127) out += String.fromCharCode(c);
    else if (isSpaceCp(c)) out += " ";
    else {
      const d = decimalValue(c);
      out += d < 0 ? "?" : String.fromCharCode(48 + d);
    }
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** C's isspace in the "C" locale (Py_ISSPACE). */
export function isCSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** _Py_string_to_number_with_underscores' cleanup: null when the underscores are misplaced. */
export function removeUnderscores(s: string): string | null {
  if (s.indexOf("_") < 0) return s;
  let out = "";
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!isDigit(prev)) return null;
    } else {
      out += s[i];
      if (prev === 95 && !isDigit(c)) return null;
    }
    prev = c;
  }
  if (prev === 95) return null;
  return out;
}

function matchWord(s: string, pos: number, w: string): boolean {
  if (pos + w.length > s.length) return false;
  for (let i = 0; i < w.length; i++) {
    let c = s.charCodeAt(pos + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== w.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * PyOS_string_to_double(s + pos, &end): the longest float prefix of s at pos.
 * Returns [value, end]; end === pos when there is none.
 */
export function strtodPrefix(s: string, pos: number): [number, number] {
  let i = pos;
  let neg = false;
  if (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45) {
    neg = s.charCodeAt(i) === 45;
    i++;
  }
  if (matchWord(s, i, "inf")) {
    const end = matchWord(s, i, "infinity") ? i + 8 : i + 3;
    return [neg ? -Infinity : Infinity, end];
  }
  if (matchWord(s, i, "nan")) return [neg ? NEGATIVE_NAN : NaN, i + 3];
  const start = i;
  let nd = 0;
  while (i < s.length && isDigit(s.charCodeAt(i))) {
    i++;
    nd++;
  }
  if (s.charCodeAt(i) === 46) {
    i++;
    while (i < s.length && isDigit(s.charCodeAt(i))) {
      i++;
      nd++;
    }
  }
  if (nd === 0) return [0, pos];
  let end = i;
  const e = s.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    if (s.charCodeAt(j) === 43 || s.charCodeAt(j) === 45) j++;
    const ds = j;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    if (j > ds) end = j;
  }
  const v = Number(s.substring(start, end));
  return [neg ? -v : v, end];
}

/** float(str): the value, or null when the text is not a float (caller raises). */
export function parseFloatText(text: string): number | null {
  const t = removeUnderscores(transformDecimalAndSpace(text));
  if (t === null) return null;
  let a = 0, b = t.length;
  while (a < b && isCSpace(t.charCodeAt(a))) a++;
  if (a === b) return null;
  while (b > a + 1 && isCSpace(t.charCodeAt(b - 1))) b--;
  const [v, end] = strtodPrefix(t.substring(0, b), a);
  if (end !== b || end === a) return null;
  return v;
}

/** complex(str): [real, imag], or null for a malformed string; "bad underscores" throws. */
export function parseComplexText(text: string, shown: string): [number, number] | null {
  const t0 = transformDecimalAndSpace(text);
  const t = removeUnderscores(t0);
  if (t === null) throw valueError(`could not convert string to complex: ${shown}`);
  let s = 0;
  const n = t.length;
  while (s < n && isCSpace(t.charCodeAt(s))) s++;
  let bracket = false;
  if (t.charCodeAt(s) === 40) {
    bracket = true;
    s++;
    while (s < n && isCSpace(t.charCodeAt(s))) s++;
  }
  let x = 0, y = 0;
  const isJ = (c: number) => c === 106 || c === 74;
  const [z, end] = strtodPrefix(t, s);
  if (end !== s) {
    s = end;
    const c = t.charCodeAt(s);
    if (c === 43 || c === 45) {
      x = z;
      const [w, end2] = strtodPrefix(t, s);
      if (end2 !== s) {
        y = w;
        s = end2;
      } else {
        y = c === 43 ? 1 : -1;
        s++;
      }
      if (!isJ(t.charCodeAt(s))) return null;
      s++;
    } else if (isJ(c)) {
      s++;
      y = z;
    } else x = z;
  } else {
    const c = t.charCodeAt(s);
    if (c === 43 || c === 45) {
      y = c === 43 ? 1 : -1;
      s++;
    } else y = 1;
    if (!isJ(t.charCodeAt(s))) return null;
    s++;
  }
  while (s < n && isCSpace(t.charCodeAt(s))) s++;
  if (bracket) {
    if (t.charCodeAt(s) !== 41) return null;
    s++;
    while (s < n && isCSpace(t.charCodeAt(s))) s++;
  }
  if (s !== n) return null;
  return [x, y];
}

function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * PyLong_FromString on ASCII text (already transformed): the value, or null when the text is
 * not a valid literal (the caller raises "invalid literal..."). Raises the max-str-digits error.
 */
export function parseIntAscii(s: string, base: number): number | bigint | null {
  let i = 0;
  const n = s.length;
  while (i < n && isCSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (s.charCodeAt(i) === 43) i++;
  else if (s.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  let errorIfNonzero = false;
  const c1 = s.charCodeAt(i + 1) | 32;
  if (base === 0) {
    if (s.charCodeAt(i) !== 48) base = 10;
    else if (c1 === 120) base = 16;
    else if (c1 === 111) base = 8;
    else if (c1 === 98) base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (s.charCodeAt(i) === 48 && ((base === 16 && c1 === 120) || (base === 8 && c1 === 111) || (base === 2 && c1 === 98))) {
    i += 2;
    if (s.charCodeAt(i) === 95) i++;
  }
  if (s.charCodeAt(i) === 95) return null;
  // one pass over the digits, counting them (the max-str-digits check must come before any
  // quadratic work, and before building the digit string)
  const start = i;
  let underscores = 0;
  let prevUnderscore = false;
  while (i < n) {
    if (base === 10) {
      DECIMAL_RUN.lastIndex = i;
      DECIMAL_RUN.test(s);
      if (DECIMAL_RUN.lastIndex > i) {
        i = DECIMAL_RUN.lastIndex;
        prevUnderscore = false;
        if (i >= n) break;
      }
    }
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      underscores++;
      i++;
      continue;
    }
    if (digitOf(c) >= base) break;
    prevUnderscore = false;
    i++;
  }
  if (prevUnderscore) return null;
  if (i === start) return null;
  const ndigits = i - start - underscores;
  if ((base & (base - 1)) !== 0 && ndigits > 640 && maxStrDigits > 0 && ndigits > maxStrDigits) {
    throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const digits = underscores === 0 ? s.substring(start, i) : s.substring(start, i).replaceAll("_", "");
  while (i < n && isCSpace(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  let v: number | bigint;
  if (digits.length <= 10 || (base <= 10 && digits.length <= 15)) v = parseInt(digits, base);
  else if (base === 10) v = normBig(BigInt(digits));
  else if (base === 16 || base === 8 || base === 2) v = normBig(BigInt((base === 16 ? "0x" : base === 8 ? "0o" : "0b") + digits));
  else {
    let b = 0n;
    const B = BigInt(base);
    // chunked accumulation
    for (let k = 0; k < digits.length; k += 8) {
      const chunk = digits.substring(k, k + 8);
      b = b * B ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
    }
    v = normBig(b);
  }
  if (errorIfNonzero && v !== 0) return null;
  if (neg) v = typeof v === "number" ? 0 - v : normBig(-v);
  return v === 0 ? 0 : v;
}

/** repr truncated as %.200R does. */
export function trunc200(r: string): string {
  const cps = toCodePoints(r);
  return cps.length <= 200 ? r : String.fromCodePoint(...cps.slice(0, 200));
}
