/**
 * set and frozenset: CPython's open-addressing table (Objects/setobject.c), reproduced exactly
 * (linear probes of 9, perturbation by the full 64-bit hash, resize rules, finger for pop) so
 * iteration order equals python3's.
 *
 * Layout: `keys[i]` is null (unused), DUMMY (deleted) or a key (owned reference); `hashes[i]`
 * its hash (canonical number|bigint). fill = active + dummy, used = active.
 */
import { PyObject, PyType, isSubtype } from "./object.ts";
import { SetType, FrozenSetType, SetIterType, None, NotImplemented, StrType, DictType } from "./types.ts";
import { PyStr, newStr } from "./str.ts";
import { hashOf, richCompareBool, getIter, iterNext, reprStr, strHash, lookupAttrStr, callMethod } from "./abstract.ts";
import { newTuple } from "./tuple.ts";
import { newList } from "./list.ts";
import { PyDict, dictLookup } from "./dict.ts";
import { typeError, keyError, runtimeError } from "./errors.ts";
import { dealloc } from "../memory/refcount.ts";
import { frozensetHash } from "./pyhash.ts";
import { bigHashLo, bigHashHi } from "./hash.ts";
import { True, False, newBool, newInt } from "./int.ts";
import { parseArgs, noKeywords, kwCount } from "./args.ts";
import { enterRecursiveCall, leaveRecursiveCall } from "../vm/state.ts";

const MINSIZE = 8;
const LINEAR_PROBES = 9;

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** The dummy key of deleted entries. */
const DUMMY = new PyObject(None.ob_type);

export class PySet extends PyObject {
  declare keys: (PyObject | null)[];
  declare hashes: (number | bigint)[];
  declare fill: number;
  declare used: number;
  declare mask: number;
  declare finger: number;
  declare hash: number | bigint;
  constructor(type: PyType) {
    super(type);
    this.keys = new Array(MINSIZE).fill(null);
    this.hashes = new Array(MINSIZE).fill(0);
    this.fill = 0;
    this.used = 0;
    this.mask = MINSIZE - 1;
    this.finger = 0;
    this.hash = -1;
  }
}

/**
 * The hash's 64-bit two's complement words, left in HASH_HI / HASH_LO as int32 (readers take
 * `>>> 0`): a module-level variable holding a uint32 above 2**31 would be a new heap number at
 * every store, an int32 is a small integer.
 */
let HASH_HI = 0, HASH_LO = 0;
function hiLo(h: number | bigint): void {
  if (typeof h === "number") {
    HASH_HI = Math.floor(h / 4294967296) | 0;
    HASH_LO = h | 0;
  } else {
    HASH_HI = bigHashHi(h) | 0;
    HASH_LO = bigHashLo(h);
  }
}

/**
 * fn on each active entry of a set's table as it is now, each key held during the call (an
 * __eq__ may change either set; a resize leaves these arrays as they were), as set_next loops do.
 */
