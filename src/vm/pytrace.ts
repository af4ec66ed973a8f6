/**
 * sys.settrace and sys.setprofile: the trace and profile functions the eval loop calls, with
 * CPython 3.11's events and order.
 *
 * The loop has one check per instruction, `tracer.on` (src/vm/trace.ts); it is true while a
 * trace or profile function is set (or -X tspy-trace is on), and then `traceHook` runs before
 * every instruction, with f.lasti and f.sp stored. What CPython's DO_TRACING does there, this does:
 *
 *  - RESUME (a frame starts, or a generator/coroutine resumes): profile 'call', then the global
 *    trace function's 'call' event; what it returns becomes the frame's local trace function
 *    (frame.f_trace). No other event reaches a frame without a local trace function.
 *  - any other instruction: a 'line' event when its line differs from the line of the previous
 *    instruction executed in the frame, or on a jump backwards (not out of SEND); an 'opcode'
 *    event per instruction when frame.f_trace_opcodes is set.
 *  - RETURN_VALUE / YIELD_VALUE: 'return' with the value (trace, then profile).
 *  - PRECALL / CALL_FUNCTION_EX of a builtin function (or a method descriptor with a self):
 *    profile 'c_call', then 'c_return' before the frame's next instruction, or 'c_exception'.
 *  - an exception raised in or propagating into a frame (not a re-raise): 'exception' with
 *    (type, value, traceback); a frame left by an exception: 'return' with None.
 *
 * While a trace or profile function runs, nothing is traced (CPython's tstate->tracing). A trace
 * function that raises is removed (sys.settrace(None)) and its exception propagates from the
 * instruction being traced. A local trace function's non-None result replaces it.
 *
 * The functions are the process's (tspy runs Python threads one at a time; CPython's are per
 * thread). Per-frame state lives in a WeakMap: frames pay nothing when tracing is off.
 */
import { PyObject } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { MethodDescrType, GeneratorType } from "../objects/types.ts";
import { StopIterationType } from "../objects/exceptions.ts";
import { PyCFunction } from "../objects/descr.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { stopIterationWith } from "../objects/genobject.ts";
import { stopRaised } from "../objects/slots.ts";
import { setFrameLineno, jumpTo } from "./frame_jump.ts";
import { intern, type PyStr } from "../objects/str.ts";
import { call } from "../objects/abstract.ts";
import { localsToFast, refreshLocals, fastAsLocals } from "../modules/builtins.ts";
import { dealloc } from "../memory/refcount.ts";
import { lineOf, type PyCode } from "../objects/codeobject.ts";
import { Op, deopt } from "../bytecode/opcodes.ts";
import { tracer, setPythonTracing, setPythonTraceHook } from "./trace.ts";
import { type Frame, frameTraceStates } from "./frame.ts";

/** The global trace and profile functions (owned references), or null. */
let traceFunc: PyObject | null = null;
let profileFunc: PyObject | null = null;
/** > 0 while a trace or profile function runs. */
let tracing = 0;

class FrameTrace {
  /** frame.f_trace: the local trace function (owned), or null. */
  local: PyObject | null = null;
  lines = true;
  opcodes = false;
  /** Unit index of the previous instruction traced in this frame, -1 at entry. */
  prev = -1;
  /** A builtin called by the previous instruction (profile): its c_return is due. Owned. */
  pendingC: PyObject | null = null;
  /** pendingC was announced by a generic PRECALL: the call itself is the next CALL. */
  precall = false;
  /** The previous instruction was a SEND (SEND_GEN_NEXT: next() of a generator), else 0. */
  send = 0;
}
const SEND_GEN_NEXT = 1, SEND_OTHER = 2;

/** The 'exception' event of a traced SEND whose subiterator returned `value` (borrowed). */
function sendStopIteration(f: Frame, st: FrameTrace, sendAt: number, value: PyObject): void {
  // StopIteration() without arguments for None, as gen_send_ex sets it ('Internal StopIteration')
  if (value !== None) value.ob_refcnt++;
  const exc = stopIterationWith(value);
  const arg = newTuple([StopIterationType, exc, None]);
  StopIterationType.ob_refcnt++;
  None.ob_refcnt++;
  const lasti = f.lasti;
  f.lasti = sendAt;
  try {
    traceEvent(f, st, EV.exception, arg);
  } finally {
    f.lasti = lasti;
    dec(arg);
  }
}

