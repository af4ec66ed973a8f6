/**
 * The evaluation loop: executes CPython 3.11 bytecode.
 *
 * evalFrame(entry, throwExc) runs `entry` (and every frame it pushes) until `entry` returns or
 * yields, and returns that value. Python-to-Python calls (CALL on a function), generator
 * resumption by FOR_ITER/SEND, and returns/yields switch frames inside this one JS activation:
 * the per-frame state (code, instructions, stack array, sp, pc) lives in local variables that are
 * reloaded on every switch. Builtins that call back into Python re-enter evalFrame (like C code
 * in CPython), guarded by the recursion limit.
 *
 * Errors: every failing operation throws the Python exception object; the catch block below is
 * CPython's `error:` / `exception_unwind:` — it records a traceback entry, chains __context__
 * for new exceptions, and looks the handler up in the exception table of each frame, popping
 * frames until one handles it or the entry frame is left.
 *
 * Reference counting follows ceval.c: the stack owns its items; an operation consumes its
 * operands after it has succeeded (so on error the unwinder releases them). A thrown Python
 * exception carries one reference (new exceptions start at 1); a handler's stack takes it over.
 */
import { gcTrack } from "../memory/gc.ts";
import { Op, cacheEntries } from "../bytecode/opcodes.ts";
import { PyObject, PyType, isSubtype } from "../objects/object.ts";
import {
  None, NotImplemented, FunctionType, MethodType, IntType, FloatType, StrType, ListType, TupleType, DictType,
  GeneratorType, CoroutineType, TypeType,
} from "../objects/types.ts";
import { PyInt, newInt, True, False, intAdd, intSub, intCompare, newIntAny } from "../objects/int.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { PyStr, newStr } from "../objects/str.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyList, newList, listAppend } from "../objects/list.ts";
import { PyDict, newDict, dictGetItemStr, dictSetItem, dictSetItemStr, dictDelItemIf } from "../objects/dict.ts";
import { PyFunction, PyMethod } from "../objects/funcobject.ts";
import { PyCell } from "../objects/cell.ts";
import { PyCode, findHandler } from "../objects/codeobject.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import * as A from "../objects/abstract.ts";
import { typeError } from "../objects/errors.ts";
import { dealloc } from "../memory/refcount.ts";
import { Frame, ReturnMode, FrameState } from "./frame.ts";
import { bindArgs, newFunctionFrame } from "./call.ts";
import { ts } from "./state.ts";
import * as O from "./ops.ts";
import { PyGen, genFinished, genStartFrame, genSuspended } from "../objects/genobject.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
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

/** Release a finished frame's locals and stack (unless someone else holds the frame). */
function clearFrame(f: Frame, sp: number): void {
  const s = f.s;
  for (let i = f.code.nlocalsplus; i < sp; i++) {
    const x = s[i];
    if (x !== null && x !== undefined) {
      s[i] = null;
      decref(x);
    }
  }
  f.sp = f.code.nlocalsplus;
  f.state = FrameState.COMPLETED;
  if (f.ob_refcnt > 1 && f.gen === null) {
    // a traceback or sys._getframe() holds the frame: it keeps its locals until freed (and the
    // cycle collector tracks it, as take_ownership does)
    f.ob_refcnt--;
    gcTrack(f);
    return;
  }
  const n = f.code.nlocalsplus;
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
  if (f.gen === null) f.ob_refcnt--;
}

