/**
 * type and object: attribute lookup along the MRO (with a per-type cache), PyType_Ready for
 * builtin types (readyType), class creation (type_new), type_call, C3 linearisation, and
 * object's generic attribute protocol (PyObject_GenericGetAttr / SetAttr).
 *
 * Slots of classes are CPython's slot_* wrappers (slots.ts), recomputed by fixupSlots when a
 * class is created or a dunder is assigned on it (or on a base: subclasses follow).
 */
import { markInlineDict, materializeDict, memTypeNew, gcGetCount, gcIsEnabled, gcSetEnabled, gcUncount, getObjectRegistry, setObjectRegistry } from "../memory/gc.ts";
import { PyObject, PyType, PyInstance, TPFlags, NB, isSubtype, newInstance, setTypeDictFiller, type MethodDef, type GetSetDef } from "./object.ts";
import { TypeType, ObjectType, None, NotImplemented, StrType, TupleType, DictType, IntType, BytesType } from "./types.ts";
import { PyDict, newDict, dictGetItemStr, dictSetItemStr, dictDelItemIf, dictNext, dictCopy, dictSetItem } from "./dict.ts";
import { PyStr, intern, newStr } from "./str.ts";
import { PyTuple, newTuple, tupleFrom } from "./tuple.ts";
import { typeError, attributeError, valueError, runtimeError } from "./errors.ts";
import { dealloc } from "../memory/refcount.ts";
import { fixupSlots, addSlotWrappers, inheritSlots, isSlotName } from "./slots.ts";
import { newMethodDescr, newGetSetDescr, newClassMethodDescr, newStaticBuiltin } from "./descr.ts";
import { noAttribute, repr, call, reprStr, hexId, pointerHash, isTrue } from "./abstract.ts";
import { True, False } from "./int.ts";
import { PyCell } from "./cell.ts";
import { parseArgs } from "./args.ts";
import { newMember } from "./descr.ts";
import { DICT_DESCR_DOC, WEAKREF_DESCR_DOC } from "./slot_docs.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

// ---- lookup -------------------------------------------------------------------------------------

/** _PyType_Lookup: the first class in type's MRO whose dict has `name` (BORROWED), or null. */
export function typeLookup(type: PyType, name: PyStr): PyObject | null {
  const key = name.value;
  const cache = type.tp_cache;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const mro = type.tp_mro;
  let res: PyObject | null = null;
  for (let i = 0; i < mro.length; i++) {
    const v = dictGetItemStr(mro[i]!.tp_dict, name);
    if (v !== null) {
      res = v;
      break;
    }
  }
  cache.set(key, res);
  return res;
}
export function typeLookupStr(type: PyType, name: string): PyObject | null {
  return typeLookup(type, intern(name));
}

let nextTypeVersion = 1;
/**
 * The type's version tag (CPython's tp_version_tag): unique among all types, assigned on demand
 * and dropped (0) by typeModified, so a tag remembered by a specialised instruction (PEP 659)
 * proves the type and everything on its MRO are unchanged since.
 */
export function typeVersionTag(type: PyType): number {
  if (type.tp_version === 0) type.tp_version = nextTypeVersion++;
  return type.tp_version;
}

/** Drop the attribute caches and version tags of `type` and all its subclasses (after a dict change). */
export function typeModified(type: PyType): void {
  type.tp_cache.clear();
  type.tp_version = 0;
  for (const s of type.tp_subclasses) typeModified(s);
}

// ---- generic attribute access -------------------------------------------------------------------

/** PyObject_GenericGetAttr, returning null for "no such attribute". */
export function genericGetAttr(obj: PyObject, name: PyObject): PyObject | null {
  if (name.ob_type !== StrType) {
    if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.ob_type.tp_name}'`);
  }
  const tp = obj.ob_type;
  const descr = typeLookup(tp, name as PyStr);
  let f = null;
  if (descr !== null) {
    const dt = descr.ob_type;
    f = dt.tp_descr_get;
    if (f !== null && dt.tp_descr_set !== null) return f(descr, obj, tp);
  }
  const d = obj.dict;
  if (d !== null) {
    const v = dictGetItemStr(d, name as PyStr);
    if (v !== null) {
      v.ob_refcnt++;
      return v;
    }
  }
  if (f !== null) return f(descr!, obj, tp);
  if (descr !== null) {
    descr.ob_refcnt++;
    return descr;
  }
  return null;
}

