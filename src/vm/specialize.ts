/**
 * PEP 659: the specialising adaptive interpreter's bookkeeping, as CPython 3.11 does it
 * (Python/specialize.c, Include/internal/pycore_code.h). The eval loop (eval.ts) runs the
 * specialised instructions; this file decides which one an instruction becomes.
 *
 * Life of an instruction with an inline cache:
 *   1. Warm-up: a code object counts RESUMEs and JUMP_BACKWARDs from -8 (code.warmup); at 0,
 *      quicken() rewrites `code.instrs` in place: every family head becomes its ADAPTIVE form
 *      (counter 0 in the first cache unit), LOAD_FAST/STORE_FAST/LOAD_CONST pairs become
 *      superinstructions, RESUME/JUMP_BACKWARD/EXTENDED_ARG their _QUICK forms.
 *   2. An ADAPTIVE instruction whose counter is below 16 calls spec*() with its operands: on
 *      success the opcode becomes the specialised form and the counter the miss budget (53); on
 *      failure the counter backs off exponentially (value 2**b-1 in the high 12 bits, b in the
 *      low 4). Otherwise it decrements the counter by 16 and runs the generic instruction.
 *   3. A specialised instruction checks its guards; on a miss it runs the generic instruction
 *      and specMiss() decrements the counter; at 0 the instruction goes back to ADAPTIVE with
 *      the start counter (31 executions, backoff 5).
 *
 * Cache layout (16-bit units after the instruction, CPython's): the counter first, then the
 * family's fields (LOAD_GLOBAL: index, module keys version (2), builtins keys version; LOAD_ATTR
 * / STORE_ATTR: type version (2), index; LOAD_METHOD: type version (2), dict offset, keys
 * version (2), descr (4); CALL: func version (2), min args; COMPARE_OP: the jump mask).
 * Object references that CPython keeps in the cache (LOAD_METHOD's descr, CALL's function, the
 * callable of a specialised PRECALL) live in code.ocache at the index of the first cache unit.
 *
 * Guards: type version tags (typeVersionTag: unique per type, dropped by typeModified whenever
 * the type or an ancestor changes), dict keys versions (dictKeysVersion: dropped when a key is
 * added or removed), and "hints" (an entry index whose key must still be the same str object).
 */
import { Op, cacheEntries, deopt } from "../bytecode/opcodes.ts";
import { PyObject, PyType, PyInstance, TPFlags, Meth } from "../objects/object.ts";
import {
  IntType, FloatType, StrType, ListType, TupleType, DictType, ModuleType, TypeType, ObjectType, FunctionType,
  MethodType, BuiltinFunctionType, MethodDescrType, ClassMethodDescrType, ClassMethodType, MemberDescrType,
  PropertyType, RangeType, SetType, FrozenSetType, BoolType, EnumerateType, ReversedType, ZipType, MapType,
  FilterType,
} from "../objects/types.ts";
import { type PyCode, withCode } from "../objects/codeobject.ts";
import { setAdaptiveCode } from "../bytecode/dis.ts";
import { PyDict, dictKeysVersion, dictGetItemStr } from "../objects/dict.ts";
import { PyStr, intern } from "../objects/str.ts";
import { PyInt } from "../objects/int.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { PyFunction, PyProperty } from "../objects/funcobject.ts";
import { PyCFunction, PyMethodDescr, PyMemberDescr } from "../objects/descr.ts";
import { typeLookup, typeVersionTag, genericGetAttr, genericSetAttr, objectNew } from "../objects/typeobject.ts";
import { slotInit } from "../objects/slots.ts";
import { CO_VARARGS, CO_VARKEYWORDS } from "../bytecode/code.ts";

// ---- tspy's own specialised forms ---------------------------------------------------------------

/**
 * CALL_PY_CLASS: calling a class whose instances are made by object.__new__ and initialised by a
 * Python __init__ (CPython 3.11 leaves such calls unspecialised: CALL_ADAPTIVE); the loop makes
 * the instance and runs __init__ as a frame of its own. It takes an opcode number 3.11 leaves
 * unused; code._co_code_adaptive (and so dis) shows it as CALL_ADAPTIVE, as CPython would.
 */
export const CALL_PY_CLASS = 200;
/**
 * LOAD_ATTR_PROPERTY: obj.name where name is a property of obj's class whose getter is a plain
 * Python function of one parameter (CPython 3.12 has this form; 3.11 leaves it adaptive): the
 * getter runs as a frame of this loop instead of a nested eval. ocache[at+1] is the getter,
 * the cache keeps the type version and the getter's version. Shown as LOAD_ATTR_ADAPTIVE.
 */
export const LOAD_ATTR_PROPERTY = 201;

