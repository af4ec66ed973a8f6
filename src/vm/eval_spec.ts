/**
 * Specialised instructions (PEP 659, specialize.ts) that the eval loop runs through its slow-path
 * call site rather than inline: attribute loads and stores, method loads, subscripts and
 * unpacking. Each handler checks the instruction's guards and runs the fast path; on a miss it
 * counts it (specMiss, or attrMiss which may add the receiver's type to a polymorphic cache) and
 * runs the generic form (SLOW[base], eval_slow.ts).
 *
 * Calling convention (eval_slow.ts's Handler): the loop has stored f.lasti (the instruction; its
 * inline cache starts at f.lasti + 1) and f.sp; a handler returns the new stack pointer, and the
 * loop skips the cache afterwards. Operands are consumed only after success.
 */
import { Op } from "../bytecode/opcodes.ts";
import { PyObject, PyType, PyInstance } from "../objects/object.ts";
import { IntType, ListType, TupleType, DictType, ModuleType, TypeType, StrType } from "../objects/types.ts";
import { PyInt } from "../objects/int.ts";
import { PyStr, newStr } from "../objects/str.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { PyDict, dictGetItem, dictGetItemStr, dictSetItem, dictSetItemStr } from "../objects/dict.ts";
import { newInstanceDict } from "../objects/typeobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { maintainDictTracking } from "../memory/gc.ts";
import type { Frame } from "./frame.ts";
import { specMiss, attrMiss, read32, AttrCache } from "./specialize.ts";
import { dictHasStr } from "./spec_ops.ts";
import { SLOW } from "./eval_slow.ts";

type Stack = (PyObject | null)[];

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** A guard failed: count the miss and run the family's generic form. */
function miss(f: Frame, s: Stack, sp: number, oparg: number, base: number): number {
  specMiss(f.code.instrs, f.lasti);
  return SLOW[base]!(f, s, sp, oparg);
}

/** The entry of a polymorphic attribute cache for type version tv: its index, or -1. */
function cacheIndex(c: AttrCache, tv: number): number {
  return tv === c.v0 ? c.i0 : tv === c.v1 ? c.i1 : tv === c.v2 ? c.i2 : tv === c.v3 ? c.i3 : -1;
}

// ---- attributes ----------------------------------------------------------------------------------

/** LOAD_ATTR_INSTANCE_VALUE (and _WITH_HINT): the instance dict's entry at the cached index. */
export function loadAttrInstanceValue(f: Frame, s: Stack, sp: number, oparg: number): number {
  const code = f.code;
  const o = s[sp - 1]!;
  const ix = cacheIndex(code.ocache![f.lasti + 1] as AttrCache, o.ob_type.tp_version);
  const name = code.names[oparg]!;
  if (ix < 0) {
    attrMiss(code, f.lasti, o, name);
    return SLOW[Op.LOAD_ATTR]!(f, s, sp, oparg);
  }
  const d = o.dict;
  if (d === null) return miss(f, s, sp, oparg, Op.LOAD_ATTR);
  const ek = d.ekeys;
  const v = ix < ek.length && ek[ix] === name ? d.evalues[ix]! : dictGetItemStr(d, name);
  if (v === null) return miss(f, s, sp, oparg, Op.LOAD_ATTR);
  v.ob_refcnt++;
  s[sp - 1] = v;
  decref(o);
  return sp;
}

/** LOAD_ATTR_SLOT: a __slots__ value. */
export function loadAttrSlot(f: Frame, s: Stack, sp: number, oparg: number): number {
  const code = f.code;
  const o = s[sp - 1]!;
  const ix = cacheIndex(code.ocache![f.lasti + 1] as AttrCache, o.ob_type.tp_version);
  if (ix < 0) {
    attrMiss(code, f.lasti, o, code.names[oparg]!);
    return SLOW[Op.LOAD_ATTR]!(f, s, sp, oparg);
  }
  const sl = (o as PyInstance).slots;
  const v = sl === null ? null : sl[ix];
  if (v === null || v === undefined) return miss(f, s, sp, oparg, Op.LOAD_ATTR);
  v.ob_refcnt++;
  s[sp - 1] = v;
  decref(o);
  return sp;
}

/** LOAD_ATTR_MODULE: a module global at the cached index. */
export function loadAttrModule(f: Frame, s: Stack, sp: number, oparg: number): number {
  const code = f.code;
  const o = s[sp - 1]!;
  if (o.ob_type !== ModuleType) return miss(f, s, sp, oparg, Op.LOAD_ATTR);
  const d = o.dict!;
  const ix = code.instrs[f.lasti + 4]!;
  const ek = d.ekeys;
  if (ix >= ek.length || ek[ix] !== code.names[oparg]) return miss(f, s, sp, oparg, Op.LOAD_ATTR);
  const v = d.evalues[ix]!;
  v.ob_refcnt++;
  s[sp - 1] = v;
  decref(o);
  return sp;
}

