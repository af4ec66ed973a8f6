/**
 * Green threads: CPython's threading model inside the one VM (see docs/internals/threads.md).
 *
 * Exactly one Python thread runs at a time (the GIL). Each thread has a ThreadRec that holds its
 * copy of the ThreadState fields (frame chain, depth, excInfo, propagating) while it is not
 * running; `ts` stays one object and switching swaps its fields (save/load).
 *
 * A thread's frames are data, so a thread whose JS stack holds nothing but its own base eval-loop
 * activation ("at base": the innermost ENTRY frame of its chain is its base frame) can be
 * switched out by throwing SWITCH: the loop returns it (eval.ts) and the thread is "unwound".
 * Any scheduling level may later continue it with evalResume at `resumePc`:
 *   - preemption (the interrupt hook at RESUME / JUMP_BACKWARD): resumePc = the next
 *     instruction (RESUME) or the jump target (JUMP_BACKWARD);
 *   - a blocking builtin (lock acquire, time.sleep) called directly by the frame's call
 *     instruction (isDirectCall): resumePc = the start of that call (KW_NAMES / PRECALL /
 *     CALL, or BEFORE_WITH), which runs again; `pending` keeps the call's deadline.
 *
 * A thread that must wait while it is NOT at base (Python called from a builtin: a sort key, a
 * generator driven by list(), a thread whose body is a builtin callable) cannot unwind its JS
 * stack: it becomes the owner of a nested scheduling level (runLevel) that runs the unwound
 * threads on top of it until it can go on. Such a thread is "pinned": only its own level can
 * continue it. Threads that are not at base are never preempted (they switch only by blocking),
 * so pinning comes only from blocking in nested code.
 *
 * The main thread's module code is the base of the main thread (runMainFrame, used by
 * execInMain); level 0 is the loop in runMainFrame.
 *
 * Invariants: `current` is the thread whose state is in `ts`; every other live thread is NEW,
 * unwound, or pinned (owner of a level below on the JS stack); the preemption hook is installed
 * only while more than one thread is alive, so a single-threaded program pays nothing.
 */
import { PyObject, isSubtype } from "../objects/object.ts";
import { PyBaseException, KeyboardInterruptType, SystemExitType } from "../objects/exceptions.ts";
import { FunctionType, MethodType, None } from "../objects/types.ts";
import { reportUnraisable } from "./run.ts";
import { PyFunction, PyMethod } from "../objects/funcobject.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyCFunction, PyMethodDescr } from "../objects/descr.ts";
import { call, getAttr } from "../objects/abstract.ts";
import { PyDict, dictGetItemStr } from "../objects/dict.ts";
import { intern } from "../objects/str.ts";
import { sysGet } from "../modules/sys.ts";
import { dealloc } from "../memory/refcount.ts";
import { host } from "../host/host.ts";
import { Op, opname } from "../bytecode/opcodes.ts";
import { ExcInfo, ts, SWITCH, switchState } from "./state.ts";
import { Frame, ReturnMode } from "./frame.ts";
import { evalFrame, evalResume } from "./eval.ts";
import { newFunctionFrame, bindArgs } from "./call.ts";
import { CACHES } from "./specialize.ts";
import { interrupt, toPyException } from "./ops.ts";
import { interruptPending, sigintAction } from "./sigint.ts";
import { formatException } from "./traceback.ts";
import type { PyCode } from "../objects/codeobject.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

export const enum TState {
  NEW = 0,
  RUNNING = 1,
  DONE = 2,
}

