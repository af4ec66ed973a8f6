/**
 * Character sets ([...], \d and friends, case-insensitive literals) as one membership test that
 * includes the case handling of the op using it.
 *
 * Construction follows sre_compile._optimize_charset's meaning (not its encoding): under
 * IGNORECASE (without LOCALE) every BMP literal or range is replaced by the lower-case forms of
 * its characters plus their _EXTRA_CASES; characters outside the BMP stay as they are (ranges of
 * them become "RANGE_UNI_IGNORE": c or upper(c) in range); categories stay. If nothing in the set
 * is cased, the set is tested on the character itself, otherwise on its lower-case form (ASCII or
 * Unicode). With LOCALE + IGNORECASE the set is tested on the locale lower and upper forms.
 * `test` answers for characters < 256 from a table built at construction.
 */
import { FLAG_IGNORECASE, FLAG_LOCALE, FLAG_UNICODE } from "./constants.ts";
import {
  anyCasedUni, extraCases, inCategory, isCasedAscii, isCasedUni, lowerAscii, lowerLocale, lowerUni, upperLocale, upperUni,
} from "./chars.ts";
import { SetOp, type SetItem } from "./nodes.ts";

export const enum SetMode { PLAIN = 0, ASCII_IGNORE, UNI_IGNORE, LOC_IGNORE }

export class CharSet {
  /** For characters < 256: the answer of test(). */
  private readonly fast: Uint8Array;

  constructor(
    readonly mode: SetMode,
    readonly negate: boolean,
    /** Sorted, merged inclusive ranges of exact members. */
    readonly ranges: Int32Array,
    /** RANGE_UNI_IGNORE pairs: member if c or upperUni(c) is in the range. */
    readonly uniRanges: Int32Array,
    /** Categories (Cat codes). */
    readonly cats: Int32Array,
  ) {
    const fast = new Uint8Array(256);
    for (let c = 0; c < 256; c++) fast[c] = this.slowTest(c) ? 1 : 0;
    this.fast = fast;
  }

  /** Membership of subject character ch, for the op this set belongs to. */
  test(ch: number): boolean {
    if (ch < 256) return this.fast[ch] === 1;
    return this.slowTest(ch);
  }

  private slowTest(ch: number): boolean {
    switch (this.mode) {
      case SetMode.PLAIN: return this.raw(ch);
      case SetMode.ASCII_IGNORE: return this.raw(lowerAscii(ch));
      case SetMode.UNI_IGNORE: return this.raw(lowerUni(ch));
      default: {
        const lo = lowerLocale(ch);
        if (this.raw(lo)) return true;
        const up = upperLocale(ch);
        return up !== lo && this.raw(up);
      }
    }
  }

  /** sre's charset(): membership of an (already case-mapped) character. */
  private raw(ch: number): boolean {
    return this.hit(ch) !== this.negate;
  }

  private hit(ch: number): boolean {
    const r = this.ranges;
    let lo = 0;
    let hi = (r.length >> 1) - 1;
    if (hi >= 0 && ch >= r[0]!) {
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (r[mid << 1]! <= ch) lo = mid;
        else hi = mid - 1;
      }
      if (ch <= r[(lo << 1) + 1]!) return true;
    }
    const u = this.uniRanges;
    for (let i = 0; i < u.length; i += 2) {
      if (u[i]! <= ch && ch <= u[i + 1]!) return true;
      const up = upperUni(ch);
      if (u[i]! <= up && up <= u[i + 1]!) return true;
    }
    const cats = this.cats;
    for (let i = 0; i < cats.length; i++) if (inCategory(cats[i]!, ch)) return true;
    return false;
  }
}

