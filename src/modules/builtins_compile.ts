/**
 * compile(), exec() and eval() (Python/bltinmodule.c builtin_compile_impl, builtin_exec_impl,
 * builtin_eval_impl) on tspy's own parser and compiler.
 *
 *  - compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): source is str or
 *    bytes (bytes honour a coding cookie); unless dont_inherit, the calling code's future flags
 *    (co_flags & PyCF_MASK) are inherited. SyntaxWarnings of the compiler go to the warnings
 *    machinery (warnings.ts) with the compiled filename and line.
 *  - exec/eval: globals must be a dict, locals any mapping; both default to the caller's; a
 *    missing __builtins__ is inserted (the caller's builtins dict). eval strips leading spaces and
 *    tabs. The code runs in a new frame (nested evalFrame) whose locals are `locals`.
 */
import { PyObject } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newInt } from "../objects/int.ts";
import { newTuple } from "../objects/tuple.ts";
import { PyBytes } from "../objects/bytes.ts";
import { decodeBytes } from "../objects/codecs.ts";
import { PyDict, dictGetItemStr, dictSetItemStr } from "../objects/dict.ts";
import { PyModule } from "../objects/module.ts";
import { PyCode, codeFor, ensureCode } from "../objects/codeobject.ts";
import * as A from "../objects/abstract.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { typeError, valueError, newException, overflowError } from "../objects/errors.ts";
import { parseArgs, noKeywords } from "../objects/args.ts";
import { compileAST } from "../compiler/index.ts";
import { parse, type ParseMode } from "../parser/parse.ts";
import { CompileError } from "../parser/errors.ts";
import { LocatedSyntaxError } from "../compiler/errors.ts";
import { PyCF_MASK, PyCF_ONLY_AST } from "../compiler/future.ts";
import { Frame, ReturnMode } from "../vm/frame.ts";
import { evalFrame } from "../vm/eval.ts";
import { ts } from "../vm/state.ts";
import { dealloc } from "../memory/refcount.ts";
import { warnExplicit } from "./warnings.ts";
import { frameLocals } from "./builtins.ts";
import { sysGet } from "./sys.ts";
import type * as AstNodes from "../ast/nodes.ts";
import { astToObject } from "./ast/to_py.ts";
import { isAstObject } from "./ast/from_py.ts";
import { astObjectToMod } from "./ast/module.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}

const PyCF_SOURCE_IS_UTF8 = 0x0100;
const PyCF_DONT_IMPLY_DEDENT = 0x0200;
const PyCF_IGNORE_COOKIE = 0x0800;
const PyCF_TYPE_COMMENTS = 0x1000;
const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
const PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT;

/** A CompileError as the Python exception CPython raises (SyntaxError with its location...). */
export function compileErrorToException(e: CompileError): PyBaseException {
  const t = (E as unknown as Record<string, unknown>)[`${e.type}Type`];
  const type = t instanceof Object ? (t as typeof E.SyntaxErrorType) : E.SyntaxErrorType;
  if (!e.isSyntaxError) return newException(type, e.msg === "" ? null : e.msg);
  if (e.lineno === null) {
    const m = newStr(e.msg);
    try {
      return A.call(type, [m]) as PyBaseException;
    } finally {
      dec(m);
    }
  }
  const num = (n: number | null): PyObject => (n === null ? (None.ob_refcnt++, None) : newInt(n));
  if (e instanceof LocatedSyntaxError) {
    // symtable/future stage (PyErr_RangedSyntaxLocationObject): args (msg,), location in attributes
    const m = newStr(e.msg);
    const exc = A.call(type, [m]) as PyBaseException;
    dec(m);
    const attrs: [string, PyObject][] = [
      ["filename", newStr(e.filename)], ["lineno", num(e.lineno)], ["offset", num(e.offset)],
      ["text", e.text === null ? (None.ob_refcnt++, None) : newStr(e.text)], ["end_lineno", num(e.end_lineno)], ["end_offset", num(e.end_offset)],
    ];
    for (const [k, v] of attrs) {
      A.setAttr(exc, intern(k), v);
      dec(v);
    }
    return exc;
  }
  const details = newTuple([
    newStr(e.filename), num(e.lineno), num(e.offset),
    e.text === null ? (None.ob_refcnt++, None) : newStr(e.text), num(e.end_lineno), num(e.end_offset),
  ]);
  const msg = newStr(e.msg);
  try {
    return A.call(type, [msg, details]) as PyBaseException;
  } finally {
    dec(msg);
    dec(details);
  }
}