export class ThreadRec {
  ident: number;
  nativeId: number;
  state: TState = TState.NEW;
  // saved ThreadState fields (valid while the thread is not current)
  frame: PyObject | null = null;
  depth = 0;
  excInfo: ExcInfo = new ExcInfo(null, null);
  propagating: PyObject | null = null;
  /** Entry frame of the thread's base eval-loop activation, or null (never unwinds). */
  base: Frame | null = null;
  /** Its frames are data only: any level may continue it at resumePc. */
  unwound = false;
  resumePc = 0;
  /** An exception to raise in the thread when it is continued (KeyboardInterrupt for main). */
  resumeExc: PyBaseException | null = null;
  /** While waiting: runnable again when ready() or at wakeAt (ms, performance clock). */
  ready: (() => boolean) | null = null;
  wakeAt = Infinity;
  /** A blocking call that unwound the thread: its frame, instruction and deadline. */
  pendingFrame: PyObject | null = null;
  pendingLasti = -1;
  pendingDeadline = Infinity;
  /** What to run (NEW threads): a callable, its arguments and keyword names. */
  func: PyObject | null = null;
  args: PyObject[] = [];
  kwnames: PyTuple | null = null;
  /** Called with the thread when it ends (the _set_sentinel lock's release). */
  onExit: ((t: ThreadRec) => void)[] = [];
  constructor(ident: number, nativeId: number) {
    this.ident = ident;
    this.nativeId = nativeId;
  }
}

const pid = (() => {
  try {
    return host().processIds().pid;
  } catch {
    return 1;
  }
})();
let nextIdent = 1;
function newIdent(): number {
  // implementation-defined numbers, pthread_t-like
  return 0x7f0000000000 + 0x1000 * nextIdent++;
}

export const mainThread = new ThreadRec(newIdent(), pid > 0 ? pid : 1);
mainThread.state = TState.RUNNING;
let current: ThreadRec = mainThread;
/** Live threads, main first, in start order. */
const threads: ThreadRec[] = [mainThread];
let rr = 0;
/** Set by threading._shutdown's end (interpreter exit): no other thread runs any more. */
let finalizing = false;
/** _thread.interrupt_main(): a simulated SIGINT for the main thread. */
let interruptMainPending = false;
/** SIGINTs that could not reach the main thread (deliverSigint). */
let undeliveredSigints = 0;

/** Main thread's completion when it ended on a level above runMainFrame's. */
let mainDone = false;
let mainResult: PyObject | null = null;
let mainError: unknown = null;

export function currentThread(): ThreadRec {
  return current;
}
export function threadCount(): number {
  return threads.length;
}

function now(): number {
  return Date.now();
}

function save(t: ThreadRec): void {
  t.frame = ts.frame;
  t.depth = ts.depth;
  t.excInfo = ts.excInfo;
  t.propagating = ts.propagating;
}
let sliceStart = 0;
function load(t: ThreadRec): void {
  ts.frame = t.frame;
  ts.depth = t.depth;
  ts.excInfo = t.excInfo;
  ts.propagating = t.propagating;
  t.frame = null;
  t.propagating = null;
  current = t;
  sliceStart = now();
}

// ---- the preemption hook -------------------------------------------------------------------------

const BUDGET = 1000;
let savedHook: (() => void) | null = null;
let savedBudget = 0;

function installHook(): void {
  if (savedHook !== null) return;
  savedHook = interrupt.hook;
  savedBudget = interrupt.budget;
  interrupt.hook = threadHook;
  interrupt.budget = BUDGET;
}
function removeHook(): void {
  if (savedHook === null) return;
  interrupt.hook = savedHook;
  interrupt.budget = savedBudget;
  savedHook = null;
}

function threadHook(): void {
  if (current === mainThread) {
    // the SIGINT poll (sigint.ts) runs in the main thread only, as CPython's signal handlers
    if (savedBudget !== 0) savedHook!();
    if (interruptMainPending) {
      interruptMainPending = false;
      raiseSigint();
    }
  }
  interrupt.budget = BUDGET;
  if (now() - sliceStart >= switchState.interval * 1000) preempt();
}

function raiseSigint(): void {
  if (sigintAction.handler !== null) sigintAction.handler();
  else throw call(KeyboardInterruptType, []);
}

/** The switch interval passed in a thread at base level: give the others a turn. */
function preempt(): void {
  const cur = current;
  sliceStart = now();
  if (!atBase(cur) || finalizing) return;
  if (!otherRunnable(cur)) return;
  const f = ts.frame as Frame;
  const pc = preemptPc(f);
  if (pc < 0) return;
  cur.resumePc = pc;
  throw SWITCH;
}

