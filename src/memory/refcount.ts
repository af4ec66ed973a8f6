/**
 * Reference counting (CPython's Py_INCREF / Py_DECREF / _Py_Dealloc).
 *
 * When a count drops to zero the object is deallocated at once: its type's tp_finalize
 * (__del__) runs first, with the object resurrected for the call; if the finalizer stored a new
 * reference the object lives on. Then tp_dealloc releases the references the object holds
 * (containers release their items, a list from last to first). After that the JS object is
 * garbage for V8's collector; nothing else refers to it if the counts were right.
 *
 * Hot paths may inline `if (--o.ob_refcnt === 0) dealloc(o)`.
 */
import type { PyObject } from "../objects/object.ts";
import { GCBit, gcRetrack, memDeallocStart, memDeallocEnd } from "./gc.ts";
import { FloatType, IntType } from "../objects/types.ts";
import { type PyInt, freeInt } from "../objects/int.ts";
import { type PyFloat, freeFloat } from "../objects/float.ts";

export function INCREF(o: PyObject): void {
  o.ob_refcnt++;
}
export function XINCREF(o: PyObject | null): void {
  if (o !== null) o.ob_refcnt++;
}
export function DECREF(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
export function XDECREF(o: PyObject | null): void {
  if (o !== null && --o.ob_refcnt === 0) dealloc(o);
}
/** INCREF and return: Py_NewRef. */
export function newRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** Hook that reports an exception raised by __del__ ("Exception ignored in: ..."). */
let unraisableHook: (e: unknown, obj: PyObject) => void = () => {};
export function setUnraisableHook(f: (e: unknown, obj: PyObject) => void): void {
  unraisableHook = f;
}
/** Report an exception raised by a finalizer (the cycle collector uses it too). */
export function reportFinalizerError(e: unknown, obj: PyObject): void {
  unraisableHook(e, obj);
}

/**
 * _Py_Dealloc. The memory-model steps (src/memory/gc.ts) around tp_dealloc: PEP 442 (the
 * finalizer runs at most once: the FINALIZED bit of ob_gc), untracking and clearing weakrefs
 * (callbacks run) before, the GC count and the simulated address after.
 */
export function dealloc(o: PyObject): void {
  if (deallocDepth >= TRASH_LIMIT) {
    trash.push(o);
    return;
  }
  deallocDepth++;
  try {
    deallocNow(o);
  } finally {
    deallocDepth--;
  }
  if (deallocDepth === 0 && trash.length !== 0) emptyTrash();
}

/**
 * The trashcan (CPython's Py_TRASHCAN_BEGIN/END): a deallocation nested deeper than TRASH_LIMIT
 * is deferred to `trash` and done once the outermost deallocation has returned, so freeing a long
 * chain (a linked list of 100000 nodes, a deeply nested list) does not grow the JS stack.
 * Invariant: objects in `trash` have ob_refcnt 0 and are deallocated exactly once, last in first.
 */
const TRASH_LIMIT = 50;
let deallocDepth = 0;
const trash: PyObject[] = [];
function emptyTrash(): void {
  while (trash.length !== 0) {
    const o = trash.pop()!;
    deallocDepth++;
    try {
      deallocNow(o);
    } finally {
      deallocDepth--;
    }
  }
}

/**
 * A dead exact int or float that never got a simulated address (id() not taken): nothing to
 * finalise, untrack or count, so it goes straight to its type's free list (float.ts, int.ts).
 * Returns false for anything else. Call only where the reference count just reached 0; the eval
 * loop calls it (spec_ops.ts deadPlainNumber) to skip dealloc on its fast paths.
 */
export function freePlainNumber(o: PyObject): boolean {
  if (o.ob_addr !== 0) return false;
  const t = o.ob_type;
  if (t === FloatType) {
    freeFloat(o as PyFloat);
    return true;
  }
  if (t === IntType) {
    freeInt(o as PyInt);
    return true;
  }
  return false;
}

function deallocNow(o: PyObject): void {
  const t = o.ob_type;
  if (freePlainNumber(o)) return;
  const fin = t.tp_finalize;
  if (fin !== null && (o.ob_gc & GCBit.FINALIZED) === 0) {
    o.ob_gc |= GCBit.FINALIZED;
    o.ob_refcnt = 1; // resurrect for the call
    if (o.ob_gc >>> GCBit.SHIFT !== 0) gcRetrack(o);
    try {
      fin(o);
    } catch (e) {
      unraisableHook(e, o);
    }
    if (--o.ob_refcnt !== 0) return; // resurrected by __del__
  }
  const m = t.tp_mem;
  if (m !== 0) {
    const g = o.ob_gc;
    if (g !== 0 && !memDeallocStart(o, g, m)) return;
  }
  const d = t.tp_dealloc;
  if (d !== null) d(o);
  else if (o.dict !== null) {
    const dict = o.dict;
    o.dict = null;
    DECREF(dict);
  }
  if (m !== 0) memDeallocEnd(o, t, m);
}
