/**
 * The frame switches of the eval loop (eval.ts), kept out of its body: each function prepares
 * the frame the loop is to enter next and leaves the caller's stack as the call leaves it.
 *
 * Protocol: the loop has stored f.lasti (the instruction that makes the call: the caller resumes
 * after it) and passes its stack pointer; a function returns the new frame, linked to f
 * (back, returnMode) and counted in the recursion depth, with f.sp set to the caller's stack
 * pointer after the call items were taken — or null when a specialised form's guard fails
 * (nothing changed then). The loop then makes the frame current (enterNew in eval.ts).
 *
 * Reference moves: the arguments' stack references become the new frame's locals, the
 * callable's becomes the frame's reference to its function; nothing is counted twice.
 */
import { Op } from "../bytecode/opcodes.ts";
import { PyObject, PyType, newInstance } from "../objects/object.ts";
import { FunctionType, None, GeneratorType, CoroutineType } from "../objects/types.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyFunction } from "../objects/funcobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { PyGen, genStartFrame } from "../objects/genobject.ts";
import { Frame, ReturnMode, allocFrame } from "./frame.ts";
import { bindArgs, newFunctionFrame, discardFunctionFrame } from "./call.ts";
import { ts } from "./state.ts";
import { recursionErr, canResumeInline } from "./ops.ts";
import { popCall } from "./spec_ops.ts";
import { read32 } from "./specialize.ts";

type Stack = (PyObject | null)[];

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** Link a new frame under f and count it (the recursion limit was checked by the caller). */
function link(f: Frame, nf: Frame, mode: ReturnMode): Frame {
  nf.back = f;
  nf.returnMode = mode;
  ts.depth++;
  return nf;
}

/**
 * CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS: a function with positional parameters only (of any
 * def: the guard is the code's shape, so closures share the specialisation), given exactly its
 * parameters or (withDefaults) enough of them for its defaults to fill the rest.
 */
export function pyCallFrame(f: Frame, s: Stack, sp: number, oparg: number, withDefaults: boolean): Frame | null {
  const isMeth = s[sp - oparg - 2] !== null;
  const nargs = oparg + (isMeth ? 1 : 0);
  const callable = s[sp - nargs - 1]!;
  if (callable.ob_type !== FunctionType || ts.depth >= ts.recursionLimit) return null;
  const func = callable as PyFunction;
  const fc = func.code;
  const argcount = fc.argcount;
  if (fc.totalargs !== argcount) return null;
  let defs: PyTuple | null = null;
  if (nargs !== argcount) {
    defs = func.defaults;
    if (!withDefaults || nargs > argcount || defs === null || nargs < argcount - defs.items.length) return null;
  }
  const nf = allocFrame(fc, func, func.globals, func.builtins);
  const fs = nf.s;
  const base = sp - nargs;
  for (let i = 0; i < nargs; i++) fs[i] = s[base + i]!;
  if (defs !== null) {
    const di = defs.items;
    const off = argcount - di.length;
    for (let i = nargs; i < argcount; i++) {
      const d = di[i - off]!;
      d.ob_refcnt++;
      fs[i] = d;
    }
  }
  f.sp = sp - oparg - 2;
  return link(f, nf, ReturnMode.CALL);
}

/**
 * CALL_PY_CLASS: Cls(args) for a class made by object.__new__ with a Python __init__: the new
 * instance goes on the caller's stack (where the call leaves its result) and __init__ runs as a
 * frame that returns to it (ReturnMode.INIT). ocache[at+1] is the class, ocache[at+2] __init__.
 */
export function classInitFrame(f: Frame, s: Stack, sp: number, oparg: number): Frame | null {
  const code = f.code;
  const at = f.lasti;
  const isMeth = s[sp - oparg - 2] !== null;
  const nargs = oparg + (isMeth ? 1 : 0);
  const type = s[sp - nargs - 1]! as PyType;
  const instrs = code.instrs;
  // the class call counts one against the recursion limit (CPython's _PyObject_MakeTpCall) and the
  // __init__ frame one: an INIT frame holds two counts (see the eval loop's INIT return)
  if (type !== code.ocache![at + 1] || type.tp_version !== read32(instrs, at + 2) || ts.depth + 1 >= ts.recursionLimit) return null;
  const init = code.ocache![at + 2] as PyFunction;
  const fc = init.code;
  const argcount = fc.argcount;
  const defs = init.defaults;
  const ndef = defs === null ? 0 : defs.items.length;
  if ((init.version & 0xffff) !== instrs[at + 4] || nargs + 1 > argcount || nargs + 1 < argcount - ndef) return null;
  const obj = newInstance(type);
  if (type.tp_nslots > 0) obj.slots = new Array<PyObject | null>(type.tp_nslots).fill(null);
  init.ob_refcnt++;
  const nf = allocFrame(fc, init, init.globals, init.builtins);
  const fs = nf.s;
  obj.ob_refcnt++;
  fs[0] = obj;
  const base = sp - nargs;
  for (let i = 0; i < nargs; i++) fs[i + 1] = s[base + i]!;
  if (nargs + 1 < argcount) {
    const di = defs!.items;
    const off = argcount - di.length;
    for (let i = nargs + 1; i < argcount; i++) {
      const d = di[i - off]!;
      d.ob_refcnt++;
      fs[i] = d;
    }
  }
  sp -= oparg + 2;
  s[sp++] = obj;
  f.sp = sp;
  decref(type);
  ts.depth++;
  return link(f, nf, ReturnMode.INIT);
}

