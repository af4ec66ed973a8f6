/**
 * The PEG parser's core: the token buffer, backtracking marks, memo tables, the recursion
 * guard and the error-raising primitives (CPython's Parser/pegen.c and pegen_errors.c).
 *
 * Layout and invariants:
 *  - `tokens[0..fill)` are the tokens read so far; `mark` is the next token to match. A rule
 *    saves `mark`, tries an alternative and restores `mark` when it fails. Tokens are pulled
 *    from the tokenizer only when a rule looks at `tokens[mark]` with `mark === fill`.
 *  - Memo: for a memoised rule r at token position m, memoEnd[m * NMEMO + r] holds
 *    (mark after the rule) + 1 (0 = not computed) and memoRef[same] the index of its result in
 *    memoPool (0 = null: the rule failed). Only entries below fill * NMEMO are ever set.
 *    Results are never mutated afterwards (helpers copy nodes, like CPython).
 *  - The memo tables and the token objects are recycled: runParser hands them back (releaseMemo,
 *    which zeroes the memo's used part) and the next Parser takes them, so a parse allocates no
 *    big arrays and a token slot is a Token object rewritten in place (fillToken). Tokens never
 *    outlive their parse (AST nodes and errors copy their positions).
 *  - Errors raised by rules are thrown as CompileError (CPython's error_indicator unwinding).
 *  - `level` counts active rule calls (CPython's MAXSTACK guard: MemoryError past 6000).
 */
import { TokenType } from "../tokenizer/token.ts";
import { Tokenizer, E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT, E_TOKEN } from "../tokenizer/tokenizer.ts";
import { utf8CharCount, utf8Decode } from "../tokenizer/utf8.ts";
import { CompileError, type CompileErrorType } from "./errors.ts";
import * as A from "../ast/nodes.ts";
import { initNames, nameAt, nameKind } from "./names.ts";

/** Keyword token types: above the tokenizer's types, as CPython numbers them from 500. */
export const enum KW {
  False = 600, None, True, and, as, assert, break_, class_, continue_, def, del, elif, else_,
  except, finally_, for_, from, global, if_, import_, in_, is, lambda, nonlocal, not, or,
  pass, raise, return_, try_, while_, with_, yield_,
}

const KEYWORDS: readonly (readonly [string, number])[] = [
  ["False", KW.False], ["None", KW.None], ["True", KW.True], ["and", KW.and], ["as", KW.as],
  ["assert", KW.assert], ["break", KW.break_], ["class", KW.class_], ["continue", KW.continue_],
  ["def", KW.def], ["del", KW.del], ["elif", KW.elif], ["else", KW.else_], ["except", KW.except],
  ["finally", KW.finally_], ["for", KW.for_], ["from", KW.from], ["global", KW.global], ["if", KW.if_],
  ["import", KW.import_], ["in", KW.in_], ["is", KW.is], ["lambda", KW.lambda], ["nonlocal", KW.nonlocal],
  ["not", KW.not], ["or", KW.or], ["pass", KW.pass], ["raise", KW.raise], ["return", KW.return_],
  ["try", KW.try_], ["while", KW.while_], ["with", KW.with_], ["yield", KW.yield_],
];
initNames(KEYWORDS);

export const enum Mode { File = 0, Eval = 1, Single = 2, FuncType = 3, FString = 4 }

/** One token, with CPython's positions (byte columns; -1 where CPython has none). */
export class Token {
  constructor(
    public type: number,
    /** Byte offsets in the tokenizer's buffer (-1 = none). */
    public start: number,
    public end: number,
    public lineno: number,
    public col_offset: number,
    public end_lineno: number,
    public end_col_offset: number,
    /** Bracket nesting level after this token was read. */
    public level: number,
    /** NAME: the identifier as written; other tokens: "" (see Parser.tokenText). */
    public str: string,
  ) {}
}

/** Anything with CPython's four position fields (AST nodes and tokens). */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** Memoised rules (ids into the memo table). */
export const enum R {
  simple_stmt, block, expression, star_expression, disjunction, conjunction, inversion, factor,
  await_primary, arguments, star_target, target_with_star_atom, del_target, closed_pattern,
  star_pattern, strings, invalid_named_expression, bitwise_or, primary, t_primary, slices,
  COUNT,
}
const NMEMO = R.COUNT as number;

const MAXSTACK = 6000;
export const CURRENT_POS = -5;