function eachEntry(so: PySet, fn: (k: PyObject, h: number | bigint) => void): void {
  const keys = so.keys, hashes = so.hashes;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k === null || k === DUMMY) continue;
    k.ob_refcnt++;
    try {
      fn(k, hashes[i]!);
    } finally {
      decref(k);
    }
  }
}
/** fn on each item of an iterable (each a new reference, released after the call, even when it raises). */
function eachItem(iterable: PyObject, fn: (x: PyObject) => void): void {
  const it = getIter(iterable);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return;
      try {
        fn(x);
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

function keyHash(key: PyObject): number | bigint {
  return key.ob_type === StrType ? strHash(key as PyStr) : hashOf(key);
}

/** Index of key's entry, or of the unused slot ending its probe chain (keys[i] === null). */
function lookkey(so: PySet, key: PyObject, h: number | bigint): number {
  for (;;) {
    hiLo(h);
    let phi = HASH_HI >>> 0, plo = HASH_LO >>> 0;
    let mask = so.mask;
    let i = plo & mask;
    const keys = so.keys;
    restart: for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = so.keys[j];
        if (k === null) return j;
        if (k !== DUMMY && so.hashes[j] === h) {
          if (k === key) return j;
          if (k!.ob_type === StrType && key.ob_type === StrType) {
            if ((k as PyStr).value === (key as PyStr).value) return j;
          } else {
            k!.ob_refcnt++;
            let eq: boolean;
            try {
              eq = richCompareBool(k!, key, 2);
            } finally {
              decref(k!);
            }
            if (so.keys !== keys || so.keys[j] !== k) break restart;
            if (eq) return j;
            mask = so.mask;
          }
        }
        if (probes-- === 0) break;
        j++;
      }
      plo = ((plo >>> 5) | ((phi & 31) << 27)) >>> 0;
      phi = phi >>> 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

function insertClean(keys: (PyObject | null)[], hashes: (number | bigint)[], mask: number, key: PyObject, h: number | bigint): void {
  hiLo(h);
  let phi = HASH_HI >>> 0, plo = HASH_LO >>> 0;
  let i = plo & mask;
  for (;;) {
    if (keys[i] === null) break;
    let found = -1;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === null) {
          found = i + j;
          break;
        }
      }
    }
    if (found >= 0) {
      i = found;
      break;
    }
    plo = ((plo >>> 5) | ((phi & 31) << 27)) >>> 0;
    phi = phi >>> 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  keys[i] = key;
  hashes[i] = h;
}

function tableResize(so: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = so.keys, oldHashes = so.hashes;
  const keys: (PyObject | null)[] = new Array(newsize).fill(null);
  const hashes: (number | bigint)[] = new Array(newsize).fill(0);
  const mask = newsize - 1;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i]!;
    if (k !== null && k !== DUMMY) insertClean(keys, hashes, mask, k, oldHashes[i]!);
  }
  so.keys = keys;
  so.hashes = hashes;
  so.mask = mask;
  so.fill = so.used;
}

/** Add key (borrowed) with its hash: set_add_entry (a deleted slot on the probe path is reused). */
export function setAddHash(so: PySet, key: PyObject, h: number | bigint): void {
  restart: for (;;) {
    hiLo(h);
    let phi = HASH_HI >>> 0, plo = HASH_LO >>> 0;
    let mask = so.mask;
    let i = plo & mask;
    let freeslot = -1;
    const keys = so.keys;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = so.keys[j]!;
        if (k === null) {
          key.ob_refcnt++;
          if (freeslot >= 0) {
            so.keys[freeslot] = key;
            so.hashes[freeslot] = h;
            so.used++;
            return;
          }
          so.keys[j] = key;
          so.hashes[j] = h;
          so.fill++;
          so.used++;
          if (so.fill * 5 < mask * 3) return;
          tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
          return;
        }
        if (k === DUMMY) {
          // set_add_entry (3.11) keeps the last dummy slot on the probe path, not the first
          freeslot = j;
        } else if (so.hashes[j] === h) {
          if (k === key) return;
          if (k.ob_type === StrType && key.ob_type === StrType) {
            if ((k as PyStr).value === (key as PyStr).value) return;
          } else {
            k.ob_refcnt++;
            let eq: boolean;
            try {
              eq = richCompareBool(k, key, 2);
            } finally {
              decref(k);
            }
            if (so.keys !== keys || so.keys[j] !== k) continue restart;
            if (eq) return;
            mask = so.mask;
          }
        }
        if (probes-- === 0) break;
        j++;
      }
      plo = ((plo >>> 5) | ((phi & 31) << 27)) >>> 0;
      phi = phi >>> 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}
export function setAdd(so: PySet, key: PyObject): void {
  setAddHash(so, key, keyHash(key));
}
/**
 * keyHash(key) failed with `e`: an unhashable set key stands for the frozenset of its items (a new
 * reference; CPython's set_contains / set_discard_key drop the TypeError); anything else rethrows.
 */
