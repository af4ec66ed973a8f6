/**
 * Generic iterators: the sequence iterator (iter() of an object with only __getitem__) and the
 * callable iterator (iter(callable, sentinel)).
 */
import { PyObject } from "./object.ts";
import { SeqIterType, CallIterType } from "./types.ts";
import { dealloc } from "../memory/refcount.ts";
import { PyBaseException, IndexErrorType, StopIterationType } from "./exceptions.ts";
import { isSubtype } from "./object.ts";
import { getIter, iterNext, richCompareBool, call } from "./abstract.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

export class PySeqIter extends PyObject {
  declare seq: PyObject | null;
  declare index: number;
  constructor(seq: PyObject) {
    super(SeqIterType);
    this.seq = seq;
    this.index = 0;
  }
}
/** iter(seq) for an object with __getitem__ only (seq borrowed). */
export function newSeqIter(seq: PyObject): PyObject {
  seq.ob_refcnt++;
  return new PySeqIter(seq);
}
SeqIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
SeqIterType.tp_iternext = (o) => {
  const it = o as PySeqIter;
  const seq = it.seq;
  if (seq === null) return null;
  try {
    const r = seq.ob_type.sq_item!(seq, it.index);
    it.index++;
    return r;
  } catch (e) {
    if (e instanceof PyBaseException && (isSubtype(e.ob_type, IndexErrorType) || isSubtype(e.ob_type, StopIterationType))) {
      decref(e); // the caught exception's reference
      it.seq = null;
      decref(seq);
      return null;
    }
    throw e;
  }
};
/** iter_len: len(seq) - index while the sequence has a length (NotImplemented otherwise). */
SeqIterType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => {
    const it = o as PySeqIter;
    const seq = it.seq;
    if (seq === null) return newIntSI(0);
    if (seq.ob_type.sq_length === null && seq.ob_type.mp_length === null) {
      NotImplementedSI.ob_refcnt++;
      return NotImplementedSI;
    }
    const n = lengthSI(seq) - it.index;
    return newIntSI(n < 0 ? 0 : n);
  } },
];
import { newInt as newIntSI } from "./int.ts";
import { NotImplemented as NotImplementedSI } from "./types.ts";
import { length as lengthSI } from "./abstract.ts";
SeqIterType.tp_dealloc = (o) => {
  const it = o as PySeqIter;
  if (it.seq !== null) decref(it.seq);
};

/** `v in self` by iteration (_PySequence_IterSearch for contains). */
export function seqIterSearchContains(self: PyObject, v: PyObject): boolean {
  const it = getIter(self);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      const eq = x === v || richCompareBool(x, v, 2);
      decref(x);
      if (eq) return true;
    }
  } finally {
    decref(it);
  }
}

export class PyCallIter extends PyObject {
  declare func: PyObject | null;
  declare sentinel: PyObject;
  constructor(func: PyObject, sentinel: PyObject) {
    super(CallIterType);
    this.func = func;
    this.sentinel = sentinel;
  }
}
export function newCallIter(func: PyObject, sentinel: PyObject): PyObject {
  func.ob_refcnt++;
  sentinel.ob_refcnt++;
  return new PyCallIter(func, sentinel);
}
CallIterType.tp_iter = SeqIterType.tp_iter;
CallIterType.tp_iternext = (o) => {
  const it = o as PyCallIter;
  const f = it.func;
  if (f === null) return null;
  let r: PyObject;
  try {
    r = call(f, []);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, StopIterationType)) {
      decref(e);
      it.func = null;
      decref(f);
      return null;
    }
    throw e;
  }
  if (richCompareBool(r, it.sentinel, 2)) {
    decref(r);
    it.func = null;
    decref(f);
    return null;
  }
  return r;
};
CallIterType.tp_dealloc = (o) => {
  const it = o as PyCallIter;
  if (it.func !== null) decref(it.func);
  decref(it.sentinel);
};
