/**
 * The `tokenize` module of CPython 3.11 (Lib/tokenize.py), emulated: the pure-Python tokenizer
 * that `python3 -m tokenize` runs. It is NOT the tokenizer the parser uses (tokenizer.ts): it
 * keeps comments (COMMENT) and blank lines (NL), gives every operator the type OP, reports
 * stray characters as ERRORTOKEN instead of failing, and has its own quirks, all reproduced:
 *
 *  - input is read line by line (a line ends just after '\n'; a lone '\r' does not end a line)
 *    and each line is decoded on its own, when it is reached;
 *  - at each position, the token is the first of these that matches (after [ \t\f]* blanks):
 *    backslash-newline | end of line | comment | triple-quote opener | number | newline or
 *    operator (longest) | single-quoted string (closed, or open with backslash-newline) | \w+;
 *    if none matches, the character at the position (possibly a blank) is an ERRORTOKEN;
 *  - a \w+ run whose first character cannot start an identifier (e.g. '²') is an OP;
 *  - an unterminated single-quoted string that was continued with a backslash becomes one
 *    ERRORTOKEN spanning its lines; the `needcont` flag is then (as in CPython) not reset;
 *  - at EOF: NEWLINE '' if the last line has no line end (and is not a comment), a DEDENT per
 *    open indent, ENDMARKER; TokenError inside a bracket / continuation / multi-line string.
 *
 * Positions are (row, column) with columns in code points, as Python's str indices.
 * Errors are thrown: TokenizeError (TokenError / IndentationError) and CodecError (decoding).
 */
import { TokenType } from "./token.ts";
import { isWordChar, isIdStart, isSpace } from "./unicode.ts";
import { detectEncoding, decodeBytes, lineEnd } from "./encoding.ts";

export interface TokenInfo {
  readonly type: TokenType;
  readonly string: string;
  readonly start: readonly [row: number, col: number];
  readonly end: readonly [row: number, col: number];
  readonly line: string;
}

function tok(type: TokenType, string: string, sr: number, sc: number, er: number, ec: number, line: string): TokenInfo {
  return { type, string, start: [sr, sc], end: [er, ec], line };
}

/** TokenError (args: message, (row, col)) or IndentationError (args: message, ("<tokenize>", row, col, line)). */
export class TokenizeError extends Error {
  constructor(
    readonly pyType: "TokenError" | "IndentationError",
    readonly pyMessage: string,
    readonly row: number,
    readonly col: number,
    readonly line: string,
  ) {
    super(`${pyType}: ${pyMessage} (${row}, ${col})`);
  }
}

/** Supplies lines one at a time: a line ends after '\n'; "" means end of input. */
export interface LineSource {
  readLine(): string;
}

/** Lines of bytes, each decoded with `encoding` when it is read (as tokenize does). */
export class ByteLineSource implements LineSource {
  private pos: number;
  constructor(private readonly bytes: Uint8Array, start: number, private readonly encoding: string) {
    this.pos = start;
  }
  readLine(): string {
    const b = this.bytes;
    if (this.pos >= b.length) return "";
    const end = lineEnd(b, this.pos);
    const start = this.pos;
    this.pos = end;
    return decodeBytes(b, start, end, this.encoding);
  }
}

/** Lines of an already decoded text (generate_tokens() over a str readline). */
export class TextLineSource implements LineSource {
  private pos = 0;
  constructor(private readonly text: string) {}
  readLine(): string {
    const t = this.text;
    if (this.pos >= t.length) return "";
    const nl = t.indexOf("\n", this.pos);
    const end = nl < 0 ? t.length : nl + 1;
    const line = t.slice(this.pos, end);
    this.pos = end;
    return line;
  }
}

// Character codes used below.
const TAB = 0x09, LF = 0x0a, FF = 0x0c, CR = 0x0d, SPACE = 0x20, HASH = 0x23, DQUOTE = 0x22,
  SQUOTE = 0x27, DOT = 0x2e, BACKSLASH = 0x5c, UNDERSCORE = 0x5f;

const TABSIZE = 8;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** Code point at i of s (a lone surrogate stands for itself). */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

