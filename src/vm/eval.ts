/**
 * The evaluation loop: executes CPython 3.11 bytecode, with PEP 659 specialisation.
 *
 * evalFrame(entry, throwExc) runs `entry` (and every frame it pushes) until `entry` returns or
 * yields, and returns that value. Python-to-Python calls (CALL on a function), generator
 * resumption by FOR_ITER/SEND, and returns/yields switch frames inside this one JS activation:
 * the per-frame state (code, instructions, stack array, sp, pc) lives in local variables that are
 * reloaded on every switch. Builtins that call back into Python re-enter evalFrame (like C code
 * in CPython), guarded by the recursion limit.
 *
 * Shape of the loop (kept small so V8 compiles it quickly and keeps it optimised):
 *   - the switch runs inline only the hot instructions: locals and constants, jumps, the
 *     specialised forms of the PEP 659 families (specialize.ts), and everything that switches
 *     frames (calls, returns, generators) or raises;
 *   - everything else, and every miss of a specialised form (after counting it), leaves the
 *     switch with `break` and runs through the one call site after it: SLOW[op] (eval_slow.ts),
 *     which also holds the generic and ADAPTIVE forms of each family.
 *
 * f.lasti (the instruction being run) is stored only where something may look at it: before the
 * slow path, calls, frame switches, and before raising.
 *
 * Errors: every failing operation throws the Python exception object; the catch block below is
 * CPython's `error:` / `exception_unwind:` — it records a traceback entry, chains __context__
 * for new exceptions, and looks the handler up in the exception table of each frame, popping
 * frames until one handles it or the entry frame is left.
 *
 * Reference counting follows ceval.c: the stack owns the items below sp (slots above it are dead
 * and may hold stale pointers); an operation consumes its operands after it has succeeded (so on
 * error the unwinder releases them). A thrown Python exception carries one reference (new
 * exceptions start at 1); a handler's stack takes it over. Ints, floats and strs release nothing
 * when freed, so fast paths that just consumed exact ones only decrement their counts.
 */
import { maintainDictTracking, gcTrack } from "../memory/gc.ts";
import { newInstanceDict } from "../objects/typeobject.ts";
import { Op } from "../bytecode/opcodes.ts";
import { PyObject, PyType, PyInstance } from "../objects/object.ts";
import {
  None, FunctionType, MethodType, IntType, FloatType, StrType, ListType, TupleType, DictType, GeneratorType,
  CoroutineType, TypeType, ModuleType, ListIterType, RangeIterType,
} from "../objects/types.ts";
import { PyInt, newInt, True, False, intAdd, newIntAny } from "../objects/int.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { PyStr, newStr } from "../objects/str.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyList, listAppend } from "../objects/list.ts";
import { PyDict, newDict, dictGetItem, dictGetItemStr, dictSetItem, dictSetItemStr } from "../objects/dict.ts";
import { PyFunction, PyMethod } from "../objects/funcobject.ts";
import { PyCell } from "../objects/cell.ts";
import { PyCode, findHandler } from "../objects/codeobject.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import * as A from "../objects/abstract.ts";
import { typeError } from "../objects/errors.ts";
import { dealloc } from "../memory/refcount.ts";
import { Frame, ReturnMode, FrameState, allocFrame, releaseFrame, dropFrameCode } from "./frame.ts";
import { bindArgs, newFunctionFrame } from "./call.ts";
import { ts, SWITCH } from "./state.ts";
import * as O from "./ops.ts";
import { PyGen, genFinished, genStartFrame, genSuspended } from "../objects/genobject.ts";
import { quicken, specMiss, attrMiss, read32, specPrecall, specCall, AttrCache, Cmp, CACHES, CALL_PY_CLASS, LOAD_ATTR_PROPERTY } from "./specialize.ts";
import { callBuiltin, popCall, deadPlainNumber, intArith, intOf } from "./spec_ops.ts";
import { pyCallFrame, classInitFrame, callFrame, getitemFrame, propertyFrame, resumeFrame } from "./eval_frames.ts";
import { SLOW } from "./eval_slow.ts";
import { RAISED, signalRaise, takeRaise } from "./raise_signal.ts";
import {
  loadAttrInstanceValue, loadAttrSlot, storeAttrInstanceValue, storeAttrSlot, loadMethodCached, binarySubscrSeqInt,
  storeSubscrListInt,
} from "./eval_spec.ts";
import { jitReady } from "./jit.ts";
import { withEnterFrame, exCallFrame } from "./eval_inline.ts";
import { tracer, traceHook } from "./trace.ts";
import { pyTraceException, pyTraceUnwind, pyTraceThrowEntry, pyTraceGenReturn, exitUnwind, pyTraceIterStart, pyTraceIterStop } from "./pytrace.ts";
import { jumpTo } from "./frame_jump.ts";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/*
 * Reference counting of objects of any type: decref/incref below are shared helpers (one
 * feedback site, soon megamorphic, so a new kind of object does not deoptimise the loop). The
 * hottest sites in run() (LOAD_FAST/LOAD_CONST and the superinstructions, STORE_FAST, POP_TOP)
 * touch ob_refcnt inline instead: `run` is too big for V8 to inline the helpers (its inlining
 * budget is spent), and a call per reference costs more than a per-site feedback (measured:
 * richards 8% faster). Fast paths on exact ints/floats/strs touch the header directly too.
 */
function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
function incref(o: PyObject): void {
  o.ob_refcnt++;
}
/** Drop a reference known not to be the last. */
function decrefNoFree(o: PyObject): void {
  o.ob_refcnt--;
}

