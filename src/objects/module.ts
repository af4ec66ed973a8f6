/** module objects: a namespace dict with __name__ (Objects/moduleobject.c). */
import { PyObject, PyType } from "./object.ts";
import { ModuleType, None } from "./types.ts";
import { PyDict, newDict, dictGetItemStr, dictSetItemStr, dictKeys } from "./dict.ts";
import { newList } from "./list.ts";
import { PyStr, intern, newStr } from "./str.ts";
import { genericGetAttr, genericSetAttr } from "./typeobject.ts";
import { attributeError, typeError } from "./errors.ts";
import { parseArgs } from "./args.ts";
import { call, reprStr, strStr, lookupAttr, isTrue, contains } from "./abstract.ts";
import { dealloc } from "../memory/refcount.ts";

export class PyModule extends PyObject {
  constructor(type: PyType, dict: PyDict) {
    super(type);
    this.dict = dict;
  }
}
/** A new module named `name` with __name__, __doc__, __package__, __loader__, __spec__ set. */
export function newModule(name: string): PyModule {
  const d = newDict();
  dictSetItemStr(d, intern("__name__"), intern(name));
  dictSetItemStr(d, intern("__doc__"), None);
  dictSetItemStr(d, intern("__package__"), None);
  dictSetItemStr(d, intern("__loader__"), None);
  dictSetItemStr(d, intern("__spec__"), None);
  return new PyModule(ModuleType, d);
}
export function moduleName(m: PyObject): string {
  const n = m.dict === null ? null : dictGetItemStr(m.dict, intern("__name__"));
  return n instanceof PyStr ? n.value : "?";
}
ModuleType.tp_dictoffset = true;
// module(name, doc=None): the instance dict is made by __new__, filled by __init__
ModuleType.tp_new = (type) => {
  const m = new PyModule(type, newDict());
  return m;
};
ModuleType.tp_init = (self, args, kw) => {
  const [name, doc] = parseArgs("module", args, kw, ["name", "doc"], { required: 1 });
  if (!(name instanceof PyStr)) throw typeError(`module.__init__() argument 'name' must be str, not ${name!.ob_type.tp_name}`);
  let d = self.dict;
  if (d === null) d = self.dict = newDict();
  dictSetItemStr(d, intern("__name__"), name);
  dictSetItemStr(d, intern("__doc__"), doc ?? None);
  dictSetItemStr(d, intern("__package__"), None);
  dictSetItemStr(d, intern("__loader__"), None);
  dictSetItemStr(d, intern("__spec__"), None);
};
ModuleType.tp_getset = [
  { name: "__dict__", member: true, get: (o) => {
    const d = o.dict ?? newDict();
    if (o.dict === null) o.dict = d;
    d.ob_refcnt++;
    return d;
  }, set: null },
];
// module.__dir__: the namespace's own __dir__ when it defines one, else the namespace's keys
ModuleType.tp_methods = [
  { name: "__dir__", flags: 1, fn: (o: PyObject): PyObject => {
    const d = o.dict;
    if (d === null) throw typeError("<module>.__dict__ is not a dictionary");
    const f = dictGetItemStr(d, intern("__dir__"));
    if (f !== null) return call(f, []);
    const keys = dictKeys(d);
    for (const k of keys) k.ob_refcnt++;
    return newList(keys);
  } },
];
ModuleType.tp_getattro = (o, name) => {
  const r = genericGetAttr(o, name);
  if (r !== null) return r;
  const d = o.dict;
  if (d !== null) {
    const ga = dictGetItemStr(d, intern("__getattr__"));
    if (ga !== null) return call(ga, [name]);
  }
  if (d !== null && isInitializingModule(d)) {
    throw attributeError(`partially initialized module '${moduleName(o)}' has no attribute '${(name as PyStr).value}' (most likely due to a circular import)`);
  }
  if (d !== null && isUninitializedSubmodule(d, name as PyStr)) {
    throw attributeError(`cannot access submodule '${(name as PyStr).value}' of module '${moduleName(o)}' (most likely due to a circular import)`);
  }
  // with name and obj set, as PyObject_GetAttr's set_attribute_error_context does (suggestions)
  const e = attributeError(`module '${moduleName(o)}' has no attribute '${(name as PyStr).value}'`);
  name.ob_refcnt++;
  o.ob_refcnt++;
  e.extra = [name, o];
  throw e;
};
ModuleType.tp_setattro = genericSetAttr;
/**
 * lookupAttr (CPython's _PyObject_LookupAttr) on an exact module: null where module_getattro
 * would raise an AttributeError that the caller clears. The checks it runs to choose the message
 * (the spec's _initializing and _uninitialized_submodules) still run, in the same order; only the
 * exception is not made (the import system asks a new module for __file__, __cached__... each time).
 */
