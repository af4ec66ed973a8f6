/**
 * range and its iterators (Objects/rangeobject.c). start/stop/step/length are int values (JS
 * numbers when safe, else bigint, canonical as in int.ts), so huge ranges index, slice and
 * test membership exactly. The iterator is range_iterator when every value fits in a C long,
 * else longrange_iterator (as CPython picks).
 */
import { kwCount } from "./args.ts";
import { PyObject, PyType } from "./object.ts";
import { RangeType, RangeIterType, LongRangeIterType, NotImplemented, None, IntType, BoolType } from "./types.ts";
import { PyInt, newIntAny, newInt, True, False, toBig, normBig, intAdd, intMul, intSub, intFloorDiv, intCompare } from "./int.ts";
import { newStr } from "./str.ts";
import { PySlice } from "./slice.ts";
import { typeError, valueError, indexError, overflowError } from "./errors.ts";
import { index as toIndex, reprStr, richCompareBool, hashOf, getIter, iterNext } from "./abstract.ts";
import { registerExactLength } from "./length_exact.ts";
import { tupleHash, intHash } from "./pyhash.ts";
import { newTuple } from "./tuple.ts";
import { dealloc } from "../memory/refcount.ts";

type V = number | bigint;
function dec(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
function isZero(v: V): boolean {
  return v === 0 || v === 0n;
}
function lt(a: V, b: V): boolean {
  return intCompare(a, b) < 0;
}

export class PyRange extends PyObject {
  start: V;
  stop: V;
  step: V;
  length: V;
  constructor(start: V, stop: V, step: V) {
    super(RangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLen(start, stop, step);
  }
}
/** compute_range_length */
function rangeLen(start: V, stop: V, step: V): V {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = toBig(start), b = toBig(stop), s = toBig(step);
  if (s > 0n) return a < b ? normBig((b - a - 1n) / s + 1n) : 0;
  return a > b ? normBig((a - b - 1n) / -s + 1n) : 0;
}
function idx(o: PyObject): V {
  const i = toIndex(o);
  const v = i.value;
  dec(i);
  return v;
}
RangeType.tp_new = (_type, args, kw) => {
  if (kw !== null && kwCount(kw) > 0) throw typeError("range() takes no keyword arguments");
  let start: V = 0, stop: V, step: V = 1;
  if (args.length === 1) stop = idx(args[0]!);
  else if (args.length === 2 || args.length === 3) {
    start = idx(args[0]!);
    stop = idx(args[1]!);
    if (args.length === 3) {
      step = idx(args[2]!);
      if (isZero(step)) throw valueError("range() arg 3 must not be zero");
    }
  } else if (args.length === 0) throw typeError("range expected at least 1 argument, got 0");
  else throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  return new PyRange(start, stop, step);
};
function item(r: PyRange, i: V): V {
  return intAdd(r.start, intMul(i, r.step));
}
RangeType.tp_repr = (o) => {
  const r = o as PyRange;
  const s = r.step === 1 ? "" : `, ${r.step}`;
  return newStr(`range(${r.start}, ${r.stop}${s})`);
};
function rangeLengthExact(o: PyObject): V {
  const n = (o as PyRange).length;
  if (typeof n !== "number" && (n > 0x7fffffffffffffffn)) throw overflowError("Python int too large to convert to C ssize_t");
  return n;
}
RangeType.sq_length = (o) => Number(rangeLengthExact(o));
registerExactLength(RangeType.sq_length, rangeLengthExact);
RangeType.nb_bool = (o) => !isZero((o as PyRange).length);

/** A slice bound adjusted to a sequence of `len` (_PySlice_GetLongIndices, exact). */
function sliceBound(o: PyObject, dflt: V, len: V, neg: boolean): V {
  if (o === None) return dflt;
  let v = idx(o);
  const lower: V = neg ? -1 : 0;
  const upper: V = neg ? intSub(len, 1) : len;
  if (lt(v, 0)) {
    v = intAdd(v, len);
    if (lt(v, lower)) v = lower;
  } else if (lt(upper, v)) v = upper;
  return v;
}
function sliceRange(r: PyRange, s: PySlice): PyRange {
  let step: V = 1;
  if (s.step !== None) {
    step = idx(s.step);
    if (isZero(step)) throw valueError("slice step cannot be zero");
  }
  const neg = lt(step, 0);
  const len = r.length;
  const start = sliceBound(s.start, neg ? intSub(len, 1) : 0, len, neg);
  const stop = sliceBound(s.stop, neg ? -1 : len, len, neg);
  return new PyRange(item(r, start), item(r, stop), intMul(r.step, step));
}
RangeType.mp_subscript = (o, key) => {
  const r = o as PyRange;
  if (key instanceof PySlice) return sliceRange(r, key);
  if (key.ob_type.nb_index === null) throw typeError(`range indices must be integers or slices, not ${key.ob_type.tp_name}`);
  let i = idx(key);
  if (lt(i, 0)) i = intAdd(i, r.length);
  if (lt(i, 0) || !lt(i, r.length)) throw indexError("range object index out of range");
  return newIntAny(item(r, i));
};
function rangeContainsInt(r: PyRange, v: V): boolean {
  if (!lt(r.step, 0)) {
    if (lt(v, r.start) || !lt(v, r.stop)) return false;
  } else if (!lt(r.stop, v) || lt(r.start, v)) return false;
  const d = intSub(v, r.start);
  const m = typeof d === "number" && typeof r.step === "number" ? d % r.step : toBig(d) % toBig(r.step);
  return m === 0 || m === 0n;
}
function isExactInt(v: PyObject): v is PyInt {
  return v.ob_type === IntType || v.ob_type === BoolType;
}
/** _PySequence_IterSearch over the range: [count, first index] of items == v. */
function iterSearch(o: PyObject, v: PyObject, stopAtFirst: boolean): [number, number] {
  const it = getIter(o);
  let n = 0, first = -1;
  try {
    for (let i = 0; ; i++) {
      const x = iterNext(it);
      if (x === null) break;
      let eq: boolean;
      try {
        eq = richCompareBool(x, v, 2);
      } finally {
        dec(x);
      }
      if (eq) {
        if (first < 0) first = i;
        n++;
        if (stopAtFirst) break;
      }
    }
  } finally {
    dec(it);
  }
  return [n, first];
}
RangeType.sq_contains = (o, v) => {
  const r = o as PyRange;
  if (isExactInt(v)) return rangeContainsInt(r, v.value);
  return iterSearch(o, v, true)[0] > 0;
};
RangeType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyRange) || (op !== 2 && op !== 3)) return NotImplemented;
  const x = a as PyRange;
  let eq: boolean;
  if (x === b) eq = true;
  else if (x.length !== b.length) eq = false;
  else if (isZero(x.length)) eq = true;
  else if (x.start !== b.start) eq = false;
  else eq = x.length === 1 || x.step === b.step;
  return eq === (op === 2) ? True : False;
};
RangeType.tp_hash = (o) => {
  const r = o as PyRange;
  const none = hashOf(None);
  if (isZero(r.length)) return tupleHash([intHash(0), none, none]);
  return tupleHash([intHash(r.length), intHash(r.start), r.length === 1 ? none : intHash(r.step)]);
};