/** The instance dict, created on first use for types whose instances have one. */
export function instanceDict(obj: PyObject): PyDict | null {
  let d = obj.dict;
  if (d === null && obj.ob_type.tp_dictoffset) d = obj.dict = newInstanceDict(obj);
  return d;
}
/** A new (empty) instance dict for `obj`: inline values for plain class instances (3.11). */
export function newInstanceDict(obj: PyObject): PyDict {
  const d = newDict();
  if (obj instanceof PyInstance) markInlineDict(d);
  return d;
}

/** PyObject_GenericSetAttr (value null = delete). */
export function genericSetAttr(obj: PyObject, name: PyObject, value: PyObject | null): void {
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.ob_type.tp_name}'`);
  const tp = obj.ob_type;
  const descr = typeLookup(tp, name);
  if (descr !== null) {
    const f = descr.ob_type.tp_descr_set;
    if (f !== null) {
      f(descr, obj, value);
      return;
    }
  }
  const d = instanceDict(obj);
  if (d === null) {
    if (descr === null) {
      throw attributeError(`'${tp.tp_name}' object has no attribute '${name.value}'`);
    }
    throw attributeError(`'${tp.tp_name}' object attribute '${name.value}' is read-only`);
  }
  if (value === null) {
    if (!dictDelItemIf(d, name)) throw noAttribute(obj, name);
  } else {
    dictSetItemStr(d, name, value);
  }
}

// ---- readyType (PyType_Ready for builtin types) --------------------------------------------------

const OWN_MP_LENGTH = 1;
const OWN_NB_ADD = 2;
/** Which of mp_length / nb_add a readied type defined itself (addSlotWrappers' choices need it). */
const ownSlots = new WeakMap<PyType, number>();

/**
 * Fill a builtin type's MRO, dict and inherited slots (PyType_Ready). Idempotent. `deferDict`
 * (start-up's ~150 builtin types, whose slots are all set before): the dict's entries are made
 * when tp_dict is first read (fillTypeDict), as a program looks into a few dozen of them.
 */
export function readyType(t: PyType, deferDict = false): void {
  if (t.tp_ready) return;
  t.tp_ready = true;
  for (const b of t.tp_bases) readyType(b, deferDict);
  if (t.tp_base === null && t !== ObjectType) {
    t.tp_base = ObjectType;
    t.tp_bases = [ObjectType];
  }
  t.tp_mro = t.tp_bases.length <= 1 ? [t, ...(t.tp_base ? t.tp_base.tp_mro : [])] : c3Merge(t);
  if (t.tp_base !== null && !t.tp_base.tp_subclasses.includes(t)) t.tp_base.tp_subclasses.push(t);
  if (t.tp_dictRaw === null) t.tp_dictRaw = newDict();
  // slot wrappers expose the slots the type defines itself: what it has before inheriting
  ownSlots.set(t, (t.mp_length !== null ? OWN_MP_LENGTH : 0) | (t.nb_binary[NB.ADD] !== null ? OWN_NB_ADD : 0));
  t.tp_dictPending = true;
  if (!deferDict || (t.tp_flags & TPFlags.HEAPTYPE) !== 0) makeTypeDictEntries(t);
  if (t.tp_base !== null) inheritSlots(t, t.tp_base);
  if (t.tp_base !== null && t.tp_base.tp_dictoffset) t.tp_dictoffset = true;
  if (t.tp_solid === null) t.tp_solid = t.tp_base === null || t.tp_base === ObjectType && t.tp_methods.length === 0 && false ? ObjectType : t;
}

/**
 * PyType_Ready's dict entries for a builtin type: its methods, getsets, slot wrappers and
 * __doc__, in that order, each unless the dict has the name already. CPython makes them at
 * start-up: made later, they are not counted towards a collection, start none and are not
 * traced by tracemalloc, so the program sees the same collector state.
 */
function fillTypeDict(t: PyType): void {
  const count = gcGetCount()[0], enabled = gcIsEnabled(), registry = getObjectRegistry();
  gcSetEnabled(false);
  setObjectRegistry(null);
  try {
    makeTypeDictEntries(t);
  } finally {
    gcSetEnabled(enabled);
    setObjectRegistry(registry);
    for (let n = gcGetCount()[0]; n > count; n--) gcUncount();
  }
}
setTypeDictFiller(fillTypeDict);

