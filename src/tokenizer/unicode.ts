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
