/**
 * The tokenizer the parser uses: CPython 3.11's C tokenizer (Parser/tokenizer.c) semantics.
 *
 * Input: the source as UTF-8 bytes, newlines already normalised to "\n" and ending with "\n"
 * (see source.ts). The tokenizer is pulled one token at a time (`get()`), like tok_get: the
 * parser asks for tokens only as far as it needs them, which decides which error wins.
 *
 * Invariants and layout:
 *  - `cur` is the next byte to read; `inp` the end of the current line (just past its "\n");
 *    `lineStart` the first byte of the current line; `lineno` counts lines read so far (1-based).
 *  - get() returns a token type (TokenType or ERRORTOKEN) and sets `pStart`/`pEnd` (byte offsets,
 *    -1 when CPython leaves them NULL: INDENT, DEDENT, ENDMARKER, errors).
 *  - Errors CPython raises with syntaxerror() are thrown as CompileError at once. Errors CPython
 *    reports through `tok->done` (EOF inside brackets, bad dedent, tab/space mix, too deep,
 *    line continuation) return ERRORTOKEN with `done` set; the parser turns them into exceptions.
 *  - Char codes only; no regexes or substrings in the loop (slow paths: non-ASCII identifiers).
 */
import { TokenType } from "./token.ts";
import { CompileError } from "../parser/errors.ts";
import { utf8CharCount, utf8Decode, utf8SeqLen } from "./utf8.ts";
import { codePoints, hex4, isPrintable, scanIdentifier } from "./chars.ts";
import { firstInvalidUtf8, utf8ErrorMessage } from "../parser/source.ts";

export const EOF = -1;

/** tok->done codes (CPython's errcode.h numbers). */
export const E_OK = 10, E_EOF = 11, E_TOKEN = 13, E_ERROR = 17, E_TABSPACE = 18, E_TOODEEP = 20,
  E_DEDENT = 21, E_LINECONT = 25, E_EOFS = 23, E_EOLS = 24;

const MAXINDENT = 100;
export const MAXLEVEL = 200;
const TABSIZE = 8;

const enum C {
  TAB = 9, NL = 10, FF = 12, SPACE = 32, BANG = 33, DQUOTE = 34, HASH = 35, PERCENT = 37, AMP = 38,
  SQUOTE = 39, LPAR = 40, RPAR = 41, STAR = 42, PLUS = 43, COMMA = 44, MINUS = 45, DOT = 46,
  SLASH = 47, D0 = 48, D1 = 49, D7 = 55, D9 = 57, COLON = 58, SEMI = 59, LT = 60, EQ = 61, GT = 62,
  AT = 64, A = 65, B = 66, E = 69, F = 70, J = 74, O = 79, R = 82, U = 85, X = 88, Z = 90,
  LSQB = 91, BSLASH = 92, RSQB = 93, CARET = 94, UNDERSCORE = 95,
  a = 97, b = 98, d = 100, e = 101, f = 102, i = 105, j = 106, l = 108, n = 110, o = 111, r = 114,
  s = 115, t = 116, u = 117, w = 119, x = 120, y = 121, z = 122, LBRACE = 123, VBAR = 124, RBRACE = 125,
  TILDE = 126,
}

function isDigit(c: number): boolean { return c >= C.D0 && c <= C.D9; }
function isXDigit(c: number): boolean {
  return (c >= C.D0 && c <= C.D9) || (c >= C.a && c <= C.f) || (c >= C.A && c <= C.F);
}
function isIdStart(c: number): boolean {
  return (c >= C.a && c <= C.z) || (c >= C.A && c <= C.Z) || c === C.UNDERSCORE || c >= 128;
}
function isIdChar(c: number): boolean {
  return (c >= C.a && c <= C.z) || (c >= C.A && c <= C.Z) || (c >= C.D0 && c <= C.D9) || c === C.UNDERSCORE || c >= 128;
}

