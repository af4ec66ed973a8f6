/**
 * The cyclic garbage collector: CPython 3.11's algorithm (Modules/gcmodule.c), on tspy's objects.
 *
 * Bookkeeping (cheap on the hot path, no Map lookups):
 *   - A tracked object has a SLOT: an index into typed arrays holding the intrusive doubly linked
 *     lists of CPython's PyGC_Head (gnext/gprev), gc_refs (grefs) and the collection state bits
 *     (gstate: COLLECTING, UNREACHABLE). `objs[slot]` is the object. The object's `ob_gc` word is
 *     `slot << 3 | flags` (flags: FINALIZED, WEAKREFS, INLINE; see object.ts), so slot 0 means
 *     untracked. Freed slots are reused through a stack.
 *   - Slots 1..15 are list heads (sentinels): the three generations, the permanent generation
 *     (gc.freeze) and the temporary lists of a collection.
 *   - `count0` is CPython's generations[0].count: allocations minus deallocations of GC objects
 *     (tracked or not). An allocation that takes it over threshold0 starts a collection
 *     (_PyObject_GC_Link) before the new object exists, so it never takes part.
 *
 * Per-type hooks: tp_traverse(o, visit) visits exactly the references `o` owns (those its
 * tp_dealloc releases); tp_clear(o) drops them (breaks the cycle). A type's `tp_mem` says
 * whether its instances are GC objects and whether they are tracked from allocation
 * (src/memory/traverse.ts sets them for the builtin types; classes get GC | TRACK).
 *
 * This module imports nothing at run time (object.ts imports it); what the collector needs from
 * the object layer (tuple/dict untracking, weakrefs, finalizers, error reports, gc.garbage,
 * DEBUG output) comes through `gcEnv`, installed at start-up by traverse.ts.
 */
import type { PyObject, PyType } from "../objects/object.ts";
import { memAlloc, memFree, freelistAlloc, freelistFree, clearFreeLists, blockClass } from "./alloc.ts";

/** Bits of PyObject.ob_gc below the slot. */
export const enum GCBit {
  FINALIZED = 1,
  WEAKREFS = 2,
  /** An instance dict that 3.11 would keep as inline values (not materialised as an object). */
  INLINE = 4,
  MASK = 7,
  SHIFT = 3,
}
/** PyType.tp_mem bits. */
export const enum Mem {
  /** Instances are GC objects (PyObject_IS_GC): counted in generation 0's count. */
  GC = 1,
  /** Instances are tracked as soon as they are allocated. */
  TRACK = 2,
  /** Instances are GC objects when they are heap types (the metatype `type`). */
  GC_IF_HEAP = 4,
  /** Instances keep their dict pointer in a pre-header (3.11 Py_TPFLAGS_MANAGED_DICT). */
  MANAGED_DICT = 8,
  /** Bits 4..6: the type free list key (alloc.ts): 1 list, 2 dict, 3 float. */
  FREELIST_SHIFT = 4,
  /** Instances may hold a simulated address (deallocation frees it). */
  ADDRESSED = 128,
  /** A class: its instances hold a counted reference to it (released after their dealloc). */
  HEAP = 2048,
  /** Bits 12..: allocation size of a fixed-size instance in 16-byte units (0: sized lazily). */
  UNITS_SHIFT = 12,
}

/** _PyType_PreHeaderSize: the GC header and the managed dict pointers in front of the object. */
export function preHeaderSize(t: PyType): number {
  const m = t.tp_mem;
  return ((m & (Mem.GC | Mem.GC_IF_HEAP)) !== 0 ? 16 : 0) + ((m & Mem.MANAGED_DICT) !== 0 ? 16 : 0);
}
/** gc.DEBUG_* */
export const enum GCDebug {
  STATS = 1,
  COLLECTABLE = 2,
  UNCOLLECTABLE = 4,
  SAVEALL = 32,
}

const enum St {
  COLLECTING = 1,
  UNREACHABLE = 2,
}

// ---- list heads ---------------------------------------------------------------------------------
const GEN0 = 1; // GEN0 + g for generation g
const PERM = 4;
const UNREACH = 5;
const FINAL = 6;
const WRCB = 7;
const SEEN = 8;
const FINALIZERS = 9;
const FIRST_SLOT = 16;