export interface ParseFlags {
  typeComments: boolean;
  /** Minor version of Python 3 whose syntax to accept (feature_version); 11 by default. */
  featureVersion: number;
  /** Whether character offsets are reported (CPython: tok->encoding known); else byte offsets. */
  charOffsets: boolean;
  /** PyPARSE_BARRY_AS_BDFL */
  barryAsFlufl: boolean;
  /** PyPARSE_ALLOW_INCOMPLETE_INPUT: input ending too early is "incomplete input" (codeop). */
  allowIncompleteInput?: boolean;
  /** PyPARSE_DONT_IMPLY_DEDENT: single input does not close open blocks at its end. */
  dontImplyDedent?: boolean;
  /**
   * The filename names the file being parsed (python3 FILE, -m ast FILE): CPython then reads
   * error lines from that file; otherwise from its tokenizer buffers (see raiseKnown).
   */
  sourceIsFile?: boolean;
}

/** Memo tables (all zero) and token arrays of finished parsers, for the next parsers. */
const memoFree: { end: Int32Array; ref: Int32Array; pool: unknown[]; tokens: Token[] }[] = [];
const MEMO_FREE_MAX = 4;

export class Parser {
  /** Token slots: [0, fill) are this parse's; objects past fill are left from earlier parses. */
  tokens: Token[] = [];
  fill = 0;
  mark = 0;
  level = 0;
  callInvalidRules = false;
  readonly tok: Tokenizer;
  readonly buf: Uint8Array;
  memoEnd: Int32Array;
  /** Index of the memoised result in memoPool (0: null result). */
  memoRef: Int32Array;
  memoPool: unknown[] = [null];
  /** Used length of memoPool (slots past it hold null: the array keeps its storage across parses). */
  memoLen = 1;
  memoCap: number;
  readonly typeIgnores: A.TypeIgnore[] = [];
  parsingStarted = false;
  /** f-string sub-parsers: positions of the expression inside the enclosing source. */
  startingLineno = 0;
  startingColOffset = 0;
  /** Tokens of the outer parser's f-string, for error lines of f-string sub-parsers. */
  knownErrToken: Token | null = null;

  constructor(
    buf: Uint8Array,
    readonly filename: string,
    readonly mode: Mode,
    readonly flags: ParseFlags,
    startLine = 0,
  ) {
    this.buf = buf;
    this.tok = new Tokenizer(buf, filename, flags.typeComments, startLine);
    this.tok.asyncHacks = flags.featureVersion < 7;
    const free = memoFree.pop();
    if (free !== undefined) {
      this.memoEnd = free.end;
      this.memoRef = free.ref;
      this.memoPool = free.pool;
      this.memoCap = free.end.length / NMEMO;
      this.tokens = free.tokens;
    } else {
      this.memoCap = Math.max(32, Math.min(buf.length >> 2, 4096));
      this.memoEnd = new Int32Array(this.memoCap * NMEMO);
      this.memoRef = new Int32Array(this.memoCap * NMEMO);
    }
  }

  // ---- tokens ---------------------------------------------------------------------------------

  /** _PyPegen_fill_token: read one more token into tokens[fill]. */
  fillToken(): void {
    const tok = this.tok;
    let type: number;
    try {
      type = tok.get();
    } catch (e) {
      // CPython stores the ERRORTOKEN (no columns) before raising the tokenizer's error
      if (e instanceof CompileError) {
        if (this.fill === this.memoCap) this.growMemo();
        this.setToken(TokenType.ERRORTOKEN, -1, -1, tok.lineno, -1, tok.lineno, -1, tok.level, "");
      }
      throw e;
    }
    while (type === TokenType.TYPE_IGNORE) {
      const tag = utf8Decode(this.buf, tok.pStart, tok.pEnd);
      this.typeIgnores.push(A.TypeIgnore(tok.ignoreLineno, tag));
      type = tok.get();
    }
    if (this.mode === Mode.Single && type === TokenType.ENDMARKER && this.parsingStarted) {
      type = TokenType.NEWLINE;
      this.parsingStarted = false;
      if (tok.indent && !this.flags.dontImplyDedent) {
        tok.pendin = -tok.indent;
        tok.indent = 0;
      }
    } else this.parsingStarted = true;

    const isString = type === TokenType.STRING;
    const lineStart = isString ? tok.multiLineStart : tok.lineStart;
    const lineno = isString ? tok.firstLineno : tok.lineno;
    const start = tok.pStart, end = tok.pEnd;
    let col = start >= 0 && start >= lineStart ? start - lineStart : -1;
    let endCol = end >= 0 && end >= tok.lineStart ? end - tok.lineStart : -1;
    if (tok.lineno === this.startingLineno) {
      col += this.startingColOffset;
      endCol += this.startingColOffset;
    }
    let str = "";
    if (type === TokenType.NAME) {
      const s = nameAt(this.buf, start, end);
      if (s === null) str = utf8Decode(this.buf, start, end); // not ASCII: never a keyword
      else {
        str = s;
        if (nameKind !== 0) type = nameKind;
      }
    }
    if (this.fill === this.memoCap) this.growMemo();
    this.setToken(type, start, end, lineno, col, tok.lineno, endCol, tok.level, str);
    if (type === TokenType.ERRORTOKEN) this.tokenizerError();
  }

