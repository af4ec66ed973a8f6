/**
 * Descriptors of builtin types and builtin functions (Objects/descrobject.c, methodobject.c):
 *   method_descriptor        a MethodDef on a type (list.append); binds to builtin_function_or_method
 *   classmethod_descriptor   a Meth.CLASS MethodDef (dict.fromkeys)
 *   builtin_function_or_method  a MethodDef with its self (len, [].append)
 *   getset_descriptor        a GetSetDef (computed attribute)
 *   member_descriptor        a __slots__ entry
 *   wrapper_descriptor / method-wrapper: a type slot seen as a dunder (int.__add__), see slots.ts
 */
import { PyObject, PyType, PyInstance, Meth, isSubtype, type MethodDef, type GetSetDef } from "./object.ts";
import {
  MethodDescrType, ClassMethodDescrType, BuiltinFunctionType, GetSetDescrType, MemberDescrType,
  WrapperDescrType, MethodWrapperType, StaticMethodType, ModuleType, None, TypeType, ObjectType,
} from "./types.ts";
import { PyTuple } from "./tuple.ts";
import { newStr, PyStr } from "./str.ts";
import { typeError, attributeError } from "./errors.ts";
import { dealloc } from "../memory/refcount.ts";
import { hexId } from "./abstract.ts";
import { PyStaticMethod } from "./funcobject.ts";
import { typeQualname } from "./typeobject.ts";
import { enterRecursiveCall, leaveRecursiveCall } from "../vm/state.ts";
import { SLOT_DOCS, OBJECT_METHOD_DOCS, BUILTIN_SIGNATURES } from "./slot_docs.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

// ---- calling a MethodDef ----------------------------------------------------------------------