const frames = new WeakMap<Frame, FrameTrace>();
/**
 * The states whose pendingC is set. sys.setprofile(None) is itself a builtin call announced with
 * 'c_call': its c_return never comes (no profile function any more), so turning profiling off
 * releases every pending callee here.
 */
const pendingStates = new Set<FrameTrace>();
function dropPendingCallees(): void {
  for (const st of pendingStates) {
    const c = st.pendingC;
    st.pendingC = null;
    st.precall = false;
    dec(c);
  }
  pendingStates.clear();
}

function stateOf(f: Frame): FrameTrace {
  let st = frames.get(f);
  if (st === undefined) frames.set(f, st = newState());
  return st;
}
function newState(): FrameTrace {
  frameTraceStates.count = 1;
  return new FrameTrace();
}
/** A finished or freed frame's state goes with it (frame.ts frameTraceStates). */
frameTraceStates.forget = (f: Frame) => {
  const st = frames.get(f);
  if (st !== undefined) forget(f, st);
};

function dec(o: PyObject | null): void {
  if (o !== null && --o.ob_refcnt === 0) dealloc(o);
}

const EV = {
  call: intern("call"), line: intern("line"), return: intern("return"), exception: intern("exception"),
  opcode: intern("opcode"), c_call: intern("c_call"), c_return: intern("c_return"), c_exception: intern("c_exception"),
};

function update(): void {
  setPythonTracing(traceFunc !== null || profileFunc !== null);
}

/**
 * The kind of the trace event being dispatched (CPython's tstate->tracing_what: 'call' outside
 * any) and its frame (null outside): what frame.f_lineno's setter checks (frame_jump.ts).
 */
let eventKind = "call";
let eventFrame: Frame | null = null;

/** FOR_ITER is about to call a tp_iternext: forget a StopIteration kept from another caller. */
export function pyTraceIterStart(): void {
  const e = stopRaised.exc;
  if (e === null) return;
  stopRaised.exc = null;
  dec(e);
}

/**
 * FOR_ITER's iterator ended: when a Python __next__ raised StopIteration, CPython's traced
 * FOR_ITER gives frame f an 'exception' event with it (an error of the trace function is
 * dropped with it).
 */
export function pyTraceIterStop(f: Frame): void {
  const e = stopRaised.exc;
  if (e === null) return;
  stopRaised.exc = null;
  if (tracing > 0 || traceFunc === null) {
    dec(e);
    return;
  }
  dec(pyTraceException(f, e));
}

/**
 * A frame whose 'return' event (at RETURN_VALUE / YIELD_VALUE) raised: the eval loop leaves it
 * with that error without a traceback entry, handler search or 'exception'/'return' events
 * (CPython's exit_unwind), so a debugger's BdbQuit there is not caught by the frame's own try.
 */
export const exitUnwind = { frame: null as Frame | null };

/** frame.f_lineno = v (pdb's jump): see frame_jump.ts. */
export function frameLinenoSet(f: Frame, v: PyObject | null): void {
  setFrameLineno(f, v, eventKind, eventFrame);
  // the next instruction's line is compared with the jump target's
  const st = frames.get(f);
  if (st !== undefined) st.prev = f.lasti;
}

/** sys.call_tracing(fn, args): fn runs with trace events on even inside a trace function (a
 * debugger's recursive debugger); the nesting count comes back afterwards. */
export function callTracing(fn: PyObject, args: PyObject[]): PyObject {
  const saved = tracing;
  tracing = 0;
  try {
    return call(fn, args);
  } finally {
    tracing = saved;
  }
}