/** Inline cache size by opcode, tspy's own forms included (use instead of opcodes.ts's table). */
export const CACHES: Uint8Array = (() => {
  const t = cacheEntries.slice();
  t[CALL_PY_CLASS] = cacheEntries[Op.CALL]!;
  t[LOAD_ATTR_PROPERTY] = cacheEntries[Op.LOAD_ATTR]!;
  return t;
})();
/** The family head of each opcode, tspy's own forms included. */
export const BASE: Uint8Array = (() => {
  const t = deopt.slice();
  t[CALL_PY_CLASS] = Op.CALL;
  t[LOAD_ATTR_PROPERTY] = Op.LOAD_ATTR;
  return t;
})();
/** What code._co_code_adaptive shows for an opcode: tspy's own forms appear as CPython's. */
const DISPLAY: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  t[CALL_PY_CLASS] = Op.CALL_ADAPTIVE;
  t[LOAD_ATTR_PROPERTY] = Op.LOAD_ATTR_ADAPTIVE;
  return t;
})();

// ---- counters -----------------------------------------------------------------------------------

const BACKOFF_BITS = 4;
const BACKOFF_START = 5;
const MAX_BACKOFF = 16 - BACKOFF_BITS;
/** Misses a specialised instruction tolerates before going back to ADAPTIVE. */
export const MISS_COUNTER_START = 53;
/** Counter of an instruction that went back to ADAPTIVE: 31 executions, backoff 5. */
export const COUNTER_START = (((1 << BACKOFF_START) - 1) << BACKOFF_BITS) | BACKOFF_START;

function counterBackoff(c: number): number {
  let b = (c & ((1 << BACKOFF_BITS) - 1)) + 1;
  if (b > MAX_BACKOFF) b = MAX_BACKOFF;
  return (((1 << b) - 1) << BACKOFF_BITS) | b;
}

/** Base opcode -> its ADAPTIVE form (0: the opcode has no family). */
export const ADAPTIVE: Uint8Array = (() => {
  const t = new Uint8Array(256);
  t[Op.LOAD_ATTR] = Op.LOAD_ATTR_ADAPTIVE;
  t[Op.LOAD_GLOBAL] = Op.LOAD_GLOBAL_ADAPTIVE;
  t[Op.LOAD_METHOD] = Op.LOAD_METHOD_ADAPTIVE;
  t[Op.BINARY_SUBSCR] = Op.BINARY_SUBSCR_ADAPTIVE;
  t[Op.STORE_SUBSCR] = Op.STORE_SUBSCR_ADAPTIVE;
  t[Op.CALL] = Op.CALL_ADAPTIVE;
  t[Op.PRECALL] = Op.PRECALL_ADAPTIVE;
  t[Op.STORE_ATTR] = Op.STORE_ATTR_ADAPTIVE;
  t[Op.BINARY_OP] = Op.BINARY_OP_ADAPTIVE;
  t[Op.COMPARE_OP] = Op.COMPARE_OP_ADAPTIVE;
  t[Op.UNPACK_SEQUENCE] = Op.UNPACK_SEQUENCE_ADAPTIVE;
  return t;
})();

function setOp(instrs: Uint16Array, at: number, op: number): void {
  instrs[at] = (instrs[at]! & 0xff00) | op;
}
function success(instrs: Uint16Array, at: number, op: number): void {
  setOp(instrs, at, op);
  instrs[at + 1] = MISS_COUNTER_START;
}
function failure(instrs: Uint16Array, at: number): void {
  instrs[at + 1] = counterBackoff(instrs[at + 1]!);
}
function write32(instrs: Uint16Array, i: number, v: number): void {
  instrs[i] = v & 0xffff;
  instrs[i + 1] = v >>> 16;
}
/** The 32-bit cache value at units i, i+1. */
export function read32(instrs: Uint16Array, i: number): number {
  return instrs[i]! | (instrs[i + 1]! << 16);
}

/**
 * A guard of the specialised instruction at `at` failed (its cache starts at at+1): count the
 * miss; after MISS_COUNTER_START misses the instruction goes back to its ADAPTIVE form.
 */
export function specMiss(instrs: Uint16Array, at: number): void {
  const c = (instrs[at + 1]! - 1) & 0xffff;
  if (c === 0) {
    setOp(instrs, at, ADAPTIVE[BASE[instrs[at]! & 255]!]!);
    instrs[at + 1] = COUNTER_START;
  } else {
    instrs[at + 1] = c;
  }
}

// ---- quickening ---------------------------------------------------------------------------------

