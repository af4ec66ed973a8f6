/**
 * String literals: decoding STRING tokens (prefixes, quotes, escapes) and concatenating adjacent
 * literals, including f-strings, as CPython 3.11 does (Parser/string_parser.c): an f-string is
 * one STRING token whose replacement fields are found by scanning its text; each expression is
 * parsed by a sub-parser over "(" + text + ")" positioned inside the enclosing source.
 *
 * Escape-error positions follow CPython: the str decoder sees the literal with every non-ASCII
 * character replaced by a 10-byte "\UXXXXXXXX" escape (and "\" before one by "\u005c"), so
 * positions in "(unicode error)" messages count that way.
 */
import * as A from "../ast/nodes.ts";
import { Mode, Parser, type Token } from "./parser.ts";
import { utf8Decode, utf8SeqLen } from "../tokenizer/utf8.ts";
import { lookupUnicodeName } from "./unicode-names.ts";
import { firstInvalidUtf8, utf8ErrorMessage } from "./source.ts";
import { runParser } from "./run.ts";
import { STR_CODE_POINTS } from "../ast/surrogates.ts";
import { codePoints } from "../tokenizer/chars.ts";

/**
 * Code points of the last string decodeUnicodeEscapes produced, when escapes made surrogate
 * code points (a JS string would merge a high and a low one into one character); else null.
 */
let lastCps: number[] | null = null;
function takeCps(): number[] | null {
  const c = lastCps;
  lastCps = null;
  return c;
}

const enum C { BSLASH = 92, LBRACE = 123, RBRACE = 125, QUOTE1 = 39, QUOTE2 = 34, NL = 10 }

/** What _PyPegen_parsestr finds in a token: modes and the body [start, end) inside the quotes. */
interface StrInfo { bytesmode: boolean; rawmode: boolean; fmode: boolean; start: number; end: number }

function parseStrToken(p: Parser, t: Token): StrInfo {
  const b = p.buf;
  let i = t.start;
  let bytesmode = false, rawmode = false, fmode = false;
  for (;;) {
    const c = b[i]! | 0x20;
    if (c === 0x62) bytesmode = true;
    else if (c === 0x72) rawmode = true;
    else if (c === 0x66) fmode = true;
    else if (c !== 0x75) break;
    i++;
  }
  const quote = b[i]!;
  let start = i + 1;
  let end = t.end - 1;
  if (end - start >= 4 && b[start] === quote && b[start + 1] === quote) {
    start += 2;
    end -= 2;
  }
  return { bytesmode, rawmode, fmode, start, end };
}

/** State of a concatenation (CPython's FstringParser). */
class FState {
  lastStr: string | null = null;
  /** lastStr as code points, kept only once a part with escaped surrogates joined it. */
  cps: number[] | null = null;
  exprs: A.expr[] = [];
  fmode = false;
  concat(s: string, partCps: number[] | null = null): void {
    if (s.length === 0) return;
    if (partCps !== null || this.cps !== null) {
      if (this.cps === null) this.cps = this.lastStr !== null ? codePoints(this.lastStr) : [];
      for (const c of partCps ?? codePoints(s)) this.cps.push(c);
    }
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }
  /** The pending literal as a Constant node; resets it. */
  flush(p: Parser, first: Token, last: Token): A.expr {
    const n = makeStrNode(p, this.lastStr ?? "", first, last, this.cps);
    this.lastStr = null;
    this.cps = null;
    return n;
  }
}

