/**
 * Python functions, bound methods, classmethod, staticmethod and property
 * (Objects/funcobject.c, classobject.c, descrobject.c).
 *
 * Calling a function is the VM's business: src/vm/call.ts installs FunctionType.tp_call; the
 * eval loop calls PyFunction objects without going through tp_call (frames are pushed inline).
 */
import { PyObject, PyType, type GetSetDef } from "./object.ts";
import {
  FunctionType, MethodType, ClassMethodType, StaticMethodType, PropertyType, None, TypeType,
} from "./types.ts";
import { type PyCode, ensureCode } from "./codeobject.ts";
import type { PyDict } from "./dict.ts";
import { PyStr, newStr, intern, strRepr } from "./str.ts";
import { PyTuple } from "./tuple.ts";
import { dealloc } from "../memory/refcount.ts";
import { typeError, attributeError } from "./errors.ts";
import { call, hexId, reprStr, lookupAttr, getAttr, isTrue } from "./abstract.ts";
import { parseArgs } from "./args.ts";
import { True, False } from "./int.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
function xdecref(o: PyObject | null): void {
  if (o !== null && --o.ob_refcnt === 0) dealloc(o);
}

export class PyFunction extends PyObject {
  declare code: PyCode;
  declare globals: PyDict;
  declare builtins: PyDict;
  declare name: PyObject;
  declare qualname: PyObject;
  declare defaults: PyTuple | null;
  declare kwdefaults: PyDict | null;
  declare closure: PyTuple | null;
  declare doc: PyObject;
  declare module: PyObject;
  declare annotations: PyObject | null;
  /** Changes when __code__/__defaults__ change (guards for call specialisation). */
  declare version: number;
  constructor(code: PyCode, globals: PyDict, builtins: PyDict, qualname: PyObject, module: PyObject) {
    super(FunctionType);
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.name;
    this.qualname = qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.doc = None;
    this.module = module;
    this.annotations = null;
    this.version = 0;
  }
}

FunctionType.tp_dealloc = (o) => {
  const f = o as PyFunction;
  decref(f.code);
  decref(f.globals);
  decref(f.builtins);
  decref(f.name);
  decref(f.qualname);
  xdecref(f.defaults);
  xdecref(f.kwdefaults);
  xdecref(f.closure);
  decref(f.doc);
  decref(f.module);
  xdecref(f.annotations);
  xdecref(f.dict);
  f.dict = null;
};
FunctionType.tp_repr = (o) => newStr(`<function ${((o as PyFunction).qualname as PyStr).value} at ${hexId(o)}>`);
FunctionType.tp_descr_get = (f, obj) => {
  if (obj === null || obj === None && false) {
    f.ob_refcnt++;
    return f;
  }
  return newMethod(f, obj);
};
FunctionType.tp_dictoffset = true;