/** Frames above this depth raise RecursionError (checked on every push). */
function enterFrame(f: Frame): void {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw O.recursionErr();
  }
  f.state = FrameState.EXECUTING;
  ts.frame = f;
}

/**
 * Release a finished frame's locals and stack (unless someone else holds the frame); a function
 * frame nobody holds goes back to its code's pool.
 */
function clearFrame(f: Frame, sp: number): void {
  const s = f.s;
  const n = f.code.nlocalsplus;
  for (let i = n; i < sp; i++) {
    const x = s[i];
    if (x !== null && x !== undefined) {
      s[i] = null;
      decref(x);
    }
  }
  f.sp = n;
  f.state = FrameState.COMPLETED;
  if (f.ob_refcnt > 1 && f.gen === null) {
    // a traceback or sys._getframe() holds the frame: it keeps its locals until freed (and the
    // cycle collector tracks it, as take_ownership does)
    f.ob_refcnt--;
    gcTrack(f);
    return;
  }
  for (let i = 0; i < n; i++) {
    const x = s[i];
    if (x !== null && x !== undefined) {
      s[i] = null;
      decref(x);
    }
  }
  const fn = f.func;
  if (fn !== null) {
    f.func = null;
    decref(fn);
  }
  if (f.gen === null && --f.ob_refcnt === 0) {
    if (f.locals === null) releaseFrame(f);
    else dropFrameCode(f);
  }
}

/** bindArgs, releasing the new frame when the arguments do not fit (the error propagates). */
function bindArgsOrRelease(func: PyFunction, nf: Frame, s: (PyObject | null)[], base: number, n: number, kw: PyTuple | null): void {
  try {
    bindArgs(func, nf, s, base, n, kw);
  } catch (e) {
    clearFrame(nf, nf.sp);
    throw e;
  }
}

/** RESUME / JUMP_BACKWARD before quickening: count towards the warm-up (_PyCode_Warmup). */
function warmup(code: PyCode): void {
  if (++code.warmup === 0) quicken(code);
}


/**
 * The frame a caught error unwinds from: ts.frame, after dropping the frames of nested eval loops
 * that a JS error (a stack overflow inside their own unwinding) left linked above this loop's
 * frames. Those frames (an ENTRY frame and what it pushed) are cleared without their stack items.
 */
function dropStaleFrames(entry: Frame): Frame {
  let top = ts.frame as Frame;
  let stale: Frame | null = null;
  let g: Frame | null = top;
  for (; g !== null && g !== entry; g = g.back) {
    if (g.returnMode === ReturnMode.ENTRY) stale = g;
  }
  if (stale === null || g === null) return top;
  // unlink first: a JS error while clearing leaves the rest unreleased, not on the chain
  const caller = stale.back!;
  ts.frame = caller;
  for (;;) {
    const done = top;
    top = done.back!;
    done.back = null;
    ts.depth -= done.returnMode === ReturnMode.INIT ? 2 : 1; // an INIT frame holds the class call's count too
    if (done.gen !== null) genFinished(done.gen as PyGen);
    clearFrame(done, done.code.nlocalsplus);
    if (done === stale) break;
  }
  return caller;
}

/** Set by run() before re-raising (RERAISE, bare raise): no new traceback entry, no chaining. */
let reraising = false;
/** The unit of the instruction that raised, when it differs from f.lasti (RERAISE restores lasti). */
let raisedAt = -1;

export function evalFrame(entry: Frame, throwExc: PyBaseException | null): PyObject {
  if (ts.depth >= ts.recursionLimit && entry.gen === null) {
    // refused at the recursion limit: the frame never runs, and lets go of what it owns (its
    // code, a class body's function, bound arguments)
    clearFrame(entry, entry.sp);
    throw O.recursionErr();
  }
  entry.back = ts.frame as Frame | null;
  if (entry.gen !== null) genStartFrame(entry.gen as PyGen);
  enterFrame(entry);
  const pc = entry.lasti < 0 ? 0 : entry.lasti + 1 + CACHES[entry.code.instrs[entry.lasti]! & 255]!;
  if (throwExc !== null && tracer.on) {
    // a generator entered by throw(): sys.settrace's 'call' (its error replaces the thrown one)
    try {
      pyTraceThrowEntry(entry);
    } catch (e) {
      return evalLoop(entry, entry, pc, e);
    }
  }
  return evalLoop(entry, entry, pc, throwExc);
}

/**
 * Continue a thread switched out by SWITCH (src/vm/threads.ts): its frames, from `top` down to
 * `entry`, are still linked and counted in ts.depth; `top` runs from unit `pc`, or raises `exc`
 * at its f.lasti.
 */
export function evalResume(entry: Frame, top: Frame, pc: number, exc: PyBaseException | null): PyObject {
  return evalLoop(entry, top, pc, exc);
}

