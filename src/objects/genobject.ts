/**
 * Generators and coroutines (Objects/genobject.c). A generator owns a suspended Frame. The eval
 * loop resumes it inline for FOR_ITER and SEND; everything else (next(), send(), throw(),
 * close(), iteration by builtins) goes through genSendEx, which runs the frame in a nested
 * eval loop. While a generator runs, its exception state (gi_exc_state) is linked on top of
 * the thread's exc_info stack.
 */
import { PyObject, PyType, isSubtype } from "./object.ts";
import { GeneratorType, CoroutineType, CoroWrapperType, None, TypeType } from "./types.ts";
import { PyStr, newStr } from "./str.ts";
import { PyTuple, newTuple } from "./tuple.ts";
import { typeError, valueError, runtimeError, newException, newExceptionArg } from "./errors.ts";
import {
  PyBaseException, StopIterationType, GeneratorExitType, BaseExceptionType, StopAsyncIterationType,
} from "./exceptions.ts";
import { dealloc } from "../memory/refcount.ts";
import { hexId, call, lookupAttr, isStopIteration } from "./abstract.ts";
import { Frame, FrameState, ReturnMode } from "../vm/frame.ts";
import { ExcInfo, ts } from "../vm/state.ts";
import { evalFrame } from "../vm/eval.ts";
import { Op } from "../bytecode/opcodes.ts";
import { intern } from "./str.ts";
import type { PyCode } from "./codeobject.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

export class PyGen extends PyObject {
  declare frame: Frame | null;
  declare code: PyCode;
  declare running: boolean;
  declare name: PyObject;
  declare qualname: PyObject;
  declare excState: ExcInfo;
  /** Coroutines: set once awaited/started (for the "never awaited" warning). */
  declare started: boolean;
  /** Async generators: ag_closed and ag_running_async (asyncgen.ts). */
  declare agClosed: boolean;
  declare agRunningAsync: boolean;
  constructor(type: PyType, frame: Frame, name: PyObject, qualname: PyObject) {
    super(type);
    this.frame = frame;
    frame.code.ob_refcnt++; // gi_code outlives the frame (released at the generator's dealloc)
    this.code = frame.code;
    this.running = false;
    this.name = name;
    this.qualname = qualname;
    this.excState = new ExcInfo(null, null);
    this.started = false;
    this.agClosed = false;
    this.agRunningAsync = false;
  }
}

function kindName(g: PyGen): string {
  return g.ob_type === CoroutineType ? "coroutine" : g.ob_type === GeneratorType ? "generator" : "async generator";
}

/** Link the generator's exception state in (it is about to run). */
export function genStartFrame(g: PyGen): void {
  g.running = true;
  g.started = true;
  g.excState.previous = ts.excInfo;
  ts.excInfo = g.excState;
}
/** The generator yielded. */
export function genSuspended(g: PyGen): void {
  g.running = false;
  ts.excInfo = g.excState.previous!;
  g.excState.previous = null;
}
/** The generator's frame finished (returned or raised). */
export function genFinished(g: PyGen): void {
  genSuspended(g);
  const e = g.excState.exc;
  g.excState.exc = null;
  if (e !== null) decref(e);
  // the frame is no longer the generator's: clearFrame (which follows) treats it as a finished
  // function frame (its reference dropped, pooled, or kept with its locals by a traceback)
  const f = g.frame;
  if (f !== null) f.gen = null;
  g.frame = null;
}

/**
 * The generator lets go of a frame that never finished (not started, or a generator freed
 * without running close()): the frame's dealloc releases its function and s[0..sp).
 */
function genDropFrame(g: PyGen): void {
  const f = g.frame!;
  g.frame = null;
  decref(f);
}

/** The iterator a suspended `yield from` / `await` delegates to (borrowed), or null. */
export function genYf(g: PyGen): PyObject | null {
  const f = g.frame;
  if (f === null || f.state === FrameState.CREATED) return null;
  const next = f.code.instrs[f.lasti + 1];
  if (next === undefined || ((next & 255) !== Op.RESUME && (next & 255) !== Op.RESUME_QUICK) || (next >> 8) < 2) return null;
  return f.s[f.sp - 1]!;
}

