/**
 * id(): a stable integer per object for its lifetime, shaped like a 16-byte aligned address
 * (CPython's id is the address). Assigned on first use. The allocator model of a later stage
 * may replace this with simulated addresses that get reused after deallocation.
 */
import type { PyObject } from "../objects/object.ts";

const ids = new WeakMap<PyObject, number>();
let next = 0x7f0000001000 / 16;

export function objectId(o: PyObject): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = next++ * 16;
    ids.set(o, id);
  }
  return id;
}