function oneChar(c: number): number {
  switch (c) {
    case C.PERCENT: return TokenType.PERCENT;
    case C.AMP: return TokenType.AMPER;
    case C.LPAR: return TokenType.LPAR;
    case C.RPAR: return TokenType.RPAR;
    case C.STAR: return TokenType.STAR;
    case C.PLUS: return TokenType.PLUS;
    case C.COMMA: return TokenType.COMMA;
    case C.MINUS: return TokenType.MINUS;
    case C.DOT: return TokenType.DOT;
    case C.SLASH: return TokenType.SLASH;
    case C.COLON: return TokenType.COLON;
    case C.SEMI: return TokenType.SEMI;
    case C.LT: return TokenType.LESS;
    case C.EQ: return TokenType.EQUAL;
    case C.GT: return TokenType.GREATER;
    case C.AT: return TokenType.AT;
    case C.LSQB: return TokenType.LSQB;
    case C.RSQB: return TokenType.RSQB;
    case C.CARET: return TokenType.CIRCUMFLEX;
    case C.LBRACE: return TokenType.LBRACE;
    case C.VBAR: return TokenType.VBAR;
    case C.RBRACE: return TokenType.RBRACE;
    case C.TILDE: return TokenType.TILDE;
  }
  return TokenType.OP;
}

function twoChars(c1: number, c2: number): number {
  switch (c1) {
    case C.BANG: if (c2 === C.EQ) return TokenType.NOTEQUAL; break;
    case C.PERCENT: if (c2 === C.EQ) return TokenType.PERCENTEQUAL; break;
    case C.AMP: if (c2 === C.EQ) return TokenType.AMPEREQUAL; break;
    case C.STAR: if (c2 === C.STAR) return TokenType.DOUBLESTAR; if (c2 === C.EQ) return TokenType.STAREQUAL; break;
    case C.PLUS: if (c2 === C.EQ) return TokenType.PLUSEQUAL; break;
    case C.MINUS: if (c2 === C.EQ) return TokenType.MINEQUAL; if (c2 === C.GT) return TokenType.RARROW; break;
    case C.SLASH: if (c2 === C.SLASH) return TokenType.DOUBLESLASH; if (c2 === C.EQ) return TokenType.SLASHEQUAL; break;
    case C.COLON: if (c2 === C.EQ) return TokenType.COLONEQUAL; break;
    case C.LT:
      if (c2 === C.LT) return TokenType.LEFTSHIFT;
      if (c2 === C.EQ) return TokenType.LESSEQUAL;
      if (c2 === C.GT) return TokenType.NOTEQUAL;
      break;
    case C.EQ: if (c2 === C.EQ) return TokenType.EQEQUAL; break;
    case C.GT: if (c2 === C.EQ) return TokenType.GREATEREQUAL; if (c2 === C.GT) return TokenType.RIGHTSHIFT; break;
    case C.AT: if (c2 === C.EQ) return TokenType.ATEQUAL; break;
    case C.CARET: if (c2 === C.EQ) return TokenType.CIRCUMFLEXEQUAL; break;
    case C.VBAR: if (c2 === C.EQ) return TokenType.VBAREQUAL; break;
  }
  return TokenType.OP;
}

function threeChars(c1: number, c2: number, c3: number): number {
  if (c3 === C.EQ) {
    if (c1 === C.STAR && c2 === C.STAR) return TokenType.DOUBLESTAREQUAL;
    if (c1 === C.SLASH && c2 === C.SLASH) return TokenType.DOUBLESLASHEQUAL;
    if (c1 === C.LT && c2 === C.LT) return TokenType.LEFTSHIFTEQUAL;
    if (c1 === C.GT && c2 === C.GT) return TokenType.RIGHTSHIFTEQUAL;
  } else if (c1 === C.DOT && c2 === C.DOT && c3 === C.DOT) return TokenType.ELLIPSIS;
  return TokenType.OP;
}

