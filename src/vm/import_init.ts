/**
 * Start-up of the import system (what CPython's _install / _install_external_importers and
 * the path configuration do), called once by initRuntime:
 *   - registers the builtin modules of the machinery (marshal, _imp, _frozen_importlib,
 *     _frozen_importlib_external, _tspy) and sets sys.builtin_module_names
 *   - sys.meta_path = [BuiltinImporter, FrozenImporter, PathFinder],
 *     sys.path_hooks = [FileFinder.path_hook(...)], sys.path_importer_cache = {}
 *   - sys.path = [script folder (unless -I / -P), *PYTHONPATH (unless -E), LIB_ROOT]
 *   - sys.flags / sys.dont_write_bytecode from the command-line options
 *   - __spec__/__loader__ of sys and builtins; builtins.__import__
 *   - installs the bundled-library overlay host (LIB_ROOT)
 * The CLI describes the run with configureImport() before the runtime starts.
 */
import { PyObject } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { intern, newStr, PyStr } from "../objects/str.ts";
import { newInt, True, False, PyInt } from "../objects/int.ts";
import { newList } from "../objects/list.ts";
import { PyDict, newDict, dictSetItemStr, dictGetItemStr } from "../objects/dict.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyModule } from "../objects/module.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { Meth } from "../objects/object.ts";
import { call } from "../objects/abstract.ts";
import { host, setHost } from "../host/host.ts";
import { LIB_ROOT, libOverlayHost, type LibSource } from "../host/libbundle.ts";
import { sysGet, sysSet } from "../modules/sys.ts";
import { registerBuiltinModule } from "./import_registry.ts";
import { registerStdlibModules } from "../modules/stdlib_modules.ts";
import { decref, incref } from "./import_util.ts";
import * as B from "../modules/importlib_bootstrap.ts";
import * as X from "../modules/importlib_external.ts";
import {
  makeFrozenImportlib, makeFrozenImportlibExternal, makeImp, makeTspy, importFunction, builtinNamesTuple,
} from "../modules/importlib_modules.ts";
import { makeMarshalModule } from "../modules/marshal_module.ts";
import { setOriginalImport } from "./import.ts";
import { newSpec, initModuleAttrs } from "../modules/importlib_bootstrap.ts";

export interface ImportConfig {
  /** sys.path[0]: the script's folder, "" for -c / stdin / the REPL, the cwd for -m; null: none (-I, -P). */
  path0: string | null;
  /** -O count (sys.flags.optimize). */
  optimize: number;
  /** -B or PYTHONDONTWRITEBYTECODE. */
  dontWriteBytecode: boolean;
  /** -E / -I: PYTHON* variables are ignored. */
  ignoreEnvironment: boolean;
  isolated: boolean;
  noUserSite: boolean;
  noSite: boolean;
  verbose: number;
  quiet: boolean;
  inspect: boolean;
  /** --check-hash-based-pycs */
  checkHashBasedPycs: "default" | "always" | "never";
  /** Where the library comes from (null: none). */
  lib: LibSource | null;
}

let config: ImportConfig = {
  path0: null, optimize: 0, dontWriteBytecode: false, ignoreEnvironment: false, isolated: false, noUserSite: false,
  noSite: false, verbose: 0, quiet: false, inspect: false, checkHashBasedPycs: "default", lib: null,
};
/** Describe the run before the runtime starts (the CLI; tests). */
export function configureImport(c: Partial<ImportConfig>): void {
  config = { ...config, ...c };
}
export function importConfig(): ImportConfig {
  return config;
}

let installed = false;

