/**
 * Character classes the tokenizer needs beyond ASCII. Only the slow paths (non-ASCII
 * identifiers, error messages) come here; the tokenizer's loop tests ASCII bytes inline.
 * The tables are Unicode 14.0, as Python 3.11 (unicode.ts, generated from python3).
 */
import { isIdContinue, isIdStart, isPrintable } from "./unicode.ts";

export { isPrintable };

function isXidStart(cp: number): boolean {
  return cp === 0x5f || isIdStart(cp);
}

function isXidContinue(cp: number): boolean {
  return isIdContinue(cp);
}

/**
 * CPython's _PyUnicode_ScanIdentifier: index (in code points) of the first character that
 * makes `s` not an identifier, or the length when it is one.
 */
export function scanIdentifier(cps: readonly number[]): number {
  if (cps.length === 0) return 0;
  if (!isXidStart(cps[0]!)) return 0;
  for (let i = 1; i < cps.length; i++) if (!isXidContinue(cps[i]!)) return i;
  return cps.length;
}

/** Code points of a JS string. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out.push(0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00));
    } else out.push(c);
  }
  return out;
}

export function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length >= 4 ? h : "0000".slice(h.length) + h;
}