function makeStrNode(p: Parser, s: string, first: Token, last: Token, cps: number[] | null): A.expr {
  const kind = p.buf[first.start] === 0x75 /* 'u' */ ? "u" : null;
  const node = A.Constant(s, kind, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
  if (cps !== null) STR_CODE_POINTS.set(node, cps);
  return node;
}

function finish(p: Parser, st: FState, first: Token, last: Token): A.expr {
  if (!st.fmode) return st.flush(p, first, last);
  if (st.lastStr !== null) st.exprs.push(st.flush(p, first, last));
  return A.JoinedStr(st.exprs, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
}

/** _PyPegen_concatenate_strings: STRING+ -> Constant or JoinedStr. */
export function concatenateStrings(p: Parser, toks: Token[]): A.expr {
  const first = toks[0]!, last = toks[toks.length - 1]!;
  let bytesmode = false;
  let bytesParts: Uint8Array[] | null = null;
  const st = new FState();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const info = parseStrToken(p, t);
    if (info.fmode && p.flags.featureVersion < 6) p.syntaxError("Format strings are only supported in Python 3.6 and greater");
    if (i !== 0 && bytesmode !== info.bytesmode) p.syntaxError("cannot mix bytes and nonbytes literals");
    bytesmode = info.bytesmode;
    if (info.fmode) {
      concatFstring(p, st, { pos: info.start }, info.end, info.rawmode, 0, first, t, last);
    } else if (bytesmode) {
      (bytesParts ??= []).push(decodeBytesLiteral(p, t, info));
    } else {
      const s = decodeStrLiteral(p, t, info);
      st.concat(s, takeCps());
    }
  }
  if (bytesmode) {
    let n = 0;
    for (const x of bytesParts!) n += x.length;
    const out = new Uint8Array(n);
    let k = 0;
    for (const x of bytesParts!) { out.set(x, k); k += x.length; }
    return A.Constant(out, null, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
  }
  return finish(p, st, first, last);
}

function hasBackslash(b: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (b[i] === C.BSLASH) return true;
  return false;
}

function decodeStrLiteral(p: Parser, t: Token, info: StrInfo): string {
  const b = p.buf;
  const bad = firstInvalidUtf8(b, info.start, info.end);
  if (bad !== null) p.syntaxError("(unicode error) " + utf8ErrorMessage(b, bad, info.start));
  if (info.rawmode || !hasBackslash(b, info.start, info.end)) return utf8Decode(b, info.start, info.end);
  return decodeUnicodeEscapes(p, b, info.start, info.end);
}

function decodeBytesLiteral(p: Parser, t: Token, info: StrInfo): Uint8Array {
  const b = p.buf;
  for (let i = info.start; i < t.end; i++) {
    if (b[i]! >= 0x80) p.errorAt(t, "bytes can only contain ASCII literal characters");
  }
  if (info.rawmode || !hasBackslash(b, info.start, info.end)) return b.slice(info.start, info.end);
  return decodeBytesEscapes(p, b, info.start, info.end);
}

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
function decodeBytesEscapes(p: Parser, b: Uint8Array, start: number, end: number): Uint8Array {
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

// ---- f-strings -------------------------------------------------------------------------------

interface Cursor { pos: number }

/** _PyPegen_FstringParser_ConcatFstring */
function concatFstring(p: Parser, st: FState, s: Cursor, end: number, raw: boolean, recurseLvl: number,
                       first: Token, t: Token, last: Token): void {
  st.fmode = true;
  for (;;) {
    // fstring_find_literal_and_expr
    const lit = findLiteral(p, s, end, raw, recurseLvl);
    if (lit.literal !== null) st.concat(lit.literal, lit.cps);
    if (lit.result === 1) continue;
    if (s.pos >= end || p.buf[s.pos] === C.RBRACE) break;
    const ex = findExpr(p, s, end, raw, recurseLvl, first, t, last);
    if (ex.exprText !== null) st.concat(ex.exprText);
    if (st.lastStr !== null) st.exprs.push(st.flush(p, first, last));
    st.exprs.push(ex.expression);
  }
  if (recurseLvl === 0 && s.pos < end - 1) p.syntaxError("f-string: unexpected end of string");
  if (recurseLvl !== 0 && p.buf[s.pos] !== C.RBRACE) p.syntaxError("f-string: expecting '}'");
}

/** fstring_find_literal: the literal text up to the next '{' (or '}' / end). */
function findLiteral(p: Parser, s: Cursor, end: number, raw: boolean, recurseLvl: number): { result: number; literal: string | null; cps: number[] | null } {
  const b = p.buf;
  let i = s.pos;
  const literalStart = i;
  let result = 0;
  let litEnd: number;
  for (;;) {
    if (i >= end) { litEnd = i; s.pos = i; break; }
    let ch = b[i++]!;
    if (!raw && ch === C.BSLASH && i < end) {
      ch = b[i++]!;
      if (ch === 0x4e) {
        if (i < end && b[i++] === C.LBRACE) {
          while (i < end && b[i++] !== C.RBRACE) { /* skip the name */ }
          continue;
        }
        continue;
      }
    }
    if (ch === C.LBRACE || ch === C.RBRACE) {
      if (recurseLvl === 0) {
        if (i < end && b[i] === ch) {
          litEnd = i;
          s.pos = i + 1;
          result = 1;
          break;
        }
        if (ch === C.RBRACE) {
          s.pos = i - 1;
          p.syntaxError("f-string: single '}' is not allowed");
        }
      }
      i--;
      litEnd = i;
      s.pos = i;
      break;
    }
  }
  let literal: string | null = null;
  let cps: number[] | null = null;
  if (litEnd !== literalStart) {
    literal = raw ? utf8Decode(b, literalStart, litEnd) : decodeUnicodeEscapes(p, b, literalStart, litEnd);
    if (!raw) cps = takeCps();
  }
  return { result, literal, cps };
}

const MAXLEVEL = 200;

/** fstring_find_expr: one replacement field starting at '{'. */
function findExpr(p: Parser, s: Cursor, end: number, raw: boolean, recurseLvl: number,
                  first: Token, t: Token, last: Token): { exprText: string | null; expression: A.expr } {
  const b = p.buf;
  let quoteChar = 0;
  let stringType = 0;
  let nestedDepth = 0;
  const parenStack: number[] = [];
  let exprText: string | null = null;
  let conversion = -1;
  let formatSpec: A.expr | null = null;

  if (recurseLvl >= 2) p.syntaxError("f-string: expressions nested too deeply");
  s.pos++;
  const exprStart = s.pos;
  for (; s.pos < end; s.pos++) {
    const ch = b[s.pos]!;
    if (ch === C.BSLASH) p.syntaxError("f-string expression part cannot include a backslash");
    if (quoteChar) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (s.pos + 2 < end && b[s.pos + 1] === ch && b[s.pos + 2] === ch) {
            s.pos += 2;
            stringType = 0;
            quoteChar = 0;
            continue;
          }
        } else {
          quoteChar = 0;
          stringType = 0;
          continue;
        }
      }
      continue;
    }
    if (ch === C.QUOTE1 || ch === C.QUOTE2) {
      if (s.pos + 2 < end && b[s.pos + 1] === ch && b[s.pos + 2] === ch) {
        stringType = 3;
        s.pos += 2;
      } else stringType = 1;
      quoteChar = ch;
    } else if (ch === 0x5b || ch === C.LBRACE || ch === 0x28) {
      if (nestedDepth >= MAXLEVEL) p.syntaxError("f-string: too many nested parenthesis");
      parenStack[nestedDepth] = ch;
      nestedDepth++;
    } else if (ch === 0x23) {
      p.syntaxError("f-string expression part cannot include '#'");
    } else if (nestedDepth === 0 && (ch === 0x21 || ch === 0x3a || ch === C.RBRACE || ch === 0x3d || ch === 0x3e || ch === 0x3c)) {
      if (s.pos + 1 < end) {
        const next = b[s.pos + 1]!;
        if ((ch === 0x21 && next === 0x3d) || (ch === 0x3d && next === 0x3d) || (ch === 0x3c && next === 0x3d) || (ch === 0x3e && next === 0x3d)) {
          s.pos++;
          continue;
        }
      }
      if (ch === 0x3e || ch === 0x3c) continue;
      break;
    } else if (ch === 0x5d || ch === C.RBRACE || ch === 0x29) {
      if (!nestedDepth) p.syntaxError(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      nestedDepth--;
      const opening = parenStack[nestedDepth]!;
      if (!((opening === 0x28 && ch === 0x29) || (opening === 0x5b && ch === 0x5d) || (opening === C.LBRACE && ch === C.RBRACE))) {
        p.syntaxError(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
      }
    }
  }
  const exprEnd = s.pos;
  if (quoteChar) p.syntaxError("f-string: unterminated string");
  if (nestedDepth) p.syntaxError(`f-string: unmatched '${String.fromCharCode(parenStack[nestedDepth - 1]!)}'`);
  if (s.pos >= end) p.syntaxError("f-string: expecting '}'");

  const simple = compileExpr(p, exprStart, exprEnd, t);

  if (b[s.pos] === 0x3d) {
    if (p.flags.featureVersion < 8) p.syntaxError("f-string: self documenting expressions are only supported in Python 3.8 and greater");
    s.pos++;
    while (s.pos < end && isSpace(b[s.pos]!)) s.pos++;
    if (s.pos >= end) p.syntaxError("f-string: expecting '}'");
    exprText = utf8Decode(b, exprStart, s.pos);
  }
  if (b[s.pos] === 0x21) {
    s.pos++;
    if (s.pos >= end) p.syntaxError("f-string: expecting '}'");
    conversion = b[s.pos]!;
    s.pos++;
    if (!(conversion === 0x73 || conversion === 0x72 || conversion === 0x61)) {
      p.syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  if (s.pos < end && b[s.pos] === 0x3a) {
    s.pos++;
    if (s.pos >= end) p.syntaxError("f-string: expecting '}'");
    // fstring_parse: the format spec is an f-string of its own, one level deeper
    const spec = new FState();
    concatFstring(p, spec, s, end, raw, recurseLvl + 1, first, t, last);
    formatSpec = finish(p, spec, t, t);
  }
  if (s.pos >= end || b[s.pos] !== C.RBRACE) p.syntaxError("f-string: expecting '}'");
  s.pos++;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 0x72;
  const expression = A.FormattedValue(simple, conversion, formatSpec, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
  return { exprText, expression };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

/** fstring_compile_expr: parse b[exprStart:exprEnd] as "(" expr ")" positioned inside token t. */
function compileExpr(p: Parser, exprStart: number, exprEnd: number, t: Token): A.expr {
  const b = p.buf;
  let k = exprStart;
  for (; k < exprEnd; k++) {
    const c = b[k];
    if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c)) break;
  }
  if (k === exprEnd) {
    const c = b[exprEnd]!;
    if (c === 0x21 || c === 0x3a || c === 0x3d) p.syntaxError(`f-string: expression required before '${String.fromCharCode(c)}'`);
    p.syntaxError("f-string: empty expression not allowed");
  }

  // fstring_find_expr_location: lines and columns to shift the sub-parser's positions by
  let lines = 0, cols = 0;
  const brace = exprStart - 1;
  let newlineAfterBrace = true;
  for (let q = exprStart; q < exprEnd + 1 && b[q] !== C.RBRACE && b[q] !== C.NL; q++) {
    const c = b[q];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) { newlineAfterBrace = false; break; }
  }
  if (!newlineAfterBrace) {
    let q = brace;
    while (q > t.start && b[q] !== C.NL) q--;
    cols += brace - q;
    if (b[q] === C.NL) cols -= 1;
  }
  for (let q = t.start; q < brace; q++) if (b[q] === C.NL) lines++;

  const len = exprEnd - exprStart;
  const sub = new Uint8Array(len + 3);
  sub[0] = 0x28;
  sub.set(b.subarray(exprStart, exprEnd), 1);
  sub[len + 1] = 0x29;
  sub[len + 2] = 0x0a;
  const p2 = new Parser(sub, p.filename, Mode.FString,
    { typeComments: p.flags.typeComments, featureVersion: p.flags.featureVersion, charOffsets: false, barryAsFlufl: p.flags.barryAsFlufl },
    t.lineno + lines - 1);
  p2.startingLineno = t.lineno + lines;
  p2.startingColOffset = lines !== 0 ? cols : t.col_offset + cols;
  return runParser(p2) as A.expr;
}
