/**
 * tuple: an immutable array of references. `items` is never mutated after construction (except
 * by the creator that fills a fresh tuple), so it may be shared with nothing else.
 */
import { memoryError } from "./errors.ts";
import { PyObject, PyType, IMMORTAL } from "./object.ts";
import { TupleType } from "./types.ts";
import { memAddr, memNew } from "../memory/gc.ts";

export class PyTuple extends PyObject {
  declare items: PyObject[];
  constructor(type: PyType, items: PyObject[]) {
    super(type);
    this.items = items;
  }
}

export const EMPTY_TUPLE = new PyTuple(TupleType, []);
EMPTY_TUPLE.ob_refcnt = IMMORTAL;

/** Exact tuples get a constructor function of their own (see InstanceObject in object.ts). */
const TupleObject = function (this: PyTuple, items: PyObject[]) {
  this.ob_refcnt = 1;
  this.ob_type = TupleType;
  this.dict = null;
  const m = TupleType.tp_mem;
  if (m === 0) {
    this.ob_gc = 0;
    this.ob_addr = 0;
  } else {
    const addr = memAddr(m);
    this.ob_gc = memNew(this, TupleType, m);
    this.ob_addr = addr;
  }
  this.items = items;
} as unknown as new (items: PyObject[]) => PyTuple;
(TupleObject as unknown as { prototype: object }).prototype = PyTuple.prototype;

/** A new tuple that STEALS the references in `items` (and takes the array itself). */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0) return EMPTY_TUPLE;
  return new TupleObject(items);
}
/** A new tuple holding new references to the borrowed `items`. */
export function tupleFrom(items: readonly PyObject[]): PyTuple {
  if (items.length === 0) return EMPTY_TUPLE;
  const a = items.slice();
  for (let i = 0; i < a.length; i++) a[i]!.ob_refcnt++;
  return new TupleObject(a);
}
export function tuple2(a: PyObject, b: PyObject): PyTuple {
  a.ob_refcnt++;
  b.ob_refcnt++;
  return new TupleObject([a, b]);
}

// ---- the tuple type ---------------------------------------------------------------------------

import { NotImplemented, TupleIterType, None } from "./types.ts";
import { dealloc } from "../memory/refcount.ts";
import { seqRichCompare, seqRepr, sliceIndexArg } from "./seq_common.ts";
import { newStr } from "./str.ts";
import { hashOf, asIndexForSeq, iterableToArray, richCompareBool, asSsize, getIter, iterNext, lengthHint } from "./abstract.ts";
import { dealloc as deallocT } from "../memory/refcount.ts";
import { ListType } from "./types.ts";
import { tupleHash } from "./pyhash.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { typeError, indexError, valueError } from "./errors.ts";
import { newInt, PyInt } from "./int.ts";