function frozenKeyOrThrow(key: PyObject, e: unknown): PyObject {
  if (!(key instanceof PySet && key.ob_type !== FrozenSetType && isSubtype(key.ob_type, SetType))) throw e;
  decref(e as PyObject);
  return newFrozenSetFrom(setItems(key));
}
export function setContains(so: PySet, key: PyObject): boolean {
  let h: number | bigint;
  try {
    h = keyHash(key);
  } catch (e) {
    const f = frozenKeyOrThrow(key, e);
    try {
      return setContains(so, f);
    } finally {
      decref(f);
    }
  }
  return so.keys[lookkey(so, key, h)] !== null;
}
/** Remove key; false when absent. A set key is looked up as a frozenset (set_discard_key). */
export function setDiscard(so: PySet, key: PyObject): boolean {
  let h: number | bigint;
  try {
    h = keyHash(key);
  } catch (e) {
    const f = frozenKeyOrThrow(key, e);
    try {
      return setDiscard(so, f);
    } finally {
      decref(f);
    }
  }
  return setDiscardEntry(so, key, h);
}
/** set_discard_entry: remove the entry for key with a known hash (no __hash__ call). */
function setDiscardEntry(so: PySet, key: PyObject, h: number | bigint): boolean {
  const i = lookkey(so, key, h);
  const k = so.keys[i];
  if (k === null) return false;
  so.keys[i] = DUMMY;
  so.hashes[i] = -1;
  so.used--;
  decref(k!);
  return true;
}
/** Live keys in table order (borrowed). */
export function setItems(so: PySet): PyObject[] {
  const out: PyObject[] = [];
  const keys = so.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k !== null && k !== DUMMY) out.push(k);
  }
  return out;
}
/** (key, stored hash) pairs of a set, in table order (borrowed keys). */
export function setEntries(so: PySet): [PyObject, number | bigint][] {
  return setItemsWithHashes(so);
}
function setItemsWithHashes(so: PySet): [PyObject, number | bigint][] {
  const out: [PyObject, number | bigint][] = [];
  for (let i = 0; i < so.keys.length; i++) {
    const k = so.keys[i]!;
    if (k !== null && k !== DUMMY) out.push([k, so.hashes[i]!]);
  }
  return out;
}

function setClearInternal(so: PySet): void {
  const keys = so.keys;
  so.keys = new Array(MINSIZE).fill(null);
  so.hashes = new Array(MINSIZE).fill(0);
  so.fill = 0;
  so.used = 0;
  so.mask = MINSIZE - 1;
  for (const k of keys) if (k !== null && k !== DUMMY) decref(k);
}

/** set_merge: add every key of another set. */
function setMerge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) tableResize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i]!;
      if (k !== null) k.ob_refcnt++;
      so.keys[i] = k;
      so.hashes[i] = other.hashes[i]!;
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i]!;
      if (k !== null && k !== DUMMY) {
        k.ob_refcnt++;
        insertClean(so.keys, so.hashes, so.mask, k, other.hashes[i]!);
      }
    }
    return;
  }
  eachEntry(other, (k, h) => setAddHash(so, k, h));
}

/** set |= iterable (set_update_internal). */
export function setUpdate(so: PySet, iterable: PyObject): void {
  if (iterable instanceof PySet) {
    setMerge(so, iterable);
    return;
  }
  if (iterable.ob_type === DictType) {
    const d = iterable as PyDict;
    if ((so.fill + d.used) * 5 >= so.mask * 3) tableResize(so, (so.used + d.used) * 2);
    for (let i = 0; i < d.ekeys.length; i++) {
      const k = d.ekeys[i];
      if (k !== null && k !== undefined) setAddHash(so, k, d.ehashes[i]!);
    }
    return;
  }
  eachItem(iterable, (x) => setAdd(so, x));
}

export function newSet(type: PyType = SetType): PySet {
  return new PySet(type);
}
/** A frozenset of the borrowed items, added in order. */
export function newFrozenSetFrom(items: PyObject[]): PySet {
  const s = new PySet(FrozenSetType);
  for (const x of items) setAdd(s, x);
  return s;
}
export function newSetFrom(items: PyObject[], type: PyType = SetType): PySet {
  const s = new PySet(type);
  for (const x of items) setAdd(s, x);
  return s;
}
function copyOf(so: PySet, type: PyType): PySet {
  const s = new PySet(type);
  setMerge(s, so);
  return s;
}

function setDealloc(o: PyObject): void {
  const so = o as PySet;
  const keys = so.keys;
  so.keys = [];
  for (const k of keys) if (k !== null && k !== DUMMY) decref(k);
  if (so.dict !== null) {
    const d = so.dict;
    so.dict = null;
    decref(d);
  }
}

// ---- iteration ----------------------------------------------------------------------------------

