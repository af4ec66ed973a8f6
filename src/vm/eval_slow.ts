/**
 * The instructions the eval loop (eval.ts) does not run inline, one handler each: the generic
 * forms of the specialisation families (what a miss runs), their ADAPTIVE forms (specialise, then
 * run generically), and the less frequent instructions (building containers and strings, names of
 * module and class bodies, imports, exception handling, pattern matching, async).
 *
 * The loop reaches them all through one call site (`SLOW[op](f, s, sp, oparg)` after its switch),
 * which keeps evalFrame small for V8 and lets each handler be optimised, and deoptimised, alone.
 *
 * A handler runs the instruction whose unit index is f.lasti (the loop stores it first) on the
 * value stack s of frame f (items below sp owned) and returns the new stack pointer; the loop
 * then skips the instruction's inline cache. As in the loop, operands are consumed only after the
 * operation succeeded, so an exception leaves the stack as it was.
 */
import { Op, SPECIALIZATIONS } from "../bytecode/opcodes.ts";
import { PyObject } from "../objects/object.ts";
import { None, ListType, IntType, DictType } from "../objects/types.ts";
import { signalRaise } from "./raise_signal.ts";
import { keyError } from "../objects/errors.ts";
import { PyInt, newInt, True, False } from "../objects/int.ts";
import { PyStr, newStr } from "../objects/str.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyList, newList, listAppend } from "../objects/list.ts";
import { PyDict, newDict, dictGetItem, dictGetItemStr, dictSetItem, dictSetItemStr, dictDelItemIf } from "../objects/dict.ts";
import { PyCell } from "../objects/cell.ts";
import * as A from "../objects/abstract.ts";
import { dealloc } from "../memory/refcount.ts";
import type { Frame } from "./frame.ts";
import { ts } from "./state.ts";
import * as O from "./ops.ts";
import { popCall, binaryNumbers, compareNumbers } from "./spec_ops.ts";
import {
  loadAttrInstanceValue, loadAttrSlot, loadAttrModule, storeAttrInstanceValue, storeAttrSlot, loadMethodCached,
  loadMethodModule, loadMethodClass, binarySubscrSeqInt, binarySubscrDict, storeSubscrListInt, storeSubscrDict,
  unpackSequenceExact, binaryAddUnicode,
} from "./eval_spec.ts";
import {
  specLoadGlobal, specLoadAttr, specStoreAttr, specLoadMethod, specBinarySubscr, specStoreSubscr, specBinaryOp,
  specCompareOp, specUnpackSequence, specMiss, LOAD_ATTR_PROPERTY,
} from "./specialize.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

type Stack = (PyObject | null)[];
export type Handler = (f: Frame, s: Stack, sp: number, oparg: number) => number;

const H: Handler[] = [];
/** Handlers by opcode (an unknown opcode raises SystemError). */
export const SLOW: readonly Handler[] = H;

function unknown(f: Frame): number {
  const op = f.code.instrs[f.lasti]! & 255;
  throw O.systemErr(`unknown opcode ${op}`);
}
for (let i = 0; i < 256; i++) H.push(unknown);

/** The ADAPTIVE counter of the instruction at f.lasti: true when it is time to specialise. */
function adaptiveDue(f: Frame): boolean {
  const instrs = f.code.instrs;
  const i = f.lasti + 1;
  const c = instrs[i]!;
  if (c < 16) return true;
  instrs[i] = c - 16;
  return false;
}

// ---- generic forms of the specialisation families ----------------------------------------------

H[Op.BINARY_OP] = (f, s, sp, oparg) => {
  const b = s[sp - 1]!, a = s[sp - 2]!;
  let r = binaryNumbers(a, b, oparg);
  if (r === null) r = oparg < 13 ? A.binaryOp(a, b, oparg) : A.inplaceOp(a, b, oparg - 13);
  decref(a);
  decref(b);
  s[sp - 2] = r;
  return sp - 1;
};
H[Op.BINARY_OP_ADAPTIVE] = (f, s, sp, oparg) => {
  if (adaptiveDue(f)) specBinaryOp(f.code, f.lasti, oparg, s[sp - 2]!, s[sp - 1]!, s);
  return H[Op.BINARY_OP]!(f, s, sp, oparg);
};