let cap = 1 << 14;
let objs: (PyObject | null)[] = new Array<PyObject | null>(cap).fill(null);
let gnext = new Int32Array(cap);
let gprev = new Int32Array(cap);
let grefs = new Int32Array(cap);
let gstate = new Uint8Array(cap);
let freeSlots = new Int32Array(cap);
let nFree = 0;
let hiwater = FIRST_SLOT;
for (let h = 1; h < FIRST_SLOT; h++) {
  gnext[h] = h;
  gprev[h] = h;
}

function grow(): void {
  const n = cap * 2;
  const nx = new Int32Array(n); nx.set(gnext); gnext = nx;
  const pv = new Int32Array(n); pv.set(gprev); gprev = pv;
  const rf = new Int32Array(n); rf.set(grefs); grefs = rf;
  const st = new Uint8Array(n); st.set(gstate); gstate = st;
  const fr = new Int32Array(n); fr.set(freeSlots); freeSlots = fr;
  for (let i = cap; i < n; i++) objs.push(null);
  cap = n;
}

function listInit(h: number): void {
  gnext[h] = h;
  gprev[h] = h;
}
function listAppend(s: number, h: number): void {
  const p = gprev[h]!;
  gnext[p] = s;
  gprev[s] = p;
  gnext[s] = h;
  gprev[h] = s;
}
function listRemove(s: number): void {
  const n = gnext[s]!, p = gprev[s]!;
  gnext[p] = n;
  gprev[n] = p;
}
function listMove(s: number, h: number): void {
  listRemove(s);
  listAppend(s, h);
}
/** Append list `from` onto `to`; `from` becomes empty. */
function listMerge(from: number, to: number): void {
  if (gnext[from] !== from) {
    const tail = gprev[to]!, first = gnext[from]!, last = gprev[from]!;
    gnext[tail] = first;
    gprev[first] = tail;
    gnext[last] = to;
    gprev[to] = last;
  }
  listInit(from);
}
function listSize(h: number): number {
  let n = 0;
  for (let s = gnext[h]!; s !== h; s = gnext[s]!) n++;
  return n;
}
function listEmpty(h: number): boolean {
  return gnext[h] === h;
}

// ---- state -------------------------------------------------------------------------------------

let count0 = 0;
let count1 = 0;
let count2 = 0;
let thr0 = 700;
let thr1 = 10;
let thr2 = 10;
let enabled = true;
let collecting = false;
let longLivedPending = 0;
let longLivedTotal = 0;
let debugFlags = 0;
/** Per generation: collections, collected, uncollectable (gc.get_stats()). */
export const genStats: { collections: number; collected: number; uncollectable: number }[] = [
  { collections: 0, collected: 0, uncollectable: 0 },
  { collections: 0, collected: 0, uncollectable: 0 },
  { collections: 0, collected: 0, uncollectable: 0 },
];

/** What the collector needs from the object layer (installed by traverse.ts at start-up). */
export interface GCEnv {
  /** _PyTuple_MaybeUntrack / _PyDict_MaybeUntrack for exact tuples and dicts (else no-op). */
  maybeUntrackTuple(o: PyObject): void;
  maybeUntrackDict(o: PyObject): void;
  /** PyObject_ClearWeakRefs: `o` is being deallocated (callbacks run, newest first). */
  clearWeakrefsOnDealloc(o: PyObject): void;
  /** Is `o` a weakref object (ref / proxy / subclass)? */
  isWeakref(o: PyObject): boolean;
  /** _PyWeakref_ClearRef: the weakref no longer refers to anything (its callback is kept). */
  clearRef(wr: PyObject): void;
  /** The weakrefs to `o` (a copy, head first). */
  weakrefsOf(o: PyObject): PyObject[];
  /** The weakref's callback (borrowed) or null. */
  callbackOf(wr: PyObject): PyObject | null;
  /** Call callback(wr); an exception is reported as unraisable ("Exception ignored in: <cb>"). */
  callCallback(cb: PyObject, wr: PyObject): void;
  /** Call the type's tp_finalize; report an exception as __del__ does. */
  finalize(o: PyObject): void;
  /** Run tp_clear; report an exception ("Exception ignored in tp_clear of ..."). */
  clear(o: PyObject): void;
  /** Append to gc.garbage (DEBUG_SAVEALL). */
  saveGarbage(o: PyObject): void;
  /** Write to sys.stderr (DEBUG_* output). */
  writeStderr(s: string): void;
  /** "<typename 0xADDR>" for DEBUG_COLLECTABLE lines. */
  describe(o: PyObject): string;
  /** Run gc.callbacks with phase "start" / "stop". */
  callbacks(phase: "start" | "stop", generation: number, collected: number, uncollectable: number): void;
  /** Release a reference (DECREF: may deallocate); `zero`: the count already reached 0. */
  decref(o: PyObject, zero?: boolean): void;
  /** Seconds, for DEBUG_STATS timing. */
  now(): number;
}
let env: GCEnv | null = null;
export function setGCEnv(e: GCEnv): void {
  env = e;
}