function setField<K extends keyof PyFunction>(f: PyFunction, k: K, v: PyFunction[K]): void {
  const old = f[k] as unknown as PyObject | null;
  if (v !== null) (v as unknown as PyObject).ob_refcnt++;
  f[k] = v;
  xdecref(old);
}
/** PyObject_GenericGetDict / PyObject_GenericSetDict as a __dict__ getset (function, classmethod, staticmethod). */
const GENERIC_DICT: GetSetDef = { name: "__dict__", get: (o) => {
  if (o.dict === null) o.dict = newDictFn();
  return newRefOf(o.dict);
}, set: (o, v) => {
  if (v === null) throw typeError("cannot delete __dict__");
  if (!(v instanceof PyDictClass)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
  v.ob_refcnt++;
  const old = o.dict;
  o.dict = v as PyDict;
  xdecref(old);
} };
FunctionType.tp_getset = [
  { name: "__code__", get: (o) => newRefOf((o as PyFunction).code), set: (o, v) => {
    if (v === null || v.ob_type.tp_name !== "code") throw typeError("__code__ must be set to a code object");
    setField(o as PyFunction, "code", ensureCode(v as PyCode));
    (o as PyFunction).version++;
  } },
  { name: "__defaults__", get: (o) => newRefOf((o as PyFunction).defaults ?? None), set: (o, v) => {
    if (v !== null && v !== None && !(v instanceof PyTuple)) throw typeError("__defaults__ must be set to a tuple object");
    setField(o as PyFunction, "defaults", v === null || v === None ? null : v as PyTuple);
    (o as PyFunction).version++;
  } },
  { name: "__kwdefaults__", get: (o) => newRefOf((o as PyFunction).kwdefaults ?? None), set: (o, v) => {
    if (v !== null && v !== None && !(v instanceof PyDictClass)) throw typeError("__kwdefaults__ must be set to a dict object");
    setField(o as PyFunction, "kwdefaults", v === null || v === None ? null : v as PyDict);
    (o as PyFunction).version++;
  } },
  { name: "__globals__", member: true, get: (o) => newRefOf((o as PyFunction).globals), set: null },
  { name: "__builtins__", member: true, get: (o) => newRefOf((o as PyFunction).builtins), set: null },
  { name: "__closure__", member: true, get: (o) => newRefOf((o as PyFunction).closure ?? None), set: null },
  { name: "__name__", get: (o) => newRefOf((o as PyFunction).name), set: (o, v) => {
    if (v === null || !(v instanceof PyStr)) throw typeError("__name__ must be set to a string object");
    setField(o as PyFunction, "name", v);
  } },
  { name: "__qualname__", get: (o) => newRefOf((o as PyFunction).qualname), set: (o, v) => {
    if (v === null || !(v instanceof PyStr)) throw typeError("__qualname__ must be set to a string object");
    setField(o as PyFunction, "qualname", v);
  } },
  { name: "__doc__", get: (o) => newRefOf((o as PyFunction).doc), set: (o, v) => setField(o as PyFunction, "doc", v ?? None) },
  { name: "__module__", get: (o) => newRefOf((o as PyFunction).module), set: (o, v) => setField(o as PyFunction, "module", v ?? None) },
  { name: "__annotations__", get: (o) => {
    const f = o as PyFunction;
    if (f.annotations === null) f.annotations = newDictFn();
    return newRefOf(f.annotations);
  }, set: (o, v) => setField(o as PyFunction, "annotations", v) },
  GENERIC_DICT,
];
import { newDict as newDictFn, PyDict as PyDictClass } from "./dict.ts";
function newRefOf<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

// ---- bound methods ----------------------------------------------------------------------------

export class PyMethod extends PyObject {
  declare func: PyObject;
  declare self: PyObject;
  constructor(func: PyObject, self: PyObject) {
    super(MethodType);
    this.func = func;
    this.self = self;
  }
}
/** A bound method (func and self borrowed). */
export function newMethod(func: PyObject, self: PyObject): PyMethod {
  func.ob_refcnt++;
  self.ob_refcnt++;
  return new PyMethod(func, self);
}
/** method(function, instance): types.MethodType's constructor (method_new). */
MethodType.tp_new = (_type, args, kw) => {
  if (kw !== null && (kw as PyTuple).items.length > 0) throw typeError("method() takes no keyword arguments");
  if (args.length !== 2) throw typeError(`method expected 2 arguments, got ${args.length}`);
  const [func, self] = args as [PyObject, PyObject];
  if (func.ob_type.tp_call === null) throw typeError("first argument must be callable");
  if (self === None) throw typeError("instance must not be None");
  return newMethod(func, self);
};
MethodType.tp_call = (m, args, kw) => {
  const pm = m as PyMethod;
  return call(pm.func, [pm.self, ...args], kw);
};
MethodType.tp_dealloc = (m) => {
  const pm = m as PyMethod;
  decref(pm.func);
  decref(pm.self);
};
MethodType.tp_repr = (m) => {
  const pm = m as PyMethod;
  const n = lookupAttr(pm.func, intern("__qualname__")) ?? lookupAttr(pm.func, intern("__name__"));
  const name = n instanceof PyStr ? n.value : "?";
  if (n !== null) decref(n);
  return newStr(`<bound method ${name} of ${reprStr(pm.self)}>`);
};
MethodType.tp_richcompare = (a, b, op) => {
  if ((op !== 2 && op !== 3) || !(b instanceof PyMethod)) return NotImplementedRef();
  const pa = a as PyMethod;
  const eq = pa.func === b.func && pa.self === b.self;
  return (op === 2) === eq ? True : False;
};
MethodType.tp_getattro = (o, name) => {
  // attributes of the method type first, then the function's
  const r = genericGetAttrRef(o, name);
  if (r !== null) return r;
  return lookupAttr((o as PyMethod).func, name);
};
MethodType.tp_getset = [
  { name: "__func__", member: true, get: (o) => newRefOf((o as PyMethod).func), set: null },
  { name: "__self__", member: true, get: (o) => newRefOf((o as PyMethod).self), set: null },
  { name: "__doc__", get: (o) => getAttr((o as PyMethod).func, intern("__doc__")), set: null },
];
import { NotImplemented } from "./types.ts";
function NotImplementedRef(): PyObject {
  return NotImplemented;
}
import { genericGetAttr as genericGetAttrRef } from "./typeobject.ts";

// ---- staticmethod / classmethod ---------------------------------------------------------------

export class PyStaticMethod extends PyObject {
  declare callable: PyObject;
  constructor(type: PyType, callable: PyObject) {
    super(type);
    this.callable = callable;
  }
}
export class PyClassMethod extends PyObject {
  declare callable: PyObject;
  constructor(type: PyType, callable: PyObject) {
    super(type);
    this.callable = callable;
  }
}
/** staticmethod(f) (f borrowed). */
export function staticMethodWrap(f: PyObject): PyObject {
  f.ob_refcnt++;
  return new PyStaticMethod(StaticMethodType, f);
}
export function classMethodWrap(f: PyObject): PyObject {
  f.ob_refcnt++;
  return new PyClassMethod(ClassMethodType, f);
}
StaticMethodType.tp_new = (type, args, kw) => {
  const [f] = parseArgs("staticmethod", args, kw, ["function"], { posonly: 1 });
  f!.ob_refcnt++;
  const sm = new PyStaticMethod(type, f!);
  return sm;
};
StaticMethodType.tp_init = (self, args) => {
  copyWrapperAttrs(self, (self as PyStaticMethod).callable);
};
StaticMethodType.tp_descr_get = (d) => newRefOf((d as PyStaticMethod).callable);
StaticMethodType.tp_call = (d, args, kw) => call((d as PyStaticMethod).callable, args, kw);
StaticMethodType.tp_dealloc = (d) => {
  decref((d as PyStaticMethod).callable);
  xdecref(d.dict);
};
StaticMethodType.tp_repr = (d) => newStr(`<staticmethod(${reprStr((d as PyStaticMethod).callable)})>`);
StaticMethodType.tp_dictoffset = true;
StaticMethodType.tp_getset = [
  { name: "__func__", member: true, get: (o) => newRefOf((o as PyStaticMethod).callable), set: null },
  { name: "__wrapped__", member: true, get: (o) => newRefOf((o as PyStaticMethod).callable), set: null },
  { name: "__isabstractmethod__", get: (o) => isAbstract((o as PyStaticMethod).callable), set: null },
  GENERIC_DICT,
];

ClassMethodType.tp_new = (type, args, kw) => {
  const [f] = parseArgs("classmethod", args, kw, ["function"], { posonly: 1 });
  f!.ob_refcnt++;
  return new PyClassMethod(type, f!);
};
ClassMethodType.tp_init = (self) => {
  copyWrapperAttrs(self, (self as PyClassMethod).callable);
};
ClassMethodType.tp_descr_get = (d, obj, type) => {
  const cm = d as PyClassMethod;
  const t = type ?? (obj as PyObject).ob_type;
  const g = cm.callable.ob_type.tp_descr_get;
  if (g !== null && cm.callable.ob_type !== FunctionType) return g(cm.callable, t, t);
  return newMethod(cm.callable, t);
};
ClassMethodType.tp_dealloc = (d) => {
  decref((d as PyClassMethod).callable);
  xdecref(d.dict);
};
ClassMethodType.tp_repr = (d) => newStr(`<classmethod(${reprStr((d as PyClassMethod).callable)})>`);
ClassMethodType.tp_dictoffset = true;
ClassMethodType.tp_getset = [
  { name: "__func__", member: true, get: (o) => newRefOf((o as PyClassMethod).callable), set: null },
  { name: "__wrapped__", member: true, get: (o) => newRefOf((o as PyClassMethod).callable), set: null },
  { name: "__isabstractmethod__", get: (o) => isAbstract((o as PyClassMethod).callable), set: null },
  GENERIC_DICT,
];

function isAbstract(f: PyObject): PyObject {
  const v = lookupAttr(f, intern("__isabstractmethod__"));
  if (v === null) return False;
  const b = isTrue(v);
  decref(v);
  return b ? True : False;
}
/** functools.update_wrapper-like copy done by 3.10+ staticmethod/classmethod. */
function copyWrapperAttrs(self: PyObject, f: PyObject): void {
  for (const n of ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]) {
    const v = lookupAttr(f, intern(n));
    if (v !== null) {
      if (self.dict === null) self.dict = newDictFn();
      dictSetItemStr(self.dict, intern(n), v);
      decref(v);
    }
  }
}
import { dictSetItemStr } from "./dict.ts";

