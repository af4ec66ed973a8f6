/**
 * String literals: decoding STRING tokens (prefixes, quotes; escapes in escapes.ts) and
 * concatenating adjacent literals, f-strings included (fstrings.ts), as CPython 3.11 does
 * (Parser/string_parser.c, _PyPegen_concatenate_strings).
 */
import * as A from "../ast/nodes.ts";
import type { Parser, Token } from "./parser.ts";
import { utf8Decode } from "../tokenizer/utf8.ts";
import { firstInvalidUtf8, utf8ErrorMessage } from "./source.ts";
import { STR_CODE_POINTS } from "../ast/surrogates.ts";
import { codePoints } from "../tokenizer/chars.ts";
import { decodeBytesEscapes, decodeUnicodeEscapes, takeCps } from "./escapes.ts";
import { concatFstring } from "./fstrings.ts";

const enum C { BSLASH = 92 }

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
export class FState {
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

export function finish(p: Parser, st: FState, first: Token, last: Token): A.expr {
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