/** _PyCode_Quicken: adaptive forms and superinstructions, in place. */
export function quicken(code: PyCode): void {
  const instrs = code.instrs;
  code.ocache = new Array<object | null>(instrs.length).fill(null);
  let prev = -1;
  for (let i = 0; i < instrs.length; i++) {
    const op = instrs[i]! & 255;
    const adaptive = ADAPTIVE[op]!;
    if (adaptive !== 0) {
      setOp(instrs, i, adaptive);
      prev = -1;
      i += cacheEntries[op]!;
      continue;
    }
    switch (op) {
      case Op.EXTENDED_ARG:
        setOp(instrs, i, Op.EXTENDED_ARG_QUICK);
        break;
      case Op.JUMP_BACKWARD:
        setOp(instrs, i, Op.JUMP_BACKWARD_QUICK);
        break;
      case Op.RESUME:
        setOp(instrs, i, Op.RESUME_QUICK);
        break;
      case Op.LOAD_FAST:
        if (prev === Op.LOAD_FAST) setOp(instrs, i - 1, Op.LOAD_FAST__LOAD_FAST);
        else if (prev === Op.STORE_FAST) setOp(instrs, i - 1, Op.STORE_FAST__LOAD_FAST);
        else if (prev === Op.LOAD_CONST) setOp(instrs, i - 1, Op.LOAD_CONST__LOAD_FAST);
        break;
      case Op.STORE_FAST:
        if (prev === Op.STORE_FAST) setOp(instrs, i - 1, Op.STORE_FAST__STORE_FAST);
        break;
      case Op.LOAD_CONST:
        if (prev === Op.LOAD_FAST) setOp(instrs, i - 1, Op.LOAD_FAST__LOAD_CONST);
        break;
    }
    prev = op;
  }
}

setAdaptiveCode((co) => withCode(co, adaptiveBytes));

/** code._co_code_adaptive: the quickened instructions and caches, as bytes. */
export function adaptiveBytes(code: PyCode): Uint8Array {
  const instrs = code.instrs;
  const out = new Uint8Array(instrs.length * 2);
  for (let i = 0; i < instrs.length; i++) {
    const w = instrs[i]!;
    out[2 * i] = DISPLAY[w & 255]!;
    out[2 * i + 1] = w >> 8;
  }
  return out;
}

// ---- attributes ---------------------------------------------------------------------------------

/** analyze_descriptor's classification of what the type holds for an attribute name. */
const enum Kind {
  OVERRIDING, METHOD, PROPERTY, OBJECT_SLOT, OTHER_SLOT, NON_OVERRIDING, BUILTIN_CLASSMETHOD,
  PYTHON_CLASSMETHOD, NON_DESCRIPTOR, MUTABLE, ABSENT, DUNDER_CLASS, GETSET_OVERRIDDEN,
}

let foundDescr: PyObject | null = null;
const DUNDER_CLASS_NAME = "__class__";

/** Classify `name` on `type` (the descriptor found is left in foundDescr, borrowed). */
function analyze(type: PyType, name: PyStr, store: boolean): Kind {
  foundDescr = null;
  if (store ? type.tp_setattro !== genericSetAttr : type.tp_getattro !== genericGetAttr) return Kind.GETSET_OVERRIDDEN;
  const d = typeLookup(type, name);
  foundDescr = d;
  if (d === null) return Kind.ABSENT;
  const dt = d.ob_type;
  if ((dt.tp_flags & TPFlags.HEAPTYPE) !== 0) return Kind.MUTABLE;
  if (dt.tp_descr_set !== null) {
    if (dt === MemberDescrType) return Kind.OBJECT_SLOT;
    if (dt === PropertyType) return Kind.PROPERTY;
    if (name.value === DUNDER_CLASS_NAME && d === typeLookup(ObjectType, name)) return Kind.DUNDER_CLASS;
    return Kind.OVERRIDING;
  }
  if (dt.tp_descr_get !== null) {
    if (dt === FunctionType || dt === MethodDescrType) return Kind.METHOD;
    if (dt === ClassMethodDescrType) return Kind.BUILTIN_CLASSMETHOD;
    if (dt === ClassMethodType) return Kind.PYTHON_CLASSMETHOD;
    return Kind.NON_OVERRIDING;
  }
  return Kind.NON_DESCRIPTOR;
}

/** Instances keep their attributes in a dict the VM may read directly (CPython's managed dict). */
function managedDict(owner: PyObject, type: PyType): boolean {
  return (type.tp_flags & TPFlags.HEAPTYPE) !== 0 && type.tp_dictoffset && owner instanceof PyInstance;
}

/** Entry index of an exact-str key in `d` whose key is `name` itself, or -1. */
function hintOf(d: PyDict, name: PyStr): number {
  const ek = d.ekeys;
  for (let i = 0; i < ek.length; i++) if (ek[i] === name) return i;
  return -1;
}

/** LOAD_ATTR_MODULE / LOAD_METHOD_MODULE: the index of `name` in the module dict, or -1. */
function moduleIndex(owner: PyObject, name: PyStr): number {
  const d = owner.dict;
  if (d === null) return -1;
  if (dictGetItemStr(d, intern("__getattr__")) !== null) return -1;
  if (typeLookup(ModuleType, name) !== null) return -1;
  const ix = hintOf(d, name);
  return ix > 0xffff ? -1 : ix;
}