export class PySetIter extends PyObject {
  declare set: PySet | null;
  declare pos: number;
  declare used: number;
  declare len: number;
  constructor(s: PySet) {
    super(SetIterType);
    this.set = s;
    this.pos = 0;
    this.used = s.used;
    this.len = s.used;
  }
}
function setIter(o: PyObject): PyObject {
  o.ob_refcnt++;
  return new PySetIter(o as PySet);
}
SetIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
SetIterType.tp_iternext = (o) => {
  const it = o as PySetIter;
  const so = it.set;
  if (so === null) return null;
  if (it.used !== so.used) {
    it.used = -1;
    throw runtimeError("Set changed size during iteration");
  }
  const keys = so.keys;
  let i = it.pos;
  while (i < keys.length && (keys[i] === null || keys[i] === DUMMY)) i++;
  it.pos = i + 1;
  if (i >= keys.length) {
    it.set = null;
    decref(so);
    return null;
  }
  it.len--;
  const k = keys[i]!;
  k.ob_refcnt++;
  return k;
};
SetIterType.tp_dealloc = (o) => {
  const it = o as PySetIter;
  if (it.set !== null) decref(it.set);
};
SetIterType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => newInt((o as PySetIter).set !== null ? (o as PySetIter).len : 0) },
  // setiter_reduce: (iter, (list of what a copy of the iterator would still produce,))
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    const it = o as PySetIter;
    const rest: PyObject[] = [];
    if (it.set !== null) {
      const copy = setIter(it.set) as PySetIter;
      copy.pos = it.pos;
      copy.used = it.used;
      copy.len = it.len;
      try {
        for (let v = SetIterType.tp_iternext!(copy); v !== null; v = SetIterType.tp_iternext!(copy)) rest.push(v);
      } catch (e) {
        for (const v of rest) decref(v);
        throw e;
      } finally {
        decref(copy);
      }
    }
    return newTuple([builtinAttr("iter"), newTuple([newList(rest)])]);
  } },
];
import { builtinAttr } from "./object_reduce.ts";

// ---- the types ----------------------------------------------------------------------------------

function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

function setRepr(o: PyObject): PyObject {
  const so = o as PySet;
  const t = so.ob_type;
  const isFrozen = isSubtype(t, FrozenSetType);
  const name = t.tp_name;
  if (so.used === 0) return newStr(`${name}()`);
  if (reprEnter(o)) return newStr(`${name}(...)`);
  let ok = true;
  try {
    const parts = setItems(so).map(reprStr);
    const body = `{${parts.join(", ")}}`;
    if (t === SetType) return newStr(body);
    return newStr(`${name}(${body})`);
  } finally {
    reprLeave(o);
  }
  void isFrozen;
}
import { reprEnter, reprLeave } from "./reprguard.ts";

function setLen(o: PyObject): number {
  return (o as PySet).used;
}
function setSqContains(o: PyObject, k: PyObject): boolean {
  return setContains(o as PySet, k);
}

function frozensetHashFn(o: PyObject): number | bigint {
  const so = o as PySet;
  if (so.hash !== -1) return so.hash;
  const hs: (number | bigint)[] = [];
  for (let i = 0; i < so.keys.length; i++) {
    const k = so.keys[i];
    if (k !== null && k !== DUMMY) hs.push(so.hashes[i]!);
  }
  so.hash = frozensetHash(hs);
  return so.hash;
}

/** set_issubset: looks a's entries up in b with their stored hashes (no __hash__ calls). */
function isSubsetOf(a: PySet, b: PySet): boolean {
  if (a.used > b.used) return false;
  for (const [k, h] of setItemsWithHashes(a)) if (b.keys[lookkey(b, k, h)] === null) return false;
  return true;
}
function setRichcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!isAnySet(w)) return NotImplemented;
  const a = v as PySet;
  switch (op) {
    case 2:
      if (a.used !== w.used) return False;
      if (a.hash !== -1 && w.hash !== -1 && a.hash !== w.hash) return False;
      return newBool(isSubsetOf(a, w));
    case 3:
      if (a.used !== w.used) return True;
      if (a.hash !== -1 && w.hash !== -1 && a.hash !== w.hash) return True;
      return newBool(!isSubsetOf(a, w));
    case 1: return newBool(isSubsetOf(a, w));
    case 5: return newBool(isSubsetOf(w, a));
    case 0: return newBool(a.used < w.used && isSubsetOf(a, w));
    case 4: return newBool(a.used > w.used && isSubsetOf(w, a));
  }
  return NotImplemented;
}