// ---- tracking (hot) ----------------------------------------------------------------------------

/**
 * The allocator model runs from the first time an address is asked for (id(), a pointer hash,
 * tracemalloc...): until then nothing observes addresses, and programs that never ask pay
 * nothing for it. Objects made earlier get their block when first asked (id.ts).
 */
let addressesOn = false;
/** -X tspy_memory=off (measurement only): types get tp_mem 0, classes too (see runtime.ts). */
export let memoryModelOff = false;
export function setMemoryModelOff(): void {
  memoryModelOff = true;
  enabled = false;
}
export function activateAddresses(): void {
  addressesOn = true;
}

/** Told of every object created (add) and deallocated (delete): reference accounting (stats.ts), tracemalloc. */
export interface ObjectRegistry {
  add(o: PyObject): unknown;
  delete(o: PyObject): unknown;
}
/** The registry while reference accounting or tracemalloc is on, else null. */
let registry: ObjectRegistry | null = null;
export function setObjectRegistry(r: ObjectRegistry | null): void {
  registry = r;
}
export function getObjectRegistry(): ObjectRegistry | null {
  return registry;
}

/** PyObject constructor: the new object's block (fixed-size types, once addresses are on). */
export function memAddr(m: number): number {
  if (!addressesOn || m < 1 << Mem.UNITS_SHIFT) return 0;
  const fl = (m >> Mem.FREELIST_SHIFT) & 7;
  const bytes = (m >>> Mem.UNITS_SHIFT) << 4;
  return fl === 0 ? memAlloc(bytes) : freelistAlloc(fl, bytes);
}
/**
 * PyObject constructor hook for types with tp_mem != 0 (after memAddr): the reference to a class,
 * a GC allocation (which may start a collection, before the new object is tracked) and
 * tracking. Returns the object's ob_gc word.
 */
export function memNew(o: PyObject, t: PyType, m: number): number {
  if (registry !== null) registry.add(o);
  if ((m & Mem.HEAP) !== 0) t.ob_refcnt++;
  if ((m & Mem.GC) === 0) return 0;
  if (++count0 > thr0 && enabled && thr0 !== 0 && !collecting && env !== null) autoCollect();
  if ((m & Mem.TRACK) === 0) return 0;
  if (nurseryLen === NURSERY_FLUSH) flushNursery();
  const i = nurseryLen++;
  nursery[i] = o;
  return (NURSERY + i) << GCBit.SHIFT;
}
/**
 * The nursery: objects tracked since the last flush, in tracking order; the object's ob_gc slot is
 * NURSERY + its index. Storing a young object into a young array avoids V8's old-to-new write
 * barrier that storing it into the long-lived slot arrays costs (most containers die young);
 * untracking (death) empties the entry, so a dead object is not kept alive; flushNursery gives
 * the survivors their slots, appended to generation 0 in the same order, before anything walks
 * the lists.
 */
const NURSERY = 1 << 26;
const NURSERY_FLUSH = 2048;
let nursery: (PyObject | undefined)[] = new Array(NURSERY_FLUSH);
let nurseryLen = 0;
function flushNursery(): void {
  const n = nursery, len = nurseryLen;
  if (len === 0) return;
  nursery = new Array(NURSERY_FLUSH);
  nurseryLen = 0;
  for (let i = 0; i < len; i++) {
    const o = n[i];
    if (o === undefined) continue;
    const g = o.ob_gc;
    let s: number;
    if (nFree !== 0) s = freeSlots[--nFree]!;
    else {
      if (hiwater === cap) grow();
      s = hiwater++;
    }
    objs[s] = o;
    gstate[s] = 0;
    listAppend(s, GEN0);
    o.ob_gc = (s << GCBit.SHIFT) | (g & GCBit.MASK);
  }
}

