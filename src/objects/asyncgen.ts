/**
 * Async generators (PEP 525, Objects/genobject.c): the async_generator type and its awaitables.
 *
 *  - An async generator is a PyGen of AsyncGeneratorType. `yield v` in its body runs
 *    ASYNC_GEN_WRAP first, so the frame yields a PyAsyncGenWrapped(v); yields of `await` pass
 *    through unwrapped (they go to the event loop).
 *  - __anext__()/asend(v) return an async_generator_asend awaitable; each send runs the frame
 *    (genSendEx) and unwraps: a wrapped value ends the awaitable (StopIteration(value)), an
 *    unwrapped one is yielded to the loop, a return becomes StopAsyncIteration (and closes the
 *    generator, as StopAsyncIteration or GeneratorExit escaping it do).
 *  - athrow(...)/aclose() return an async_generator_athrow awaitable (aclose throws
 *    GeneratorExit and reports a yield as "async generator ignored GeneratorExit").
 *  - `agClosed` and `agRunningAsync` on PyGen are CPython's ag_closed / ag_running_async.
 * States of an awaitable: INIT (not started), ITER (started), CLOSED (finished; reuse raises).
 */
import { PyObject, PyType } from "./object.ts";
import { AsyncGeneratorType, TypeType, ObjectType, None } from "./types.ts";
import { PyStr, newStr } from "./str.ts";
import { PyTuple } from "./tuple.ts";
import { typeError, runtimeError, newException } from "./errors.ts";
import { PyBaseException, StopAsyncIterationType, GeneratorExitType, StopIterationType } from "./exceptions.ts";
import { isSubtype } from "./object.ts";
import { hexId, lookupSpecial, call, isStopIteration } from "./abstract.ts";
import {
  PyGen, newGenerator, genSendEx, genReturned, genThrow, genYf, makeThrowException, stopIterationWith,
  stopIterationValue, genFinalizeAsync, genDeallocAsync, genSetName,
} from "./genobject.ts";
import { readyType } from "./typeobject.ts";
import { intern } from "./str.ts";
import { True, False } from "./int.ts";
import { dealloc } from "../memory/refcount.ts";
import { FrameState } from "../vm/frame.ts";
import type { Frame } from "../vm/frame.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

export const AsyncGenASendType = new PyType(TypeType, "async_generator_asend", ObjectType, 0);
export const AsyncGenAThrowType = new PyType(TypeType, "async_generator_athrow", ObjectType, 0);
export const AsyncGenWrappedType = new PyType(TypeType, "async_generator_wrapped_value", ObjectType, 0);
export const AnextAwaitableType = new PyType(TypeType, "anext_awaitable", ObjectType, 0);

const enum AwState {
  INIT = 0,
  ITER = 1,
  CLOSED = 2,
}

/** The value of a `yield` in an async generator, on its way to the awaitable that unwraps it. */
class PyAsyncGenWrapped extends PyObject {
  declare value: PyObject;
  constructor(v: PyObject) {
    super(AsyncGenWrappedType);
    this.value = v;
  }
}
AsyncGenWrappedType.tp_dealloc = (o) => decref((o as PyAsyncGenWrapped).value);

export function newAsyncGen(f: Frame): PyObject {
  return newGenerator(f, AsyncGeneratorType);
}
/** ASYNC_GEN_WRAP (new reference; v borrowed). */
export function asyncGenWrap(v: PyObject): PyObject {
  v.ob_refcnt++;
  return new PyAsyncGenWrapped(v);
}

/**
 * async_gen_unwrap_value: `r` is what running the generator produced (null: it raised `err`).
 * Returns the value to yield to the event loop, or throws (StopIteration(value) for a `yield`).
 */
function unwrap(g: PyGen, r: PyObject | null, err: unknown): PyObject {
  if (r === null) {
    if (err instanceof PyBaseException && (isSubtype(err.ob_type, StopAsyncIterationType) || isSubtype(err.ob_type, GeneratorExitType))) {
      g.agClosed = true;
    }
    g.agRunningAsync = false;
    throw err;
  }
  if (r instanceof PyAsyncGenWrapped) {
    const v = r.value;
    v.ob_refcnt++;
    decref(r);
    g.agRunningAsync = false;
    throw stopIterationWith(v);
  }
  return r;
}