/** STORE_ATTR_INSTANCE_VALUE (and _WITH_HINT): replace the entry at the cached index, or add one. */
export function storeAttrInstanceValue(f: Frame, s: Stack, sp: number, oparg: number): number {
  const code = f.code;
  const o = s[sp - 1]!, v = s[sp - 2]!;
  const ix = cacheIndex(code.ocache![f.lasti + 1] as AttrCache, o.ob_type.tp_version);
  const name = code.names[oparg]!;
  if (ix < 0) {
    attrMiss(code, f.lasti, o, name);
    return SLOW[Op.STORE_ATTR]!(f, s, sp, oparg);
  }
  let d = o.dict;
  if (d !== null && ix < d.ekeys.length && d.ekeys[ix] === name) {
    const old = d.evalues[ix]!;
    d.evalues[ix] = v; // the stack's reference moves into the dict
    if (d.ob_gc >>> 3 === 0) maintainDictTracking(d, name, v);
    decref(old);
  } else {
    if (d === null) d = o.dict = newInstanceDict(o);
    dictSetItemStr(d, name, v);
    decref(v);
  }
  decref(o);
  return sp - 2;
}

/** STORE_ATTR_SLOT: a __slots__ value. */
export function storeAttrSlot(f: Frame, s: Stack, sp: number, oparg: number): number {
  const code = f.code;
  const o = s[sp - 1]!, v = s[sp - 2]!;
  const ix = cacheIndex(code.ocache![f.lasti + 1] as AttrCache, o.ob_type.tp_version);
  if (ix < 0) {
    attrMiss(code, f.lasti, o, code.names[oparg]!);
    return SLOW[Op.STORE_ATTR]!(f, s, sp, oparg);
  }
  const inst = o as PyInstance;
  let sl = inst.slots;
  if (sl === null) sl = inst.slots = new Array<PyObject | null>(o.ob_type.tp_nslots).fill(null);
  const old = sl[ix];
  sl[ix] = v;
  if (old !== null && old !== undefined) decref(old);
  decref(o);
  return sp - 2;
}

/**
 * LOAD_METHOD_WITH_VALUES / _WITH_DICT / _NO_DICT: the method found on the type, pushed with self
 * (no bound method); an instance dict must not shadow it.
 */
export function loadMethodCached(f: Frame, s: Stack, sp: number, oparg: number): number {
  const code = f.code;
  const o = s[sp - 1]!;
  const c = code.ocache![f.lasti + 1] as AttrCache;
  const tv = o.ob_type.tp_version;
  const m = tv === c.v0 ? c.d0 : tv === c.v1 ? c.d1 : tv === c.v2 ? c.d2 : tv === c.v3 ? c.d3 : null;
  if (m === null) {
    attrMiss(code, f.lasti, o, code.names[oparg]!);
    return SLOW[Op.LOAD_METHOD]!(f, s, sp, oparg);
  }
  const d = o.dict;
  if (d !== null && d.used !== 0 && (code.instrs[f.lasti]! & 255) !== Op.LOAD_METHOD_NO_DICT && dictHasStr(d, code.names[oparg]!)) {
    return miss(f, s, sp, oparg, Op.LOAD_METHOD);
  }
  m.ob_refcnt++;
  s[sp - 1] = m;
  s[sp] = o; // the owner's reference becomes self's
  return sp + 1;
}

/** LOAD_METHOD_MODULE: a module global at the cached index, as [NULL, value]. */
export function loadMethodModule(f: Frame, s: Stack, sp: number, oparg: number): number {
  const code = f.code;
  const o = s[sp - 1]!;
  if (o.ob_type !== ModuleType) return miss(f, s, sp, oparg, Op.LOAD_METHOD);
  const d = o.dict!;
  const ix = code.instrs[f.lasti + 4]!;
  const ek = d.ekeys;
  if (ix >= ek.length || ek[ix] !== code.names[oparg]) return miss(f, s, sp, oparg, Op.LOAD_METHOD);
  const v = d.evalues[ix]!;
  v.ob_refcnt++;
  s[sp - 1] = null;
  s[sp] = v;
  decref(o);
  return sp + 1;
}

/** LOAD_METHOD_CLASS: the class's own attribute, as [NULL, attr]. */
export function loadMethodClass(f: Frame, s: Stack, sp: number, oparg: number): number {
  const code = f.code;
  const o = s[sp - 1]!;
  if (o.ob_type !== TypeType || (o as PyType).tp_version !== read32(code.instrs, f.lasti + 2)) {
    return miss(f, s, sp, oparg, Op.LOAD_METHOD);
  }
  const m = code.ocache![f.lasti + 1] as PyObject;
  m.ob_refcnt++;
  s[sp - 1] = null;
  s[sp] = m;
  decref(o);
  return sp + 1;
}