export class Tokenizer {
  readonly buf: Uint8Array;
  readonly len: number;
  cur = 0;
  inp = 0;
  lineStart = 0;
  lineno = 0;
  /** Start line / line start of the last STRING token (CPython's first_lineno, multi_line_start). */
  firstLineno = 0;
  multiLineStart = 0;
  done = E_OK;
  /** Bracket nesting: level, and for each open bracket its char, line and byte column. */
  level = 0;
  readonly parenStack = new Int32Array(MAXLEVEL);
  readonly parenLineno = new Int32Array(MAXLEVEL);
  readonly parenCol = new Int32Array(MAXLEVEL);
  /** Indentation stacks (columns with tabs to 8 and to 1), current depth, pending INDENT/DEDENTs. */
  indent = 0;
  readonly indstack = new Int32Array(MAXINDENT + 1);
  readonly altindstack = new Int32Array(MAXINDENT + 1);
  pendin = 0;
  atbol = true;
  /** Output of get(): byte offsets of the token (-1 = none). */
  pStart = -1;
  pEnd = -1;
  /** Line number a TYPE_IGNORE was seen on (before its newline is consumed). */
  ignoreLineno = 0;
  /**
   * CPython's tok->buf for string input: the start of the line read when no token was under way
   * (tok->start == NULL). Lines read inside a token (a backslash continuation, a multi-line
   * string) leave it where it was. "unexpected character after line continuation character"
   * counts its column from here.
   */
  bufStart = 0;
  private noToken = true;
  /**
   * feature_version < 7 (CPython's async_hacks): "async" / "await" are names except in front
   * of "def" and inside an "async def" (asyncDef: inside one; its indent; a NEWLINE seen since).
   */
  asyncHacks = false;
  private asyncDef = false;
  private asyncDefIndent = 0;
  private asyncDefNl = false;

  constructor(buf: Uint8Array, readonly filename: string, readonly typeComments: boolean,
              /** First line number minus one (f-string expressions start inside a line). */
              startLine = 0) {
    this.buf = buf;
    this.len = buf.length;
    this.lineno = startLine;
  }

  // ---- reading characters (tok_nextc / tok_backup) -----------------------------------------

  nextc(): number {
    if (this.cur !== this.inp) return this.buf[this.cur++]!;
    if (this.done !== E_OK) return EOF;
    if (this.inp >= this.len) {
      this.done = E_EOF;
      return EOF;
    }
    const nl = this.buf.indexOf(C.NL, this.inp);
    this.lineno++;
    if (this.noToken) this.bufStart = this.cur;
    this.lineStart = this.cur;
    this.inp = nl < 0 ? this.len : nl + 1;
    return this.buf[this.cur++]!;
  }

  backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  /** End of the line that starts at `start` (index of its "\n", or the buffer end). */
  lineEndAt(start: number): number {
    const nl = this.buf.indexOf(C.NL, start);
    return nl < 0 ? this.len : nl;
  }

  // ---- errors --------------------------------------------------------------------------------

  /** syntaxerror(): offset = characters from the line start to `cur`. Throws. */
  syntaxError(msg: string, colOffset = -1, endColOffset = -1, done = E_ERROR): never {
    const ls = this.lineStart;
    if (colOffset === -1) colOffset = utf8CharCount(this.buf, ls, Math.min(this.cur, this.len));
    if (endColOffset === -1) endColOffset = colOffset;
    const text = utf8Decode(this.buf, ls, this.lineEndAt(ls));
    this.done = done;
    throw new CompileError("SyntaxError", msg, this.filename, this.lineno, colOffset, text, this.lineno, endColOffset);
  }

  private indentError(): number {
    this.done = E_TABSPACE;
    this.cur = this.inp;
    return TokenType.ERRORTOKEN;
  }

  /** tok_continuation_line: after a backslash. Returns the next char, or -1 after an error. */
  private continuationLine(): number {
    let c = this.nextc();
    if (c !== C.NL) {
      this.done = E_LINECONT;
      return -1;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = E_EOF;
      this.cur = this.inp;
      return -1;
    }
    this.backup(c);
    return c;
  }