export function evalFrame(entry: Frame, throwExc: PyBaseException | null): PyObject {
  let f = entry;
  entry.back = ts.frame as Frame | null;
  if (entry.gen !== null) genStartFrame(entry.gen as PyGen);
  enterFrame(f);
  let code: PyCode = f.code;
  let instrs = code.instrs;
  let consts = code.consts;
  let names = code.names;
  let s = f.s;
  let sp = f.sp;
  let pc = f.lasti < 0 ? 0 : f.lasti + 1 + cacheEntries[instrs[f.lasti]! & 255]!;
  let kwnames: PyTuple | null = null;
  let pending: PyBaseException | null = throwExc;
  /** Set before re-raising (RERAISE, bare raise): no new traceback entry, no chaining. */
  let reraise = false;
  /** The unit of the instruction that raised, when it differs from f.lasti (RERAISE restores lasti). */
  let raisedAt = -1;

  for (;;) {
    try {
      if (pending !== null) {
        const e = pending;
        pending = null;
        throw e;
      }
      for (;;) {
        let word = instrs[pc++]!;
        let op = word & 255;
        let oparg = word >> 8;
        while (op === Op.EXTENDED_ARG) {
          word = instrs[pc++]!;
          op = word & 255;
          oparg = (oparg << 8) | (word >> 8);
        }
        f.lasti = pc - 1;
        switch (op) {
          case Op.NOP:
          case Op.RESUME:
          case Op.RESUME_QUICK:
            continue;
          case Op.CACHE:
            throw O.systemErr("executing a CACHE entry");

          // ---- locals and constants ----------------------------------------------------
          case Op.LOAD_FAST: {
            const v = s[oparg];
            if (v === null || v === undefined) throw O.unboundLocal(code, oparg);
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
            if (old !== null && old !== undefined && --old.ob_refcnt === 0) dealloc(old);
            continue;
          }
          case Op.DELETE_FAST: {
            const old = s[oparg];
            if (old === null || old === undefined) throw O.unboundLocal(code, oparg);
            s[oparg] = null;
            decref(old);
            continue;
          }
          case Op.POP_TOP: {
            const v = s[--sp]!;
            if (--v.ob_refcnt === 0) dealloc(v);
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

          // ---- operators ---------------------------------------------------------------
          case Op.BINARY_OP: {
            const b = s[sp - 1]!, a = s[sp - 2]!;
            let r: PyObject;
            if (a.ob_type === IntType && b.ob_type === IntType && oparg <= 13 && (oparg === 0 || oparg === 10 || oparg === 13 || oparg === 23)) {
              const x = (a as PyInt).value, y = (b as PyInt).value;
              r = newIntAny(oparg === 0 || oparg === 13 ? intAdd(x, y) : intSub(x, y));
            } else if (a.ob_type === FloatType && b.ob_type === FloatType) {
              r = O.floatBinary(a as PyFloat, b as PyFloat, oparg);
            } else if (oparg < 13) {
              r = A.binaryOp(a, b, oparg);
            } else {
              r = A.inplaceOp(a, b, oparg - 13);
            }
            sp -= 2;
            decref(a);
            decref(b);
            s[sp++] = r;
            pc += 1;
            continue;
          }
          case Op.COMPARE_OP: {
            const b = s[sp - 1]!, a = s[sp - 2]!;
            let r: PyObject;
            if (a.ob_type === IntType && b.ob_type === IntType) {
              const c = intCompare((a as PyInt).value, (b as PyInt).value);
              r = O.cmpResult(c, oparg) ? True : False;
            } else {
              r = A.richCompare(a, b, oparg);
            }
            sp -= 2;
            decref(a);
            decref(b);
            s[sp++] = r;
            pc += 2;
            continue;
          }
          case Op.IS_OP: {
            const b = s[--sp]!, a = s[--sp]!;
            const r = (a === b) !== (oparg === 1);
            decref(a);
            decref(b);
            s[sp++] = r ? True : False;
            continue;
          }
          case Op.CONTAINS_OP: {
            const b = s[sp - 1]!, a = s[sp - 2]!;
            const r = A.contains(b, a) !== (oparg === 1);
            sp -= 2;
            decref(a);
            decref(b);
            s[sp++] = r ? True : False;
            continue;
          }
          case Op.UNARY_NEGATIVE: {
            const v = s[sp - 1]!;
            const r = A.negative(v);
            decref(v);
            s[sp - 1] = r;
            continue;
          }
          case Op.UNARY_POSITIVE: {
            const v = s[sp - 1]!;
            const r = A.positive(v);
            decref(v);
            s[sp - 1] = r;
            continue;
          }
          case Op.UNARY_INVERT: {
            const v = s[sp - 1]!;
            const r = A.invert(v);
            decref(v);
            s[sp - 1] = r;
            continue;
          }
          case Op.UNARY_NOT: {
            const v = s[sp - 1]!;
            const r = A.isTrue(v);
            decref(v);
            s[sp - 1] = r ? False : True;
            continue;
          }
          case Op.BINARY_SUBSCR: {
            const k = s[sp - 1]!, c = s[sp - 2]!;
            let r: PyObject;
            if (c.ob_type === ListType && k.ob_type === IntType) r = O.listIndex(c as PyList, k as PyInt);
            else r = A.getItem(c, k);
            sp -= 2;
            decref(c);
            decref(k);
            s[sp++] = r;
            pc += 4;
            continue;
          }
          case Op.STORE_SUBSCR: {
            const k = s[sp - 1]!, c = s[sp - 2]!, v = s[sp - 3]!;
            A.setItem(c, k, v);
            sp -= 3;
            decref(k);
            decref(c);
            decref(v);
            pc += 1;
            continue;
          }
          case Op.DELETE_SUBSCR: {
            const k = s[sp - 1]!, c = s[sp - 2]!;
            A.delItem(c, k);
            sp -= 2;
            decref(k);
            decref(c);
            continue;
          }
          case Op.BUILD_SLICE: {
            const r = O.buildSlice(s, sp, oparg);
            for (let i = sp - oparg; i < sp; i++) decref(s[i]!);
            sp -= oparg;
            s[sp++] = r;
            continue;
          }

          // ---- jumps -------------------------------------------------------------------
          case Op.JUMP_FORWARD:
            pc += oparg;
            continue;
          case Op.JUMP_BACKWARD:
          case Op.JUMP_BACKWARD_QUICK:
            pc -= oparg;
            if (O.interrupt.budget !== 0 && --O.interrupt.budget === 0) O.interrupt.hook();
            continue;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc -= oparg;
            continue;
          case Op.POP_JUMP_FORWARD_IF_FALSE:
          case Op.POP_JUMP_BACKWARD_IF_FALSE: {
            const v = s[--sp]!;
            let t: boolean;
            if (v === False) t = false;
            else if (v === True) t = true;
            else {
              t = A.isTrue(v);
              decref(v);
            }
            if (!t) pc += op === Op.POP_JUMP_FORWARD_IF_FALSE ? oparg : -oparg;
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_TRUE:
          case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const v = s[--sp]!;
            let t: boolean;
            if (v === False) t = false;
            else if (v === True) t = true;
            else {
              t = A.isTrue(v);
              decref(v);
            }
            if (t) pc += op === Op.POP_JUMP_FORWARD_IF_TRUE ? oparg : -oparg;
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NONE: {
            const v = s[--sp]!;
            if (v === None) pc += op === Op.POP_JUMP_FORWARD_IF_NONE ? oparg : -oparg;
            else decref(v);
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
            const v = s[--sp]!;
            if (v !== None) {
              decref(v);
              pc += op === Op.POP_JUMP_FORWARD_IF_NOT_NONE ? oparg : -oparg;
            }
            continue;
          }
          case Op.JUMP_IF_FALSE_OR_POP: {
            const v = s[sp - 1]!;
            const t = v === True ? true : v === False ? false : A.isTrue(v);
            if (!t) pc += oparg;
            else {
              sp--;
              decref(v);
            }
            continue;
          }
          case Op.JUMP_IF_TRUE_OR_POP: {
            const v = s[sp - 1]!;
            const t = v === True ? true : v === False ? false : A.isTrue(v);
            if (t) pc += oparg;
            else {
              sp--;
              decref(v);
            }
            continue;
          }

          // ---- iteration ---------------------------------------------------------------
          case Op.GET_ITER: {
            const v = s[sp - 1]!;
            const it = A.getIter(v);
            decref(v);
            s[sp - 1] = it;
            continue;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = s[sp - 1]!;
            const it = O.getYieldFromIter(v, code);
            if (it !== v) {
              decref(v);
              s[sp - 1] = it;
            }
            continue;
          }
          case Op.FOR_ITER: {
            const it = s[sp - 1]!;
            if (it.ob_type === GeneratorType && O.canResumeInline(it as PyGen)) {
              // resume the generator's frame inline
              const g = it as PyGen;
              const gf = g.frame!;
              None.ob_refcnt++;
              gf.s[gf.sp++] = None;
              f.sp = sp;
              gf.back = f;
              gf.returnMode = ReturnMode.FOR_ITER;
              gf.retTarget = pc + oparg;
              genStartFrame(g);
              enterFrame(gf);
              f = gf;
              code = f.code; instrs = code.instrs; consts = code.consts; names = code.names; s = f.s; sp = f.sp;
              pc = f.lasti < 0 ? 0 : f.lasti + 1 + cacheEntries[instrs[f.lasti]! & 255]!;
              continue;
            }
            const next = it.ob_type.tp_iternext;
            if (next === null) throw typeError(`'${it.ob_type.tp_name}' object is not an iterator`);
            const v = next(it);
            if (v !== null) {
              s[sp++] = v;
            } else {
              sp--;
              decref(it);
              pc += oparg;
            }
            continue;
          }

          // ---- names -------------------------------------------------------------------
          case Op.LOAD_GLOBAL: {
            const name = names[oparg >> 1]!;
            if (oparg & 1) s[sp++] = null;
            let v = dictGetItemStr(f.globals, name);
            if (v === null) {
              v = O.loadBuiltin(f, name);
            }
            v.ob_refcnt++;
            s[sp++] = v;
            pc += 5;
            continue;
          }
          case Op.STORE_GLOBAL: {
            const v = s[sp - 1]!;
            dictSetItemStr(f.globals, names[oparg]!, v);
            sp--;
            decref(v);
            continue;
          }
          case Op.DELETE_GLOBAL: {
            if (!dictDelItemIf(f.globals, names[oparg]!)) throw O.nameErr(names[oparg]!, f);
            continue;
          }
          case Op.LOAD_NAME: {
            const v = O.loadName(f, names[oparg]!);
            s[sp++] = v;
            continue;
          }
          case Op.STORE_NAME: {
            const v = s[sp - 1]!;
            O.storeName(f, names[oparg]!, v);
            sp--;
            decref(v);
            continue;
          }
          case Op.DELETE_NAME:
            O.deleteName(f, names[oparg]!);
            continue;
          case Op.LOAD_ATTR: {
            const o = s[sp - 1]!;
            const getattro = o.ob_type.tp_getattro;
            const name = names[oparg]!;
            const r = getattro === null ? null : getattro(o, name);
            if (r === null) throw A.noAttribute(o, name);
            decref(o);
            s[sp - 1] = r;
            pc += 4;
            continue;
          }
          case Op.LOAD_METHOD: {
            const o = s[sp - 1]!;
            const name = names[oparg]!;
            const m = O.loadMethod(o, name);
            if (m !== null) {
              // [meth, self]
              s[sp - 1] = m;
              s[sp++] = o;
            } else {
              const r = A.getAttr(o, name);
              s[sp - 1] = null;
              s[sp++] = r;
              decref(o);
            }
            pc += 10;
            continue;
          }
          case Op.STORE_ATTR: {
            const o = s[sp - 1]!, v = s[sp - 2]!;
            A.setAttr(o, names[oparg]!, v);
            sp -= 2;
            decref(o);
            decref(v);
            pc += 4;
            continue;
          }
          case Op.DELETE_ATTR: {
            const o = s[sp - 1]!;
            A.setAttr(o, names[oparg]!, null);
            sp--;
            decref(o);
            continue;
          }

          // ---- cells -------------------------------------------------------------------
          case Op.MAKE_CELL: {
            const init = s[oparg] ?? null;
            s[oparg] = new PyCell(init);
            continue;
          }
          case Op.COPY_FREE_VARS: {
            const closure = f.func!.closure!.items;
            const off = code.nlocalsplus - oparg;
            for (let i = 0; i < oparg; i++) {
              const c = closure[i]!;
              c.ob_refcnt++;
              s[off + i] = c;
            }
            continue;
          }
          case Op.LOAD_CLOSURE: {
            const c = s[oparg]!;
            c.ob_refcnt++;
            s[sp++] = c;
            continue;
          }
          case Op.LOAD_DEREF: {
            const v = (s[oparg] as PyCell).ref;
            if (v === null) throw O.unboundDeref(code, oparg);
            v.ob_refcnt++;
            s[sp++] = v;
            continue;
          }
          case Op.LOAD_CLASSDEREF: {
            s[sp++] = O.loadClassDeref(f, oparg);
            continue;
          }
          case Op.STORE_DEREF: {
            const cell = s[oparg] as PyCell;
            const old = cell.ref;
            cell.ref = s[--sp]!;
            if (old !== null) decref(old);
            continue;
          }
          case Op.DELETE_DEREF: {
            const cell = s[oparg] as PyCell;
            const old = cell.ref;
            if (old === null) throw O.unboundDeref(code, oparg);
            cell.ref = null;
            decref(old);
            continue;
          }

          // ---- building ----------------------------------------------------------------
          case Op.BUILD_TUPLE: {
            const items = s.slice(sp - oparg, sp) as PyObject[];
            sp -= oparg;
            s[sp++] = newTuple(items);
            continue;
          }
          case Op.BUILD_LIST: {
            const items = s.slice(sp - oparg, sp) as PyObject[];
            sp -= oparg;
            s[sp++] = newList(items);
            continue;
          }
          case Op.LIST_TO_TUPLE: {
            const l = s[sp - 1] as PyList;
            const t = newTuple(l.items.slice());
            for (const x of t.items) x.ob_refcnt++;
            decref(l);
            s[sp - 1] = t;
            continue;
          }
          case Op.LIST_APPEND: {
            const v = s[--sp]!;
            listAppend(s[sp - oparg] as PyList, v);
            decref(v);
            continue;
          }
          case Op.LIST_EXTEND: {
            const v = s[sp - 1]!;
            O.listExtend(s[sp - 1 - oparg] as PyList, v);
            sp--;
            decref(v);
            continue;
          }
          case Op.BUILD_SET: {
            const r = O.buildSet(s, sp, oparg);
            for (let i = sp - oparg; i < sp; i++) decref(s[i]!);
            sp -= oparg;
            s[sp++] = r;
            continue;
          }
          case Op.SET_ADD: {
            const v = s[sp - 1]!;
            O.setAddItem(s[sp - 1 - oparg]!, v);
            sp--;
            decref(v);
            continue;
          }
          case Op.SET_UPDATE: {
            const v = s[sp - 1]!;
            O.setUpdateItems(s[sp - 1 - oparg]!, v);
            sp--;
            decref(v);
            continue;
          }
          case Op.BUILD_MAP: {
            const d = newDict();
            for (let i = sp - 2 * oparg; i < sp; i += 2) dictSetItem(d, s[i]!, s[i + 1]!);
            for (let i = sp - 2 * oparg; i < sp; i++) decref(s[i]!);
            sp -= 2 * oparg;
            s[sp++] = d;
            continue;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const keys = (s[sp - 1] as PyTuple).items;
            const d = newDict();
            const base = sp - 1 - oparg;
            for (let i = 0; i < oparg; i++) dictSetItem(d, keys[i]!, s[base + i]!);
            for (let i = base; i < sp; i++) decref(s[i]!);
            sp = base;
            s[sp++] = d;
            continue;
          }
          case Op.MAP_ADD: {
            const v = s[sp - 1]!, k = s[sp - 2]!;
            dictSetItem(s[sp - 2 - oparg] as PyDict, k, v);
            sp -= 2;
            decref(k);
            decref(v);
            continue;
          }
          case Op.DICT_UPDATE: {
            const v = s[sp - 1]!;
            O.dictUpdate(s[sp - 1 - oparg] as PyDict, v);
            sp--;
            decref(v);
            continue;
          }
          case Op.DICT_MERGE: {
            const v = s[sp - 1]!;
            O.dictMerge(s[sp - 1 - oparg] as PyDict, v, s[sp - 3 - oparg]!);
            sp--;
            decref(v);
            continue;
          }
          case Op.BUILD_STRING: {
            let str = "";
            for (let i = sp - oparg; i < sp; i++) str += (s[i] as PyStr).value;
            for (let i = sp - oparg; i < sp; i++) decref(s[i]!);
            sp -= oparg;
            s[sp++] = newStr(str);
            continue;
          }
          case Op.FORMAT_VALUE: {
            const hasSpec = (oparg & 4) !== 0;
            const spec = hasSpec ? s[sp - 1]! : null;
            const v = s[sp - 1 - (hasSpec ? 1 : 0)]!;
            const r = O.formatValue(v, oparg & 3, spec);
            if (spec !== null) {
              sp--;
              decref(spec);
            }
            decref(v);
            s[sp - 1] = r;
            continue;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = s[sp - 1]!;
            O.unpackSequence(seq, oparg, s, sp - 1);
            sp += oparg - 1;
            decref(seq);
            pc += 1;
            continue;
          }
          case Op.UNPACK_EX: {
            const seq = s[sp - 1]!;
            const n = O.unpackEx(seq, oparg & 255, oparg >> 8, s, sp - 1);
            sp += n - 1;
            decref(seq);
            continue;
          }
          case Op.GET_LEN: {
            const n = A.length(s[sp - 1]!);
            s[sp++] = newInt(n);
            continue;
          }

          // ---- calls -------------------------------------------------------------------
          case Op.KW_NAMES:
            kwnames = consts[oparg] as PyTuple;
            continue;
          case Op.PRECALL: {
            if (s[sp - oparg - 2] === null) {
              const c = s[sp - oparg - 1]!;
              if (c.ob_type === MethodType) {
                const m = c as PyMethod;
                m.self.ob_refcnt++;
                m.func.ob_refcnt++;
                s[sp - oparg - 2] = m.func;
                s[sp - oparg - 1] = m.self;
                decref(c);
              }
            }
            pc += 1;
            continue;
          }
          case Op.CALL: {
            const isMeth = s[sp - oparg - 2] !== null;
            const nargs = oparg + (isMeth ? 1 : 0);
            const callable = s[sp - nargs - 1]!;
            const base = sp - nargs;
            const kw = kwnames;
            kwnames = null;
            pc += 4;
            if (callable.ob_type === FunctionType) {
              const func = callable as PyFunction;
              const nf = newFunctionFrame(func);
              bindArgs(func, nf, s, base, nargs, kw);
              for (let i = sp - oparg - 2; i < sp; i++) {
                const x = s[i];
                if (x !== null && x !== undefined) {
                  s[i] = null;
                  if (--x.ob_refcnt === 0) dealloc(x);
                }
              }
              sp = sp - oparg - 2;
              f.sp = sp;
              nf.back = f;
              nf.returnMode = ReturnMode.CALL;
              enterFrame(nf);
              f = nf;
              code = f.code; instrs = code.instrs; consts = code.consts; names = code.names; s = f.s; sp = f.sp;
              pc = 0;
              continue;
            }
            f.sp = sp;
            const r = O.callObject(callable, s, base, nargs, kw);
            for (let i = sp - oparg - 2; i < sp; i++) {
              const x = s[i];
              if (x !== null && x !== undefined) {
                s[i] = null;
                if (--x.ob_refcnt === 0) dealloc(x);
              }
            }
            sp = sp - oparg - 2;
            s[sp++] = r;
            continue;
          }
          case Op.CALL_FUNCTION_EX: {
            const kwargs = oparg & 1 ? s[sp - 1]! : null;
            const callargs = s[sp - 1 - (oparg & 1)]!;
            const func = s[sp - 2 - (oparg & 1)]!;
            f.sp = sp;
            const r = O.callFunctionEx(func, callargs, kwargs);
            const base = sp - 3 - (oparg & 1);
            for (let i = base; i < sp; i++) {
              const x = s[i];
              if (x !== null && x !== undefined) {
                s[i] = null;
                decref(x);
              }
            }
            sp = base;
            s[sp++] = r;
            continue;
          }
          case Op.MAKE_FUNCTION: {
            const r = O.makeFunction(f, s, sp, oparg);
            let n = 1;
            for (let b = 1; b <= 8; b <<= 1) if (oparg & b) n++;
            for (let i = sp - n; i < sp; i++) decref(s[i]!);
            sp -= n;
            s[sp++] = r;
            continue;
          }
          case Op.LOAD_BUILD_CLASS: {
            s[sp++] = O.loadBuildClass(f);
            continue;
          }
          case Op.LOAD_ASSERTION_ERROR: {
            s[sp++] = O.assertionErrorType();
            continue;
          }
          case Op.SETUP_ANNOTATIONS:
            O.setupAnnotations(f);
            continue;
          case Op.IMPORT_NAME: {
            const fromlist = s[sp - 1]!, level = s[sp - 2]!;
            f.sp = sp;
            const m = O.importName(f, names[oparg]!, fromlist, level);
            sp -= 2;
            decref(fromlist);
            decref(level);
            s[sp++] = m;
            continue;
          }
          case Op.IMPORT_FROM: {
            const v = O.importFrom(s[sp - 1]!, names[oparg]!);
            s[sp++] = v;
            continue;
          }
          case Op.IMPORT_STAR: {
            const m = s[sp - 1]!;
            O.importStar(f, m);
            sp--;
            decref(m);
            continue;
          }
          case Op.PRINT_EXPR: {
            const v = s[sp - 1]!;
            O.printExpr(v);
            sp--;
            decref(v);
            continue;
          }

          // ---- exceptions --------------------------------------------------------------
          case Op.RAISE_VARARGS: {
            if (oparg === 0) {
              const e = O.currentExcForReraise();
              e.ob_refcnt++;
              reraise = true;
              throw e;
            }
            const cause = oparg === 2 ? s[--sp]! : null;
            const exc = s[--sp]!;
            throw O.makeRaise(exc, cause); // consumes both references
          }
          case Op.RERAISE: {
            const v = s[--sp]!;
            if (oparg) {
              // the handler lookup uses this instruction; lasti (pushed for the next handler,
              // and the frame's line) goes back to where the exception was first raised
              raisedAt = f.lasti;
              const l = s[sp - oparg] as PyInt;
              f.lasti = l.value as number;
            }
            reraise = true;
            throw v; // the stack's reference goes with the exception
          }
          case Op.PUSH_EXC_INFO: {
            const v = s[sp - 1]!;
            const info = ts.excInfo;
            const prev = info.exc;
            s[sp - 1] = prev ?? None;
            v.ob_refcnt++;
            info.exc = v;
            s[sp++] = v;
            if (ts.propagating === v) ts.propagating = null;
            continue;
          }
          case Op.POP_EXCEPT: {
            const v = s[--sp]!;
            const info = ts.excInfo;
            const old = info.exc;
            info.exc = v === None ? null : v;
            if (v === None) decref(v);
            if (old !== null) decref(old);
            continue;
          }
          case Op.CHECK_EXC_MATCH: {
            const right = s[sp - 1]!, left = s[sp - 2]!;
            const r = O.checkExcMatch(left, right);
            sp--;
            decref(right);
            s[sp++] = r ? True : False;
            continue;
          }
          case Op.CHECK_EG_MATCH: {
            const matchType = s[sp - 1]!, exc = s[sp - 2]!;
            const [rest, match] = O.checkEgMatch(exc, matchType);
            sp -= 2;
            decref(matchType);
            decref(exc);
            s[sp++] = rest;
            s[sp++] = match;
            continue;
          }
          case Op.PREP_RERAISE_STAR: {
            const excs = s[sp - 1]!, orig = s[sp - 2]!;
            const r = O.prepReraiseStar(orig, excs);
            sp -= 2;
            decref(excs);
            decref(orig);
            s[sp++] = r;
            continue;
          }
          case Op.BEFORE_WITH: {
            const mgr = s[sp - 1]!;
            const [exit, res] = O.beforeWith(mgr, false);
            decref(mgr);
            s[sp - 1] = exit;
            s[sp++] = res;
            continue;
          }
          case Op.WITH_EXCEPT_START: {
            const val = s[sp - 1]!;
            const exit = s[sp - 4]!;
            const r = O.withExceptStart(exit, val);
            s[sp++] = r;
            continue;
          }

          // ---- functions end -----------------------------------------------------------
          case Op.RETURN_VALUE:
          case Op.YIELD_VALUE: {
            const retval = s[--sp]!;
            const isYield = op === Op.YIELD_VALUE;
            const done = f;
            if (isYield) {
              done.sp = sp;
              done.state = FrameState.SUSPENDED;
              genSuspended(done.gen as PyGen);
            } else {
              if (done.gen !== null) genFinished(done.gen as PyGen);
              clearFrame(done, sp);
            }
            ts.depth--;
            const caller = done.back;
            ts.frame = caller;
            const mode = done.returnMode;
            done.back = null;
            if (mode === ReturnMode.ENTRY) return retval;
            f = caller!;
            code = f.code; instrs = code.instrs; consts = code.consts; names = code.names; s = f.s; sp = f.sp;
            pc = f.lasti + 1 + cacheEntries[instrs[f.lasti]! & 255]!;
            if (isYield || mode === ReturnMode.CALL) {
              s[sp++] = retval;
            } else if (mode === ReturnMode.FOR_ITER) {
              decref(retval);
              const it = s[--sp]!;
              decref(it);
              pc = done.retTarget;
            } else if (mode === ReturnMode.SEND) {
              const recv = s[sp - 1]!;
              s[sp - 1] = retval;
              decref(recv);
              pc = done.retTarget;
            }
            continue;
          }
          case Op.RETURN_GENERATOR: {
            // the frame becomes the generator's; the caller receives the generator
            const g = O.makeGenerator(f);
            f.sp = sp;
            f.state = FrameState.CREATED;
            ts.depth--;
            const done = f;
            const caller = done.back;
            ts.frame = caller;
            const mode = done.returnMode;
            done.back = null;
            if (mode === ReturnMode.ENTRY) return g;
            f = caller!;
            code = f.code; instrs = code.instrs; consts = code.consts; names = code.names; s = f.s; sp = f.sp;
            pc = f.lasti + 1 + cacheEntries[instrs[f.lasti]! & 255]!;
            s[sp++] = g;
            continue;
          }
          case Op.SEND: {
            const v = s[sp - 1]!;
            const recv = s[sp - 2]!;
            if ((recv.ob_type === GeneratorType || recv.ob_type === CoroutineType) && O.canResumeInline(recv as PyGen, v)) {
              const g = recv as PyGen;
              const gf = g.frame!;
              sp--;
              gf.s[gf.sp++] = v; // moves the reference
              f.sp = sp;
              gf.back = f;
              gf.returnMode = ReturnMode.SEND;
              gf.retTarget = pc + oparg;
              genStartFrame(g);
              enterFrame(gf);
              f = gf;
              code = f.code; instrs = code.instrs; consts = code.consts; names = code.names; s = f.s; sp = f.sp;
              pc = f.lasti < 0 ? 0 : f.lasti + 1 + cacheEntries[instrs[f.lasti]! & 255]!;
              continue;
            }
            f.sp = sp;
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
          case Op.GET_AWAITABLE: {
            const v = s[sp - 1]!;
            const r = O.getAwaitable(v, oparg);
            decref(v);
            s[sp - 1] = r;
            continue;
          }
          case Op.GET_AITER: {
            const v = s[sp - 1]!;
            const r = O.getAiter(v);
            decref(v);
            s[sp - 1] = r;
            continue;
          }
          case Op.GET_ANEXT: {
            const v = O.getAnext(s[sp - 1]!);
            s[sp++] = v;
            continue;
          }
          case Op.END_ASYNC_FOR: {
            const val = s[sp - 1]!;
            if (O.isStopAsyncIteration(val)) {
              sp -= 2;
              decref(val);
              decref(s[sp]!);
              continue;
            }
            sp--;
            reraise = true;
            throw val;
          }
          case Op.BEFORE_ASYNC_WITH: {
            const mgr = s[sp - 1]!;
            const [exit, res] = O.beforeWith(mgr, true);
            decref(mgr);
            s[sp - 1] = exit;
            s[sp++] = res;
            continue;
          }
          case Op.ASYNC_GEN_WRAP: {
            const v = s[sp - 1]!;
            s[sp - 1] = O.asyncGenWrap(v);
            decref(v);
            continue;
          }

          // ---- pattern matching --------------------------------------------------------
          case Op.MATCH_MAPPING: {
            const v = O.matchMapping(s[sp - 1]!) ? True : False;
            s[sp++] = v;
            continue;
          }
          case Op.MATCH_SEQUENCE: {
            const v = O.matchSequence(s[sp - 1]!) ? True : False;
            s[sp++] = v;
            continue;
          }
          case Op.MATCH_KEYS: {
            const v = O.matchKeys(s[sp - 2]!, s[sp - 1]!);
            s[sp++] = v;
            continue;
          }
          case Op.MATCH_CLASS: {
            const kwds = s[sp - 1]!, type = s[sp - 2]!, subject = s[sp - 3]!;
            const r = O.matchClass(subject, type, oparg, kwds);
            sp -= 3;
            decref(kwds);
            decref(type);
            decref(subject);
            s[sp++] = r;
            continue;
          }

          default:
            throw O.systemErr(`unknown opcode ${op}`);
        }
      }
    } catch (e0) {
      // ---- error: / exception_unwind: ------------------------------------------------------
      let exc = O.toPyException(e0);
      if (!reraise) {
        if (exc !== ts.propagating) O.chainContext(exc);
        O.addTraceback(exc, f, f.lasti);
      }
      reraise = false;
      kwnames = null;
      let at = raisedAt >= 0 ? raisedAt : f.lasti;
      raisedAt = -1;
      for (;;) {
        const h = findHandler(code, at);
        if (h >= 0) {
          const t = code.exctab;
          const target = t[h + 2]!, dl = t[h + 3]!;
          const level = code.nlocalsplus + (dl >> 1);
          while (sp > level) {
            const x = s[--sp];
            if (x !== null && x !== undefined) decref(x);
            s[sp] = null;
          }
          if (dl & 1) s[sp++] = newInt(f.lasti);
          s[sp++] = exc; // the exception's reference moves to the stack
          pc = target;
          ts.propagating = exc;
          break;
        }
        // no handler in this frame: leave it
        const done = f;
        let err: PyBaseException = exc;
        if (done.gen !== null) {
          err = O.genExceptionExit(done.gen as PyGen, exc);
          genFinished(done.gen as PyGen);
        }
        clearFrame(done, sp);
        ts.depth--;
        const caller = done.back;
        ts.frame = caller;
        done.back = null;
        ts.propagating = err;
        if (done.returnMode === ReturnMode.ENTRY) throw err;
        f = caller!;
        code = f.code; instrs = code.instrs; consts = code.consts; names = code.names; s = f.s; sp = f.sp;
        at = f.lasti;
        if (err !== exc) O.chainFromGenerator(err);
        O.addTraceback(err, f, f.lasti);
        exc = err;
      }
    }
  }
}

export { isSubtype, PyType, TypeType, DictType, TupleType, StrType, NotImplemented };