/** Run the generator: send `v` (or throw `exc`); a return becomes StopAsyncIteration. */
function runGen(g: PyGen, v: PyObject, exc: PyBaseException | null, throwing: boolean): PyObject {
  let r: PyObject | null = null;
  let err: unknown = null;
  try {
    r = throwing ? genThrow(g, exc!, false) : genSendEx(g, v, null);
    if (genReturned) {
      decref(r);
      r = null;
      err = newException(StopAsyncIterationType, null);
    }
  } catch (e) {
    err = e;
    r = null;
  }
  return unwrap(g, r, err);
}

// ---- async_generator_asend ---------------------------------------------------------------------

class PyASend extends PyObject {
  declare gen: PyGen;
  declare sendval: PyObject;
  declare state: AwState;
  constructor(g: PyGen, v: PyObject) {
    super(AsyncGenASendType);
    this.gen = g;
    this.sendval = v;
    this.state = AwState.INIT;
  }
}
function asendSend(o: PyObject, arg: PyObject | null): PyObject {
  const a = o as PyASend;
  if (a.state === AwState.CLOSED) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
  if (a.state === AwState.INIT) {
    if (a.gen.agRunningAsync) throw runtimeError("anext(): asynchronous generator is already running");
    if (arg === null || arg === None) arg = a.sendval;
    a.state = AwState.ITER;
  }
  a.gen.agRunningAsync = true;
  try {
    return runGen(a.gen, arg ?? None, null, false);
  } catch (e) {
    a.state = AwState.CLOSED;
    throw e;
  }
}
function asendThrow(o: PyObject, args: PyObject[]): PyObject {
  const a = o as PyASend;
  if (a.state === AwState.CLOSED) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
  const exc = throwArgs(args);
  try {
    return runGen(a.gen, None, exc, true);
  } catch (e) {
    a.state = AwState.CLOSED;
    throw e;
  }
}
function throwArgs(args: PyObject[]): PyBaseException {
  if (args.length < 1 || args.length > 3) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
  return makeThrowException(args[0]!, args[1] ?? null, args[2] ?? null);
}
AsyncGenASendType.tp_dealloc = (o) => {
  const a = o as PyASend;
  decref(a.gen);
  decref(a.sendval);
};

// ---- async_generator_athrow --------------------------------------------------------------------