H[Op.COMPARE_OP] = (f, s, sp, oparg) => {
  const b = s[sp - 1]!, a = s[sp - 2]!;
  const r = compareNumbers(a, b, oparg) ?? A.richCompare(a, b, oparg);
  decref(a);
  decref(b);
  s[sp - 2] = r;
  return sp - 1;
};
H[Op.COMPARE_OP_ADAPTIVE] = (f, s, sp, oparg) => {
  if (adaptiveDue(f)) specCompareOp(f.code, f.lasti, oparg, s[sp - 2]!, s[sp - 1]!);
  return H[Op.COMPARE_OP]!(f, s, sp, oparg);
};

H[Op.BINARY_SUBSCR] = (f, s, sp) => {
  const k = s[sp - 1]!, c = s[sp - 2]!;
  let r: PyObject;
  if (c.ob_type === ListType && k.ob_type === IntType) r = O.listIndex(c as PyList, k as PyInt);
  else if (c.ob_type === DictType) {
    // an exact dict (no __missing__): a missing key signals its KeyError (raise_signal.ts)
    const v = dictGetItem(c as PyDict, k);
    if (v === null) return signalRaise(keyError(k));
    v.ob_refcnt++;
    r = v;
  } else r = A.getItem(c, k);
  decref(c);
  decref(k);
  s[sp - 2] = r;
  return sp - 1;
};
H[Op.BINARY_SUBSCR_ADAPTIVE] = (f, s, sp, oparg) => {
  if (adaptiveDue(f)) specBinarySubscr(f.code, f.lasti, s[sp - 2]!, s[sp - 1]!);
  return H[Op.BINARY_SUBSCR]!(f, s, sp, oparg);
};

H[Op.STORE_SUBSCR] = (f, s, sp) => {
  const k = s[sp - 1]!, c = s[sp - 2]!, v = s[sp - 3]!;
  A.setItem(c, k, v);
  decref(k);
  decref(c);
  decref(v);
  return sp - 3;
};
H[Op.STORE_SUBSCR_ADAPTIVE] = (f, s, sp, oparg) => {
  if (adaptiveDue(f)) specStoreSubscr(f.code, f.lasti, s[sp - 2]!, s[sp - 1]!);
  return H[Op.STORE_SUBSCR]!(f, s, sp, oparg);
};

H[Op.LOAD_GLOBAL] = (f, s, sp, oparg) => {
  const name = f.code.names[oparg >> 1]!;
  let v = dictGetItemStr(f.globals, name);
  if (v === null) v = O.loadBuiltin(f, name);
  if (oparg & 1) s[sp++] = null;
  v.ob_refcnt++;
  s[sp++] = v;
  return sp;
};
H[Op.LOAD_GLOBAL_ADAPTIVE] = (f, s, sp, oparg) => {
  if (adaptiveDue(f)) specLoadGlobal(f.code, f.lasti, f.globals, f.builtins, f.code.names[oparg >> 1]!);
  return H[Op.LOAD_GLOBAL]!(f, s, sp, oparg);
};

H[Op.LOAD_ATTR] = (f, s, sp, oparg) => {
  const o = s[sp - 1]!;
  const getattro = o.ob_type.tp_getattro;
  const name = f.code.names[oparg]!;
  const r = getattro === null ? null : getattro(o, name);
  if (r === null) return signalRaise(A.noAttribute(o, name));
  decref(o);
  s[sp - 1] = r;
  return sp;
};
H[Op.LOAD_ATTR_ADAPTIVE] = (f, s, sp, oparg) => {
  if (adaptiveDue(f)) specLoadAttr(f.code, f.lasti, s[sp - 1]!, f.code.names[oparg]!);
  return H[Op.LOAD_ATTR]!(f, s, sp, oparg);
};

