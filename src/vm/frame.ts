/**
 * Frames are data: one Frame per executing (or suspended) Python code activation. The eval loop
 * (eval.ts) switches between frames without JS recursion for Python-to-Python calls and for
 * generators resumed by FOR_ITER / SEND.
 *
 * Layout: `s` holds the fast locals, cells and free variables (co_localsplusnames order,
 * nlocalsplus slots) followed by the value stack (co_stacksize slots). A slot is null when
 * empty (unbound local, or Python's NULL on the stack). Everything in `s` below the stack
 * pointer is an owned reference.
 *
 * A Frame is itself a Python object (the `frame` type: f_back, f_code, f_lineno, f_locals...).
 *
 * Reuse: a function frame that finished while nobody else held it (ob_refcnt back to 0, no
 * generator) goes to its code's framePool (releaseFrame) and allocFrame hands it out again, so
 * a call allocates nothing. Invariant of a pooled frame: every local slot is null, fields reset.
 * Stack slots at or above sp are dead (not owned) and may hold stale pointers.
 *
 * Code references: a frame owns one reference to its code from allocFrame / the constructor until
 * it is pooled (releaseFrame), dropped after running (dropFrameCode: module, class body and exec()
 * frames) or freed (the frame type's dealloc). A running frame's code therefore outlives it even
 * when the function's __code__ is replaced meanwhile, and a frame kept by a traceback keeps its
 * f_code.
 */
import { PyObject } from "../objects/object.ts";
import { FrameType } from "../objects/types.ts";
import { type PyCode, ensureCode } from "../objects/codeobject.ts";
import type { PyDict } from "../objects/dict.ts";
import type { PyFunction } from "../objects/funcobject.ts";
import { dealloc } from "../memory/refcount.ts";

/** How the caller continues when this frame returns or yields. */
export const enum ReturnMode {
  /** Push the return value on the caller's stack (a CALL). */
  CALL = 0,
  /** The frame was entered from JS: return from evalFrame. */
  ENTRY = 1,
  /** A generator resumed by the caller's FOR_ITER: on return, pop the iterator and jump. */
  FOR_ITER = 2,
  /** A generator/coroutine resumed by the caller's SEND: on return, replace the receiver and jump. */
  SEND = 3,
  /** An __init__ run by CALL_PY_CLASS: the caller already holds the instance; None expected. */
  INIT = 4,
}

export const enum FrameState {
  CREATED = 0,
  SUSPENDED = 1,
  EXECUTING = 2,
  COMPLETED = 3,
  CLEARED = 4,
}

export class Frame extends PyObject {
  declare code: PyCode;
  declare func: PyFunction | null;
  declare globals: PyDict;
  declare builtins: PyDict;
  /** The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME), else null. */
  declare locals: PyObject | null;
  declare s: (PyObject | null)[];
  /** Saved stack pointer (absolute index into s) while not executing. */
  declare sp: number;
  /** Unit index of the last instruction started (the one running, or where it stopped). */
  declare lasti: number;
  declare back: Frame | null;
  declare returnMode: ReturnMode;
  /** Jump target (unit index in the caller) for FOR_ITER / SEND returns. */
  declare retTarget: number;
  /** The generator/coroutine that owns this frame, if any. */
  declare gen: PyObject | null;
  declare state: FrameState;
  /** Next frame in the code's pool of free frames (see releaseFrame). */
  declare nextFree: Frame | null;
  constructor(code: PyCode, func: PyFunction | null, globals: PyDict, builtins: PyDict, locals: PyObject | null) {
    super(FrameType);
    // a function's code is filled when it first runs (codeobject.ts, PyCode.ready); a pooled
    // frame (allocFrame) always belongs to a code that ran already
    if (!code.ready) ensureCode(code);
    code.ob_refcnt++; // the frame's reference to its code (see releaseFrame)
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    const n = code.nlocalsplus + code.stacksize;
    const s = new Array<PyObject | null>(n);
    for (let i = 0; i < n; i++) s[i] = null;
    this.s = s;
    this.sp = code.nlocalsplus;
    this.lasti = -1;
    this.back = null;
    this.returnMode = ReturnMode.CALL;
    this.retTarget = 0;
    this.gen = null;
    this.state = FrameState.CREATED;
    this.nextFree = null;
  }
}

/** Frames kept per code object. */
const POOL_MAX = 32;

/** A frame for `code`: a pooled one when available (its locals are all null). */
export function allocFrame(code: PyCode, func: PyFunction | null, globals: PyDict, builtins: PyDict): Frame {
  const f = code.framePool as Frame | null;
  if (f !== null) {
    code.framePool = f.nextFree;
    code.framePoolSize--;
    f.nextFree = null;
    f.ob_refcnt = 1;
    code.ob_refcnt++;
    f.func = func;
    f.globals = globals;
    f.builtins = builtins;
    f.sp = code.nlocalsplus;
    f.lasti = -1;
    f.back = null;
    f.returnMode = ReturnMode.CALL;
    f.retTarget = 0;
    f.state = FrameState.CREATED;
    // a function made from module-level code (types.FunctionType): its locals are its globals
    // (CPython's _PyFunction_Vectorcall for code without CO_OPTIMIZED)
    if ((code.flags & 1) === 0) f.locals = globals;
    return f;
  }
  return new Frame(code, func, globals, builtins, (code.flags & 1) === 0 ? globals : null);
}

/**
 * Frames that were given an f_locals dict (builtins.ts frameLocals) must not hand it to the
 * next call that reuses the frame: once any such dict exists (count > 0), releaseFrame calls
 * forget, which drops the frame's dict (a debugger's '__return__' would otherwise show up
 * in the next call's f_locals). The dict belongs to the frame: a frame object's dealloc and
 * tp_clear (frameobject.ts, memory/traverse.ts) release it too.
 */
export const frameLocalsDicts: {
  count: number;
  forget: ((f: Frame) => void) | null;
  /** The frame's f_locals dict, if one was made (the collector visits it: it is the frame's). */
  get: ((f: Frame) => PyDict | undefined) | null;
} = { count: 0, forget: null, get: null };

/**
 * sys.settrace/setprofile's per-frame state (vm/pytrace.ts: f_trace, a pending c_return) is
 * owned by the frame: once any exists (count > 0), a finished frame given back (releaseFrame) or a
 * frame object's dealloc drops it. A frame left while tracing is off (settrace(None) then an
 * exception, as bdb's quit) would otherwise keep its local trace function.
 */
export const frameTraceStates: { count: number; forget: ((f: Frame) => void) | null } = { count: 0, forget: null };

/**
 * Give a finished function frame back (its locals already released, func dropped): it goes to
 * its code's pool and lets go of its code (a pooled frame owns nothing; the code's dealloc drops
 * the pool).
 */
export function releaseFrame(f: Frame): void {
  if (frameLocalsDicts.count !== 0) frameLocalsDicts.forget!(f);
  if (frameTraceStates.count !== 0) frameTraceStates.forget!(f);
  const code = f.code;
  if (code.framePoolSize < POOL_MAX) {
    f.nextFree = code.framePool as Frame | null;
    code.framePool = f;
    code.framePoolSize++;
  }
  if (--code.ob_refcnt === 0) dealloc(code);
}

/** A finished frame that is not pooled (a module, class body or exec() frame) lets go of its code. */
export function dropFrameCode(f: Frame): void {
  const code = f.code;
  if (--code.ob_refcnt === 0) dealloc(code);
}