/** Set by genSendEx: true when the last result was a return (not a yield). */
export let genReturned = false;

/**
 * Resume `g` with `value` (or throw `exc` into it). Returns the yielded or returned value
 * (new reference); genReturned tells which. Raises what the generator raises.
 */
export function genSendEx(g: PyGen, value: PyObject, exc: PyBaseException | null, closing = false): PyObject {
  if (g.running) throw valueError(`${kindName(g)} already executing`);
  const f = g.frame;
  if (f === null) {
    if (g.ob_type === CoroutineType && exc === null) throw runtimeError("cannot reuse already awaited coroutine");
    if (exc !== null) throw exc;
    genReturned = true;
    return None;
  }
  if (f.state === FrameState.CREATED) {
    if (exc === null && value !== None) throw typeError(`can't send non-None value to a just-started ${kindName(g)}`);
    if (exc !== null && closing) {
      genReturned = true;
      genDropFrame(g);
      return None;
    }
  }
  if (exc === null) {
    value.ob_refcnt++;
    f.s[f.sp++] = value;
  }
  f.returnMode = ReturnMode.ENTRY;
  // a thrown exception is restored, not raised anew: no implicit __context__ (PyErr_Restore)
  if (exc !== null) ts.propagating = exc;
  const r = evalFrame(f, exc);
  genReturned = g.frame === null;
  return r;
}

/** next(g) for builtins: the value, or null when it finished (its return value dropped). */
function genIternext(o: PyObject): PyObject | null {
  const g = o as PyGen;
  if (g.frame === null) return null;
  const r = genSendEx(g, None, null);
  if (genReturned) {
    decref(r);
    return null;
  }
  return r;
}

/** g.send(v): the yielded value, or raise StopIteration(return value). */
export function genSend(g: PyGen, v: PyObject): PyObject {
  const r = genSendEx(g, v, null);
  if (genReturned) throw stopIterationWith(r);
  return r;
}
export function stopIterationWith(r: PyObject): PyBaseException {
  if (r === None) return newException(StopIterationType, null);
  const e = newExceptionArg(StopIterationType, r);
  e.extra = [r]; // StopIteration.value takes over the reference to r
  return e;
}

/** g.throw(exc): delegate to a `yield from` target first, as _gen_throw does. */
export function genThrow(g: PyGen, exc: PyBaseException, closeOnGenExit = true): PyObject {
  const yf = genYf(g);
  if (yf !== null) {
    const f = g.frame!;
    if (isSubtype(exc.ob_type, GeneratorExitType) && closeOnGenExit) {
      g.running = true;
      try {
        closeIter(yf);
      } catch (e) {
        g.running = false;
        return genSendEx(g, None, e as PyBaseException);
      }
      g.running = false;
      return genSendEx(g, None, exc);
    }
    let ret: PyObject;
    let finished = false;
    let raised: unknown = null;
    g.running = true;
    try {
      if (yf instanceof PyGen) {
        ret = genThrow(yf, exc, closeOnGenExit);
        finished = genReturned;
      } else {
        const meth = lookupAttr(yf, intern("throw"));
        if (meth === null) {
          g.running = false;
          return genSendEx(g, None, exc);
        }
        try {
          ret = call(meth, [exc]);
        } finally {
          decref(meth);
        }
      }
    } catch (e) {
      raised = e;
      ret = None;
    }
    g.running = false;
    if (!finished && raised === null) {
      genReturned = false;
      return ret;
    }
    // the delegate finished: pop it, leave the SEND loop, and resume g
    f.sp--;
    decref(yf);
    const send = f.code.instrs[f.lasti - 1]!;
    f.lasti += (send >> 8) - 1;
    if (raised !== null) {
      if (isStopIteration(raised)) {
        const v = stopIterationValue(raised);
        const r = genSendEx(g, v, null);
        decref(v);
        return r;
      }
      return genSendEx(g, None, raised as PyBaseException);
    }
    const r = genSendEx(g, ret, null);
    decref(ret);
    return r;
  }
  return genSendEx(g, None, exc);
}