H[Op.LOAD_METHOD] = (f, s, sp, oparg) => {
  const o = s[sp - 1]!;
  const name = f.code.names[oparg]!;
  const m = O.loadMethod(o, name);
  if (m !== null) {
    // [meth, self]
    s[sp - 1] = m;
    s[sp++] = o;
  } else {
    const getattro = o.ob_type.tp_getattro;
    const r = getattro === null ? null : getattro(o, name);
    if (r === null) return signalRaise(A.noAttribute(o, name));
    s[sp - 1] = null;
    s[sp++] = r;
    decref(o);
  }
  return sp;
};
H[Op.LOAD_METHOD_ADAPTIVE] = (f, s, sp, oparg) => {
  if (adaptiveDue(f)) specLoadMethod(f.code, f.lasti, s[sp - 1]!, f.code.names[oparg]!);
  return H[Op.LOAD_METHOD]!(f, s, sp, oparg);
};

H[Op.STORE_ATTR] = (f, s, sp, oparg) => {
  const o = s[sp - 1]!, v = s[sp - 2]!;
  A.setAttr(o, f.code.names[oparg]!, v);
  decref(o);
  decref(v);
  return sp - 2;
};
H[Op.STORE_ATTR_ADAPTIVE] = (f, s, sp, oparg) => {
  if (adaptiveDue(f)) specStoreAttr(f.code, f.lasti, s[sp - 1]!, f.code.names[oparg]!);
  return H[Op.STORE_ATTR]!(f, s, sp, oparg);
};

H[Op.UNPACK_SEQUENCE] = (f, s, sp, oparg) => {
  const seq = s[sp - 1]!;
  O.unpackSequence(seq, oparg, s, sp - 1);
  decref(seq);
  return sp + oparg - 1;
};
H[Op.UNPACK_SEQUENCE_ADAPTIVE] = (f, s, sp, oparg) => {
  if (adaptiveDue(f)) specUnpackSequence(f.code, f.lasti, oparg, s[sp - 1]!);
  return H[Op.UNPACK_SEQUENCE]!(f, s, sp, oparg);
};

// ---- other instructions ------------------------------------------------------------------------

H[Op.CONTAINS_OP] = (f, s, sp, oparg) => {
  const b = s[sp - 1]!, a = s[sp - 2]!;
  const r = A.contains(b, a) !== (oparg === 1);
  decref(a);
  decref(b);
  s[sp - 2] = r ? True : False;
  return sp - 1;
};
H[Op.UNARY_NEGATIVE] = (f, s, sp) => {
  const v = s[sp - 1]!;
  const r = A.negative(v);
  decref(v);
  s[sp - 1] = r;
  return sp;
};
H[Op.UNARY_NOT] = (f, s, sp) => {
  const v = s[sp - 1]!;
  const r = !A.isTrue(v);
  decref(v);
  s[sp - 1] = r ? True : False;
  return sp;
};
H[Op.GET_ITER] = (f, s, sp) => {
  const v = s[sp - 1]!;
  const it = A.getIter(v);
  decref(v);
  s[sp - 1] = it;
  return sp;
};
H[Op.BUILD_TUPLE] = (f, s, sp, oparg) => {
  const items = s.slice(sp - oparg, sp) as PyObject[];
  sp -= oparg;
  s[sp++] = newTuple(items);
  return sp;
};
H[Op.BUILD_LIST] = (f, s, sp, oparg) => {
  const items = s.slice(sp - oparg, sp) as PyObject[];
  sp -= oparg;
  s[sp++] = newList(items);
  return sp;
};
H[Op.LIST_APPEND] = (f, s, sp, oparg) => {
  const v = s[--sp]!;
  listAppend(s[sp - oparg] as PyList, v);
  decref(v);
  return sp;
};
H[Op.IS_OP] = (f, s, sp, oparg) => {
  const b = s[sp - 1]!, a = s[sp - 2]!;
  s[sp - 2] = (a === b) !== (oparg === 1) ? True : False;
  decref(a);
  decref(b);
  return sp - 1;
};
H[Op.LOAD_CLOSURE] = (f, s, sp, oparg) => {
  const c = s[oparg]!;
  c.ob_refcnt++;
  s[sp] = c;
  return sp + 1;
};
H[Op.STORE_DEREF] = (f, s, sp, oparg) => {
  const cell = s[oparg] as PyCell;
  const old = cell.ref;
  cell.ref = s[--sp]!;
  if (old !== null) decref(old);
  return sp;
};
H[Op.DELETE_DEREF] = (f, s, sp, oparg) => {
  const cell = s[oparg] as PyCell;
  const old = cell.ref;
  if (old === null) throw O.unboundDeref(f.code, oparg);
  cell.ref = null;
  decref(old);
  return sp;
};
H[Op.CACHE] = () => {
  throw O.systemErr("executing a CACHE entry");
};