/** sys.settrace(fn): None removes it. */
export function setTrace(fn: PyObject | null): void {
  const old = traceFunc;
  if (fn === None) fn = null;
  if (fn !== null) fn.ob_refcnt++;
  traceFunc = fn;
  dec(old);
  update();
}
export function setProfile(fn: PyObject | null): void {
  const old = profileFunc;
  if (fn === None) fn = null;
  if (fn !== null) fn.ob_refcnt++;
  profileFunc = fn;
  if (fn === null) dropPendingCallees();
  dec(old);
  update();
}
/** sys.gettrace() / sys.getprofile(): new references. */
export function getTrace(): PyObject {
  const f = traceFunc ?? None;
  f.ob_refcnt++;
  return f;
}
export function getProfile(): PyObject {
  const f = profileFunc ?? None;
  f.ob_refcnt++;
  return f;
}

/** Call fn(frame, event, arg) with tracing off; returns its result (new reference). */
function invoke(fn: PyObject, f: Frame, event: PyStr, arg: PyObject): PyObject {
  tracing++;
  // CPython's call_trampoline: a frame whose f_locals was read is refreshed before the call, and
  // what the function changed in frame.f_locals goes back to the frame's variables after it
  if (fastAsLocals.has(f)) refreshLocals(f);
  try {
    return call(fn, [f, event, arg]);
  } finally {
    tracing--;
    if (fastAsLocals.has(f)) {
      fastAsLocals.delete(f);
      localsToFast(f);
    }
  }
}

/** A profile event. An error in the profile function removes it and propagates. */
function profileEvent(f: Frame, event: PyStr, arg: PyObject): void {
  const fn = profileFunc;
  if (fn === null) return;
  let r: PyObject;
  try {
    r = invoke(fn, f, event, arg);
  } catch (e) {
    setProfile(null);
    throw e;
  }
  dec(r);
}

/**
 * A trace event for frame f: 'call' goes to the global function, the others to the frame's
 * local one (none: nothing happens). An error removes the trace function and propagates.
 */
function traceEvent(f: Frame, st: FrameTrace, event: PyStr, arg: PyObject): void {
  const fn = event === EV.call ? traceFunc : st.local;
  if (fn === null) return;
  let r: PyObject;
  const outerFrame = eventFrame, outerKind = eventKind;
  eventKind = event.value;
  eventFrame = f;
  try {
    r = invoke(fn, f, event, arg);
  } catch (e) {
    setTrace(null);
    dec(st.local);
    st.local = null;
    throw e;
  } finally {
    eventFrame = outerFrame;
    eventKind = outerKind;
  }
  if (r === None) {
    dec(r);
    return;
  }
  const old = st.local;
  st.local = r;
  dec(old);
}

/** The callable a PRECALL at the top of stack s (oparg args) will call. Borrowed. */
function precallCallable(s: (PyObject | null)[], sp: number, oparg: number): { fn: PyObject; self: PyObject | null } {
  const meth = s[sp - oparg - 2] ?? null;
  if (meth !== null) return { fn: meth, self: s[sp - oparg - 1] ?? null };
  return { fn: s[sp - oparg - 1]!, self: oparg > 0 ? s[sp - oparg] ?? null : null };
}

/**
 * What profile's c_call names: a builtin function itself, a method descriptor bound to its
 * first argument (a new builtin method), or null when the call is not a builtin's.
 */
function cCallee(fn: PyObject, self: PyObject | null): PyObject | null {
  if (fn instanceof PyCFunction) {
    fn.ob_refcnt++;
    return fn;
  }
  if (fn.ob_type === MethodDescrType && self !== null) {
    const get = fn.ob_type.tp_descr_get;
    if (get === null || get === undefined) return null;
    return get(fn, self, self.ob_type);
  }
  return null;
}