/** Call a builtin with the vectorcall layout. `qual` names it in errors ("list.append"). */
export function callMethodDef(def: MethodDef, qual: string, self: PyObject | null, args: PyObject[], kwnames: PyObject | null): PyObject {
  // like CPython's cfunction_vectorcall_*: a C call counts against the recursion limit
  enterRecursiveCall(" while calling a Python object");
  try {
    return callMethodDefInner(def, qual, self, args, kwnames);
  } finally {
    leaveRecursiveCall();
  }
}
/** A builtin called without counting against the recursion limit (the eval loop's specialised calls). */
export function callMethodDefInner(def: MethodDef, qual: string, self: PyObject | null, args: PyObject[], kwnames: PyObject | null): PyObject {
  const kind = def.flags & 7;
  if (kind === Meth.KEYWORDS) return (def.fn as (s: PyObject | null, a: PyObject[], k: PyObject | null) => PyObject)(self, args, kwnames);
  if (kwnames !== null && (kwnames as PyTuple).items.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  switch (kind) {
    case Meth.NOARGS:
      if (args.length !== 0) throw typeError(`${qual}() takes no arguments (${args.length} given)`);
      return (def.fn as (s: PyObject | null) => PyObject)(self);
    case Meth.O:
      if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
      return (def.fn as (s: PyObject | null, a: PyObject) => PyObject)(self, args[0]!);
    default:
      return (def.fn as (s: PyObject | null, a: PyObject[]) => PyObject)(self, args);
  }
}

// ---- builtin_function_or_method ------------------------------------------------------------------

export class PyCFunction extends PyObject {
  declare def: MethodDef;
  declare self: PyObject | null;
  declare qual: string;
  declare module: PyObject | null;
  constructor(def: MethodDef, self: PyObject | null, qual: string, module: PyObject | null) {
    super(BuiltinFunctionType);
    this.def = def;
    this.self = self;
    this.qual = qual;
    this.module = module;
  }
}
/** A module-level builtin function (len, print...). `module` is its module name str or null. */
export function newBuiltinFunction(def: MethodDef, module: PyObject | null = null): PyCFunction {
  if (module !== null) module.ob_refcnt++;
  return new PyCFunction(def, null, def.name, module);
}
BuiltinFunctionType.tp_call = (f, args, kw) => {
  const c = f as PyCFunction;
  return callMethodDef(c.def, c.qual, c.self, args, kw);
};
BuiltinFunctionType.tp_repr = (f) => {
  const c = f as PyCFunction;
  if (c.self === null || c.self.ob_type === ModuleType) return newStr(`<built-in function ${c.def.name}>`);
  return newStr(`<built-in method ${c.def.name} of ${c.self.ob_type.tp_name} object at ${hexId(c.self)}>`);
};
BuiltinFunctionType.tp_dealloc = (f) => {
  const c = f as PyCFunction;
  if (c.self !== null) decref(c.self);
  if (c.module !== null) decref(c.module);
};

// ---- method_descriptor ---------------------------------------------------------------------------

export class PyMethodDescr extends PyObject {
  declare d_type: PyType;
  declare def: MethodDef;
  declare qual: string;
  constructor(type: PyType, dtype: PyType, def: MethodDef) {
    super(type);
    this.d_type = dtype;
    this.def = def;
    this.qual = `${shortName(dtype)}.${def.name}`;
  }
}
function shortName(t: PyType): string {
  const n = t.tp_name;
  const i = n.lastIndexOf(".");
  return i >= 0 ? n.slice(i + 1) : n;
}
export function newMethodDescr(t: PyType, def: MethodDef): PyObject {
  return new PyMethodDescr(MethodDescrType, t, def);
}
export function newClassMethodDescr(t: PyType, def: MethodDef): PyObject {
  return new PyMethodDescr(ClassMethodDescrType, t, def);
}
export function newStaticBuiltin(t: PyType, def: MethodDef): PyObject {
  const f = new PyCFunction(def, null, `${shortName(t)}.${def.name}`, null);
  const sm = new PyStaticMethod(StaticMethodType, f);
  return sm;
}

function descrCheck(d: PyMethodDescr | PyWrapperDescr, obj: PyObject, name: string): void {
  if (!isSubtype(obj.ob_type, d.d_type)) {
    throw typeError(`descriptor '${name}' for '${shortName(d.d_type)}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  }
}

MethodDescrType.tp_descr_get = (d, obj, _type) => {
  const m = d as PyMethodDescr;
  if (obj === null) {
    d.ob_refcnt++;
    return d;
  }
  descrCheck(m, obj, m.def.name);
  obj.ob_refcnt++;
  return new PyCFunction(m.def, obj, m.qual, null);
};
MethodDescrType.tp_call = (d, args, kw) => {
  const m = d as PyMethodDescr;
  const nkw = kw === null ? 0 : (kw as PyTuple).items.length;
  if (args.length - nkw < 1) throw typeError(`unbound method ${m.qual}() needs an argument`);
  const self = args[0]!;
  if (!isSubtype(self.ob_type, m.d_type)) {
    throw typeError(`descriptor '${m.def.name}' for '${shortName(m.d_type)}' objects doesn't apply to a '${self.ob_type.tp_name}' object`);
  }
  return callMethodDef(m.def, m.qual, self, args.slice(1), kw);
};
MethodDescrType.tp_repr = (d) => {
  const m = d as PyMethodDescr;
  return newStr(`<method '${m.def.name}' of '${shortName(m.d_type)}' objects>`);
};
ClassMethodDescrType.tp_descr_get = (d, obj, type) => {
  const m = d as PyMethodDescr;
  const t = type ?? (obj !== null ? obj.ob_type : null);
  if (t === null) throw typeError(`descriptor '${m.def.name}' for type '${shortName(m.d_type)}' needs either an object or a type`);
  t.ob_refcnt++;
  // bound to a class, a builtin method is named after that class (Bar.fromkeys for a dict subclass)
  return new PyCFunction(m.def, t, t instanceof PyType ? `${typeQualname(t)}.${m.def.name}` : m.qual, null);
};
ClassMethodDescrType.tp_call = (d, args, kw) => {
  const m = d as PyMethodDescr;
  if (args.length < 1) throw typeError(`descriptor '${m.def.name}' of '${shortName(m.d_type)}' object needs an argument`);
  return callMethodDef(m.def, m.qual, args[0]!, args.slice(1), kw);
};
ClassMethodDescrType.tp_repr = (d) => {
  const m = d as PyMethodDescr;
  return newStr(`<method '${m.def.name}' of '${shortName(m.d_type)}' objects>`);
};

// ---- getset_descriptor ---------------------------------------------------------------------------

export class PyGetSetDescr extends PyObject {
  declare d_type: PyType;
  declare def: GetSetDef;
  constructor(dtype: PyType, def: GetSetDef) {
    super(GetSetDescrType);
    this.d_type = dtype;
    this.def = def;
  }
}
export function newGetSetDescr(t: PyType, def: GetSetDef): PyObject {
  return new PyGetSetDescr(t, def);
}
GetSetDescrType.tp_descr_get = (d, obj) => {
  const g = d as PyGetSetDescr;
  if (obj === null) {
    d.ob_refcnt++;
    return d;
  }
  if (!isSubtype(obj.ob_type, g.d_type)) {
    throw typeError(`descriptor '${g.def.name}' for '${shortName(g.d_type)}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  }
  if (g.def.get === null) throw attributeError(`attribute '${g.def.name}' of '${shortName(g.d_type)}' objects is not readable`);
  return g.def.get(obj);
};
GetSetDescrType.tp_descr_set = (d, obj, v) => {
  const g = d as PyGetSetDescr;
  if (g.def.set === null) {
    // a READONLY PyMemberDef in CPython
    if (g.def.member) throw attributeError("readonly attribute");
    throw attributeError(`attribute '${g.def.name}' of '${shortName(g.d_type)}' objects is not writable`);
  }
  g.def.set(obj, v);
};
GetSetDescrType.tp_repr = (d) => {
  const g = d as PyGetSetDescr;
  return newStr(`<${g.def.member ? "member" : "attribute"} '${g.def.name}' of '${shortName(g.d_type)}' objects>`);
};

// ---- member_descriptor (__slots__) ---------------------------------------------------------------

export class PyMemberDescr extends PyObject {
  declare d_type: PyType;
  declare name: string;
  declare index: number;
  constructor(dtype: PyType, name: string, index: number) {
    super(MemberDescrType);
    this.d_type = dtype;
    this.name = name;
    this.index = index;
  }
}
export function newMember(t: PyType, name: string, index: number): PyObject {
  return new PyMemberDescr(t, name, index);
}
function slotsOf(o: PyObject): (PyObject | null)[] {
  const inst = o as PyInstance;
  let s = inst.slots;
  if (s === null || s === undefined) {
    s = inst.slots = new Array(o.ob_type.tp_nslots).fill(null);
  }
  return s;
}
MemberDescrType.tp_descr_get = (d, obj) => {
  const m = d as PyMemberDescr;
  if (obj === null) {
    d.ob_refcnt++;
    return d;
  }
  if (!isSubtype(obj.ob_type, m.d_type)) {
    throw typeError(`descriptor '${m.name}' for '${m.d_type.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  }
  const v = slotsOf(obj)[m.index];
  if (v === null || v === undefined) throw attributeError(`'${obj.ob_type.tp_name}' object has no attribute '${m.name}'`);
  v.ob_refcnt++;
  return v;
};
MemberDescrType.tp_descr_set = (d, obj, v) => {
  const m = d as PyMemberDescr;
  if (!isSubtype(obj.ob_type, m.d_type)) {
    throw typeError(`descriptor '${m.name}' for '${m.d_type.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  }
  const s = slotsOf(obj);
  const old = s[m.index] ?? null;
  if (v === null) {
    if (old === null) throw attributeError(m.name);
    s[m.index] = null;
    decref(old);
    return;
  }
  v.ob_refcnt++;
  s[m.index] = v;
  if (old !== null) decref(old);
};
MemberDescrType.tp_getset = [
  { name: "__name__", get: (o) => newStr((o as PyMemberDescr).name), set: null },
  { name: "__qualname__", get: (o) => newStr(`${typeQualname((o as PyMemberDescr).d_type)}.${(o as PyMemberDescr).name}`), set: null },
  { name: "__objclass__", get: (o) => ((o as PyMemberDescr).d_type.ob_refcnt++, (o as PyMemberDescr).d_type), set: null },
  { name: "__doc__", get: () => (None.ob_refcnt++, None), set: null },
];
GetSetDescrType.tp_getset = [
  { name: "__name__", get: (o) => newStr((o as PyGetSetDescr).def.name), set: null },
  { name: "__qualname__", get: (o) => newStr(`${typeQualname((o as PyGetSetDescr).d_type)}.${(o as PyGetSetDescr).def.name}`), set: null },
  { name: "__objclass__", get: (o) => ((o as PyGetSetDescr).d_type.ob_refcnt++, (o as PyGetSetDescr).d_type), set: null },
  { name: "__doc__", get: (o) => optStr((o as PyGetSetDescr).def.doc ?? null), set: null },
];
MemberDescrType.tp_repr = (d) => {
  const m = d as PyMemberDescr;
  return newStr(`<member '${m.name}' of '${m.d_type.tp_name}' objects>`);
};

/** A str, or None for null (new references). */
function optStr(s: string | null): PyObject {
  if (s === null) {
    None.ob_refcnt++;
    return None;
  }
  return newStr(s);
}
/** (__text_signature__, __doc__) of a method descriptor: its def's doc, else object's (generated table). */
function methodDescrDoc(d: PyMethodDescr): readonly [string | null, string | null] {
  if (d.def.doc === undefined && d.d_type === ObjectType) return OBJECT_METHOD_DOCS.get(d.def.name) ?? [null, null];
  return [BUILTIN_SIGNATURES.get(`${d.d_type.tp_name}.${d.def.name}`) ?? null, d.def.doc ?? null];
}

// ---- wrapper_descriptor / method-wrapper --------------------------------------------------------

/** How a slot is called through its dunder: (native slot fn, self, args, kwnames) -> result. */
export type SlotWrapperCall = (native: Function, self: PyObject, args: PyObject[], kwnames: PyObject | null, name: string) => PyObject;

export class PyWrapperDescr extends PyObject {
  declare d_type: PyType;
  declare name: string;
  declare native: Function;
  declare wrap: SlotWrapperCall;
  constructor(dtype: PyType, name: string, native: Function, wrap: SlotWrapperCall) {
    super(WrapperDescrType);
    this.d_type = dtype;
    this.name = name;
    this.native = native;
    this.wrap = wrap;
  }
}
export class PyMethodWrapper extends PyObject {
  declare descr: PyWrapperDescr;
  declare self: PyObject;
  constructor(descr: PyWrapperDescr, self: PyObject) {
    super(MethodWrapperType);
    this.descr = descr;
    this.self = self;
  }
}
WrapperDescrType.tp_descr_get = (d, obj) => {
  const w = d as PyWrapperDescr;
  if (obj === null) {
    d.ob_refcnt++;
    return d;
  }
  descrCheck(w, obj, w.name);
  d.ob_refcnt++;
  obj.ob_refcnt++;
  return new PyMethodWrapper(w, obj);
};
WrapperDescrType.tp_call = (d, args, kw) => {
  const w = d as PyWrapperDescr;
  if (args.length < 1) throw typeError(`descriptor '${w.name}' of '${shortName(w.d_type)}' object needs an argument`);
  const self = args[0]!;
  if (!isSubtype(self.ob_type, w.d_type)) {
    throw typeError(`descriptor '${w.name}' requires a '${shortName(w.d_type)}' object but received a '${self.ob_type.tp_name}'`);
  }
  return w.wrap(w.native, self, args.slice(1), kw, w.name);
};
WrapperDescrType.tp_repr = (d) => {
  const w = d as PyWrapperDescr;
  return newStr(`<slot wrapper '${w.name}' of '${shortName(w.d_type)}' objects>`);
};
MethodWrapperType.tp_call = (m, args, kw) => {
  const w = m as PyMethodWrapper;
  return w.descr.wrap(w.descr.native, w.self, args, kw, w.descr.name);
};
MethodWrapperType.tp_repr = (m) => {
  const w = m as PyMethodWrapper;
  return newStr(`<method-wrapper '${w.descr.name}' of ${w.self.ob_type.tp_name} object at ${hexId(w.self)}>`);
};
MethodWrapperType.tp_dealloc = (m) => {
  const w = m as PyMethodWrapper;
  decref(w.self);
  decref(w.descr);
};

export function isTypeObject(o: PyObject): o is PyType {
  return o instanceof PyType;
}
export { None, TypeType, PyStr };

/** sys.modules[name] (borrowed) or null: installed by the VM at start-up (no import cycle). */
let moduleLookup: (name: PyStr) => PyObject | null = () => null;
export function setModuleLookup(f: (name: PyStr) => PyObject | null): void {
  moduleLookup = f;
}
BuiltinFunctionType.tp_getset = [
  { name: "__name__", get: (o) => newStr((o as PyCFunction).def.name), set: null },
  // a module's function: its bare name (qual names it "math.sqrt" for error messages)
  { name: "__qualname__", get: (o) => {
    const c = o as PyCFunction;
    return newStr(c.self === null || c.self.ob_type === ModuleType ? c.def.name : c.qual);
  }, set: null },
  { name: "__self__", get: (o) => {
    const c = o as PyCFunction;
    // a module-level builtin's __self__ is its module object
    let s = c.self;
    if (s === null && c.module instanceof PyStr) s = moduleLookup(c.module);
    s = s ?? None;
    s.ob_refcnt++;
    return s;
  }, set: null },
  { name: "__module__", get: (o) => {
    const m = (o as PyCFunction).module ?? None;
    m.ob_refcnt++;
    return m;
  }, set: null },
  { name: "__doc__", get: (o) => optStr(cfunctionDoc(o as PyCFunction)[1]), set: null },
  { name: "__text_signature__", get: (o) => optStr(cfunctionDoc(o as PyCFunction)[0]), set: null },
];
/** (__text_signature__, __doc__) of a builtin: its def's doc, else object's classmethods and __new__ (generated table). */
function cfunctionDoc(c: PyCFunction): readonly [string | null, string | null] {
  const name = c.def.name;
  if (c.def.doc === undefined && ((name === "__new__" && c.self === ObjectType) || ObjectType.tp_methods.includes(c.def))) {
    return OBJECT_METHOD_DOCS.get(name) ?? [null, null];
  }
  // the table's key: "module.name" for a module's function, "type.name" for a method
  const self = c.self;
  let owner: string | null = null;
  if (self === null || self.ob_type === ModuleType) {
    owner = c.module instanceof PyStr ? c.module.value : null;
  } else {
    owner = (self instanceof PyType ? self : self.ob_type).tp_name;
  }
  const sig = owner === null ? null : BUILTIN_SIGNATURES.get(`${owner}.${name}`) ?? null;
  return [sig, c.def.doc ?? null];
}

for (const t of [MethodDescrType, ClassMethodDescrType]) {
  t.tp_getset = [
    { name: "__name__", get: (o) => newStr((o as PyMethodDescr).def.name), set: null },
    { name: "__qualname__", get: (o) => newStr((o as PyMethodDescr).qual), set: null },
    { name: "__objclass__", get: (o) => ((o as PyMethodDescr).d_type.ob_refcnt++, (o as PyMethodDescr).d_type), set: null },
    { name: "__doc__", get: (o) => optStr(methodDescrDoc(o as PyMethodDescr)[1]), set: null },
    { name: "__text_signature__", get: (o) => optStr(methodDescrDoc(o as PyMethodDescr)[0]), set: null },
  ];
}
WrapperDescrType.tp_getset = [
  { name: "__name__", get: (o) => newStr((o as PyWrapperDescr).name), set: null },
  { name: "__doc__", get: (o) => optStr(SLOT_DOCS.get((o as PyWrapperDescr).name)?.[1] ?? null), set: null },
  { name: "__text_signature__", get: (o) => optStr(SLOT_DOCS.get((o as PyWrapperDescr).name)?.[0] ?? null), set: null },
  { name: "__qualname__", get: (o) => newStr(`${shortName((o as PyWrapperDescr).d_type)}.${(o as PyWrapperDescr).name}`), set: null },
  { name: "__objclass__", get: (o) => ((o as PyWrapperDescr).d_type.ob_refcnt++, (o as PyWrapperDescr).d_type), set: null },
];
MethodWrapperType.tp_getset = [
  { name: "__name__", get: (o) => newStr((o as PyMethodWrapper).descr.name), set: null },
  { name: "__qualname__", get: (o) => newStr(`${shortName((o as PyMethodWrapper).descr.d_type)}.${(o as PyMethodWrapper).descr.name}`), set: null },
  { name: "__doc__", get: (o) => optStr(SLOT_DOCS.get((o as PyMethodWrapper).descr.name)?.[1] ?? null), set: null },
  { name: "__text_signature__", get: (o) => optStr(SLOT_DOCS.get((o as PyMethodWrapper).descr.name)?.[0] ?? null), set: null },
  { name: "__self__", member: true, get: (o) => ((o as PyMethodWrapper).self.ob_refcnt++, (o as PyMethodWrapper).self), set: null },
];