// specialised forms run through this table (eval_spec.ts)
H[Op.LOAD_ATTR_INSTANCE_VALUE] = H[Op.LOAD_ATTR_WITH_HINT] = loadAttrInstanceValue;
H[Op.LOAD_ATTR_SLOT] = loadAttrSlot;
H[Op.LOAD_ATTR_MODULE] = loadAttrModule;
H[Op.STORE_ATTR_INSTANCE_VALUE] = H[Op.STORE_ATTR_WITH_HINT] = storeAttrInstanceValue;
H[Op.STORE_ATTR_SLOT] = storeAttrSlot;
H[Op.LOAD_METHOD_WITH_VALUES] = H[Op.LOAD_METHOD_WITH_DICT] = H[Op.LOAD_METHOD_NO_DICT] = loadMethodCached;
H[Op.LOAD_METHOD_MODULE] = loadMethodModule;
H[Op.LOAD_METHOD_CLASS] = loadMethodClass;
H[Op.BINARY_SUBSCR_LIST_INT] = H[Op.BINARY_SUBSCR_TUPLE_INT] = binarySubscrSeqInt;
H[Op.BINARY_SUBSCR_DICT] = binarySubscrDict;
H[Op.STORE_SUBSCR_LIST_INT] = storeSubscrListInt;
H[Op.STORE_SUBSCR_DICT] = storeSubscrDict;
H[Op.UNPACK_SEQUENCE_TWO_TUPLE] = H[Op.UNPACK_SEQUENCE_TUPLE] = H[Op.UNPACK_SEQUENCE_LIST] = unpackSequenceExact;
H[Op.BINARY_OP_ADD_UNICODE] = binaryAddUnicode;

// a specialised form whose guard failed in the loop: count the miss, run the generic form
for (const [base, forms] of SPECIALIZATIONS) {
  const generic = H[base]!;
  if (generic === unknown) continue;
  for (const form of forms) {
    if (H[form] !== unknown) continue;
    H[form] = (f, s, sp, oparg) => {
      specMiss(f.code.instrs, f.lasti);
      return generic(f, s, sp, oparg);
    };
  }
}

// tspy's own LOAD_ATTR_PROPERTY (specialize.ts) when its guard fails: a miss, then the generic form
H[LOAD_ATTR_PROPERTY] = (f, s, sp, oparg) => {
  specMiss(f.code.instrs, f.lasti);
  return H[Op.LOAD_ATTR]!(f, s, sp, oparg);
};