class PyAThrow extends PyObject {
  declare gen: PyGen;
  /** The athrow() arguments, or null for aclose(). */
  declare args: PyObject[] | null;
  declare state: AwState;
  constructor(g: PyGen, args: PyObject[] | null) {
    super(AsyncGenAThrowType);
    this.gen = g;
    this.args = args;
    this.state = AwState.INIT;
  }
}
function athrowName(t: PyAThrow): string {
  return t.args === null ? "aclose()" : "athrow()";
}
/** aclose(): the generator yielded a value instead of finishing. */
function ignoredGeneratorExit(t: PyAThrow): never {
  t.gen.agRunningAsync = false;
  t.state = AwState.CLOSED;
  throw runtimeError("async generator ignored GeneratorExit");
}
/** check_error: the generator raised `e`. */
function athrowError(t: PyAThrow, e: unknown): never {
  t.gen.agRunningAsync = false;
  t.state = AwState.CLOSED;
  if (t.args === null && e instanceof PyBaseException && (isSubtype(e.ob_type, StopAsyncIterationType) || isSubtype(e.ob_type, GeneratorExitType))) {
    decref(e);
    throw newException(StopIterationType, null);
  }
  throw e;
}
function athrowSend(o: PyObject, arg: PyObject | null): PyObject {
  const t = o as PyAThrow;
  const g = t.gen;
  if (t.state === AwState.CLOSED) throw runtimeError("cannot reuse already awaited aclose()/athrow()");
  if (g.frame === null || g.frame.state >= FrameState.COMPLETED) {
    t.state = AwState.CLOSED;
    throw newException(StopIterationType, null);
  }
  if (t.state === AwState.INIT) {
    if (g.agRunningAsync) {
      t.state = AwState.CLOSED;
      throw runtimeError(`${athrowName(t).slice(0, -2)}(): asynchronous generator is already running`);
    }
    if (g.agClosed) {
      t.state = AwState.CLOSED;
      throw newException(StopAsyncIterationType, null);
    }
    if (arg !== null && arg !== None) throw runtimeError("can't send non-None value to a just-started coroutine");
    t.state = AwState.ITER;
    g.agRunningAsync = true;
    if (t.args === null) {
      g.agClosed = true;
      let r: PyObject;
      try {
        r = genThrow(g, newException(GeneratorExitType, null), false);
        if (genReturned) {
          decref(r);
          throw newException(StopAsyncIterationType, null);
        }
      } catch (e) {
        return athrowError(t, e);
      }
      if (r instanceof PyAsyncGenWrapped) {
        decref(r);
        return ignoredGeneratorExit(t);
      }
      return r;
    }
    const exc = throwArgs(t.args);
    try {
      return runGen(g, None, exc, true);
    } catch (e) {
      return athrowError(t, e);
    }
  }
  // ITER: the generator awaited something inside its handler; keep driving it
  if (t.args !== null) {
    try {
      return runGen(g, arg ?? None, null, false);
    } catch (e) {
      return athrowError(t, e);
    }
  }
  let r: PyObject;
  try {
    r = genSendEx(g, arg ?? None, null);
    if (genReturned) {
      decref(r);
      throw newException(StopAsyncIterationType, null);
    }
  } catch (e) {
    return athrowError(t, e);
  }
  if (r instanceof PyAsyncGenWrapped) {
    decref(r);
    return ignoredGeneratorExit(t);
  }
  return r;
}
function athrowThrow(o: PyObject, args: PyObject[]): PyObject {
  const t = o as PyAThrow;
  if (t.state === AwState.CLOSED) throw runtimeError("cannot reuse already awaited aclose()/athrow()");
  const exc = throwArgs(args);
  if (t.args !== null) {
    try {
      return runGen(t.gen, None, exc, true);
    } catch (e) {
      t.state = AwState.CLOSED;
      throw e;
    }
  }
  let r: PyObject;
  try {
    r = genThrow(t.gen, exc, false);
    if (genReturned) {
      decref(r);
      throw newException(StopAsyncIterationType, null);
    }
  } catch (e) {
    if (e instanceof PyBaseException && (isSubtype(e.ob_type, StopAsyncIterationType) || isSubtype(e.ob_type, GeneratorExitType))) {
      decref(e);
      throw newException(StopIterationType, null);
    }
    throw e;
  }
  if (r instanceof PyAsyncGenWrapped) {
    decref(r);
    return ignoredGeneratorExit(t);
  }
  return r;
}
AsyncGenAThrowType.tp_dealloc = (o) => {
  const t = o as PyAThrow;
  decref(t.gen);
  if (t.args !== null) for (const a of t.args) decref(a);
};

// ---- the awaitables' shared protocol ----------------------------------------------------------------

/** The value a finished awaitable's StopIteration carried (for tp_iternext callers). */
let lastStop: PyObject | null = null;
function iternextVia(send: (o: PyObject, a: PyObject | null) => PyObject) {
  return (o: PyObject): PyObject | null => {
    try {
      return send(o, null);
    } catch (e) {
      if (isStopIteration(e)) {
        if (lastStop !== null) decref(lastStop);
        lastStop = stopIterationValue(e);
        setSlotStopValue(lastStop);
        lastStop = null;
        decref(e);
        return null;
      }
      throw e;
    }
  };
}
import { setStopValue as setSlotStopValue } from "./slots.ts";

for (const [t, send, thr] of [
  [AsyncGenASendType, asendSend, asendThrow],
  [AsyncGenAThrowType, athrowSend, athrowThrow],
] as [PyType, (o: PyObject, a: PyObject | null) => PyObject, (o: PyObject, a: PyObject[]) => PyObject][]) {
  t.am_await = (o) => {
    o.ob_refcnt++;
    return o;
  };
  t.tp_iter = (o) => {
    o.ob_refcnt++;
    return o;
  };
  t.tp_iternext = iternextVia(send);
  t.tp_methods = [
    { name: "send", flags: 2, fn: (o: PyObject, v: PyObject) => send(o, v) },
    { name: "throw", flags: 3, fn: thr },
    { name: "close", flags: 1, fn: (o: PyObject) => {
      (o as PyASend | PyAThrow).state = AwState.CLOSED;
      None.ob_refcnt++;
      return None;
    } },
  ];
}