// ---- where a thread stands -----------------------------------------------------------------------

/** Is the thread's innermost eval-loop activation its base one (it can unwind)? */
function atBase(t: ThreadRec): boolean {
  if (t.base === null) return false;
  for (let g = ts.frame as Frame | null; g !== null; g = g.back) {
    if (g.returnMode === ReturnMode.ENTRY) return g === t.base;
  }
  return false;
}

/** Instruction starts of a code object (units), by the same rule as the eval loop's decoding. */
const startsCache = new WeakMap<PyCode, Uint8Array>();
function instrStarts(code: PyCode): Uint8Array {
  const instrs = code.instrs;
  let m = startsCache.get(code);
  if (m !== undefined && m.length === instrs.length) return m;
  m = new Uint8Array(instrs.length);
  for (let pc = 0; pc < instrs.length; ) {
    m[pc] = 1;
    pc += 1 + CACHES[instrs[pc]! & 255]!;
  }
  startsCache.set(code, m);
  return m;
}
function prevStart(m: Uint8Array, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (m[i] === 1) return i;
  return -1;
}
function isExtArg(op: number): boolean {
  return op === Op.EXTENDED_ARG || op === Op.EXTENDED_ARG_QUICK;
}
/** The first unit of the instruction at `at` with its EXTENDED_ARG prefixes; and its full oparg. */
function withPrefix(code: PyCode, m: Uint8Array, at: number): [number, number] {
  const instrs = code.instrs;
  let start = at;
  let oparg = instrs[at]! >> 8;
  let shift = 8;
  for (;;) {
    const p = prevStart(m, start);
    if (p < 0 || !isExtArg(instrs[p]! & 255)) break;
    oparg |= (instrs[p]! >> 8) << shift;
    shift += 8;
    start = p;
  }
  return [start, oparg];
}

/** Where a frame preempted at RESUME / JUMP_BACKWARD (f.lasti) continues; -1 if unknown. */
function preemptPc(f: Frame): number {
  const code = f.code;
  const at = f.lasti;
  if (at < 0) return -1;
  const op = code.instrs[at]! & 255;
  if (op === Op.RESUME || op === Op.RESUME_QUICK) return at + 1 + CACHES[op]!;
  if (op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_QUICK || op === Op.POP_JUMP_BACKWARD_IF_FALSE ||
      op === Op.POP_JUMP_BACKWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_NONE || op === Op.POP_JUMP_BACKWARD_IF_NOT_NONE) {
    // (a conditional jump calls the hook once it is taken: its operand is already popped)
    const m = instrStarts(code);
    if (m[at] !== 1) return -1;
    const [, oparg] = withPrefix(code, m, at);
    return at + 1 - oparg;
  }
  return -1;
}

const PRECALLS = new Set<number>();
const CALLS = new Set<number>();
for (let i = 0; i < 256; i++) {
  const n = opname[i]!;
  if (n.startsWith("PRECALL")) PRECALLS.add(i);
  else if (n === "CALL" || n === "CALL_ADAPTIVE") CALLS.add(i);
}

/** The start of the call sequence running at f.lasti (KW_NAMES?, PRECALL, CALL): it runs again. */
function retryPc(f: Frame): number {
  const code = f.code;
  const instrs = code.instrs;
  let at = f.lasti;
  if (at < 0) return -1;
  const m = instrStarts(code);
  if (m[at] !== 1) return -1;
  const op = instrs[at]! & 255;
  if (op === Op.BEFORE_WITH) return at;
  if (CALLS.has(op)) {
    at = prevStart(m, at);
    if (at < 0 || !PRECALLS.has(instrs[at]! & 255)) return -1;
  } else if (!PRECALLS.has(op)) return -1;
  let [start] = withPrefix(code, m, at);
  const p = prevStart(m, start);
  if (p >= 0 && (instrs[p]! & 255) === Op.KW_NAMES) start = withPrefix(code, m, p)[0];
  return start;
}

