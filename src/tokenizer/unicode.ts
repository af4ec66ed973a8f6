/**
 * Unicode character classes as CPython 3.11 sees them (Unicode 14.0.0), independent of
 * the Unicode version of the JS engine running tspy.
 *
 * Tables come from unicode-tables.ts (generated from python3's unicodedata by
 * scripts/gen-unicode-tables.py). Each is decoded once into a sorted Int32Array of
 * inclusive [start, end] pairs; lookups are an ASCII bitmap test, then a binary search.
 */
import { WORD, ID_START, ID_CONTINUE, PRINTABLE, SPACE } from "./unicode-tables.ts";

/** Inclusive ranges [s0, e0, s1, e1, ...], sorted, non-overlapping. */
type RangeSet = Int32Array;

function decode(packed: string): RangeSet {
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

function inRanges(r: RangeSet, cp: number): boolean {
  // Find the last pair whose start <= cp.
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  if (hi < 0 || cp < r[0]!) return false;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (r[mid << 1]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return cp <= r[(lo << 1) + 1]!;
}

// Bit flags for the ASCII fast path.
const F_WORD = 1, F_ID_START = 2, F_ID_CONTINUE = 4, F_PRINTABLE = 8, F_SPACE = 16;

let word: RangeSet | null = null;
let idStart: RangeSet | null = null;
let idContinue: RangeSet | null = null;
let printable: RangeSet | null = null;
let space: RangeSet | null = null;
let ascii: Uint8Array | null = null;

function asciiFlags(): Uint8Array {
  if (ascii !== null) return ascii;
  const a = new Uint8Array(128);
  const sets: [string, number][] = [[WORD, F_WORD], [ID_START, F_ID_START], [ID_CONTINUE, F_ID_CONTINUE],
    [PRINTABLE, F_PRINTABLE], [SPACE, F_SPACE]];
  for (const [packed, flag] of sets) {
    const r = decode(packed);
    for (let c = 0; c < 128; c++) if (inRanges(r, c)) a[c]! |= flag;
  }
  ascii = a;
  return a;
}

/** re's `\w` (str pattern, no ASCII flag): alphanumeric or '_'. */
export function isWordChar(cp: number): boolean {
  if (cp < 128) return (asciiFlags()[cp]! & F_WORD) !== 0;
  return inRanges(word ??= decode(WORD), cp);
}

/** `chr(cp).isidentifier()`: XID_Start or '_'. */
export function isIdStart(cp: number): boolean {
  if (cp < 128) return (asciiFlags()[cp]! & F_ID_START) !== 0;
  return inRanges(idStart ??= decode(ID_START), cp);
}

/** XID_Continue: may follow the first character of an identifier. */
export function isIdContinue(cp: number): boolean {
  if (cp < 128) return (asciiFlags()[cp]! & F_ID_CONTINUE) !== 0;
  return inRanges(idContinue ??= decode(ID_CONTINUE), cp);
}

/** `chr(cp).isprintable()`: repr() leaves the character as is. */
export function isPrintable(cp: number): boolean {
  if (cp < 128) return (asciiFlags()[cp]! & F_PRINTABLE) !== 0;
  return inRanges(printable ??= decode(PRINTABLE), cp);
}

/** `chr(cp).isspace()`: removed by str.strip() / split(). */
export function isSpace(cp: number): boolean {
  if (cp < 128) return (asciiFlags()[cp]! & F_SPACE) !== 0;
  return inRanges(space ??= decode(SPACE), cp);
}

const HEX = "0123456789abcdef";

function hexDigits(n: number, width: number): string {
  let s = "";
  for (let i = width - 1; i >= 0; i--) s += HEX[(n >>> (i * 4)) & 15];
  return s;
}

/**
 * repr(s) for a Python str, with the printable test of Python 3.11's Unicode 14 tables
 * (so it does not drift with the JS engine's Unicode version). A JS string holds a Python
 * str as UTF-16: a surrogate pair is one code point; a lone surrogate stands for itself.
 */
export function reprString(s: string): string {
  const quote = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? 0x22 : 0x27;
  let out = quote === 0x22 ? '"' : "'";
  let run = 0; // start of a run of characters copied as they are
  const n = s.length;
  let i = 0;
  while (i < n) {
    let cp = s.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        width = 2;
      }
    }
    let esc: string | null = null;
    if (cp >= 0x20 && cp < 0x7f) {
      if (cp === quote || cp === 0x5c) esc = "\\" + String.fromCharCode(cp);
    } else if (cp === 0x09) esc = "\\t";
    else if (cp === 0x0a) esc = "\\n";
    else if (cp === 0x0d) esc = "\\r";
    else if (cp < 0x7f) esc = "\\x" + hexDigits(cp, 2);
    else if (!isPrintable(cp)) {
      esc = cp < 0x100 ? "\\x" + hexDigits(cp, 2) : cp < 0x10000 ? "\\u" + hexDigits(cp, 4) : "\\U" + hexDigits(cp, 8);
    }
    if (esc !== null) {
      if (run < i) out += s.slice(run, i);
      out += esc;
      run = i + width;
    }
    i += width;
  }
  if (run < n) out += s.slice(run);
  return out + (quote === 0x22 ? '"' : "'");
}

/** len(s) of the Python str a JS string holds (surrogate pairs count once). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { n--; i++; }
    }
  }
  return n;
}
