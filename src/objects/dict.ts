/**
 * dict: CPython's compact, insertion-ordered hash table (Objects/dictobject.c).
 *
 * Layout: entries live in insertion order in three parallel arrays (ekeys, evalues, ehashes);
 * a deleted entry keeps its slot with key null until the next resize compacts the arrays.
 * `indices` is the open-addressing table (size a power of two, mask = size-1): -1 empty, -2
 * dummy (deleted), otherwise an entry index. Probing: i = hash & mask, then
 * i = (i*5 + perturb + 1) & mask with perturb >>>= 5 (on the low 32 bits of the hash; dict order
 * never depends on probing, only sets' does). Sizes follow CPython: minimum 8, usable = 2/3 of the
 * size, growth to the next power of two >= used*3.
 *
 * References: the dict owns one reference to each live key and value. Functions here follow the
 * usual rules (arguments borrowed, getters return BORROWED references, noted as such).
 * `version` changes on every mutation. A lookup whose __eq__ mutated the dict restarts when the
 * table was rebuilt or the compared entry's key removed (CPython's dk / startkey check).
 * `kv` is the keys version (CPython's dk_version): 0 when none is assigned, reset to 0 whenever a
 * key is added or removed; dictKeysVersion assigns a fresh one. Specialised LOAD_GLOBAL checks it.
 */
import { PyObject, PyType } from "./object.ts";
import { DictType, StrType } from "./types.ts";
import { PyStr } from "./str.ts";
import { hashOf, richCompareBool, strHash } from "./abstract.ts";
import { keyError, runtimeError } from "./errors.ts";
import { dealloc } from "../memory/refcount.ts";
import { maintainDictTracking } from "../memory/gc.ts";
import { bigHashLo } from "./hash.ts";

const MINSIZE = 8;

let globalVersion = 0;

export class PyDict extends PyObject {
  declare ekeys: (PyObject | null)[];
  declare evalues: (PyObject | null)[];
  declare ehashes: (number | bigint)[];
  declare used: number;
  declare indices: number[];
  declare mask: number;
  declare usable: number;
  declare version: number;
  declare kv: number;
  /**
   * Key filter for LOAD_METHOD's "not shadowed by the instance dict" guard (spec_ops.ts
   * dictHasStr): bit (hash & 63) set for each key's hash, valid while kbloomKv === kv != 0 (kv
   * is reset whenever a key is added or removed).
   */
  declare kbloomLo: number;
  declare kbloomHi: number;
  declare kbloomKv: number;
  constructor(type: PyType) {
    super(type);
    this.ekeys = [];
    this.evalues = [];
    this.ehashes = [];
    this.used = 0;
    this.indices = newIndices(MINSIZE);
    this.mask = MINSIZE - 1;
    this.usable = (MINSIZE * 2) / 3 | 0;
    this.version = ++globalVersion;
    this.kv = 0;
    this.kbloomLo = 0;
    this.kbloomHi = 0;
    this.kbloomKv = 0;
  }
}

/**
 * An index table of `size` empty (-1) slots: a plain array of small integers, which V8 allocates
 * inline in a few ns (an Int32Array costs an ArrayBuffer: ~300 ns, as much as the rest of a new
 * instance's dict).
 */
function newIndices(size: number): number[] {
  if (size === 8) return [-1, -1, -1, -1, -1, -1, -1, -1];
  const a: number[] = [];
  for (let i = 0; i < size; i++) a.push(-1);
  return a;
}

let nextKeysVersion = 1;
/** The keys version of `d` (assigned on demand; unchanged until a key is added or removed). */
export function dictKeysVersion(d: PyDict): number {
  if (d.kv === 0) d.kv = nextKeysVersion++;
  return d.kv;
}

export function newDict(): PyDict {
  return new PyDict(DictType);
}

/** Low 32 bits of a hash, as an int32. */
export function hashLo(h: number | bigint): number {
  return typeof h === "number" ? h | 0 : bigHashLo(h);
}