/** The value carried by a StopIteration (new reference). */
export function stopIterationValue(e: PyBaseException): PyObject {
  const args = (e.args as PyTuple).items;
  const v = args.length > 0 ? args[0]! : None;
  v.ob_refcnt++;
  return v;
}

function closeIter(yf: PyObject): void {
  if (yf instanceof PyGen) {
    genClose(yf);
    return;
  }
  const m = lookupAttr(yf, intern("close"));
  if (m !== null) {
    try {
      decref(call(m, []));
    } finally {
      decref(m);
    }
  }
}

/** g.close(). */
export function genClose(g: PyGen): void {
  if (g.frame === null) return;
  if (g.frame.state === FrameState.CREATED) {
    genDropFrame(g);
    return;
  }
  const yf = genYf(g);
  let err: PyBaseException | null = null;
  if (yf !== null) {
    g.running = true;
    try {
      closeIter(yf);
    } catch (e) {
      err = e as PyBaseException;
    }
    g.running = false;
  }
  const exc = err ?? newException(GeneratorExitType, null);
  try {
    const r = genSendEx(g, None, exc, true);
    if (!genReturned) {
      decref(r);
      throw runtimeError(`${kindName(g)} ignored GeneratorExit`);
    }
    decref(r);
  } catch (e) {
    if (e instanceof PyBaseException && (isSubtype(e.ob_type, GeneratorExitType) || isSubtype(e.ob_type, StopIterationType))) {
      // the caught exception's reference is ours (a thrown exception carries one)
      decref(e);
      return;
    }
    throw e;
  }
}