  private decimalTail(): number {
    let c: number;
    for (;;) {
      do c = this.nextc(); while (isDigit(c));
      if (c !== C.UNDERSCORE) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError("invalid decimal literal");
      }
    }
    return c;
  }

  private lookahead(test: string): boolean {
    let k = 0;
    let res = false;
    for (;;) {
      const c = this.nextc();
      if (k === test.length) res = !isIdChar(c);
      else if (c === test.charCodeAt(k)) { k++; continue; }
      this.backup(c);
      while (k > 0) { k--; this.cur--; }
      return res;
    }
  }

  /** verify_end_of_number: a number directly followed by a name is an error (keywords warn). */
  private verifyEndOfNumber(c: number, kind: string): void {
    let r = false;
    if (c === C.a) r = this.lookahead("nd");
    else if (c === C.e) r = this.lookahead("lse");
    else if (c === C.f) r = this.lookahead("or");
    else if (c === C.i) {
      const c2 = this.nextc();
      if (c2 === C.f || c2 === C.n || c2 === C.s) r = true;
      this.backup(c2);
    } else if (c === C.o) r = this.lookahead("r");
    else if (c === C.n) r = this.lookahead("ot");
    if (r) return; // CPython warns (DeprecationWarning) here and goes on
    if (c < 128 && isIdChar(c)) {
      this.backup(c);
      this.syntaxError(`invalid ${kind} literal`);
    }
  }

  /** verify_identifier for names with non-ASCII bytes. */
  private verifyIdentifier(start: number): void {
    const bad = firstInvalidUtf8(this.buf, start, this.cur);
    if (bad !== null) {
      // E_DECODE: CPython reports it at the end of the name, with no end column
      const ls = this.lineStart;
      this.done = E_ERROR;
      throw new CompileError("SyntaxError", "(unicode error) " + utf8ErrorMessage(this.buf, bad, start), this.filename,
        this.lineno, this.cur - ls, utf8Decode(this.buf, ls, this.lineEndAt(ls) + 1), this.lineno, -1);
    }
    const s = utf8Decode(this.buf, start, this.cur);
    const cps = codePoints(s);
    const invalid = scanIdentifier(cps);
    if (invalid < cps.length) {
      const ch = cps[invalid]!;
      if (invalid + 1 < cps.length) {
        let off = start;
        for (let k = 0; k <= invalid; k++) off += utf8SeqLen(this.buf, off, this.len) || 1;
        this.cur = off;
      }
      if (isPrintable(ch)) this.syntaxError(`invalid character '${String.fromCodePoint(ch)}' (U+${hex4(ch)})`);
      this.syntaxError(`invalid non-printable character U+${hex4(ch)}`);
    }
  }

  // ---- tok_get --------------------------------------------------------------------------------

  get(): number {
    let c: number;
    let blankline = false;
    this.pStart = -1;
    this.pEnd = -1;
    const buf = this.buf;

    nextline: for (;;) {
      blankline = false;
      this.noToken = true;
      // Indentation at the beginning of a line
      if (this.atbol) {
        let col = 0, altcol = 0, contLineCol = 0;
        this.atbol = false;
        for (;;) {
          c = this.nextc();
          if (c === C.SPACE) { col++; altcol++; }
          else if (c === C.TAB) {
            col = ((col / TABSIZE | 0) + 1) * TABSIZE;
            altcol = altcol + 1;
          } else if (c === C.FF) col = altcol = 0;
          else if (c === C.BSLASH) {
            contLineCol = contLineCol ? contLineCol : col;
            if ((c = this.continuationLine()) === -1) return TokenType.ERRORTOKEN;
          } else break;
        }
        this.backup(c);
        if (c === C.HASH || c === C.NL) blankline = true;
        if (!blankline && this.level === 0) {
          if (contLineCol) { col = contLineCol; altcol = contLineCol; }
          const ind = this.indent;
          if (col === this.indstack[ind]) {
            if (altcol !== this.altindstack[ind]) return this.indentError();
          } else if (col > this.indstack[ind]!) {
            if (ind + 1 >= MAXINDENT) {
              this.done = E_TOODEEP;
              this.cur = this.inp;
              return TokenType.ERRORTOKEN;
            }
            if (altcol <= this.altindstack[ind]!) return this.indentError();
            this.pendin++;
            this.indstack[++this.indent] = col;
            this.altindstack[this.indent] = altcol;
          } else {
            while (this.indent > 0 && col < this.indstack[this.indent]!) {
              this.pendin--;
              this.indent--;
            }
            if (col !== this.indstack[this.indent]) {
              this.done = E_DEDENT;
              this.cur = this.inp;
              return TokenType.ERRORTOKEN;
            }
            if (altcol !== this.altindstack[this.indent]) return this.indentError();
          }
        }
      }

      // Pending indents / dedents
      if (this.pendin !== 0) {
        if (this.pendin < 0) { this.pendin++; return TokenType.DEDENT; }
        this.pendin--;
        return TokenType.INDENT;
      }

      // Leaving an "async def" (async_hacks): back at or above its indentation
      if (this.asyncDef) {
        const c0 = this.nextc();
        this.backup(c0);
        if (!blankline && c0 !== C.NL && this.level === 0 && this.asyncDefNl && this.asyncDefIndent >= this.indent) {
          this.asyncDef = false;
          this.asyncDefIndent = 0;
          this.asyncDefNl = false;
        }
      }

      again: for (;;) {
        this.noToken = true;
        do c = this.nextc(); while (c === C.SPACE || c === C.TAB || c === C.FF);
        const start = this.cur - 1;
        this.noToken = false;

        // Comment (or type comment)
        if (c === C.HASH) {
          // the comment ends at the "\n" that ends this line's buffer (read at once when there)
          const nl = buf.indexOf(C.NL, this.cur);
          if (nl >= 0 && nl < this.inp) {
            this.cur = nl + 1;
            c = C.NL;
          }
          while (c !== EOF && c !== C.NL) c = this.nextc();
          if (this.typeComments) {
            const r = this.typeComment(start, c, blankline);
            if (r >= 0) return r;
          }
        }

        if (c === EOF) {
          if (this.level) return TokenType.ERRORTOKEN;
          return this.done === E_EOF ? TokenType.ENDMARKER : TokenType.ERRORTOKEN;
        }

        // Identifier (most frequent token), possibly a string prefix
        if (isIdStart(c)) {
          let sawB = false, sawR = false, sawU = false, sawF = false;
          for (;;) {
            if (!(sawB || sawU || sawF) && (c === C.b || c === C.B)) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c === C.u || c === C.U)) sawU = true;
            else if (!(sawR || sawU) && (c === C.r || c === C.R)) sawR = true;
            else if (!(sawF || sawB || sawU) && (c === C.f || c === C.F)) sawF = true;
            else break;
            c = this.nextc();
            if (c === C.DQUOTE || c === C.SQUOTE) return this.string(start, c);
          }
          let nonascii = false;
          while (isIdChar(c)) {
            if (c >= 128) nonascii = true;
            // the rest of the name within this line's buffer, without nextc per character
            const inp = this.inp;
            let q = this.cur;
            while (q < inp) {
              const d = buf[q]!;
              if (d >= 128) nonascii = true;
              else if (!isIdChar(d)) break;
              q++;
            }
            this.cur = q;
            c = this.nextc();
          }
          this.backup(c);
          if (nonascii) this.verifyIdentifier(start);
          this.pStart = start;
          this.pEnd = this.cur;
          if (this.cur - start === 5 && buf[start] === C.a) {
            const isAsync = buf[start + 1] === C.s && buf[start + 2] === C.y && buf[start + 3] === C.n && buf[start + 4] === 99 /* c */;
            const isAwait = buf[start + 1] === C.w && buf[start + 2] === C.a && buf[start + 3] === C.i && buf[start + 4] === C.t;
            if (!this.asyncHacks || this.asyncDef) {
              if (isAsync) return TokenType.ASYNC;
              if (isAwait) return TokenType.AWAIT;
            } else if (isAsync && this.aheadIsDef()) {
              this.asyncDefIndent = this.indent;
              this.asyncDef = true;
              return TokenType.ASYNC;
            }
          }
          return TokenType.NAME;
        }

        // Newline
        if (c === C.NL) {
          this.atbol = true;
          if (blankline || this.level > 0) continue nextline;
          this.pStart = start;
          this.pEnd = this.cur - 1;
          if (this.asyncDef) this.asyncDefNl = true;
          return TokenType.NEWLINE;
        }

        // Period or number starting with period
        if (c === C.DOT) {
          c = this.nextc();
          if (isDigit(c)) return this.number(start, c, true);
          if (c === C.DOT) {
            c = this.nextc();
            if (c === C.DOT) {
              this.pStart = start;
              this.pEnd = this.cur;
              return TokenType.ELLIPSIS;
            }
            this.backup(c);
            this.cur--; // back over the second '.'
          } else this.backup(c);
          this.pStart = start;
          this.pEnd = this.cur;
          return TokenType.DOT;
        }

        if (isDigit(c)) return this.number(start, c, false);

        if (c === C.DQUOTE || c === C.SQUOTE) return this.string(start, c);

        // Line continuation
        if (c === C.BSLASH) {
          if ((c = this.continuationLine()) === -1) return TokenType.ERRORTOKEN;
          continue again;
        }

        // Two- and three-character operators
        {
          const c2 = this.nextc();
          let tok = twoChars(c, c2);
          if (tok !== TokenType.OP) {
            const c3 = this.nextc();
            const tok3 = threeChars(c, c2, c3);
            if (tok3 !== TokenType.OP) tok = tok3;
            else this.backup(c3);
            this.pStart = start;
            this.pEnd = this.cur;
            return tok;
          }
          this.backup(c2);
        }

        // Brackets
        switch (c) {
          case C.LPAR: case C.LSQB: case C.LBRACE:
            if (this.level >= MAXLEVEL) this.syntaxError("too many nested parentheses");
            this.parenStack[this.level] = c;
            this.parenLineno[this.level] = this.lineno;
            this.parenCol[this.level] = start - this.lineStart;
            this.level++;
            break;
          case C.RPAR: case C.RSQB: case C.RBRACE: {
            if (!this.level) this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
            this.level--;
            const opening = this.parenStack[this.level]!;
            if (!((opening === C.LPAR && c === C.RPAR) || (opening === C.LSQB && c === C.RSQB) || (opening === C.LBRACE && c === C.RBRACE))) {
              if (this.parenLineno[this.level] !== this.lineno) {
                this.syntaxError(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(opening)}' on line ${this.parenLineno[this.level]}`);
              }
              this.syntaxError(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
            }
            break;
          }
        }

        if (!isPrintable(c)) this.syntaxError(`invalid non-printable character U+${hex4(c)}`);

        this.pStart = start;
        this.pEnd = this.cur;
        return oneChar(c);
      }
    }
  }

  /** async_hacks: is the token after this one the NAME "def"? (tokenizes ahead on a copy of the state) */
  private aheadIsDef(): boolean {
    const saved = [this.cur, this.inp, this.lineStart, this.lineno, this.firstLineno, this.multiLineStart, this.done,
      this.level, this.indent, this.pendin, this.atbol ? 1 : 0, this.pStart, this.pEnd, this.bufStart, this.noToken ? 1 : 0] as const;
    const stacks = [this.parenStack.slice(), this.parenLineno.slice(), this.parenCol.slice(), this.indstack.slice(), this.altindstack.slice()];
    let isDef = false;
    try {
      const t = this.get();
      isDef = t === TokenType.NAME && this.pEnd - this.pStart === 3 && this.buf[this.pStart] === C.d
        && this.buf[this.pStart + 1] === C.e && this.buf[this.pStart + 2] === C.f;
    } catch {
      isDef = false;
    }
    [this.cur, this.inp, this.lineStart, this.lineno, this.firstLineno, this.multiLineStart, this.done,
      this.level, this.indent, this.pendin] = saved.slice(0, 10) as number[] as [number, number, number, number, number, number, number, number, number, number];
    this.atbol = saved[10] === 1;
    this.pStart = saved[11];
    this.pEnd = saved[12];
    this.bufStart = saved[13];
    this.noToken = saved[14] === 1;
    this.parenStack.set(stacks[0]!); this.parenLineno.set(stacks[1]!); this.parenCol.set(stacks[2]!);
    this.indstack.set(stacks[3]!); this.altindstack.set(stacks[4]!);
    return isDef;
  }

  /**
   * A comment that may be a type comment ("# type: ..."); `c` is the char that ended it.
   * Returns TYPE_COMMENT / TYPE_IGNORE, or -1 for an ordinary comment.
   */
  private typeComment(start: number, c: number, blankline: boolean): number {
    const buf = this.buf;
    const prefix = "# type: ";
    let p = start;
    let k = 0;
    const end = this.cur;
    while (k < prefix.length && p < end) {
      const pc = prefix.charCodeAt(k);
      if (pc === C.SPACE) {
        while (buf[p] === C.SPACE || buf[p] === C.TAB) p++;
      } else if (pc === buf[p]) p++;
      else break;
      k++;
    }
    if (k < prefix.length) return -1;
    this.backup(c); // don't eat the newline or EOF
    const typeStart = p;
    const ignoreEnd = p + 6;
    const isIgnore = this.cur >= ignoreEnd && buf[p] === C.i && buf[p + 1] === 103 && buf[p + 2] === C.n
      && buf[p + 3] === C.o && buf[p + 4] === C.r && buf[p + 5] === C.e
      && !(this.cur > ignoreEnd && (buf[ignoreEnd]! >= 128 || isIdChar(buf[ignoreEnd]!) && buf[ignoreEnd] !== C.UNDERSCORE));
    if (isIgnore) {
      this.pStart = ignoreEnd;
      this.pEnd = this.cur;
      this.ignoreLineno = this.lineno;
      if (blankline) {
        this.nextc();
        this.atbol = true;
      }
      return TokenType.TYPE_IGNORE;
    }
    this.pStart = typeStart;
    this.pEnd = this.cur;
    return TokenType.TYPE_COMMENT;
  }

  /** A number; `c` is its first digit (or the first digit after a leading '.'). */
  private number(start: number, c: number, afterDot: boolean): number {
    if (!afterDot) {
      if (c === C.D0) {
        c = this.nextc();
        if (c === C.x || c === C.X) {
          c = this.nextc();
          do {
            if (c === C.UNDERSCORE) c = this.nextc();
            if (!isXDigit(c)) {
              this.backup(c);
              this.syntaxError("invalid hexadecimal literal");
            }
            do c = this.nextc(); while (isXDigit(c));
          } while (c === C.UNDERSCORE);
          this.verifyEndOfNumber(c, "hexadecimal");
        } else if (c === C.o || c === C.O) {
          c = this.nextc();
          do {
            if (c === C.UNDERSCORE) c = this.nextc();
            if (c < C.D0 || c > C.D7) {
              if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
              this.backup(c);
              this.syntaxError("invalid octal literal");
            }
            do c = this.nextc(); while (c >= C.D0 && c <= C.D7);
          } while (c === C.UNDERSCORE);
          if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
          this.verifyEndOfNumber(c, "octal");
        } else if (c === C.b || c === C.B) {
          c = this.nextc();
          do {
            if (c === C.UNDERSCORE) c = this.nextc();
            if (c !== C.D0 && c !== C.D1) {
              if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
              this.backup(c);
              this.syntaxError("invalid binary literal");
            }
            do c = this.nextc(); while (c === C.D0 || c === C.D1);
          } while (c === C.UNDERSCORE);
          if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
          this.verifyEndOfNumber(c, "binary");
        } else {
          let nonzero = false;
          for (;;) {
            if (c === C.UNDERSCORE) {
              c = this.nextc();
              if (!isDigit(c)) {
                this.backup(c);
                this.syntaxError("invalid decimal literal");
              }
            }
            if (c !== C.D0) break;
            c = this.nextc();
          }
          const zerosEnd = this.cur;
          if (isDigit(c)) {
            nonzero = true;
            c = this.decimalTail();
          }
          if (c === C.DOT) {
            c = this.nextc();
            return this.fraction(start, c);
          } else if (c === C.e || c === C.E) {
            return this.exponent(start, c);
          } else if (c === C.j || c === C.J) {
            return this.imaginary(start);
          } else if (nonzero) {
            this.backup(c);
            this.syntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
              start + 1 - this.lineStart, zerosEnd - this.lineStart);
          }
          this.verifyEndOfNumber(c, "decimal");
        }
      } else {
        c = this.decimalTail();
        if (c === C.DOT) {
          c = this.nextc();
          return this.fraction(start, c);
        }
        if (c === C.e || c === C.E) return this.exponent(start, c);
        if (c === C.j || c === C.J) return this.imaginary(start);
        this.verifyEndOfNumber(c, "decimal");
      }
      this.backup(c);
      this.pStart = start;
      this.pEnd = this.cur;
      return TokenType.NUMBER;
    }
    return this.fraction(start, c);
  }

  private fraction(start: number, c: number): number {
    if (isDigit(c)) c = this.decimalTail();
    if (c === C.e || c === C.E) return this.exponent(start, c);
    if (c === C.j || c === C.J) return this.imaginary(start);
    this.verifyEndOfNumber(c, "decimal");
    this.backup(c);
    this.pStart = start;
    this.pEnd = this.cur;
    return TokenType.NUMBER;
  }

  private exponent(start: number, e: number): number {
    let c = this.nextc();
    if (c === C.PLUS || c === C.MINUS) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError("invalid decimal literal");
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      this.verifyEndOfNumber(e, "decimal");
      this.backup(e);
      this.pStart = start;
      this.pEnd = this.cur;
      return TokenType.NUMBER;
    }
    c = this.decimalTail();
    if (c === C.j || c === C.J) return this.imaginary(start);
    this.verifyEndOfNumber(c, "decimal");
    this.backup(c);
    this.pStart = start;
    this.pEnd = this.cur;
    return TokenType.NUMBER;
  }

  private imaginary(start: number): number {
    const c = this.nextc();
    this.verifyEndOfNumber(c, "imaginary");
    this.backup(c);
    this.pStart = start;
    this.pEnd = this.cur;
    return TokenType.NUMBER;
  }

  /** A string literal; `quote` is its opening quote char (prefix already consumed). */
  private string(start: number, quote: number): number {
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string
    }
    if (c !== quote) this.backup(c);
    const buf = this.buf;
    while (endQuoteSize !== quoteSize) {
      // fast path inside the current line
      if (this.cur !== this.inp) {
        c = buf[this.cur++]!;
      } else c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === C.NL)) {
        this.cur = start + 1;
        this.lineStart = this.multiLineStart;
        const detected = this.lineno;
        this.lineno = this.firstLineno;
        // at the end of the input (not of a line) tok->done says so: E_EOFS / E_EOLS
        if (quoteSize === 3) this.syntaxError(`unterminated triple-quoted string literal (detected at line ${detected})`, -1, -1, c !== C.NL ? E_EOFS : E_ERROR);
        this.syntaxError(`unterminated string literal (detected at line ${detected})`, -1, -1, c !== C.NL ? E_EOLS : E_ERROR);
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === C.BSLASH) this.nextc();
      }
    }
    this.pStart = start;
    this.pEnd = this.cur;
    return TokenType.STRING;
  }
}
