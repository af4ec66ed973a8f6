/** range and its iterator (Objects/rangeobject.c). Values are JS numbers when safe, else bigint. */
import { kwCount } from "./args.ts";
import { PyObject, PyType } from "./object.ts";
import { RangeType, RangeIterType, NotImplemented, None } from "./types.ts";
import { PyInt, newIntAny, newInt, True, False, toBig, normBig, intAdd, intMul, intSub, intFloorDiv } from "./int.ts";
import { newStr } from "./str.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { typeError, valueError, indexError, overflowError } from "./errors.ts";
import { index as toIndex, reprStr, richCompareBool } from "./abstract.ts";
import { tupleHash } from "./pyhash.ts";
import { dealloc } from "../memory/refcount.ts";

type V = number | bigint;
export class PyRange extends PyObject {
  declare start: V;
  declare stop: V;
  declare step: V;
  declare length: V;
  constructor(start: V, stop: V, step: V) {
    super(RangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLen(start, stop, step);
  }
}
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
  if (--i.ob_refcnt === 0) dealloc(i);
  return v;
}
RangeType.tp_new = (type, args, kw) => {
  if (kw !== null && kwCount(kw) > 0) throw typeError("range() takes no keyword arguments");
  let start: V = 0, stop: V, step: V = 1;
  if (args.length === 1) stop = idx(args[0]!);
  else if (args.length === 2 || args.length === 3) {
    start = idx(args[0]!);
    stop = idx(args[1]!);
    if (args.length === 3) {
      step = idx(args[2]!);
      if (step === 0 || step === 0n) throw valueError("range() arg 3 must not be zero");
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
RangeType.sq_length = (o) => {
  const n = (o as PyRange).length;
  if (typeof n !== "number") throw overflowError("Python int too large to convert to C ssize_t");
  return n;
};
RangeType.nb_bool = (o) => (o as PyRange).length !== 0;
RangeType.mp_subscript = (o, key) => {
  const r = o as PyRange;
  if (key instanceof PySlice) {
    const len = typeof r.length === "number" ? r.length : Number.MAX_SAFE_INTEGER;
    const [start, stop, step] = sliceIndices(key, len);
    return new PyRange(item(r, start), item(r, stop), intMul(r.step, step));
  }
  if (key.ob_type.nb_index === null) throw typeError(`range indices must be integers or slices, not ${key.ob_type.tp_name}`);
  let i = idx(key);
  if (i < 0) i = intAdd(i, r.length);
  if (i < 0 || i >= r.length) throw indexError("range object index out of range");
  return newIntAny(item(r, i));
};
function rangeContainsInt(r: PyRange, v: V): boolean {
  const pos = r.step > 0;
  if (pos ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
  const d = intSub(v, r.start);
  const m = typeof d === "number" && typeof r.step === "number" ? d % r.step : toBig(d) % toBig(r.step);
  return m === 0 || m === 0n;
}
RangeType.sq_contains = (o, v) => {
  const r = o as PyRange;
  if (v instanceof PyInt && (v.ob_type.tp_name === "int" || v.ob_type.tp_name === "bool")) return rangeContainsInt(r, v.value);
  const it = RangeType.tp_iter!(o);
  try {
    for (;;) {
      const x = RangeIterType.tp_iternext!(it);
      if (x === null) return false;
      const eq = richCompareBool(x, v, 2);
      if (--x.ob_refcnt === 0) dealloc(x);
      if (eq) return true;
    }
  } finally {
    if (--it.ob_refcnt === 0) dealloc(it);
  }
};
RangeType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyRange) || (op !== 2 && op !== 3)) return NotImplemented;
  const x = a as PyRange;
  let eq: boolean;
  if (x.length !== b.length) eq = false;
  else if (x.length === 0) eq = true;
  else if (x.start !== b.start) eq = false;
  else eq = x.length === 1 || x.step === b.step;
  return eq === (op === 2) ? True : False;
};
RangeType.tp_hash = (o) => {
  const r = o as PyRange;
  if (r.length === 0) return tupleHash([0, 0, 0].map((_, i) => (i === 0 ? 0 : 0)).slice(0, 0).concat([0, hashNone(), hashNone()]));
  return tupleHash([r.length as number, r.start as number, r.length === 1 ? hashNone() : (r.step as number)]);
};
function hashNone(): number {
  return 0xfcfe0b45a0;
}

class PyRangeIter extends PyObject {
  declare next: V;
  declare step: V;
  declare remaining: V;
  constructor(start: V, step: V, len: V) {
    super(RangeIterType);
    this.next = start;
    this.step = step;
    this.remaining = len;
  }
}
RangeType.tp_iter = (o) => {
  const r = o as PyRange;
  return new PyRangeIter(r.start, r.step, r.length);
};
RangeIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
RangeIterType.tp_iternext = (o) => {
  const it = o as PyRangeIter;
  if (typeof it.remaining === "number") {
    if (it.remaining <= 0) return null;
    it.remaining--;
  } else {
    if (it.remaining <= 0n) return null;
    it.remaining = normBig(it.remaining - 1n);
  }
  const v = it.next;
  it.next = typeof v === "number" && typeof it.step === "number" ? intAdd(v, it.step) : intAdd(v, it.step);
  return typeof v === "number" ? newInt(v) : newIntAny(v);
};
RangeIterType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => newIntAny((o as PyRangeIter).remaining) },
];
RangeType.tp_getset = [
  { name: "start", get: (o) => newIntAny((o as PyRange).start), set: null },
  { name: "stop", get: (o) => newIntAny((o as PyRange).stop), set: null },
  { name: "step", get: (o) => newIntAny((o as PyRange).step), set: null },
];
RangeType.tp_methods = [
  { name: "__reversed__", flags: 1, fn: (o: PyObject) => {
    const r = o as PyRange;
    const last = intAdd(r.start, intMul(intSub(r.length, 1), r.step));
    return new PyRangeIter(last, intSub(0, r.step), r.length);
  } },
  { name: "count", flags: 2, fn: (o: PyObject, v: PyObject) => newInt(RangeType.sq_contains!(o, v) ? 1 : 0) },
  { name: "index", flags: 2, fn: (o: PyObject, v: PyObject) => {
    const r = o as PyRange;
    if (v instanceof PyInt && rangeContainsInt(r, v.value)) return newIntAny(intFloorDiv(intSub(v.value, r.start), r.step));
    throw valueError(`${reprStr(v)} is not in range`);
  } },
];
export { None, PyType };
