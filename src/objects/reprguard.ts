/** Py_ReprEnter / Py_ReprLeave: recursive containers print as [...] / {...}. */
import type { PyObject } from "./object.ts";

const active = new Set<PyObject>();
/** True when `o` is already being repr'd (the caller prints the "..." form and skips Leave). */
export function reprEnter(o: PyObject): boolean {
  if (active.has(o)) return true;
  active.add(o);
  return false;
}
export function reprLeave(o: PyObject): void {
  active.delete(o);
}