class WarningAsError {
  constructor(readonly msg: string, readonly lineno: number) {}
}
import { isSubtype } from "../objects/object.ts";

/** The future flags of the code running now (what compile()/exec()/eval() inherit). */
function callerFutureFlags(): number {
  const f = ts.frame as Frame | null;
  return f === null ? 0 : f.code.flags & PyCF_MASK;
}

/** Parse and compile `source`; errors become Python exceptions. */
export function compileToCode(source: string | Uint8Array, filename: string, mode: ParseMode, flags: number, optimize: number): PyCode {
  return withCompileErrors(filename, () => compileModToCode(parseSource(source, filename, mode, flags), filename, flags, optimize));
}

function parseSource(source: string | Uint8Array, filename: string, mode: ParseMode, flags: number, featureVersion = 11): AstNodes.mod {
  return parse(source, {
    filename, mode, featureVersion,
    typeComments: (flags & PyCF_TYPE_COMMENTS) !== 0,
    allowIncompleteInput: (flags & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0,
    dontImplyDedent: (flags & PyCF_DONT_IMPLY_DEDENT) !== 0,
  }) as AstNodes.mod;
}

function compileModToCode(mod: AstNodes.mod, filename: string, flags: number, optimize: number): PyCode {
  const co = compileAST(mod, {
    filename, flags: flags & (PyCF_MASK | PyCF_ALLOW_TOP_LEVEL_AWAIT), optimize,
    // as CPython: the compiler's nesting count starts at the caller's recursion depth scaled by
    // COMPILER_STACK_FRAME_SCALE (3), against the same scaled limit
    depth: 3 * ts.depth,
    warn: (msg, lineno) => {
      try {
        warnExplicit(E.SyntaxWarningType, msg, filename, lineno, null, null);
      } catch (w) {
        // a SyntaxWarning turned into an error becomes a SyntaxError (compiler_warn)
        if (w instanceof PyBaseException && isSubtype(w.ob_type, E.SyntaxWarningType)) {
          if (--w.ob_refcnt === 0) dealloc(w);
          throw new WarningAsError(msg, lineno);
        }
        throw w;
      }
    },
  });
  return codeFor(co);
}

/** Run a parse/compile step, turning tspy's compile errors into the Python exceptions. */
function withCompileErrors<T>(filename: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof WarningAsError) {
      const m = newStr(e.msg);
      const details = newTuple([newStr(filename), newInt(e.lineno), (None.ob_refcnt++, None), (None.ob_refcnt++, None), newInt(e.lineno), (None.ob_refcnt++, None)]);
      try {
        throw A.call(E.SyntaxErrorType, [m, details]);
      } finally {
        dec(m);
        dec(details);
      }
    }
    if (e instanceof CompileError) {
      if (e.type === "MemoryError" && e.msg === "") throw newException(E.MemoryErrorType, null);
      throw compileErrorToException(e);
    }
    if (e instanceof RangeError) throw newException(E.RecursionErrorType, "maximum recursion depth exceeded during compilation");
    throw e;
  }
}

/** PyUnicode_FSDecoder: str, bytes or os.PathLike. */
function fsPath(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return decodeBytes(o.value, "utf-8", "surrogateescape");
  const fspath = A.lookupSpecial(o, intern("__fspath__"));
  if (fspath !== null) {
    const r = A.call(fspath, []);
    dec(fspath);
    try {
      if (r instanceof PyStr) return r.value;
      if (r instanceof PyBytes) return decodeBytes(r.value, "utf-8", "surrogateescape");
      throw typeError(`expected ${o.ob_type.tp_name}.__fspath__() to return str or bytes, not ${r.ob_type.tp_name}`);
    } finally {
      dec(r);
    }
  }
  throw typeError(`expected str, bytes or os.PathLike object, not ${o.ob_type.tp_name}`);
}

