/**
 * Unicode character names for "\N{...}" escapes, as CPython's unicodedata _getcode (with
 * aliases, without named sequences): names compare case-insensitively (ASCII), except the
 * algorithmic "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE ..." forms, which are exact.
 * The table (unicode-names-data.ts) is decoded into a Map on first use.
 */
import { CJK_RANGES, NAMES } from "./unicode-names-data.ts";

let table: Map<string, number> | null = null;

function load(): Map<string, number> {
  const m = new Map<string, number>();
  let cp = 0;
  let prev = "";
  let i = 0;
  const s = NAMES();
  while (i < s.length) {
    let nl = s.indexOf("\n", i);
    if (nl < 0) nl = s.length;
    const sp = s.indexOf(" ", i);
    cp += parseInt(s.slice(i, sp), 36);
    const k = parseInt(s[sp + 1]!, 36);
    const name = prev.slice(0, k) + s.slice(sp + 2, nl);
    if (!m.has(name)) m.set(name, cp);
    prev = name;
    i = nl + 1;
  }
  return m;
}

const L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const TT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** find_syllable: the longest jamo name at s[pos:]; returns [length, index]. */
function findSyllable(s: string, pos: number, names: string[]): [number, number] {
  let len = -1, idx = -1;
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (n.length <= len) continue;
    if (s.startsWith(n, pos)) { len = n.length; idx = i; }
  }
  return [len === -1 ? 0 : len, idx];
}

function upperAscii(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : s[i];
  }
  return out;
}

/** The code point named `name`, or -1. */
export function lookupUnicodeName(name: string): number {
  if (name.startsWith("HANGUL SYLLABLE ")) {
    let pos = 16;
    const [l1, li] = findSyllable(name, pos, L); pos += l1;
    const [l2, vi] = findSyllable(name, pos, V); pos += l2;
    const [l3, ti] = findSyllable(name, pos, TT); pos += l3;
    if (li !== -1 && vi !== -1 && ti !== -1 && pos === name.length) return 0xac00 + (li * 21 + vi) * 28 + ti;
    return -1;
  }
  if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = name.slice(22);
    if (hex.length !== 4 && hex.length !== 5) return -1;
    let v = 0;
    for (let i = 0; i < hex.length; i++) {
      const c = hex.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) v = v * 16 + c - 0x30;
      else if (c >= 0x41 && c <= 0x46) v = v * 16 + c - 0x41 + 10;
      else return -1;
    }
    for (const [a, b] of CJK_RANGES) if (v >= a && v <= b) return v;
    return -1;
  }
  table ??= load();
  return table.get(upperAscii(name)) ?? -1;
}
