/**
 * Running a program: the entry points the CLI calls (runCodeObject, runPycFile). Creates
 * __main__, runs the module code, and ends like CPython's Py_RunMain: SystemExit gives the exit
 * status; any other uncaught exception is printed as a traceback on stderr, status 1. Standard
 * streams are flushed at the end.
 */
import { CodeObject } from "../bytecode/code.ts";
import { readPyc, PycError } from "../bytecode/pyc.ts";
import { MarshalError } from "../bytecode/marshal.ts";
import { PyObject, isSubtype } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyBaseException, SystemExitType } from "../objects/exceptions.ts";
import * as E from "../objects/exceptions.ts";
import { PyInt } from "../objects/int.ts";
import { PyStr, intern, newStr } from "../objects/str.ts";
import { dictSetItemStr, dictNext, PyDict } from "../objects/dict.ts";
import { newModule } from "../objects/module.ts";
import { codeFor } from "../objects/codeobject.ts";
import { strStr, reprStr, callMethod, call as callFn } from "../objects/abstract.ts";
import { typeLookupStr } from "../objects/typeobject.ts";
import { newException } from "../objects/errors.ts";
import { host } from "../host/host.ts";
import { Frame, ReturnMode } from "./frame.ts";
import { evalFrame } from "./eval.ts";
import { initRuntime } from "./init.ts";
import { formatException } from "./traceback.ts";
import { stdStreams, flushStream, sysGet } from "../modules/sys.ts";
import { toPyException } from "./ops.ts";
import { ts } from "./state.ts";
import { dealloc } from "../memory/refcount.ts";


/** "Exception ignored in: ..." for errors in __del__ and similar (PyErr_WriteUnraisable). */
export function reportUnraisable(e: unknown, obj: PyObject, plain = false): void {
  const exc = toPyException(e);
  let where: string;
  try {
    // CPython names the finalizer: <function C.__del__ at 0x...>
    const del = plain ? null : typeLookupStr(obj.ob_type, "__del__");
    where = reprStr(del ?? obj);
  } catch {
    where = `<object repr() failed>`;
  }
  writeStderr(`Exception ignored in: ${where}\n${formatException(exc)}`);
}

/** Flush sys.stdout and sys.stderr (the current ones, then the original ones). */
function flushAll(): void {
  for (const name of ["stdout", "stderr"]) {
    const s = sysGet(name);
    if (s === null || s === None) continue;
    try {
      flushStream(s);
    } catch (e) {
      if (e instanceof PyObject && --e.ob_refcnt === 0) dealloc(e);
    }
  }
  for (const s of stdStreams) {
    try {
      flushStream(s);
    } catch (e) {
      if (e instanceof PyObject && --e.ob_refcnt === 0) dealloc(e);
    }
  }
}

/** The exit status for an uncaught SystemExit (printing its message when it has one). */
function systemExitStatus(e: PyBaseException): number {
  const code = e.extra?.[0] ?? None;
  if (code === None || code === null) return 0;
  if (code instanceof PyInt) return Number(BigInt.asIntN(32, BigInt(code.value))) & 0xff;
  let msg: string;
  try {
    msg = strStr(code);
  } catch {
    msg = "";
  }
  writeStderr(msg + "\n");
  return 1;
}

/** Write text to sys.stderr (through its write() unless it is the native stream). */
function writeStderr(text: string): void {
  const err = sysGet("stderr");
  if (err === null || err === None) return;
  if (err === stdStreams[2]) {
    flushAll();
    host().write(2, text);
    return;
  }
  const s = newStr(text);
  try {
    const r = callMethod(err, "write", [s]);
    if (--r.ob_refcnt === 0) dealloc(r);
  } finally {
    if (--s.ob_refcnt === 0) dealloc(s);
  }
}

/** sys.excepthook's default: print the traceback of `exc` on sys.stderr. */
export function defaultExcepthook(exc: PyObject): void {
  if (!(exc instanceof PyBaseException)) {
    writeStderr(`TypeError: print_exception(): Exception expected for value, ${exc.ob_type.tp_name} found\n`);
    return;
  }
  let text: string;
  try {
    text = formatException(exc);
  } catch (e2) {
    text = `${exc.ob_type.tp_name}: <exception formatting failed: ${String(e2)}>\n`;
  }
  writeStderr(text);
}