/**
 * Entry index of `key` (with hash `h`) or -1. May call __eq__ (which may raise, or mutate the
 * dict: then the lookup restarts, as CPython does).
 */
export function dictLookup(d: PyDict, key: PyObject, h: number | bigint): number {
  for (;;) {
    const indices = d.indices, mask = d.mask, ekeys = d.ekeys;
    let perturb = hashLo(h) >>> 0;
    let i = perturb & mask;
    for (;;) {
      const ix = indices[i]!;
      if (ix === -1) return -1;
      if (ix >= 0) {
        const k = ekeys[ix]!;
        if (k === key) return ix;
        if (d.ehashes[ix] === h) {
          if (k.ob_type === StrType && key.ob_type === StrType) {
            if ((k as PyStr).value === (key as PyStr).value) return ix;
          } else {
            k.ob_refcnt++;
            let eq: boolean;
            try {
              eq = richCompareBool(k, key, 2);
            } finally {
              if (--k.ob_refcnt === 0) dealloc(k);
            }
            // CPython restarts only when the table was rebuilt or this entry's key replaced
            // (an insert elsewhere or a value change keeps the probe valid)
            if (d.indices !== indices || d.ekeys !== ekeys || ekeys[ix] !== k) break;
            if (eq) return ix;
          }
        }
      }
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
}

/** Lookup with a str key: no __eq__ calls. */
function lookupStr(d: PyDict, key: PyStr, h: number | bigint): number {
  const indices = d.indices, mask = d.mask, ekeys = d.ekeys;
  let perturb = hashLo(h) >>> 0;
  let i = perturb & mask;
  for (;;) {
    const ix = indices[i]!;
    if (ix === -1) return -1;
    if (ix >= 0) {
      const k = ekeys[ix]!;
      if (k === key) return ix;
      if (d.ehashes[ix] === h) {
        if (k.ob_type === StrType) {
          if ((k as PyStr).value === key.value) return ix;
        } else {
          // a non-str key with the same hash: general path
          return dictLookup(d, key, h);
        }
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** BORROWED value for key, or null. May raise (unhashable key, __eq__). */
export function dictGetItem(d: PyDict, key: PyObject): PyObject | null {
  if (key.ob_type === StrType) {
    const ix = lookupStr(d, key as PyStr, strHash(key as PyStr));
    return ix < 0 ? null : d.evalues[ix]!;
  }
  const ix = dictLookup(d, key, hashOf(key));
  return ix < 0 ? null : d.evalues[ix]!;
}
/** BORROWED value for an exact-str key, or null. */
export function dictGetItemStr(d: PyDict, key: PyStr): PyObject | null {
  const ix = lookupStr(d, key, strHash(key));
  return ix < 0 ? null : d.evalues[ix]!;
}
export function dictGetItemHash(d: PyDict, key: PyObject, h: number | bigint): PyObject | null {
  const ix = dictLookup(d, key, h);
  return ix < 0 ? null : d.evalues[ix]!;
}

function findEmptySlot(d: PyDict, h: number | bigint): number {
  const indices = d.indices, mask = d.mask;
  let perturb = hashLo(h) >>> 0;
  let i = perturb & mask;
  while (indices[i]! >= 0) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/** Rebuild the table with room for at least `minUsed` entries, compacting deleted ones. */
function resize(d: PyDict, minUsed: number): void {
  let size = MINSIZE;
  while (size < minUsed * 1.5 && size < 0x40000000) size <<= 1;
  // CPython: log2 size for GROWTH_RATE = used*3 -> smallest power of 2 >= used*3
  const ek = d.ekeys, ev = d.evalues, eh = d.ehashes;
  const nk: (PyObject | null)[] = [], nv: (PyObject | null)[] = [], nh: (number | bigint)[] = [];
  for (let i = 0; i < ek.length; i++) {
    if (ek[i] !== null) {
      nk.push(ek[i]!);
      nv.push(ev[i]!);
      nh.push(eh[i]!);
    }
  }
  d.ekeys = nk;
  d.evalues = nv;
  d.ehashes = nh;
  d.indices = newIndices(size);
  d.mask = size - 1;
  d.usable = ((size * 2) / 3 | 0) - nk.length;
  for (let i = 0; i < nk.length; i++) d.indices[findEmptySlot(d, nh[i]!)] = i;
}

function growSize(used: number): number {
  // smallest power of two >= used*3, expressed as minUsed for resize()
  let size = MINSIZE;
  while (size < used * 3) size <<= 1;
  return size;
}

function insertNew(d: PyDict, key: PyObject, value: PyObject, h: number | bigint): void {
  if (d.usable <= 0) {
    const size = growSize(d.used);
    resizeTo(d, size);
  }
  key.ob_refcnt++;
  value.ob_refcnt++;
  const ix = d.ekeys.length;
  d.ekeys.push(key);
  d.evalues.push(value);
  d.ehashes.push(h);
  if (d.ob_gc >>> 3 === 0) maintainDictTracking(d, key, value);
  d.indices[findEmptySlot(d, h)] = ix;
  d.used++;
  d.usable--;
  d.version = ++globalVersion;
  d.kv = 0;
}

function resizeTo(d: PyDict, size: number): void {
  resize(d, (size / 1.5) | 0 || 1);
  if (d.indices.length < size) {
    // resize() picked a smaller table: force the exact CPython size
    const nk = d.ekeys.length;
    d.indices = newIndices(size);
    d.mask = size - 1;
    d.usable = ((size * 2) / 3 | 0) - nk;
    for (let i = 0; i < nk; i++) d.indices[findEmptySlot(d, d.ehashes[i]!)] = i;
  }
}

/** d[key] = value (both borrowed). May raise. */
export function dictSetItem(d: PyDict, key: PyObject, value: PyObject): void {
  const h = key.ob_type === StrType ? strHash(key as PyStr) : hashOf(key);
  dictSetItemHash(d, key, value, h);
}
export function dictSetItemHash(d: PyDict, key: PyObject, value: PyObject, h: number | bigint): void {
  const ix = key.ob_type === StrType ? lookupStr(d, key as PyStr, h) : dictLookup(d, key, h);
  if (ix >= 0) {
    const old = d.evalues[ix]!;
    value.ob_refcnt++;
    d.evalues[ix] = value;
    d.version = ++globalVersion;
    if (d.ob_gc >>> 3 === 0) maintainDictTracking(d, key, value);
    if (--old.ob_refcnt === 0) dealloc(old);
    return;
  }
  insertNew(d, key, value, h);
}
/**
 * dict.setdefault: the value for key (BORROWED), inserting dflt when absent. One hash (given)
 * and one lookup: __eq__ runs at most once per colliding entry, as CPython's setdefault.
 */
export function dictSetDefault(d: PyDict, key: PyObject, dflt: PyObject, h: number | bigint): PyObject {
  const ix = key.ob_type === StrType ? lookupStr(d, key as PyStr, h) : dictLookup(d, key, h);
  if (ix >= 0) return d.evalues[ix]!;
  insertNew(d, key, dflt, h);
  return dflt;
}
export function dictSetItemStr(d: PyDict, key: PyStr, value: PyObject): void {
  dictSetItemHash(d, key, value, strHash(key));
}

function deleteAt(d: PyDict, ix: number, h: number | bigint): void {
  // find the index slot that points at ix
  const indices = d.indices, mask = d.mask;
  let perturb = hashLo(h) >>> 0;
  let i = perturb & mask;
  while (indices[i] !== ix) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  indices[i] = -2;
  const k = d.ekeys[ix]!, v = d.evalues[ix]!;
  d.ekeys[ix] = null;
  d.evalues[ix] = null;
  d.used--;
  d.version = ++globalVersion;
  d.kv = 0;
  if (--k.ob_refcnt === 0) dealloc(k);
  if (--v.ob_refcnt === 0) dealloc(v);
}

/** del d[key]; returns false when the key is absent (no exception). */
export function dictDelItemIf(d: PyDict, key: PyObject): boolean {
  const h = key.ob_type === StrType ? strHash(key as PyStr) : hashOf(key);
  const ix = dictLookup(d, key, h);
  if (ix < 0) return false;
  deleteAt(d, ix, h);
  return true;
}
/** del d[key], KeyError when absent. */
export function dictDelItem(d: PyDict, key: PyObject): void {
  if (!dictDelItemIf(d, key)) throw keyError(key);
}
/** Remove and return (new ref) d[key], or null when absent. */
export function dictPop(d: PyDict, key: PyObject): PyObject | null {
  const h = key.ob_type === StrType ? strHash(key as PyStr) : hashOf(key);
  const ix = dictLookup(d, key, h);
  if (ix < 0) return null;
  const v = d.evalues[ix]!;
  v.ob_refcnt++;
  deleteAt(d, ix, h);
  return v;
}

export function dictClear(d: PyDict): void {
  const ek = d.ekeys, ev = d.evalues;
  d.ekeys = [];
  d.evalues = [];
  d.ehashes = [];
  d.used = 0;
  d.indices = newIndices(MINSIZE);
  d.mask = MINSIZE - 1;
  d.usable = (MINSIZE * 2) / 3 | 0;
  d.version = ++globalVersion;
  d.kv = 0;
  for (let i = 0; i < ek.length; i++) {
    const k = ek[i];
    if (k !== null && k !== undefined) {
      if (--k.ob_refcnt === 0) dealloc(k);
      const v = ev[i]!;
      if (--v.ob_refcnt === 0) dealloc(v);
    }
  }
}

/** Copy every item of `src` into `d` (override existing keys). */
export function dictMergeDict(d: PyDict, src: PyDict, override = true): void {
  const ek = src.ekeys;
  if (d.used === 0 && override && src.used > 0) {
    // presize like CPython's dict_merge into an empty dict
    resizeTo(d, growSize(src.used));
  }
  const n = ek.length;
  for (let i = 0; i < n; i++) {
    const k = ek[i];
    if (k === null || k === undefined) continue;
    if (!override && dictLookup(d, k, src.ehashes[i]!) >= 0) continue;
    dictSetItemHash(d, k, src.evalues[i]!, src.ehashes[i]!);
    // a key's __eq__ / __hash__ may have changed src
    if (src.ekeys !== ek || ek.length !== n) throw runtimeError("dict mutated during update");
  }
}

export function dictCopy(src: PyDict): PyDict {
  const d = newDict();
  dictMergeDict(d, src);
  return d;
}

/**
 * Iteration: `pos` walks entry indices; returns the next live entry index >= pos, or -1.
 * Callers read ekeys[ix]/evalues[ix] (borrowed).
 */
export function dictNext(d: PyDict, pos: number): number {
  const ek = d.ekeys;
  while (pos < ek.length) {
    if (ek[pos] !== null) return pos;
    pos++;
  }
  return -1;
}

/** Keys as a JS array (borrowed references). */
export function dictKeys(d: PyDict): PyObject[] {
  const out: PyObject[] = [];
  const ek = d.ekeys;
  for (let i = 0; i < ek.length; i++) if (ek[i] !== null) out.push(ek[i]!);
  return out;
}

export function dictDealloc(o: PyObject): void {
  const d = o as PyDict;
  const ek = d.ekeys, ev = d.evalues;
  d.ekeys = [];
  d.evalues = [];
  d.ehashes = [];
  d.used = 0;
  for (let i = 0; i < ek.length; i++) {
    const k = ek[i];
    if (k !== null && k !== undefined) {
      if (--k.ob_refcnt === 0) dealloc(k);
      const v = ev[i]!;
      if (--v.ob_refcnt === 0) dealloc(v);
    }
  }
  if (d.dict !== null) {
    const x = d.dict;
    d.dict = null;
    if (--x.ob_refcnt === 0) dealloc(x);
  }
}
DictType.tp_dealloc = dictDealloc;