/** CALL of any Python function: arguments bound by bindArgs (keywords, defaults, *args...). */
export function callFrame(f: Frame, s: Stack, sp: number, oparg: number, func: PyFunction, kw: PyTuple | null): Frame {
  if (ts.depth >= ts.recursionLimit) throw recursionErr();
  const isMeth = s[sp - oparg - 2] !== null;
  const nargs = oparg + (isMeth ? 1 : 0);
  const nf = newFunctionFrame(func);
  try {
    bindArgs(func, nf, s, sp - nargs, nargs, kw);
  } catch (e) {
    // give the frame back: release what was bound and the function
    discardFunctionFrame(nf, func);
    throw e;
  }
  popCall(s, sp - oparg - 2, sp);
  f.sp = sp - oparg - 2;
  return link(f, nf, ReturnMode.CALL);
}

/**
 * The frame for the Python function cached at ocache[lasti+1] of the running instruction, called
 * on `o`: null when o's type or the function has changed since (the type version at lasti+2, the
 * function version at lasti+4) or the recursion limit is reached. The frame owns a new reference
 * to the function; the caller fills its arguments.
 */
function cachedMethodFrame(f: Frame, o: PyObject): Frame | null {
  const code = f.code;
  const at = f.lasti;
  const func = code.ocache![at + 1] as PyFunction;
  if (o.ob_type.tp_version !== read32(code.instrs, at + 2) || (func.version & 0xffff) !== code.instrs[at + 4] ||
      ts.depth >= ts.recursionLimit) return null;
  func.ob_refcnt++;
  return allocFrame(func.code, func, func.globals, func.builtins);
}

/**
 * LOAD_ATTR_PROPERTY (specialize.ts): the property getter ocache[at+1] run as a frame; the
 * stack's reference to the object becomes the getter's `self`, and the getter's return value
 * takes the object's place on the stack (ReturnMode.CALL pushes it at f.sp).
 */
export function propertyFrame(f: Frame, s: Stack, sp: number): Frame | null {
  const o = s[sp - 1]!;
  const nf = cachedMethodFrame(f, o);
  if (nf === null) return null;
  nf.s[0] = o;
  f.sp = sp - 1;
  return link(f, nf, ReturnMode.CALL);
}

/** BINARY_SUBSCR_GETITEM: container.__getitem__(sub) of a class (ocache[at+1] the function). */
export function getitemFrame(f: Frame, s: Stack, sp: number): Frame | null {
  const c = s[sp - 2]!;
  const nf = cachedMethodFrame(f, c);
  if (nf === null) return null;
  nf.s[0] = c;
  nf.s[1] = s[sp - 1]!;
  f.sp = sp - 2;
  return link(f, nf, ReturnMode.CALL);
}

/**
 * FOR_ITER over a generator, or SEND to a generator or coroutine: resume its frame in the loop
 * (sending `v`, a reference moved in) when it is not running; null otherwise. On its return the
 * caller continues at retTarget.
 */
export function resumeFrame(f: Frame, s: Stack, sp: number, gen: PyObject, v: PyObject | null, retTarget: number): Frame | null {
  const t = gen.ob_type;
  if (t !== GeneratorType && (v === null || t !== CoroutineType)) return null;
  const g = gen as PyGen;
  if (!canResumeInline(g, v ?? undefined)) return null;
  if (ts.depth >= ts.recursionLimit) throw recursionErr();
  const gf = g.frame!;
  if (v === null) {
    None.ob_refcnt++;
    gf.s[gf.sp++] = None;
    f.sp = sp;
  } else {
    gf.s[gf.sp++] = v;
    f.sp = sp - 1;
  }
  gf.retTarget = retTarget;
  genStartFrame(g);
  return link(f, gf, v === null ? ReturnMode.FOR_ITER : ReturnMode.SEND);
}

export { Op };