/** Collects exact members as a list of ranges, then sorts and merges them. */
class RangeBuilder {
  private pairs: number[] = [];
  add(lo: number, hi: number): void {
    this.pairs.push(lo, hi);
  }
  build(): Int32Array {
    const p = this.pairs;
    const idx: number[] = [];
    for (let i = 0; i < p.length; i += 2) idx.push(i);
    idx.sort((a, b) => p[a]! - p[b]!);
    const out: number[] = [];
    for (const i of idx) {
      const lo = p[i]!, hi = p[i + 1]!;
      const n = out.length;
      if (n > 0 && lo <= out[n - 1]! + 1) {
        if (hi > out[n - 1]!) out[n - 1] = hi;
      } else {
        out.push(lo, hi);
      }
    }
    return Int32Array.from(out);
  }
}

/** Code points marked in a BMP bitmap -> ranges. */
function bitmapRanges(bits: Uint8Array, rb: RangeBuilder): void {
  let c = 0;
  while (c < bits.length) {
    if (bits[c] === 0) { c++; continue; }
    const start = c;
    while (c < bits.length && bits[c] === 1) c++;
    rb.add(start, c - 1);
  }
}

/**
 * The set for an IN node compiled under `flags`.
 */
export function buildCharSet(items: SetItem[], flags: number): CharSet {
  const ignore = (flags & FLAG_IGNORECASE) !== 0;
  const locale = (flags & FLAG_LOCALE) !== 0;
  const unicode = (flags & FLAG_UNICODE) !== 0;
  const fold = ignore && !locale;
  const lower = unicode ? lowerUni : lowerAscii;
  const fixes = fold && unicode ? extraCases() : null;
  const rb = new RangeBuilder();
  const uni: number[] = [];
  const cats: number[] = [];
  let negate = false;
  let hascased = false;
  let bmp: Uint8Array | null = null; // folded BMP members

  for (const it of items) {
    switch (it.op) {
      case SetOp.NEGATE:
        negate = true;
        break;
      case SetOp.CATEGORY:
        cats.push(it.lo);
        break;
      case SetOp.LITERAL: {
        if (!fold) {
          rb.add(it.lo, it.lo);
          break;
        }
        const lo = lower(it.lo);
        if (lo >= 0x10000) {
          hascased = true;
          rb.add(it.lo, it.lo);
          break;
        }
        bmp ??= new Uint8Array(0x10000);
        bmp[lo] = 1;
        const extra = fixes?.get(lo);
        if (extra !== undefined) for (const k of extra) bmp[k] = 1;
        if (!hascased && (unicode ? isCasedUni(it.lo) : isCasedAscii(it.lo))) hascased = true;
        break;
      }
      case SetOp.RANGE: {
        if (!fold) {
          rb.add(it.lo, it.hi);
          break;
        }
        bmp ??= new Uint8Array(0x10000);
        const top = Math.min(it.hi, 0xffff);
        for (let c = it.lo; c <= top; c++) {
          const lo = lower(c);
          bmp[lo] = 1;
          if (fixes !== null) {
            const extra = fixes.get(lo);
            if (extra !== undefined) for (const k of extra) bmp[k] = 1;
          }
        }
        if (it.hi > 0xffff) {
          hascased = true;
          uni.push(it.lo, it.hi);
        } else if (!hascased) {
          if (unicode) hascased = anyCasedUni(it.lo, it.hi);
          else for (let c = it.lo; c <= it.hi && !hascased; c++) hascased = isCasedAscii(c);
        }
        break;
      }
    }
  }
  if (bmp !== null) bitmapRanges(bmp, rb);
  let mode: SetMode;
  if (ignore && locale) mode = SetMode.LOC_IGNORE;
  else if (!hascased) mode = SetMode.PLAIN;
  else if (!unicode) mode = SetMode.ASCII_IGNORE;
  else mode = SetMode.UNI_IGNORE;
  return new CharSet(mode, negate, rb.build(), Int32Array.from(uni), Int32Array.from(cats));
}

/** A set of exact characters tested on the lower-case form (a cased literal with _EXTRA_CASES). */
export function buildLiteralFoldSet(chars: number[], negate: boolean): CharSet {
  const rb = new RangeBuilder();
  for (const c of chars) rb.add(c, c);
  return new CharSet(SetMode.UNI_IGNORE, negate, rb.build(), new Int32Array(0), new Int32Array(0));
}