class PyRangeIter extends PyObject {
  next: V;
  step: V;
  remaining: V;
  /** the first value and the length, for __reduce__ / __setstate__ (index = len0 - remaining) */
  start0: V;
  len0: V;
  constructor(type: PyType, start: V, step: V, len: V) {
    super(type);
    this.next = start;
    this.step = step;
    this.remaining = len;
    this.start0 = start;
    this.len0 = len;
  }
}
const LONG_MAX = 0x7fffffffffffffffn;
function fitsLong(v: V): boolean {
  return typeof v === "number" || (v <= LONG_MAX && v >= -LONG_MAX - 1n);
}
function makeIter(start: V, step: V, len: V, stop: V): PyRangeIter {
  let small = fitsLong(start) && fitsLong(stop) && fitsLong(step) && fitsLong(len);
  // range_iter also refuses the C-long iterator when start + len*step could overflow: a
  // non-empty range whose stop is within |step| - 1 of the C long's bound
  if (small && !isZero(len)) {
    const st = BigInt(stop), sp = BigInt(step);
    small = sp > 0n ? st <= LONG_MAX - (sp - 1n) : st >= -LONG_MAX - 1n + (-1n - sp);
  }
  return new PyRangeIter(small ? RangeIterType : LongRangeIterType, start, step, len);
}
RangeType.tp_iter = (o) => {
  const r = o as PyRange;
  return makeIter(r.start, r.step, r.length, r.stop);
};
for (const T of [RangeIterType, LongRangeIterType]) {
  T.tp_iter = (o) => {
    o.ob_refcnt++;
    return o;
  };
  T.tp_iternext = (o) => {
    const it = o as PyRangeIter;
    if (typeof it.remaining === "number") {
      if (it.remaining <= 0) return null;
      it.remaining--;
    } else {
      if (it.remaining <= 0n) return null;
      it.remaining = normBig(it.remaining - 1n);
    }
    const v = it.next;
    it.next = intAdd(v, it.step);
    return typeof v === "number" ? newInt(v) : newIntAny(v);
  };
  T.tp_methods = [
    { name: "__length_hint__", flags: 1, fn: (o: PyObject) => newIntAny((o as PyRangeIter).remaining) },
    // CPython 3.11: (iter, (range(start, start + len*step, step),), index)
    { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
      const it = o as PyRangeIter;
      const r = new PyRange(it.start0, intAdd(it.start0, intMul(it.len0, it.step)), it.step);
      try {
        return seqIterReduce(r, intSub(it.len0, it.remaining), () => newTuple([]));
      } finally {
        dec(r);
      }
    } },
    { name: "__setstate__", flags: 2, fn: (o: PyObject, st: PyObject) => {
      const it = o as PyRangeIter;
      const iv = idx(st);
      const index = lt(iv, 0) ? 0 : lt(it.len0, iv) ? it.len0 : iv;
      it.remaining = intSub(it.len0, index);
      it.next = intAdd(it.start0, intMul(index, it.step));
      return noneResult();
    } },
  ];
}
RangeType.tp_getset = [
  { name: "start", member: true, get: (o) => newIntAny((o as PyRange).start), set: null },
  { name: "stop", member: true, get: (o) => newIntAny((o as PyRange).stop), set: null },
  { name: "step", member: true, get: (o) => newIntAny((o as PyRange).step), set: null },
];
RangeType.tp_methods = [
  { name: "__reversed__", flags: 1, fn: (o: PyObject) => {
    const r = o as PyRange;
    const last = intAdd(r.start, intMul(intSub(r.length, 1), r.step));
    return makeIter(last, intSub(0, r.step), r.length, intSub(r.start, r.step));
  } },
  { name: "count", flags: 2, fn: (o: PyObject, v: PyObject) => {
    if (isExactInt(v)) return newInt(rangeContainsInt(o as PyRange, v.value) ? 1 : 0);
    return newInt(iterSearch(o, v, false)[0]);
  } },
  { name: "index", flags: 2, fn: (o: PyObject, v: PyObject) => {
    const r = o as PyRange;
    if (!isExactInt(v)) {
      const [n, first] = iterSearch(o, v, true);
      if (n === 0) throw valueError("sequence.index(x): x not in sequence");
      return newInt(first);
    }
    if (rangeContainsInt(r, v.value)) return newIntAny(intFloorDiv(intSub(v.value, r.start), r.step));
    throw valueError(`${reprStr(v)} is not in range`);
  } },
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    const r = o as PyRange;
    RangeType.ob_refcnt++;
    return newTuple([RangeType, newTuple([newIntAny(r.start), newIntAny(r.stop), newIntAny(r.step)])]);
  } },
];
export { None, PyType };

// object.__sizeof__ reports the CPython instance size
RangeType.tp_basicsize = 48;
import { seqIterReduce, noneResult } from "./iter_reduce.ts";