H[Op.DELETE_FAST] = (f, s, sp, oparg) => {
  const code = f.code;
  const old = s[oparg];
  if (old === null || old === undefined) throw O.unboundLocal(code, oparg);
  s[oparg] = null;
  decref(old);
  return sp;
};
H[Op.UNARY_POSITIVE] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  const r = A.positive(v);
  decref(v);
  s[sp - 1] = r;
  return sp;
};
H[Op.UNARY_INVERT] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  const r = A.invert(v);
  decref(v);
  s[sp - 1] = r;
  return sp;
};
H[Op.DELETE_SUBSCR] = (f, s, sp, oparg) => {
  const k = s[sp - 1]!, c = s[sp - 2]!;
  A.delItem(c, k);
  sp -= 2;
  decref(k);
  decref(c);
  return sp;
};
H[Op.BUILD_SLICE] = (f, s, sp, oparg) => {
  const r = O.buildSlice(s, sp, oparg);
  for (let i = sp - oparg; i < sp; i++) decref(s[i]!);
  sp -= oparg;
  s[sp++] = r;
  return sp;
};
H[Op.GET_YIELD_FROM_ITER] = (f, s, sp, oparg) => {
  const code = f.code;
  const v = s[sp - 1]!;
  const it = O.getYieldFromIter(v, code);
  if (it !== v) {
    decref(v);
    s[sp - 1] = it;
  }
  return sp;
};
H[Op.STORE_GLOBAL] = (f, s, sp, oparg) => {
  const names = f.code.names;
  const v = s[sp - 1]!;
  dictSetItemStr(f.globals, names[oparg]!, v);
  sp--;
  decref(v);
  return sp;
};
H[Op.DELETE_GLOBAL] = (f, s, sp, oparg) => {
  const names = f.code.names;
  if (!dictDelItemIf(f.globals, names[oparg]!)) throw O.nameErr(names[oparg]!, f);
  return sp;
};
H[Op.LOAD_NAME] = (f, s, sp, oparg) => {
  const names = f.code.names;
  const v = O.loadName(f, names[oparg]!);
  s[sp++] = v;
  return sp;
};
H[Op.STORE_NAME] = (f, s, sp, oparg) => {
  const names = f.code.names;
  const v = s[sp - 1]!;
  O.storeName(f, names[oparg]!, v);
  sp--;
  decref(v);
  return sp;
};
H[Op.DELETE_NAME] = (f, s, sp, oparg) => {
  const names = f.code.names;
  O.deleteName(f, names[oparg]!);
  return sp;
};
H[Op.DELETE_ATTR] = (f, s, sp, oparg) => {
  const names = f.code.names;
  const o = s[sp - 1]!;
  A.setAttr(o, names[oparg]!, null);
  sp--;
  decref(o);
  return sp;
};
H[Op.MAKE_CELL] = (f, s, sp, oparg) => {
  const init = s[oparg] ?? null;
  s[oparg] = new PyCell(init);
  return sp;
};
H[Op.COPY_FREE_VARS] = (f, s, sp, oparg) => {
  const code = f.code;
  const closure = f.func!.closure!.items;
  const off = code.nlocalsplus - oparg;
  for (let i = 0; i < oparg; i++) {
    const c = closure[i]!;
    c.ob_refcnt++;
    s[off + i] = c;
  }
  return sp;
};
H[Op.LOAD_CLASSDEREF] = (f, s, sp, oparg) => {
  s[sp++] = O.loadClassDeref(f, oparg);
  return sp;
};
H[Op.LIST_TO_TUPLE] = (f, s, sp, oparg) => {
  const l = s[sp - 1] as PyList;
  const t = newTuple(l.items.slice());
  for (const x of t.items) x.ob_refcnt++;
  decref(l);
  s[sp - 1] = t;
  return sp;
};
H[Op.LIST_EXTEND] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  O.listExtend(s[sp - 1 - oparg] as PyList, v);
  sp--;
  decref(v);
  return sp;
};
H[Op.BUILD_SET] = (f, s, sp, oparg) => {
  const r = O.buildSet(s, sp, oparg);
  for (let i = sp - oparg; i < sp; i++) decref(s[i]!);
  sp -= oparg;
  s[sp++] = r;
  return sp;
};
H[Op.SET_ADD] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  O.setAddItem(s[sp - 1 - oparg]!, v);
  sp--;
  decref(v);
  return sp;
};
H[Op.SET_UPDATE] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  O.setUpdateItems(s[sp - 1 - oparg]!, v);
  sp--;
  decref(v);
  return sp;
};
H[Op.BUILD_MAP] = (f, s, sp, oparg) => {
  const d = O.buildMap(s, sp, oparg);
  for (let i = sp - 2 * oparg; i < sp; i++) decref(s[i]!);
  sp -= 2 * oparg;
  s[sp++] = d;
  return sp;
};
H[Op.BUILD_CONST_KEY_MAP] = (f, s, sp, oparg) => {
  const keys = (s[sp - 1] as PyTuple).items;
  const base = sp - 1 - oparg;
  const d = O.buildConstKeyMap(keys, s, base, oparg);
  for (let i = base; i < sp; i++) decref(s[i]!);
  sp = base;
  s[sp++] = d;
  return sp;
};
H[Op.MAP_ADD] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!, k = s[sp - 2]!;
  dictSetItem(s[sp - 2 - oparg] as PyDict, k, v);
  sp -= 2;
  decref(k);
  decref(v);
  return sp;
};
H[Op.DICT_UPDATE] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  O.dictUpdate(s[sp - 1 - oparg] as PyDict, v);
  sp--;
  decref(v);
  return sp;
};
H[Op.DICT_MERGE] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  O.dictMerge(s[sp - 1 - oparg] as PyDict, v, s[sp - 3 - oparg]!);
  sp--;
  decref(v);
  return sp;
};
H[Op.BUILD_STRING] = (f, s, sp, oparg) => {
  let str = "";
  for (let i = sp - oparg; i < sp; i++) str += (s[i] as PyStr).value;
  for (let i = sp - oparg; i < sp; i++) decref(s[i]!);
  sp -= oparg;
  s[sp++] = newStr(str);
  return sp;
};
H[Op.FORMAT_VALUE] = (f, s, sp, oparg) => {
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
  return sp;
};
H[Op.UNPACK_EX] = (f, s, sp, oparg) => {
  const seq = s[sp - 1]!;
  const n = O.unpackEx(seq, oparg & 255, oparg >> 8, s, sp - 1);
  sp += n - 1;
  decref(seq);
  return sp;
};
H[Op.GET_LEN] = (f, s, sp, oparg) => {
  const n = A.length(s[sp - 1]!);
  s[sp++] = newInt(n);
  return sp;
};
H[Op.CALL_FUNCTION_EX] = (f, s, sp, oparg) => {
  const kwargs = oparg & 1 ? s[sp - 1]! : null;
  const callargs = s[sp - 1 - (oparg & 1)]!;
  const func = s[sp - 2 - (oparg & 1)]!;
  f.sp = sp;
  const r = O.callFunctionEx(func, callargs, kwargs);
  const base = sp - 3 - (oparg & 1);
  popCall(s, base, sp);
  sp = base;
  s[sp++] = r;
  return sp;
};
H[Op.MAKE_FUNCTION] = (f, s, sp, oparg) => {
  const r = O.makeFunction(f, s, sp, oparg);
  let n = 1;
  for (let b = 1; b <= 8; b <<= 1) if (oparg & b) n++;
  for (let i = sp - n; i < sp; i++) decref(s[i]!);
  sp -= n;
  s[sp++] = r;
  return sp;
};
H[Op.LOAD_BUILD_CLASS] = (f, s, sp, oparg) => {
  s[sp++] = O.loadBuildClass(f);
  return sp;
};
H[Op.LOAD_ASSERTION_ERROR] = (f, s, sp, oparg) => {
  s[sp++] = O.assertionErrorType();
  return sp;
};
H[Op.SETUP_ANNOTATIONS] = (f, s, sp, oparg) => {
  O.setupAnnotations(f);
  return sp;
};
H[Op.IMPORT_NAME] = (f, s, sp, oparg) => {
  const names = f.code.names;
  const fromlist = s[sp - 1]!, level = s[sp - 2]!;
  f.sp = sp;
  const m = O.importName(f, names[oparg]!, fromlist, level);
  sp -= 2;
  decref(fromlist);
  decref(level);
  s[sp++] = m;
  return sp;
};
H[Op.IMPORT_FROM] = (f, s, sp, oparg) => {
  const names = f.code.names;
  const v = O.importFrom(s[sp - 1]!, names[oparg]!);
  s[sp++] = v;
  return sp;
};
H[Op.IMPORT_STAR] = (f, s, sp, oparg) => {
  const m = s[sp - 1]!;
  O.importStar(f, m);
  sp--;
  decref(m);
  return sp;
};
H[Op.PRINT_EXPR] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  O.printExpr(v);
  sp--;
  decref(v);
  return sp;
};
H[Op.PUSH_EXC_INFO] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  const info = ts.excInfo;
  const prev = info.exc;
  s[sp - 1] = prev ?? None;
  v.ob_refcnt++;
  info.exc = v;
  s[sp++] = v;
  if (ts.propagating === v) ts.propagating = null;
  return sp;
};
H[Op.POP_EXCEPT] = (f, s, sp, oparg) => {
  const v = s[--sp]!;
  const info = ts.excInfo;
  const old = info.exc;
  info.exc = v === None ? null : v;
  if (v === None) decref(v);
  if (old !== null) decref(old);
  return sp;
};
H[Op.CHECK_EXC_MATCH] = (f, s, sp, oparg) => {
  const right = s[sp - 1]!, left = s[sp - 2]!;
  const r = O.checkExcMatch(left, right);
  sp--;
  decref(right);
  s[sp++] = r ? True : False;
  return sp;
};
H[Op.CHECK_EG_MATCH] = (f, s, sp, oparg) => {
  const matchType = s[sp - 1]!, exc = s[sp - 2]!;
  const [rest, match] = O.checkEgMatch(exc, matchType);
  sp -= 2;
  decref(matchType);
  decref(exc);
  s[sp++] = rest;
  s[sp++] = match;
  return sp;
};
H[Op.PREP_RERAISE_STAR] = (f, s, sp, oparg) => {
  const excs = s[sp - 1]!, orig = s[sp - 2]!;
  const r = O.prepReraiseStar(orig, excs);
  sp -= 2;
  decref(excs);
  decref(orig);
  s[sp++] = r;
  return sp;
};
H[Op.BEFORE_WITH] = (f, s, sp, oparg) => {
  const mgr = s[sp - 1]!;
  const [exit, res] = O.beforeWith(mgr, false);
  decref(mgr);
  s[sp - 1] = exit;
  s[sp++] = res;
  return sp;
};
H[Op.WITH_EXCEPT_START] = (f, s, sp, oparg) => {
  const val = s[sp - 1]!;
  const exit = s[sp - 4]!;
  const r = O.withExceptStart(exit, val);
  s[sp++] = r;
  return sp;
};
H[Op.GET_AWAITABLE] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  const r = O.getAwaitable(v, oparg);
  decref(v);
  s[sp - 1] = r;
  return sp;
};
H[Op.GET_AITER] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  const r = O.getAiter(v);
  decref(v);
  s[sp - 1] = r;
  return sp;
};
H[Op.GET_ANEXT] = (f, s, sp, oparg) => {
  const v = O.getAnext(s[sp - 1]!);
  s[sp++] = v;
  return sp;
};
H[Op.BEFORE_ASYNC_WITH] = (f, s, sp, oparg) => {
  const mgr = s[sp - 1]!;
  const [exit, res] = O.beforeWith(mgr, true);
  decref(mgr);
  s[sp - 1] = exit;
  s[sp++] = res;
  return sp;
};
H[Op.ASYNC_GEN_WRAP] = (f, s, sp, oparg) => {
  const v = s[sp - 1]!;
  s[sp - 1] = O.asyncGenWrap(v);
  decref(v);
  return sp;
};
H[Op.MATCH_MAPPING] = (f, s, sp, oparg) => {
  const v = O.matchMapping(s[sp - 1]!) ? True : False;
  s[sp++] = v;
  return sp;
};
H[Op.MATCH_SEQUENCE] = (f, s, sp, oparg) => {
  const v = O.matchSequence(s[sp - 1]!) ? True : False;
  s[sp++] = v;
  return sp;
};
H[Op.MATCH_KEYS] = (f, s, sp, oparg) => {
  const v = O.matchKeys(s[sp - 2]!, s[sp - 1]!);
  s[sp++] = v;
  return sp;
};
H[Op.MATCH_CLASS] = (f, s, sp, oparg) => {
  const kwds = s[sp - 1]!, type = s[sp - 2]!, subject = s[sp - 3]!;
  const r = O.matchClass(subject, type, oparg, kwds);
  sp -= 3;
  decref(kwds);
  decref(type);
  decref(subject);
  s[sp++] = r;
  return sp;
};

export { None, PyStr, PyTuple, PyDict, newInt, newStr, newDict, dictSetItem, dictSetItemStr, dictDelItemIf, ts, popCall };