// ---- the async_generator type ------------------------------------------------------------------

function agen(o: PyObject): PyGen {
  return o as PyGen;
}
// ---- sys.set_asyncgen_hooks (PEP 525) ----------------------------------------------------------

/** [firstiter, finalizer] as set by sys.set_asyncgen_hooks (each None or a callable; owned). */
export const asyncgenHooks: PyObject[] = [None, None];
/**
 * Async generators whose hooks have run (on their first __anext__/asend/athrow/aclose) mapped to
 * the finalizer then in force (owned reference) or null. An entry lives until the generator's
 * tp_finalize, which calls that finalizer (instead of closing the generator) while not closed.
 */
const agFinalizers = new Map<PyGen, PyObject | null>();
/**
 * Async generators whose hooks have run (CPython's ag_hooks_inited): the hooks run once per
 * generator, also after tp_finalize took its agFinalizers entry (the finalizer hook typically
 * resurrects the generator to schedule `aclose()`, which must not register it again).
 */
const agHooksInited = new WeakSet<PyGen>();
function initHooks(o: PyObject): void {
  const g = agen(o);
  if (agHooksInited.has(g)) return;
  agHooksInited.add(g);
  const fin = asyncgenHooks[1]!;
  if (fin !== None) fin.ob_refcnt++;
  agFinalizers.set(g, fin === None ? null : fin);
  const first = asyncgenHooks[0]!;
  if (first === None) return;
  first.ob_refcnt++;
  try {
    decref(call(first, [o]));
  } finally {
    decref(first);
  }
}
function asyncGenFinalize(o: PyObject): void {
  const g = agen(o);
  const fin = agFinalizers.get(g) ?? null;
  agFinalizers.delete(g);
  if (fin === null) {
    genFinalizeAsync(o);
    return;
  }
  try {
    if (g.frame !== null && !g.agClosed) decref(call(fin, [o]));
  } finally {
    decref(fin);
  }
}

export function asyncGenAnext(o: PyObject): PyObject {
  initHooks(o);
  o.ob_refcnt++;
  None.ob_refcnt++;
  return new PyASend(agen(o), None);
}
AsyncGeneratorType.am_aiter = (o) => {
  o.ob_refcnt++;
  return o;
};
AsyncGeneratorType.am_anext = asyncGenAnext;
AsyncGeneratorType.tp_repr = (o) => newStr(`<async_generator object ${(agen(o).qualname as PyStr).value} at ${hexId(o)}>`);
AsyncGeneratorType.tp_finalize = asyncGenFinalize;
AsyncGeneratorType.tp_dealloc = genDeallocAsync;
AsyncGeneratorType.tp_methods = [
  { name: "asend", flags: 2, fn: (o: PyObject, v: PyObject) => {
    initHooks(o);
    o.ob_refcnt++;
    v.ob_refcnt++;
    return new PyASend(agen(o), v);
  } },
  { name: "athrow", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length < 1 || args.length > 3) throw typeError(`athrow expected at least 1 argument, got ${args.length}`);
    initHooks(o);
    o.ob_refcnt++;
    for (const a of args) a.ob_refcnt++;
    return new PyAThrow(agen(o), args.slice());
  } },
  { name: "aclose", flags: 1, fn: (o: PyObject) => {
    initHooks(o);
    o.ob_refcnt++;
    return new PyAThrow(agen(o), null);
  } },
];
AsyncGeneratorType.tp_getset = [
  { name: "__name__", get: (o) => (agen(o).name.ob_refcnt++, agen(o).name), set: (o, v) => genSetName(agen(o), v, "name") },
  { name: "__qualname__", get: (o) => (agen(o).qualname.ob_refcnt++, agen(o).qualname), set: (o, v) => genSetName(agen(o), v, "qualname") },
  { name: "ag_running", get: (o) => (agen(o).agRunningAsync ? True : False), set: null },
  { name: "ag_frame", get: (o) => {
    const f = agen(o).frame;
    if (f === null) return None;
    f.ob_refcnt++;
    return f;
  }, set: null },
  { name: "ag_code", member: true, get: (o) => (agen(o).code.ob_refcnt++, agen(o).code), set: null },
  { name: "ag_await", get: (o) => {
    const y = genYf(agen(o));
    if (y === null) return None;
    y.ob_refcnt++;
    return y;
  }, set: null },
];