function makeTypeDictEntries(t: PyType): void {
  t.tp_dictPending = false;
  const d = t.tp_dictRaw;
  for (const m of t.tp_methods) {
    const key = intern(m.name);
    if (dictGetItemStr(d, key) !== null) continue;
    const descr = (m.flags & 8) !== 0 ? newClassMethodDescr(t, m) : (m.flags & 16) !== 0 ? newStaticBuiltin(t, m) : newMethodDescr(t, m);
    dictSetItemStr(d, key, descr);
    decref(descr);
  }
  for (const g of t.tp_getset) {
    const key = intern(g.name);
    if (dictGetItemStr(d, key) !== null) continue;
    const descr = newGetSetDescr(t, g);
    dictSetItemStr(d, key, descr);
    decref(descr);
  }
  const own = ownSlots.get(t) ?? 0;
  addSlotWrappers(t, (own & OWN_MP_LENGTH) !== 0, (own & OWN_NB_ADD) !== 0);
  if (dictGetItemStr(d, intern("__doc__")) === null) {
    const doc = t.tp_doc === null ? None : newStr(t.tp_doc);
    dictSetItemStr(d, intern("__doc__"), doc);
    decref(doc);
  }
  const late = lateEntries.get(t);
  if (late !== undefined) {
    lateEntries.delete(t);
    for (const e of late) putTypeDictEntry(d, e);
  }
}

interface LateEntry {
  readonly name: string;
  readonly make: () => PyObject;
  readonly ifAbsent: boolean;
}
/** Entries added after readyType's own to dicts still to be filled, in the order they came. */
const lateEntries = new WeakMap<PyType, LateEntry[]>();
function putTypeDictEntry(d: PyDict, e: LateEntry): void {
  const key = intern(e.name);
  if (e.ifAbsent && dictGetItemStr(d, key) !== null) return;
  const v = e.make();
  dictSetItemStr(d, key, v);
  decref(v);
}
/**
 * Set `name` in a readied builtin type's dict to `make()` (a new reference), after the entries
 * readyType makes; `ifAbsent`: only when the dict has no such name. A dict still to be filled
 * gets it when it is filled (start-up's additions, e.g. __sizeof__, cost nothing until then).
 */
export function addTypeDictEntry(t: PyType, name: string, make: () => PyObject, ifAbsent = false): void {
  const e: LateEntry = { name, make, ifAbsent };
  if (!t.tp_dictPending) {
    putTypeDictEntry(t.tp_dict, e);
    return;
  }
  const late = lateEntries.get(t);
  if (late === undefined) lateEntries.set(t, [e]);
  else late.push(e);
}

// ---- MRO ----------------------------------------------------------------------------------------

/** C3 linearisation of t and its bases (TypeError on inconsistency, as CPython words it). */
export function c3Merge(t: PyType): PyType[] {
  for (let i = 0; i < t.tp_bases.length; i++) {
    for (let j = i + 1; j < t.tp_bases.length; j++) {
      if (t.tp_bases[i] === t.tp_bases[j]) throw typeError(`duplicate base class ${t.tp_bases[i]!.tp_name}`);
    }
  }
  const seqs: PyType[][] = t.tp_bases.map((b) => b.tp_mro.slice());
  seqs.push(t.tp_bases.slice());
  const result: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0]!;
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      const heads: string[] = [];
      for (const s of nonEmpty) if (!heads.includes(s[0]!.tp_name)) heads.push(s[0]!.tp_name);
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(", ")}`);
    }
    result.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

// ---- type objects as Python objects ------------------------------------------------------------------

/** type.__getattribute__: meta-attributes, then the type's own MRO, then the metatype's. */
export function typeGetAttro(o: PyObject, name: PyObject): PyObject | null {
  const type = o as PyType;
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.ob_type.tp_name}'`);
  const metatype = type.ob_type;
  const meta = typeLookup(metatype, name);
  let metaGet = null;
  if (meta !== null) {
    metaGet = meta.ob_type.tp_descr_get;
    if (metaGet !== null && meta.ob_type.tp_descr_set !== null) return metaGet(meta, type, metatype);
  }
  const attr = typeLookup(type, name);
  if (attr !== null) {
    const g = attr.ob_type.tp_descr_get;
    if (g !== null) return g(attr, null, type);
    attr.ob_refcnt++;
    return attr;
  }
  if (metaGet !== null) return metaGet(meta!, type, metatype);
  if (meta !== null) {
    meta.ob_refcnt++;
    return meta;
  }
  return null;
}