function defOf(o: PyObject): Function | null {
  if (o instanceof PyCFunction || o instanceof PyMethodDescr) return (o as { def: { fn: Function } }).def.fn;
  return null;
}

/**
 * Was the builtin `fn` (bound to `self`, or a module function) called directly by the current
 * frame's instruction (a CALL of it, or BEFORE_WITH on `self` for __enter__)? Only then may a
 * wait unwind the thread and run the instruction again later: no builtin is between.
 */
export function isDirectCall(fn: Function, self: PyObject | null): boolean {
  const f = ts.frame as Frame | null;
  if (f === null || f.lasti < 0) return false;
  const w = f.code.instrs[f.lasti]!;
  const op = w & 255;
  const s = f.s, sp = f.sp;
  if (op === Op.BEFORE_WITH) return self !== null && s[sp - 1] === self;
  if (!PRECALLS.has(op) && !CALLS.has(op)) return false;
  const oparg = w >> 8;
  const lo = sp - oparg - 2;
  if (lo < f.code.nlocalsplus) return false;
  const a = s[lo], b = s[lo + 1];
  if (a !== null && a !== undefined) {
    // method form: [descriptor, self, args...]
    return defOf(a) === fn && b === self;
  }
  if (b === null || b === undefined || defOf(b) !== fn) return false;
  const bs = (b as PyCFunction).self;
  return bs === self || (self === null && bs !== null && !(b instanceof PyMethodDescr));
}

// ---- scheduling ---------------------------------------------------------------------------------

function runnable(t: ThreadRec): boolean {
  if (t.state === TState.DONE) return false;
  if (t.state === TState.NEW || t.ready === null) return true;
  return t.ready() || now() >= t.wakeAt;
}
/** May level `owner` run t? */
function candidate(t: ThreadRec, owner: ThreadRec | null): boolean {
  if (t === owner) return true;
  if (finalizing) return false;
  return t.state === TState.NEW || t.unwound;
}
function otherRunnable(cur: ThreadRec): boolean {
  for (const t of threads) if (t !== cur && (t.state === TState.NEW || t.unwound) && runnable(t)) return true;
  return false;
}
function pick(owner: ThreadRec | null): ThreadRec | null {
  const n = threads.length;
  for (let i = 1; i <= n; i++) {
    const k = (rr + i) % n;
    const t = threads[k]!;
    if (candidate(t, owner) && runnable(t)) {
      rr = k;
      return t;
    }
  }
  return null;
}

/**
 * Run the other threads until `owner` can go on (it is runnable and its turn comes); `owner`'s
 * state was saved by the caller and is loaded again on return. Level 0 (owner null) runs until
 * the main thread has finished.
 */
function runLevel(owner: ThreadRec | null): void {
  for (;;) {
    if (owner === null && mainDone) return;
    const t = pick(owner);
    if (t !== null && t === owner) {
      load(owner);
      owner.ready = null;
      return;
    }
    if (t === null) {
      idle(owner);
      continue;
    }
    runSlice(t);
  }
}

/** Nothing can run at this level: sleep until the earliest deadline; a SIGINT goes to main. */
function idle(owner: ThreadRec | null): void {
  let wake = Infinity;
  for (const t of threads) if (candidate(t, owner) && t.wakeAt < wake) wake = t.wakeAt;
  const ms = wake - now();
  if (ms > 0) host().sleep(Math.min(ms, 1000) / 1000);
  if (interruptMainPending || interruptPending()) {
    interruptMainPending = false;
    deliverSigint(owner);
  }
}

function deliverSigint(owner: ThreadRec | null): void {
  const m = mainThread;
  if (m.unwound && m.state !== TState.DONE) {
    try {
      raiseSigint();
    } catch (e) {
      m.resumeExc = toPyException(e);
      m.ready = null;
    }
    return;
  }
  if (owner === m) {
    load(owner);
    owner.ready = null;
    raiseSigint();
  }
  // main is pinned below this level and cannot run before it: the first SIGINT is raised in the
  // owner (so that its wait ends), a second one ends the process as SIGINT would
  if (undeliveredSigints++ > 0) host().exitBySigint?.();
  if (owner !== null) {
    load(owner);
    owner.ready = null;
    raiseSigint();
  }
}