// ---- subscripts and unpacking -------------------------------------------------------------------

/** BINARY_SUBSCR_LIST_INT / _TUPLE_INT: an item by int index. */
export function binarySubscrSeqInt(f: Frame, s: Stack, sp: number, oparg: number): number {
  const k = s[sp - 1]!, c = s[sp - 2]!;
  const want = (f.code.instrs[f.lasti]! & 255) === Op.BINARY_SUBSCR_LIST_INT ? ListType : TupleType;
  if (c.ob_type !== want || k.ob_type !== IntType) return miss(f, s, sp, oparg, Op.BINARY_SUBSCR);
  let i = (k as PyInt).value;
  const items = (c as PyList).items;
  if (typeof i !== "number") return miss(f, s, sp, oparg, Op.BINARY_SUBSCR);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) return miss(f, s, sp, oparg, Op.BINARY_SUBSCR);
  const v = items[i]!;
  v.ob_refcnt++;
  s[sp - 2] = v;
  decref(k);
  decref(c);
  return sp - 1;
}

/** BINARY_SUBSCR_DICT: d[k] of an exact dict (a missing key raises through the generic form). */
export function binarySubscrDict(f: Frame, s: Stack, sp: number, oparg: number): number {
  const k = s[sp - 1]!, c = s[sp - 2]!;
  if (c.ob_type !== DictType) return miss(f, s, sp, oparg, Op.BINARY_SUBSCR);
  const v = dictGetItem(c as PyDict, k);
  if (v === null) return SLOW[Op.BINARY_SUBSCR]!(f, s, sp, oparg);
  v.ob_refcnt++;
  s[sp - 2] = v;
  decref(c);
  decref(k);
  return sp - 1;
}

/** STORE_SUBSCR_LIST_INT: l[i] = v with 0 <= i < len(l). */
export function storeSubscrListInt(f: Frame, s: Stack, sp: number, oparg: number): number {
  const k = s[sp - 1]!, c = s[sp - 2]!;
  if (c.ob_type !== ListType || k.ob_type !== IntType) return miss(f, s, sp, oparg, Op.STORE_SUBSCR);
  const i = (k as PyInt).value;
  const items = (c as PyList).items;
  if (typeof i !== "number" || i < 0 || i >= items.length) return miss(f, s, sp, oparg, Op.STORE_SUBSCR);
  const old = items[i]!;
  items[i] = s[sp - 3]!; // the stack's reference moves into the list
  decref(old);
  decref(k);
  decref(c);
  return sp - 3;
}

/** STORE_SUBSCR_DICT: d[k] = v of an exact dict. */
export function storeSubscrDict(f: Frame, s: Stack, sp: number, oparg: number): number {
  const k = s[sp - 1]!, c = s[sp - 2]!, v = s[sp - 3]!;
  if (c.ob_type !== DictType) return miss(f, s, sp, oparg, Op.STORE_SUBSCR);
  dictSetItem(c as PyDict, k, v);
  decref(v);
  decref(k);
  decref(c);
  return sp - 3;
}

/** UNPACK_SEQUENCE_TWO_TUPLE / _TUPLE / _LIST: the items, last first. */
export function unpackSequenceExact(f: Frame, s: Stack, sp: number, oparg: number): number {
  const seq = s[sp - 1]!;
  const want = (f.code.instrs[f.lasti]! & 255) === Op.UNPACK_SEQUENCE_LIST ? ListType : TupleType;
  if (seq.ob_type !== want || (seq as PyTuple).items.length !== oparg) return miss(f, s, sp, oparg, Op.UNPACK_SEQUENCE);
  const items = (seq as PyTuple).items;
  let j = sp - 1;
  for (let i = oparg - 1; i >= 0; i--) {
    const x = items[i]!;
    x.ob_refcnt++;
    s[j++] = x;
  }
  decref(seq);
  return j;
}

/** BINARY_OP_ADD_UNICODE: str + str. */
export function binaryAddUnicode(f: Frame, s: Stack, sp: number, oparg: number): number {
  const b = s[sp - 1]!, a = s[sp - 2]!;
  if (a.ob_type !== StrType || b.ob_type !== StrType) return miss(f, s, sp, oparg, Op.BINARY_OP);
  const r = newStr((a as PyStr).value + (b as PyStr).value);
  decref(a);
  decref(b);
  s[sp - 2] = r;
  return sp - 1;
}
