/**
 * `_tokenize`: the native half of lib/tokenize.py. The tokenize-module state machine is
 * src/tokenizer/pytokenize.ts (the one `tspy -m tokenize` runs); this module lets Python code
 * drive it one line at a time, so tokens come out lazily as CPython's generator gives them.
 *
 *   new(encoding: str | None) -> state      (encoding: the ENCODING token's value, None for none)
 *   feed(state, line: str) -> (tokens, error)
 *       line '' is the end of input. tokens: list of (type, string, (srow, scol), (erow, ecol),
 *       line) for everything this line completed (at EOF: the implicit NEWLINE, DEDENTs and
 *       ENDMARKER). error: None, or (kind, message, row, col, line) with kind 'TokenError' or
 *       'IndentationError'; the tokens produced before the error are still in `tokens`.
 *   c_tokens(source: str) -> (tokens, error)
 *       what CPython 3.11's _tokenize.TokenizerIter yields for source, from the parser's
 *       tokenizer (src/tokenizer/tokenizer.ts): (string, type, lineno, end_lineno, col_offset,
 *       end_col_offset, line) with exact operator types and byte columns (-1: none); error is
 *       the SyntaxError that stopped it, or None (an ERRORTOKEN without one just ends it)
 *   tok_names() -> list of names indexed by type (token.tok_name's terminals)
 *   exact_types() -> dict operator text -> exact type (token.EXACT_TOKEN_TYPES)
 *
 * Invariant: a state reads exactly one line per feed(); the line source throws NEED_LINE when
 * the tokenizer asks for a second one, which ends the feed (the tokenizer has then only set its
 * queue empty, so the next feed resumes cleanly).
 */
import { PyObject, PyType, Meth } from "../objects/object.ts";
import { TypeType, ObjectType, None } from "../objects/types.ts";
import { PyStr, newStr } from "../objects/str.ts";
import { newInt } from "../objects/int.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { newDict, dictSetItem } from "../objects/dict.ts";
import { readyType } from "../objects/typeobject.ts";
import { typeError } from "../objects/errors.ts";
import { DECREF } from "../memory/refcount.ts";
import { PyTokenizer, TokenizeError, type LineSource, type TokenInfo } from "../tokenizer/pytokenize.ts";
import { tokName, EXACT_TOKEN_TYPES, TokenType } from "../tokenizer/token.ts";
import { Tokenizer } from "../tokenizer/tokenizer.ts";
import { utf8Encode, utf8Decode } from "../tokenizer/utf8.ts";
import { CompileError } from "../parser/errors.ts";
import { compileErrorToException } from "./builtins_compile.ts";
import { buildModule, pyNone, type ModDef } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

/** Thrown by FeedSource when the tokenizer wants a line that has not been fed yet. */
const NEED_LINE = { needLine: true };

/** Holds at most one pending line. */
class FeedSource implements LineSource {
  pending: string | null = null;
  readLine(): string {
    const l = this.pending;
    if (l === null) throw NEED_LINE;
    this.pending = null;
    return l;
  }
}

class PyTokState extends PyObject {
  declare src: FeedSource;
  declare tz: PyTokenizer;
  /** Finished (ENDMARKER given) or failed: further feeds give nothing. */
  declare over: boolean;
  constructor(t: PyType, encoding: string | null) {
    super(t);
    this.src = new FeedSource();
    this.tz = new PyTokenizer(this.src, encoding);
    this.over = false;
  }
}

const TokStateType = new PyType(TypeType, "_tokenize.state", ObjectType, 0);

function pos(row: number, col: number): PyObject {
  return newTuple([newInt(row), newInt(col)]);
}

function tokenTuple(t: TokenInfo): PyObject {
  return newTuple([newInt(t.type), newStr(t.string), pos(t.start[0], t.start[1]), pos(t.end[0], t.end[1]), newStr(t.line)]);
}

