/** module objects: a namespace dict with __name__ (Objects/moduleobject.c). */
import { PyObject, PyType } from "./object.ts";
import { ModuleType, None } from "./types.ts";
import { PyDict, newDict, dictGetItemStr, dictSetItemStr } from "./dict.ts";
import { PyStr, intern, newStr } from "./str.ts";
import { genericGetAttr, genericSetAttr } from "./typeobject.ts";
import { attributeError } from "./errors.ts";
import { call, reprStr } from "./abstract.ts";
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
ModuleType.tp_getattro = (o, name) => {
  const r = genericGetAttr(o, name);
  if (r !== null) return r;
  const d = o.dict;
  if (d !== null) {
    const ga = dictGetItemStr(d, intern("__getattr__"));
    if (ga !== null) return call(ga, [name]);
  }
  throw attributeError(`module '${moduleName(o)}' has no attribute '${(name as PyStr).value}'`);
};
ModuleType.tp_setattro = genericSetAttr;
ModuleType.tp_repr = (o) => {
  const d = o.dict!;
  const file = dictGetItemStr(d, intern("__file__"));
  if (file !== null) return newStr(`<module '${moduleName(o)}' from ${reprStr(file)}>`);
  return newStr(`<module '${moduleName(o)}' (built-in)>`);
};
ModuleType.tp_dealloc = (o) => {
  const d = o.dict;
  o.dict = null;
  if (d !== null && --d.ob_refcnt === 0) dealloc(d);
};