export function initImportSystem(builtins: PyModule, sys: PyModule): void {
  if (installed) return;
  installed = true;
  if (config.lib !== null) setHost(libOverlayHost(host(), config.lib));
  const env = host().env;
  let dontWrite = config.dontWriteBytecode;
  let optimize = config.optimize;
  if (!config.ignoreEnvironment) {
    const v = env["PYTHONDONTWRITEBYTECODE"];
    if (v !== undefined && v !== "") dontWrite = true;
    const o = env["PYTHONOPTIMIZE"];
    if (o !== undefined && o !== "") optimize = Math.max(optimize, /^\d+$/u.test(o) ? Number(o) : 1);
  }
  B.initBootstrapTypes();
  X.initExternalTypes();
  X.setCheckHashBasedPycs(config.checkHashBasedPycs);

  registerBuiltinModule("marshal", () => cachedMarshal());
  registerBuiltinModule("_imp", makeImp);
  registerBuiltinModule("_frozen_importlib", makeFrozenImportlib);
  registerBuiltinModule("_frozen_importlib_external", makeFrozenImportlibExternal);
  registerBuiltinModule("_tspy", makeTspy);
  registerStdlibModules();

  const set = (k: string, v: PyObject) => {
    sysSet(k, v);
    decref(v);
  };
  set("builtin_module_names", builtinNamesTuple());
  set("meta_path", newList([incref(B.BuiltinImporterType), incref(B.FrozenImporterType), incref(X.PathFinderType)]));
  const pathHook = getAttr(X.FileFinderType, intern("path_hook"));
  const details = [tuple2(X.SourceFileLoaderType, [".py"]), tuple2(X.SourcelessFileLoaderType, [".pyc"])];
  const hook = call(pathHook, details);
  decref(pathHook);
  for (const d of details) decref(d);
  set("path_hooks", newList([hook]));
  set("path_importer_cache", newDict());
  const path: PyObject[] = [];
  if (config.path0 !== null && !config.isolated) path.push(newStr(config.path0));
  if (!config.ignoreEnvironment) {
    const pp = env["PYTHONPATH"];
    if (pp !== undefined && pp !== "") {
      for (const p of pp.split(":")) if (p !== "") path.push(newStr(absolutize(p)));
    }
  }
  if (config.lib !== null) path.push(newStr(LIB_ROOT));
  set("path", newList(path));
  set("dont_write_bytecode", dontWrite ? incref(True) : incref(False));
  updateFlags({
    optimize, dont_write_bytecode: dontWrite ? 1 : 0, ignore_environment: config.ignoreEnvironment ? 1 : 0,
    isolated: config.isolated ? 1 : 0, no_user_site: config.noUserSite ? 1 : 0, no_site: config.noSite ? 1 : 0,
    verbose: config.verbose, quiet: config.quiet ? 1 : 0, inspect: config.inspect ? 1 : 0, interactive: config.inspect ? 1 : 0,
    safe_path: config.isolated,
  });

  // the modules that exist before any import: their specs, as _setup() gives them
  for (const [name, mod] of [["sys", sys], ["builtins", builtins]] as const) {
    const spec = newSpec(name, B.BuiltinImporterType, "built-in");
    initModuleAttrs(spec, mod, true);
    decref(spec);
  }
  // present in sys.modules from start-up, as in CPython
  const mods = sysGet("modules");
  if (mods instanceof PyDict) {
    for (const [name, make] of [["_frozen_importlib", makeFrozenImportlib], ["_imp", makeImp], ["_frozen_importlib_external", makeFrozenImportlibExternal], ["marshal", cachedMarshal]] as const) {
      const m = make();
      const spec = newSpec(name, B.BuiltinImporterType, "built-in");
      initModuleAttrs(spec, m, true);
      decref(spec);
      dictSetItemStr(mods, intern(name), m);
      decref(m);
    }
  }
  const imp = newBuiltinFunction({ name: "__import__", flags: Meth.KEYWORDS, fn: importFunction }, intern("builtins"));
  dictSetItemStr(builtins.dict!, intern("__import__"), imp);
  setOriginalImport(imp);
  decref(imp);
}

function absolutize(p: string): string {
  if (p.startsWith("/")) return p;
  const cwd = host().cwd();
  return cwd.endsWith("/") ? cwd + p : cwd + "/" + p;
}

let marshalModule: PyModule | null = null;
function cachedMarshal(): PyObject {
  if (marshalModule === null) marshalModule = makeMarshalModule();
  return incref(marshalModule);
}

import { getAttr, lookupAttr } from "../objects/abstract.ts";
import { newTuple } from "../objects/tuple.ts";
function tuple2(cls: PyObject, sufs: string[]): PyObject {
  return newTuple([incref(cls), newList(sufs.map((s) => newStr(s)))]);
}

/** Rebuild sys.flags (a struct sequence) with some fields replaced. */
function updateFlags(values: Record<string, number | boolean>): void {
  const flags = sysGet("flags");
  if (!(flags instanceof PyTuple)) return;
  const fields = lookupAttr(flags.ob_type, intern("_fields"));
  const t = flags.ob_type;
  const items = flags.items.slice();
  // field names come from the type's getset descriptors, in order
  const names = t.tp_getset.map((g) => g.name);
  decref(fields);
  for (const [k, v] of Object.entries(values)) {
    const i = names.indexOf(k);
    if (i < 0) continue;
    const old = items[i]!;
    items[i] = typeof v === "boolean" ? incref(v ? True : False) : old instanceof PyInt && old.ob_type !== True.ob_type ? newInt(v) : newInt(v);
  }
  for (const x of items) if (flags.items.includes(x)) x.ob_refcnt++;
  const nf = new PyTuple(t, items);
  sysSet("flags", nf);
  decref(nf);
}
export { dictGetItemStr, PyStr };