function hasSurrogates(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Token scanners over one line. Each takes the line and a start index (UTF-16 units) and returns
// the end index of what it matches, or -1.

/** Digits with single underscores between them: [0-9](?:_?[0-9])* ; -1 if none. */
function digitPart(s: string, i: number, n: number): number {
  if (i >= n || !isDigit(s.charCodeAt(i))) return -1;
  i++;
  for (;;) {
    if (i < n && isDigit(s.charCodeAt(i))) i++;
    else if (i + 1 < n && s.charCodeAt(i) === UNDERSCORE && isDigit(s.charCodeAt(i + 1))) i += 2;
    else return i;
  }
}

/** [eE][-+]?digitpart, or -1. */
function exponent(s: string, i: number, n: number): number {
  if (i >= n) return -1;
  const c = s.charCodeAt(i);
  if (c !== 0x65 && c !== 0x45) return -1;
  i++;
  if (i < n && (s.charCodeAt(i) === 0x2b || s.charCodeAt(i) === 0x2d)) i++;
  return digitPart(s, i, n);
}

/**
 * A float: digitpart '.' digitpart? exponent? | '.' digitpart exponent? | digitpart exponent.
 * Returns -1 when there is none at i.
 */
function floatNumber(s: string, i: number, n: number): number {
  let e: number;
  if (s.charCodeAt(i) === DOT) {
    e = digitPart(s, i + 1, n);
    if (e < 0) return -1;
  } else {
    const d = digitPart(s, i, n);
    if (d < 0) return -1;
    if (d < n && s.charCodeAt(d) === DOT) {
      e = d + 1;
      const f = digitPart(s, e, n);
      if (f >= 0) e = f;
    } else {
      return exponent(s, d, n); // Expfloat (exponent required)
    }
  }
  const x = exponent(s, e, n);
  return x >= 0 ? x : e;
}

function isJ(s: string, i: number, n: number): boolean {
  return i < n && (s.charCodeAt(i) === 0x6a || s.charCodeAt(i) === 0x4a);
}

/** 0[xX](?:_?[hex])+ etc.: the run of digits (accepted by `ok`) with single underscores. */
function radixDigits(s: string, i: number, n: number, ok: (c: number) => boolean): number {
  let seen = false;
  for (;;) {
    if (i < n && ok(s.charCodeAt(i))) { i++; seen = true; }
    else if (i + 1 < n && s.charCodeAt(i) === UNDERSCORE && ok(s.charCodeAt(i + 1))) { i += 2; seen = true; }
    else return seen ? i : -1;
  }
}

const isBin = (c: number): boolean => c === 0x30 || c === 0x31;
const isOct = (c: number): boolean => c >= 0x30 && c <= 0x37;

/**
 * A number at i (which holds a digit, or '.' followed by a digit). Alternatives in the order the
 * tokenize module tries them: imaginary (digitpart j | float j), float, int (hex, bin, oct, dec).
 */
function number(s: string, i: number, n: number): number {
  const d = digitPart(s, i, n);
  if (d >= 0 && isJ(s, d, n)) return d + 1;
  const f = floatNumber(s, i, n);
  if (f >= 0) return isJ(s, f, n) ? f + 1 : f;
  if (d < 0) return -1;
  if (s.charCodeAt(i) === 0x30) {
    const x = i + 1 < n ? s.charCodeAt(i + 1) | 0x20 : 0;
    let r = -1;
    if (x === 0x78) r = radixDigits(s, i + 2, n, isHexDigit);
    else if (x === 0x62) r = radixDigits(s, i + 2, n, isBin);
    else if (x === 0x6f) r = radixDigits(s, i + 2, n, isOct);
    if (r >= 0) return r;
    // 0(?:_?0)*
    let j = i + 1;
    for (;;) {
      if (j < n && s.charCodeAt(j) === 0x30) j++;
      else if (j + 1 < n && s.charCodeAt(j) === UNDERSCORE && s.charCodeAt(j + 1) === 0x30) j += 2;
      else return j;
    }
  }
  return d;
}

/** The longest operator or delimiter at i (the keys of token.EXACT_TOKEN_TYPES), or -1. */
function operator(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  const c1 = i + 1 < n ? s.charCodeAt(i + 1) : 0;
  const c2 = i + 2 < n ? s.charCodeAt(i + 2) : 0;
  const EQ = 0x3d;
  switch (c) {
    case 0x28: case 0x29: case 0x5b: case 0x5d: case 0x7b: case 0x7d: // ( ) [ ] { }
    case 0x2c: case 0x3b: case 0x7e: // , ; ~
      return i + 1;
    case 0x3a: // : :=
    case 0x2b: case 0x25: case 0x26: case 0x7c: case 0x5e: case 0x40: case EQ: // + % & | ^ @ =
      return c1 === EQ ? i + 2 : i + 1;
    case 0x21: // !=
      return c1 === EQ ? i + 2 : -1;
    case 0x2d: // - -= ->
      return c1 === EQ || c1 === 0x3e ? i + 2 : i + 1;
    case 0x2a: // * *= ** **=
    case 0x2f: // / /= // //=
    case 0x3c: // < <= << <<=
    case 0x3e: // > >= >> >>=
      if (c1 === c) return c2 === EQ ? i + 3 : i + 2;
      return c1 === EQ ? i + 2 : i + 1;
    case DOT:
      return c1 === DOT && c2 === DOT ? i + 3 : i + 1;
  }
  return -1;
}

/** Length (0..2) of a valid string prefix (b r u f br rb fr rf, any case) ending just before `q`. */
function stringPrefixEnd(s: string, i: number, n: number): number {
  // Returns the index of the quote after a valid prefix starting at i, or -1.
  let j = i;
  let b = 0, r = 0, u = 0, f = 0;
  while (j < n && j - i < 3) {
    const c = s.charCodeAt(j) | 0x20;
    if (c === 0x62) b++;
    else if (c === 0x72) r++;
    else if (c === 0x75) u++;
    else if (c === 0x66) f++;
    else break;
    j++;
  }
  if (j >= n) return -1;
  const q = s.charCodeAt(j);
  if (q !== SQUOTE && q !== DQUOTE) return -1;
  const len = j - i;
  if (len === 0) return j;
  if (len === 1) return j;
  if (len === 2 && r === 1 && (b === 1 || f === 1)) return j;
  return -1;
}

/**
 * The rest of a quoted string from i (just after the opening quote(s)) on this line: returns the
 * index after the closing quote(s), or -1 when the line ends first or a backslash is followed by
 * '\n' or by nothing. Any other escaped character is skipped.
 */
function stringTail(s: string, i: number, n: number, quote: number, triple: boolean): number {
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH) {
      if (i + 1 >= n || s.charCodeAt(i + 1) === LF) return -1;
      i += 2;
    } else if (c === quote) {
      if (!triple) return i + 1;
      if (i + 2 < n && s.charCodeAt(i + 1) === quote && s.charCodeAt(i + 2) === quote) return i + 3;
      i++;
    } else {
      i++;
    }
  }
  return -1;
}

