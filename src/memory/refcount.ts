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

/** Objects whose finalizer already ran (PEP 442: __del__ runs at most once). */
const finalized = new WeakSet<PyObject>();

/** Hook that reports an exception raised by __del__ ("Exception ignored in: ..."). */
let unraisableHook: (e: unknown, obj: PyObject) => void = () => {};
export function setUnraisableHook(f: (e: unknown, obj: PyObject) => void): void {
  unraisableHook = f;
}

export function dealloc(o: PyObject): void {
  const t = o.ob_type;
  const fin = t.tp_finalize;
  if (fin !== null && !finalized.has(o)) {
    finalized.add(o);
    o.ob_refcnt = 1; // resurrect for the call
    try {
      fin(o);
    } catch (e) {
      unraisableHook(e, o);
    }
    if (--o.ob_refcnt !== 0) return; // resurrected by __del__
  }
  const d = t.tp_dealloc;
  if (d !== null) d(o);
  else if (o.dict !== null) {
    const dict = o.dict;
    o.dict = null;
    DECREF(dict);
  }
}
