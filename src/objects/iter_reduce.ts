/**
 * Pickling support shared by the builtin iterators (CPython's *_reduce / *_setstate methods):
 * an index-based iterator over `seq` reduces to (builtins.iter, (seq,), index) while it is
 * live and to (builtins.iter, (empty,)) once exhausted; __setstate__(index) clamps the index
 * to [0, len] (CPython's listiter_setstate & co.). All returns are new references.
 * The types list their method entries literally and call these only when the methods run
 * (the object files import each other in cycles, so nothing here may run at module load).
 */
import type { PyObject } from "./object.ts";
import { newTuple } from "./tuple.ts";
import { newInt, newIntAny } from "./int.ts";
import { asSsize } from "./abstract.ts";
import { builtinAttr } from "./object_reduce.ts";
import { None } from "./types.ts";

/**
 * (builtins.FN, (seq,), index), or (builtins.iter, (empty(),)) when seq is null (exhausted);
 * seq borrowed, empty() a new reference.
 */
export function seqIterReduce(seq: PyObject | null, index: number | bigint, empty: () => PyObject, fn = "iter"): PyObject {
  if (seq === null) return newTuple([builtinAttr("iter"), newTuple([empty()])]);
  seq.ob_refcnt++;
  return newTuple([builtinAttr(fn), newTuple([seq]), typeof index === "number" ? newInt(index) : newIntAny(index)]);
}

/** The index of a __setstate__ call clamped to [lo, hi]. */
export function clampedIndex(state: PyObject, lo: number, hi: number): number {
  const i = asSsize(state);
  return i < lo ? lo : i > hi ? hi : i;
}

export function noneResult(): PyObject {
  None.ob_refcnt++;
  return None;
}