function resultType(o: PySet): PyType {
  return isSubtype(o.ob_type, FrozenSetType) ? FrozenSetType : SetType;
}
function setOr(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
  const r = copyOf(a, resultType(a));
  setMerge(r, b);
  return r;
}
function setAnd(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
  return intersection(a, b, resultType(a));
}
function intersection(a: PySet, other: PyObject, type: PyType): PySet {
  const r = new PySet(type);
  if (other instanceof PySet) {
    // set_intersection walks `other` unless it is the larger (equal sizes: other)
    const [x, y] = other.used > a.used ? [a, other] : [other, a];
    eachEntry(x, (k, h) => {
      if (y.keys[lookkey(y, k, h)] !== null) setAddHash(r, k, h);
    });
    return r;
  }
  eachItem(other, (k) => {
    const h = keyHash(k);
    if (a.keys[lookkey(a, k, h)] !== null) setAddHash(r, k, h);
  });
  return r;
}
function setSub(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
  return difference(a, b, resultType(a));
}
function difference(a: PySet, other: PyObject, type: PyType): PySet {
  if (other instanceof PySet && !((a.used >> 2) > other.used)) {
    // set_difference: keep a's entries that other lacks (looked up with their stored hashes)
    const r = new PySet(type);
    for (const [k, h] of setItemsWithHashes(a)) if (other.keys[lookkey(other, k, h)] === null) setAddHash(r, k, h);
    return r;
  }
  if (other.ob_type === DictType && !((a.used >> 2) > (other as PyDict).used)) {
    // the same against an exact dict, with the set's stored hashes (no __hash__ calls)
    const r = new PySet(type);
    for (const [k, h] of setItemsWithHashes(a)) if (dictLookup(other as PyDict, k, h) < 0) setAddHash(r, k, h);
    return r;
  }
  const r = copyOf(a, type);
  if (other instanceof PySet) {
    for (const [k, h] of setItemsWithHashes(other)) setDiscardEntry(r, k, h);
    return r;
  }
  eachItem(other, (k) => setDiscard(r, k));
  return r;
}
function setXor(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
  // set_symmetric_difference: a copy of the other set, updated with a's entries
  const r = copyOf(b as PySet, resultType(a));
  symDiffUpdate(r, a);
  return r;
}
function symDiffUpdate(so: PySet, other: PyObject): void {
  const o = other instanceof PySet ? other : newSetFromIterable(other);
  for (const [k, h] of setItemsWithHashes(o)) {
    if (!setDiscardEntry(so, k, h)) setAddHash(so, k, h);
  }
  if (o !== other) decref(o);
}
function newSetFromIterable(it: PyObject, type: PyType = SetType): PySet {
  const s = new PySet(type);
  setUpdate(s, it);
  return s;
}
function inplaceOr(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(b)) return NotImplemented;
  setMerge(a as PySet, b);
  a.ob_refcnt++;
  return a;
}
function inplaceAnd(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(b)) return NotImplemented;
  const r = intersection(a as PySet, b, SetType);
  swapContents(a as PySet, r);
  decref(r);
  a.ob_refcnt++;
  return a;
}
/**
 * set_difference_update_internal: discard other's keys from so. A set more than 8 times larger
 * is first narrowed to its intersection with so (CPython's optimisation, which decides the order
 * of the discards and so the dummy slots left).
 */
function differenceUpdate(so: PySet, other: PyObject): void {
  if (other === so) {
    setClearInternal(so);
    return;
  }
  if (other instanceof PySet) {
    const o = (other.used >> 3) > so.used ? intersection(so, other, resultType(so)) : other;
    try {
      eachEntry(o, (k, h) => setDiscardEntry(so, k, h));
    } finally {
      if (o !== other) decref(o);
    }
  } else eachItem(other, (k) => setDiscard(so, k));
  // more than a quarter of the table dummies: resized away
  if (so.fill - so.used > so.mask >> 2) tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}
function inplaceSub(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(b)) return NotImplemented;
  differenceUpdate(a as PySet, b);
  a.ob_refcnt++;
  return a;
}
function inplaceXor(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(b)) return NotImplemented;
  if (a === b) setClearInternal(a as PySet);
  else symDiffUpdate(a as PySet, b);
  a.ob_refcnt++;
  return a;
}
function swapContents(a: PySet, b: PySet): void {
  [a.keys, b.keys] = [b.keys, a.keys];
  [a.hashes, b.hashes] = [b.hashes, a.hashes];
  [a.fill, b.fill] = [b.fill, a.fill];
  [a.used, b.used] = [b.used, a.used];
  [a.mask, b.mask] = [b.mask, a.mask];
}

