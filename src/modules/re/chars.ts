/**
 * Character predicates and case mappings as CPython's re engine sees them.
 *
 * - ASCII forms (bytes patterns, re.ASCII): \d = [0-9], \s = [ \t\n\r\f\v], \w = [a-zA-Z0-9_],
 *   case mapping only for A-Z / a-z.
 * - LOCALE forms (bytes + re.LOCALE): the C library's ctype for the current locale. tspy assumes
 *   a C / UTF-8 locale, where that is the ASCII behaviour for every byte.
 * - Unicode forms (str patterns): \d = str.isdecimal, \s = str.isspace, \w = isalnum or '_', and
 *   the simple lower-case mapping (_sre.unicode_tolower).
 *
 * Tables: src/modules/re/unicode-data.ts (scripts/gen-re-tables.py) and the tokenizer's
 * unicode-tables.ts; each is decoded on first use.
 */
import { isSpace, isWordChar } from "../../tokenizer/unicode.ts";
import { ALPHA, CASED, DECIMAL, EXTRA_CASES, LOWER, UPPER } from "./unicode-data.ts";

/** Character categories (\d \D \s \S \w \W), in the three flavours the compiler chooses between. */
export const enum Cat {
  DIGIT = 0, NOT_DIGIT, SPACE, NOT_SPACE, WORD, NOT_WORD,
  LOC_WORD, LOC_NOT_WORD,
  UNI_DIGIT, UNI_NOT_DIGIT, UNI_SPACE, UNI_NOT_SPACE, UNI_WORD, UNI_NOT_WORD,
}

/** Sorted inclusive ranges [s0, e0, s1, e1, ...]. */
type RangeSet = Int32Array;

function decodeRanges(packed: string): RangeSet {
  const parts = packed.split(",");
  const out = new Int32Array(parts.length);
  let prevEnd = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const start = (i === 0 ? 0 : prevEnd) + parseInt(parts[i]!, 36);
    const end = start + parseInt(parts[i + 1]!, 36);
    out[i] = start;
    out[i + 1] = end;
    prevEnd = end;
  }
  return out;
}

