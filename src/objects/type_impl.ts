/**
 * The Python-visible behaviour of `object` and `type` (their slots, methods and attributes),
 * plus None / NotImplemented / Ellipsis, and super.
 */
import { PyObject, PyType, PyInstance, TPFlags, isSubtype } from "./object.ts";
import {
  ObjectType, TypeType, None, NotImplemented, Ellipsis, NoneTypeType, NotImplementedTypeType, EllipsisTypeType,
  SuperType, StrType, FunctionType,
} from "./types.ts";
import {
  typeLookup, genericGetAttr, genericSetAttr, typeGetAttro, typeSetAttro, typeRepr, typeCall, typeNew, objectNew,
  objectInit, objectRepr, objectStr, objectHash, objectRichCompare, typeQualname, typeModuleName, instanceDict,
  c3Merge, typeModified, readyType,
} from "./typeobject.ts";
import { PyStr, newStr, intern } from "./str.ts";
import { PyTuple, newTuple, tupleFrom } from "./tuple.ts";
import { newList, PyList } from "./list.ts";
import { PyDict, newDict, dictGetItemStr, dictSetItemStr, dictNext, dictDelItemIf } from "./dict.ts";
import { True, False, newBool, newInt } from "./int.ts";
import { typeError, attributeError, runtimeError } from "./errors.ts";
import { call, isTrue, strOfObj, formatNotImpl, reprStr, lookupAttr, iterableToArray, str as strOf } from "./type_helpers.ts";
import { newMappingProxy } from "./mappingproxy.ts";
import { parseArgs } from "./args.ts";
import { dealloc } from "../memory/refcount.ts";
import { fixupSlots } from "./slots.ts";
import { warn } from "../modules/warnings.ts";
import { DeprecationWarningType } from "./exceptions.ts";
import { objectReduceEx, objectReduce, objectGetstate } from "./object_reduce.ts";

function dec(x: PyObject): void {
  if (--x.ob_refcnt === 0) dealloc(x);
}

// ---- object -----------------------------------------------------------------------------------

ObjectType.tp_getattro = genericGetAttr;
ObjectType.tp_setattro = genericSetAttr;
ObjectType.tp_repr = objectRepr;
ObjectType.tp_str = objectStr;
ObjectType.tp_hash = objectHash;
ObjectType.tp_richcompare = objectRichCompare;
ObjectType.tp_new = objectNew;
ObjectType.tp_init = objectInit;
ObjectType.tp_getset = [
  { name: "__class__", get: (o) => (o.ob_type.ob_refcnt++, o.ob_type), set: (o, v) => {
    if (v === null) throw typeError("can't delete __class__ attribute");
    if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${v.ob_type.tp_name}' object`);
    const old = o.ob_type;
    if ((old.tp_flags & TPFlags.HEAPTYPE) === 0 || (v.tp_flags & TPFlags.HEAPTYPE) === 0) {
      throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    if ((old.tp_solid ?? ObjectType) !== (v.tp_solid ?? ObjectType) || old.tp_dictoffset !== v.tp_dictoffset) {
      throw typeError(`__class__ assignment: '${v.tp_name}' object layout differs from '${old.tp_name}'`);
    }
    // instances hold a reference to their class (object_set_class)
    v.ob_refcnt++;
    o.ob_type = v;
    if (--old.ob_refcnt === 0) dealloc(old);
  } },
];
ObjectType.tp_methods = [
  { name: "__format__", flags: 2, fn: (o: PyObject, spec: PyObject) => {
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    if (spec.value !== "") throw formatNotImpl(o);
    return strOf(o);
  } },
  { name: "__dir__", flags: 1, fn: (o: PyObject) => objectDir(o) },
  { name: "__sizeof__", flags: 1, fn: (o: PyObject) => newInt(o.ob_type.tp_basicsize) },
  { name: "__reduce_ex__", flags: 2, fn: objectReduceEx },
  { name: "__reduce__", flags: 1, fn: objectReduce },
  { name: "__getstate__", flags: 1, fn: (o: PyObject) => objectGetstate(o, false) },
  { name: "__init_subclass__", flags: 1 | 8, fn: () => None },
  { name: "__subclasshook__", flags: 3 | 8, fn: () => NotImplemented },
];

function addNames(into: Set<string>, d: PyDict | null): void {
  if (d === null) return;
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
    const k = d.ekeys[i]!;
    if (k instanceof PyStr) into.add(k.value);
  }
}
function objectDir(o: PyObject): PyObject {
  const names = new Set<string>();
  addNames(names, o.dict);
  const cls = o.ob_type;
  for (const t of cls.tp_mro) addNames(names, t.tp_dict);
  return newList([...names].map((n) => newStr(n)));
}