/** Build the exception to throw from g.throw(typ[, val[, tb]]) arguments. */
export function makeThrowException(typ: PyObject, val: PyObject | null, tb: PyObject | null): PyBaseException {
  if (typ instanceof PyBaseException) {
    if (val !== null && val !== None) throw typeError("instance exception may not have a separate value");
    typ.ob_refcnt++;
    return typ;
  }
  if (typ instanceof PyType && isSubtype(typ, BaseExceptionType)) {
    if (val instanceof PyBaseException && isSubtype(val.ob_type, typ)) {
      val.ob_refcnt++;
      return val;
    }
    const args = val === null || val === None ? [] : val instanceof PyTuple ? val.items : [val];
    const e = call(typ, args);
    if (!(e instanceof PyBaseException)) throw typeError(`calling ${typ.tp_name} should have returned an instance of BaseException, not ${e.ob_type.tp_name}`);
    return e;
  }
  throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typ.ob_type.tp_name}`);
}

function genRepr(o: PyObject): PyObject {
  const g = o as PyGen;
  return newStr(`<${kindName(g)} object ${(g.qualname as PyStr).value} at ${hexId(g)}>`);
}

const genMethods: { name: string; flags: number; fn: Function }[] = [
  { name: "send", flags: 2, fn: (o: PyObject, v: PyObject) => genSend(o as PyGen, v) },
  { name: "throw", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length < 1 || args.length > 3) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
    const exc = makeThrowException(args[0]!, args[1] ?? null, args[2] ?? null);
    const r = genThrow(o as PyGen, exc);
    if (genReturned) throw stopIterationWith(r);
    return r;
  } },
  { name: "close", flags: 1, fn: (o: PyObject) => {
    genClose(o as PyGen);
    return None;
  } },
];
function genFinalize(o: PyObject): void {
  const g = o as PyGen;
  if (g.frame === null) return;
  if (g.frame.state === FrameState.CREATED) {
    if (g.ob_type === CoroutineType) warnUnawaitedCoroutine(g, (g.qualname as PyStr).value);
    return;
  }
  genClose(g);
}
import { warnUnawaitedCoroutine } from "../modules/warnings.ts";
import { setStopValue } from "./slots.ts";
export const genFinalizeAsync = genFinalize;
/** The async generator's tp_dealloc (asyncgen.ts): the same as a generator's. */
export const genDeallocAsync = (o: PyObject): void => genDealloc(o);
function genDealloc(o: PyObject): void {
  const g = o as PyGen;
  // a frame still held (the finalizer did not close it: already finalized, or not started)
  if (g.frame !== null && !g.running) genDropFrame(g);
  decref(g.name);
  decref(g.qualname);
  decref(g.code);
}

for (const t of [GeneratorType, CoroutineType]) {
  t.tp_repr = genRepr;
  t.tp_methods = genMethods;
  t.tp_finalize = genFinalize;
  t.tp_dealloc = genDealloc;
  t.tp_getset = [
    { name: "__name__", get: (o) => ((o as PyGen).name.ob_refcnt++, (o as PyGen).name), set: (o, v) => genSetName(o as PyGen, v, "name") },
    { name: "__qualname__", get: (o) => ((o as PyGen).qualname.ob_refcnt++, (o as PyGen).qualname), set: (o, v) => genSetName(o as PyGen, v, "qualname") },
    { name: t === GeneratorType ? "gi_running" : "cr_running", get: (o) => boolObj((o as PyGen).running), set: null },
    { name: t === GeneratorType ? "gi_frame" : "cr_frame", get: (o) => {
      const f = (o as PyGen).frame;
      if (f === null) return None;
      f.ob_refcnt++;
      return f;
    }, set: null },
    { name: t === GeneratorType ? "gi_code" : "cr_code", member: true, get: (o) => ((o as PyGen).code.ob_refcnt++, (o as PyGen).code), set: null },
    { name: t === GeneratorType ? "gi_suspended" : "cr_suspended", get: (o) => {
      const f = (o as PyGen).frame;
      return boolObj(f !== null && f.state === FrameState.SUSPENDED);
    }, set: null },
    { name: t === GeneratorType ? "gi_yieldfrom" : "cr_await", get: (o) => {
      const y = genYf(o as PyGen);
      if (y === null) return None;
      y.ob_refcnt++;
      return y;
    }, set: null },
  ];
}
GeneratorType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
GeneratorType.tp_iternext = genIternext;

// coroutine.__await__() returns a coroutine_wrapper iterating the coroutine
class PyCoroWrapper extends PyObject {
  declare coro: PyGen;
  constructor(c: PyGen) {
    super(CoroWrapperType);
    this.coro = c;
  }
}
CoroutineType.am_await = (o) => {
  o.ob_refcnt++;
  return new PyCoroWrapper(o as PyGen);
};
CoroWrapperType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
// `yield from coro.__await__()` ends with the coroutine's return value: keep it for SEND
CoroWrapperType.tp_iternext = (o) => {
  const g = (o as PyCoroWrapper).coro;
  if (g.frame === null) return null;
  const r = genSendEx(g, None, null);
  if (genReturned) {
    setStopValue(r);
    return null;
  }
  return r;
};
CoroWrapperType.tp_dealloc = (o) => decref((o as PyCoroWrapper).coro);
CoroWrapperType.tp_methods = [
  { name: "send", flags: 2, fn: (o: PyObject, v: PyObject) => genSend((o as PyCoroWrapper).coro, v) },
  { name: "throw", flags: 3, fn: (o: PyObject, args: PyObject[]) => genMethods[1]!.fn((o as PyCoroWrapper).coro, args) },
  { name: "close", flags: 1, fn: (o: PyObject) => genMethods[2]!.fn((o as PyCoroWrapper).coro) },
];

import { True, False } from "./int.ts";
function boolObj(b: boolean): PyObject {
  return b ? True : False;
}

/** Create the generator/coroutine for a frame that executed RETURN_GENERATOR. */
export function newGenerator(f: Frame, type: PyType): PyGen {
  const func = f.func!;
  func.name.ob_refcnt++;
  func.qualname.ob_refcnt++;
  const g = new PyGen(type, f, func.name, func.qualname);
  f.gen = g;
  return g;
}
export { StopAsyncIterationType, TypeType, newTuple };

/** gen_set_name / gen_set_qualname (generators, coroutines, async generators). */
export function genSetName(g: { name: PyObject; qualname: PyObject }, v: PyObject | null, which: "name" | "qualname"): void {
  if (v === null || !(v instanceof PyStr)) throw typeError(`__${which}__ must be set to a string object`);
  v.ob_refcnt++;
  const old = g[which];
  g[which] = v;
  if (--old.ob_refcnt === 0) dealloc(old);
}
