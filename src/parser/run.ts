/**
 * Running the parser (CPython's _PyPegen_run_parser and _Pypegen_set_syntax_error):
 *  1. a first pass without the invalid_ rules;
 *  2. if it fails without an exception, a second pass with the invalid_ rules on, which raises
 *     the specialised SyntaxErrors;
 *  3. otherwise the generic error: "invalid syntax" at the last token of the first pass,
 *     "unexpected indent", "'(' was never closed", ...; a tokenizer error further down the file
 *     takes precedence over a parser error (the rest of the source is tokenized to look for one).
 */
import { TokenType as T } from "../tokenizer/token.ts";
import { E_EOF, E_EOFS, E_EOLS, E_OK } from "../tokenizer/tokenizer.ts";
import { CompileError } from "./errors.ts";
import { Mode, type Parser, type Token } from "./parser.ts";
import { evalRule, fileRule, fstringRule, funcTypeRule, interactiveRule } from "./stmts.ts";
import type * as A from "../ast/nodes.ts";

function startRule(p: Parser): A.mod | A.expr | null {
  switch (p.mode) {
    case Mode.File: return fileRule(p);
    case Mode.Eval: return evalRule(p);
    case Mode.Single: return interactiveRule(p);
    case Mode.FuncType: return funcTypeRule(p);
    case Mode.FString: return fstringRule(p);
  }
}

function isSyntaxErrorClass(e: CompileError): boolean {
  return e.type === "SyntaxError" || e.type === "IndentationError" || e.type === "TabError";
}

/**
 * The JS stack ran out before CPython's recursion limit (MAXSTACK) did: reported as the
 * MemoryError CPython raises for too deep input. A host with a bigger stack may retry
 * (the CLI re-runs itself with --stack-size; see cli/tools/ast.ts).
 */
export class StackOverflow extends CompileError {
  constructor(filename: string) {
    super("MemoryError", "", filename, null, null, null);
  }
}

/** JS stack exhaustion becomes the error CPython gives for too deep input. */
function convert(p: Parser, e: unknown): CompileError {
  if (e instanceof CompileError) return e;
  if (e instanceof RangeError) return new StackOverflow(p.filename);
  throw e;
}

/**
 * CPython counts every rule call against MAXSTACK; tspy counts the recursive ones, so a pass
 * starts at the depth of CPython's chain from the start rule down to an expression (measured:
 * "-" * 5970 + "1" is the first MemoryError in exec mode).
 */
const BASE_LEVEL = [16, 11, 16, 11, 11];

function pass(p: Parser): { res: A.mod | A.expr | null; err: CompileError | null } {
  p.mark = 0;
  p.level = BASE_LEVEL[p.mode]!;
  try {
    return { res: startRule(p), err: null };
  } catch (e) {
    return { res: null, err: convert(p, e) };
  }
}

export function runParser(p: Parser): A.mod | A.expr {
  try {
    return parseOrRaise(p);
  } finally {
    p.releaseMemo();
  }
}

function parseOrRaise(p: Parser): A.mod | A.expr {
  const first = pass(p);
  if (first.res !== null) {
    if (p.mode === Mode.Single && badSingleStatement(p)) p.syntaxError("multiple statements found while compiling a single statement");
    return first.res;
  }
  let err = first.err;
  if (p.flags.allowIncompleteInput) {
    const d = p.tok.done;
    if (d === E_EOF || d === E_EOFS || d === E_EOLS) p.syntaxError("incomplete input");
  }
  if (err !== null && !isSyntaxErrorClass(err)) throw err;
  const lastToken = p.tokens[p.fill - 1];
  if (err === null) {
    p.resetMemo();
    p.callInvalidRules = true;
    const second = pass(p);
    err = second.err;
    if (err !== null && !isSyntaxErrorClass(err)) throw err;
  }
  setSyntaxError(p, lastToken, err);
}

/** _Pypegen_set_syntax_error */
function setSyntaxError(p: Parser, lastToken: Token | undefined, err: CompileError | null): never {
  const tok = p.tok;
  if (err !== null) {
    if (tok.done === E_OK) tokenizeFullSourceForErrors(p, err);
    throw err;
  }
  if (p.fill === 0 || lastToken === undefined) p.syntaxError("error at start before reading any input");
  if (lastToken.type === T.ERRORTOKEN && tok.done === E_EOF) {
    if (tok.level) p.raiseUnclosedParen();
    p.syntaxError("unexpected EOF while parsing");
  }
  if (lastToken.type === T.INDENT || lastToken.type === T.DEDENT) {
    p.indentationError(lastToken.type === T.INDENT ? "unexpected indent" : "unexpected unindent");
  }
  let generic: CompileError;
  try {
    p.errorAt(lastToken, "invalid syntax");
  } catch (e) {
    generic = e as CompileError;
  }
  tokenizeFullSourceForErrors(p, generic!);
  throw generic!;
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error later in the source
 * replaces `err` (thrown from here); an unclosed bracket does when it opened before err's line.
 */
function tokenizeFullSourceForErrors(p: Parser, err: CompileError): void {
  const tok = p.tok;
  const current = p.knownErrToken ?? p.tokens[p.fill - 1];
  const currentErrLine = current !== undefined ? current.lineno : 0;
  for (;;) {
    let type: number;
    try {
      type = tok.get();
    } catch (e) {
      if (e instanceof CompileError) throw e;
      throw e;
    }
    if (type === T.ERRORTOKEN) {
      if (tok.level !== 0) {
        const errLine = tok.parenLineno[tok.level - 1]!;
        if (currentErrLine > errLine) p.raiseUnclosedParen();
      }
      return;
    }
    if (type === T.ENDMARKER) return;
  }
  void err;
}

/** bad_single_statement: anything but blanks and comments after the statement. */
function badSingleStatement(p: Parser): boolean {
  const b = p.buf;
  let i = p.tok.cur;
  for (;;) {
    while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0c)) i++;
    if (i >= b.length) return false;
    if (b[i] !== 0x23) return true;
    while (i < b.length && b[i] !== 0x0a) i++;
  }
}