  /** tokens[fill++] = the token (a recycled Token object when there is one). */
  private setToken(type: number, start: number, end: number, lineno: number, col: number, endLineno: number, endCol: number, level: number, str: string): void {
    const i = this.fill++;
    if (i < this.tokens.length) {
      const t = this.tokens[i]!;
      t.type = type; t.start = start; t.end = end; t.lineno = lineno; t.col_offset = col;
      t.end_lineno = endLineno; t.end_col_offset = endCol; t.level = level; t.str = str;
    } else this.tokens.push(new Token(type, start, end, lineno, col, endLineno, endCol, level, str));
  }

  private growMemo(): void {
    const cap = Math.max(32, this.memoCap * 2);
    const e = new Int32Array(cap * NMEMO);
    e.set(this.memoEnd);
    this.memoEnd = e;
    const r = new Int32Array(cap * NMEMO);
    r.set(this.memoRef);
    this.memoRef = r;
    this.memoCap = cap;
  }

  resetMemo(): void {
    this.memoEnd.fill(0, 0, Math.min(this.fill, this.memoCap) * NMEMO);
    this.memoPool.fill(null, 1, this.memoLen);
    this.memoLen = 1;
  }

  /** The parse is over: give the memo tables (zeroed) to the next Parser. */
  releaseMemo(): void {
    if (this.memoCap === 0) return;
    this.resetMemo();
    if (memoFree.length < MEMO_FREE_MAX) memoFree.push({ end: this.memoEnd, ref: this.memoRef, pool: this.memoPool, tokens: this.tokens });
    this.memoEnd = this.memoRef = new Int32Array(0);
    this.memoPool = [null];
    this.tokens = [];
    this.memoCap = 0;
  }

  /** The token at `mark` (read on demand). */
  peek(): Token {
    if (this.mark === this.fill) this.fillToken();
    return this.tokens[this.mark]!;
  }

  peekType(): number {
    if (this.mark === this.fill) this.fillToken();
    return this.tokens[this.mark]!.type;
  }

  /** The token type at mark + k (k >= 0). */
  peekTypeAt(k: number): number {
    while (this.mark + k >= this.fill) this.fillToken();
    return this.tokens[this.mark + k]!.type;
  }