/**
 * A single-quoted string starting on this line, from i (just after the quote): the index after
 * the closing quote, or after a backslash-newline ("\\\n" or "\\\r\n") that continues it on the
 * next line; -1 if the line ends (or a bare '\n' comes) first.
 */
function singleQuotedStart(s: string, i: number, n: number, quote: number): number {
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === LF) return -1;
    if (c === quote) return i + 1;
    if (c === BACKSLASH) {
      if (i + 1 >= n) return -1;
      const d = s.charCodeAt(i + 1);
      if (d === LF) return i + 2;
      if (d === CR && i + 2 < n && s.charCodeAt(i + 2) === LF) return i + 3;
      i += 2;
    } else {
      i++;
    }
  }
  return -1;
}

/** \w+ from i (code points); returns i when there is none. */
function wordRun(s: string, i: number, n: number): number {
  while (i < n) {
    const cp = codePointAt(s, i);
    if (!isWordChar(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** What kind of pseudo-token matched; decides what to do with it. */
const enum Match {
  None, Empty, Continuation, Comment, TripleOpen, Number, Newline, Operator, String, StringOpen, Word,
}

// ---------------------------------------------------------------------------------------------

/**
 * The tokenizer state machine; one instance tokenizes one input. next() returns the next token,
 * null after ENDMARKER, and throws TokenizeError / CodecError where tokenize.py raises.
 */
export class PyTokenizer {
  private queue: TokenInfo[] = [];
  private qpos = 0;
  private done = false;
  private finished = false;

  private lnum = 0;
  private parenlev = 0;
  private continued = false;
  private indents: number[] = [0];
  // A string that spans lines: its text so far, its physical lines, where it began, how it ends.
  private contstr: string | null = null;
  private contline = "";
  private needcont = false;
  private strRow = 0;
  private strCol = 0;
  private endQuote = 0;
  private endTriple = false;
  private lastLine = "";
  private line = "";
  // Column conversion for the current line (UTF-16 index → code point index): does it hold
  // surrogates, and the last conversion done (index, column).
  private astral = false;
  private colIndex = 0;
  private colValue = 0;

  /** `encoding`: the ENCODING token's value, or null for none (generate_tokens). */
  constructor(private readonly src: LineSource, private readonly encoding: string | null) {
    if (encoding !== null) {
      this.queue.push(tok(TokenType.ENCODING, encoding === "utf-8-sig" ? "utf-8" : encoding, 0, 0, 0, 0, ""));
    }
  }

  next(): TokenInfo | null {
    while (this.qpos >= this.queue.length) {
      if (this.finished) return null;
      this.queue.length = 0;
      this.qpos = 0;
      if (this.done) {
        this.finish();
        this.finished = true;
      } else {
        this.step();
      }
    }
    return this.queue[this.qpos++]!;
  }

  *[Symbol.iterator](): Iterator<TokenInfo> {
    for (let t = this.next(); t !== null; t = this.next()) yield t;
  }

  /** All remaining tokens (throws like next()). */
  all(): TokenInfo[] {
    const out: TokenInfo[] = [];
    for (let t = this.next(); t !== null; t = this.next()) out.push(t);
    return out;
  }

  /**
   * Column (code points) of UTF-16 index i of the current line. On lines with surrogates the
   * count resumes from the last conversion when i is at or after it (tokens come left to right).
   */
  private col(i: number): number {
    if (!this.astral) return i;
    const s = this.line;
    let k = 0, n = 0;
    if (i >= this.colIndex) { k = this.colIndex; n = this.colValue; }
    for (; k < i; k++) {
      const c = s.charCodeAt(k);
      if (c >= 0xd800 && c < 0xdc00 && k + 1 < i) {
        const d = s.charCodeAt(k + 1);
        if (d >= 0xdc00 && d < 0xe000) k++;
      }
      n++;
    }
    if (k === i) { this.colIndex = i; this.colValue = n; }
    return n;
  }

  private cpLen(s: string): number {
    if (!hasSurrogates(s)) return s.length;
    let n = 0;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c >= 0xd800 && c < 0xdc00 && k + 1 < s.length) {
        const d = s.charCodeAt(k + 1);
        if (d >= 0xdc00 && d < 0xe000) k++;
      }
      n++;
    }
    return n;
  }

  private push(type: TokenType, s: string, sr: number, sc: number, er: number, ec: number, line: string): void {
    this.queue.push(tok(type, s, sr, sc, er, ec, line));
  }

  /** Read and tokenize one line (the body of tokenize.py's main loop). */
  private step(): void {
    this.lastLine = this.line;
    const line = this.src.readLine();
    this.line = line;
    this.astral = hasSurrogates(line);
    this.colIndex = 0;
    this.colValue = 0;
    this.lnum++;
    const lnum = this.lnum;
    const max = line.length;
    let pos = 0;

    if (this.contstr !== null) {
      if (max === 0) throw new TokenizeError("TokenError", "EOF in multi-line string", this.strRow, this.strCol, "");
      const end = stringTail(line, 0, max, this.endQuote, this.endTriple);
      if (end >= 0) {
        pos = end;
        this.push(TokenType.STRING, this.contstr + line.slice(0, end), this.strRow, this.strCol, lnum, this.col(end),
          this.contline + line);
        this.contstr = null;
        this.needcont = false;
        this.contline = "";
      } else if (this.needcont && !line.endsWith("\\\n") && !line.endsWith("\\\r\n")) {
        this.push(TokenType.ERRORTOKEN, this.contstr + line, this.strRow, this.strCol, lnum, this.cpLen(line),
          this.contline);
        this.contstr = null;
        this.contline = "";
        return;
      } else {
        this.contstr += line;
        this.contline += line;
        return;
      }
    } else if (this.parenlev === 0 && !this.continued) {
      if (max === 0) { this.done = true; return; }
      let column = 0;
      while (pos < max) {
        const c = line.charCodeAt(pos);
        if (c === SPACE) column++;
        else if (c === TAB) column = (Math.floor(column / TABSIZE) + 1) * TABSIZE;
        else if (c === FF) column = 0;
        else break;
        pos++;
      }
      if (pos === max) { this.done = true; return; }
      const c = line.charCodeAt(pos);
      if (c === HASH || c === CR || c === LF) {
        let p = pos;
        if (c === HASH) {
          let e = max;
          while (e > pos && (line.charCodeAt(e - 1) === CR || line.charCodeAt(e - 1) === LF)) e--;
          this.push(TokenType.COMMENT, line.slice(pos, e), lnum, this.col(pos), lnum, this.col(e), line);
          p = e;
        }
        this.push(TokenType.NL, line.slice(p), lnum, this.col(p), lnum, this.col(max), line);
        return;
      }
      const indents = this.indents;
      if (column > indents[indents.length - 1]!) {
        indents.push(column);
        this.push(TokenType.INDENT, line.slice(0, pos), lnum, 0, lnum, this.col(pos), line);
      }
      while (column < indents[indents.length - 1]!) {
        if (indents.indexOf(column) < 0) {
          throw new TokenizeError("IndentationError", "unindent does not match any outer indentation level",
            lnum, this.col(pos), line);
        }
        indents.pop();
        this.push(TokenType.DEDENT, "", lnum, this.col(pos), lnum, this.col(pos), line);
      }
    } else {
      if (max === 0) throw new TokenizeError("TokenError", "EOF in multi-line statement", lnum, 0, "");
      this.continued = false;
    }

    this.scanLine(line, pos, max, lnum);
  }

  /** Tokens of the rest of the line from pos (the inner `while pos < max` loop). */
  private scanLine(line: string, pos: number, max: number, lnum: number): void {
    while (pos < max) {
      // [ \t\f]* then the first alternative that matches.
      let start = pos;
      while (start < max) {
        const c = line.charCodeAt(start);
        if (c !== SPACE && c !== TAB && c !== FF) break;
        start++;
      }
      let end = -1;
      let kind = Match.None;
      if (start >= max) {
        kind = Match.Empty;
        end = start;
      } else {
        const c = line.charCodeAt(start);
        if (c === BACKSLASH) {
          const d = start + 1 < max ? line.charCodeAt(start + 1) : 0;
          if (d === LF) { kind = Match.Continuation; end = start + 2; }
          else if (d === CR && start + 2 < max && line.charCodeAt(start + 2) === LF) { kind = Match.Continuation; end = start + 3; }
        } else if (c === HASH) {
          end = start + 1;
          while (end < max) {
            const d = line.charCodeAt(end);
            if (d === CR || d === LF) break;
            end++;
          }
          kind = Match.Comment;
        } else if (isDigit(c) || (c === DOT && start + 1 < max && isDigit(line.charCodeAt(start + 1)))) {
          end = number(line, start, max);
          kind = Match.Number;
        } else if (c === LF) {
          end = start + 1; kind = Match.Newline;
        } else if (c === CR) {
          if (start + 1 < max && line.charCodeAt(start + 1) === LF) { end = start + 2; kind = Match.Newline; }
        } else {
          // Triple-quote opener, single-quoted string, operator or word.
          const q = stringPrefixEnd(line, start, max);
          if (q >= 0) {
            const quote = line.charCodeAt(q);
            if (q + 2 < max && line.charCodeAt(q + 1) === quote && line.charCodeAt(q + 2) === quote) {
              end = q + 3; kind = Match.TripleOpen;
            } else {
              const e = singleQuotedStart(line, q + 1, max, quote);
              if (e >= 0) { end = e; kind = line.charCodeAt(e - 1) === LF ? Match.StringOpen : Match.String; }
            }
          }
          if (kind === Match.None) {
            const e = operator(line, start, max);
            if (e >= 0) { end = e; kind = Match.Operator; }
            else {
              const w = wordRun(line, start, max);
              if (w > start) { end = w; kind = Match.Word; }
            }
          }
        }
      }

      if (kind === Match.None) {
        // No token here: the character at pos (perhaps a blank) is an error token. Scanning
        // again from each following blank would fail the same way: emit those blanks at once.
        for (; pos < start; pos++) {
          this.push(TokenType.ERRORTOKEN, line.slice(pos, pos + 1), lnum, this.col(pos), lnum, this.col(pos) + 1, line);
        }
        const width = codePointAt(line, pos) > 0xffff ? 2 : 1;
        this.push(TokenType.ERRORTOKEN, line.slice(pos, pos + width), lnum, this.col(pos), lnum, this.col(pos) + 1, line);
        pos += width;
        continue;
      }
      pos = end;
      if (kind === Match.Empty) continue;
      const sc = this.col(start);
      switch (kind) {
        case Match.Number:
          this.push(TokenType.NUMBER, line.slice(start, end), lnum, sc, lnum, this.col(end), line);
          break;
        case Match.Newline:
          this.push(this.parenlev > 0 ? TokenType.NL : TokenType.NEWLINE, line.slice(start, end), lnum, sc, lnum,
            this.col(end), line);
          break;
        case Match.Comment:
          this.push(TokenType.COMMENT, line.slice(start, end), lnum, sc, lnum, this.col(end), line);
          break;
        case Match.TripleOpen: {
          const quote = line.charCodeAt(end - 1);
          const e = stringTail(line, end, max, quote, true);
          if (e >= 0) {
            pos = e;
            this.push(TokenType.STRING, line.slice(start, e), lnum, sc, lnum, this.col(e), line);
          } else {
            this.openString(line, start, sc, lnum, quote, true, this.needcont);
            return;
          }
          break;
        }
        case Match.StringOpen: {
          const q = stringPrefixEnd(line, start, max);
          this.openString(line, start, sc, lnum, line.charCodeAt(q), false, true);
          return;
        }
        case Match.String:
          this.push(TokenType.STRING, line.slice(start, end), lnum, sc, lnum, this.col(end), line);
          break;
        case Match.Word: {
          const type = isIdStart(codePointAt(line, start)) ? TokenType.NAME : TokenType.OP;
          this.push(type, line.slice(start, end), lnum, sc, lnum, this.col(end), line);
          break;
        }
        case Match.Continuation:
          this.continued = true;
          break;
        case Match.Operator: {
          const c = line.charCodeAt(start);
          if (c === 0x28 || c === 0x5b || c === 0x7b) this.parenlev++;
          else if (c === 0x29 || c === 0x5d || c === 0x7d) this.parenlev--;
          this.push(TokenType.OP, line.slice(start, end), lnum, sc, lnum, this.col(end), line);
          break;
        }
      }
    }
  }

  /** A string continues past this line: remember its beginning and how it ends. */
  private openString(line: string, start: number, sc: number, lnum: number, quote: number, triple: boolean,
    needcont: boolean): void {
    this.strRow = lnum;
    this.strCol = sc;
    this.endQuote = quote;
    this.endTriple = triple;
    this.contstr = line.slice(start);
    this.contline = line;
    this.needcont = needcont;
  }

  /** After the last line: implicit NEWLINE, DEDENTs, ENDMARKER. */
  private finish(): void {
    const last = this.lastLine;
    const lnum = this.lnum;
    if (last.length > 0) {
      const lc = last.charCodeAt(last.length - 1);
      if (lc !== CR && lc !== LF && !stripStartsWithHash(last)) {
        const n = this.cpLen(last);
        this.push(TokenType.NEWLINE, "", lnum - 1, n, lnum - 1, n + 1, "");
      }
    }
    for (let i = 1; i < this.indents.length; i++) this.push(TokenType.DEDENT, "", lnum, 0, lnum, 0, "");
    this.push(TokenType.ENDMARKER, "", lnum, 0, lnum, 0, "");
  }
}

/** line.strip().startswith("#") (strip removes Unicode whitespace). */
function stripStartsWithHash(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    const cp = codePointAt(s, i);
    if (!isSpace(cp)) return cp === HASH;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/**
 * tokenize.tokenize() over the bytes of a file: detect the encoding (BOM, cookie), then tokenize
 * with lines decoded one at a time. `filename` appears in encoding errors (null: none).
 * Throws CodecError at once for a bad cookie; other errors come from next().
 */
export function tokenizeBytes(bytes: Uint8Array, filename: string | null): PyTokenizer {
  const det = detectEncoding(bytes, filename);
  const lineEncoding = det.encoding === "utf-8-sig" ? "utf-8" : det.encoding;
  return new PyTokenizer(new ByteLineSource(bytes, det.bom ? 3 : 0, lineEncoding), det.encoding);
}

/** tokenize.generate_tokens() over a text: no ENCODING token. */
export function generateTokens(text: string): PyTokenizer {
  return new PyTokenizer(new TextLineSource(text), null);
}
