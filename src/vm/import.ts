/**
 * The import system's core: CPython's PyImport_ImportModuleLevelObject and importlib._bootstrap's
 * _find_and_load / _find_spec / _load_unlocked / _handle_fromlist, natively.
 *
 *   importModuleLevel(name, globals, fromlist, level)  __import__ and IMPORT_NAME
 *   gcdImport(name, package, level)                    importlib._bootstrap._gcd_import
 *   findAndLoad(name)                                  sys.modules, else find a spec and load it
 *   importFrom(module, name)                           IMPORT_FROM (submodule fallback, CPython's
 *                                                      "partially initialized module" message)
 *
 * Finders on sys.meta_path are called through `find_spec` like CPython; the native finders
 * (BuiltinImporter, FrozenImporter, PathFinder) are recognised and called directly. A module being
 * executed has `__spec__._initializing = True` (the circular-import messages test it). Module
 * code runs in a nested evalFrame, so no importlib frames appear in tracebacks, as CPython strips
 * them (_call_with_frames_removed).
 */
import { PyObject } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, intern, newStr, strRepr } from "../objects/str.ts";
import { PyDict, dictGetItem, dictGetItemStr, dictSetItem, dictDelItemIf, dictPop } from "../objects/dict.ts";
import { PyInt, True, False } from "../objects/int.ts";
import { PyList, listAppend } from "../objects/list.ts";
import { newException, typeError, valueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { isTrue, lookupAttr, iterableToArray, call, callMethod, reprStr, typeName } from "../objects/abstract.ts";
import { sysGet } from "../modules/sys.ts";
import { PyModule } from "../objects/module.ts";
import type { Frame } from "./frame.ts";
import {
  decref, incref, attrOpt, importError, moduleNotFound, importErrorName, isInstanceOfType, setAttrStr,
} from "./import_util.ts";
import { registerBuiltinModule, isBuiltinModuleName } from "./import_registry.ts";
import { timedImport, verboseEnabled, verboseMessage } from "./import_trace.ts";
import {
  BuiltinImporterType, FrozenImporterType, newSpec, moduleFromSpec, specFromLoader, initModuleAttrs,
} from "../modules/importlib_bootstrap.ts";
import { PathFinderType, pathFinderFindSpec, SourceFileLoaderType } from "../modules/importlib_external.ts";

export { registerBuiltinModule };

function modulesDict(): PyDict {
  const m = sysGet("modules");
  if (!(m instanceof PyDict)) throw newException(E.RuntimeErrorType, "unable to get sys.modules");
  return m;
}
/** sys.modules.get(name) (borrowed) or null. */
function getModule(name: string): PyObject | null {
  return dictGetItemStr(modulesDict(), intern(name));
}

/** module.__spec__._initializing (a module whose code is running). */
export function isInitializing(module: PyObject): boolean {
  const spec = attrOpt(module, "__spec__");
  if (spec === null) return false;
  try {
    if (spec === None) return false;
    const v = attrOpt(spec, "_initializing");
    const r = v !== null && isTrue(v);
    decref(v);
    return r;
  } finally {
    decref(spec);
  }
}

// ---- finding a spec -------------------------------------------------------------------------------

/** _find_spec(name, path, target): new reference or null. */
export function findSpec(name: string, path: PyObject | null, target: PyObject | null = null): PyObject | null {
  const metaPath = sysGet("meta_path");
  if (metaPath === null || metaPath === None) {
    throw importError(E.ImportErrorType, "sys.meta_path is None, Python is likely shutting down");
  }
  const isReload = getModule(name) !== null;
  const finders = metaPath instanceof PyList ? metaPath.items.slice() : iterableToArray(metaPath);
  const owned = !(metaPath instanceof PyList);
  for (const f of finders) f.ob_refcnt++;
  try {
    for (const finder of finders) {
      let spec: PyObject | null;
      if (finder === BuiltinImporterType) {
        spec = path === null || path === None ? (isBuiltinModuleName(name) ? newSpec(name, BuiltinImporterType, "built-in") : null) : null;
      } else if (finder === FrozenImporterType) {
        spec = null;
      } else if (finder === PathFinderType) {
        spec = pathFinderFindSpec(name, path);
      } else {
        const fs = attrOpt(finder, "find_spec");
        const nameObj = newStr(name);
        try {
          if (fs === null) {
            const fm = attrOpt(finder, "find_module");
            if (fm === null) continue;
            const loader = call(fm, [nameObj, path ?? None]);
            decref(fm);
            if (loader === None) continue;
            spec = specFromLoader(nameObj, loader, null, null);
            decref(loader);
          } else {
            spec = target === null ? call(fs, [nameObj, path ?? None]) : call(fs, [nameObj, path ?? None, target]);
            decref(fs);
          }
        } finally {
          decref(nameObj);
        }
        if (spec === None) {
          decref(spec);
          spec = null;
        }
      }
      if (spec === null) continue;
      if (!isReload) {
        const module = getModule(name);
        if (module !== null) {
          const ms = attrOpt(module, "__spec__");
          if (ms === null) return spec;
          if (ms === None) {
            decref(ms);
            return spec;
          }
          decref(spec);
          return ms;
        }
      }
      return spec;
    }
    return null;
  } finally {
    for (const f of finders) decref(f);
    if (owned) for (const f of finders) decref(f);
  }
}

// ---- loading ---------------------------------------------------------------------------------------

function specName(spec: PyObject): string {
  const n = attrOpt(spec, "name");
  const r = n instanceof PyStr ? n.value : n === null ? "?" : reprStr(n);
  decref(n);
  return r;
}

/** _load_backward_compatible: a loader with load_module() only. */
function loadBackwardCompatible(spec: PyObject, loader: PyObject): PyObject {
  const name = specName(spec);
  const key = intern(name);
  const mods = modulesDict();
  try {
    decref(callMethod(loader, "load_module", [key]));
  } catch (e) {
    const m = dictPop(mods, key);
    if (m !== null) {
      dictSetItem(mods, key, m);
      decref(m);
    }
    throw e;
  }
  const module = dictPop(mods, key);
  if (module === null) throw newException(E.KeyErrorType, strRepr(name));
  dictSetItem(mods, key, module);
  const soft = (attr: string, f: () => PyObject) => {
    const v = attrOpt(module, attr);
    const missing = v === null || v === None;
    decref(v);
    if (!missing) return;
    const val = f();
    try {
      setAttrStr(module, attr, val);
    } catch (e) {
      if (!isInstanceOfType(e, E.AttributeErrorType)) throw e;
    } finally {
      decref(val);
    }
  };
  soft("__loader__", () => incref(loader));
  soft("__package__", () => {
    const hasPath = attrOpt(module, "__path__");
    decref(hasPath);
    if (hasPath !== null) return attrOpt(module, "__name__") ?? incref(None);
    const dot = name.lastIndexOf(".");
    return newStr(dot < 0 ? "" : name.slice(0, dot));
  });
  soft("__spec__", () => incref(spec));
  return module;
}

/** _load_unlocked(spec): create the module, put it in sys.modules, execute it. New reference. */
export function loadUnlocked(spec: PyObject): PyObject {
  const loader = attrOpt(spec, "loader") ?? incref(None);
  try {
    if (loader !== None) {
      const em = attrOpt(loader, "exec_module");
      if (em === null) return loadBackwardCompatible(spec, loader);
      decref(em);
    }
    let module = moduleFromSpec(spec);
    setAttrStr(spec, "_initializing", True);
    const name = specName(spec);
    const key = intern(name);
    const mods = modulesDict();
    try {
      dictSetItem(mods, key, module);
      try {
        if (loader === None) {
          const ssl = attrOpt(spec, "submodule_search_locations");
          const none = ssl === null || ssl === None;
          decref(ssl);
          if (none) throw importError(E.ImportErrorType, "missing loader", name);
        } else {
          decref(callMethod(loader, "exec_module", [module]));
        }
      } catch (e) {
        dictDelItemIf(mods, key);
        decref(module);
        throw e;
      }
      const m = dictPop(mods, key);
      if (m === null) {
        decref(module);
        throw newException(E.KeyErrorType, strRepr(name));
      }
      dictSetItem(mods, key, m);
      decref(module);
      module = m;
      if (verboseEnabled()) verboseMessage(`import ${strRepr(name)} # ${reprStr(loader)}`);
    } finally {
      setAttrStr(spec, "_initializing", False);
    }
    return module;
  } finally {
    decref(loader);
  }
}

/** _find_and_load_unlocked(name). New reference. */
function findAndLoadUnlocked(name: string): PyObject {
  let path: PyObject | null = null;
  const dot = name.lastIndexOf(".");
  const parent = dot < 0 ? "" : name.slice(0, dot);
  if (parent !== "") {
    if (getModule(parent) === null) decref(importModuleLevel(newStrTmp(parent), null, null, 0));
    const already = getModule(name);
    if (already !== null) return incref(already);
    const parentModule = getModule(parent);
    if (parentModule === null) throw newException(E.KeyErrorType, strRepr(parent));
    path = attrOpt(parentModule, "__path__");
    if (path === null) {
      throw moduleNotFound(`No module named ${strRepr(name)}; ${strRepr(parent)} is not a package`, name);
    }
  }
  let spec: PyObject | null;
  try {
    spec = findSpec(name, path);
  } finally {
    decref(path);
  }
  if (spec === null) throw moduleNotFound(`No module named ${strRepr(name)}`, name);
  // the child is listed in the parent's spec while it loads ("cannot access submodule" messages)
  let pending: PyObject | null = null;
  if (parent !== "") {
    const pm = getModule(parent);
    const ps = pm === null ? null : attrOpt(pm, "__spec__");
    if (ps !== null && ps !== None && isTrue(ps)) {
      const l = attrOpt(ps, "_uninitialized_submodules");
      if (l instanceof PyList) {
        listAppend(l, intern(name.slice(dot + 1)));
        pending = l;
      } else {
        decref(l);
      }
    }
    decref(ps);
  }
  let module: PyObject;
  try {
    module = loadUnlocked(spec);
  } finally {
    decref(spec);
    if (pending instanceof PyList && pending.items.length > 0) {
      decref(pending.items.pop()!);
    }
    decref(pending);
  }
  if (parent !== "") {
    const parentModule = getModule(parent);
    if (parentModule !== null) {
      try {
        setAttrStr(parentModule, name.slice(dot + 1), module);
      } catch (e) {
        if (!isInstanceOfType(e, E.AttributeErrorType)) throw e;
      }
    }
  }
  return module;
}
function newStrTmp(s: string): PyStr {
  return intern(s);
}

/** _find_and_load(name): sys.modules or load. New reference. */
export function findAndLoad(name: string): PyObject {
  let module = getModule(name);
  if (module === null) {
    module = timedImport(name, () => findAndLoadUnlocked(name));
  } else {
    module.ob_refcnt++;
  }
  if (module === None) {
    decref(module);
    throw moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
  }
  return module;
}

// ---- names ------------------------------------------------------------------------------------------

/** _resolve_name(name, package, level). */
export function resolveName(name: string, pkg: string, level: number): string {
  let base = pkg;
  for (let i = 1; i < level; i++) {
    const d = base.lastIndexOf(".");
    if (d < 0) throw importError(E.ImportErrorType, "attempted relative import beyond top-level package");
    base = base.slice(0, d);
  }
  return name === "" ? base : `${base}.${name}`;
}

/** The package a relative import in `globals` is relative to (resolve_name in import.c). */
function calcPackage(globals: PyObject | null): string {
  if (globals === null || globals === None) throw newException(E.KeyErrorType, "'__name__' not in globals");
  if (!(globals instanceof PyDict)) throw typeError("globals must be a dict");
  const pkg = dictGetItemStr(globals, intern("__package__"));
  const spec = dictGetItemStr(globals, intern("__spec__"));
  if (pkg !== null && pkg !== None) {
    if (!(pkg instanceof PyStr)) throw typeError("package must be a string");
    return pkg.value;
  }
  if (spec !== null && spec !== None) {
    const parent = attrOpt(spec, "parent");
    if (!(parent instanceof PyStr)) {
      decref(parent);
      throw typeError("__spec__.parent must be a string");
    }
    const r = parent.value;
    decref(parent);
    return r;
  }
  const n = dictGetItemStr(globals, intern("__name__"));
  if (n === null) throw newException(E.KeyErrorType, "'__name__' not in globals");
  if (!(n instanceof PyStr)) throw typeError("__name__ must be a string");
  if (dictGetItemStr(globals, intern("__path__")) !== null) return n.value;
  const d = n.value.lastIndexOf(".");
  return d < 0 ? "" : n.value.slice(0, d);
}

function resolveRelative(name: string, globals: PyObject | null, level: number): string {
  const pkg = calcPackage(globals);
  if (pkg === "") throw importError(E.ImportErrorType, "attempted relative import with no known parent package");
  let base = pkg;
  for (let i = 1; i < level; i++) {
    const d = base.lastIndexOf(".");
    if (d < 0) throw importError(E.ImportErrorType, "attempted relative import beyond top-level package");
    base = base.slice(0, d);
  }
  return name === "" ? base : `${base}.${name}`;
}

// ---- __import__ -------------------------------------------------------------------------------------

/** PyImport_ImportModuleLevelObject. New reference. */
export function importModuleLevel(nameObj: PyObject, globals: PyObject | null, fromlist: PyObject | null, level: number): PyObject {
  if (!(nameObj instanceof PyStr)) throw typeError("module name must be a string");
  if (level < 0) throw valueError("level must be >= 0");
  const name = nameObj.value;
  let absName: string;
  if (level > 0) {
    absName = resolveRelative(name, globals, level);
  } else {
    if (name.length === 0) throw valueError("Empty module name");
    absName = name;
  }
  const mod = findAndLoad(absName);
  const hasFrom = fromlist !== null && fromlist !== None && isTrue(fromlist);
  if (!hasFrom) {
    if (level === 0 || name.length > 0) {
      const dot = name.indexOf(".");
      if (dot < 0) return mod;
      if (level === 0) {
        decref(mod);
        return importModuleLevel(intern(name.slice(0, dot)), null, null, 0);
      }
      const cutOff = name.length - dot;
      const toReturn = absName.slice(0, absName.length - cutOff);
      decref(mod);
      const r = getModule(toReturn);
      if (r === null) throw newException(E.KeyErrorType, `${strRepr(toReturn)} not in sys.modules as expected`);
      return incref(r);
    }
    return mod;
  }
  const path = attrOpt(mod, "__path__");
  if (path === null) return mod;
  decref(path);
  try {
    handleFromlist(mod, fromlist!, false);
  } catch (e) {
    decref(mod);
    throw e;
  }
  return mod;
}

/** _handle_fromlist(module, fromlist, import_, recursive). */
export function handleFromlist(module: PyObject, fromlist: PyObject, recursive: boolean): void {
  const items = iterableToArray(fromlist);
  try {
    for (const x of items) {
      if (!(x instanceof PyStr)) {
        let where: string;
        if (recursive) {
          const n = attrOpt(module, "__name__");
          where = (n instanceof PyStr ? n.value : "?") + ".__all__";
          decref(n);
        } else {
          where = "``from list''";
        }
        throw typeError(`Item in ${where} must be str, not ${typeName(x)}`);
      }
      if (x.value === "*") {
        if (!recursive) {
          const all = attrOpt(module, "__all__");
          if (all !== null) {
            try {
              handleFromlist(module, all, true);
            } finally {
              decref(all);
            }
          }
        }
        continue;
      }
      const has = lookupAttr(module, x);
      if (has !== null) {
        decref(has);
        continue;
      }
      const n = attrOpt(module, "__name__");
      const fromName = `${n instanceof PyStr ? n.value : "?"}.${x.value}`;
      decref(n);
      try {
        decref(importModuleLevel(newStr(fromName), null, null, 0));
      } catch (e) {
        if (isInstanceOfType(e, E.ModuleNotFoundErrorType) && importErrorName(e) === fromName && getModule(fromName) !== None) {
          decref(e);
          continue;
        }
        throw e;
      }
    }
  } finally {
    for (const x of items) decref(x);
  }
}

/** importlib._bootstrap._gcd_import(name, package=None, level=0). New reference. */
export function gcdImport(nameObj: PyObject, pkg: PyObject | null, level: number): PyObject {
  if (!(nameObj instanceof PyStr)) {
    throw typeError(`module name must be str, not ${reprStr(nameObj.ob_type)}`);
  }
  if (level < 0) throw valueError("level must be >= 0");
  let name = nameObj.value;
  if (level > 0) {
    if (!(pkg instanceof PyStr)) throw typeError("__package__ not set to a string");
    if (pkg.value === "") throw importError(E.ImportErrorType, "attempted relative import with no known parent package");
  }
  if (name === "" && level === 0) throw valueError("Empty module name");
  if (level > 0) {
    const bits = (pkg as PyStr).value.split(".");
    if (bits.length < level) throw importError(E.ImportErrorType, "attempted relative import beyond top-level package");
    name = resolveName(name, (pkg as PyStr).value, level);
  }
  return findAndLoad(name);
}

/** IMPORT_NAME: builtins.__import__ unless it was replaced. */
export function importModule(f: Frame, name: string, fromlist: PyObject, level: PyObject): PyObject {
  const lv = level instanceof PyInt ? Number(level.value) : 0;
  const imp = dictGetItemStr(f.builtins, intern("__import__"));
  if (imp === null) throw importError(E.ImportErrorType, "__import__ not found");
  if (imp !== originalImport && originalImport !== null) {
    const locals = f.locals ?? None;
    return call(imp, [intern(name), f.globals, locals, fromlist, level]);
  }
  return importModuleLevel(intern(name), f.globals, fromlist, lv);
}
let originalImport: PyObject | null = null;
/** The builtins.__import__ function object IMPORT_NAME compares against. */
export function setOriginalImport(f: PyObject): void {
  originalImport = f;
}

/** builtins.__import__ called from builtins.ts (older signature). */
export function importModuleByName(name: string, fromlist: PyObject, level: number, globals: PyObject | null = null): PyObject {
  const nameObj = newStr(name);
  try {
    return importModuleLevel(nameObj, globals, fromlist, level);
  } finally {
    decref(nameObj);
  }
}

// ---- IMPORT_FROM ------------------------------------------------------------------------------------

/** IMPORT_FROM: getattr(module, name), else sys.modules[module.__name__ + '.' + name]. */
export function importFrom(mod: PyObject, name: PyStr): PyObject {
  const v = lookupAttr(mod, name);
  if (v !== null) return v;
  const pkgname = attrOpt(mod, "__name__");
  if (pkgname instanceof PyStr) {
    const sub = getModule(`${pkgname.value}.${name.value}`);
    if (sub !== null) {
      decref(pkgname);
      return incref(sub);
    }
  }
  const pn = pkgname instanceof PyStr ? pkgname.value : null;
  decref(pkgname);
  const file = mod instanceof PyModule && mod.dict !== null ? dictGetItemStr(mod.dict, intern("__file__")) : null;
  const path = file instanceof PyStr ? file.value : null;
  const init = isInitializing(mod);
  const pnRepr = pn === null ? "'<unknown module name>'" : strRepr(pn);
  let msg: string;
  if (path === null) {
    msg = init
      ? `cannot import name ${strRepr(name.value)} from partially initialized module ${pnRepr} (most likely due to a circular import)`
      : `cannot import name ${strRepr(name.value)} from ${pnRepr} (unknown location)`;
  } else {
    msg = init
      ? `cannot import name ${strRepr(name.value)} from partially initialized module ${pnRepr} (most likely due to a circular import) (${path})`
      : `cannot import name ${strRepr(name.value)} from ${pnRepr} (${path})`;
  }
  throw importError(E.ImportErrorType, msg, pn ?? "<unknown module name>", path);
}

export { initModuleAttrs, SourceFileLoaderType, dictGetItem };

/** importlib.util.find_spec(fullname) for an absolute name: new reference or null. */
export function utilFindSpec(fullname: string): PyObject | null {
  const existing = getModule(fullname);
  if (existing === null) {
    const dot = fullname.lastIndexOf(".");
    let parentPath: PyObject | null = null;
    if (dot >= 0) {
      const parentName = fullname.slice(0, dot);
      const from = newStr("__path__");
      const fl = newTupleOf([from]);
      const parent = importModuleLevel(newStr(parentName), null, fl, 0);
      decref(fl);
      parentPath = attrOpt(parent, "__path__");
      decref(parent);
      if (parentPath === null) {
        throw moduleNotFound(`__path__ attribute not found on ${strRepr(parentName)} while trying to find ${strRepr(fullname)}`, fullname);
      }
    }
    try {
      return findSpec(fullname, parentPath);
    } finally {
      decref(parentPath);
    }
  }
  if (existing === None) return null;
  const spec = attrOpt(existing, "__spec__");
  if (spec === null) throw valueError(`${fullname}.__spec__ is not set`);
  if (spec === None) throw valueError(`${fullname}.__spec__ is None`);
  return spec;
}
import { newTuple as newTupleOf } from "../objects/tuple.ts";

// ---- IMPORT_STAR ------------------------------------------------------------------------------------

/** import_all_from: bind __all__ (or the public names of __dict__) of `mod` in `locals`. */
export function importAllFrom(locals: PyObject, mod: PyObject): void {
  let all = lookupAttr(mod, intern("__all__"));
  let skipPrivate = false;
  if (all === null) {
    const d = lookupAttr(mod, intern("__dict__"));
    if (d === null) throw importError(E.ImportErrorType, "from-import-* object has no __dict__ and no __all__");
    all = callMethod(d, "keys", []);
    decref(d);
    skipPrivate = true;
  }
  const names = iterableToArray(all);
  decref(all);
  try {
    for (const n of names) {
      if (!(n instanceof PyStr)) {
        const modname = attrOpt(mod, "__name__");
        let msg: string;
        if (!(modname instanceof PyStr)) msg = `module __name__ must be a string, not ${modname === null ? "NoneType" : typeName(modname)}`;
        else if (skipPrivate) msg = `Key in ${modname.value}.__dict__ must be str, not ${typeName(n)}`;
        else msg = `Item in ${modname.value}.__all__ must be str, not ${typeName(n)}`;
        decref(modname);
        throw typeError(msg);
      }
      if (skipPrivate && n.value.startsWith("_")) continue;
      const v = getAttrOf(mod, n);
      try {
        if (locals instanceof PyDict && locals.ob_type === DictType) dictSetItem(locals, n, v);
        else setItem(locals, n, v);
      } finally {
        decref(v);
      }
    }
  } finally {
    for (const n of names) decref(n);
  }
}
import { getAttr as getAttrOf, setItem } from "../objects/abstract.ts";
import { DictType } from "../objects/types.ts";