/** Run thread t until it switches out, blocks at base, or ends. */
const DEBUG = false;
function dbg(msg: string): void {
  if (DEBUG) host().write(2, `[threads] ${msg}\n`);
}
function runSlice(t: ThreadRec): void {
  dbg(`run ${t.ident - mainThread.ident} state=${t.state} pc=${t.resumePc}`);
  const top = t.frame as Frame;
  load(t);
  t.ready = null;
  let r: PyObject;
  try {
    if (t.state === TState.NEW) {
      t.state = TState.RUNNING;
      r = startBody(t);
    } else {
      t.unwound = false;
      const exc = t.resumeExc;
      t.resumeExc = null;
      r = evalResume(t.base!, top, t.resumePc, exc);
    }
  } catch (e) {
    finish(t, e, null);
    return;
  }
  if (r === SWITCH) {
    dbg(`switched out ${t.ident - mainThread.ident}`);
    save(t);
    t.unwound = true;
    return;
  }
  finish(t, null, r);
}

/** A new thread's first run: its function's frame is its base when it is a Python function. */
function startBody(t: ThreadRec): PyObject {
  let func = t.func!; // t.func keeps its reference until the thread ends (finish)
  const args = t.args;
  t.args = [];
  const kw = t.kwnames;
  t.kwnames = null;
  try {
    let pos = args;
    if (func.ob_type === MethodType && (func as PyMethod).func.ob_type === FunctionType) {
      pos = [(func as PyMethod).self, ...args];
      func = (func as PyMethod).func;
    }
    if (func.ob_type === FunctionType) {
      const fn = func as PyFunction;
      const f = newFunctionFrame(fn);
      bindArgs(fn, f, pos, 0, pos.length, kw);
      f.returnMode = ReturnMode.ENTRY;
      t.base = f;
      return evalFrame(f, null);
    }
    return call(func, args, kw);
  } finally {
    for (const a of args) decref(a);
    if (kw !== null) decref(kw);
  }
}

function finish(t: ThreadRec, err: unknown, result: PyObject | null): void {
  t.state = TState.DONE;
  t.unwound = false;
  t.base = null;
  t.ready = null;
  if (t === mainThread) {
    save(t);
    mainDone = true;
    mainResult = result;
    mainError = err;
    return;
  }
  if (result !== null) decref(result);
  if (err !== null) reportThreadError(t, err);
  if (t.func !== null) {
    decref(t.func);
    t.func = null;
  }
  const i = threads.indexOf(t);
  if (i >= 0) threads.splice(i, 1);
  if (rr >= threads.length) rr = 0;
  for (const h of t.onExit) h(t);
  t.onExit = [];
  if (threads.length === 1) removeHook();
}

/** An exception that ended a thread of _thread.start_new_thread (threading handles its own). */
function reportThreadError(t: ThreadRec, err: unknown): void {
  const exc = toPyException(err);
  if (isSubtype(exc.ob_type, SystemExitType)) {
    decref(exc);
    return;
  }
  reportUnraisable(exc, t.func ?? None, true, "Exception ignored in thread started by");
}

// ---- the services used by _thread, time and threading -------------------------------------------

/** _thread.start_new_thread: a NEW thread that runs func(*args, **kw) (references stolen). */
export function startThread(func: PyObject, args: PyObject[], kwnames: PyTuple | null): ThreadRec {
  const t = new ThreadRec(newIdent(), pid + nextIdent);
  t.func = func;
  t.args = args;
  t.kwnames = kwnames;
  threads.push(t);
  installHook();
  return t;
}