/**
 * The inline cache of a specialised LOAD_ATTR / STORE_ATTR / LOAD_METHOD (code.ocache): up to
 * four (type version, dict hint or slot index, descriptor) entries. CPython 3.11 keeps one type
 * version; a receiver of another qualifying type is added here (attrExtend) instead of counting a
 * miss, so call sites that see a few classes (subclasses sharing a method) stay specialised.
 * Version -1 marks an unused entry (a live tag is never 0 or -1).
 */
export class AttrCache {
  declare v0: number;
  declare v1: number;
  declare v2: number;
  declare v3: number;
  declare i0: number;
  declare i1: number;
  declare i2: number;
  declare i3: number;
  declare d0: PyObject | null;
  declare d1: PyObject | null;
  declare d2: PyObject | null;
  declare d3: PyObject | null;
  constructor(v: number, i: number, d: PyObject | null) {
    this.v0 = v;
    this.v1 = -1;
    this.v2 = -1;
    this.v3 = -1;
    this.i0 = i;
    this.i1 = 0;
    this.i2 = 0;
    this.i3 = 0;
    this.d0 = d;
    this.d1 = null;
    this.d2 = null;
    this.d3 = null;
  }
}

/** Add an entry; false when the cache is full. */
function addEntry(c: AttrCache, v: number, i: number, d: PyObject | null): boolean {
  if (c.v1 === -1) {
    c.v1 = v; c.i1 = i; c.d1 = d;
  } else if (c.v2 === -1) {
    c.v2 = v; c.i2 = i; c.d2 = d;
  } else if (c.v3 === -1) {
    c.v3 = v; c.i3 = i; c.d3 = d;
  } else {
    return false;
  }
  return true;
}

/** What a specialised attribute instruction needs to know about one receiver: its op and entry. */
let entryIndex = 0;
let entryDescr: PyObject | null = null;

/** The LOAD_ATTR form for `owner`'s type (0: none); sets entryIndex. Modules are handled apart. */
function loadAttrForm(owner: PyObject, type: PyType, name: PyStr): number {
  const kind = analyze(type, name, false);
  switch (kind) {
    case Kind.OBJECT_SLOT: {
      const m = foundDescr as PyMemberDescr;
      if (!(owner instanceof PyInstance) || m.index > 0xffff) return 0;
      entryIndex = m.index;
      return Op.LOAD_ATTR_SLOT;
    }
    case Kind.PROPERTY: {
      // a getter the loop can run as a frame: a plain function of (self)
      const g = (foundDescr as PyProperty).fget;
      if (g === null || g.ob_type !== FunctionType) return 0;
      const func = g as PyFunction;
      if (!simpleFunction(func) || func.code.argcount !== 1 || func.defaults !== null ||
          (func.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE | CO_ASYNC_GENERATOR)) !== 0) return 0;
      return LOAD_ATTR_PROPERTY;
    }
    case Kind.NON_OVERRIDING:
    case Kind.NON_DESCRIPTOR:
    case Kind.ABSENT:
    case Kind.BUILTIN_CLASSMETHOD:
    case Kind.PYTHON_CLASSMETHOD: {
      if (!managedDict(owner, type)) return 0;
      const d = owner.dict;
      const ix = d === null ? -1 : hintOf(d, name);
      if (ix < 0 || ix > 0xffff) return 0;
      entryIndex = ix;
      return Op.LOAD_ATTR_INSTANCE_VALUE;
    }
    default:
      return 0;
  }
}

/** The STORE_ATTR form for `owner`'s type (0: none); sets entryIndex. */
function storeAttrForm(owner: PyObject, type: PyType, name: PyStr): number {
  const kind = analyze(type, name, true);
  switch (kind) {
    case Kind.OBJECT_SLOT: {
      const m = foundDescr as PyMemberDescr;
      if (!(owner instanceof PyInstance) || m.index > 0xffff) return 0;
      entryIndex = m.index;
      return Op.STORE_ATTR_SLOT;
    }
    case Kind.NON_OVERRIDING:
    case Kind.NON_DESCRIPTOR:
    case Kind.ABSENT:
    case Kind.BUILTIN_CLASSMETHOD:
    case Kind.PYTHON_CLASSMETHOD: {
      if (!managedDict(owner, type)) return 0;
      const d = owner.dict;
      const ix = d === null ? -1 : hintOf(d, name);
      entryIndex = ix < 0 || ix > 0xffff ? 0xffff : ix;
      return Op.STORE_ATTR_INSTANCE_VALUE;
    }
    default:
      return 0;
  }
}

/** The LOAD_METHOD form for an instance (not a module or class) (0: none); sets entryDescr. */
function loadMethodForm(owner: PyObject, type: PyType, name: PyStr): number {
  if (analyze(type, name, false) !== Kind.METHOD) return 0;
  entryDescr = foundDescr;
  if (managedDict(owner, type)) {
    const d = owner.dict;
    return d !== null && dictGetItemStr(d, name) !== null ? 0 : Op.LOAD_METHOD_WITH_VALUES;
  }
  if (type.tp_dictoffset) {
    const d = owner.dict;
    return d === null || dictGetItemStr(d, name) !== null ? 0 : Op.LOAD_METHOD_WITH_DICT;
  }
  return Op.LOAD_METHOD_NO_DICT;
}