/** Index of the last pair whose start <= cp, or -1. */
function findPair(r: RangeSet, cp: number): number {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  if (hi < 0 || cp < r[0]!) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (r[mid << 1]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function inRanges(r: RangeSet, cp: number): boolean {
  const i = findPair(r, cp);
  return i >= 0 && cp <= r[(i << 1) + 1]!;
}

/** Decodes a (source, target) mapping into parallel sorted arrays. */
function decodeMap(packed: string): [Int32Array, Int32Array] {
  const parts = packed.split(",");
  const n = parts.length >> 1;
  const src = new Int32Array(n);
  const dst = new Int32Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const s = prev + parseInt(parts[2 * i]!, 36);
    src[i] = s;
    dst[i] = s + parseInt(parts[2 * i + 1]!, 36) - (1 << 21);
    prev = s;
  }
  return [src, dst];
}

function lookupMap(src: Int32Array, dst: Int32Array, cp: number): number {
  let lo = 0;
  let hi = src.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = src[mid]!;
    if (v === cp) return dst[mid]!;
    if (v < cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return cp;
}

let decimal: RangeSet | null = null;
let alpha: RangeSet | null = null;
let cased: RangeSet | null = null;
let lowerBmp: Uint16Array | null = null;
let lowerSrc: Int32Array | null = null;
let lowerDst: Int32Array | null = null;
let upperSrc: Int32Array | null = null;
let upperDst: Int32Array | null = null;
let extra: Map<number, number[]> | null = null;

// ---- ASCII

export function isAsciiDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

/** sre's ASCII space: \t \n \v \f \r and ' '. */
export function isAsciiSpace(ch: number): boolean {
  return ch === 0x20 || (ch >= 9 && ch <= 13);
}

export function isAsciiWord(ch: number): boolean {
  return (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x30 && ch <= 0x39) || ch === 0x5f;
}

export function lowerAscii(ch: number): number {
  return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
}

export function upperAscii(ch: number): number {
  return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
}

/** _sre.ascii_iscased. */
export function isCasedAscii(ch: number): boolean {
  return ch < 128 && ((ch >= 0x61 && ch <= 0x7a) || (ch >= 0x41 && ch <= 0x5a));
}

// ---- locale (C / UTF-8 locale: ASCII ctype for every byte)

export const lowerLocale = lowerAscii;
export const upperLocale = upperAscii;
export const isLocaleWord = isAsciiWord;

// ---- Unicode

/** str.isdecimal() of one character. */
export function isUniDigit(ch: number): boolean {
  if (ch < 128) return ch >= 0x30 && ch <= 0x39;
  return inRanges(decimal ??= decodeRanges(DECIMAL), ch);
}

/** The value of a decimal digit (isUniDigit(ch) must hold). */
export function decimalValue(ch: number): number {
  const r = decimal ??= decodeRanges(DECIMAL);
  const i = findPair(r, ch);
  return (ch - r[i << 1]!) % 10;
}

export function isUniSpace(ch: number): boolean {
  return isSpace(ch);
}

export function isUniWord(ch: number): boolean {
  return isWordChar(ch);
}

/** str.isalpha() of one character. */
export function isAlpha(ch: number): boolean {
  if (ch < 128) return (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x41 && ch <= 0x5a);
  return inRanges(alpha ??= decodeRanges(ALPHA), ch);
}

function loadLower(): Uint16Array {
  const [src, dst] = decodeMap(LOWER);
  const bmp = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) bmp[c] = c;
  let astral = 0;
  for (let i = 0; i < src.length; i++) {
    if (src[i]! < 0x10000) bmp[src[i]!] = dst[i]!;
    else astral++;
  }
  lowerSrc = src.subarray(src.length - astral);
  lowerDst = dst.subarray(dst.length - astral);
  lowerBmp = bmp;
  return bmp;
}

/** _sre.unicode_tolower: the simple lower-case mapping. */
export function lowerUni(ch: number): number {
  if (ch < 0x80) return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
  if (ch < 0x10000) return (lowerBmp ?? loadLower())[ch]!;
  if (lowerBmp === null) loadLower();
  return lookupMap(lowerSrc!, lowerDst!, ch);
}

/** sre_upper_unicode: the simple upper-case mapping, or the first character of the full one. */
export function upperUni(ch: number): number {
  if (ch < 0x80) return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
  if (upperSrc === null) [upperSrc, upperDst] = decodeMap(UPPER);
  return lookupMap(upperSrc, upperDst!, ch);
}

/** _sre.unicode_iscased. */
export function isCasedUni(ch: number): boolean {
  return inRanges(cased ??= decodeRanges(CASED), ch);
}

/** Whether some character in [lo, hi] is cased (Unicode). */
export function anyCasedUni(lo: number, hi: number): boolean {
  const r = cased ??= decodeRanges(CASED);
  let i = findPair(r, lo);
  if (i >= 0 && lo <= r[(i << 1) + 1]!) return true;
  i++;
  return (i << 1) < r.length && r[i << 1]! <= hi;
}

/** re._casefix._EXTRA_CASES: lower-cased characters that share an upper case with others. */
export function extraCases(): Map<number, number[]> {
  if (extra !== null) return extra;
  const m = new Map<number, number[]>();
  for (const group of EXTRA_CASES.split(",")) {
    const cps = group.split(":").map((x) => parseInt(x, 36));
    m.set(cps[0]!, cps.slice(1));
  }
  extra = m;
  return m;
}

/** sre_category: does `ch` belong to category `cat`? */
export function inCategory(cat: number, ch: number): boolean {
  switch (cat) {
    case Cat.DIGIT: return isAsciiDigit(ch);
    case Cat.NOT_DIGIT: return !isAsciiDigit(ch);
    case Cat.SPACE: return isAsciiSpace(ch);
    case Cat.NOT_SPACE: return !isAsciiSpace(ch);
    case Cat.WORD: return isAsciiWord(ch);
    case Cat.NOT_WORD: return !isAsciiWord(ch);
    case Cat.LOC_WORD: return isLocaleWord(ch);
    case Cat.LOC_NOT_WORD: return !isLocaleWord(ch);
    case Cat.UNI_DIGIT: return isUniDigit(ch);
    case Cat.UNI_NOT_DIGIT: return !isUniDigit(ch);
    case Cat.UNI_SPACE: return isUniSpace(ch);
    case Cat.UNI_NOT_SPACE: return !isUniSpace(ch);
    case Cat.UNI_WORD: return isUniWord(ch);
    case Cat.UNI_NOT_WORD: return !isUniWord(ch);
  }
  return false;
}
