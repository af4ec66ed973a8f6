/**
 * `tspy -m module` (runpy._run_module_as_main): find the module's spec (a package runs its
 * __main__ submodule), set sys.argv[0] to the file, and run its code as __main__ with __spec__,
 * __file__, __cached__, __loader__ and __package__ set as runpy sets them. Errors while finding
 * the module end the run like runpy's: "<executable>: <message>" on stderr, status 1.
 */
import { collectAtExit } from "../modules/gc.ts";
import { PyObject } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, intern, newStr, strRepr } from "../objects/str.ts";
import { PyList } from "../objects/list.ts";
import { PyDict, dictGetItemStr, dictSetItemStr } from "../objects/dict.ts";
import { newModule } from "../objects/module.ts";
import { PyCode } from "../objects/codeobject.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { callMethod, strStr, typeName } from "../objects/abstract.ts";
import { host } from "../host/host.ts";
import { sysGet } from "../modules/sys.ts";
import { stdStreams, flushStream } from "../modules/sys.ts";
import { initRuntime } from "./init.ts";
import { handleUncaught, callExitHook } from "./run.ts";
import { execCodeInDict } from "./import_exec.ts";
import { decref, incref, attrOpt, isInstanceOfType, importErrorName } from "./import_util.ts";
import { importModuleLevel, findSpec, utilFindSpec } from "./import.ts";
import { initImportSystem } from "./import_init.ts";
import { PyModule } from "../objects/module.ts";

/** Start the runtime and the import system (idempotent). Returns the builtins module. */
export function startRuntime(argv: string[]): PyModule {
  const b = initRuntime(argv);
  const mods = sysGet("modules") as PyDict;
  const sys = dictGetItemStr(mods, intern("sys")) as PyModule;
  initImportSystem(b, sys);
  return b;
}

class RunpyError extends Error {
  constructor(readonly msg: string) {
    super(msg);
  }
}

function excMessage(e: PyBaseException): string {
  try {
    return strStr(e);
  } catch {
    return "<exception str() failed>";
  }
}

/** runpy._get_module_details: [name, spec, code] (new references). */
function moduleDetails(modName: string): [string, PyObject, PyObject] {
  if (modName.startsWith(".")) throw new RunpyError("Relative module names not supported");
  const dot = modName.lastIndexOf(".");
  const pkgName = dot < 0 ? "" : modName.slice(0, dot);
  if (pkgName !== "") {
    try {
      decref(importModuleLevel(newStr(pkgName), null, null, 0));
    } catch (e) {
      if (!isInstanceOfType(e, E.ImportErrorType)) throw e;
      const n = importErrorName(e);
      if (n === null || (n !== pkgName && !pkgName.startsWith(n + "."))) throw e;
    }
  }
  let spec: PyObject | null;
  try {
    spec = utilFindSpec(modName);
  } catch (e) {
    if (isInstanceOfType(e, E.ImportErrorType) || isInstanceOfType(e, E.AttributeErrorType) || isInstanceOfType(e, E.TypeErrorType) || isInstanceOfType(e, E.ValueErrorType)) {
      let msg = `Error while finding module specification for ${strRepr(modName)} (${typeName(e)}: ${excMessage(e)})`;
      if (modName.endsWith(".py")) msg += `. Try using '${modName.slice(0, -3)}' instead of '${modName}' as the module name.`;
      throw new RunpyError(msg);
    }
    throw e;
  }
  if (spec === null) throw new RunpyError(`No module named ${modName}`);
  const ssl = attrOpt(spec, "submodule_search_locations");
  const isPkg = ssl !== null && ssl !== None;
  decref(ssl);
  if (isPkg) {
    decref(spec);
    if (modName === "__main__" || modName.endsWith(".__main__")) throw new RunpyError("Cannot use package as __main__ module");
    try {
      return moduleDetails(modName + ".__main__");
    } catch (e) {
      if (!(e instanceof RunpyError)) throw e;
      if (dictGetItemStr(sysGet("modules") as PyDict, intern(modName)) === null) throw e;
      throw new RunpyError(`${e.msg}; ${strRepr(modName)} is a package and cannot be directly executed`);
    }
  }
  const loader = attrOpt(spec, "loader") ?? incref(None);
  if (loader === None) {
    decref(spec);
    throw new RunpyError(`${strRepr(modName)} is a namespace package and cannot be executed`);
  }
  let code: PyObject;
  try {
    code = callMethod(loader, "get_code", [newStr(modName)]);
  } catch (e) {
    if (isInstanceOfType(e, E.ImportErrorType)) throw new RunpyError(excMessage(e));
    throw e;
  } finally {
    decref(loader);
  }
  if (code === None) throw new RunpyError(`No code object available for ${modName}`);
  return [modName, spec, code];
}

function flushAll(): void {
  for (const s of stdStreams) flushStream(s);
}

/** tspy -m NAME args...: returns the exit status. `argv` is [NAME, ...args] (argv[0] replaced). */
/**
 * runpy._run_module_as_main without the interpreter's exit: the module runs as __main__; returns
 * the status and __main__'s globals (null when the module was not found), for -i's prompt.
 */
export function runModuleInMain(modName: string, argv: string[]): { status: number; main: PyDict | null } {
  const builtins = startRuntime(["-m", ...argv.slice(1)]);
  const mods = sysGet("modules") as PyDict;
  const main = newModule("__main__");
  const g = main.dict!;
  dictSetItemStr(g, intern("__builtins__"), builtins);
  dictSetItemStr(mods, intern("__main__"), main);
  let status = 0;
  try {
    let details: [string, PyObject, PyObject];
    try {
      details = moduleDetails(modName);
    } catch (e) {
      if (e instanceof RunpyError) {
        flushAll();
        const exe = sysGet("executable");
        host().write(2, `${exe instanceof PyStr ? exe.value : "tspy"}: ${e.msg}\n`);
        return { status: 1, main: null };
      }
      throw e;
    }
    const [name, spec, code] = details;
    const origin = attrOpt(spec, "origin") ?? incref(None);
    const argvList = sysGet("argv");
    if (argvList instanceof PyList && argvList.items.length > 0) {
      const old = argvList.items[0]!;
      argvList.items[0] = incref(origin);
      decref(old);
    }
    const put = (k: string, v: PyObject) => {
      dictSetItemStr(g, intern(k), v);
      decref(v);
    };
    put("__name__", newStr("__main__"));
    put("__file__", origin);
    put("__cached__", attrOpt(spec, "cached") ?? incref(None));
    put("__doc__", incref(None));
    put("__loader__", attrOpt(spec, "loader") ?? incref(None));
    put("__package__", attrOpt(spec, "parent") ?? incref(None));
    put("__spec__", spec);
    void name;
    if (!(code instanceof PyCode)) throw new Error("get_code() did not return a code object");
    try {
      execCodeInDict(code, g);
    } finally {
      decref(code);
    }
  } catch (e) {
    status = handleUncaught(e);
  }
  return { status, main: g };
}

/** runpy._run_module_as_main, then the interpreter's exit (atexit, collection, flushing). */
export function runModuleAsMain(modName: string, argv: string[]): number {
  let { status, main } = runModuleInMain(modName, argv);
  if (main === null) return status;
  callExitHook();
  collectAtExit();
  try {
    flushAll();
  } catch {
    host().write(2, "Exception ignored on flushing sys.stdout:\n");
    status = 120;
  }
  return status;
}
export { findSpec };