  /** _PyPegen_expect_token: consume a token of this type, or null. */
  expect(type: number): Token | null {
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark]!;
    if (t.type !== type) return null;
    this.mark++;
    return t;
  }

  /** Whether the next token has this type (lookahead, nothing consumed). */
  at(type: number): boolean {
    if (this.mark === this.fill) this.fillToken();
    return this.tokens[this.mark]!.type === type;
  }

  /** A soft keyword ("match", "case", "_"): a NAME with that text. */
  expectSoft(word: string): Token | null {
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark]!;
    if (t.type !== TokenType.NAME || t.str !== word) return null;
    this.mark++;
    return t;
  }

  atSoft(word: string): boolean {
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark]!;
    return t.type === TokenType.NAME && t.str === word;
  }

  /**
   * SOFT_KEYWORD token class (_PyPegen_soft_keyword_token). CPython compares with
   * strncmp(keyword, name, len(name)): any NAME that is a prefix of "_", "case" or "match"
   * ("c", "ma", ...) matches too, and so it does here.
   */
  atAnySoftKeyword(): boolean {
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark]!;
    if (t.type !== TokenType.NAME) return false;
    const s = t.str;
    return "_".startsWith(s) || "case".startsWith(s) || "match".startsWith(s);
  }

  /** The token where the rule starting at mark begins (for EXTRA's start position). */
  startTok(): Token {
    if (this.mark === this.fill) this.fillToken();
    return this.tokens[this.mark]!;
  }

  /** _PyPegen_get_last_nonnwhitespace_token: EXTRA's end position. */
  lastTok(): Token {
    let t = this.tokens[this.mark - 1]!;
    for (let m = this.mark - 1; m >= 0; m--) {
      t = this.tokens[m]!;
      const ty = t.type;
      if (ty !== TokenType.ENDMARKER && (ty < TokenType.NEWLINE || ty > TokenType.DEDENT)) break;
    }
    return t;
  }

  /** The identifier of a NAME token (NFKC-normalised when not ASCII, as CPython). */
  identifier(t: Token): string {
    const s = t.str;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 0x80) return s.normalize("NFKC");
    }
    return s;
  }

  /** NAME token -> Name(id, Load). */
  name(): A.Name | null {
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark]!;
    if (t.type !== TokenType.NAME) return null;
    this.mark++;
    return A.Name(this.identifier(t), A.Load, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  /** Source text of a token (bytes decoded). */
  tokenText(t: Token): string {
    if (t.start < 0) return "";
    return utf8Decode(this.buf, t.start, t.end);
  }

  // ---- memo ----------------------------------------------------------------------------------

  /** Memo lookup; returns true and moves mark when (mark, rule) is memoised: result in memoHit. */
  memoHit: unknown = null;
  isMemoized(rule: R): boolean {
    if (this.mark === this.fill) this.fillToken();
    const k = this.mark * NMEMO + rule;
    const e = this.memoEnd[k]!;
    if (e === 0) return false;
    this.mark = e - 1;
    this.memoHit = this.memoPool[this.memoRef[k]!];
    return true;
  }

  memoize(startMark: number, rule: R, value: unknown): void {
    const k = startMark * NMEMO + rule;
    this.memoEnd[k] = this.mark + 1;
    if (value === null) this.memoRef[k] = 0;
    else {
      const n = this.memoLen++;
      this.memoRef[k] = n;
      if (n < this.memoPool.length) this.memoPool[n] = value;
      else this.memoPool.push(value);
    }
  }

  /** CHECK_VERSION: syntax newer than feature_version is an error (at the last token). */
  checkVersion(version: number, what: string): void {
    if (this.flags.featureVersion < version) this.syntaxError(`${what} only supported in Python 3.${version} and greater`);
  }

  // ---- recursion guard -------------------------------------------------------------------------

  enter(): void {
    if (++this.level > MAXSTACK) {
      this.level = 0;
      throw new CompileError("MemoryError", "", this.filename, null, null, null);
    }
  }

  // ---- errors (pegen_errors.c) ----------------------------------------------------------------

  /** Bytes of line `lineno` of this parser's buffer: [start, end) without the "\n". */
  private lineRange(lineno: number): [number, number] {
    const b = this.buf;
    let rel = this.startingLineno ? lineno - this.startingLineno + 1 : lineno;
    let s = 0;
    while (rel > 1) {
      const nl = b.indexOf(10, s);
      if (nl < 0 || nl + 1 >= b.length) break;
      s = nl + 1;
      rel--;
    }
    const nl = b.indexOf(10, s);
    return [s, nl < 0 ? b.length : nl];
  }

  /** _PyPegen_raise_error_known_location: columns are 1-based byte columns (or CURRENT_POS). */
  raiseKnown(type: CompileErrorType, lineno: number, col: number, endLineno: number, endCol: number, msg: string): never {
    const tok = this.tok;
    if (endLineno === CURRENT_POS) endLineno = tok.lineno;
    if (endCol === CURRENT_POS) endCol = tok.cur - tok.lineStart;
    if (this.mode === Mode.FString) msg = "f-string: " + msg;
    // The error line, as _PyPegen_raise_error_known_location finds it: the file's line for a
    // file being run; else the tokenizer's current buffer (from tok->buf: possibly several
    // lines) when the error is on the line being read; else the line from the source string.
    let ls: number, le: number, text: string;
    if (this.mode === Mode.File && this.flags.sourceIsFile) {
      [ls, le] = this.lineRange(lineno);
      text = utf8Decode(this.buf, ls, le) + (le < this.buf.length ? "\n" : "");
    } else if (tok.lineno <= lineno && tok.inp > tok.bufStart) {
      ls = tok.bufStart;
      le = tok.inp;
      text = utf8Decode(this.buf, ls, le);
      if (le > ls && this.buf[le - 1] === 10) le--;
    } else {
      [ls, le] = this.lineRange(lineno);
      text = utf8Decode(this.buf, ls, le);
    }
    if (this.mode === Mode.FString) {
      col -= this.startingColOffset;
      endCol -= this.startingColOffset;
    }
    let colNumber = col, endColNumber = endCol;
    if (this.flags.charOffsets) {
      colNumber = this.byteToChar(ls, le, col);
      if (endColNumber > 0) endColNumber = this.byteToChar(ls, le, endCol);
    }
    throw new CompileError(type, msg, this.filename, lineno, colNumber, text, endLineno, endColNumber);
  }

  /** _PyPegen_byte_offset_to_character_offset on line bytes [ls, le). */
  private byteToChar(ls: number, le: number, col: number): number {
    const len = le - ls;
    if (col > len + 1) col = len + 1;
    if (col <= 0) return 0;
    if (col === len + 1) return utf8CharCount(this.buf, ls, le) + 1;
    return utf8CharCount(this.buf, ls, ls + col);
  }

  /** RAISE_ERROR_KNOWN_LOCATION with 0-based columns (converted to 1-based here). */
  raiseAt(type: CompileErrorType, lineno: number, col: number, endLineno: number, endCol: number, msg: string): never {
    this.raiseKnown(type, lineno, col === CURRENT_POS ? CURRENT_POS : col + 1, endLineno,
      endCol === CURRENT_POS ? CURRENT_POS : endCol + 1, msg);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) */
  errorAt(a: Located, msg: string): never {
    this.raiseAt("SyntaxError", a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) */
  errorRange(a: Located, b: Located, msg: string): never {
    this.raiseAt("SyntaxError", a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg) */
  errorFrom(a: Located, msg: string): never {
    this.raiseAt("SyntaxError", a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS, msg);
  }

  /** _PyPegen_raise_error: at the last token read (or the token at mark with useMark). */
  raise(type: CompileErrorType, useMark: boolean, msg: string): never {
    if (this.fill === 0) this.raiseKnown(type, 0, 0, 0, -1, msg);
    if (useMark && this.mark === this.fill) this.fillToken();
    const t = this.knownErrToken ?? this.tokens[useMark ? this.mark : this.fill - 1]!;
    let col: number;
    if (t.col_offset === -1) {
      col = this.tok.cur === 0 ? 0 : this.tok.cur - this.tok.lineStart;
    } else col = t.col_offset + 1;
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
    this.raiseKnown(type, t.lineno, col, t.end_lineno, endCol, msg);
  }

  /** RAISE_SYNTAX_ERROR(msg) */
  syntaxError(msg: string): never {
    this.raise("SyntaxError", false, msg);
  }

  /** RAISE_INDENTATION_ERROR(msg) */
  indentationError(msg: string): never {
    this.raise("IndentationError", false, msg);
  }

  /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN(msg) */
  syntaxErrorOnNextToken(msg: string): never {
    this.raise("SyntaxError", true, msg);
  }

  raiseUnclosedParen(): never {
    const tok = this.tok;
    const lvl = tok.level - 1;
    this.raiseAt("SyntaxError", tok.parenLineno[lvl]!, tok.parenCol[lvl]!, tok.parenLineno[lvl]!, -1,
      `'${String.fromCharCode(tok.parenStack[lvl]!)}' was never closed`);
  }

  /** tokenizer_error(): turn the tokenizer's `done` code into the exception CPython raises. */
  private tokenizerError(): never {
    const tok = this.tok;
    let type: CompileErrorType = "SyntaxError";
    let msg: string;
    let col = -1;
    switch (tok.done) {
      case E_TOKEN: msg = "invalid token"; break;
      case E_EOF:
        if (tok.level) this.raiseUnclosedParen();
        this.syntaxError("unexpected EOF while parsing");
      // falls through (never reached)
      case E_DEDENT:
        this.indentationError("unindent does not match any outer indentation level");
      // falls through (never reached)
      case E_TABSPACE: type = "TabError"; msg = "inconsistent use of tabs and spaces in indentation"; break;
      case E_TOODEEP: type = "IndentationError"; msg = "too many levels of indentation"; break;
      case E_LINECONT:
        col = tok.cur - tok.bufStart - 1;
        msg = "unexpected character after line continuation character";
        break;
      default: msg = "unknown parsing error";
    }
    this.raiseAt(type, tok.lineno, col >= 0 ? col : 0, tok.lineno, -1, msg);
  }
}
