/** The dict type: slots, methods, views and iterators (Objects/dictobject.c). */
import { PyObject, PyType, isSubtype } from "./object.ts";
import {
  DictType, NotImplemented, None, DictKeysType, DictValuesType, DictItemsType, DictKeyIterType,
  DictValueIterType, DictItemIterType, DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType, SetType,
} from "./types.ts";
import {
  PyDict, newDict, dictGetItem, dictSetDefault, dictSetItem, dictSetItemHash, dictDelItem, dictPop, dictClear, dictCopy, dictMergeDict, dictNext,
  dictLookup, dictDelItemIf,
} from "./dict.ts";
import { newStr, intern } from "./str.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { newList } from "./list.ts";
import { newInt, True, False, newBool } from "./int.ts";
import { reprStr, richCompareBool, getIter, iterNext, iterableToArray, lookupAttr, call, getItem, hashOf, lookupSpecial } from "./abstract.ts";
import { typeError, keyError, runtimeError, valueError, newException } from "./errors.ts";
import { KeyErrorType } from "./exceptions.ts";
import { reprEnter, reprLeave } from "./reprguard.ts";
import { dealloc } from "../memory/refcount.ts";
import { hashNotImplemented } from "./slots.ts";
import { PySet, newSetFrom, setItems } from "./set.ts";
import { parseArgs } from "./args.ts";
import { setDictSubscript } from "./abstract.ts";

function dec(x: PyObject): void {
  if (--x.ob_refcnt === 0) dealloc(x);
}