function setNew(type: PyType, args: PyObject[], kw: PyObject | null): PyObject {
  if (type === SetType) noKeywords("set", kw);
  return new PySet(type);
}
// set.__new__ takes keywords for a subclass (its __init__ may use them); set.__init__ never does
function setInit(self: PyObject, args: PyObject[], kw: PyObject | null): void {
  noKeywords("set", kw);
  if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
  const so = self as PySet;
  if (so.fill !== 0) setClearInternal(so);
  if (args.length === 1) setUpdate(so, args[0]!);
}
// frozenset.__new__ refuses keywords unless a subclass's own __init__ takes them (then ignored)
function frozensetNew(type: PyType, args: PyObject[], kw: PyObject | null): PyObject {
  if (type === FrozenSetType || type.tp_init === FrozenSetType.tp_init) noKeywords("frozenset", kw);
  const npos = args.length - kwCount(kw);
  if (npos > 1) throw typeError(`frozenset expected at most 1 argument, got ${npos}`);
  if (npos === 1 && type === FrozenSetType && args[0]!.ob_type === FrozenSetType) {
    args[0]!.ob_refcnt++;
    return args[0]!;
  }
  const s = new PySet(type);
  if (npos === 1) setUpdate(s, args[0]!);
  return s;
}

function m(name: string, flags: number, fn: Function) {
  return { name, flags, fn };
}
const setPop = (o: PyObject): PyObject => {
  const so = o as PySet;
  if (so.used === 0) throw keyErrorMsg("pop from an empty set");
  let i = so.finger & so.mask;
  while (so.keys[i] === null || so.keys[i] === DUMMY) {
    i++;
    if (i > so.mask) i = 0;
  }
  const k = so.keys[i]!;
  so.keys[i] = DUMMY;
  so.hashes[i] = -1;
  so.used--;
  so.finger = i + 1;
  return k;
};
import { newException } from "./errors.ts";
import { KeyErrorType } from "./exceptions.ts";
function keyErrorMsg(msg: string) {
  return newException(KeyErrorType, msg);
}