/** _PyObject_GC_TRACK: link `o` at the end of generation 0 (no-op when tracked). */
export function gcTrack(o: PyObject): void {
  const g = o.ob_gc;
  if (g >>> GCBit.SHIFT !== 0) return;
  if (nurseryLen === NURSERY_FLUSH) flushNursery();
  const i = nurseryLen++;
  nursery[i] = o;
  o.ob_gc = ((NURSERY + i) << GCBit.SHIFT) | (g & GCBit.MASK);
}

/** _PyObject_GC_UNTRACK (no-op when untracked). */
export function gcUntrack(o: PyObject): void {
  const g = o.ob_gc;
  const s = g >>> GCBit.SHIFT;
  if (s === 0) return;
  if (s >= NURSERY) {
    nursery[s - NURSERY] = undefined;
    o.ob_gc = g & GCBit.MASK;
    return;
  }
  listRemove(s);
  objs[s] = null;
  gstate[s] = 0;
  freeSlots[nFree++] = s;
  o.ob_gc = g & GCBit.MASK;
}

/** Move a tracked object to the end of generation 0 (subtype_dealloc re-tracks before __del__). */
export function gcRetrack(o: PyObject): void {
  // an object still in the nursery is among the newest already
  const s = o.ob_gc >>> GCBit.SHIFT;
  if (s !== 0 && s < NURSERY) listMove(s, GEN0);
}

/**
 * Before tp_dealloc (called when ob_gc != 0): untrack, clear the weakrefs (callbacks run).
 * Returns false for objects that are never freed (type objects: tspy keeps classes alive).
 */
export function memDeallocStart(o: PyObject, g: number, m: number): boolean {
  // a static type is never freed (its count is immortal anyway)
  if ((m & Mem.GC_IF_HEAP) !== 0 && ((o as PyType).tp_flags & (1 << 9)) === 0) return false;
  const s = g >>> GCBit.SHIFT;
  if (s !== 0) {
    if (s >= NURSERY) nursery[s - NURSERY] = undefined;
    else {
      listRemove(s);
      objs[s] = null;
      gstate[s] = 0;
      freeSlots[nFree++] = s;
    }
    o.ob_gc = g & GCBit.MASK;
  }
  if ((g & GCBit.WEAKREFS) !== 0 && env !== null) env.clearWeakrefsOnDealloc(o);
  return true;
}
/** After tp_dealloc (types with tp_mem != 0 or objects with an address): count, free. */
export function memDeallocEnd(o: PyObject, t: PyType, m: number): void {
  if ((m & Mem.GC_IF_HEAP) !== 0) {
    // a class: a GC object when it is a heap type
    if (((o as PyType).tp_flags & (1 << 9)) === 0) return;
    if (count0 > 0) count0--;
  } else if ((m & Mem.GC) !== 0 && count0 > 0) count0--;
  if (registry !== null) registry.delete(o);
  const a = o.ob_addr;
  // no address before the allocator model starts (the first id() or pointer hash)
  if (a !== 0) {
    o.ob_addr = 0;
    const fl = (m >> Mem.FREELIST_SHIFT) & 7;
    if (fl !== 0) freelistFree(fl, a);
    else if (t === tupleType) {
      // the per-length tuple free lists, keyed by the block's size class (the items are gone)
      const c = blockClass(a);
      if (c >= 0 && c <= 12) freelistFree(100 + c, a);
      else memFree(a);
    } else memFree(a);
  }
  // subtype_dealloc: the instance's reference to its class goes last
  if ((m & Mem.HEAP) !== 0 && --t.ob_refcnt === 0 && env !== null) env.decref(t, true);
}

export function gcIsTracked(o: PyObject): boolean {
  return o.ob_gc >>> GCBit.SHIFT !== 0;
}

/** A GC object was freed (PyObject_GC_Del): generation 0's count goes down. */
export function gcFreed(): void {
  if (count0 > 0) count0--;
}
/** Undo the count of an allocation that CPython does not make (e.g. inline instance values). */
export function gcUncount(): void {
  if (count0 > 0) count0--;
}