export function moduleLookupAttr(o: PyObject, name: PyObject): PyObject | null {
  const d = o.dict;
  if (d === null || dictGetItemStr(d, intern("__getattr__")) !== null) return ModuleType.tp_getattro!(o, name);
  const r = genericGetAttr(o, name);
  if (r !== null) return r;
  if (!isInitializingModule(d)) isUninitializedSubmodule(d, name as PyStr);
  return null;
}
/** `name` is in __spec__._uninitialized_submodules: that submodule is being imported. */
function isUninitializedSubmodule(d: PyDict, name: PyStr): boolean {
  const spec = dictGetItemStr(d, intern("__spec__"));
  if (spec === null || spec === None) return false;
  const v = lookupAttr(spec, intern("_uninitialized_submodules"));
  if (v === null) return false;
  let r = false;
  try {
    r = contains(v, name);
  } finally {
    if (--v.ob_refcnt === 0) dealloc(v);
  }
  return r;
}
/** __spec__._initializing is true: the module's code is still running (import in progress). */
function isInitializingModule(d: PyDict): boolean {
  const spec = dictGetItemStr(d, intern("__spec__"));
  if (spec === null || spec === None) return false;
  const v = lookupAttr(spec, intern("_initializing"));
  if (v === null) return false;
  const r = isTrue(v);
  if (--v.ob_refcnt === 0) dealloc(v);
  return r;
}
/** importlib._bootstrap._module_repr: from __spec__ when set, else __loader__/__name__/__file__. */
ModuleType.tp_repr = (o) => {
  const get = (x: PyObject, n: string): PyObject | null => lookupAttr(x, intern(n));
  const loader = get(o, "__loader__");
  const spec = get(o, "__spec__");
  try {
    if (spec !== null && isTrue(spec)) {
      const name = get(spec, "name");
      const origin = get(spec, "origin");
      const sl = get(spec, "loader");
      try {
        const nm = name === null || name === None ? "'?'" : reprStr(name);
        if (origin === null || origin === None) {
          if (sl === null || sl === None) return newStr(`<module ${nm}>`);
          return newStr(`<module ${nm} (${reprStr(sl)})>`);
        }
        const hl = get(spec, "has_location");
        const has = hl !== null && isTrue(hl);
        if (hl !== null && --hl.ob_refcnt === 0) dealloc(hl);
        if (has) return newStr(`<module ${nm} from ${reprStr(origin)}>`);
        return newStr(`<module ${name === null || name === None ? "'?'" : reprStr(name)} (${strStr(origin)})>`);
      } finally {
        for (const x of [name, origin, sl]) if (x !== null && --x.ob_refcnt === 0) dealloc(x);
      }
    }
    if (loader !== null && loader !== None) {
      const mr = get(loader, "module_repr");
      if (mr !== null) {
        try {
          return call(mr, [o]);
        } catch {
          /* fall through to the catch-all */
        } finally {
          if (--mr.ob_refcnt === 0) dealloc(mr);
        }
      }
    }
    const name = get(o, "__name__");
    const nm = name === null ? "'?'" : reprStr(name);
    if (name !== null && --name.ob_refcnt === 0) dealloc(name);
    const file = get(o, "__file__");
    if (file === null) {
      if (loader === null || loader === None) return newStr(`<module ${nm}>`);
      return newStr(`<module ${nm} (${reprStr(loader)})>`);
    }
    const r = newStr(`<module ${nm} from ${reprStr(file)}>`);
    if (--file.ob_refcnt === 0) dealloc(file);
    return r;
  } finally {
    for (const x of [loader, spec]) if (x !== null && --x.ob_refcnt === 0) dealloc(x);
  }
};
ModuleType.tp_dealloc = (o) => {
  const d = o.dict;
  o.dict = null;
  if (d !== null && --d.ob_refcnt === 0) dealloc(d);
};
