/**
 * str's case conversions and character-class predicates (Objects/unicodeobject.c do_upper,
 * do_lower, do_title, do_capitalize, do_swapcase, do_casefold and the is* methods), on the
 * Unicode 14 data of unicode_ctype.ts. Full mappings: one character may map to several.
 * Strings are JS strings (UTF-16); iteration goes by code point.
 */
import {
  CT, ctype, toLowerFull, toUpperFull, toTitleFull, toFoldFull,
} from "./unicode_ctype.ts";

/** Code points of `s` (a surrogate pair is one; a lone surrogate stands for itself). */
export function toCodePoints(s: string): number[] {
  const out: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
function chr(cp: number): string {
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/** Is the Σ at cps[i] in the Final_Sigma context (handle_capital_sigma)? */
function finalSigma(cps: number[], i: number): boolean {
  let j = i - 1;
  let c = 0;
  for (; j >= 0; j--) {
    c = cps[j]!;
    if ((ctype(c) & CT.CASE_IGNORABLE) === 0) break;
  }
  let fin = j >= 0 && (ctype(c) & CT.CASED) !== 0;
  if (fin && i + 1 < cps.length) {
    for (j = i + 1; j < cps.length; j++) {
      c = cps[j]!;
      if ((ctype(c) & CT.CASE_IGNORABLE) === 0) break;
    }
    fin = j === cps.length || (ctype(c) & CT.CASED) === 0;
  }
  return fin;
}
/** lower_ucs4: the lowercase of cps[i] with the Final_Sigma rule. */
function lowerAt(cps: number[], i: number): string {
  const c = cps[i]!;
  if (c === 0x3a3) return finalSigma(cps, i) ? "\u03c2" : "\u03c3";
  return toLowerFull(c) ?? chr(c);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

export function strLower(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  const cps = toCodePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}
export function strUpper(s: string): string {
  if (isAscii(s)) return s.toUpperCase();
  let out = "";
  for (const c of toCodePoints(s)) out += toUpperFull(c) ?? chr(c);
  return out;
}
export function strCasefold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  let out = "";
  for (const c of toCodePoints(s)) out += toFoldFull(c) ?? chr(c);
  return out;
}
export function strSwapcase(s: string): string {
  const cps = toCodePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    const f = ctype(c);
    if (f & CT.UPPER) out += lowerAt(cps, i);
    else if (f & CT.LOWER) out += toUpperFull(c) ?? chr(c);
    else out += chr(c);
  }
  return out;
}
export function strTitle(s: string): string {
  const cps = toCodePoints(s);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    out += prevCased ? lowerAt(cps, i) : toTitleFull(c) ?? chr(c);
    prevCased = (ctype(c) & CT.CASED) !== 0;
  }
  return out;
}
export function strCapitalize(s: string): string {
  const cps = toCodePoints(s);
  if (cps.length === 0) return "";
  let out = toTitleFull(cps[0]!) ?? chr(cps[0]!);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

// ---- predicates -----------------------------------------------------------------------------

/** Non-empty and every code point has one of the `mask` flags. */
export function allHave(s: string, mask: number): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if ((ctype(c) & mask) === 0) return false;
  }
  return true;
}
export function strIsAlnum(s: string): boolean {
  return allHave(s, CT.ALPHA | CT.DECIMAL | CT.DIGIT | CT.NUMERIC);
}
export function strIsLower(s: string): boolean {
  let cased = false;
  for (const c of toCodePoints(s)) {
    const f = ctype(c);
    if (f & (CT.UPPER | CT.TITLE)) return false;
    if (f & CT.LOWER) cased = true;
  }
  return cased;
}
export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const c of toCodePoints(s)) {
    const f = ctype(c);
    if (f & (CT.LOWER | CT.TITLE)) return false;
    if (f & CT.UPPER) cased = true;
  }
  return cased;
}
export function strIsTitle(s: string): boolean {
  let cased = false, prev = false;
  for (const c of toCodePoints(s)) {
    const f = ctype(c);
    if (f & (CT.UPPER | CT.TITLE)) {
      if (prev) return false;
      prev = true;
      cased = true;
    } else if (f & CT.LOWER) {
      if (!prev) return false;
      prev = true;
      cased = true;
    } else prev = false;
  }
  return cased;
}
export function strIsPrintable(s: string): boolean {
  for (const c of toCodePoints(s)) if ((ctype(c) & CT.PRINTABLE) === 0) return false;
  return true;
}
export function strIsIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  // ASCII: [A-Za-z_][A-Za-z0-9_]* without the Unicode tables (decoding them costs ~5 ms)
  const a = asciiIdentifier(s);
  if (a !== 0) return a === 1;
  const cps = toCodePoints(s);
  if ((ctype(cps[0]!) & CT.XID_START) === 0) return false;
  for (let i = 1; i < cps.length; i++) if ((ctype(cps[i]!) & CT.XID_CONTINUE) === 0) return false;
  return true;
}
/** 1: an ASCII identifier, 2: ASCII but not an identifier, 0: not ASCII (s non-empty). */
function asciiIdentifier(s: string): number {
  let ok = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return 0;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
    if (!letter && (i === 0 || c < 48 || c > 57)) ok = false;
  }
  return ok ? 1 : 2;
}
export function strIsAscii(s: string): boolean {
  return isAscii(s);
}
