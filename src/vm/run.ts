/**
 * Running a program: the entry points the CLI calls (runCodeObject, runPycFile). Creates
 * __main__, runs the module code, and ends like CPython's Py_RunMain: SystemExit gives the exit
 * status; any other uncaught exception is printed as a traceback on stderr, status 1. Standard
 * streams are flushed at the end.
 */
import { collectAtExit } from "../modules/gc.ts";
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
import { runMainFrame, shutdownThreads } from "./threads.ts";
import { initRuntime } from "./init.ts";
import { formatException, formatUnraisable, setShowSourceLines } from "./traceback.ts";
import { stdStreams, flushStream, sysGet, sysSet } from "../modules/sys.ts";
import { toPyException } from "./ops.ts";
import { ts } from "./state.ts";
import { dealloc } from "../memory/refcount.ts";
import { newDict } from "../objects/dict.ts";
import { BuiltinImporterType } from "../modules/importlib_bootstrap.ts";
import { SourceFileLoaderType, SourcelessFileLoaderType } from "../modules/importlib_external.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}


/**
 * "Exception ignored in: ..." for errors in __del__ and similar (PyErr_WriteUnraisable): the
 * finalizer function for a class's __del__, else the object. An exception without a traceback
 * gets one for the frame running now, as CPython adds.
 */