/** Print an uncaught exception (through sys.excepthook) and return the exit status. */
export function handleUncaught(e: unknown): number {
  const exc = toPyException(e);
  if (isSubtype(exc.ob_type, SystemExitType)) return systemExitStatus(exc);
  flushAll();
  const hook = sysGet("excepthook");
  const dflt = sysGet("__excepthook__");
  if (hook === null || hook === None) {
    host().write(2, "sys.excepthook is missing\n");
    defaultExcepthook(exc);
    return 1;
  }
  if (hook === dflt) {
    defaultExcepthook(exc);
    return 1;
  }
  const tb = exc.traceback ?? None;
  try {
    const r = callFn(hook, [exc.ob_type, exc, tb]);
    if (--r.ob_refcnt === 0) dealloc(r);
  } catch (e2) {
    const err2 = toPyException(e2);
    if (isSubtype(err2.ob_type, SystemExitType)) return systemExitStatus(err2);
    writeStderr("Error in sys.excepthook:\n");
    defaultExcepthook(err2);
    writeStderr("\nOriginal exception was:\n");
    defaultExcepthook(exc);
  }
  return 1;
}

/** Run a module code object as __main__; returns the process exit status. */
export function runCodeObject(co: CodeObject, argv: string[], filename: string | null = null): number {
  const builtins = initRuntime(argv);
  const main = newModule("__main__");
  const g = main.dict!;
  dictSetItemStr(g, intern("__builtins__"), builtins);
  if (filename !== null) dictSetItemStr(g, intern("__file__"), newStr(filename));
  dictSetItemStr(g, intern("__cached__"), None);
  const mods = sysGet("modules");
  if (mods !== null) dictSetItemStr(mods as never, intern("__main__"), main);
  const code = codeFor(co);
  const f = new Frame(code, null, g, builtins.dict!, g);
  f.returnMode = ReturnMode.ENTRY;
  let status = 0;
  try {
    const r = evalFrame(f, null);
    if (--r.ob_refcnt === 0) dealloc(r);
  } catch (e) {
    status = handleUncaught(e);
  }
  // interpreter shutdown: __main__'s globals are released in order (their __del__ runs now)
  try {
    clearModuleDict(g);
  } catch (e) {
    handleUncaught(e);
  }
  if (!flushAtExit()) status = 120;
  return status;
}

/** flush_std_files: flush sys.stdout (an error is reported as unraisable) and sys.stderr. */
function flushAtExit(): boolean {
  let ok = true;
  const out = sysGet("stdout");
  if (out !== null && out !== None && !streamClosed(out)) {
    try {
      flushStream(out);
    } catch (e) {
      reportUnraisable(e, out, true);
      ok = false;
    }
  }
  const err = sysGet("stderr");
  if (err !== null && err !== None && !streamClosed(err)) {
    try {
      flushStream(err);
    } catch (e) {
      if (e instanceof PyObject && --e.ob_refcnt === 0) dealloc(e);
      ok = false;
    }
  }
  flushAll();
  return ok;
}
function streamClosed(s: PyObject): boolean {
  try {
    const c = getAttrRun(s, intern("closed"));
    const r = isTrueRun(c);
    if (--c.ob_refcnt === 0) dealloc(c);
    return r;
  } catch (e) {
    if (e instanceof PyObject && --e.ob_refcnt === 0) dealloc(e);
    return false;
  }
}
import { getAttr as getAttrRun, isTrue as isTrueRun } from "../objects/abstract.ts";

/** Set every global but __builtins__ to None, in dict order (module teardown at exit). */
function clearModuleDict(d: PyDict): void {
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
    const k = d.ekeys[i]!;
    const v = d.evalues[i]!;
    if (v === None || !(k instanceof PyStr) || k.value === "__builtins__") continue;
    dictSetItemStr(d, k, None);
  }
}

/** tspy FILE.pyc: run a .pyc written by python3 (3.11 magic). */
export function runPycFile(path: string, argv: string[]): number {
  let data: Uint8Array;
  try {
    data = host().readFile(path);
  } catch {
    host().write(2, `tspy: can't open file '${path}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  let co: CodeObject;
  try {
    co = readPyc(data, "__main__", path).code;
  } catch (e) {
    initRuntime(argv);
    if (e instanceof PycError || e instanceof MarshalError) {
      const t = e instanceof PycError ? (e.type === "ImportError" ? E.ImportErrorType : E.EOFErrorType) : (E as unknown as Record<string, typeof E.ValueErrorType>)[`${e.type}Type`] ?? E.ValueErrorType;
      return handleUncaught(newException(t, e.msg));
    }
    throw e;
  }
  return runCodeObject(co, argv, path);
}
export { ts, PyStr };
