/**
 * Escape sequences of str and bytes literals: CPython's decode_unicode_with_escapes (with the
 * unicode-escape codec) and _PyBytes_DecodeEscape, with their error messages.
 *
 * Positions in "(unicode error)" messages follow CPython: the str decoder sees the literal with
 * every non-ASCII character replaced by a 10-byte "\UXXXXXXXX" escape (and "\" before one by
 * "\u005c"), so positions count that way.
 */
import type { Parser } from "./parser.ts";
import { utf8Decode, utf8SeqLen } from "../tokenizer/utf8.ts";
import { lookupUnicodeName } from "./unicode-names.ts";
import { codePoints } from "../tokenizer/chars.ts";

/**
 * Code points of the last string decodeUnicodeEscapes produced, when escapes made surrogate
 * code points (a JS string would merge a high and a low one into one character); else null.
 */
let lastCps: number[] | null = null;
export function takeCps(): number[] | null {
  const c = lastCps;
  lastCps = null;
  return c;
}


const enum C { BSLASH = 92, LBRACE = 123, RBRACE = 125, QUOTE1 = 39, QUOTE2 = 34, NL = 10 }

function hexVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return 16;
}

function unicodeError(p: Parser, start: number, end: number, firstByte: number, msg: string): never {
  const detail = end - start === 1
    ? `'unicodeescape' codec can't decode byte 0x${firstByte.toString(16).padStart(2, "0")} in position ${start}: ${msg}`
    : `'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${msg}`;
  p.syntaxError(`(unicode error) ${detail}`);
}

/**
 * decode_unicode_with_escapes + the unicode-escape codec over b[start:end] (UTF-8 source).
 * `pos` is the position in CPython's transformed buffer (see the file comment).
 */
export function decodeUnicodeEscapes(p: Parser, b: Uint8Array, start: number, end: number): string {
  let out = "";
  let pos = 0;
  // code points of `out` up to `cpsAt`, once an escape made a surrogate code point
  let cps: number[] | null = null;
  let cpsAt = 0;
  let i = start;
  while (i < end) {
    let c = b[i]!;
    if (c !== C.BSLASH) {
      if (c < 0x80) {
        let j = i + 1;
        while (j < end && b[j]! < 0x80 && b[j] !== C.BSLASH) j++;
        out += utf8Decode(b, i, j);
        pos += j - i;
        i = j;
      } else {
        let j = i;
        while (j < end && b[j]! >= 0x80) j += utf8SeqLen(b, j, end) || 1;
        const s = utf8Decode(b, i, j);
        out += s;
        for (let k = 0; k < s.length; k++) {
          const cc = s.charCodeAt(k);
          if (cc >= 0xd800 && cc < 0xdc00) k++;
          pos += 10;
        }
        i = j;
      }
      continue;
    }
    // a backslash
    if (i + 1 >= end || b[i + 1]! >= 0x80) {
      out += "\\";
      pos += 6;
      i++;
      continue;
    }
    const startPos = pos;
    i++; pos++;
    c = b[i++]!; pos++;
    switch (c) {
      case C.NL: break;
      case C.BSLASH: out += "\\"; break;
      case C.QUOTE1: out += "'"; break;
      case C.QUOTE2: out += "\""; break;
      case 0x62: out += "\b"; break;
      case 0x66: out += "\f"; break;
      case 0x74: out += "\t"; break;
      case 0x6e: out += "\n"; break;
      case 0x72: out += "\r"; break;
      case 0x76: out += "\v"; break;
      case 0x61: out += "\x07"; break;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        let v = c - 0x30;
        if (i < end && b[i]! >= 0x30 && b[i]! <= 0x37) {
          v = (v << 3) + b[i++]! - 0x30; pos++;
          if (i < end && b[i]! >= 0x30 && b[i]! <= 0x37) { v = (v << 3) + b[i++]! - 0x30; pos++; }
        }
        out += String.fromCharCode(v);
        break;
      }
      case 0x78: case 0x75: case 0x55: {
        const count = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
        const msg = c === 0x78 ? "truncated \\xXX escape" : c === 0x75 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        let v = 0;
        for (let k = 0; k < count; k++) {
          if (i >= end) unicodeError(p, startPos, pos, C.BSLASH, msg);
          const h = hexVal(b[i]!);
          if (h === 16) unicodeError(p, startPos, pos, C.BSLASH, msg);
          v = v * 16 + h;
          i++; pos++;
        }
        if (v > 0x10ffff) unicodeError(p, startPos, pos, C.BSLASH, "illegal Unicode character");
        if (v >= 0xd800 && v < 0xe000) {
          if (cps === null) { cps = codePoints(out); cpsAt = out.length; }
          else { for (const c of codePoints(out.slice(cpsAt))) cps.push(c); cpsAt = out.length; }
          cps.push(v);
          out += String.fromCharCode(v);
          cpsAt = out.length;
          break;
        }
        out += String.fromCodePoint(v);
        break;
      }
      case 0x4e: { // \N{name}
        const msg = "malformed \\N character escape";
        if (i >= end) unicodeError(p, startPos, pos, C.BSLASH, msg);
        if (b[i] === C.LBRACE) {
          i++; pos++;
          const nameStart = i;
          while (i < end && b[i] !== C.RBRACE) { i++; pos++; }
          if (i >= end) unicodeError(p, startPos, pos, C.BSLASH, msg);
          if (i > nameStart) {
            const name = utf8Decode(b, nameStart, i);
            i++; pos++;
            const cp = lookupUnicodeName(name);
            if (cp >= 0) { out += String.fromCodePoint(cp); break; }
            unicodeError(p, startPos, pos, C.BSLASH, "unknown Unicode character name");
          }
        }
        unicodeError(p, startPos, pos, C.BSLASH, msg);
      }
      // falls through (never reached)
      default:
        out += "\\" + String.fromCharCode(c);
    }
  }
  if (cps !== null) for (const c of codePoints(out.slice(cpsAt))) cps.push(c);
  lastCps = cps;
  return out;
}