/** Before instruction `at` of frame f (f.lasti and f.sp stored): the events CPython sends there. */
export function pyTraceInstruction(f: Frame, at: number, op: number, oparg: number, s: (PyObject | null)[], sp: number): void {
  if (tracing > 0) return;
  jumpTo.frame = null;
  const base = deopt[op]!;
  let st = frames.get(f);
  if (st !== undefined && st.pendingC !== null) {
    if (st.precall && base === Op.CALL) {
      // the generic PRECALL announced this call: it happens now
      st.precall = false;
    } else {
      // the builtin the previous instruction called has returned
      const c = st.pendingC;
      st.pendingC = null;
      pendingStates.delete(st);
      st.precall = false;
      try {
        profileEvent(f, EV.c_return, c);
      } finally {
        dec(c);
      }
    }
  }
  if (base === Op.RESUME) {
    if (oparg === 0 || st === undefined) {
      // a new activation: a pooled frame starts afresh
      if (st !== undefined) dec(st.local);
      frames.set(f, st = newState());
    }
    st.prev = at;
    profileEvent(f, EV.call, None);
    traceEvent(f, st, EV.call, None);
    return;
  }
  if (st === undefined) st = stateOf(f);
  const prev = st.prev;
  st.prev = at;
  if (st.send !== 0) {
    // the SEND before this instruction: when it jumped, its subiterator returned, and CPython's
    // traced SEND saw a StopIteration (not for a generator's next() returning None)
    const mode = st.send;
    st.send = 0;
    if (at !== prev + 1 && st.local !== null && (mode === SEND_OTHER || s[sp - 1] !== None)) sendStopIteration(f, st, prev, s[sp - 1]!);
  }
  if (st.local !== null) {
    const code = f.code;
    const line = lineOf(code, at);
    if (line !== -1 && st.lines) {
      // the first instruction after the entry RESUME always has a new line (_co_firsttraceable)
      const lastLine = prev <= firstTraceable(code) ? -1 : lineOf(code, prev);
      const backward = at < prev && base !== Op.SEND;
      if (line !== lastLine || backward) traceEvent(f, st, EV.line, None);
    }
    if (st.opcodes && st.local !== null) traceEvent(f, st, EV.opcode, None);
  }
  if (base === Op.SEND) st.send = s[sp - 2]!.ob_type === GeneratorType && s[sp - 1] === None ? SEND_GEN_NEXT : SEND_OTHER;
  if (base === Op.RETURN_VALUE || base === Op.YIELD_VALUE) {
    const v = s[sp - 1]!;
    try {
      traceEvent(f, st, EV.return, v);
      profileEvent(f, EV.return, v);
    } catch (e) {
      // CPython's trace_function_exit failing: exit_unwind, the frame is left at once
      exitUnwind.frame = f;
      forget(f, st);
      throw e;
    }
    if (base === Op.RETURN_VALUE) forget(f, st);
  } else if (profileFunc !== null && (base === Op.PRECALL || base === Op.CALL_FUNCTION_EX)) {
    let callee: PyObject | null;
    if (base === Op.PRECALL) {
      const c = precallCallable(s, sp, oparg);
      callee = cCallee(c.fn, c.self);
    } else {
      const fn = s[sp - 2 - (oparg & 1)]!;
      const args = s[sp - 1 - (oparg & 1)]!;
      callee = cCallee(fn, args instanceof PyTuple && args.items.length > 0 ? args.items[0]! : null);
    }
    if (callee !== null) {
      try {
        profileEvent(f, EV.c_call, callee);
      } catch (e) {
        dec(callee);
        throw e;
      }
      st.pendingC = callee;
      pendingStates.add(st);
      // a specialised PRECALL makes the call itself; the generic one leaves it to CALL
      st.precall = op === Op.PRECALL || op === Op.PRECALL_PYFUNC || op === Op.PRECALL_BOUND_METHOD || op === Op.PRECALL_ADAPTIVE;
    }
  }
}

/** Unit index of a code object's first RESUME (what CPython calls _co_firsttraceable). */
const firstTraceables = new WeakMap<PyCode, number>();
function firstTraceable(code: PyCode): number {
  let i = firstTraceables.get(code);
  if (i === undefined) {
    const instrs = code.instrs;
    i = 0;
    while (i < instrs.length && deopt[instrs[i]! & 255] !== Op.RESUME) i++;
    firstTraceables.set(code, i);
  }
  return i;
}

function forget(f: Frame, st: FrameTrace): void {
  dec(st.local);
  st.local = null;
  dec(st.pendingC);
  st.pendingC = null;
  pendingStates.delete(st);
  frames.delete(f);
}