function multi(self: PyObject, args: PyObject[], f: (acc: PySet, o: PyObject) => PySet): PyObject {
  let acc = copyOf(self as PySet, resultType(self as PySet));
  for (const o of args) {
    const n = f(acc, o);
    if (n !== acc) {
      decref(acc);
      acc = n;
    }
  }
  return acc;
}
const commonMethods = [
  m("copy", 1, (o: PyObject) => {
    if (o.ob_type === FrozenSetType) {
      o.ob_refcnt++;
      return o;
    }
    return copyOf(o as PySet, resultType(o as PySet));
  }),
  m("union", 3, (o: PyObject, args: PyObject[]) => multi(o, args, (acc, x) => {
    setUpdate(acc, x);
    return acc;
  })),
  m("intersection", 3, (o: PyObject, args: PyObject[]) => {
    // set_intersection_multi: this set itself, then each result, intersected with the next
    const so = o as PySet;
    if (args.length === 0) return copyOf(so, resultType(so));
    let acc = so;
    for (const x of args) {
      let n: PySet;
      try {
        n = intersection(acc, x, resultType(so));
      } finally {
        if (acc !== so) decref(acc);
      }
      acc = n;
    }
    return acc;
  }),
  m("difference", 3, (o: PyObject, args: PyObject[]) => {
    // set_difference_multi: set_difference with the first, then the others discarded in place
    const so = o as PySet;
    if (args.length === 0) return copyOf(so, resultType(so));
    const r = difference(so, args[0]!, resultType(so));
    try {
      for (let i = 1; i < args.length; i++) differenceUpdate(r, args[i]!);
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  }),
  m("symmetric_difference", 2, (o: PyObject, x: PyObject) => {
    // set_symmetric_difference: a new set of the argument, updated with this set's entries
    const r = newSetFromIterable(x, resultType(o as PySet));
    try {
      symDiffUpdate(r, o);
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  }),
  m("issubset", 2, (o: PyObject, x: PyObject) => {
    const other = x instanceof PySet ? x : newSetFromIterable(x);
    const r = isSubsetOf(o as PySet, other);
    if (other !== x) decref(other);
    return newBool(r);
  }),
  m("issuperset", 2, (o: PyObject, x: PyObject) => {
    const other = x instanceof PySet ? x : newSetFromIterable(x);
    const r = isSubsetOf(other, o as PySet);
    if (other !== x) decref(other);
    return newBool(r);
  }),
  m("isdisjoint", 2, (o: PyObject, x: PyObject) => {
    const so = o as PySet;
    if (x === o) return newBool(so.used === 0);
    if (x instanceof PySet) {
      // the smaller set's entries, looked up in the other with their stored hashes
      let [small, big] = x.used > so.used ? [so, x] : [x, so];
      for (const [k, h] of setItemsWithHashes(small)) if (big.keys[lookkey(big, k, h)] !== null) return False;
      return True;
    }
    const it = getIter(x);
    try {
      for (;;) {
        const k = iterNext(it);
        if (k === null) return True;
        try {
          if (setContains(so, k)) return False;
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
  }),
  m("__reduce__", 1, (o: PyObject) => {
    // set_reduce: (type(self), (list(self),), self.__getstate__()) -- the instance dict, and
    // (dict, slots) for subclasses with __slots__
    const items = setItems(o as PySet);
    const state = callMethod(o, "__getstate__", []);
    for (const x of items) x.ob_refcnt++;
    o.ob_type.ob_refcnt++;
    return newTuple([o.ob_type, newTuple([newList(items)]), state]);
  }),
  m("__sizeof__", 1, (o: PyObject) => newInt(200 + ((o as PySet).mask + 1 > 8 ? ((o as PySet).mask + 1) * 16 : 0))),
];
SetType.tp_methods = [
  m("add", 2, (o: PyObject, k: PyObject) => {
    setAdd(o as PySet, k);
    return None;
  }),
  m("discard", 2, (o: PyObject, k: PyObject) => {
    setDiscard(o as PySet, k);
    return None;
  }),
  m("remove", 2, (o: PyObject, k: PyObject) => {
    if (!setDiscard(o as PySet, k)) throw keyError(k);
    return None;
  }),
  m("pop", 1, setPop),
  m("clear", 1, (o: PyObject) => {
    setClearInternal(o as PySet);
    return None;
  }),
  m("update", 3, (o: PyObject, args: PyObject[]) => {
    for (const x of args) setUpdate(o as PySet, x);
    return None;
  }),
  m("intersection_update", 3, (o: PyObject, args: PyObject[]) => {
    for (const x of args) {
      const r = intersection(o as PySet, x, SetType);
      swapContents(o as PySet, r);
      decref(r);
    }
    return None;
  }),
  m("difference_update", 3, (o: PyObject, args: PyObject[]) => {
    for (const x of args) differenceUpdate(o as PySet, x);
    return None;
  }),
  m("symmetric_difference_update", 2, (o: PyObject, x: PyObject) => {
    if (x === o) setClearInternal(o as PySet);
    else symDiffUpdate(o as PySet, x);
    return None;
  }),
  ...commonMethods,
];
FrozenSetType.tp_methods = commonMethods;

for (const t of [SetType, FrozenSetType]) {
  t.tp_repr = setRepr;
  t.sq_length = setLen;
  t.sq_contains = setSqContains;
  t.tp_iter = setIter;
  t.tp_richcompare = setRichcompare;
  t.tp_dealloc = setDealloc;
  t.nb_binary[7] = setOr;
  t.nb_binary[1] = setAnd;
  t.nb_binary[10] = setSub;
  t.nb_binary[12] = setXor;
}
SetType.nb_inplace[7] = inplaceOr;
SetType.nb_inplace[1] = inplaceAnd;
SetType.nb_inplace[10] = inplaceSub;
SetType.nb_inplace[12] = inplaceXor;
SetType.tp_new = setNew;
SetType.tp_init = setInit;
SetType.tp_hash = hashNotImplemented;
import { hashNotImplemented } from "./slots.ts";
FrozenSetType.tp_new = frozensetNew;
FrozenSetType.tp_hash = frozensetHashFn;
export { enterRecursiveCall, leaveRecursiveCall, parseArgs };
