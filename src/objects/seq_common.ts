/** Helpers shared by list and tuple: comparison, repr, index normalisation, sorting. */
import { PyObject } from "./object.ts";
import { NotImplemented } from "./types.ts";
import { True, False } from "./int.ts";
import { richCompareBool, richCompare, reprStr } from "./abstract.ts";
import { reprEnter, reprLeave } from "./reprguard.ts";

/** Lexicographic rich comparison of two item arrays (list_richcompare / tuplerichcompare). */
/**
 * list/tuple rich comparison (list_richcompare). `a` and `b` hold the item arrays and are read
 * again after every item comparison: an __eq__ may clear or resize either list (then the sizes
 * decide). Both items are held while they are compared.
 */
export function seqRichCompare(a: { items: PyObject[] }, b: { items: PyObject[] }, op: number): PyObject {
  let i = 0;
  for (; i < a.items.length && i < b.items.length; i++) {
    const x = a.items[i]!, y = b.items[i]!;
    if (x === y) continue;
    x.ob_refcnt++;
    y.ob_refcnt++;
    let eq: boolean;
    try {
      eq = richCompareBool(x, y, 2);
    } finally {
      if (--x.ob_refcnt === 0) dealloc(x);
      if (--y.ob_refcnt === 0) dealloc(y);
    }
    if (!eq) break;
  }
  const na = a.items.length, nb = b.items.length;
  if (i >= na || i >= nb) {
    const c = na - nb;
    let r: boolean;
    switch (op) {
      case 0: r = c < 0; break;
      case 1: r = c <= 0; break;
      case 2: r = c === 0; break;
      case 3: r = c !== 0; break;
      case 4: r = c > 0; break;
      default: r = c >= 0;
    }
    return r ? True : False;
  }
  if (op === 2) return False;
  if (op === 3) return True;
  const x = a.items[i]!, y = b.items[i]!;
  x.ob_refcnt++;
  y.ob_refcnt++;
  try {
    return richCompare(x, y, op);
  } finally {
    if (--x.ob_refcnt === 0) dealloc(x);
    if (--y.ob_refcnt === 0) dealloc(y);
  }
}

export function seqRepr(o: PyObject, items: PyObject[], open: string, close: string, single = ""): string {
  if (items.length === 0) return open + close;
  if (reprEnter(o)) return open + "..." + close;
  try {
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) parts.push(reprStr(items[i]!));
    return open + parts.join(", ") + (items.length === 1 ? single : "") + close;
  } finally {
    reprLeave(o);
  }
}

/** Python's `<` as a sort comparator (stable; only __lt__ is used). */
export function ltComparator(a: PyObject, b: PyObject): number {
  if (richCompareBool(a, b, 0)) return -1;
  if (richCompareBool(b, a, 0)) return 1;
  return 0;
}
export { NotImplemented };

// ---- optional start/end arguments (find, count, startswith, index...) -------------------------

import { None } from "./types.ts";
import { index as toIndex } from "./abstract.ts";
import { typeError } from "./errors.ts";
import { dealloc } from "../memory/refcount.ts";

/**
 * _PyEval_SliceIndex: an optional start/end argument as a number (`dflt` when absent or None).
 * Huge ints clamp to +-2**53 (CPython clamps to PY_SSIZE_T_MAX; the effect is the same).
 */
export function sliceIndexArg(o: PyObject | null | undefined, dflt: number): number {
  if (o === undefined || o === null || o === None) return dflt;
  if (o.ob_type.nb_index === null) throw typeError("slice indices must be integers or None or have an __index__ method");
  const i = toIndex(o);
  const v = i.value;
  if (--i.ob_refcnt === 0) dealloc(i);
  if (typeof v === "number") return v;
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}
/** ADJUST_INDICES: clamp [start, end) to a sequence of `len` (negative values count from the end). */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}
/** PyArg_ParseTuple's arity message: "f() takes at least 1 argument (0 given)". */
export function checkTupleArity(fname: string, n: number, min: number, max: number): void {
  if (n >= min && n <= max) return;
  const k = n < min ? min : max;
  const how = min === max ? "exactly" : n < min ? "at least" : "at most";
  throw typeError(`${fname}() takes ${how} ${k} argument${k === 1 ? "" : "s"} (${n} given)`);
}
