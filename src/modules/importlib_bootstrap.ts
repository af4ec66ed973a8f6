/**
 * `_frozen_importlib` (importlib._bootstrap): ModuleSpec, BuiltinImporter, FrozenImporter, and
 * module_from_spec / _init_module_attrs / spec_from_loader, as native classes whose instances keep
 * their attributes in a __dict__ (so Python code can read, set and subclass them as in CPython).
 *
 * ModuleSpec instance dict: name, loader, origin, loader_state, submodule_search_locations,
 * _set_fileattr, _cached (and _initializing while the module executes).
 */
import { PyObject, PyType, Meth, type MethodDef } from "../objects/object.ts";
import { None, NotImplemented, ModuleType } from "../objects/types.ts";
import { PyStr, intern, newStr, strRepr } from "../objects/str.ts";
import { True, False, newBool } from "../objects/int.ts";
import { PyModule, newModule } from "../objects/module.ts";
import { parseArgs } from "../objects/args.ts";
import { typeError, notImplementedError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { reprStr, eq, isTrue, lookupAttr, callMethod, strStr } from "../objects/abstract.ts";
import { isSubtype } from "../objects/object.ts";
import { dictGetItemStr, dictSetItemStr } from "../objects/dict.ts";
import {
  nativeClass, newInstance, dget, dset, dsetNew, decref, incref, attrOpt, importError, setAttrStr,
} from "../vm/import_util.ts";
import { isBuiltinModuleName, createBuiltinModule } from "../vm/import_registry.ts";
import { cachedFromOrigin } from "./importlib_paths.ts";

// ---- ModuleSpec ---------------------------------------------------------------------------------

function specInit(self: PyObject, args: PyObject[], kw: PyObject | null): void {
  const [name, loader, origin, loaderState, isPackage] = parseArgs("ModuleSpec", args, kw,
    ["name", "loader", "origin", "loader_state", "is_package"], { required: 2, kwonly: 2 });
  dset(self, "name", name!);
  dset(self, "loader", loader!);
  dset(self, "origin", origin ?? None);
  dset(self, "loader_state", loaderState ?? None);
  const pkg = isPackage !== null && isTrue(isPackage);
  if (pkg) dsetNew(self, "submodule_search_locations", newListOf([]));
  else dset(self, "submodule_search_locations", None);
  dsetNew(self, "_uninitialized_submodules", newList([]));
  dset(self, "_set_fileattr", False);
  dset(self, "_cached", None);
}
import { newList } from "../objects/list.ts";
function newListOf(items: PyObject[]): PyObject {
  return newList(items);
}

/** spec.<name> through normal attribute lookup (subclasses may override); new ref or None. */
function specAttr(spec: PyObject, name: string): PyObject {
  return attrOpt(spec, name) ?? incref(None);
}

function specCachedGet(self: PyObject): PyObject {
  const cached = dget(self, "_cached");
  const origin = dget(self, "origin");
  const fileattr = dget(self, "_set_fileattr");
  if ((cached === null || cached === None) && origin instanceof PyStr && fileattr !== null && isTrue(fileattr)) {
    const c = cachedFromOrigin(origin.value);
    dsetNew(self, "_cached", c === null ? incref(None) : newStr(c));
  }
  return incref(dget(self, "_cached") ?? None);
}
function specParentGet(self: PyObject): PyObject {
  const ssl = dget(self, "submodule_search_locations");
  const name = dget(self, "name");
  if (ssl === null || ssl === None) {
    if (!(name instanceof PyStr)) throw typeError("spec name must be a str");
    const n = name.value;
    const i = n.lastIndexOf(".");
    return newStr(i < 0 ? "" : n.slice(0, i));
  }
  return incref(name ?? None);
}

function specRepr(self: PyObject): PyObject {
  const rep = (name: string): string | null => {
    const v = attrOpt(self, name);
    if (v === null) throw importError(E.AttributeErrorType, `'${self.ob_type.tp_name.slice(self.ob_type.tp_name.lastIndexOf(".") + 1)}' object has no attribute '${name}'`);
    try {
      if (v === None && name !== "name" && name !== "loader") return null;
      return name === "submodule_search_locations" ? strStr(v) : reprStr(v);
    } finally {
      decref(v);
    }
  };
  const parts = [`name=${rep("name")}`, `loader=${rep("loader")}`];
  const origin = rep("origin");
  if (origin !== null) parts.push(`origin=${origin}`);
  const ssl = rep("submodule_search_locations");
  if (ssl !== null) parts.push(`submodule_search_locations=${ssl}`);
  const cls = attrOpt(self.ob_type, "__name__");
  const cn = cls instanceof PyStr ? cls.value : "ModuleSpec";
  decref(cls);
  return newStr(`${cn}(${parts.join(", ")})`);
}

function specEq(a: PyObject, b: PyObject, op: number): PyObject {
  if (op !== 2 && op !== 3) return incref(NotImplemented);
  const names = ["name", "loader", "origin", "submodule_search_locations", "cached", "has_location"];
  let same = true;
  for (const n of names) {
    const x = attrOpt(a, n);
    const y = attrOpt(b, n);
    if (x === null || y === null) {
      decref(x);
      decref(y);
      return incref(NotImplemented);
    }
    const r = eq(x, y);
    decref(x);
    decref(y);
    if (!r) {
      same = false;
      break;
    }
  }
  return newBool(op === 2 ? same : !same);
}


/** A new ModuleSpec (the JS-side constructor; attributes as ModuleSpec.__init__ sets them). */
export function newSpec(name: string, loader: PyObject, origin: string | null, isPackage = false): PyObject {
  const s = newInstance(ModuleSpecType);
  const n = newStr(name);
  dsetNew(s, "name", n);
  dset(s, "loader", loader);
  if (origin === null) dset(s, "origin", None);
  else dsetNew(s, "origin", newStr(origin));
  dset(s, "loader_state", None);
  if (isPackage) dsetNew(s, "submodule_search_locations", newList([]));
  else dset(s, "submodule_search_locations", None);
  dsetNew(s, "_uninitialized_submodules", newList([]));
  dset(s, "_set_fileattr", False);
  dset(s, "_cached", None);
  return s;
}

/**
 * spec_from_loader(name, loader, *, origin=None, is_package=None): uses loader.get_filename for
 * file-based loaders (spec_from_file_location) and loader.is_package when not told.
 */
export function specFromLoader(name: PyObject, loader: PyObject, origin: PyObject | null, isPackage: PyObject | null): PyObject {
  if (origin === null || origin === None) {
    const gf = attrOpt(loader, "get_filename");
    if (gf !== null) {
      decref(gf);
      if (isPackage === null || isPackage === None) {
        return specFromFileLocationHook(name, null, loader, null);
      }
      const ssl = isTrue(isPackage) ? newList([]) : incref(None);
      try {
        return specFromFileLocationHook(name, null, loader, ssl);
      } finally {
        decref(ssl);
      }
    }
  }
  let pkg: boolean;
  if (isPackage === null || isPackage === None) {
    const ip = attrOpt(loader, "is_package");
    if (ip !== null) {
      decref(ip);
      try {
        const r = callMethod(loader, "is_package", [name]);
        pkg = isTrue(r);
        decref(r);
      } catch (e) {
        if (!(e instanceof E.PyBaseException) || !isSubtype(e.ob_type, E.ImportErrorType)) throw e;
        pkg = false;
      }
    } else {
      pkg = false;
    }
  } else {
    pkg = isTrue(isPackage);
  }
  const s = newInstance(ModuleSpecType);
  dset(s, "name", name);
  dset(s, "loader", loader);
  dset(s, "origin", origin ?? None);
  dset(s, "loader_state", None);
  if (pkg) dsetNew(s, "submodule_search_locations", newList([]));
  else dset(s, "submodule_search_locations", None);
  dsetNew(s, "_uninitialized_submodules", newList([]));
  dset(s, "_set_fileattr", False);
  dset(s, "_cached", None);
  return s;
}
/** Installed by importlib_external (spec_from_file_location lives there). */
let specFromFileLocationHook: (name: PyObject, location: PyObject | null, loader: PyObject | null, ssl: PyObject | null) => PyObject = () => {
  throw notImplementedError("spec_from_file_location");
};
export function setSpecFromFileLocation(f: typeof specFromFileLocationHook): void {
  specFromFileLocationHook = f;
}

// ---- module_from_spec / _init_module_attrs ------------------------------------------------------

/** The NamespaceLoader class, set by importlib_external (for specs with loader None). */
let namespaceLoaderFor: ((path: PyObject) => PyObject) | null = null;
export function setNamespaceLoaderFactory(f: (path: PyObject) => PyObject): void {
  namespaceLoaderFor = f;
}

function getOpt(o: PyObject, name: string): PyObject | null {
  return attrOpt(o, name);
}
function isNoneOrMissing(o: PyObject, name: string): boolean {
  const v = getOpt(o, name);
  const r = v === null || v === None;
  decref(v);
  return r;
}

/** _init_module_attrs(spec, module, override=False). */
export function initModuleAttrs(spec: PyObject, module: PyObject, override = false): void {
  const trySet = (name: string, v: PyObject) => {
    try {
      setAttrStr(module, name, v);
    } catch (e) {
      if (!(e instanceof E.PyBaseException) || !isSubtype(e.ob_type, E.AttributeErrorType)) throw e;
    }
  };
  if (override || isNoneOrMissing(module, "__name__")) {
    const v = specAttr(spec, "name");
    trySet("__name__", v);
    decref(v);
  }
  if (override || isNoneOrMissing(module, "__loader__")) {
    let loader = specAttr(spec, "loader");
    if (loader === None) {
      const ssl = specAttr(spec, "submodule_search_locations");
      if (ssl !== None && namespaceLoaderFor !== null) {
        decref(loader);
        loader = namespaceLoaderFor(ssl);
        setAttrStr(spec, "loader", loader);
        // namespace packages: origin None, so __file__ None too (bpo-32305)
        trySet("__file__", None);
        // _NamespaceLoader's spec: origin None (was "namespace" on older versions)
      }
      decref(ssl);
    }
    trySet("__loader__", loader);
    decref(loader);
  }
  if (override || isNoneOrMissing(module, "__package__")) {
    const v = specAttr(spec, "parent");
    trySet("__package__", v);
    decref(v);
  }
  trySet("__spec__", spec);
  if (override || isNoneOrMissing(module, "__path__")) {
    const ssl = specAttr(spec, "submodule_search_locations");
    if (ssl !== None) trySet("__path__", ssl);
    decref(ssl);
  }
  const hasLoc = specAttr(spec, "has_location");
  const loc = isTrue(hasLoc);
  decref(hasLoc);
  if (loc) {
    if (override || isNoneOrMissing(module, "__file__")) {
      const v = specAttr(spec, "origin");
      trySet("__file__", v);
      decref(v);
    }
    if (override || isNoneOrMissing(module, "__cached__")) {
      const c = specAttr(spec, "cached");
      if (c !== None) trySet("__cached__", c);
      decref(c);
    }
  }
}

/** module_from_spec(spec). */
export function moduleFromSpec(spec: PyObject): PyObject {
  let module: PyObject | null = null;
  const loader = specAttr(spec, "loader");
  try {
    const create = loader === None ? null : getOpt(loader, "create_module");
    if (create !== null) {
      decref(create);
      const m = callMethod(loader, "create_module", [spec]);
      if (m !== None) module = m;
      else decref(m);
    } else if (loader !== None) {
      const ex = getOpt(loader, "exec_module");
      if (ex !== null) {
        decref(ex);
        throw importError(E.ImportErrorType, "loaders that define exec_module() must also define create_module()");
      }
    }
  } finally {
    decref(loader);
  }
  if (module === null) {
    const name = specAttr(spec, "name");
    module = newModule(name instanceof PyStr ? name.value : strStr(name));
    decref(name);
  }
  initModuleAttrs(spec, module);
  return module;
}

// ---- BuiltinImporter / FrozenImporter -----------------------------------------------------------

function nameArg(o: PyObject | null): string | null {
  return o instanceof PyStr ? o.value : null;
}

const builtinMethods: MethodDef[] = [
  { name: "find_spec", flags: Meth.KEYWORDS | Meth.CLASS, fn: (cls: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [fullname, path] = parseArgs("find_spec", args, kw, ["fullname", "path", "target"], { required: 1 });
    const n = nameArg(fullname);
    if (path !== null && path !== None) return incref(None);
    if (n === null || !isBuiltinModuleName(n)) return incref(None);
    const s = newSpec(n, cls, "built-in");
    return s;
  } },
  { name: "find_module", flags: Meth.KEYWORDS | Meth.CLASS, fn: (cls: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [fullname, path] = parseArgs("find_module", args, kw, ["fullname", "path"], { required: 1 });
    const n = nameArg(fullname);
    if (path !== null && path !== None) return incref(None);
    return n !== null && isBuiltinModuleName(n) ? incref(cls) : incref(None);
  } },
  { name: "create_module", flags: Meth.O | Meth.CLASS, fn: (_cls: PyObject, spec: PyObject) => {
    const name = specAttr(spec, "name");
    const n = nameArg(name);
    if (n === null || !isBuiltinModuleName(n)) {
      const r = reprStr(name);
      decref(name);
      throw importError(E.ImportErrorType, `${r} is not a built-in module`, n);
    }
    decref(name);
    return createBuiltinModule(n);
  } },
  { name: "exec_module", flags: Meth.O | Meth.CLASS, fn: () => incref(None) },
  { name: "get_code", flags: Meth.O | Meth.CLASS, fn: () => incref(None) },
  { name: "get_source", flags: Meth.O | Meth.CLASS, fn: () => incref(None) },
  { name: "is_package", flags: Meth.O | Meth.CLASS, fn: () => incref(False) },
  { name: "load_module", flags: Meth.O | Meth.CLASS, fn: (cls: PyObject, fullname: PyObject) => loadModuleShim(cls, fullname) },
  { name: "module_repr", flags: Meth.O | Meth.STATIC, fn: (_s: null, m: PyObject) => {
    const n = getOpt(m, "__name__");
    const r = `<module ${n === null ? "'?'" : reprStr(n)} (built-in)>`;
    decref(n);
    return newStr(r);
  } },
];

const frozenMethods: MethodDef[] = [
  { name: "find_spec", flags: Meth.KEYWORDS | Meth.CLASS, fn: () => incref(None) },
  { name: "find_module", flags: Meth.KEYWORDS | Meth.CLASS, fn: () => incref(None) },
  { name: "create_module", flags: Meth.O | Meth.CLASS, fn: () => incref(None) },
  { name: "exec_module", flags: Meth.O | Meth.CLASS, fn: (_c: PyObject, m: PyObject) => {
    const n = getOpt(m, "__name__");
    const r = n === null ? "?" : strStr(n);
    decref(n);
    throw importError(E.ImportErrorType, `${strRepr(r)} is not a frozen module`, r);
  } },
  { name: "is_package", flags: Meth.O | Meth.CLASS, fn: () => incref(False) },
  { name: "get_code", flags: Meth.O | Meth.CLASS, fn: () => incref(None) },
  { name: "get_source", flags: Meth.O | Meth.CLASS, fn: () => incref(None) },
];

/** _load_module_shim: the legacy loader.load_module(fullname) on top of a spec. */
let loadModuleShim: (loader: PyObject, fullname: PyObject) => PyObject = () => incref(None);
export function setLoadModuleShim(f: typeof loadModuleShim): void {
  loadModuleShim = f;
}

export { PyModule, ModuleType, True, intern, dictGetItemStr, dictSetItemStr };


// ---- type objects: created at start-up (initImportSystem), after the builtin types are ready ----

export let ModuleSpecType: PyType;
export let BuiltinImporterType: PyType;
export let FrozenImporterType: PyType;

export function initBootstrapTypes(): void {
  ModuleSpecType = nativeClass("_frozen_importlib.ModuleSpec", null, [], [
    { name: "cached", get: specCachedGet, set: (o, v) => {
      dset(o, "_cached", v ?? None);
    } },
    { name: "parent", get: specParentGet, set: null },
    { name: "has_location", get: (o) => incref(dget(o, "_set_fileattr") ?? False), set: (o, v) => {
      dset(o, "_set_fileattr", newBool(v !== null && isTrue(v)));
    } },
  ], specInit);
  ModuleSpecType.tp_repr = specRepr;
  ModuleSpecType.tp_richcompare = specEq;
  ModuleSpecType.tp_hash = null;
  BuiltinImporterType = nativeClass("_frozen_importlib.BuiltinImporter", null, builtinMethods);
  FrozenImporterType = nativeClass("_frozen_importlib.FrozenImporter", null, frozenMethods);
}
