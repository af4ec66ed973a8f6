/**
 * f-strings as CPython 3.11 parses them (Parser/string_parser.c): an f-string is one STRING
 * token whose text is scanned for replacement fields; each expression is parsed by a sub-parser
 * over "(" + text + ")" positioned inside the enclosing source (fstring_find_expr_location,
 * quirks included), conversions and nested format specs follow.
 */
import * as A from "../ast/nodes.ts";
import { Mode, Parser, type Token } from "./parser.ts";
import { utf8Decode } from "../tokenizer/utf8.ts";
import { runParser } from "./run.ts";
import { decodeUnicodeEscapes, takeCps } from "./escapes.ts";
import { finish, FState } from "./strings.ts";

const enum C { BSLASH = 92, LBRACE = 123, RBRACE = 125, QUOTE1 = 39, QUOTE2 = 34, NL = 10 }

interface Cursor { pos: number }

/** _PyPegen_FstringParser_ConcatFstring */
export function concatFstring(p: Parser, st: FState, s: Cursor, end: number, raw: boolean, recurseLvl: number,
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