// ---- aiter() / anext() -------------------------------------------------------------------------

export function builtinAiter(_s: PyObject | null, x: PyObject): PyObject {
  const f = x.ob_type.am_aiter;
  if (f === null) throw typeError(`'${x.ob_type.tp_name}' object is not an async iterable`);
  const it = f(x);
  if (it.ob_type.am_anext === null) {
    const n = it.ob_type.tp_name;
    decref(it);
    throw typeError(`aiter() returned not an async iterator of type '${n}'`);
  }
  return it;
}

/** anext(it, default): awaits it.__anext__() and turns StopAsyncIteration into `default`. */
class PyAnextAwaitable extends PyObject {
  declare wrapped: PyObject;
  declare dflt: PyObject;
  constructor(w: PyObject, d: PyObject) {
    super(AnextAwaitableType);
    this.wrapped = w;
    this.dflt = d;
  }
}
export function builtinAnext(_s: PyObject | null, args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 2) {
    throw typeError(args.length < 1 ? `anext expected at least 1 argument, got ${args.length}` : `anext expected at most 2 arguments, got ${args.length}`);
  }
  const x = args[0]!;
  const f = x.ob_type.am_anext;
  if (f === null) throw typeError(`'${x.ob_type.tp_name}' object is not an async iterator`);
  const aw = f(x);
  if (args.length === 1) return aw;
  args[1]!.ob_refcnt++;
  return new PyAnextAwaitable(aw, args[1]!);
}
/** The iterator behind the wrapped awaitable (_PyCoro_GetAwaitableIter, then __await__). */
function anextIter(a: PyAnextAwaitable): PyObject {
  const w = a.wrapped;
  const am = w.ob_type.am_await;
  if (am === null) throw typeError(`'${w.ob_type.tp_name}' object can't be awaited`);
  return am(w);
}
function anextProxy(o: PyObject, meth: string, arg: PyObject[] | null): PyObject {
  const a = o as PyAnextAwaitable;
  const it = anextIter(a);
  try {
    if (arg === null) {
      const nx = it.ob_type.tp_iternext;
      if (nx === null) throw typeError(`'${it.ob_type.tp_name}' object is not an iterator`);
      const r = nx(it);
      if (r !== null) return r;
      throw stopIterationWith(takeSlotStopValue());
    }
    const m = lookupSpecial(it, intern(meth)) ?? null;
    if (m === null) throw typeError(`'${it.ob_type.tp_name}' object has no attribute '${meth}'`);
    try {
      return call(m, arg);
    } finally {
      decref(m);
    }
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, StopAsyncIterationType)) {
      decref(e);
      a.dflt.ob_refcnt++;
      throw stopIterationWith(a.dflt);
    }
    throw e;
  } finally {
    decref(it);
  }
}
import { takeStopValue as takeSlotStopValue } from "./slots.ts";
AnextAwaitableType.am_await = (o) => {
  o.ob_refcnt++;
  return o;
};
AnextAwaitableType.tp_iter = AnextAwaitableType.am_await;
AnextAwaitableType.tp_iternext = (o) => {
  try {
    return anextProxy(o, "__next__", null);
  } catch (e) {
    if (isStopIteration(e)) {
      setSlotStopValue(stopIterationValue(e));
      decref(e);
      return null;
    }
    throw e;
  }
};
AnextAwaitableType.tp_methods = [
  { name: "send", flags: 2, fn: (o: PyObject, v: PyObject) => anextProxy(o, "send", [v]) },
  { name: "throw", flags: 3, fn: (o: PyObject, args: PyObject[]) => anextProxy(o, "throw", args) },
  { name: "close", flags: 1, fn: (o: PyObject) => anextProxy(o, "close", []) },
];
AnextAwaitableType.tp_dealloc = (o) => {
  const a = o as PyAnextAwaitable;
  decref(a.wrapped);
  decref(a.dflt);
};

/** Ready the helper types (called once at start-up). */
export function initAsyncGenTypes(): void {
  // their slots are all set: dict entries on first use (readyType's deferDict)
  for (const t of [AsyncGenASendType, AsyncGenAThrowType, AsyncGenWrappedType, AnextAwaitableType]) readyType(t, true);
}
export { PyTuple };