export function typeSetAttro(o: PyObject, name: PyObject, value: PyObject | null): void {
  const type = o as PyType;
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.ob_type.tp_name}'`);
  if ((type.tp_flags & TPFlags.HEAPTYPE) === 0) {
    throw typeError(`cannot set '${name.value}' attribute of immutable type '${type.tp_name}'`);
  }
  // data descriptors on the metatype (e.g. __name__, __doc__ setters)
  const meta = typeLookup(type.ob_type, name);
  if (meta !== null && meta.ob_type.tp_descr_set !== null) {
    meta.ob_type.tp_descr_set(meta, type, value);
    return;
  }
  if (value === null) {
    if (!dictDelItemIf(type.tp_dict, name)) throw noAttribute(type, name);
  } else {
    dictSetItemStr(type.tp_dict, name, value);
  }
  typeModified(type);
  const n = name.value;
  if (n.length > 4 && n.charCodeAt(0) === 95 && n.charCodeAt(1) === 95 && isSlotName(n)) updateSubclassSlots(type);
}
function updateSubclassSlots(t: PyType): void {
  fixupSlots(t);
  for (const s of t.tp_subclasses) updateSubclassSlots(s);
}

export function typeRepr(o: PyObject): PyObject {
  const t = o as PyType;
  const mod = typeModuleName(t);
  if (mod !== null && mod !== "builtins") return newStr(`<class '${mod}.${typeQualname(t)}'>`);
  return newStr(`<class '${typeQualname(t)}'>`);
}
export function typeQualname(t: PyType): string {
  if ((t.tp_flags & TPFlags.HEAPTYPE) !== 0) return t.ht_qualname;
  const n = t.tp_name;
  const i = n.lastIndexOf(".");
  return i >= 0 ? n.slice(i + 1) : n;
}
export function typeModuleName(t: PyType): string | null {
  if ((t.tp_flags & TPFlags.HEAPTYPE) !== 0) {
    const m = dictGetItemStr(t.tp_dict, intern("__module__"));
    if (m instanceof PyStr) return m.value;
    return null;
  }
  const n = t.tp_name;
  const i = n.lastIndexOf(".");
  return i >= 0 ? n.slice(0, i) : "builtins";
}