function asCInt(o: PyObject, _what: string): number {
  const v = A.index(o);
  const n = v.value;
  dec(v);
  if (typeof n === "bigint" || n > 0x7fffffff || n < -0x80000000) throw overflowError("Python int too large to convert to C int");
  return n;
}

/** The source of compile()/exec()/eval(): str, or bytes-like (kept as bytes: coding cookies apply). */
function sourceOf(o: PyObject): string | Uint8Array | null {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return o.value.slice();
  return null;
}

function compileFn(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [src, fname, modeO, flagsO, dontInheritO, optO, featureO] = parseArgs("compile", args, kw,
    ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], { required: 3, kwonly: 6 });
  const filename = fsPath(fname!);
  if (!(modeO instanceof PyStr)) throw typeError(`compile() argument 'mode' must be str, not ${modeO!.ob_type.tp_name}`);
  let flags = flagsO === null ? 0 : asCInt(flagsO, "flags");
  const dontInherit = dontInheritO !== null && A.isTrue(dontInheritO);
  const optimize = optO === null ? -1 : asCInt(optO, "optimize");
  if ((flags & ~(PyCF_MASK | PyCF_COMPILE_MASK | PyCF_SOURCE_IS_UTF8 | PyCF_IGNORE_COOKIE)) !== 0) {
    throw valueError("compile(): unrecognised flags");
  }
  if (optimize < -1 || optimize > 2) throw valueError("compile(): invalid optimize value");
  if (!dontInherit) flags |= callerFutureFlags();
  const mode = modeO.value;
  if (mode === "func_type") {
    if ((flags & PyCF_ONLY_AST) === 0) throw valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  } else if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    throw valueError((flags & PyCF_ONLY_AST) !== 0
      ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
      : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  // (str and bytes are never AST objects: the classes are only built when something else comes)
  if (!(src instanceof PyStr) && !(src instanceof PyBytes) && isAstObject(src!)) {
    // an AST object: returned as it is for PyCF_ONLY_AST, else converted, validated, compiled
    if ((flags & PyCF_ONLY_AST) !== 0) {
      src!.ob_refcnt++;
      return src!;
    }
    const tree = astObjectToMod(src!, mode);
    return withCompileErrors(filename, () => {
      try {
        return compileModToCode(tree, filename, flags, optimize < 0 ? 0 : optimize);
      } catch (e) {
        // only a tree from Python can hold a bad conversion: CPython's compiler raises SystemError
        if (e instanceof CompileError && e.msg.startsWith("Unrecognized conversion character")) {
          throw newException(E.SystemErrorType, e.msg);
        }
        throw e;
      }
    });
  }
  const source = sourceOf(src!);
  if (source === null) throw typeError("compile() arg 1 must be a string, bytes or AST object");
  if ((flags & PyCF_ONLY_AST) !== 0) {
    // _feature_version (ast.parse(feature_version=...)) applies to PyCF_ONLY_AST only; -1 = 3.11
    const fv = featureO === null ? -1 : asCInt(featureO, "_feature_version");
    const tree = withCompileErrors(filename, () => parseSource(source, filename, mode as ParseMode, flags, fv >= 0 ? fv : 11));
    return astToObject(tree as unknown as AstNodes.AST);
  }
  return compileToCode(source, filename, mode as ParseMode, flags, optimize < 0 ? 0 : optimize);
}

/** The builtins dict code run in `globals` uses, inserting __builtins__ when missing. */
function builtinsFor(globals: PyDict): PyDict {
  const key = intern("__builtins__");
  let b = dictGetItemStr(globals, key);
  if (b === null) {
    const f = ts.frame as Frame | null;
    b = f !== null ? f.builtins : (sysGet("modules") as PyDict | null) !== null ? dictGetItemStr(sysGet("modules") as PyDict, intern("builtins")) : null;
    if (b === null) throw newException(E.SystemErrorType, "lost builtins module");
    dictSetItemStr(globals, key, b);
  }
  if (b instanceof PyModule) return b.dict!;
  if (b instanceof PyDict) return b;
  // a non-dict __builtins__: CPython falls back to the interpreter's builtins
  const f = ts.frame as Frame | null;
  if (f !== null) return f.builtins;
  throw newException(E.SystemErrorType, "lost builtins module");
}