export function reportUnraisable(e: unknown, obj: PyObject, plain = false, errMsg: string | null = null): void {
  const exc = toPyException(e);
  let where: string;
  try {
    const del = plain ? null : typeLookupStr(obj.ob_type, "__del__");
    where = reprStr(del instanceof PyFunction ? del : obj);
  } catch (e2) {
    if (e2 instanceof PyObject && --e2.ob_refcnt === 0) dealloc(e2);
    where = `<object repr() failed>`;
  }
  if (exc.traceback === null) {
    const f = ts.frame as Frame | null;
    if (f !== null) {
      f.ob_refcnt++;
      exc.traceback = new PyTraceback(null, f, f.lasti < 0 ? 0 : f.lasti);
    }
  }
  const hook = sysGet("unraisablehook");
  if (hook !== null && hook !== None && hook !== sysGet("__unraisablehook__")) {
    // a user hook gets UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object)
    const target = plain ? obj : (() => {
      const del = typeLookupStr(obj.ob_type, "__del__");
      return del instanceof PyFunction ? del : obj;
    })();
    exc.ob_type.ob_refcnt++;
    exc.ob_refcnt++;
    const tb = exc.traceback ?? None;
    tb.ob_refcnt++;
    const msg = errMsg === null ? None : newStr(errMsg);
    if (errMsg === null) None.ob_refcnt++;
    target.ob_refcnt++;
    const args = newStructSeq(unraisableArgsType(), [exc.ob_type, exc, tb, msg, target]);
    try {
      const r = callFn(hook, [args]);
      if (--r.ob_refcnt === 0) dealloc(r);
    } catch (e3) {
      writeStderr(formatUnraisable(toPyException(e3), "sys.unraisablehook"));
    } finally {
      if (--args.ob_refcnt === 0) dealloc(args);
      if (--exc.ob_refcnt === 0) dealloc(exc);
    }
    return;
  }
  writeStderr(errMsg === null ? formatUnraisable(exc, where) : `${errMsg}: ${where}\n${formatUnraisable(exc, null)}`);
  if (--exc.ob_refcnt === 0) dealloc(exc);
}
let unraisableArgs: PyType | null = null;
function unraisableArgsType(): PyType {
  unraisableArgs ??= newStructSeqType("UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"]);
  return unraisableArgs;
}
/** sys.unraisablehook's default (also sys.__unraisablehook__). */
export function defaultUnraisablehook(args: PyObject): void {
  const items = (args as PyTuple).items;
  const exc = items[1];
  if (!(exc instanceof PyBaseException)) return;
  const obj = items[4] ?? None;
  const msg = items[3];
  let where: string | null;
  try {
    where = obj === None ? null : reprStr(obj);
  } catch {
    where = "<object repr() failed>";
  }
  const head = msg instanceof PyStr ? `${msg.value}: ${where ?? ""}` : where;
  writeStderr(formatUnraisable(exc, head === null ? null : head).replace(/^Exception ignored in: /u, msg instanceof PyStr ? "" : "Exception ignored in: "));
}
import { newStructSeqType, newStructSeq } from "../objects/structseq.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyType } from "../objects/object.ts";
import { PyFunction } from "../objects/funcobject.ts";
import { PyTraceback } from "../objects/traceback.ts";

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
  if (isSubtype(exc.ob_type, E.KeyboardInterruptType)) runState.unhandledKeyboardInterrupt = true;
  // PyErr_Print keeps the exception in sys.last_type/last_value/last_traceback; the thrown
  // reference is ours and is released once the exception has been reported
  try {
    return reportUncaught(exc);
  } finally {
    setSysLast(exc.ob_type, exc, exc.traceback ?? None);
    if (--exc.ob_refcnt === 0) dealloc(exc);
  }
}
function setSysLast(t: PyObject, v: PyObject, tb: PyObject): void {
  if (sysGet("modules") === null) return;
  sysSet("last_type", t);
  sysSet("last_value", v);
  sysSet("last_traceback", tb);
}
function reportUncaught(exc: PyBaseException): number {
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

/** _Py_UnhandledKeyboardInterrupt: the CLI then ends the process as killed by SIGINT. */
export const runState = { unhandledKeyboardInterrupt: false };

/** Run at interpreter exit, after the main module and before teardown (the atexit module sets it). */
let exitHook: (() => void) | null = null;
export function setExitHook(f: () => void): void {
  exitHook = f;
}
export function callExitHook(): void {
  // threading._shutdown: the main thread joins the non-daemon threads first
  shutdownThreads();
  if (exitHook !== null) exitHook();
}

/** Run a module code object as __main__; returns the process exit status. */
export function runCodeObject(co: CodeObject, argv: string[], filename: string | null = null): number {
  const g = newMainModule(argv, filename);
  return finishRun(g, execInMain(co, g));
}

/** A new __main__ module (in sys.modules, with __builtins__ and __file__); returns its dict. */
export function newMainModule(argv: string[], filename: string | null): PyDict {
  const builtins = initRuntime(argv);
  const main = newModule("__main__");
  const g = main.dict!;
  dictSetItemStr(g, intern("__builtins__"), builtins);
  const annotations = newDict();
  dictSetItemStr(g, intern("__annotations__"), annotations);
  decref(annotations);
  // __loader__ as CPython's: a SourceFileLoader (SourcelessFileLoader for a .pyc) for a script,
  // else BuiltinImporter (-c, stdin, the REPL); set once the import system is up
  let loader: PyObject | null = null;
  if (filename !== null) {
    const cls = filename.endsWith(".pyc") ? SourcelessFileLoaderType : SourceFileLoaderType;
    if (cls !== undefined) {
      const name = newStr("__main__"), path = newStr(filename);
      loader = callFn(cls, [name, path]);
      decref(name);
      decref(path);
    }
    const file = newStr(filename);
    dictSetItemStr(g, intern("__file__"), file);
    decref(file);
    dictSetItemStr(g, intern("__cached__"), None);
  } else if (BuiltinImporterType !== undefined) {
    loader = BuiltinImporterType;
    loader.ob_refcnt++;
  }
  if (loader !== null) {
    dictSetItemStr(g, intern("__loader__"), loader);
    decref(loader);
  }
  const mods = sysGet("modules");
  if (mods !== null) dictSetItemStr(mods as never, intern("__main__"), main);
  return g;
}

/**
 * Run module code in the globals `g` (no teardown): 0, or the status of an uncaught exception
 * (printed through sys.excepthook; an uncaught KeyboardInterrupt is remembered for the exit).
 */
export function execInMain(co: CodeObject, g: PyDict): number {
  const builtins = dictGetItemStr(g, intern("__builtins__"));
  const bdict = builtins instanceof PyModule ? builtins.dict! : (builtins as PyDict);
  const code = codeFor(co);
  const f = new Frame(code, null, g, bdict, g);
  f.returnMode = ReturnMode.ENTRY;
  try {
    const r = runMainFrame(f);
    if (--r.ob_refcnt === 0) dealloc(r);
    return 0;
  } catch (e) {
    return handleUncaught(e);
  } finally {
    if (--code.ob_refcnt === 0) dealloc(code);
  }
}

/** The end of a run (Py_FinalizeEx's order): atexit, a collection, __main__ cleared, streams flushed (120 when stdout cannot be). */
export function finishRun(g: PyDict, status: number): number {
  callExitHook();
  collectAtExit();
  // interpreter shutdown: __main__'s globals are released in order (their __del__ runs now);
  // CPython can no longer show source lines in tracebacks by then
  setShowSourceLines(false);
  // finalize_modules_delete_special: sys.last_* go first (the failed frames' locals die now)
  if (sysGet("last_value") !== null) setSysLast(None, None, None);
  try {
    clearModuleDict(g);
  } catch (e) {
    handleUncaught(e);
  }
  if (!flushAtExit()) status = 120;
  return status;
}
import { PyModule } from "../objects/module.ts";
import { dictGetItemStr } from "../objects/dict.ts";

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