// ---- type -------------------------------------------------------------------------------------

TypeType.tp_getattro = typeGetAttro;
TypeType.tp_setattro = typeSetAttro;
TypeType.tp_repr = typeRepr;
TypeType.tp_call = typeCall;
TypeType.tp_new = typeNew;
TypeType.tp_init = (self, args, kw) => {
  const n = args.length - (kw === null ? 0 : (kw as PyTuple).items.length);
  if (n !== 1 && n !== 3) throw typeError("type.__init__() takes 1 or 3 arguments");
};
TypeType.tp_dictoffset = false;
TypeType.tp_hash = objectHash;
TypeType.tp_richcompare = objectRichCompare;
function T(o: PyObject): PyType {
  return o as PyType;
}
/** check_set_special_type_attr's message for a deletion (CPython words it so for heap types too). */
function noDelete(t: PyType, name: string): never {
  throw typeError(`cannot delete '${name}' attribute of immutable type '${t.tp_name}'`);
}
TypeType.tp_getset = [
  { name: "__name__", get: (o) => newStr(heapName(T(o))), set: (o, v) => {
    if (v === null) noDelete(T(o), "__name__");
    if (!(v instanceof PyStr)) throw typeError(`can only assign string to ${T(o).tp_name}.__name__, not '${v === null ? "NoneType" : v.ob_type.tp_name}'`);
    T(o).tp_name = v.value;
  } },
  { name: "__qualname__", get: (o) => newStr(typeQualname(T(o))), set: (o, v) => {
    if (v === null) noDelete(T(o), "__qualname__");
    if (!(v instanceof PyStr)) throw typeError(`can only assign string to ${T(o).tp_name}.__qualname__, not '${v === null ? "NoneType" : v.ob_type.tp_name}'`);
    T(o).ht_qualname = v.value;
  } },
  { name: "__bases__", get: (o) => tupleFrom(T(o).tp_bases), set: (o, v) => setBases(T(o), v) },
  { name: "__base__", member: true, get: (o) => {
    const b = T(o).tp_base ?? None;
    b.ob_refcnt++;
    return b;
  }, set: null },
  { name: "__mro__", member: true, get: (o) => tupleFrom(T(o).tp_mro), set: null },
  // tp_flags in CPython's bit layout: tspy's flags use CPython's bit positions; a ready type also
  // has Py_TPFLAGS_READY (1<<12) and VALID_VERSION_TAG (1<<19), a static one IMMUTABLETYPE (1<<8)
  { name: "__flags__", member: true, get: (o) => {
    const f = T(o).tp_flags;
    const extra = (1 << 12) | (1 << 19) | ((f & TPFlags.HEAPTYPE) === 0 ? 1 << 8 : 0);
    return newInt((f | extra) >>> 0);
  }, set: null },
  { name: "__dict__", get: (o) => newMappingProxy(T(o).tp_dict), set: null },
  { name: "__module__", get: (o) => {
    const t = T(o);
    if ((t.tp_flags & TPFlags.HEAPTYPE) !== 0) {
      const m = dictGetItemStr(t.tp_dict, intern("__module__"));
      if (m === null) throw attributeError("__module__");
      m.ob_refcnt++;
      return m;
    }
    return newStr(typeModuleName(t) ?? "builtins");
  }, set: (o, v) => {
    if (v === null) noDelete(T(o), "__module__");
    dictSetItemStr(T(o).tp_dict, intern("__module__"), v);
  } },
  { name: "__doc__", get: (o) => {
    if ((T(o).tp_flags & TPFlags.HEAPTYPE) === 0) return T(o).tp_doc === null ? None : newStr(T(o).tp_doc!);
    const d = dictGetItemStr(T(o).tp_dict, intern("__doc__"));
    const v = d ?? None;
    if (v.ob_type.tp_descr_get !== null && v.ob_type !== StrType) return v.ob_type.tp_descr_get(v, null, o);
    v.ob_refcnt++;
    return v;
  }, set: (o, v) => {
    if (v === null) noDelete(T(o), "__doc__");
    dictSetItemStr(T(o).tp_dict, intern("__doc__"), v);
  } },
  { name: "__abstractmethods__", get: (o) => {
    const v = dictGetItemStr(T(o).tp_dict, intern("__abstractmethods__"));
    if (v === null || o === TypeType) throw attributeError("__abstractmethods__");
    v.ob_refcnt++;
    return v;
  }, set: (o, v) => {
    const t = T(o);
    if (v === null) dictDelItemIf(t.tp_dict, intern("__abstractmethods__"));
    else dictSetItemStr(t.tp_dict, intern("__abstractmethods__"), v);
    if (v !== null && isTrue(v)) t.tp_flags |= TPFlags.IS_ABSTRACT;
    else t.tp_flags &= ~TPFlags.IS_ABSTRACT;
    typeModified(t);
  } },
  { name: "__annotations__", get: (o) => {
    const t = T(o);
    let a = dictGetItemStr(t.tp_dict, intern("__annotations__"));
    if (a === null) {
      if ((t.tp_flags & TPFlags.HEAPTYPE) === 0) throw attributeError(`type object '${t.tp_name}' has no attribute '__annotations__'`);
      a = newDict();
      dictSetItemStr(t.tp_dict, intern("__annotations__"), a);
      return a;
    }
    if (a.ob_type.tp_descr_get !== null) return a.ob_type.tp_descr_get(a, null, t);
    a.ob_refcnt++;
    return a;
  }, set: (o, v) => {
    const t = T(o);
    if (v === null) dictDelItemIf(t.tp_dict, intern("__annotations__"));
    else dictSetItemStr(t.tp_dict, intern("__annotations__"), v);
    typeModified(t);
  } },
];
/** Instances freed by the collector's deallocator (CPython's tp_free == PyObject_GC_Del). */
function gcFreed(t: PyType): boolean {
  return (t.tp_flags & TPFlags.HEAPTYPE) !== 0 || t.tp_traverse !== null;
}
/** compatible_for_assignment for __bases__ (the best bases old and new). */
function compatibleBases(oldto: PyType, newto: PyType): void {
  if (gcFreed(oldto) !== gcFreed(newto)) {
    throw typeError(`__bases__ assignment: '${newto.tp_name}' deallocator differs from '${oldto.tp_name}'`);
  }
  if ((oldto.tp_solid ?? ObjectType) !== (newto.tp_solid ?? ObjectType) || oldto.tp_dictoffset !== newto.tp_dictoffset) {
    throw typeError(`__bases__ assignment: '${newto.tp_name}' object layout differs from '${oldto.tp_name}'`);
  }
}
/** Recompute the MRO of `t` and its subclasses (mro_hierarchy), saving the old ones in `saved`. */
function mroHierarchy(t: PyType, saved: [PyType, PyType[]][]): void {
  saved.push([t, t.tp_mro]);
  let mro = t.tp_bases.length === 1 ? [t, ...t.tp_bases[0]!.tp_mro] : c3Merge(t);
  if (t.ob_type !== TypeType) {
    const meth = typeLookup(t.ob_type, intern("mro"));
    if (meth !== null && meth !== typeLookup(TypeType, intern("mro"))) {
      const r = call(lookupAttr(t, intern("mro"))!, []);
      const items = iterableToArray(r);
      dec(r);
      for (const x of items) {
        if (!(x instanceof PyType)) throw typeError(`mro() returned a non-class ('${x.ob_type.tp_name}')`);
        dec(x);
      }
      mro = items as PyType[];
    }
  }
  t.tp_mro = mro;
  typeModified(t);
  for (const s of t.tp_subclasses.slice()) mroHierarchy(s, saved);
}
/** type_set_bases */
function setBases(t: PyType, v: PyObject | null): void {
  if ((t.tp_flags & TPFlags.HEAPTYPE) === 0) throw typeError(`cannot set '__bases__' attribute of immutable type '${t.tp_name}'`);
  if (v === null) throw typeError(`cannot delete '__bases__' attribute of immutable type '${t.tp_name}'`);
  if (!(v instanceof PyTuple)) throw typeError(`can only assign tuple to ${t.tp_name}.__bases__, not ${v.ob_type.tp_name}`);
  if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.tp_name}.__bases__, not ()`);
  const bases: PyType[] = [];
  for (const b of v.items) {
    if (!(b instanceof PyType)) throw typeError(`${t.tp_name}.__bases__ must be tuple of classes, not '${b.ob_type.tp_name}'`);
    if (isSubtype(b, t)) throw typeError("a __bases__ item causes an inheritance cycle");
    bases.push(b);
  }
  let best = bases[0]!;
  for (const b of bases) {
    if ((b.tp_flags & TPFlags.BASETYPE) === 0) throw typeError(`type '${b.tp_name}' is not an acceptable base type`);
    const sb = b.tp_solid ?? ObjectType, sw = best.tp_solid ?? ObjectType;
    if (isSubtype(sw, sb)) continue;
    if (isSubtype(sb, sw)) best = b;
    else throw typeError("multiple bases have instance lay-out conflict");
  }
  const oldBase = t.tp_base!, oldBases = t.tp_bases;
  compatibleBases(oldBase, best);
  t.tp_bases = bases;
  t.tp_base = best;
  const saved: [PyType, PyType[]][] = [];
  try {
    mroHierarchy(t, saved);
  } catch (e) {
    for (const [k, m] of saved) k.tp_mro = m;
    t.tp_bases = oldBases;
    t.tp_base = oldBase;
    throw e;
  }
  for (const b of oldBases) {
    const i = b.tp_subclasses.indexOf(t);
    if (i >= 0) b.tp_subclasses.splice(i, 1);
  }
  for (const b of bases) if (!b.tp_subclasses.includes(t)) b.tp_subclasses.push(t);
  for (const [k] of saved) fixupSlots(k);
  // the references the classes own (MRO and bases tuples, best base) follow; old ones go last
  for (const [k] of saved) memClassMroChanged(k);
  memClassBasesChanged(t, oldBase);
}
import { memClassMroChanged, memClassBasesChanged } from "../memory/traverse.ts";
function heapName(t: PyType): string {
  if ((t.tp_flags & TPFlags.HEAPTYPE) !== 0) return t.tp_name;
  const i = t.tp_name.lastIndexOf(".");
  return i >= 0 ? t.tp_name.substring(i + 1) : t.tp_name;
}
export function isInstanceCheck(inst: PyObject, cls: PyType): boolean {
  if (isSubtype(inst.ob_type, cls)) return true;
  const c = lookupAttr(inst, intern("__class__"));
  if (c === null) return false;
  const r = c !== inst.ob_type && c instanceof PyType && isSubtype(c, cls);
  dec(c);
  return r;
}
TypeType.tp_methods = [
  { name: "mro", flags: 1, fn: (o: PyObject) => {
    const t = T(o);
    const m = t.tp_bases.length <= 1 ? [t, ...(t.tp_base ? t.tp_base.tp_mro : [])] : c3Merge(t);
    return newList(m.map((x) => (x.ob_refcnt++, x)));
  } },
  { name: "__subclasses__", flags: 1, fn: (o: PyObject) => newList(T(o).tp_subclasses.map((x) => (x.ob_refcnt++, x))) },
  { name: "__instancecheck__", flags: 2, fn: (o: PyObject, inst: PyObject) => newBool(isInstanceCheck(inst, T(o))) },
  { name: "__subclasscheck__", flags: 2, fn: (o: PyObject, sub: PyObject) => {
    if (!(sub instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    return newBool(isSubtype(sub, T(o)));
  } },
  { name: "__prepare__", flags: 4 | 8, fn: () => newDict() },
  { name: "__dir__", flags: 1, fn: (o: PyObject) => {
    const names = new Set<string>();
    for (const t of T(o).tp_mro) addNames(names, t.tp_dict);
    return newList([...names].map((n) => newStr(n)));
  } },
  { name: "__sizeof__", flags: 1, fn: () => newInt(880) },
];
TypeType.nb_binary[7] = (a, b) => unionType(a, b);
import { unionType } from "./union.ts";

// ---- singletons -------------------------------------------------------------------------------

NoneTypeType.tp_repr = () => newStr("None");
NoneTypeType.nb_bool = () => false;
NoneTypeType.tp_hash = () => 0xfcfe0b45a0;
NoneTypeType.tp_new = (type, args) => {
  if (args.length > 0) throw typeError("NoneType takes no arguments");
  return None;
};
NotImplementedTypeType.tp_repr = () => newStr("NotImplemented");
NotImplementedTypeType.nb_bool = () => {
  warn(DeprecationWarningType, "NotImplemented should not be used in a boolean context", 1);
  return true;
};
NotImplementedTypeType.tp_new = (type, args) => {
  if (args.length > 0) throw typeError("NotImplementedType takes no arguments");
  return NotImplemented;
};
EllipsisTypeType.tp_repr = () => newStr("Ellipsis");
EllipsisTypeType.tp_new = (type, args) => {
  if (args.length > 0) throw typeError("ellipsis takes no arguments");
  return Ellipsis;
};

// ---- super ------------------------------------------------------------------------------------

export class PySuper extends PyObject {
  declare type: PyType | null;
  declare obj: PyObject | null;
  declare objType: PyType | null;
  constructor(t: PyType) {
    super(t);
    this.type = null;
    this.obj = null;
    this.objType = null;
  }
}
let zeroArgSuper: () => [PyType, PyObject] = () => {
  throw runtimeError("super(): no arguments");
};
/** The VM installs how super() finds __class__ and the first argument of the calling frame. */
export function setZeroArgSuper(f: () => [PyType, PyObject]): void {
  zeroArgSuper = f;
}
function superCheck(type: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && isSubtype(obj, type)) return obj;
  if (isSubtype(obj.ob_type, type)) return obj.ob_type;
  const c = lookupAttr(obj, intern("__class__"));
  if (c !== null) {
    // borrowed from here on: the caller takes its own reference (a class outlives this call)
    if (c.ob_refcnt > 1) c.ob_refcnt--;
    if (c instanceof PyType && c !== obj.ob_type && isSubtype(c, type)) return c;
  }
  throw typeError("super(type, obj): obj must be an instance or subtype of type");
}
SuperType.tp_new = (type) => new PySuper(type);
SuperType.tp_init = (self, args, kw) => {
  const s = self as PySuper;
  if (kw !== null && (kw as PyTuple).items.length > 0) throw typeError("super() takes no keyword arguments");
  let type: PyObject, obj: PyObject | null = null;
  if (args.length === 0) [type, obj] = zeroArgSuper();
  else {
    type = args[0]!;
    obj = args.length > 1 ? args[1]! : null;
    if (obj === None) obj = null;
  }
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${type.ob_type.tp_name}`);
  s.type = type;
  type.ob_refcnt++;
  if (obj !== null) {
    s.objType = superCheck(type, obj);
    obj.ob_refcnt++;
    s.obj = obj;
    s.objType.ob_refcnt++;
  }
};
/** super_dealloc: the references tp_init / tp_descr_get stored. */
SuperType.tp_dealloc = (self) => {
  const s = self as PySuper;
  const o = s.obj, t = s.type, ot = s.objType;
  s.obj = null;
  s.type = null;
  s.objType = null;
  if (o !== null && --o.ob_refcnt === 0) dealloc(o);
  if (t !== null && --t.ob_refcnt === 0) dealloc(t);
  if (ot !== null && --ot.ob_refcnt === 0) dealloc(ot);
};
SuperType.tp_getattro = (self, name) => {
  const s = self as PySuper;
  const st = s.objType;
  if (st !== null && !((name as PyStr).value === "__class__")) {
    const mro = st.tp_mro;
    let i = mro.indexOf(s.type!) + 1;
    for (; i < mro.length; i++) {
      const v = dictGetItemStr(mro[i]!.tp_dict, name as PyStr);
      if (v !== null) {
        const g = v.ob_type.tp_descr_get;
        if (g !== null) return g(v, s.obj === st ? null : s.obj, st);
        v.ob_refcnt++;
        return v;
      }
    }
  }
  return genericGetAttr(self, name);
};
SuperType.tp_descr_get = (self, obj, type) => {
  const s = self as PySuper;
  if (obj === null || s.obj !== null) {
    self.ob_refcnt++;
    return self;
  }
  const n = new PySuper(SuperType);
  n.type = s.type;
  s.type!.ob_refcnt++;
  obj.ob_refcnt++;
  n.obj = obj;
  n.objType = superCheck(s.type!, obj);
  n.objType.ob_refcnt++;
  return n;
};
SuperType.tp_repr = (self) => {
  const s = self as PySuper;
  const tn = s.type === null ? "NULL" : s.type.tp_name;
  if (s.objType !== null) return newStr(`<super: <class '${tn}'>, <${s.objType.tp_name} object>>`);
  return newStr(`<super: <class '${tn}'>, NULL>`);
};
SuperType.tp_getset = [
  { name: "__thisclass__", member: true, get: (o) => { const t = (o as PySuper).type ?? None; t.ob_refcnt++; return t; }, set: null },
  { name: "__self__", member: true, get: (o) => { const t = (o as PySuper).obj ?? None; t.ob_refcnt++; return t; }, set: null },
  { name: "__self_class__", member: true, get: (o) => { const t = (o as PySuper).objType ?? None; t.ob_refcnt++; return t; }, set: null },
];

export { readyType, fixupSlots, PyInstance, FunctionType, iterableToArray, call, newTuple, PyList, reprStr, strOfObj, parseArgs, instanceDict };
