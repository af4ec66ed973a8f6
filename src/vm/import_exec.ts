/**
 * Compiling and executing module code for the import system:
 *   compileModuleSource(bytes, path, optimize)  source_to_code: parse + compile, a CompileError
 *                                               becomes the Python exception (SyntaxError...)
 *   execCodeInModule(code, module)              exec(code, module.__dict__), inserting
 *                                               __builtins__ as exec() does
 */
import { CodeObject } from "../bytecode/code.ts";
import { PyObject } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, intern, newStr } from "../objects/str.ts";
import { newInt } from "../objects/int.ts";
import { newTuple } from "../objects/tuple.ts";
import { PyDict, dictGetItemStr, dictSetItemStr } from "../objects/dict.ts";
import { PyModule } from "../objects/module.ts";
import { PyCode, codeFor, ensureCode } from "../objects/codeobject.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { newException, systemError } from "../objects/errors.ts";
import { call } from "../objects/abstract.ts";
import { compileAST } from "../compiler/index.ts";
import { parse } from "../parser/parse.ts";
import { CompileError } from "../parser/errors.ts";
import { sourceLine } from "../compiler/source.ts";
import { Frame, ReturnMode } from "./frame.ts";
import { evalFrame } from "./eval.ts";
import { sysGet } from "../modules/sys.ts";
import { decref } from "./import_util.ts";

/** A CompileError as the Python exception CPython raises (SyntaxError with its fields, ...). */
export function compileErrorToPy(e: CompileError): PyBaseException {
  const t = (E as unknown as Record<string, unknown>)[`${e.type}Type`];
  const type = t instanceof Object ? (t as typeof E.SyntaxErrorType) : E.SyntaxErrorType;
  if (!e.isSyntaxError) return newException(type, e.msg === "" ? null : e.msg);
  const num = (n: number | null): PyObject => (n === null ? (None.ob_refcnt++, None) : newInt(n));
  const details = newTuple([
    newStr(e.filename), num(e.lineno), num(e.offset),
    e.text === null ? (None.ob_refcnt++, None) : newStr(e.text), num(e.end_lineno), num(e.end_offset),
  ]);
  const msg = newStr(e.msg);
  try {
    return call(type, [msg, details]) as PyBaseException;
  } finally {
    decref(msg);
    decref(details);
  }
}

/** source_to_code(data, path): compile module source; errors are Python exceptions. */
export function compileModuleSource(source: Uint8Array | string, path: string, optimize: number): CodeObject {
  try {
    const mod = parse(source, { filename: path });
    // SyntaxError.text of the compiler's errors: CPython reads the line back from the file
    return compileAST(mod, { filename: path, optimize, source });
  } catch (e) {
    if (e instanceof CompileError) {
      if (e.type === "MemoryError" && e.msg === "") throw newException(E.MemoryErrorType, null);
      throw compileErrorToPy(withFileText(e, source));
    }
    if (e instanceof RangeError) throw newException(E.RecursionErrorType, "maximum recursion depth exceeded during compilation");
    throw e;
  }
}
/**
 * The parser's SyntaxError for file input takes its text from the file (its line, newline
 * included: _PyErr_ProgramDecodedTextObject), not from the tokenizer's buffer.
 */
const TOKENIZER_MSG = /^(unterminated (triple-quoted )?string literal|invalid character|invalid non-printable character|invalid (decimal|hexadecimal|octal|binary) literal|invalid digit|leading zeros in decimal|unmatched '|closing parenthesis|too many nested parentheses|f-string)/u;
function withFileText(e: CompileError, source: Uint8Array | string): CompileError {
  if (e.constructor !== CompileError || !e.isSyntaxError || e.lineno === null) return e;
  // the tokenizer's own errors (tokenizer.c syntaxerror) and the f-string parser's keep their text
  if (TOKENIZER_MSG.test(e.msg)) return e;
  const line = sourceLine(source, e.lineno);
  if (line === null || line === e.text) return e;
  return new CompileError(e.type, e.msg, e.filename, e.lineno, e.offset, line, e.end_lineno, e.end_offset);
}

/** The builtins dict for code run in `globals` (inserting __builtins__ as exec() does). */
function builtinsFor(globals: PyDict): PyDict {
  const key = intern("__builtins__");
  let b = dictGetItemStr(globals, key);
  if (b === null) {
    const mods = sysGet("modules") as PyDict | null;
    b = mods === null ? null : dictGetItemStr(mods, intern("builtins"));
    if (b === null) throw systemError("lost builtins module");
    dictSetItemStr(globals, key, b);
  }
  if (b instanceof PyModule) return b.dict!;
  if (b instanceof PyDict) return b;
  throw systemError("__builtins__ is not a dict or module");
}

/** exec(code, globals): runs a module-level code object with globals as its locals. */
export function execCodeInDict(code: PyCode | CodeObject, globals: PyDict): void {
  const c = code instanceof CodeObject ? codeFor(code) : ensureCode(code);
  try {
    const f = new Frame(c, null, globals, builtinsFor(globals), globals);
    f.returnMode = ReturnMode.ENTRY;
    const r = evalFrame(f, null);
    decref(r);
  } finally {
    // a code object made here from a CodeObject is released once run (functions hold their own)
    if (c !== code) decref(c);
  }
}

/** exec(code, module.__dict__). */
export function execCodeInModule(code: PyCode | CodeObject, module: PyObject): void {
  const d = module.dict;
  if (d === null) throw systemError("module has no __dict__");
  execCodeInDict(code, d);
}
export { PyStr };
