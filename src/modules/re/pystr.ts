/**
 * The few Python str operations the parser applies to group names and numbers, on code points:
 * str.isidentifier, str.isdecimal / isascii, int(str) and repr / ascii.
 */
import { isIdContinue, isIdStart, reprString } from "../../tokenizer/unicode.ts";
import { decimalValue, isUniDigit, isUniSpace } from "./chars.ts";
import { backslashReplace, cpString } from "./errors.ts";

export function isIdentifier(cps: ArrayLike<number>): boolean {
  if (cps.length === 0 || !isIdStart(cps[0]!)) return false;
  for (let i = 1; i < cps.length; i++) if (!isIdContinue(cps[i]!)) return false;
  return true;
}

/** name.isdecimal() and name.isascii(): only ASCII digits, at least one. */
export function isAsciiDecimal(cps: ArrayLike<number>): boolean {
  if (cps.length === 0) return false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

export function isAscii(cps: ArrayLike<number>): boolean {
  for (let i = 0; i < cps.length; i++) if (cps[i]! >= 128) return false;
  return true;
}

/**
 * int(s) for a str s (base 10): surrounding white space, an optional sign, decimal digits of any
 * script with single underscores between them. Returns null where int() raises ValueError.
 */
export function pyInt(cps: ArrayLike<number>): bigint | null {
  let i = 0;
  let n = cps.length;
  while (i < n && isUniSpace(cps[i]!)) i++;
  while (n > i && isUniSpace(cps[n - 1]!)) n--;
  let neg = false;
  if (i < n && (cps[i] === 0x2b || cps[i] === 0x2d)) {
    neg = cps[i] === 0x2d;
    i++;
  }
  if (i >= n) return null;
  let digits = "";
  let prevUnderscore = true; // no leading underscore
  for (; i < n; i++) {
    const c = cps[i]!;
    if (c === 0x5f) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      continue;
    }
    if (!isUniDigit(c)) return null;
    digits += String.fromCharCode(0x30 + decimalValue(c));
    prevUnderscore = false;
  }
  if (prevUnderscore) return null;
  const v = BigInt(digits);
  return neg ? -v : v;
}

/** repr(s) of the Python str made of these code points. */
export function pyRepr(cps: ArrayLike<number>): string {
  return reprString(cpString(cps));
}

/** ascii(s). */
export function pyAscii(cps: ArrayLike<number>): string {
  return backslashReplace(pyRepr(cps));
}