/**
 * An exception raised in frame f or propagating into it (the eval loop's `error:`). Returns the
 * exception to go on with: the trace function's own error replaces it.
 */
export function pyTraceException(f: Frame, exc: PyBaseException): PyBaseException {
  if (tracing > 0 || (traceFunc === null && profileFunc === null)) return exc;
  const st = frames.get(f);
  if (st === undefined) return exc;
  // a SEND that raised did not return: no StopIteration event for it (the handler's jump is no return)
  st.send = 0;
  try {
    if (st.pendingC !== null) {
      const c = st.pendingC;
      st.pendingC = null;
      pendingStates.delete(st);
      st.precall = false;
      try {
        profileEvent(f, EV.c_exception, c);
      } finally {
        dec(c);
      }
    }
    if (st.local !== null) {
      const tb = exc.traceback ?? None;
      exc.ob_type.ob_refcnt++;
      exc.ob_refcnt++;
      tb.ob_refcnt++;
      const arg = newTuple([exc.ob_type, exc, tb]);
      try {
        traceEvent(f, st, EV.exception, arg);
      } finally {
        dec(arg);
      }
    }
  } catch (e) {
    if (e instanceof PyBaseException) {
      dec(exc);
      return e;
    }
    throw e;
  }
  return exc;
}

/**
 * CPython 3.11's FOR_ITER while a trace function is set (SEND: see sendStopIteration): a generator resumed there that
 * returned a value other than None has set StopIteration(value), which gives the resuming frame f
 * an 'exception' event (traceback None) before the error is cleared; an error of the trace
 * function itself is cleared with it. (bdb stops in the caller after 'next' off a generator.)
 */
export function pyTraceGenReturn(f: Frame, value: PyObject): void {
  if (tracing > 0 || traceFunc === null) return;
  value.ob_refcnt++;
  const exc = stopIterationWith(value);
  const out = pyTraceException(f, exc);
  dec(out);
}

/** A generator's frame entered by throw() (CPython's TRACE_FUNCTION_THROW_ENTRY): 'call' events. */
export function pyTraceThrowEntry(f: Frame): void {
  if (tracing > 0) return;
  const st = stateOf(f);
  profileEvent(f, EV.call, None);
  traceEvent(f, st, EV.call, None);
}

/** Frame f is left by an exception: 'return' with None; an error of the trace function is returned (it replaces the exception). */
export function pyTraceUnwind(f: Frame): PyBaseException | null {
  if (tracing > 0) return null;
  const st = frames.get(f);
  if (st === undefined) {
    if (profileFunc === null) return null;
  }
  const s = st ?? stateOf(f);
  try {
    traceEvent(f, s, EV.return, None);
    profileEvent(f, EV.return, None);
  } catch (e) {
    // CPython's call_trace_protected: the trace function's error replaces the exception
    // (bdb's BdbQuit when 'quit' was typed at a --Return-- stop of an unwinding frame)
    if (e instanceof PyBaseException) return e;
    if (e instanceof PyObject) dec(e);
    else throw e;
  } finally {
    forget(f, s);
  }
  return null;
}

// ---- frame.f_trace, f_trace_lines, f_trace_opcodes ----------------------------------------------

export function frameTraceGet(f: Frame): PyObject {
  const v = frames.get(f)?.local ?? None;
  v.ob_refcnt++;
  return v;
}
export function frameTraceSet(f: Frame, v: PyObject | null): void {
  const st = stateOf(f);
  const old = st.local;
  if (v === None) v = null;
  if (v !== null) v.ob_refcnt++;
  st.local = v;
  // CPython compares with the instruction the frame really ran last (instr_prev), which an
  // earlier tracing session's record no longer is: a frame stopped in a call resumes on its line
  st.prev = f.lasti;
  dec(old);
}
export function frameTraceFlag(f: Frame, which: "lines" | "opcodes"): boolean {
  const st = frames.get(f);
  return st === undefined ? which === "lines" : st[which];
}
export function setFrameTraceFlag(f: Frame, which: "lines" | "opcodes", on: boolean): void {
  stateOf(f)[which] = on;
}

setPythonTraceHook(pyTraceInstruction);

export { tracer };
