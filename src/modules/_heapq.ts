/**
 * The `_heapq` builtin module (CPython's Modules/_heapqmodule.c): heappush, heappop, heapify,
 * heapreplace, heappushpop and the max-heap helpers _heappop_max, _heapreplace_max,
 * _heapify_max, on lists only. lib/heapq.py imports them over its Python versions.
 *
 * Invariant (min-heap): heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2], compared with `<` only.
 * Comparisons may run Python code that mutates the list: each item is held by an extra
 * reference while it is compared, and a size change raises RuntimeError("list changed size
 * during iteration") as CPython does. Swaps move references inside the list (counts unchanged).
 */
import { PyObject, Meth, isSubtype } from "../objects/object.ts";
import { ListType, None } from "../objects/types.ts";
import { PyList, listAppend, listResize } from "../objects/list.ts";
import { richCompareBool, typeName } from "../objects/abstract.ts";
import { indexError, runtimeError, typeError } from "../objects/errors.ts";
import { checkArity } from "../objects/args.ts";
import { dealloc } from "../memory/refcount.ts";
import { buildModule } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

const LT = 0;

/** a < b with both held for the comparison. */
function less(a: PyObject, b: PyObject): boolean {
  a.ob_refcnt++;
  b.ob_refcnt++;
  try {
    return richCompareBool(a, b, LT);
  } finally {
    if (--a.ob_refcnt === 0) dealloc(a);
    if (--b.ob_refcnt === 0) dealloc(b);
  }
}

function changed(): PyObject {
  return runtimeError("list changed size during iteration");
}

/** Move heap[pos] up towards startpos while it is smaller than its parent (max: larger). */
function siftDown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const item = heap.items[pos]!, parent = heap.items[parentpos]!;
    const lt = max ? less(parent, item) : less(item, parent);
    if (size !== heap.items.length) throw changed();
    if (!lt) break;
    const arr = heap.items;
    const p = arr[parentpos]!;
    arr[parentpos] = arr[pos]!;
    arr[pos] = p;
    pos = parentpos;
  }
}

/** Move the smaller child up into pos until a leaf is reached, then sift the item back down. */
function siftUp(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = heap.items[childpos]!, b = heap.items[childpos + 1]!;
      const lt = max ? less(b, a) : less(a, b);
      if (!lt) childpos++;
      if (endpos !== heap.items.length) throw changed();
    }
    const arr = heap.items;
    const c = arr[childpos]!;
    arr[childpos] = arr[pos]!;
    arr[pos] = c;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, max);
}

/** The list argument ("argument" alone for the one-argument functions, as clinic words it). */
function asHeap(fname: string, o: PyObject, which = "argument 1"): PyList {
  if (o.ob_type !== ListType && !isSubtype(o.ob_type, ListType)) {
    throw typeError(`${fname}() ${which} must be list, not ${typeName(o)}`);
  }
  return o as PyList;
}

/** Remove and return (new reference) the last item. */
function popLast(heap: PyList): PyObject {
  const n = heap.items.length;
  const v = heap.items.pop()!;
  listResize(heap, n, n - 1);
  return v;
}

function heappop(fname: string, o: PyObject, max: boolean): PyObject {
  const heap = asHeap(fname, o, "argument");
  if (heap.items.length === 0) throw indexError("index out of range");
  const last = popLast(heap);
  if (heap.items.length === 0) return last;
  const top = heap.items[0]!;
  heap.items[0] = last;
  try {
    siftUp(heap, 0, max);
  } catch (e) {
    if (--top.ob_refcnt === 0) dealloc(top);
    throw e;
  }
  return top;
}

function heapreplace(fname: string, args: PyObject[], max: boolean): PyObject {
  checkArity(fname, args, 2, 2);
  const heap = asHeap(fname, args[0]!);
  if (heap.items.length === 0) throw indexError("index out of range");
  const item = args[1]!;
  item.ob_refcnt++;
  const top = heap.items[0]!;
  heap.items[0] = item;
  try {
    siftUp(heap, 0, max);
  } catch (e) {
    if (--top.ob_refcnt === 0) dealloc(top);
    throw e;
  }
  return top;
}

function heapify(fname: string, o: PyObject, max: boolean): PyObject {
  const heap = asHeap(fname, o, "argument");
  // every node after all its descendants: the order CPython's cache-friendly variant uses
  // for big lists gives the same layout
  for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, max);
  return noneRef();
}

function noneRef(): PyObject {
  None.ob_refcnt++;
  return None;
}

export function makeHeapqModule(): PyModule {
  return buildModule("_heapq", [
    { name: "heappush", flags: Meth.FASTCALL, bare: true, fn: (_s: null, args: PyObject[]) => {
      checkArity("heappush", args, 2, 2);
      const heap = asHeap("heappush", args[0]!);
      listAppend(heap, args[1]!);
      siftDown(heap, 0, heap.items.length - 1, false);
      return noneRef();
    } },
    { name: "heappop", flags: Meth.O, bare: true, fn: (_s: null, o: PyObject) => heappop("heappop", o, false) },
    { name: "heapreplace", flags: Meth.FASTCALL, bare: true, fn: (_s: null, args: PyObject[]) => heapreplace("heapreplace", args, false) },
    { name: "heappushpop", flags: Meth.FASTCALL, bare: true, fn: (_s: null, args: PyObject[]) => {
      checkArity("heappushpop", args, 2, 2);
      const heap = asHeap("heappushpop", args[0]!);
      const item = args[1]!;
      if (heap.items.length === 0 || !less(heap.items[0]!, item)) {
        item.ob_refcnt++;
        return item;
      }
      if (heap.items.length === 0) throw indexError("index out of range");
      item.ob_refcnt++;
      const top = heap.items[0]!;
      heap.items[0] = item;
      try {
        siftUp(heap, 0, false);
      } catch (e) {
        if (--top.ob_refcnt === 0) dealloc(top);
        throw e;
      }
      return top;
    } },
    { name: "heapify", flags: Meth.O, bare: true, fn: (_s: null, o: PyObject) => heapify("heapify", o, false) },
    { name: "_heappop_max", flags: Meth.O, bare: true, fn: (_s: null, o: PyObject) => heappop("_heappop_max", o, true) },
    { name: "_heapreplace_max", flags: Meth.FASTCALL, bare: true, fn: (_s: null, args: PyObject[]) => heapreplace("_heapreplace_max", args, true) },
    { name: "_heapify_max", flags: Meth.O, bare: true, fn: (_s: null, o: PyObject) => heapify("_heapify_max", o, true) },
  ]);
}