/** The deadline kept by the call being run again after an unwound wait (consumed), or null. */
function retryDeadline(): number | null {
  const cur = current;
  const f = ts.frame;
  if (cur.pendingFrame === null) return null;
  const same = cur.pendingFrame === f && f !== null && (f as Frame).lasti === cur.pendingLasti;
  cur.pendingFrame = null;
  return same ? cur.pendingDeadline : null;
}

/** The deadline (ms) for a wait of `timeout` seconds (< 0: none), or the one kept by a retried call. */
export function deadlineFor(timeout: number): number {
  const kept = retryDeadline();
  if (kept !== null) return kept;
  return timeout < 0 ? Infinity : now() + timeout * 1000;
}

/**
 * Wait until ready() or the deadline (ms): true when ready. `direct` (isDirectCall) allows
 * unwinding the thread instead of running the others on top of it; then this call does not
 * return: the call instruction runs again once the thread is continued.
 */
export function waitFor(ready: () => boolean, deadline: number, direct: boolean): boolean {
  if (ready()) return true;
  if (now() >= deadline) return false;
  const cur = current;
  if (direct && threads.length > 1 && !finalizing && atBase(cur)) {
    const f = ts.frame as Frame;
    const pc = retryPc(f);
    if (pc >= 0) {
      cur.pendingFrame = f;
      cur.pendingLasti = f.lasti;
      cur.pendingDeadline = deadline;
      cur.ready = ready;
      cur.wakeAt = deadline;
      cur.resumePc = pc;
      throw SWITCH;
    }
  }
  cur.ready = ready;
  cur.wakeAt = deadline;
  save(cur);
  try {
    runLevel(cur);
  } finally {
    if (current !== cur) load(cur);
    cur.ready = null;
    cur.wakeAt = Infinity;
  }
  return ready();
}

/** time.sleep with other threads alive: the others run meanwhile. */
export function sleepFor(seconds: number, direct: boolean): void {
  if (seconds === 0) {
    // sleep(0) lets the other runnable threads go first, once (its re-run returns at once)
    if (retryDeadline() !== null || threads.length === 1 || !otherRunnable(current)) return;
    let first = true;
    waitFor(() => {
      const r = !first;
      first = false;
      return r;
    }, now() + 1e9, direct);
    return;
  }
  const dl = deadlineFor(seconds);
  if (threads.length === 1) {
    const ms = dl - now();
    if (ms > 0) host().sleep(ms / 1000);
    return;
  }
  waitFor(() => false, dl, direct);
}

/** _thread.interrupt_main: a SIGINT for the main thread, seen at its next check. */
export function interruptMain(): void {
  interruptMainPending = true;
  if (current === mainThread) {
    interruptMainPending = false;
    raiseSigint();
  }
}

/**
 * Interpreter exit, before atexit: threading._shutdown() (when threading was imported) joins the
 * non-daemon threads; after it, the threads left (daemons, raw _thread ones) never run again.
 */
export function shutdownThreads(): void {
  const mods = sysGet("modules");
  const th = mods instanceof PyDict ? dictGetItemStr(mods, intern("threading")) : null;
  if (th !== null) {
    try {
      const fn = getAttr(th, intern("_shutdown"));
      decref(call(fn, []));
      decref(fn);
    } catch (e) {
      const exc = toPyException(e);
      host().write(2, `Exception ignored on threading shutdown:\n${formatException(exc)}`);
      decref(exc);
    }
  }
  finalizing = true;
}

/**
 * Run the main module's frame as the main thread's base (execInMain): other threads run here
 * (level 0) whenever the main thread is switched out.
 */
export function runMainFrame(f: Frame): PyObject {
  const m = mainThread;
  m.base = f;
  let r = evalFrame(f, null);
  if (r !== SWITCH) {
    m.base = null;
    return r;
  }
  save(m);
  m.unwound = true;
  mainDone = false;
  runLevel(null);
  // the main thread ended (on this level or above): its state is in ts again
  load(m);
  m.state = TState.RUNNING;
  m.base = null;
  mainDone = false;
  const err = mainError;
  r = mainResult!;
  mainError = null;
  mainResult = null;
  if (err !== null) throw err;
  return r;
}