function feed(st: PyTokState, line: string): PyObject {
  const out: PyObject[] = [];
  let err: PyObject = pyNone();
  if (!st.over) {
    st.src.pending = line;
    for (;;) {
      let t: TokenInfo | null;
      try {
        t = st.tz.next();
      } catch (e) {
        if (e === NEED_LINE) break;
        if (!(e instanceof TokenizeError)) throw e;
        if (!st.over) {
          st.over = true;
          DECREF(err);
          err = newTuple([newStr(e.pyType), newStr(e.pyMessage), newInt(e.row), newInt(e.col), newStr(e.line)]);
        }
        // Drain what the failing step queued before its error (next() hands those out first).
        continue;
      }
      if (t === null) { st.over = true; break; }
      out.push(tokenTuple(t));
    }
    st.src.pending = null;
  }
  return newTuple([newList(out), err]);
}

/**
 * The source as CPython's string tokenizer sees it (translate_newlines with exec_input): "\r\n"
 * and lone "\r" become "\n", and a final "\n" is added when missing.
 */
function translatedSource(src: string): Uint8Array {
  let text = src.indexOf("\r") >= 0 ? src.replace(/\r\n?/g, "\n") : src;
  if (!text.endsWith("\n")) text += "\n";
  return utf8Encode(text);
}

/** TokenizerIter over the whole source: the tokens, then the SyntaxError (or None). */
function cTokens(src: string): PyObject {
  const buf = translatedSource(src);
  const tz = new Tokenizer(buf, "<string>", false);
  const out: PyObject[] = [];
  let err: PyObject = pyNone();
  try {
    for (;;) {
      const type = tz.get();
      if (type === TokenType.ERRORTOKEN || type === TokenType.ENDMARKER) break;
      const start = tz.pStart, end = tz.pEnd;
      const text = start < 0 || end < 0 ? "" : utf8Decode(buf, start, end);
      const line = utf8Decode(buf, tz.bufStart, tz.inp);
      const isString = type === TokenType.STRING;
      const lineno = isString ? tz.firstLineno : tz.lineno;
      const lineStart = isString ? tz.multiLineStart : tz.lineStart;
      const col = start >= 0 && start >= lineStart ? start - lineStart : -1;
      const endCol = end >= 0 && end >= tz.lineStart ? end - tz.lineStart : -1;
      out.push(newTuple([newStr(text), newInt(type), newInt(lineno), newInt(tz.lineno), newInt(col), newInt(endCol),
        newStr(line)]));
    }
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    DECREF(err);
    err = compileErrorToException(e);
  }
  return newTuple([newList(out), err]);
}

let ready = false;
function initTypes(): void {
  if (ready) return;
  ready = true;
  readyType(TokStateType);
}

export function makeTokenizeModule(): PyModule {
  initTypes();
  const defs: ModDef[] = [
    { name: "new", flags: Meth.O, fn: (_s: null, enc: PyObject) => {
      if (enc === None) return new PyTokState(TokStateType, null);
      if (!(enc instanceof PyStr)) throw typeError("encoding must be str or None");
      return new PyTokState(TokStateType, enc.value);
    } },
    { name: "feed", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 2) throw typeError("feed expected 2 arguments");
      const st = a[0]!;
      const line = a[1]!;
      if (!(st instanceof PyTokState)) throw typeError("feed: not a tokenizer state");
      if (!(line instanceof PyStr)) throw typeError(`readline() returned a non-string object: '${line.ob_type.tp_name}'`);
      return feed(st, line.value);
    } },
    { name: "c_tokens", flags: Meth.O, fn: (_s: null, src: PyObject) => {
      if (!(src instanceof PyStr)) throw typeError(`c_tokens() argument must be str, not ${src.ob_type.tp_name}`);
      return cTokens(src.value);
    } },
    { name: "tok_names", flags: Meth.NOARGS, fn: () => newList(tokName.map((n) => newStr(n))) },
    { name: "exact_types", flags: Meth.NOARGS, fn: () => {
      const d = newDict();
      for (const [k, v] of EXACT_TOKEN_TYPES) {
        const ks = newStr(k);
        const vi = newInt(v);
        dictSetItem(d, ks, vi);
        DECREF(ks);
        DECREF(vi);
      }
      return d;
    } },
  ];
  return buildModule("_tokenize", defs);
}
