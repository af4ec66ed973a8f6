/**
 * Two more frame switches of the eval loop (same protocol as eval_frames.ts): Python code that
 * CPython 3.11 calls from C inside BEFORE_WITH (a Python __enter__) and CALL_FUNCTION_EX (f(*a,
 * **k) of a Python function) runs as a frame of the caller's loop instead of a nested loop, so
 * that a green thread blocked inside it can be switched out (src/vm/threads.ts: a thread can
 * unwind only while no builtin is between its frames). Tracebacks and frames are as CPython's:
 * its C call added no frame either.
 *
 * Each returns null (nothing changed) when the case is not the plain one; the loop then runs
 * the instruction's generic form, which raises the errors.
 */
import { PyObject } from "../objects/object.ts";
import { FunctionType, MethodType, TupleType, DictType, StrType } from "../objects/types.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyDict, dictNext } from "../objects/dict.ts";
import { PyFunction, PyMethod } from "../objects/funcobject.ts";
import { intern, type PyStr } from "../objects/str.ts";
import { lookupSpecial } from "../objects/abstract.ts";
import { typeLookupStr } from "../objects/typeobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { Frame, ReturnMode } from "./frame.ts";
import { bindArgs, newFunctionFrame, discardFunctionFrame } from "./call.ts";
import { ts } from "./state.ts";

type Stack = (PyObject | null)[];

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** A new frame of func bound to args (borrowed) and kwnames, or null when they do not fit. */
function boundFrame(func: PyFunction, args: PyObject[], kwnames: PyTuple | null): Frame | null {
  const nf = newFunctionFrame(func);
  try {
    bindArgs(func, nf, args, 0, args.length, kwnames);
  } catch (e) {
    discardFunctionFrame(nf, func);
    if (e instanceof PyObject) decref(e);
    return null;
  }
  return nf;
}

function link(f: Frame, nf: Frame): Frame {
  nf.back = f;
  nf.returnMode = ReturnMode.CALL;
  ts.depth++;
  return nf;
}

const ENTER = intern("__enter__");
const EXIT = intern("__exit__");

/**
 * BEFORE_WITH on a manager whose type's __enter__ is a Python function: the manager's slot
 * takes the bound __exit__ and __enter__(mgr) runs as a frame whose result the loop pushes.
 */
export function withEnterFrame(f: Frame, s: Stack, sp: number): Frame | null {
  if (ts.depth >= ts.recursionLimit) return null;
  const mgr = s[sp - 1]!;
  const enter = typeLookupStr(mgr.ob_type, ENTER.value);
  if (enter === null || enter.ob_type !== FunctionType) return null;
  const exit = lookupSpecial(mgr, EXIT as PyStr);
  if (exit === null) return null;
  const nf = boundFrame(enter as PyFunction, [mgr], null);
  if (nf === null) {
    decref(exit);
    return null;
  }
  s[sp - 1] = exit;
  decref(mgr); // the frame holds its own reference
  f.sp = sp;
  return link(f, nf);
}

/** CALL_FUNCTION_EX of a Python function (or a bound method of one) with a tuple and a str-keyed dict. */
export function exCallFrame(f: Frame, s: Stack, sp: number, oparg: number): Frame | null {
  if (ts.depth >= ts.recursionLimit) return null;
  const kwargs = oparg & 1 ? s[sp - 1]! : null;
  const callargs = s[sp - 1 - (oparg & 1)]!;
  const callable = s[sp - 2 - (oparg & 1)]!;
  if (callargs.ob_type !== TupleType || (kwargs !== null && kwargs.ob_type !== DictType)) return null;
  let func: PyObject = callable;
  const args: PyObject[] = [];
  if (func.ob_type === MethodType) {
    const m = func as PyMethod;
    if (m.func.ob_type !== FunctionType) return null;
    args.push(m.self);
    func = m.func;
  } else if (func.ob_type !== FunctionType) return null;
  for (const a of (callargs as PyTuple).items) args.push(a);
  let kwnames: PyTuple | null = null;
  if (kwargs !== null) {
    const d = kwargs as PyDict;
    const names: PyObject[] = [];
    for (let p = dictNext(d, 0); p >= 0; p = dictNext(d, p + 1)) {
      const k = d.ekeys[p]!;
      if (k.ob_type !== StrType) return null;
      names.push(k);
      args.push(d.evalues[p]!);
    }
    if (names.length > 0) {
      for (const k of names) k.ob_refcnt++;
      kwnames = newTuple(names);
    }
  }
  const nf = boundFrame(func as PyFunction, args, kwnames);
  if (kwnames !== null) decref(kwnames);
  if (nf === null) return null;
  const base = sp - 3 - (oparg & 1);
  for (let i = base; i < sp; i++) {
    const x = s[i];
    if (x !== null && x !== undefined) {
      s[i] = null;
      decref(x);
    }
  }
  f.sp = base;
  return link(f, nf);
}
