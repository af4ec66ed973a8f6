/**
 * id(): the object's simulated address (CPython's id is the address of the object).
 *
 * Objects get their memory from the allocator model (alloc.ts): fixed-size objects when they
 * are created (memNew), variable-size ones (ints, strs, tuples, floats...) the first time their
 * address is needed. The id is the block address plus the type's pre-header (GC header,
 * managed dict pointers), 16-byte aligned, stable for the object's life; the block goes back to
 * the allocator (or the type's free list) when the object is deallocated, so a later object
 * can get the same id, as in CPython.
 *
 * Statically allocated objects (CPython 3.11 keeps them in the interpreter's data: the small
 * ints -5..256 32 bytes apart, None, True, False, Ellipsis, NotImplemented, the empty
 * tuple/str/bytes singletons, the one-character latin-1 strs, the builtin types) get fixed
 * addresses in a "data segment" range and are never freed.
 */
import type { PyObject } from "../objects/object.ts";
import { IMMORTAL } from "../objects/object.ts";
import { memAlloc, blockAddress, freelistAlloc } from "./alloc.ts";
import { preHeaderSize, activateAddresses } from "./gc.ts";
import { FloatType, ListType, DictType, TupleType, IntType } from "../objects/types.ts";

/** Bytes to allocate for `o` (sizeof.ts installs it at start-up; imports stay light here). */
let allocBytes: (o: PyObject) => number = (o) => o.ob_type.tp_basicsize;
export function setAllocBytesHook(f: (o: PyObject) => number): void {
  allocBytes = f;
}

const SMALL_INTS = 0x55d4c6d3a2e0;
let staticNext = 0x55d4c6e01000;
const staticAddr = new Map<PyObject, number>();

/** A static object's address (small ints by value, others in order of first use). */
function staticAddress(o: PyObject): number {
  if (o.ob_type === IntType) {
    const v = (o as unknown as { value: number | bigint }).value;
    if (typeof v === "number" && v >= -5 && v <= 256) return SMALL_INTS + (v + 5) * 32;
  }
  let a = staticAddr.get(o);
  if (a === undefined) {
    a = staticNext;
    staticNext += ((o.ob_type.tp_basicsize + 15) & ~15) + 16;
    staticAddr.set(o, a);
  }
  return a;
}

/** Give `o` its block now (the lazy path: variable-size objects, objects made before start-up). */
function allocateFor(o: PyObject): number {
  const t = o.ob_type;
  if (t === FloatType) return freelistAlloc(3, 32);
  if (t === ListType) return freelistAlloc(1, 64);
  if (t === DictType) return freelistAlloc(2, 64);
  if (t === TupleType) {
    const n = (o as unknown as { items: unknown[] }).items.length;
    const bytes = allocBytes(o);
    if (n > 0 && n <= 20) return freelistAlloc(100 + ((bytes - 1) >> 4), bytes);
  }
  return memAlloc(allocBytes(o));
}

let active = false;
export function objectId(o: PyObject): number {
  if (!active) {
    active = true;
    activateAddresses();
  }
  if (o.ob_refcnt >= IMMORTAL >> 1 && o.ob_addr === 0) return staticAddress(o);
  let a = o.ob_addr;
  if (a === 0) a = o.ob_addr = allocateFor(o);
  return blockAddress(a) + preHeaderSize(o.ob_type);
}