function evalLoop(entry: Frame, f: Frame, pc: number, thrown: unknown): PyObject {
  for (;;) {
    if (thrown === null) {
      try {
        const r = run(f, pc);
        if (r !== RAISED) return r;
        // a raise that did not throw (raise_signal.ts): handled as a caught exception would be
        thrown = takeRaise();
        f = dropStaleFrames(entry);
      } catch (e) {
        // a thread switch (threads.ts) unwinds the loop: the frames stay as they are
        if (e === SWITCH) return e as PyObject;
        thrown = e;
        f = dropStaleFrames(entry);
      }
    }
    // ---- error: / exception_unwind: ------------------------------------------------------
    // A JS error (a stack overflow, or a bug) may come from a point where f.sp was not stored:
    // then the raising frame's stack items are dropped without releasing them (a leak rather
    // than releasing a dead slot twice) and a handler keeps the items below its depth.
    let trusted = thrown instanceof PyBaseException;
    let exc = O.toPyException(thrown);
    thrown = null;
    // the trace function failed at this frame's 'return' event: leave it as it is (exitUnwind)
    let leaving = exitUnwind.frame === f;
    exitUnwind.frame = null;
    if (!reraising && !leaving) {
      if (exc !== ts.propagating) O.chainContext(exc);
      O.addTraceback(exc, f, f.lasti);
      if (tracer.on) exc = pyTraceException(f, exc);
    }
    reraising = false;
    let at = raisedAt >= 0 ? raisedAt : f.lasti;
    raisedAt = -1;
    let code = f.code;
    let s = f.s;
    let sp = f.sp;
    for (;;) {
      const h = leaving ? -1 : findHandler(code, at);
      if (h >= 0) {
        const t = code.exctab;
        const target = t[h + 2]!, dl = t[h + 3]!;
        const level = code.nlocalsplus + (dl >> 1);
        if (!trusted) sp = Math.max(sp, level);
        while (sp > level) {
          const x = s[--sp];
          if (x !== null && x !== undefined && trusted) decref(x);
          s[sp] = null;
        }
        if (dl & 1) s[sp++] = newInt(f.lasti);
        s[sp++] = exc; // the exception's reference moves to the stack
        f.sp = sp;
        pc = target;
        ts.propagating = exc;
        break;
      }
      // no handler in this frame: leave it (reading its links before it may be pooled)
      const done = f;
      if (tracer.on && !leaving) {
        const replaced = pyTraceUnwind(done);
        if (replaced !== null) {
          decref(exc);
          exc = replaced;
        }
      }
      const caller = done.back;
      const mode = done.returnMode;
      ts.frame = caller; // unlinked before clearing: a JS error there must not leave it half-cleared on the chain
      ts.depth -= mode === ReturnMode.INIT ? 2 : 1;
      done.back = null;
      let err: PyBaseException = exc;
      if (done.gen !== null) {
        err = O.genExceptionExit(done.gen as PyGen, exc);
        genFinished(done.gen as PyGen);
      }
      clearFrame(done, trusted ? sp : done.code.nlocalsplus);
      trusted = true;
      ts.propagating = err;
      if (mode === ReturnMode.ENTRY) throw err;
      f = caller!;
      leaving = false;
      code = f.code; s = f.s; sp = f.sp;
      at = f.lasti;
      if (err !== exc) O.chainFromGenerator(err);
      O.addTraceback(err, f, f.lasti);
      exc = tracer.on ? pyTraceException(f, err) : err;
    }
  }
}

/**
 * Run frame f from unit pc (and the frames it pushes) until the entry frame returns or yields.
 * No try/catch here: an exception propagates to evalFrame, which finds the frame in ts.frame and
 * its stack in f.sp; so before anything that may raise, the loop stores f.lasti and f.sp (the
 * stack as the instruction found it: operands are consumed only after success).
 *
 * A case that does not finish its instruction leaves the switch with `break`: with `nf` set, to
 * enter that frame (a call or a generator resumed); otherwise to the slow path, SLOW[op].
 */