/** type.__call__: type(x), or create-and-init an instance. */
export function typeCall(o: PyObject, args: PyObject[], kwnames: PyObject | null): PyObject {
  const type = o as PyType;
  if (type === TypeType) {
    const nk = kwnames === null ? 0 : (kwnames as PyTuple).items.length;
    if (args.length - nk === 1 && nk === 0) {
      const t = args[0]!.ob_type;
      t.ob_refcnt++;
      return t;
    }
    if (args.length - nk !== 3) throw typeError("type() takes 1 or 3 arguments");
  }
  const newf = type.tp_new;
  if (newf === null) throw typeError(`cannot create '${type.tp_name}' instances`);
  const obj = newf(type, args, kwnames);
  if (!isSubtype(obj.ob_type, type)) return obj;
  const init = obj.ob_type.tp_init;
  if (init !== null) {
    try {
      init(obj, args, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}

// ---- object ---------------------------------------------------------------------------------------

function excessArgs(args: PyObject[], kwnames: PyObject | null): boolean {
  return args.length > 0;
}

export function objectNew(type: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  if (excessArgs(args, kwnames)) {
    if (type.tp_new !== objectNew) throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
    if (type.tp_init === objectInit) throw typeError(`${type.tp_name}() takes no arguments`);
  }
  if ((type.tp_flags & TPFlags.IS_ABSTRACT) !== 0) abstractError(type);
  const o = newInstance(type);
  if (type.tp_nslots > 0) o.slots = new Array(type.tp_nslots).fill(null);
  return o;
}
function abstractError(type: PyType): never {
  const am = dictGetItemStr(type.tp_dict, intern("__abstractmethods__"));
  const names: string[] = [];
  if (am !== null) {
    const items = iterableNames(am);
    names.push(...items.sort());
  }
  throw typeError(`Can't instantiate abstract class ${type.tp_name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
}
import { iterableToArray } from "./abstract.ts";
function iterableNames(o: PyObject): string[] {
  const a = iterableToArray(o);
  const bad = a.find((x) => !(x instanceof PyStr));
  const r = a.map((x) => (x instanceof PyStr ? x.value : ""));
  for (const x of a) decref(x);
  if (bad !== undefined) throw typeError(`__slots__ items must be strings, not '${bad.ob_type.tp_name}'`);
  return r;
}

export function objectInit(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  if (excessArgs(args, kwnames)) {
    const type = self.ob_type;
    if (type.tp_init !== objectInit) throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
    if (type.tp_new === objectNew) throw typeError(`${type.tp_name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
}

export function objectRepr(o: PyObject): PyObject {
  const t = o.ob_type;
  const mod = typeModuleName(t);
  const q = typeQualname(t);
  const name = mod !== null && mod !== "builtins" ? `${mod}.${q}` : q;
  return newStr(`<${name} object at ${hexId(o)}>`);
}
/** object.__str__: the type's tp_repr called directly (str() then checks the result as __str__'s). */
export function objectStr(o: PyObject): PyObject {
  const f = o.ob_type.tp_repr;
  return f === null ? objectRepr(o) : f(o);
}
export function objectHash(o: PyObject): number | bigint {
  return pointerHash(o);
}
export function objectRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op === 2) return a === b ? True : NotImplemented;
  if (op === 3) {
    const f = a.ob_type.tp_richcompare;
    if (f === null) return NotImplemented;
    const r = f(a, b, 2);
    if (r === NotImplemented) return r;
    const t = isTrue(r);
    decref(r);
    return t ? False : True;
  }
  return NotImplemented;
}

export function instanceDealloc(o: PyObject): void {
  const inst = o as PyInstance;
  const s = inst.slots;
  if (s !== null && s !== undefined) {
    inst.slots = null;
    for (let i = s.length - 1; i >= 0; i--) {
      const x = s[i];
      if (x !== null && x !== undefined) decref(x);
    }
  }
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    decref(d);
  }
}

/**
 * subtype_dealloc of a class with a builtin base: the class's own parts (__slots__ values,
 * instance __dict__) go first, then the builtin base's dealloc. One wrapper per base dealloc.
 */
const subtypeDeallocs = new Map<(o: PyObject) => void, (o: PyObject) => void>();
const subtypeDeallocSet = new Set<(o: PyObject) => void>();
function subtypeDealloc(baseDealloc: (o: PyObject) => void): (o: PyObject) => void {
  if (baseDealloc === instanceDealloc || subtypeDeallocSet.has(baseDealloc)) return baseDealloc;
  let w = subtypeDeallocs.get(baseDealloc);
  if (w === undefined) {
    w = (o: PyObject): void => {
      instanceDealloc(o);
      baseDealloc(o);
    };
    subtypeDeallocs.set(baseDealloc, w);
    subtypeDeallocSet.add(w);
  }
  return w;
}

// ---- class creation (type.__new__) ----------------------------------------------------------------

let moduleNameOfCaller: () => PyObject | null = () => null;
/** The VM installs how to find the calling frame's __name__ (for __module__). */
export function setCallerModuleHook(f: () => PyObject | null): void {
  moduleNameOfCaller = f;
}

/** The most derived metaclass of `meta` and the bases' types (or a TypeError). */
export function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = b.ob_type;
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) {
      winner = bt;
      continue;
    }
    throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

function solidBase(t: PyType): PyType {
  return t.tp_solid ?? ObjectType;
}

const N_SET_NAME = intern("__set_name__");
const N_INIT_SUBCLASS = intern("__init_subclass__");

/** type.__new__(metatype, name, bases, ns, **kwds). */
export function typeNew(metatype: PyType, args: PyObject[], kwnames: PyObject | null): PyObject {
  const nk = kwnames === null ? 0 : (kwnames as PyTuple).items.length;
  const npos = args.length - nk;
  if (npos !== 3 && npos !== 1) throw typeError("type() takes 1 or 3 arguments");
  if (npos === 1) {
    const t = args[0]!.ob_type;
    t.ob_refcnt++;
    return t;
  }
  const nameO = args[0]!, basesO = args[1]!, nsO = args[2]!;
  if (!(nameO instanceof PyStr)) throw typeError(`type.__new__() argument 1 must be str, not ${nameO.ob_type.tp_name}`);
  if (!(basesO instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${basesO.ob_type.tp_name}`);
  if (!(nsO instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${nsO.ob_type.tp_name}`);
  const bases0 = basesO.items;
  for (const b of bases0) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
  }
  const winner = calculateMetaclass(metatype, bases0);
  if (winner !== metatype && winner.tp_new !== typeNew) return winner.tp_new!(winner, args, kwnames);
  metatype = winner;
  const bases = (bases0.length === 0 ? [ObjectType] : bases0.slice()) as PyType[];
  for (const b of bases) {
    if ((b.tp_flags & TPFlags.BASETYPE) === 0) throw typeError(`type '${b.tp_name}' is not an acceptable base type`);
  }
  // the best base: the one whose solid layout is the most derived
  let base = bases[0]!;
  for (const b of bases) {
    const sb = solidBase(b), sw = solidBase(base);
    if (isSubtype(sw, sb)) continue;
    if (isSubtype(sb, sw)) base = b;
    else throw typeError("multiple bases have instance lay-out conflict");
  }
  const type = new PyType(metatype, nameO.value, base, TPFlags.HEAPTYPE | TPFlags.BASETYPE);
  // a failure from here on frees the half-built class (type_new's Py_DECREF(type))
  let built = false;
  try {
    type.ob_refcnt = 1;
    type.tp_bases = bases;
    type.tp_flags |= base.tp_flags & (TPFlags.LONG_SUBCLASS | TPFlags.LIST_SUBCLASS | TPFlags.TUPLE_SUBCLASS |
      TPFlags.BYTES_SUBCLASS | TPFlags.UNICODE_SUBCLASS | TPFlags.DICT_SUBCLASS | TPFlags.BASE_EXC_SUBCLASS | TPFlags.TYPE_SUBCLASS);
    for (const b of bases) type.tp_flags |= b.tp_flags & (TPFlags.SEQUENCE | TPFlags.MAPPING);
    type.tp_solid = solidBase(base);
    const dict = dictCopy(nsO);
    type.tp_dict = dict;
    for (const b of bases) readyType(b);
    // __module__
    if (dictGetItemStr(dict, intern("__module__")) === null) {
      const m = moduleNameOfCaller();
      if (m !== null) dictSetItemStr(dict, intern("__module__"), m);
    }
    // __qualname__
    const qn = dictGetItemStr(dict, intern("__qualname__"));
    if (qn !== null) {
      if (!(qn instanceof PyStr)) throw typeError(`type __qualname__ must be a str, not ${qn.ob_type.tp_name}`);
      type.ht_qualname = qn.value;
      dictDelItemIf(dict, intern("__qualname__"));
    }
    // __slots__
    const slotsO = dictGetItemStr(dict, intern("__slots__"));
    let addDict = !bases.some((b) => b.tp_dictoffset);
    let nslots = Math.max(0, ...bases.map((b) => b.tp_nslots));
    let wantWeak = false;
    if (slotsO !== null) {
      const names = slotsO instanceof PyStr ? [slotsO.value] : iterableNames(slotsO);
      const own: string[] = [];
      const ownNames: string[] = [];
      const varSized = isSubtype(base, IntType) || isSubtype(base, TupleType) || isSubtype(base, BytesType);
      // int, tuple and bytes are variable-sized (CPython's tp_itemsize): no slot of any name after them
      if (names.length > 0 && varSized) throw typeError(`nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
      let wantDict = false;
      for (const n of names) {
        if (n === "__dict__") {
          if (!addDict || wantDict) throw typeError("__dict__ slot disallowed: we already got one");
          wantDict = true;
          continue;
        }
        if (n === "__weakref__") {
          if (wantWeak || bases.some((b) => typeLookupStr(b, "__weakref__") !== null)) throw typeError("__weakref__ slot disallowed: either we already got one, or the base type has a nonzero tp_itemsize");
          wantWeak = true;
          continue;
        }
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(n)) throw typeError("__slots__ must be identifiers");
        ownNames.push(n);
      }
      for (const n of ownNames) {
        const mangled = n.startsWith("__") && !n.endsWith("__") ? `_${nameO.value.replace(/^_+/u, "")}${n}` : n;
        if (dictGetItemStr(dict, intern(mangled)) !== null) {
          throw valueError(`'${mangled}' in __slots__ conflicts with class variable`);
        }
        own.push(mangled);
      }
      own.sort();
      type.tp_slotnames = own;
      for (const n of own) {
        const m = newMember(type, n, nslots++);
        dictSetItemStr(dict, intern(n), m);
        decref(m);
      }
      addDict = wantDict;
      if (!addDict && !bases.some((b) => b.tp_dictoffset)) type.tp_dictoffset = false;
      else type.tp_dictoffset = true;
      if (own.length > 0 && type.tp_solid === ObjectType) type.tp_solid = type;
    } else {
      type.tp_dictoffset = true;
    }
    type.tp_nslots = nslots;
    // a metaclass: type itself already provides __dict__ and __weakref__ (tp_dictoffset in C)
    const isMeta = isSubtype(base, TypeType);
    if (addDict && type.tp_dictoffset && !isMeta) {
      if (dictGetItemStr(dict, intern("__dict__")) === null) {
        const g = newGetSetDescr(type, DICT_GETSET);
        dictSetItemStr(dict, intern("__dict__"), g);
        decref(g);
      }
    }
    if ((slotsO === null || addDict || wantWeak) && !isMeta) {
      if (dictGetItemStr(dict, intern("__weakref__")) === null && !bases.some((b) => (b.tp_flags & TPFlags.HEAPTYPE) !== 0 && b.tp_dictoffset)) {
        const g = newGetSetDescr(type, WEAKREF_GETSET);
        dictSetItemStr(dict, intern("__weakref__"), g);
        decref(g);
      }
    }
    if (dictGetItemStr(dict, intern("__doc__")) === null) dictSetItemStr(dict, intern("__doc__"), None);
    // __new__ -> staticmethod, __init_subclass__/__class_getitem__ -> classmethod
    wrapSpecial(dict, "__new__", staticMethodWrap);
    wrapSpecial(dict, "__init_subclass__", classMethodWrap);
    wrapSpecial(dict, "__class_getitem__", classMethodWrap);
    // __eq__ without __hash__ makes instances unhashable
    if (dictGetItemStr(dict, intern("__eq__")) !== null && dictGetItemStr(dict, intern("__hash__")) === null) {
      dictSetItemStr(dict, intern("__hash__"), None);
    }
    // MRO
    type.tp_mro = bases.length === 1 ? [type, ...bases[0]!.tp_mro] : c3Merge(type);
    if (metatype !== TypeType) {
      const mroMeth = typeLookup(metatype, intern("mro"));
      if (mroMeth !== null && mroMeth !== typeLookup(TypeType, intern("mro"))) {
        const r = callDescr(mroMeth, type, []);
        const items = iterableToArray(r);
        decref(r);
        type.tp_mro = items as PyType[];
        for (const x of items) decref(x);
      }
    }
    for (const b of bases) if (!b.tp_subclasses.includes(type)) b.tp_subclasses.push(type);
    type.tp_ready = true;
    inheritSlots(type, base, true);
    type.tp_dealloc = type.tp_solid === ObjectType || base.tp_dealloc === null ? instanceDealloc : subtypeDealloc(base.tp_dealloc);
    fixupSlots(type);
    memTypeNew(type);
    built = true;
    // __classcell__
    const cell = dictGetItemStr(dict, intern("__classcell__"));
    if (cell !== null) {
      if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${cell.ob_type.tp_name}`);
      type.ob_refcnt++;
      const old = cell.ref;
      cell.ref = type;
      if (old !== null) decref(old);
      dictDelItemIf(dict, intern("__classcell__"));
    }
    // __set_name__
    // a snapshot holding its own references (a __set_name__ may change the namespace)
    // (only when some value's type has one: most namespaces hold functions and plain values)
    const entries: PyObject[] = [];
    let anySetName = false;
    for (let i = dictNext(dict, 0); i >= 0 && !anySetName; i = dictNext(dict, i + 1)) {
      anySetName = typeLookup(dict.evalues[i]!.ob_type, N_SET_NAME) !== null;
    }
    if (anySetName) {
      for (let i = dictNext(dict, 0); i >= 0; i = dictNext(dict, i + 1)) {
        const k = dict.ekeys[i]!, v = dict.evalues[i]!;
        k.ob_refcnt++;
        v.ob_refcnt++;
        entries.push(k, v);
      }
    }
    try {
      for (let j = 0; j < entries.length; j += 2) {
        const k = entries[j]!, v = entries[j + 1]!;
        const sn = typeLookup(v.ob_type, N_SET_NAME);
        if (sn !== null) {
          try {
            const r = callDescr(sn, v, [type, k]);
            decref(r);
          } catch (e) {
            throw setNameError(e, v, k, type);
          }
        }
      }
    } finally {
      for (const o of entries) decref(o);
    }
    // __init_subclass__ of the parent
    const kwArgs = args.slice(3);
    let parentInit: PyObject | null = null;
    let initOwner: PyType | null = null;
    for (let i = 1; i < type.tp_mro.length; i++) {
      const v = dictGetItemStr(type.tp_mro[i]!.tp_dict, N_INIT_SUBCLASS);
      if (v !== null) {
        parentInit = v;
        initOwner = type.tp_mro[i]!;
        break;
      }
    }
    // object.__init_subclass__() does nothing (its dict cannot be changed): called only to
    // reject keyword arguments
    if (parentInit !== null && !(initOwner === ObjectType && kwArgs.length === 0)) {
      const g = parentInit.ob_type.tp_descr_get;
      const bound = g !== null ? g(parentInit, null, type) : (parentInit.ob_refcnt++, parentInit);
      try {
        const r = call(bound, kwArgs, kwnames);
        decref(r);
      } finally {
        decref(bound);
      }
    }
    return type;
  } catch (e) {
    releaseFailedType(type, built);
    throw e;
  }
}

/**
 * type_new failed after allocating the class: drop the creator's reference. Before the memory
 * model's set-up (memTypeNew) the class does not own its best base yet, so its dealloc must not
 * release it.
 */
function releaseFailedType(type: PyType, built: boolean): void {
  if (!built) type.tp_base = null;
  decref(type);
}

import { staticMethodWrap, classMethodWrap } from "./funcobject.ts";

function wrapSpecial(dict: PyDict, name: string, wrap: (f: PyObject) => PyObject): void {
  const key = intern(name);
  const v = dictGetItemStr(dict, key);
  if (v !== null && v.ob_type === FunctionTypeRef()) {
    const w = wrap(v);
    dictSetItemStr(dict, key, w);
    decref(w);
  }
}
import { FunctionType } from "./types.ts";
function FunctionTypeRef(): PyType {
  return FunctionType;
}

/** Call a descriptor found on a type as a method of `self`: descr.__get__(self)(*args). */
export function callDescr(descr: PyObject, self: PyObject, args: PyObject[], kwnames: PyObject | null = null): PyObject {
  if (descr.ob_type === FunctionType) return call(descr, [self, ...args], kwnames);
  const g = descr.ob_type.tp_descr_get;
  if (g === null) return call(descr, args, kwnames);
  const bound = g(descr, self, self.ob_type);
  try {
    return call(bound, args, kwnames);
  } finally {
    decref(bound);
  }
}

const DICT_GETSET: GetSetDef = {
  name: "__dict__",
  get(o) {
    const d = instanceDict(o);
    if (d === null) throw attributeError(`'${o.ob_type.tp_name}' object has no attribute '__dict__'`);
    materializeDict(d);
    d.ob_refcnt++;
    return d;
  },
  set(o, v) {
    // subtype_setdict: deleting drops the dict (a new empty one is made when next needed)
    if (v !== null && !(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
    if (v !== null) v.ob_refcnt++;
    const old = o.dict;
    o.dict = v;
    if (old !== null) decref(old);
  },
  doc: DICT_DESCR_DOC,
};
const WEAKREF_GETSET: GetSetDef = {
  name: "__weakref__",
  // the head of the object's weakref list (subtype_getweakref), None when there is none
  get(o) {
    const head = weakrefsOf(o)[0] ?? None;
    head.ob_refcnt++;
    return head;
  },
  set: null,
  doc: WEAKREF_DESCR_DOC,
};

export { dictSetItem, tupleFrom, newTuple, DictType, TupleType };
export type { MethodDef };
export { parseArgs };

/** 3.11: RuntimeError("Error calling __set_name__ on ...") with the original as __cause__. */
function setNameError(e: unknown, v: PyObject, k: PyObject, type: PyType): unknown {
  if (!(e instanceof PyBaseException)) return e;
  const r = runtimeError(`Error calling __set_name__ on '${v.ob_type.tp_name}' instance ${reprStr(k)} in '${type.tp_name}'`);
  // the thrown exception's reference goes to __context__; __cause__ takes a new one
  e.ob_refcnt++;
  r.cause = e;
  r.suppress_context = true;
  r.context = e;
  return r;
}
import { PyBaseException } from "./exceptions.ts";
import { weakrefsOf } from "./weakref.ts";