DictType.tp_repr = (o) => {
  const d = o as PyDict;
  if (d.used === 0) return newStr("{}");
  if (reprEnter(o)) return newStr("{...}");
  try {
    const parts: string[] = [];
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
      const k = d.ekeys[i]!, v = d.evalues[i]!;
      k.ob_refcnt++;
      v.ob_refcnt++;
      try {
        parts.push(reprStr(k) + ": " + reprStr(v));
      } finally {
        dec(k);
        dec(v);
      }
    }
    return newStr("{" + parts.join(", ") + "}");
  } finally {
    reprLeave(o);
  }
};
DictType.tp_hash = hashNotImplemented;
DictType.mp_length = (o) => (o as PyDict).used;
const MISSING = intern("__missing__");
function dictSubscript(o: PyObject, key: PyObject): PyObject {
  const v = dictGetItem(o as PyDict, key);
  if (v !== null) {
    v.ob_refcnt++;
    return v;
  }
  if (o.ob_type !== DictType) {
    const m = lookupSpecial(o, MISSING);
    if (m !== null) {
      try {
        return call(m, [key]);
      } finally {
        dec(m);
      }
    }
  }
  throw keyError(key);
}
DictType.mp_subscript = dictSubscript;
setDictSubscript(dictSubscript);
DictType.mp_ass_subscript = (o, k, v) => {
  if (v === null) dictDelItem(o as PyDict, k);
  else dictSetItem(o as PyDict, k, v);
};
DictType.sq_contains = (o, k) => dictGetItem(o as PyDict, k) !== null;
DictType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyDict) || (op !== 2 && op !== 3)) return NotImplemented;
  const eq = dictEqual(a as PyDict, b);
  return newBool(eq === (op === 2));
};
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (let i = dictNext(a, 0); i >= 0; i = dictNext(a, i + 1)) {
    const k = a.ekeys[i]!, v = a.evalues[i]!;
    k.ob_refcnt++;
    v.ob_refcnt++;
    try {
      const w = dictGetItem(b, k);
      if (w === null) return false;
      w.ob_refcnt++;
      try {
        if (!(v === w || richCompareBool(v, w, 2))) return false;
      } finally {
        dec(w);
      }
    } finally {
      dec(k);
      dec(v);
    }
  }
  return true;
}
DictType.tp_new = (type) => new PyDict(type);
DictType.tp_init = (self, args, kw) => {
  const nkw = kw === null ? 0 : (kw as PyTuple).items.length;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`dict expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateFrom(self as PyDict, args[0]!, "dict");
  for (let i = 0; i < nkw; i++) dictSetItem(self as PyDict, (kw as PyTuple).items[i]!, args[npos + i]!);
};

/** dict.update(other) semantics: a mapping (has keys()) or an iterable of pairs. */
export function dictUpdateFrom(d: PyDict, other: PyObject, fname: string): void {
  // the entry-copying fast path only when iteration is dict's own (dict_merge's check)
  if (other instanceof PyDict && other.ob_type.tp_iter === DictType.tp_iter) {
    dictMergeDict(d, other);
    return;
  }
  const keys = lookupAttr(other, intern("keys"));
  if (keys !== null) {
    const ks = call(keys, []);
    dec(keys);
    const arr = iterableToArray(ks);
    dec(ks);
    for (const k of arr) {
      const v = getItem(other, k);
      dictSetItem(d, k, v);
      dec(v);
      dec(k);
    }
    return;
  }
  if (other.ob_type.tp_iter === null && other.ob_type.sq_item === null) {
    throw typeError(`'${other.ob_type.tp_name}' object is not iterable`);
  }
  const it = getIter(other);
  try {
    for (let n = 0; ; n++) {
      const item = iterNext(it);
      if (item === null) break;
      try {
        if (item.ob_type.tp_iter === null && item.ob_type.sq_item === null) {
          throw typeError(`cannot convert dictionary update sequence element #${n} to a sequence`);
        }
        const pair = iterableToArray(item);
        if (pair.length !== 2) {
          for (const x of pair) dec(x);
          throw valueError(`dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
        }
        dictSetItem(d, pair[0]!, pair[1]!);
        dec(pair[0]!);
        dec(pair[1]!);
      } finally {
        dec(item);
      }
    }
  } finally {
    dec(it);
  }
}

// ---- iterators ------------------------------------------------------------------------------

const KEYS = 0, VALUES = 1, ITEMS = 2;
class PyDictIter extends PyObject {
  declare d: PyDict | null;
  declare pos: number;
  declare used: number;
  declare kind: number;
  declare rev: boolean;
  declare len: number;
  constructor(type: PyType, d: PyDict, kind: number, rev: boolean) {
    super(type);
    this.d = d;
    this.pos = rev ? d.ekeys.length - 1 : 0;
    this.used = d.used;
    this.kind = kind;
    this.rev = rev;
    this.len = d.used;
  }
}
function newDictIter(d: PyDict, kind: number, rev: boolean): PyObject {
  d.ob_refcnt++;
  const t = rev ? [DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType][kind]! : [DictKeyIterType, DictValueIterType, DictItemIterType][kind]!;
  return new PyDictIter(t, d, kind, rev);
}
function dictIterNext(o: PyObject): PyObject | null {
  const it = o as PyDictIter;
  const d = it.d;
  if (d === null) return null;
  if (it.used !== d.used) {
    it.used = -1;
    throw runtimeError("dictionary changed size during iteration");
  }
  let i = it.pos;
  const ek = d.ekeys;
  if (it.rev) {
    while (i >= 0 && ek[i] === null) i--;
    if (i < 0) {
      it.d = null;
      dec(d);
      return null;
    }
    it.pos = i - 1;
  } else {
    while (i < ek.length && ek[i] === null) i++;
    if (i >= ek.length) {
      it.d = null;
      dec(d);
      return null;
    }
    // an entry beyond the number the dict had: keys were deleted and added (same size)
    if (it.len <= 0) {
      it.d = null;
      dec(d);
      throw runtimeError("dictionary keys changed during iteration");
    }
    it.pos = i + 1;
  }
  it.len--;
  const k = ek[i]!, v = d.evalues[i]!;
  k.ob_refcnt++;
  if (it.kind === KEYS) return k;
  v.ob_refcnt++;
  if (it.kind === VALUES) {
    dec(k);
    return v;
  }
  return newTuple([k, v]);
}
for (const t of [DictKeyIterType, DictValueIterType, DictItemIterType, DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType]) {
  t.tp_iter = (o) => {
    o.ob_refcnt++;
    return o;
  };
  t.tp_iternext = dictIterNext;
  t.tp_dealloc = (o) => {
    const d = (o as PyDictIter).d;
    if (d !== null) dec(d);
  };
  t.tp_methods = [
    { name: "__length_hint__", flags: 1, fn: (o: PyObject) => newInt((o as PyDictIter).d === null ? 0 : Math.max(0, (o as PyDictIter).len)) },
    { name: "__reduce__", flags: 1, fn: dictIterReduce },
  ];
}
/** dictiter_reduce: (iter, (list of what a copy of the iterator would still produce,)). */
function dictIterReduce(o: PyObject): PyObject {
  const it = o as PyDictIter;
  const rest: PyObject[] = [];
  if (it.d !== null) {
    const copy = newDictIter(it.d, it.kind, it.rev) as PyDictIter;
    copy.pos = it.pos;
    copy.used = it.used;
    copy.len = it.len;
    try {
      for (let v = dictIterNext(copy); v !== null; v = dictIterNext(copy)) rest.push(v);
    } catch (e) {
      for (const v of rest) dec(v);
      throw e;
    } finally {
      dec(copy);
    }
  }
  return newTuple([builtinAttr("iter"), newTuple([newList(rest)])]);
}
import { builtinAttr } from "./object_reduce.ts";
DictType.tp_iter = (o) => newDictIter(o as PyDict, KEYS, false);

// ---- views ----------------------------------------------------------------------------------

class PyDictView extends PyObject {
  declare d: PyDict;
  constructor(type: PyType, d: PyDict) {
    super(type);
    this.d = d;
  }
}
function newView(type: PyType, d: PyDict): PyObject {
  d.ob_refcnt++;
  return new PyDictView(type, d);
}
const viewKinds: [PyType, number, string][] = [[DictKeysType, KEYS, "dict_keys"], [DictValuesType, VALUES, "dict_values"], [DictItemsType, ITEMS, "dict_items"]];
for (const [t, kind, name] of viewKinds) {
  t.tp_iter = (o) => newDictIter((o as PyDictView).d, kind, false);
  t.sq_length = (o) => (o as PyDictView).d.used;
  t.tp_dealloc = (o) => dec((o as PyDictView).d);
  t.tp_repr = (o) => {
    if (reprEnter(o)) return newStr("...");
    try {
      const items = iterableToArray(o);
      const r = `${name}([${items.map(reprStr).join(", ")}])`;
      for (const x of items) dec(x);
      return newStr(r);
    } finally {
      reprLeave(o);
    }
  };
  t.tp_methods = [
    { name: "__reversed__", flags: 1, fn: (o: PyObject) => newDictIter((o as PyDictView).d, kind, true) },
  ];
  t.tp_getset = [{ name: "mapping", get: (o) => newMappingProxy((o as PyDictView).d), set: null }];
}
import { newMappingProxy } from "./mappingproxy.ts";
DictKeysType.sq_contains = (o, k) => dictGetItem((o as PyDictView).d, k) !== null;
DictItemsType.sq_contains = (o, item) => {
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const v = dictGetItem((o as PyDictView).d, item.items[0]!);
  if (v === null) return false;
  return v === item.items[1] || richCompareBool(v, item.items[1]!, 2);
};
function viewAsSet(o: PyObject): PySet {
  const items = iterableToArray(o);
  const s = newSetFrom(items);
  for (const x of items) dec(x);
  return s;
}
/** dictviews_to_set: PySet_New(x), a keys view reading its dict (stored hashes). */
function toSet(x: PyObject): PySet {
  const s = newSet();
  setUpdate(s, x.ob_type === DictKeysType ? (x as PyDictView).d : x);
  return s;
}
function callSetMethod(s: PySet, name: string, arg: PyObject): void {
  dec(callMethodDT(s, name, [arg]));
}
/** _PyDictView_Intersect. */
/** Is every item of `self` in `other` (PySequence_Contains)? */
function allContainedIn(self: PyObject, other: PyObject): boolean {
  const it = getIterDT(self);
  try {
    for (;;) {
      const x = iterNextDT(it);
      if (x === null) return true;
      let found: boolean;
      try {
        found = containsDT(other, x);
      } finally {
        dec(x);
      }
      if (!found) return false;
    }
  } finally {
    dec(it);
  }
}
function viewIntersect(self: PyObject, other: PyObject): PyObject {
  if (self.ob_type !== DictKeysType && self.ob_type !== DictItemsType) [self, other] = [other, self];
  const lenSelf = length(self);
  if (other.ob_type === SetType && lenSelf <= length(other)) return callMethodDT(other, "intersection", [self]);
  if ((other.ob_type === DictKeysType || other.ob_type === DictItemsType) && length(other) > lenSelf) [self, other] = [other, self];
  const it = getIterDT(other);
  const result = newSet();
  try {
    for (;;) {
      const k = iterNextDT(it);
      if (k === null) break;
      try {
        if (self.ob_type.sq_contains!(self, k)) setAdd(result, k);
      } finally {
        dec(k);
      }
    }
  } catch (e) {
    dec(result);
    throw e;
  } finally {
    dec(it);
  }
  return result;
}
for (const t of [DictKeysType, DictItemsType]) {
  const op = (f: number) => (a: PyObject, b: PyObject): PyObject => {
    if (f === 1) return viewIntersect(a, b);
    // dictviews_sub / _or / _xor: set(first operand), then the in-place method with the second
    const r = toSet(a);
    try {
      callSetMethod(r, f === 10 ? "difference_update" : f === 7 ? "update" : "symmetric_difference_update", b);
    } catch (e) {
      dec(r);
      throw e;
    }
    return r;
  };
  t.nb_binary[1] = op(1);
  t.nb_binary[7] = op(7);
  t.nb_binary[10] = op(10);
  t.nb_binary[12] = op(12);
  // dictview_richcompare: sizes first, then containment item by item (`in` on the other
  // side: an items view compares values with ==, so errors of __eq__ propagate)
  t.tp_richcompare = (a, b, cmp) => {
    if (!(b instanceof PySet) && b.ob_type !== DictKeysType && b.ob_type !== DictItemsType) return NotImplemented;
    const la = length(a), lb = length(b);
    let ok = false;
    switch (cmp) {
      case 2: case 3: ok = la === lb && allContainedIn(a, b); if (cmp === 3) ok = !ok; break;
      case 0: ok = la < lb && allContainedIn(a, b); break;
      case 1: ok = la <= lb && allContainedIn(a, b); break;
      case 4: ok = la > lb && allContainedIn(b, a); break;
      case 5: ok = la >= lb && allContainedIn(b, a); break;
    }
    return ok ? True : False;
  };
  t.tp_methods = [
    ...t.tp_methods,
    { name: "isdisjoint", flags: 2, fn: (a: PyObject, b: PyObject) => {
      const items = iterableToArray(b);
      try {
        for (const x of items) if (t.sq_contains!(a, x)) return False;
        return True;
      } finally {
        for (const x of items) dec(x);
      }
    } },
  ];
}

// ---- methods --------------------------------------------------------------------------------

DictType.tp_methods = [
  { name: "keys", flags: 1, fn: (o: PyObject) => newView(DictKeysType, o as PyDict) },
  { name: "values", flags: 1, fn: (o: PyObject) => newView(DictValuesType, o as PyDict) },
  { name: "items", flags: 1, fn: (o: PyObject) => newView(DictItemsType, o as PyDict) },
  { name: "get", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length < 1 || args.length > 2) throw typeError(`get expected ${args.length < 1 ? "at least 1" : "at most 2"} argument${args.length < 1 ? "" : "s"}, got ${args.length}`);
    const v = dictGetItem(o as PyDict, args[0]!) ?? args[1] ?? None;
    v.ob_refcnt++;
    return v;
  } },
  { name: "setdefault", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length < 1 || args.length > 2) throw typeError(`setdefault expected at least 1 argument, got ${args.length}`);
    // the key is hashed once (CPython's setdefault is atomic on the hash)
    const v = dictSetDefault(o as PyDict, args[0]!, args[1] ?? None, hashOf(args[0]!));
    v.ob_refcnt++;
    return v;
  } },
  { name: "pop", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length < 1 || args.length > 2) throw typeError(`pop expected at least 1 argument, got ${args.length}`);
    const v = dictPop(o as PyDict, args[0]!);
    if (v !== null) return v;
    if (args.length > 1) {
      args[1]!.ob_refcnt++;
      return args[1]!;
    }
    throw keyError(args[0]!);
  } },
  { name: "popitem", flags: 1, fn: (o: PyObject) => {
    const d = o as PyDict;
    if (d.used === 0) throw newException(KeyErrorType, "popitem(): dictionary is empty");
    let i = d.ekeys.length - 1;
    while (d.ekeys[i] === null) i--;
    const k = d.ekeys[i]!;
    k.ob_refcnt++;
    const v = dictPop(d, k)!;
    return newTuple([k, v]);
  } },
  { name: "update", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const nkw = kw === null ? 0 : (kw as PyTuple).items.length;
    const npos = args.length - nkw;
    if (npos > 1) throw typeError(`update expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictUpdateFrom(o as PyDict, args[0]!, "update");
    for (let i = 0; i < nkw; i++) dictSetItem(o as PyDict, (kw as PyTuple).items[i]!, args[npos + i]!);
    return None;
  } },
  { name: "clear", flags: 1, fn: (o: PyObject) => {
    dictClear(o as PyDict);
    return None;
  } },
  { name: "copy", flags: 1, fn: (o: PyObject) => dictCopy(o as PyDict) },
  { name: "fromkeys", flags: 3 | 8, fn: (type: PyObject, args: PyObject[]) => {
    if (args.length < 1 || args.length > 2) throw typeError(`fromkeys expected at least 1 argument, got ${args.length}`);
    const d = call(type, []);
    const value = args[1] ?? None;
    const src = args[0]!;
    // an exact dict or set source into an exact dict: the stored hashes are reused
    if (d instanceof PyDict && d.ob_type === DictType && (src.ob_type === DictType || src.ob_type === SetTypeDT || src.ob_type === FrozenSetTypeDT)) {
      if (src instanceof PyDict) {
        for (let i = dictNext(src, 0); i >= 0; i = dictNext(src, i + 1)) dictSetItemHash(d, src.ekeys[i]!, value, src.ehashes[i]!);
      } else {
        for (const [k, h] of setEntries(src as PySetDT)) dictSetItemHash(d, k, value, h);
      }
      return d;
    }
    const keys = iterableToArray(src);
    try {
      for (const k of keys) {
        if (d instanceof PyDict && d.ob_type === DictType) dictSetItem(d, k, value);
        else {
          const f = d.ob_type.mp_ass_subscript;
          if (f === null) throw typeError(`'${d.ob_type.tp_name}' object does not support item assignment`);
          f(d, k, value);
        }
      }
    } finally {
      for (const k of keys) dec(k);
    }
    return d;
  } },
  { name: "__reversed__", flags: 1, fn: (o: PyObject) => newDictIter(o as PyDict, KEYS, true) },
  { name: "__getitem__", flags: 2, fn: (o: PyObject, k: PyObject) => dictSubscript(o, k) },
  { name: "__contains__", flags: 2, fn: (o: PyObject, k: PyObject) => newBool(dictGetItem(o as PyDict, k) !== null) },
  { name: "__sizeof__", flags: 1, fn: (o: PyObject) => newInt(48 + (o as PyDict).indices.length * 8) },
  { name: "__class_getitem__", flags: 2 | 8, fn: (t: PyObject, a: PyObject) => genericAlias(t, a) },
];
import { genericAlias } from "./genericalias.ts";
DictType.nb_binary[7] = (a, b) => {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const r = a.ob_type === DictType ? dictCopy(a) : (call(a.ob_type, [a]) as PyDict);
  dictMergeDict(r, b);
  return r;
};
DictType.nb_inplace[7] = (a, b) => {
  dictUpdateFrom(a as PyDict, b, "update");
  a.ob_refcnt++;
  return a;
};
export { dictLookup, dictDelItemIf, hashOf, isSubtype, parseArgs, newList, setItems, newDict };

import { SetType as SetTypeDT, FrozenSetType as FrozenSetTypeDT } from "./types.ts";
import { PySet as PySetDT, setEntries } from "./set.ts";

import { setUpdate, setAdd, newSet } from "./set.ts";
import { callMethod as callMethodDT, getIter as getIterDT, iterNext as iterNextDT, length, contains as containsDT } from "./abstract.ts";