// ---- property ---------------------------------------------------------------------------------

export class PyProperty extends PyObject {
  declare fget: PyObject | null;
  declare fset: PyObject | null;
  declare fdel: PyObject | null;
  declare doc: PyObject | null;
  declare name: PyObject | null;
  constructor(type: PyType) {
    super(type);
    this.fget = null;
    this.fset = null;
    this.fdel = null;
    this.doc = null;
    this.name = null;
  }
}
/** property_descr_get/set's message: the name only when __set_name__ gave one, the type's qualname. */
function propMissing(p: PyProperty, obj: PyObject, what: string): never {
  const qn = strRepr(obj.ob_type.ht_qualname);
  if (p.name !== null) throw attributeError(`property ${reprStr(p.name)} of ${qn} object has no ${what}`);
  throw attributeError(`property of ${qn} object has no ${what}`);
}
PropertyType.tp_new = (type) => new PyProperty(type);
PropertyType.tp_init = (self, args, kw) => {
  const p = self as PyProperty;
  const [fget, fset, fdel, doc] = parseArgs("property", args, kw, ["fget", "fset", "fdel", "doc"], { required: 0 });
  const norm = (x: PyObject | null) => (x === null || x === None ? null : (x.ob_refcnt++, x));
  p.fget = norm(fget!);
  p.fset = norm(fset!);
  p.fdel = norm(fdel!);
  p.doc = norm(doc!);
  if (p.doc === null && p.fget !== null) p.doc = lookupAttr(p.fget, intern("__doc__"));
  if (p.doc === None) {
    decref(p.doc);
    p.doc = null;
  }
};
PropertyType.tp_descr_get = (d, obj) => {
  const p = d as PyProperty;
  if (obj === null) {
    d.ob_refcnt++;
    return d;
  }
  if (p.fget === null) propMissing(p, obj, "getter");
  return call(p.fget, [obj]);
};
PropertyType.tp_descr_set = (d, obj, v) => {
  const p = d as PyProperty;
  const f = v === null ? p.fdel : p.fset;
  if (f === null) {
    propMissing(p, obj, v === null ? "deleter" : "setter");
  }
  const r = call(f, v === null ? [obj] : [obj, v]);
  decref(r);
};
PropertyType.tp_dealloc = (d) => {
  const p = d as PyProperty;
  xdecref(p.fget);
  xdecref(p.fset);
  xdecref(p.fdel);
  xdecref(p.doc);
  xdecref(p.name);
};
function propCopy(p: PyProperty, which: number, f: PyObject): PyObject {
  const n = new PyProperty(p.ob_type);
  const pick = (i: number, cur: PyObject | null) => (i === which ? (f === None ? null : f) : cur);
  n.fget = pick(0, p.fget);
  n.fset = pick(1, p.fset);
  n.fdel = pick(2, p.fdel);
  n.doc = p.doc;
  n.name = p.name;
  for (const x of [n.fget, n.fset, n.fdel, n.doc, n.name]) if (x !== null) x.ob_refcnt++;
  if (which === 0 && n.doc === null && n.fget !== null) {
    n.doc = lookupAttr(n.fget, intern("__doc__"));
    if (n.doc === None) {
      decref(n.doc);
      n.doc = null;
    }
  }
  return n;
}
PropertyType.tp_methods = [
  { name: "getter", flags: 2, fn: (self: PyObject, f: PyObject) => propCopy(self as PyProperty, 0, f) },
  { name: "setter", flags: 2, fn: (self: PyObject, f: PyObject) => propCopy(self as PyProperty, 1, f) },
  { name: "deleter", flags: 2, fn: (self: PyObject, f: PyObject) => propCopy(self as PyProperty, 2, f) },
  { name: "__set_name__", flags: 3, fn: (self: PyObject, args: PyObject[]) => {
    const p = self as PyProperty;
    if (args.length !== 2) throw typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
    args[1]!.ob_refcnt++;
    xdecref(p.name);
    p.name = args[1]!;
    return None;
  } },
];
PropertyType.tp_getset = [
  { name: "fget", member: true, get: (o) => newRefOf((o as PyProperty).fget ?? None), set: null },
  { name: "fset", member: true, get: (o) => newRefOf((o as PyProperty).fset ?? None), set: null },
  { name: "fdel", member: true, get: (o) => newRefOf((o as PyProperty).fdel ?? None), set: null },
  { name: "__doc__", get: (o) => newRefOf((o as PyProperty).doc ?? None), set: (o, v) => {
    const p = o as PyProperty;
    if (v !== null) v.ob_refcnt++;
    xdecref(p.doc);
    p.doc = v;
  } },
  { name: "__isabstractmethod__", get: (o) => {
    const p = o as PyProperty;
    for (const f of [p.fget, p.fset, p.fdel]) if (f !== null && isAbstract(f) === True) return True;
    return False;
  }, set: null },
];
export { TypeType };