/** _Py_Specialize_LoadAttr; `at` is the instruction's unit index. */
export function specLoadAttr(code: PyCode, at: number, owner: PyObject, name: PyStr): void {
  const instrs = code.instrs;
  if (owner.ob_type === ModuleType) {
    const ix = moduleIndex(owner, name);
    if (ix < 0) return failure(instrs, at);
    write32(instrs, at + 2, dictKeysVersion(owner.dict!));
    instrs[at + 4] = ix;
    return success(instrs, at, Op.LOAD_ATTR_MODULE);
  }
  const type = owner.ob_type;
  const op = loadAttrForm(owner, type, name);
  if (op === 0) return failure(instrs, at);
  const v = typeVersionTag(type);
  write32(instrs, at + 2, v);
  if (op === LOAD_ATTR_PROPERTY) {
    const getter = (foundDescr as PyProperty).fget as PyFunction;
    instrs[at + 4] = getter.version & 0xffff;
    code.ocache![at + 1] = getter;
    return success(instrs, at, op);
  }
  instrs[at + 4] = entryIndex;
  code.ocache![at + 1] = new AttrCache(v, entryIndex, null);
  success(instrs, at, op);
}

/** _Py_Specialize_StoreAttr. */
export function specStoreAttr(code: PyCode, at: number, owner: PyObject, name: PyStr): void {
  const instrs = code.instrs;
  const type = owner.ob_type;
  if (type === ModuleType) return failure(instrs, at);
  const op = storeAttrForm(owner, type, name);
  if (op === 0) return failure(instrs, at);
  const v = typeVersionTag(type);
  write32(instrs, at + 2, v);
  instrs[at + 4] = entryIndex;
  code.ocache![at + 1] = new AttrCache(v, entryIndex, null);
  success(instrs, at, op);
}

/** _Py_Specialize_LoadMethod. */
export function specLoadMethod(code: PyCode, at: number, owner: PyObject, name: PyStr): void {
  const instrs = code.instrs;
  const type = owner.ob_type;
  if (type === ModuleType) {
    const ix = moduleIndex(owner, name);
    if (ix < 0) return failure(instrs, at);
    write32(instrs, at + 2, dictKeysVersion(owner.dict!));
    instrs[at + 4] = ix;
    return success(instrs, at, Op.LOAD_METHOD_MODULE);
  }
  if (owner instanceof PyType) {
    // a class: its own attribute (not one of the metaclass)
    if (type !== TypeType || typeLookup(type, name) !== null) return failure(instrs, at);
    const kind = analyze(owner, name, false);
    if (kind !== Kind.METHOD && kind !== Kind.NON_DESCRIPTOR) return failure(instrs, at);
    write32(instrs, at + 2, typeVersionTag(owner));
    code.ocache![at + 1] = foundDescr;
    return success(instrs, at, Op.LOAD_METHOD_CLASS);
  }
  const op = loadMethodForm(owner, type, name);
  if (op === 0) return failure(instrs, at);
  const v = typeVersionTag(type);
  write32(instrs, at + 2, v);
  code.ocache![at + 1] = new AttrCache(v, 0, entryDescr);
  success(instrs, at, op);
}

/**
 * A specialised attribute instruction (LOAD_ATTR_INSTANCE_VALUE/SLOT, STORE_ATTR_*,
 * LOAD_METHOD_WITH_VALUES/WITH_DICT/NO_DICT) met a receiver its cache has no entry for: add one
 * when the receiver's type takes the same form, else count a miss.
 */
export function attrMiss(code: PyCode, at: number, owner: PyObject, name: PyStr): void {
  const instrs = code.instrs;
  const op = instrs[at]! & 255;
  const type = owner.ob_type;
  const c = code.ocache![at + 1] as AttrCache;
  entryIndex = 0;
  entryDescr = null;
  let form = 0;
  if (type !== ModuleType && !(owner instanceof PyType)) {
    if (op === Op.LOAD_ATTR_INSTANCE_VALUE || op === Op.LOAD_ATTR_SLOT) form = loadAttrForm(owner, type, name);
    else if (op === Op.STORE_ATTR_INSTANCE_VALUE || op === Op.STORE_ATTR_SLOT) form = storeAttrForm(owner, type, name);
    else form = loadMethodForm(owner, type, name);
  }
  if (form !== op || !addEntry(c, typeVersionTag(type), entryIndex, entryDescr)) specMiss(instrs, at);
}