TupleType.tp_dealloc = (o) => {
  const t = o as PyTuple;
  const items = t.items;
  t.items = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i]!;
    if (--x.ob_refcnt === 0) dealloc(x);
  }
  if (t.dict !== null) {
    const d = t.dict;
    t.dict = null;
    if (--d.ob_refcnt === 0) dealloc(d);
  }
};
TupleType.tp_repr = (o) => newStr(seqRepr(o, (o as PyTuple).items, "(", ")", ","));
TupleType.tp_hash = (o) => tupleHash((o as PyTuple).items.map(hashOf));
TupleType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyTuple)) return NotImplemented;
  return seqRichCompare(a as PyTuple, b, op);
};
TupleType.sq_length = (o) => (o as PyTuple).items.length;
TupleType.sq_contains = (o, v) => {
  for (const x of (o as PyTuple).items) if (x === v || richCompareBool(x, v, 2)) return true;
  return false;
};
TupleType.sq_concat = (a, b) => {
  if (!(b instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${b.ob_type.tp_name}") to tuple`);
  return tupleFrom([...(a as PyTuple).items, ...b.items]);
};
TupleType.sq_repeat = (a, n) => {
  const items = (a as PyTuple).items;
  if (n === 1 && a.ob_type === TupleType) {
    a.ob_refcnt++;
    return a;
  }
  if (items.length > 0 && n > 0x7fffffff / items.length) throw memoryError();
  const out: PyObject[] = [];
  for (let k = 0; k < n; k++) for (const x of items) out.push(x);
  return tupleFrom(out);
};
TupleType.sq_item = (o, i) => {
  const items = (o as PyTuple).items;
  if (i < 0 || i >= items.length) throw indexError("tuple index out of range");
  const v = items[i]!;
  v.ob_refcnt++;
  return v;
};
TupleType.mp_subscript = (o, key) => {
  const items = (o as PyTuple).items;
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, items.length);
    if (step === 1 && n === items.length && o.ob_type === TupleType) {
      o.ob_refcnt++;
      return o;
    }
    const out: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(items[j]!);
    return tupleFrom(out);
  }
  let i = asIndexForSeq(key, "tuple");
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError("tuple index out of range");
  const v = items[i]!;
  v.ob_refcnt++;
  return v;
};
class PyTupleIter extends PyObject {
  declare seq: PyTuple | null;
  declare i: number;
  constructor(t: PyTuple) {
    super(TupleIterType);
    this.seq = t;
    this.i = 0;
  }
}
TupleType.tp_iter = (o) => {
  o.ob_refcnt++;
  return new PyTupleIter(o as PyTuple);
};
TupleIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
TupleIterType.tp_iternext = (o) => {
  const it = o as PyTupleIter;
  const t = it.seq;
  if (t === null) return null;
  if (it.i < t.items.length) {
    const v = t.items[it.i++]!;
    v.ob_refcnt++;
    return v;
  }
  it.seq = null;
  if (--t.ob_refcnt === 0) dealloc(t);
  return null;
};
TupleIterType.tp_dealloc = (o) => {
  const t = (o as PyTupleIter).seq;
  if (t !== null && --t.ob_refcnt === 0) dealloc(t);
};
TupleIterType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => {
    const it = o as PyTupleIter;
    return newInt(it.seq === null ? 0 : it.seq.items.length - it.i);
  } },
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => seqIterReduce((o as PyTupleIter).seq, (o as PyTupleIter).i, () => newTuple([])) },
  { name: "__setstate__", flags: 2, fn: (o: PyObject, st: PyObject) => {
    const it = o as PyTupleIter;
    if (it.seq !== null) it.i = clampedIndex(st, 0, it.seq.items.length);
    return noneResult();
  } },
];
import { seqIterReduce, clampedIndex, noneResult } from "./iter_reduce.ts";
TupleType.tp_new = (type, args, kw) => {
  // clinic: tuple(iterable=(), /)
  // keywords are refused unless a subclass's own __init__ takes them (they are ignored here)
  const nkw = kw === null ? 0 : (kw as PyTuple).items.length;
  if (nkw > 0 && (type === TupleType || type.tp_init === TupleType.tp_init)) throw typeError("tuple() takes no keyword arguments");
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`tuple expected at most 1 argument, got ${npos}`);
  const it = npos === 1 ? args[0]! : null;
  if (type === TupleType && it === null) return EMPTY_TUPLE;
  if (type === TupleType && it!.ob_type === TupleType) {
    it!.ob_refcnt++;
    return it!;
  }
  const items = it === null ? [] : sequenceTupleItems(it);
  if (type === TupleType) return newTuple(items);
  return new PyTuple(type, items);
};
/**
 * PySequence_Tuple's items (new references): a list's directly; anything else through its
 * iterator, asking for the length hint after taking the iterator.
 */
export function sequenceTupleItems(it: PyObject): PyObject[] {
  if (it.ob_type === ListType || it.ob_type === TupleType) return iterableToArray(it);
  const iter = getIter(it);
  try {
    lengthHint(it, 10);
    const items: PyObject[] = [];
    try {
      for (;;) {
        const v = iterNext(iter);
        if (v === null) return items;
        items.push(v);
      }
    } catch (e) {
      for (const x of items) if (--x.ob_refcnt === 0) deallocT(x);
      throw e;
    }
  } finally {
    if (--iter.ob_refcnt === 0) deallocT(iter);
  }
}
function seqIndexArgs(items: PyObject[], args: PyObject[]): [number, number] {
  const n = items.length;
  // _PyEval_SliceIndexNotNone: huge ints clamp (None keeps asSsize's TypeError)
  let a = args.length > 1 ? (args[1] === None ? asSsize(args[1]!) : sliceIndexArg(args[1], 0)) : 0;
  let b = args.length > 2 ? (args[2] === None ? asSsize(args[2]!) : sliceIndexArg(args[2], n)) : n;
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  return [a, Math.min(b, n)];
}
export function seqIndex(items: PyObject[], args: PyObject[], what: string | (() => string)): PyObject {
  if (args.length < 1 || args.length > 3) throw typeError(`index expected at least 1 argument, got ${args.length}`);
  const [a, b] = seqIndexArgs(items, args);
  for (let i = a; i < b && i < items.length; i++) {
    if (items[i] === args[0] || richCompareBool(items[i]!, args[0]!, 2)) return newInt(i);
  }
  throw valueError(typeof what === "string" ? what : what());
}
export function seqCount(items: PyObject[], v: PyObject): PyObject {
  let n = 0;
  for (const x of items) if (x === v || richCompareBool(x, v, 2)) n++;
  return newInt(n);
}
TupleType.tp_methods = [
  { name: "index", flags: 3, fn: (o: PyObject, args: PyObject[]) => seqIndex((o as PyTuple).items, args, "tuple.index(x): x not in tuple") },
  { name: "count", flags: 2, fn: (o: PyObject, v: PyObject) => seqCount((o as PyTuple).items, v) },
  { name: "__getnewargs__", flags: 1, fn: (o: PyObject) => newTuple([tupleFrom((o as PyTuple).items)]) },
];
export { None, PyInt };