/** _PyBytes_DecodeEscape over b[start:end]. */
export function decodeBytesEscapes(p: Parser, b: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  let n = 0;
  let i = start;
  while (i < end) {
    let c = b[i]!;
    if (c !== C.BSLASH) { out[n++] = c; i++; continue; }
    i++;
    if (i >= end) { p.syntaxError("(value error) Trailing \\ in string"); }
    c = b[i++]!;
    switch (c) {
      case C.NL: break;
      case C.BSLASH: out[n++] = C.BSLASH; break;
      case C.QUOTE1: out[n++] = C.QUOTE1; break;
      case C.QUOTE2: out[n++] = C.QUOTE2; break;
      case 0x62: out[n++] = 8; break;
      case 0x66: out[n++] = 12; break;
      case 0x74: out[n++] = 9; break;
      case 0x6e: out[n++] = 10; break;
      case 0x72: out[n++] = 13; break;
      case 0x76: out[n++] = 11; break;
      case 0x61: out[n++] = 7; break;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        let v = c - 0x30;
        if (i < end && b[i]! >= 0x30 && b[i]! <= 0x37) {
          v = (v << 3) + b[i++]! - 0x30;
          if (i < end && b[i]! >= 0x30 && b[i]! <= 0x37) v = (v << 3) + b[i++]! - 0x30;
        }
        out[n++] = v & 0xff;
        break;
      }
      case 0x78:
        if (i + 1 < end) {
          const d1 = hexVal(b[i]!), d2 = hexVal(b[i + 1]!);
          if (d1 < 16 && d2 < 16) { out[n++] = (d1 << 4) + d2; i += 2; break; }
        }
        p.syntaxError(`(value error) invalid \\x escape at position ${i - 2 - start}`);
      // falls through (never reached)
      default:
        out[n++] = C.BSLASH;
        out[n++] = c;
    }
  }
  return out.slice(0, n);
}