function run(f: Frame, pc: number): PyObject {
  let code: PyCode = f.code;
  let instrs = code.instrs;
  let consts = code.consts;
  let names = code.names;
  let s = f.s;
  let sp = f.sp;
  let kwnames: PyTuple | null = null;
  let nf: Frame | null = null;
  for (;;) {
    let word = instrs[pc++]!;
    let op = word & 255;
    let oparg = word >> 8;
    while (op === Op.EXTENDED_ARG_QUICK || op === Op.EXTENDED_ARG) {
      word = instrs[pc++]!;
      op = word & 255;
      oparg = (oparg << 8) | (word >> 8);
    }
    if (tracer.on) {
      f.lasti = pc - 1; f.sp = sp; traceHook(f, pc - 1, op, oparg, s, sp);
      if (jumpTo.frame === f) {
        // the trace function set frame.f_lineno (frame_jump.ts): go on at the chosen instruction,
        // which is not traced itself (CPython re-dispatches to it)
        jumpTo.frame = null;
        pc = jumpTo.start; sp = f.sp;
        word = instrs[pc++]!; op = word & 255; oparg = word >> 8;
        while (op === Op.EXTENDED_ARG_QUICK || op === Op.EXTENDED_ARG) {
          word = instrs[pc++]!;
          op = word & 255;
          oparg = (oparg << 8) | (word >> 8);
        }
        f.lasti = pc - 1;
      }
    }
    switch (op) {
      case Op.NOP:
        continue;
      case Op.RESUME_QUICK:
      case Op.RESUME:
        if (op === Op.RESUME && code.warmup !== 0) warmup(code);
        if (O.interrupt.budget !== 0 && --O.interrupt.budget === 0) { f.lasti = pc - 1; f.sp = sp; O.interrupt.hook(); }
        if (op === Op.RESUME_QUICK) {
          // the second tier (jit.ts): run the code's JIT function from here
          const j = code.jit;
          if (j !== null) {
            if (!tracer.on) { f.sp = sp; pc = j(f as never, s, pc); sp = f.sp; }
          } else if (--code.jitHot === 0) jitReady(code);
        }
        continue;

      // ---- locals and constants ------------------------------------------------------
      case Op.LOAD_FAST: {
        const v = s[oparg];
        if (v === null || v === undefined) {
          f.lasti = pc - 1; f.sp = sp;
          throw O.unboundLocal(code, oparg);
        }
        v.ob_refcnt++;
        s[sp++] = v;
        continue;
      }
      case Op.LOAD_CONST: {
        const v = consts[oparg]!;
        v.ob_refcnt++;
        s[sp++] = v;
        continue;
      }
      case Op.STORE_FAST: {
        const old = s[oparg];
        s[oparg] = s[--sp]!;
        if (old !== null && old !== undefined && --old.ob_refcnt === 0 && !deadPlainNumber(old)) {
          f.lasti = pc - 1; f.sp = sp;
          dealloc(old);
        }
        continue;
      }
      // superinstructions: this instruction and the next one (left in place, then skipped)
      case Op.LOAD_FAST__LOAD_FAST:
      case Op.LOAD_FAST__LOAD_CONST:
      case Op.LOAD_CONST__LOAD_FAST: {
        const v = op === Op.LOAD_CONST__LOAD_FAST ? consts[oparg]! : s[oparg];
        if (v === null || v === undefined) {
          f.lasti = pc - 1; f.sp = sp;
          throw O.unboundLocal(code, oparg);
        }
        const i2 = instrs[pc]! >> 8;
        const v2 = op === Op.LOAD_FAST__LOAD_CONST ? consts[i2]! : s[i2];
        if (v2 === null || v2 === undefined) {
          f.lasti = pc; f.sp = sp;
          throw O.unboundLocal(code, i2);
        }
        v.ob_refcnt++;
        v2.ob_refcnt++;
        s[sp++] = v;
        s[sp++] = v2;
        pc++;
        continue;
      }
      case Op.STORE_FAST__LOAD_FAST:
      case Op.STORE_FAST__STORE_FAST: {
        const old = s[oparg];
        s[oparg] = s[--sp]!;
        const i2 = instrs[pc++]! >> 8;
        if (old !== null && old !== undefined && --old.ob_refcnt === 0 && !deadPlainNumber(old)) {
          f.lasti = pc - 2; f.sp = sp;
          dealloc(old);
        }
        if (op === Op.STORE_FAST__LOAD_FAST) {
          const v2 = s[i2];
          if (v2 === null || v2 === undefined) {
            f.lasti = pc - 1; f.sp = sp;
            throw O.unboundLocal(code, i2);
          }
          v2.ob_refcnt++;
          s[sp++] = v2;
        } else {
          const old2 = s[i2];
          s[i2] = s[--sp]!;
          if (old2 !== null && old2 !== undefined && --old2.ob_refcnt === 0 && !deadPlainNumber(old2)) {
            f.lasti = pc - 1; f.sp = sp;
            dealloc(old2);
          }
        }
        continue;
      }
      case Op.POP_TOP: {
        const v = s[--sp]!;
        if (--v.ob_refcnt === 0 && !deadPlainNumber(v)) {
          f.lasti = pc - 1; f.sp = sp;
          dealloc(v);
        }
        continue;
      }
      case Op.PUSH_NULL:
        s[sp++] = null;
        continue;
      case Op.COPY: {
        const v = s[sp - oparg]!;
        v.ob_refcnt++;
        s[sp++] = v;
        continue;
      }
      case Op.SWAP: {
        const t = s[sp - 1]!;
        s[sp - 1] = s[sp - oparg]!;
        s[sp - oparg] = t;
        continue;
      }
      case Op.LOAD_DEREF: {
        const v = (s[oparg] as PyCell).ref;
        if (v === null) {
          f.lasti = pc - 1; f.sp = sp;
          throw O.unboundDeref(code, oparg);
        }
        v.ob_refcnt++;
        s[sp++] = v;
        continue;
      }

      // ---- BINARY_OP on exact ints and floats ------------------------------------------
      case Op.BINARY_OP_ADD_INT:
      case Op.BINARY_OP_SUBTRACT_INT:
      case Op.BINARY_OP_MULTIPLY_INT: {
        const b = s[sp - 1]!, a = s[sp - 2]!;
        if (!(a instanceof PyInt) || !(b instanceof PyInt) || a.ob_type !== IntType || b.ob_type !== IntType) break;
        const x = a.value, y = b.value;
        let r: PyInt;
        if (typeof x === "number" && typeof y === "number") {
          const z = op === Op.BINARY_OP_ADD_INT ? x + y : op === Op.BINARY_OP_SUBTRACT_INT ? x - y : x * y + 0;
          r = z <= MAX_SAFE && z >= -MAX_SAFE ? intOf(z) : newIntAny(intArith(op, x, y));
        } else r = newIntAny(intArith(op, x, y));
        if (--a.ob_refcnt === 0 && !deadPlainNumber(a)) dealloc(a);
        if (--b.ob_refcnt === 0 && !deadPlainNumber(b)) dealloc(b);
        s[--sp - 1] = r;
        pc += 1;
        continue;
      }
      case Op.BINARY_OP_ADD_FLOAT:
      case Op.BINARY_OP_SUBTRACT_FLOAT:
      case Op.BINARY_OP_MULTIPLY_FLOAT: {
        const b = s[sp - 1]!, a = s[sp - 2]!;
        if (!(a instanceof PyFloat) || !(b instanceof PyFloat) || a.ob_type !== FloatType || b.ob_type !== FloatType) break;
        const x = a.value, y = b.value;
        const r = newFloat(op === Op.BINARY_OP_ADD_FLOAT ? x + y : op === Op.BINARY_OP_SUBTRACT_FLOAT ? x - y : x * y);
        if (--a.ob_refcnt === 0 && !deadPlainNumber(a)) dealloc(a);
        if (--b.ob_refcnt === 0 && !deadPlainNumber(b)) dealloc(b);
        s[--sp - 1] = r;
        pc += 1;
        continue;
      }
      // ---- the commonest specialised forms of eval_spec.ts, called directly ----------------
      // (a known callee instead of the SLOW table's indirect call; same protocol: f.lasti/f.sp
      // stored, the handler returns the new sp, or -1 having signalled a raise, and deals with
      // its own miss)
      case Op.LOAD_ATTR_INSTANCE_VALUE:
        f.lasti = pc - 1; f.sp = sp;
        sp = loadAttrInstanceValue(f, s, sp, oparg);
        if (sp < 0) return RAISED;
        pc += 4;
        continue;
      case Op.LOAD_ATTR_SLOT:
        f.lasti = pc - 1; f.sp = sp;
        sp = loadAttrSlot(f, s, sp, oparg);
        if (sp < 0) return RAISED;
        pc += 4;
        continue;
      case Op.STORE_ATTR_INSTANCE_VALUE:
        f.lasti = pc - 1; f.sp = sp;
        sp = storeAttrInstanceValue(f, s, sp, oparg);
        if (sp < 0) return RAISED;
        pc += 4;
        continue;
      case Op.STORE_ATTR_SLOT:
        f.lasti = pc - 1; f.sp = sp;
        sp = storeAttrSlot(f, s, sp, oparg);
        if (sp < 0) return RAISED;
        pc += 4;
        continue;
      case Op.LOAD_METHOD_WITH_VALUES:
      case Op.LOAD_METHOD_NO_DICT:
        f.lasti = pc - 1; f.sp = sp;
        sp = loadMethodCached(f, s, sp, oparg);
        if (sp < 0) return RAISED;
        pc += 10;
        continue;
      case Op.BINARY_SUBSCR_LIST_INT:
      case Op.BINARY_SUBSCR_TUPLE_INT:
        f.lasti = pc - 1; f.sp = sp;
        sp = binarySubscrSeqInt(f, s, sp, oparg);
        if (sp < 0) return RAISED;
        pc += 4;
        continue;
      case Op.STORE_SUBSCR_LIST_INT:
        f.lasti = pc - 1; f.sp = sp;
        sp = storeSubscrListInt(f, s, sp, oparg);
        if (sp < 0) return RAISED;
        pc += 1;
        continue;

      case Op.BINARY_OP_INPLACE_ADD_UNICODE: {
        // s += t followed by STORE_FAST s: store the result and skip the STORE_FAST
        const b = s[sp - 1]!, a = s[sp - 2]!;
        const local = instrs[pc + 1]! >> 8;
        if (!(a instanceof PyStr) || !(b instanceof PyStr) || a.ob_type !== StrType || b.ob_type !== StrType || s[local] !== a) break;
        const r = newStr(a.value + b.value);
        sp -= 2;
        s[local] = r;
        a.ob_refcnt--; // the local's reference; then the stack's
        if (--a.ob_refcnt === 0 && a.ob_addr !== 0) dealloc(a);
        if (--b.ob_refcnt === 0 && b.ob_addr !== 0) dealloc(b);
        pc += 2;
        continue;
      }

      // ---- COMPARE_OP + POP_JUMP: one instruction ------------------------------------------
      case Op.COMPARE_OP_INT_JUMP:
      case Op.COMPARE_OP_FLOAT_JUMP:
      case Op.COMPARE_OP_STR_JUMP: {
        const b = s[sp - 1]!, a = s[sp - 2]!;
        let bit: number;
        if (op === Op.COMPARE_OP_STR_JUMP) {
          if (!(a instanceof PyStr) || !(b instanceof PyStr) || a.ob_type !== StrType || b.ob_type !== StrType) break;
          bit = a.value === b.value ? Cmp.EQUAL : Cmp.LESS;
        } else {
          if (!(a instanceof PyInt || a instanceof PyFloat) || a.ob_type !== (op === Op.COMPARE_OP_INT_JUMP ? IntType : FloatType) ||
              b.ob_type !== a.ob_type) break;
          const x = (a as PyInt | PyFloat).value, y = (b as PyInt | PyFloat).value;
          if (typeof x !== "number" || typeof y !== "number") break;
          // every comparison evaluated, so V8 has feedback for all of them
          bit = ((x < y ? Cmp.LESS : 0) | (x > y ? Cmp.GREATER : 0) | (x === y ? Cmp.EQUAL : 0)) || Cmp.UNORDERED;
        }
        sp -= 2;
        if (--a.ob_refcnt === 0 && !deadPlainNumber(a)) dealloc(a);
        if (--b.ob_refcnt === 0 && !deadPlainNumber(b)) dealloc(b);
        const mask = instrs[pc + 1]!;
        const dist = instrs[pc + 2]! >> 8;
        const fwd = mask & bit, back = mask & (bit << 4);
        pc += fwd !== 0 ? 3 + dist : back !== 0 ? 3 - dist : 3;
        continue;
      }

      // ---- jumps -------------------------------------------------------------------------
      case Op.JUMP_FORWARD:
        pc += oparg;
        continue;
      case Op.JUMP_BACKWARD:
      case Op.JUMP_BACKWARD_QUICK:
        if (code.warmup !== 0) warmup(code);
        if (O.interrupt.budget !== 0 && --O.interrupt.budget === 0) { f.lasti = pc - 1; f.sp = sp; O.interrupt.hook(); }
        pc -= oparg;
        if (op === Op.JUMP_BACKWARD_QUICK) {
          const j = code.jit;
          if (j !== null) {
            if (!tracer.on) { f.sp = sp; pc = j(f as never, s, pc); sp = f.sp; }
          } else if (--code.jitHot === 0) jitReady(code);
        }
        continue;
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        pc -= oparg;
        continue;
      case Op.POP_JUMP_FORWARD_IF_FALSE:
      case Op.POP_JUMP_BACKWARD_IF_FALSE:
      case Op.POP_JUMP_FORWARD_IF_TRUE:
      case Op.POP_JUMP_BACKWARD_IF_TRUE: {
        const v = s[sp - 1]!;
        let t: boolean;
        if (v === True) t = true;
        else if (v === False) t = false;
        else {
          f.lasti = pc - 1; f.sp = sp;
          t = A.isTrue(v);
          decref(v);
        }
        sp--;
        if (t === (op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE)) {
          if (op === Op.POP_JUMP_FORWARD_IF_FALSE || op === Op.POP_JUMP_FORWARD_IF_TRUE) pc += oparg;
          else {
            // a loop's backward jump: the interrupt budget, as JUMP_BACKWARD (CHECK_EVAL_BREAKER)
            if (O.interrupt.budget !== 0 && --O.interrupt.budget === 0) { f.lasti = pc - 1; f.sp = sp; O.interrupt.hook(); }
            pc -= oparg;
          }
        }
        continue;
      }
      case Op.POP_JUMP_FORWARD_IF_NONE:
      case Op.POP_JUMP_BACKWARD_IF_NONE:
      case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
      case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
        const v = s[--sp]!;
        if (v !== None && --v.ob_refcnt === 0) {
          f.lasti = pc - 1; f.sp = sp;
          dealloc(v);
        }
        if ((v === None) === (op === Op.POP_JUMP_FORWARD_IF_NONE || op === Op.POP_JUMP_BACKWARD_IF_NONE)) {
          if (op === Op.POP_JUMP_FORWARD_IF_NONE || op === Op.POP_JUMP_FORWARD_IF_NOT_NONE) pc += oparg;
          else {
            if (O.interrupt.budget !== 0 && --O.interrupt.budget === 0) { f.lasti = pc - 1; f.sp = sp; O.interrupt.hook(); }
            pc -= oparg;
          }
        }
        continue;
      }
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const v = s[sp - 1]!;
        f.lasti = pc - 1; f.sp = sp;
        const t = v === True ? true : v === False ? false : A.isTrue(v);
        if (t === (op === Op.JUMP_IF_TRUE_OR_POP)) pc += oparg;
        else {
          sp--;
          decref(v);
        }
        continue;
      }

      // ---- iteration ---------------------------------------------------------------------
      case Op.FOR_ITER: {
        const it = s[sp - 1]!;
        const t = it.ob_type;
        if (t === ListIterType) {
          // 3.11 does not specialise FOR_ITER; list and range iterators run inline here
          const li = it as unknown as { seq: PyList | null; i: number };
          const l = li.seq;
          if (l !== null && li.i < l.items.length) {
            const v = l.items[li.i++]!;
            v.ob_refcnt++;
            s[sp++] = v;
            continue;
          }
        } else if (t === RangeIterType) {
          const ri = it as unknown as { next: number | bigint; step: number | bigint; remaining: number | bigint };
          const rem = ri.remaining, x = ri.next, st = ri.step;
          if (typeof rem === "number" && typeof x === "number" && typeof st === "number" && rem > 0) {
            ri.remaining = rem - 1;
            const z = x + st;
            ri.next = z <= MAX_SAFE && z >= -MAX_SAFE ? z : intAdd(x, st);
            s[sp++] = intOf(x);
            continue;
          }
        }
        f.lasti = pc - 1; f.sp = sp;
        nf = resumeFrame(f, s, sp, it, null, pc + oparg);
        if (nf !== null) break;
        const next = t.tp_iternext;
        if (next === null) throw typeError(`'${t.tp_name}' object is not an iterator`);
        if (tracer.on) pyTraceIterStart();
        const v = next(it);
        if (v !== null) {
          s[sp++] = v;
        } else {
          if (tracer.on) pyTraceIterStop(f);
          sp--;
          decref(it);
          pc += oparg;
        }
        continue;
      }

      // ---- globals -----------------------------------------------------------------------
      case Op.LOAD_GLOBAL_MODULE:
      case Op.LOAD_GLOBAL_BUILTIN: {
        let d: PyDict;
        if (op === Op.LOAD_GLOBAL_MODULE) d = f.globals;
        else {
          if (f.globals.kv !== read32(instrs, pc + 2)) break;
          d = f.builtins;
        }
        const ix = instrs[pc + 1]!;
        const ek = d.ekeys;
        if (ix >= ek.length || ek[ix] !== names[oparg >> 1]) break;
        const v = d.evalues[ix]!;
        if (oparg & 1) s[sp++] = null;
        v.ob_refcnt++;
        s[sp++] = v;
        pc += 5;
        continue;
      }

      // ---- calls ---------------------------------------------------------------------------
      // Stack: [NULL or method, callable or self, args...]. A specialised PRECALL of a builtin
      // does the whole call and skips the CALL instruction and its caches.
      case Op.KW_NAMES:
        kwnames = consts[oparg] as PyTuple;
        continue;
      // @ts-expect-error TS7029: a miss falls through the family into the generic PRECALL
      case Op.PRECALL_NO_KW_LIST_APPEND:
        if (op === Op.PRECALL_NO_KW_LIST_APPEND) {
          // l.append(x) whose result is dropped: also skips the POP_TOP
          const l = s[sp - 2]!;
          if (s[sp - 3] === code.ocache![pc] && l.ob_type === ListType) {
            const v = s[sp - 1]!;
            listAppend(l as PyList, v);
            decrefNoFree(v); // the list now holds the stack's reference
            decrefNoFree(s[sp - 3]!); // list.append itself (owned by list's type dict)
            sp -= 3;
            f.lasti = pc - 1; f.sp = sp;
            decref(l);
            pc += 7;
            continue;
          }
          specMiss(instrs, pc - 1);
        }
      case Op.PRECALL_NO_KW_LEN:
      case Op.PRECALL_NO_KW_ISINSTANCE:
      case Op.PRECALL_NO_KW_BUILTIN_O:
      case Op.PRECALL_NO_KW_BUILTIN_FAST:
      case Op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS:
      case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O:
      case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS:
      case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST:
      case Op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS:
      case Op.PRECALL_BUILTIN_CLASS:
      case Op.PRECALL_NO_KW_STR_1:
      case Op.PRECALL_NO_KW_TUPLE_1:
      // @ts-expect-error TS7029
      case Op.PRECALL_NO_KW_TYPE_1:
        if (op !== Op.PRECALL_NO_KW_LIST_APPEND) {
          // the callable the instruction specialised for, called directly
          const isMeth = s[sp - oparg - 2] !== null;
          const nargs = oparg + (isMeth ? 1 : 0);
          const callable = s[sp - nargs - 1]!;
          if (callable === code.ocache![pc] && (kwnames === null || op === Op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS ||
              op === Op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS || op === Op.PRECALL_BUILTIN_CLASS)) {
            const kw = kwnames;
            kwnames = null;
            f.lasti = pc - 1; f.sp = sp;
            const r = callBuiltin(op, callable, s, sp - nargs, nargs, kw);
            popCall(s, sp - oparg - 2, sp);
            sp -= oparg + 2;
            s[sp++] = r;
            pc += 6;
            continue;
          }
          specMiss(instrs, pc - 1);
        }
      // @ts-expect-error TS7029
      case Op.PRECALL_ADAPTIVE:
        if (op === Op.PRECALL_ADAPTIVE) {
          const c = instrs[pc]!;
          if (c < 16) {
            const isMeth = s[sp - oparg - 2] !== null;
            specPrecall(code, pc - 1, s[sp - oparg - (isMeth ? 2 : 1)]!, oparg + (isMeth ? 1 : 0), kwnames, oparg);
          } else instrs[pc] = c - 16;
        }
      case Op.PRECALL:
      case Op.PRECALL_PYFUNC:
      case Op.PRECALL_BOUND_METHOD: {
        if (s[sp - oparg - 2] === null) {
          const c = s[sp - oparg - 1]!;
          if (c.ob_type === MethodType) {
            // a bound method: its function and self take the callable's slots
            const m = c as PyMethod;
            incref(m.self);
            incref(m.func);
            s[sp - oparg - 2] = m.func;
            s[sp - oparg - 1] = m.self;
            f.lasti = pc - 1; f.sp = sp;
            decref(c);
          }
        }
        pc += 1;
        continue;
      }
      case Op.CALL_PY_EXACT_ARGS:
      // @ts-expect-error TS7029: a miss falls through into the generic CALL
      case Op.CALL_PY_WITH_DEFAULTS:
        if (op === Op.CALL_PY_EXACT_ARGS || op === Op.CALL_PY_WITH_DEFAULTS) {
          f.lasti = pc - 1;
          nf = kwnames === null ? pyCallFrame(f, s, sp, oparg, op === Op.CALL_PY_WITH_DEFAULTS) : null;
          if (nf !== null) break;
          specMiss(instrs, pc - 1);
        }
      // @ts-expect-error TS7029
      case CALL_PY_CLASS:
        if (op === CALL_PY_CLASS) {
          f.lasti = pc - 1; f.sp = sp;
          nf = kwnames === null ? classInitFrame(f, s, sp, oparg) : null;
          if (nf !== null) break;
          specMiss(instrs, pc - 1);
        }
      // @ts-expect-error TS7029
      case Op.CALL_ADAPTIVE:
        if (op === Op.CALL_ADAPTIVE) {
          const c = instrs[pc]!;
          if (c < 16) {
            const isMeth = s[sp - oparg - 2] !== null;
            specCall(code, pc - 1, s[sp - oparg - (isMeth ? 2 : 1)]!, oparg + (isMeth ? 1 : 0), kwnames);
          } else instrs[pc] = c - 16;
        }
      case Op.CALL: {
        const isMeth = s[sp - oparg - 2] !== null;
        const nargs = oparg + (isMeth ? 1 : 0);
        const callable = s[sp - nargs - 1]!;
        const kw = kwnames;
        kwnames = null;
        f.lasti = pc - 1; f.sp = sp;
        if (callable.ob_type === FunctionType) {
          nf = callFrame(f, s, sp, oparg, callable as PyFunction, kw);
          break;
        }
        const r = O.callObject(callable, s, sp - nargs, nargs, kw);
        popCall(s, sp - oparg - 2, sp);
        sp -= oparg + 2;
        s[sp++] = r;
        pc += 4;
        continue;
      }
      case Op.BINARY_SUBSCR_GETITEM:
        f.lasti = pc - 1; f.sp = sp;
        nf = getitemFrame(f, s, sp);
        break;
      case LOAD_ATTR_PROPERTY:
        f.lasti = pc - 1; f.sp = sp;
        nf = propertyFrame(f, s, sp);
        break;
      // a Python __enter__ / f(*args, **kw) of a Python function: a frame of this loop (so a
      // green thread can switch inside it); null: the generic form (eval_slow.ts)
      case Op.BEFORE_WITH:
        f.lasti = pc - 1; f.sp = sp;
        nf = withEnterFrame(f, s, sp);
        break;
      case Op.CALL_FUNCTION_EX:
        f.lasti = pc - 1; f.sp = sp;
        nf = exCallFrame(f, s, sp, oparg);
        break;

      // ---- raising -------------------------------------------------------------------------
      case Op.RAISE_VARARGS: {
        f.lasti = pc - 1; f.sp = sp;
        if (oparg === 0) {
          const e = O.currentExcForReraise();
          incref(e);
          reraising = true;
          signalRaise(e);
          return RAISED;
        }
        const cause = oparg === 2 ? s[--sp]! : null;
        const exc = s[--sp]!;
        f.sp = sp;
        signalRaise(O.makeRaise(exc, cause)); // consumes both references
        return RAISED;
      }
      case Op.RERAISE: {
        f.lasti = pc - 1;
        const v = s[--sp]!;
        f.sp = sp;
        if (oparg) {
          // the handler lookup uses this instruction; lasti (pushed for the next handler,
          // and the frame's line) goes back to where the exception was first raised
          raisedAt = f.lasti;
          f.lasti = (s[sp - oparg] as PyInt).value as number;
        }
        reraising = true;
        signalRaise(v); // the stack's reference goes with the exception
        return RAISED;
      }
      case Op.END_ASYNC_FOR: {
        f.lasti = pc - 1; f.sp = sp;
        const val = s[sp - 1]!;
        if (O.isStopAsyncIteration(val)) {
          sp -= 2;
          decref(val);
          decref(s[sp]!);
          continue;
        }
        f.sp = sp - 1;
        reraising = true;
        throw val;
      }

      // ---- frames end, generators ------------------------------------------------------------
      case Op.RETURN_VALUE:
      case Op.YIELD_VALUE:
      case Op.RETURN_GENERATOR: {
        f.lasti = pc - 1;
        const done = f;
        // read the frame's links first: clearFrame may hand it back to the frame pool
        const caller = done.back;
        const mode = done.returnMode;
        const retTarget = done.retTarget;
        done.back = null;
        // unlinked before clearing (as CPython since gh-99729): finalizers run by clearFrame
        // (__del__, "coroutine ... was never awaited") see the caller as the current frame
        ts.depth -= mode === ReturnMode.INIT ? 2 : 1; // an INIT frame holds the class call's count too
        ts.frame = caller;
        let retval: PyObject;
        if (op === Op.RETURN_GENERATOR) {
          // the frame becomes the generator's; the caller receives the generator
          done.sp = sp;
          retval = O.makeGenerator(done);
          done.state = FrameState.CREATED;
        } else {
          retval = s[--sp]!;
          if (op === Op.YIELD_VALUE) {
            done.sp = sp;
            done.state = FrameState.SUSPENDED;
            genSuspended(done.gen as PyGen);
          } else {
            if (done.gen !== null) genFinished(done.gen as PyGen);
            clearFrame(done, sp);
          }
        }
        if (mode === ReturnMode.ENTRY) return retval;
        f = caller!;
        code = f.code; instrs = code.instrs; consts = code.consts; names = code.names; s = f.s; sp = f.sp;
        pc = f.lasti + 1 + CACHES[instrs[f.lasti]! & 255]!;
        if (mode === ReturnMode.CALL || op !== Op.RETURN_VALUE) {
          s[sp++] = retval;
        } else if (mode === ReturnMode.INIT) {
          // __init__ returned: the instance is already on the stack
          if (retval !== None) {
            f.sp = sp;
            const n = retval.ob_type.tp_name;
            decref(retval);
            throw typeError(`__init__() should return None, not '${n}'`);
          }
          decrefNoFree(retval);
        } else {
          // a generator resumed by FOR_ITER / SEND finished: leave the loop / take its value
          if (tracer.on && mode === ReturnMode.FOR_ITER && retval !== None) pyTraceGenReturn(f, retval);
          pc = retTarget;
          if (mode === ReturnMode.FOR_ITER) {
            decref(retval);
            decref(s[--sp]!);
          } else {
            const recv = s[sp - 1]!;
            s[sp - 1] = retval;
            decref(recv);
          }
        }
        if (code.jit !== null && !tracer.on) { f.sp = sp; pc = code.jit(f as never, s, pc); sp = f.sp; }
        continue;
      }
      case Op.SEND: {
        f.lasti = pc - 1; f.sp = sp;
        const v = s[sp - 1]!;
        const recv = s[sp - 2]!;
        nf = resumeFrame(f, s, sp, recv, v, pc + oparg);
        if (nf !== null) break;
        const [ret, value] = O.send(recv, v);
        sp--;
        decref(v);
        if (ret) {
          s[sp - 1] = value;
          decref(recv);
          pc += oparg;
        } else {
          s[sp++] = value;
        }
        continue;
      }
    }
    if (nf !== null) {
      // enter the frame a call or resumption prepared (eval_frames.ts)
      f = nf;
      nf = null;
      f.state = FrameState.EXECUTING;
      ts.frame = f;
      code = f.code; instrs = code.instrs; consts = code.consts; names = code.names; s = f.s; sp = f.sp;
      pc = f.lasti < 0 ? 0 : f.lasti + 1 + CACHES[instrs[f.lasti]! & 255]!;
      continue;
    }
    // the slow path: an instruction the switch does not run inline, or a miss of a specialised
    // form (SLOW counts it and runs the generic form)
    f.lasti = pc - 1; f.sp = sp;
    sp = SLOW[op]!(f, s, sp, oparg);
    if (sp < 0) return RAISED; // raise_signal.ts
    pc += CACHES[op]!;
  }
}