/** Run a module-style code object with the given globals and locals; returns its result. */
export function runCode(code: PyCode, globals: PyDict, locals: PyObject): PyObject {
  const builtins = builtinsFor(globals);
  const f = new Frame(ensureCode(code), null, globals, builtins, locals);
  f.returnMode = ReturnMode.ENTRY;
  return evalFrame(f, null);
}

function isMapping(o: PyObject): boolean {
  return o.ob_type.mp_subscript !== null;
}

/** The (globals, locals) pair of exec/eval, defaulting to the caller's. Returns new references. */
function resolveNamespaces(g: PyObject | null, l: PyObject | null, isExec: boolean): [PyDict, PyObject] {
  if (g === None) g = null;
  if (l === None) l = null;
  if (g !== null && !(g instanceof PyDict)) {
    throw typeError(isExec ? `exec() globals must be a dict, not ${g.ob_type.tp_name}` : "globals must be a dict");
  }
  if (l !== null && !isMapping(l)) {
    throw typeError(isExec ? `locals must be a mapping or None, not ${l.ob_type.tp_name}` : "locals must be a mapping");
  }
  if (g === null) {
    const f = ts.frame as Frame | null;
    if (f === null) throw newException(E.SystemErrorType, "globals and locals cannot be NULL");
    g = f.globals;
    g.ob_refcnt++;
    if (l === null) l = frameLocals(f);
    else l.ob_refcnt++;
  } else {
    g.ob_refcnt++;
    if (l === null) l = g;
    l.ob_refcnt++;
  }
  return [g as PyDict, l];
}

function stripLeading(s: string | Uint8Array): string | Uint8Array {
  let i = 0;
  if (typeof s === "string") {
    while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
    return i === 0 ? s : s.slice(i);
  }
  while (i < s.length && (s[i] === 32 || s[i] === 9)) i++;
  return i === 0 ? s : s.subarray(i);
}

function execOrEval(isExec: boolean, args: PyObject[], kw: PyObject | null): PyObject {
  const name = isExec ? "exec" : "eval";
  let src: PyObject, g: PyObject | null, l: PyObject | null;
  if (isExec) {
    const [s0, g0, l0, closure] = parseArgs("exec", args, kw, ["source", "globals", "locals", "closure"], { required: 1, posonly: 3, kwonly: 3 });
    src = s0!;
    g = g0;
    l = l0;
    if (closure !== null && closure !== None) throw typeError("closure can only be used when source is a code object");
  } else {
    noKeywords("eval", kw);
    if (args.length < 1 || args.length > 3) {
      throw typeError(args.length < 1 ? `eval expected at least 1 argument, got ${args.length}` : `eval expected at most 3 arguments, got ${args.length}`);
    }
    src = args[0]!;
    g = args[1] ?? null;
    l = args[2] ?? null;
  }
  const [globals, locals] = resolveNamespaces(g, l, isExec);
  try {
    builtinsFor(globals);
    let code: PyCode;
    if (src instanceof PyCode) {
      if (src.nfree > 0) throw typeError(`code object passed to ${name}() may not contain free variables`);
      src.ob_refcnt++;
      code = ensureCode(src);
    } else {
      let source = sourceOf(src);
      if (source === null) throw typeError(`${name}() arg 1 must be a string, bytes or code object`);
      if (!isExec) source = stripLeading(source);
      code = compileToCode(source, "<string>", isExec ? "exec" : "eval", callerFutureFlags() | PyCF_SOURCE_IS_UTF8, 0);
    }
    try {
      const r = runCode(code, globals, locals);
      if (isExec) {
        dec(r);
        None.ob_refcnt++;
        return None;
      }
      return r;
    } finally {
      dec(code);
    }
  } finally {
    dec(globals);
    dec(locals);
  }
}

export function execFn(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  return execOrEval(true, args, kw);
}
export function evalFn(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  return execOrEval(false, args, kw);
}
export { compileFn, PyInt };