/** _Py_Specialize_LoadGlobal. */
export function specLoadGlobal(code: PyCode, at: number, globals: PyDict, builtins: PyDict, name: PyStr): void {
  const instrs = code.instrs;
  if (globals.ob_type !== DictType) return failure(instrs, at);
  const gi = hintOf(globals, name);
  if (gi >= 0) {
    if (gi > 0xffff) return failure(instrs, at);
    instrs[at + 2] = gi;
    write32(instrs, at + 3, dictKeysVersion(globals));
    return success(instrs, at, Op.LOAD_GLOBAL_MODULE);
  }
  if (dictGetItemStr(globals, name) !== null) return failure(instrs, at); // an equal but distinct key
  if (builtins.ob_type !== DictType) return failure(instrs, at);
  const bi = hintOf(builtins, name);
  if (bi < 0 || bi > 0xffff) return failure(instrs, at);
  const bv = dictKeysVersion(builtins);
  instrs[at + 2] = bi;
  write32(instrs, at + 3, dictKeysVersion(globals));
  instrs[at + 5] = bv & 0xffff;
  return success(instrs, at, Op.LOAD_GLOBAL_BUILTIN);
}

// ---- subscripts, operators, unpacking ---------------------------------------------------------

/** CPython's simple function: no *args/**kwargs/keyword-only parameters. */
function simpleFunction(func: PyFunction): boolean {
  const c = func.code;
  return (c.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && c.kwonlyargcount === 0 && (c.flags & 1) !== 0;
}

const GETITEM = "__getitem__";

/** _Py_Specialize_BinarySubscr. */
export function specBinarySubscr(code: PyCode, at: number, container: PyObject, sub: PyObject): void {
  const instrs = code.instrs;
  const t = container.ob_type;
  if (t === ListType) {
    if (sub.ob_type === IntType) return success(instrs, at, Op.BINARY_SUBSCR_LIST_INT);
    return failure(instrs, at);
  }
  if (t === TupleType) {
    if (sub.ob_type === IntType) return success(instrs, at, Op.BINARY_SUBSCR_TUPLE_INT);
    return failure(instrs, at);
  }
  if (t === DictType) return success(instrs, at, Op.BINARY_SUBSCR_DICT);
  const descr = typeLookup(t, intern(GETITEM));
  if (descr !== null && descr.ob_type === FunctionType && (t.tp_flags & TPFlags.HEAPTYPE) !== 0) {
    const func = descr as PyFunction;
    if (!simpleFunction(func) || func.code.argcount !== 2) return failure(instrs, at);
    write32(instrs, at + 2, typeVersionTag(t));
    instrs[at + 4] = func.version & 0xffff;
    code.ocache![at + 1] = func;
    return success(instrs, at, Op.BINARY_SUBSCR_GETITEM);
  }
  return failure(instrs, at);
}

/** _Py_Specialize_StoreSubscr. */
export function specStoreSubscr(code: PyCode, at: number, container: PyObject, sub: PyObject): void {
  const instrs = code.instrs;
  const t = container.ob_type;
  if (t === ListType && sub.ob_type === IntType) {
    const v = (sub as PyInt).value;
    if (typeof v === "number" && v >= 0 && v < 0x40000000 && v < (container as PyList).items.length) {
      return success(instrs, at, Op.STORE_SUBSCR_LIST_INT);
    }
    return failure(instrs, at);
  }
  if (t === DictType) return success(instrs, at, Op.STORE_SUBSCR_DICT);
  return failure(instrs, at);
}

/**
 * _Py_Specialize_BinaryOp. `locals` is the frame's array (for the in-place str concatenation,
 * which needs the next instruction to store into the local the left operand came from).
 */
export function specBinaryOp(code: PyCode, at: number, oparg: number, a: PyObject, b: PyObject, locals: (PyObject | null)[]): void {
  const instrs = code.instrs;
  const t = a.ob_type;
  switch (oparg) {
    case 0: // NB_ADD
    case 13: // NB_INPLACE_ADD
      if (t !== b.ob_type) break;
      if (t === StrType) {
        const next = instrs[at + 2]!;
        const nop = next & 255;
        if ((nop === Op.STORE_FAST || nop === Op.STORE_FAST__LOAD_FAST) && locals[next >> 8] === a) {
          return success(instrs, at, Op.BINARY_OP_INPLACE_ADD_UNICODE);
        }
        return success(instrs, at, Op.BINARY_OP_ADD_UNICODE);
      }
      if (t === IntType) return success(instrs, at, Op.BINARY_OP_ADD_INT);
      if (t === FloatType) return success(instrs, at, Op.BINARY_OP_ADD_FLOAT);
      break;
    case 5: // NB_MULTIPLY
    case 18:
      if (t !== b.ob_type) break;
      if (t === IntType) return success(instrs, at, Op.BINARY_OP_MULTIPLY_INT);
      if (t === FloatType) return success(instrs, at, Op.BINARY_OP_MULTIPLY_FLOAT);
      break;
    case 10: // NB_SUBTRACT
    case 23:
      if (t !== b.ob_type) break;
      if (t === IntType) return success(instrs, at, Op.BINARY_OP_SUBTRACT_INT);
      if (t === FloatType) return success(instrs, at, Op.BINARY_OP_SUBTRACT_FLOAT);
      break;
    default:
      // no specialised form for this operator: back to the generic instruction for good
      setOp(instrs, at, Op.BINARY_OP);
      return;
  }
  failure(instrs, at);
}

/** Jump-mask bits (3.11's COMPARISON_*) of a comparison's outcome. */
export const enum Cmp { UNORDERED = 1, LESS = 2, GREATER = 4, EQUAL = 8 }
const COMPARE_MASKS = [Cmp.LESS, Cmp.LESS | Cmp.EQUAL, Cmp.EQUAL, Cmp.UNORDERED | Cmp.LESS | Cmp.GREATER, Cmp.GREATER, Cmp.GREATER | Cmp.EQUAL];
const SMALL = 0x40000000;

/**
 * _Py_Specialize_CompareOp: only a comparison followed by a conditional jump specialises (the
 * pair runs as one instruction); the mask says for which outcomes to jump (shifted left by 4 for
 * a backward jump).
 */
export function specCompareOp(code: PyCode, at: number, oparg: number, a: PyObject, b: PyObject): void {
  const instrs = code.instrs;
  const next = instrs[at + 3]! & 255;
  if (next !== Op.POP_JUMP_FORWARD_IF_FALSE && next !== Op.POP_JUMP_BACKWARD_IF_FALSE &&
      next !== Op.POP_JUMP_FORWARD_IF_TRUE && next !== Op.POP_JUMP_BACKWARD_IF_TRUE) {
    setOp(instrs, at, Op.COMPARE_OP);
    return;
  }
  let mask = COMPARE_MASKS[oparg]!;
  if (next === Op.POP_JUMP_FORWARD_IF_FALSE || next === Op.POP_JUMP_BACKWARD_IF_FALSE) mask = 15 & ~mask;
  if (next === Op.POP_JUMP_BACKWARD_IF_TRUE || next === Op.POP_JUMP_BACKWARD_IF_FALSE) mask <<= 4;
  const t = a.ob_type;
  if (t !== b.ob_type) return failure(instrs, at);
  let op = 0;
  if (t === FloatType) op = Op.COMPARE_OP_FLOAT_JUMP;
  else if (t === IntType) {
    const x = (a as PyInt).value, y = (b as PyInt).value;
    if (typeof x === "number" && typeof y === "number" && x < SMALL && x > -SMALL && y < SMALL && y > -SMALL) {
      op = Op.COMPARE_OP_INT_JUMP;
    }
  } else if (t === StrType && (oparg === 2 || oparg === 3)) op = Op.COMPARE_OP_STR_JUMP;
  if (op === 0) return failure(instrs, at);
  instrs[at + 2] = mask;
  success(instrs, at, op);
}

/** _Py_Specialize_UnpackSequence. */
export function specUnpackSequence(code: PyCode, at: number, oparg: number, seq: PyObject): void {
  const instrs = code.instrs;
  if (seq.ob_type === TupleType) {
    const n = (seq as PyTuple).items.length;
    if (n !== oparg) return failure(instrs, at);
    return success(instrs, at, n === 2 ? Op.UNPACK_SEQUENCE_TWO_TUPLE : Op.UNPACK_SEQUENCE_TUPLE);
  }
  if (seq.ob_type === ListType) {
    if ((seq as PyList).items.length !== oparg) return failure(instrs, at);
    return success(instrs, at, Op.UNPACK_SEQUENCE_LIST);
  }
  failure(instrs, at);
}

// ---- calls ----------------------------------------------------------------------------------------

/** Builtin classes CPython 3.11 calls through vectorcall (PRECALL_BUILTIN_CLASS). */
const VECTORCALL_CLASSES = new Set<PyType>([
  RangeType, ListType, DictType, TupleType, SetType, FrozenSetType, FloatType, IntType, BoolType,
  EnumerateType, ReversedType, ZipType, MapType, FilterType,
]);

let listAppend: PyObject | null = null;

/**
 * _Py_Specialize_Precall: `callable` is the object called, `nargs` counts self for a method,
 * `kwnames` the KW_NAMES tuple or null, `oparg` PRECALL's argument.
 */
export function specPrecall(code: PyCode, at: number, callable: PyObject, nargs: number, kwnames: PyTuple | null, oparg: number): void {
  const instrs = code.instrs;
  const t = callable.ob_type;
  if (oparg > 255) return failure(instrs, at); // the CALL it skips would carry an EXTENDED_ARG
  let op = 0;
  if (t === BuiltinFunctionType) {
    const c = callable as PyCFunction;
    switch (c.def.flags & 7) {
      case Meth.O:
        if (kwnames !== null || nargs !== 1) break;
        op = c.def.name === "len" && c.self === null ? Op.PRECALL_NO_KW_LEN : Op.PRECALL_NO_KW_BUILTIN_O;
        break;
      case Meth.FASTCALL:
        if (kwnames !== null) break;
        op = nargs === 2 && c.def.name === "isinstance" && c.self === null ? Op.PRECALL_NO_KW_ISINSTANCE : Op.PRECALL_NO_KW_BUILTIN_FAST;
        break;
      case Meth.KEYWORDS:
        op = Op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS;
        break;
    }
  } else if (t === FunctionType) {
    op = Op.PRECALL_PYFUNC;
  } else if (callable instanceof PyType) {
    const tp = callable;
    if ((tp.tp_flags & TPFlags.HEAPTYPE) === 0 && t === TypeType) {
      if (nargs === 1 && kwnames === null && oparg === 1) {
        if (tp === StrType) op = Op.PRECALL_NO_KW_STR_1;
        else if (tp === TypeType) op = Op.PRECALL_NO_KW_TYPE_1;
        else if (tp === TupleType) op = Op.PRECALL_NO_KW_TUPLE_1;
      }
      if (op === 0 && VECTORCALL_CLASSES.has(tp)) op = Op.PRECALL_BUILTIN_CLASS;
    }
  } else if (t === MethodDescrType) {
    const d = callable as PyMethodDescr;
    if (kwnames === null) {
      switch (d.def.flags & 7) {
        case Meth.NOARGS:
          if (nargs === 1) op = Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS;
          break;
        case Meth.O: {
          if (nargs !== 2) break;
          if (listAppend === null) listAppend = typeLookup(ListType, intern("append"));
          const after = instrs[at + 1 + cacheEntries[Op.PRECALL]! + 1 + cacheEntries[Op.CALL]!]! & 255;
          op = callable === listAppend && oparg === 1 && after === Op.POP_TOP ? Op.PRECALL_NO_KW_LIST_APPEND : Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O;
          break;
        }
        case Meth.FASTCALL:
          op = Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST;
          break;
        case Meth.KEYWORDS:
          op = Op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS;
          break;
      }
    }
  } else if (t === MethodType) {
    op = Op.PRECALL_BOUND_METHOD;
  }
  if (op === 0) return failure(instrs, at);
  code.ocache![at + 1] = callable;
  success(instrs, at, op);
}

/**
 * _Py_Specialize_Call: Python functions (with exactly their positional parameters, or defaults),
 * and (tspy's CALL_PY_CLASS) classes with a Python __init__ of that kind.
 */
export function specCall(code: PyCode, at: number, callable: PyObject, nargs: number, kwnames: PyTuple | null): void {
  const instrs = code.instrs;
  if (kwnames !== null) return failure(instrs, at);
  if (callable instanceof PyType) return specCallClass(code, at, callable, nargs);
  if (callable.ob_type !== FunctionType) return failure(instrs, at);
  const func = callable as PyFunction;
  if (!simpleFunction(func)) return failure(instrs, at);
  const argcount = func.code.argcount;
  const ndef = func.defaults === null ? 0 : func.defaults.items.length;
  const minArgs = argcount - ndef;
  if (minArgs < 0 || nargs > argcount || nargs < minArgs || minArgs > 0xffff) return failure(instrs, at);
  write32(instrs, at + 2, func.version);
  instrs[at + 4] = minArgs;
  // the guard is on the code object (all closures of one def share it), not the function
  code.ocache![at + 1] = func.code;
  success(instrs, at, argcount === nargs ? Op.CALL_PY_EXACT_ARGS : Op.CALL_PY_WITH_DEFAULTS);
}

const INIT = "__init__";
const CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;

/** CALL_PY_CLASS: ocache[at+1] the class, ocache[at+2] its __init__; the cache keeps the type version. */
function specCallClass(code: PyCode, at: number, type: PyType, nargs: number): void {
  const instrs = code.instrs;
  if (type.ob_type !== TypeType || (type.tp_flags & (TPFlags.HEAPTYPE | TPFlags.IS_ABSTRACT)) !== TPFlags.HEAPTYPE ||
      type.tp_new !== objectNew || type.tp_init !== slotInit) return failure(instrs, at);
  const init = typeLookup(type, intern(INIT));
  if (init === null || init.ob_type !== FunctionType) return failure(instrs, at);
  const func = init as PyFunction;
  // (a generator __init__ returns a generator: the generic path raises the TypeError)
  if (!simpleFunction(func) || (func.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE | CO_ASYNC_GENERATOR)) !== 0) {
    return failure(instrs, at);
  }
  const argcount = func.code.argcount;
  const ndef = func.defaults === null ? 0 : func.defaults.items.length;
  if (nargs + 1 > argcount || nargs + 1 < argcount - ndef) return failure(instrs, at);
  write32(instrs, at + 2, typeVersionTag(type));
  instrs[at + 4] = func.version & 0xffff;
  code.ocache![at + 1] = type;
  code.ocache![at + 2] = func;
  success(instrs, at, CALL_PY_CLASS);
}
