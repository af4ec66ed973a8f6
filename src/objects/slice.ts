/** slice objects and index normalisation (PySlice_Unpack / PySlice_AdjustIndices). */
import { PyObject } from "./object.ts";
import { SliceType, None } from "./types.ts";
import { dealloc } from "../memory/refcount.ts";
import { asSsize, reprStr, index } from "./abstract.ts";
import { newStr } from "./str.ts";
import { valueError, typeError } from "./errors.ts";
import { PyInt } from "./int.ts";
import { hashNotImplemented } from "./slots.ts";

export class PySlice extends PyObject {
  declare start: PyObject;
  declare stop: PyObject;
  declare step: PyObject;
  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    super(SliceType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}
/** slice(start, stop, step) (arguments borrowed). */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  start.ob_refcnt++;
  stop.ob_refcnt++;
  step.ob_refcnt++;
  return new PySlice(start, stop, step);
}
SliceType.tp_dealloc = (o) => {
  const s = o as PySlice;
  const a = s.start, b = s.stop, c = s.step;
  if (--a.ob_refcnt === 0) dealloc(a);
  if (--b.ob_refcnt === 0) dealloc(b);
  if (--c.ob_refcnt === 0) dealloc(c);
};
SliceType.tp_repr = (o) => {
  const s = o as PySlice;
  return newStr(`slice(${reprStr(s.start)}, ${reprStr(s.stop)}, ${reprStr(s.step)})`);
};

const MAX = Number.MAX_SAFE_INTEGER;
function clampIndex(o: PyObject): number {
  if (o.ob_type.nb_index === null) throw typeError("slice indices must be integers or None or have an __index__ method");
  const i = index(o);
  const v = i.value;
  if (--i.ob_refcnt === 0) dealloc(i);
  if (typeof v === "number") return v;
  return v > 0n ? MAX : -MAX;
}

/** [start, stop, step] before length adjustment (PySlice_Unpack). */
export function sliceUnpack(s: PySlice): [number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = clampIndex(s.step);
    if (step === 0) throw valueError("slice step cannot be zero");
  }
  const start = s.start === None ? (step < 0 ? MAX : 0) : clampIndex(s.start);
  const stop = s.stop === None ? (step < 0 ? -MAX : MAX) : clampIndex(s.stop);
  return [start, stop, step];
}
/** Adjust to a sequence of `length`; returns [start, stop, step, slicelength]. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  const [start, stop, step] = sliceUnpack(s);
  return sliceAdjust(start, stop, step, length);
}
/**
 * PySlice_AdjustIndices: unpacked indices fitted to a sequence of `length`; returns [start, stop,
 * step, slicelength]. A mutable sequence reads its length after sliceUnpack, whose __index__ calls
 * may change it (as CPython does).
 */
export function sliceAdjust(start: number, stop: number, step: number, length: number): [number, number, number, number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}
export { asSsize, PyInt };

SliceType.tp_new = (_type, args, kw) => {
  if (kw !== null && (kw as unknown as { items: unknown[] }).items.length > 0) throw typeError("slice() takes no keyword arguments");
  if (args.length === 0) throw typeError("slice expected at least 1 argument, got 0");
  if (args.length > 3) throw typeError(`slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(None, args[0]!, None);
  return newSlice(args[0]!, args[1]!, args[2] ?? None);
};
SliceType.tp_getset = [
  { name: "start", member: true, get: (o) => ((o as PySlice).start.ob_refcnt++, (o as PySlice).start), set: null },
  { name: "stop", member: true, get: (o) => ((o as PySlice).stop.ob_refcnt++, (o as PySlice).stop), set: null },
  { name: "step", member: true, get: (o) => ((o as PySlice).step.ob_refcnt++, (o as PySlice).step), set: null },
];
SliceType.tp_hash = hashNotImplemented; // slices are unhashable before 3.12 (__hash__ is None)
SliceType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PySlice)) return NotImplemented;
  const x = a as PySlice;
  return seqRichCompare({ items: [x.start, x.stop, x.step] }, { items: [b.start, b.stop, b.step] }, op);
};
SliceType.tp_methods = [
  { name: "indices", flags: 2, fn: (o: PyObject, n: PyObject) => {
    const len = asSsize(n);
    if (len < 0) throw valueError("length should not be negative");
    const [a, b, c] = sliceIndices(o as PySlice, len);
    return newTuple([newIntAny(a), newIntAny(b), newIntAny(c)]);
  } },
];
import { NotImplemented } from "./types.ts";
import { seqRichCompare } from "./seq_common.ts";
import { newTuple } from "./tuple.ts";
import { newIntAny } from "./int.ts";