let tupleType: PyType | null = null;
let typeNewHook: (t: PyType) => void = () => {};
/** Start-up (traverse.ts): the tuple type, the class-creation hook. */
export function setGCTypeHooks(tuple: PyType, typeNew: (t: PyType) => void): void {
  tupleType = tuple;
  typeNewHook = typeNew;
}
/** type_new calls this once a class is made: its tp_mem, traverse, clear, weakref support. */
export function memTypeNew(t: PyType): void {
  typeNewHook(t);
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object that is not an untracked tuple. */
export function mayBeTracked(o: PyObject): boolean {
  const t = o.ob_type;
  const m = t.tp_mem;
  if ((m & Mem.GC) === 0) {
    return (m & Mem.GC_IF_HEAP) !== 0 && ((o as PyType).tp_flags & (1 << 9)) !== 0;
  }
  return t !== tupleType || o.ob_gc >>> GCBit.SHIFT !== 0;
}

/**
 * MAINTAIN_TRACKING (dictobject.c): a key/value pair was stored into `d`; an untracked dict
 * becomes tracked when either may be tracked. Callers test `(d.ob_gc >>> 3) === 0` first.
 */
export function maintainDictTracking(d: PyObject, key: PyObject, value: PyObject): void {
  if ((d.ob_gc & (GCBit.INLINE)) !== 0 || tupleType === null) return;
  if (mayBeTracked(key) || mayBeTracked(value)) gcTrack(d);
}

/**
 * An instance dict made for a plain class instance: 3.11 keeps such attributes as inline values
 * (no dict object, not counted or tracked by the collector) until __dict__ is asked for.
 */
export function markInlineDict(d: PyObject): void {
  if (tupleType === null) return;
  d.ob_gc |= GCBit.INLINE;
  gcUntrack(d);
  if (count0 > 0) count0--;
}
/** The instance dict is exposed as an object (obj.__dict__, vars()): materialise it. */
export function materializeDict(d: PyObject): void {
  if ((d.ob_gc & GCBit.INLINE) === 0) return;
  d.ob_gc &= ~GCBit.INLINE;
  const dd = d as unknown as { ekeys: (PyObject | null)[]; evalues: (PyObject | null)[] };
  const ek = dd.ekeys;
  for (let i = 0; i < ek.length; i++) {
    const k = ek[i];
    if (k === null || k === undefined) continue;
    if (mayBeTracked(k) || mayBeTracked(dd.evalues[i]!)) {
      gcTrack(d);
      return;
    }
  }
}

// ---- the collection ----------------------------------------------------------------------------

function visitDecref(o: PyObject): void {
  const s = o.ob_gc >>> GCBit.SHIFT;
  if (s !== 0 && s < NURSERY && (gstate[s]! & St.COLLECTING) !== 0) grefs[s]--;
}

let reachableHead = 0;
function visitReachable(o: PyObject): void {
  const s = o.ob_gc >>> GCBit.SHIFT;
  if (s === 0 || s >= NURSERY) return;
  const st = gstate[s]!;
  if ((st & St.COLLECTING) === 0) return;
  if ((st & St.UNREACHABLE) !== 0) {
    // tentatively unreachable, but reachable after all: back to the end of young
    listMove(s, reachableHead);
    gstate[s] = St.COLLECTING;
    grefs[s] = 1;
  } else if (grefs[s] === 0) {
    grefs[s] = 1;
  }
}

function traverse(o: PyObject, visit: (o: PyObject) => void): void {
  const f = o.ob_type.tp_traverse;
  if (f !== null) f(o, visit);
}

/** update_refs + subtract_refs + move_unreachable (deduce_unreachable). */
function deduceUnreachable(base: number, unreachable: number): void {
  for (let s = gnext[base]!; s !== base; s = gnext[s]!) {
    grefs[s] = objs[s]!.ob_refcnt;
    gstate[s] = St.COLLECTING;
  }
  for (let s = gnext[base]!; s !== base; s = gnext[s]!) traverse(objs[s]!, visitDecref);
  // move_unreachable
  const saved = reachableHead;
  reachableHead = base;
  let s = gnext[base]!;
  while (s !== base) {
    if (grefs[s] !== 0) {
      // reachable from outside (a negative count would be a refcount bug: keep it alive)
      traverse(objs[s]!, visitReachable);
      gstate[s] = 0;
      s = gnext[s]!;
    } else {
      const nx = gnext[s]!;
      listMove(s, unreachable);
      gstate[s] = St.COLLECTING | St.UNREACHABLE;
      s = nx;
    }
  }
  reachableHead = saved;
}

function untrackTuplesAndDicts(young: number, dicts: boolean): void {
  const e = env!;
  let s = gnext[young]!;
  while (s !== young) {
    const nx = gnext[s]!;
    const o = objs[s]!;
    e.maybeUntrackTuple(o);
    if (dicts) e.maybeUntrackDict(o);
    s = nx;
  }
}

function handleWeakrefs(unreachable: number, old: number): number {
  const e = env!;
  listInit(WRCB);
  for (let s = gnext[unreachable]!; s !== unreachable; s = gnext[s]!) {
    const o = objs[s]!;
    if (e.isWeakref(o)) e.clearRef(o);
    if ((o.ob_gc & GCBit.WEAKREFS) === 0) continue;
    for (const wr of e.weakrefsOf(o)) {
      e.clearRef(wr);
      if (e.callbackOf(wr) === null) continue;
      if (wr.ob_gc >>> GCBit.SHIFT >= NURSERY) flushNursery();
      const ws = wr.ob_gc >>> GCBit.SHIFT;
      // a weakref that is trash itself: its callback is not called
      if (ws === 0 || (gstate[ws]! & St.COLLECTING) !== 0) continue;
      wr.ob_refcnt++;
      listMove(ws, WRCB);
    }
  }
  let freed = 0;
  while (!listEmpty(WRCB)) {
    const s = gnext[WRCB]!;
    const wr = objs[s]!;
    const cb = e.callbackOf(wr);
    if (cb !== null) e.callCallback(cb, wr);
    e.decref(wr);
    if (gnext[WRCB] === s) listMove(s, old);
    else freed++;
  }
  return freed;
}

function finalizeGarbage(collectable: number): void {
  const e = env!;
  listInit(SEEN);
  while (!listEmpty(collectable)) {
    const s = gnext[collectable]!;
    const o = objs[s]!;
    listMove(s, SEEN);
    if ((o.ob_gc & GCBit.FINALIZED) === 0 && o.ob_type.tp_finalize !== null) {
      o.ob_gc |= GCBit.FINALIZED;
      o.ob_refcnt++;
      e.finalize(o);
      e.decref(o);
    }
  }
  listMerge(SEEN, collectable);
}

function handleResurrected(unreachable: number, still: number, old: number): void {
  for (let s = gnext[unreachable]!; s !== unreachable; s = gnext[s]!) gstate[s] = 0;
  deduceUnreachable(unreachable, still);
  // what is left in `unreachable` was resurrected by a finalizer
  listMerge(unreachable, old);
}

function deleteGarbage(collectable: number, old: number): void {
  const e = env!;
  while (!listEmpty(collectable)) {
    const s = gnext[collectable]!;
    const o = objs[s]!;
    if ((debugFlags & GCDebug.SAVEALL) !== 0) e.saveGarbage(o);
    else if (o.ob_type.tp_clear !== null) {
      o.ob_refcnt++;
      e.clear(o);
      e.decref(o);
    }
    if (gnext[collectable] === s) {
      // still alive: it may die later
      gstate[s] = 0;
      listMove(s, old);
    }
  }
}

function statsLine(): string {
  return `gc: objects in each generation: ${listSize(GEN0)} ${listSize(GEN0 + 1)} ${listSize(GEN0 + 2)}\n` +
    `gc: objects in permanent generation: ${listSize(PERM)}\n`;
}

/** gc_collect_main: collect `generation` (and the younger ones); returns unreachable found. */
function collectMain(generation: number): { collected: number; uncollectable: number } {
  const e = env!;
  flushNursery();
  let t1 = 0;
  if ((debugFlags & GCDebug.STATS) !== 0) {
    e.writeStderr(`gc: collecting generation ${generation}...\n` + statsLine());
    t1 = e.now();
  }
  if (generation === 0) count1++;
  else if (generation === 1) count2++;
  count0 = 0;
  if (generation >= 1) count1 = 0;
  if (generation >= 2) count2 = 0;
  for (let i = 0; i < generation; i++) listMerge(GEN0 + i, GEN0 + generation);
  const young = GEN0 + generation;
  const old = generation < 2 ? young + 1 : young;
  listInit(UNREACH);
  deduceUnreachable(young, UNREACH);
  untrackTuplesAndDicts(young, young === old);
  if (young !== old) {
    if (generation === 1) longLivedPending += listSize(young);
    listMerge(young, old);
  } else {
    longLivedPending = 0;
    longLivedTotal = listSize(young);
  }
  // no legacy (tp_del) finalizers in tspy: nothing is uncollectable
  listInit(FINALIZERS);
  for (let s = gnext[UNREACH]!; s !== UNREACH; s = gnext[s]!) gstate[s] = St.COLLECTING;
  if ((debugFlags & GCDebug.COLLECTABLE) !== 0) {
    for (let s = gnext[UNREACH]!; s !== UNREACH; s = gnext[s]!) e.writeStderr(`gc: collectable ${e.describe(objs[s]!)}\n`);
  }
  let m = handleWeakrefs(UNREACH, old);
  finalizeGarbage(UNREACH);
  listInit(FINAL);
  handleResurrected(UNREACH, FINAL, old);
  m += listSize(FINAL);
  deleteGarbage(FINAL, old);
  const n = listSize(FINALIZERS);
  if ((debugFlags & GCDebug.STATS) !== 0) {
    const d = e.now() - t1;
    e.writeStderr(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${d.toFixed(4)}s elapsed\n`);
  }
  listMerge(FINALIZERS, old);
  if (generation === 2) clearFreeLists();
  const st = genStats[generation]!;
  st.collections++;
  st.collected += m;
  st.uncollectable += n;
  return { collected: m, uncollectable: n };
}

/** gc_collect_with_callback. */
function collectWithCallback(generation: number): number {
  const e = env!;
  e.callbacks("start", generation, 0, 0);
  const r = collectMain(generation);
  e.callbacks("stop", generation, r.collected, r.uncollectable);
  return r.collected + r.uncollectable;
}

/** gc_collect_generations: the oldest generation over its threshold. */
function autoCollect(): void {
  collecting = true;
  try {
    const counts = [count0, count1, count2], thr = [thr0, thr1, thr2];
    for (let i = 2; i >= 0; i--) {
      if (counts[i]! > thr[i]!) {
        if (i === 2 && longLivedPending < longLivedTotal / 4) continue;
        collectWithCallback(i);
        break;
      }
    }
  } finally {
    collecting = false;
  }
}

/** type_new's allocation of a class as a GC object: counted (may collect first), tracked. */
export function gcNewClass(t: PyType): void {
  if (++count0 > thr0 && enabled && thr0 !== 0 && !collecting && env !== null) autoCollect();
  gcTrack(t);
}

/** gc.collect(generation): -1 when a collection is already running (CPython returns 0). */
export function gcCollect(generation: number): number {
  if (collecting || env === null) return 0;
  collecting = true;
  try {
    return collectWithCallback(generation);
  } finally {
    collecting = false;
  }
}

// ---- gc module support ---------------------------------------------------------------------------

export function gcIsEnabled(): boolean {
  return enabled;
}
export function gcSetEnabled(on: boolean): void {
  enabled = on;
}
export function gcGetCount(): [number, number, number] {
  return [count0, count1, count2];
}
export function gcGetThreshold(): [number, number, number] {
  return [thr0, thr1, thr2];
}
export function gcSetThreshold(t0: number, t1: number | null, t2: number | null): void {
  thr0 = t0;
  if (t1 !== null) thr1 = t1;
  if (t2 !== null) thr2 = t2;
}
export function gcGetDebug(): number {
  return debugFlags;
}
export function gcSetDebug(f: number): void {
  debugFlags = f;
}
export function gcIsCollecting(): boolean {
  return collecting;
}

/** The tracked objects of generation g (0..2), or of all generations (g = -1). Borrowed. */
export function gcObjects(g: number): PyObject[] {
  flushNursery();
  const out: PyObject[] = [];
  const from = g < 0 ? 0 : g, to = g < 0 ? 2 : g;
  for (let i = from; i <= to; i++) {
    const h = GEN0 + i;
    for (let s = gnext[h]!; s !== h; s = gnext[s]!) out.push(objs[s]!);
  }
  return out;
}
/** Number of tracked objects in the generations (not the permanent one). */
export function gcTrackedCount(): number {
  flushNursery();
  return listSize(GEN0) + listSize(GEN0 + 1) + listSize(GEN0 + 2);
}

/** gc.freeze(): every tracked object moves to the permanent generation. */
export function gcFreeze(): void {
  flushNursery();
  for (let i = 0; i < 3; i++) listMerge(GEN0 + i, PERM);
  count0 = 0;
}
/** gc.unfreeze(): back into the oldest generation. */
export function gcUnfreeze(): void {
  listMerge(PERM, GEN0 + 2);
}
export function gcFreezeCount(): number {
  flushNursery();
  return listSize(PERM);
}
