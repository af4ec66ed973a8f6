/**
 * The slot <-> dunder correspondence (CPython's slotdefs in Objects/typeobject.c).
 *
 *  - For builtin types, addSlotWrappers exposes each native slot as a wrapper_descriptor under
 *    its dunder name (int.__add__, object.__repr__ ...), unless the dict already has the name.
 *  - For classes, fixupSlots sets each slot from the class that first defines one of the slot's
 *    dunders along the MRO: a builtin class's native slot when the owner is builtin, otherwise
 *    the generic slot_* function below, which looks the dunder up on the type at each call
 *    (so assigning a dunder later works; type_setattro re-runs fixupSlots).
 */
import { PyObject, PyType, TPFlags, NB, NB_COUNT, isSubtype } from "./object.ts";
import { None, NotImplemented, ObjectType, TypeType, FunctionType } from "./types.ts";
import { PyStr, intern, newStr } from "./str.ts";
import { PyInt, newBool, newInt, newIntAny, True, False } from "./int.ts";
import { PyTuple } from "./tuple.ts";
import { dictGetItemStr, dictSetItemStr } from "./dict.ts";
import { typeError, valueError, overflowError, stopIteration } from "./errors.ts";
import { PyWrapperDescr, PyCFunction, type SlotWrapperCall } from "./descr.ts";
import { typeLookup, genericGetAttr, callDescr } from "./typeobject.ts";
import { call, isTrue, noAttribute, asSsize, isStopIteration, intToDouble } from "./abstract.ts";
import { registerExactLength, exactLengthSlot } from "./length_exact.ts";
import { PyBaseException, AttributeErrorType, StopIterationType } from "./exceptions.ts";
import { newSeqIter, seqIterSearchContains } from "./iterobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { NB_OPS } from "../bytecode/opcodes.ts";
import { tracer } from "../vm/trace.ts";
import { intHash } from "./pyhash.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

// ---- slot access by key -------------------------------------------------------------------------

type AnyFn = Function | null;
/**
 * A slot's place in PyType: `field` names the property; `idx` >= 0 indexes the nb_binary /
 * nb_inplace arrays ("nb_binary.3"), -1 for a plain field. Parsed once per key, not per access.
 */
interface SlotRef {
  readonly field: string;
  readonly idx: number;
}
const slotRefs = new Map<string, SlotRef>();
function slotRef(key: string): SlotRef {
  let r = slotRefs.get(key);
  if (r === undefined) {
    const dot = key.indexOf(".");
    r = dot > 0 ? { field: key.slice(0, dot), idx: +key.slice(dot + 1) } : { field: key, idx: -1 };
    slotRefs.set(key, r);
  }
  return r;
}
function getRef(t: PyType, r: SlotRef): AnyFn {
  const v = (t as any)[r.field];
  return (r.idx < 0 ? v : (v as AnyFn[])[r.idx]) as AnyFn;
}
function setRef(t: PyType, r: SlotRef, f: AnyFn): void {
  if (r.idx < 0) (t as any)[r.field] = f;
  else ((t as any)[r.field] as AnyFn[])[r.idx] = f;
}
function getSlot(t: PyType, key: string): AnyFn {
  return getRef(t, slotRef(key));
}

// ---- generic slot functions for classes ---------------------------------------------------------

const S = (s: string) => intern(s);
const N_REPR = S("__repr__"), N_STR = S("__str__"), N_HASH = S("__hash__"), N_CALL = S("__call__");
const N_GETATTRIBUTE = S("__getattribute__"), N_GETATTR = S("__getattr__"), N_SETATTR = S("__setattr__");
const N_DELATTR = S("__delattr__"), N_ITER = S("__iter__"), N_NEXT = S("__next__"), N_GET = S("__get__");
const N_SET = S("__set__"), N_DELETE = S("__delete__"), N_INIT = S("__init__"), N_NEW = S("__new__");
const N_DEL = S("__del__"), N_BOOL = S("__bool__"), N_LEN = S("__len__"), N_CONTAINS = S("__contains__");
const N_GETITEM = S("__getitem__"), N_SETITEM = S("__setitem__"), N_DELITEM = S("__delitem__");
const N_AWAIT = S("__await__"), N_AITER = S("__aiter__"), N_ANEXT = S("__anext__");
const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].map(S);

/** Call the dunder `name` of self's type with self prepended; null when the type lacks it. */
function callSpecial(self: PyObject, name: PyStr, args: PyObject[], kw: PyObject | null = null): PyObject | null {
  const d = typeLookup(self.ob_type, name);
  if (d === null) return null;
  return callDescr(d, self, args, kw);
}
function callSpecialRequired(self: PyObject, name: PyStr, args: PyObject[], kw: PyObject | null = null): PyObject {
  const r = callSpecial(self, name, args, kw);
  if (r === null) throw noAttribute(self, name);
  return r;
}

function slotRepr(self: PyObject): PyObject {
  return callSpecialRequired(self, N_REPR, []);
}
function slotStr(self: PyObject): PyObject {
  return callSpecialRequired(self, N_STR, []);
}
export function hashNotImplemented(self: PyObject): number | bigint {
  throw typeError(`unhashable type: '${self.ob_type.tp_name}'`);
}
function slotHash(self: PyObject): number | bigint {
  const d = typeLookup(self.ob_type, N_HASH);
  if (d === null || d === None) return hashNotImplemented(self);
  const r = callDescr(d, self, []);
  if (!(r instanceof PyInt)) {
    decref(r);
    throw typeError("__hash__ method should return an integer");
  }
  const v = r.value;
  decref(r);
  if (typeof v === "number") return v === -1 ? -2 : v;
  // a value that fits a Py_hash_t is the hash itself (so __hash__ can return hash(y)); only
  // bigger ones are hashed as ints
  if (v >= -0x8000000000000000n && v <= 0x7fffffffffffffffn) return v;
  return intHash(v);
}
function slotCall(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  return callSpecialRequired(self, N_CALL, args, kw);
}
let objectGetattribute: PyObject | null = null;
function isAttributeError(e: unknown): boolean {
  return e instanceof PyBaseException && isSubtype(e.ob_type, AttributeErrorType);
}
function slotGetattrHook(self: PyObject, name: PyObject): PyObject | null {
  const tp = self.ob_type;
  const getattr = typeLookup(tp, N_GETATTR);
  const getattribute = typeLookup(tp, N_GETATTRIBUTE);
  if (objectGetattribute === null) objectGetattribute = dictGetItemStr(ObjectType.tp_dict, N_GETATTRIBUTE);
  let res: PyObject | null;
  if (getattribute === null || getattribute === objectGetattribute) {
    if (getattr === null) return genericGetAttr(self, name);
    try {
      res = genericGetAttr(self, name);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      decref(e as PyObject);
      res = null;
    }
  } else if (getattr === null) {
    try {
      const r = nativeGetattribute(getattribute, self, name);
      if (r !== undefined) {
        if (r === null) throw noAttribute(self, name);
        return r;
      }
      return callDescr(getattribute, self, [name]);
    } catch (e) {
      throw attributeErrorContext(e, self, name);
    }
  } else {
    try {
      const r = nativeGetattribute(getattribute, self, name);
      res = r !== undefined ? r : callDescr(getattribute, self, [name]);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      decref(e as PyObject);
      res = null;
    }
  }
  if (res !== null || getattr === null) return res;
  try {
    return callDescr(getattr, self, [name]);
  } catch (e) {
    throw attributeErrorContext(e, self, name);
  }
}
/**
 * getattribute(self, name) when getattribute is a builtin type's own __getattribute__ (a slot
 * wrapper, e.g. type.__getattribute__ for a class whose metaclass defines __getattr__, as
 * EnumType does): its native function called directly, null when it finds nothing; undefined
 * when the descriptor is anything else (the caller calls it). Calling through the wrapper would
 * make a bound method-wrapper per attribute access (CPython's call_attribute does) that nothing
 * can see: the checks it makes (self's type, a str name) are made here, and the caller turns null
 * into the wrapper's AttributeError.
 */
function nativeGetattribute(getattribute: PyObject, self: PyObject, name: PyObject): PyObject | null | undefined {
  if (!(getattribute instanceof PyWrapperDescr) || getattribute.wrap !== wrapGetattr || !(name instanceof PyStr)) return undefined;
  if (!isSubtype(self.ob_type, getattribute.d_type)) return undefined;
  return (getattribute.native as (o: PyObject, n: PyObject) => PyObject | null)(self, name);
}
/** set_attribute_error_context: an AttributeError leaving getattr gets name and obj (suggestions). */
function attributeErrorContext(e: unknown, self: PyObject, name: PyObject): unknown {
  if (e instanceof PyBaseException && isSubtype(e.ob_type, AttributeErrorType)) {
    const old = e.extra;
    name.ob_refcnt++;
    self.ob_refcnt++;
    e.extra = [name, self];
    if (old !== null) for (const x of old) if (x !== null && x !== undefined) decref(x);
  }
  return e;
}
function slotSetattro(self: PyObject, name: PyObject, value: PyObject | null): void {
  const r = value === null ? callSpecialRequired(self, N_DELATTR, [name]) : callSpecialRequired(self, N_SETATTR, [name, value]);
  decref(r);
}
function slotRichcompare(self: PyObject, other: PyObject, op: number): PyObject {
  const r = callSpecial(self, CMP_NAMES[op]!, [other]);
  return r === null ? NotImplemented : r;
}
function slotIter(self: PyObject): PyObject {
  const d = typeLookup(self.ob_type, N_ITER);
  if (d === None) throw typeError(`'${self.ob_type.tp_name}' object is not iterable`);
  if (d === null) {
    if (typeLookup(self.ob_type, N_GETITEM) !== null) return newSeqIter(self);
    throw typeError(`'${self.ob_type.tp_name}' object is not iterable`);
  }
  return callDescr(d, self, []);
}
/** The StopIteration value a Python __next__ ended with (kept for `yield from`'s result). */
let stopValue: PyObject | null = null;
/** Take (new reference) the value of the StopIteration that ended the last slot iteration. */
export function takeStopValue(): PyObject {
  const v = stopValue ?? None;
  if (stopValue === null) None.ob_refcnt++;
  stopValue = null;
  return v;
}
/** Record (stealing `v`) the value a native iterator finished with. */
export function setStopValue(v: PyObject): void {
  if (stopValue !== null) decref(stopValue);
  stopValue = v;
}
/**
 * While tracing: the StopIteration a Python __next__ raised (owned), for the 'exception' event
 * CPython's FOR_ITER gives its frame before clearing it (pytrace.ts pyTraceIterStop).
 */
export const stopRaised = { exc: null as PyBaseException | null };
function slotIternext(self: PyObject): PyObject | null {
  try {
    return callSpecialRequired(self, N_NEXT, []);
  } catch (e) {
    if (isStopIteration(e)) {
      const args = e.args;
      const v = args instanceof PyTuple && args.items.length > 0 ? args.items[0]! : null;
      if (v !== null) v.ob_refcnt++;
      if (stopValue !== null) decref(stopValue);
      stopValue = v;
      if (tracer.on) {
        if (stopRaised.exc !== null) decref(stopRaised.exc);
        stopRaised.exc = e;
      } else decref(e);
      return null;
    }
    throw e;
  }
}
function slotDescrGet(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const d = typeLookup(self.ob_type, N_GET);
  if (d === null) {
    self.ob_refcnt++;
    return self;
  }
  return callDescr(d, self, [obj ?? None, type ?? None]);
}
function slotDescrSet(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const r = value === null ? callSpecialRequired(self, N_DELETE, [obj]) : callSpecialRequired(self, N_SET, [obj, value]);
  decref(r);
}
function slotInit(self: PyObject, args: PyObject[], kw: PyObject | null): void {
  const r = callSpecialRequired(self, N_INIT, args, kw);
  if (r !== None) {
    const n = r.ob_type.tp_name;
    decref(r);
    throw typeError(`__init__() should return None, not '${n}'`);
  }
}
function slotNew(type: PyType, args: PyObject[], kw: PyObject | null): PyObject {
  const d = typeLookup(type, N_NEW);
  if (d === null) throw typeError(`cannot create '${type.tp_name}' instances`);
  const g = d.ob_type.tp_descr_get;
  const f = g !== null ? g(d, null, type) : (d.ob_refcnt++, d);
  try {
    return call(f, [type, ...args], kw);
  } finally {
    decref(f);
  }
}
function slotFinalize(self: PyObject): void {
  const r = callSpecial(self, N_DEL, []);
  if (r !== null) decref(r);
}
function slotBool(self: PyObject): boolean {
  let d = typeLookup(self.ob_type, N_BOOL);
  if (d !== null) {
    const r = callDescr(d, self, []);
    if (r === True) return true;
    if (r === False) return false;
    const n = r.ob_type.tp_name;
    decref(r);
    throw typeError(`__bool__ should return bool, returned ${n}`);
  }
  d = typeLookup(self.ob_type, N_LEN);
  if (d !== null) return slotLength(self) !== 0;
  return true;
}
/** __len__ as a number slot: past 2**53 the number is rounded (len() itself is exact). */
function slotLength(self: PyObject): number {
  return Number(slotLengthExact(self));
}
/** __len__'s result checked as CPython does (an int, >= 0, fits Py_ssize_t); exact past 2**53. */
function slotLengthExact(self: PyObject): number | bigint {
  const r = callSpecialRequired(self, N_LEN, []);
  if (!(r instanceof PyInt)) {
    const n = r.ob_type.tp_name;
    decref(r);
    throw typeError(`'${n}' object cannot be interpreted as an integer`);
  }
  const v = r.value;
  decref(r);
  if (v < 0) throw valueError("__len__() should return >= 0");
  if (typeof v !== "number" && v > 0x7fffffffffffffffn) throw overflowError("cannot fit 'int' into an index-sized integer");
  return v;
}
registerExactLength(slotLength, slotLengthExact);
function slotContains(self: PyObject, v: PyObject): boolean {
  const d = typeLookup(self.ob_type, N_CONTAINS);
  if (d === None) throw typeError(`'${self.ob_type.tp_name}' object is not a container`);
  if (d === null) return seqIterSearchContains(self, v);
  const r = callDescr(d, self, [v]);
  const b = isTrue(r);
  decref(r);
  return b;
}
function slotGetitem(self: PyObject, k: PyObject): PyObject {
  return callSpecialRequired(self, N_GETITEM, [k]);
}
function slotSqItem(self: PyObject, i: number): PyObject {
  const k = newInt(i);
  try {
    return callSpecialRequired(self, N_GETITEM, [k]);
  } finally {
    decref(k);
  }
}
function slotAssSubscript(self: PyObject, k: PyObject, v: PyObject | null): void {
  const r = v === null ? callSpecialRequired(self, N_DELITEM, [k]) : callSpecialRequired(self, N_SETITEM, [k, v]);
  decref(r);
}
function unarySlot(name: string): (o: PyObject) => PyObject {
  const n = S(name);
  return (o) => callSpecialRequired(o, n, []);
}
const slotNeg = unarySlot("__neg__"), slotPos = unarySlot("__pos__"), slotAbs = unarySlot("__abs__");
const slotInvert = unarySlot("__invert__"), slotInt = unarySlot("__int__"), slotFloat = unarySlot("__float__");
const slotIndex = unarySlot("__index__");
const slotAwait = unarySlot("__await__"), slotAiter = unarySlot("__aiter__"), slotAnext = unarySlot("__anext__");

/** Does type(other) define `rname` differently from type(self)? (method_is_overloaded) */
function methodIsOverloaded(self: PyObject, other: PyObject, rname: PyStr): boolean {
  const a = typeLookup(other.ob_type, rname);
  if (a === null) return false;
  const b = typeLookup(self.ob_type, rname);
  return a !== b;
}
function callMaybe(self: PyObject, name: PyStr, arg: PyObject, mod: PyObject | null): PyObject {
  const d = typeLookup(self.ob_type, name);
  if (d === null) return NotImplemented;
  return callDescr(d, self, mod === null ? [arg] : [arg, mod]);
}

/** SLOT1BINFULL: the binary slot of classes for NB op `op` (__add__ / __radd__). */
function makeBinarySlot(op: number): (a: PyObject, b: PyObject, c?: PyObject) => PyObject {
  const lname = S(BINARY_DUNDERS[op]!), rname = S("__r" + BINARY_DUNDERS[op]!.slice(2));
  const f = (self: PyObject, other: PyObject, mod?: PyObject): PyObject => {
    const m = mod === undefined || mod === None ? null : mod;
    if (m !== null) {
      // ternary pow: only the left operand's __pow__ is tried
      if (self.ob_type.nb_binary[op] === f) return callMaybe(self, lname, other, m);
      return NotImplemented;
    }
    let doOther = self.ob_type !== other.ob_type && other.ob_type.nb_binary[op] === f;
    if (self.ob_type.nb_binary[op] === f) {
      if (doOther && isSubtype(other.ob_type, self.ob_type) && methodIsOverloaded(self, other, rname)) {
        const r = callMaybe(other, rname, self, null);
        if (r !== NotImplemented) return r;
        doOther = false;
      }
      const r = callMaybe(self, lname, other, null);
      if (r !== NotImplemented || other.ob_type === self.ob_type) return r;
    }
    if (doOther) return callMaybe(other, rname, self, null);
    return NotImplemented;
  };
  return f;
}
function makeInplaceSlot(op: number): (a: PyObject, b: PyObject) => PyObject {
  const name = S("__i" + BINARY_DUNDERS[op]!.slice(2));
  return (self, other) => callMaybe(self, name, other, null);
}

/** __add__ ... in NB order (NB_OPS). */
export const BINARY_DUNDERS = [
  "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__", "__or__",
  "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__",
];
const binarySlots = BINARY_DUNDERS.map((_, i) => makeBinarySlot(i));
const inplaceSlots = BINARY_DUNDERS.map((_, i) => makeInplaceSlot(i));

// ---- wrappers: native slot called through its dunder --------------------------------------------

function nargs(args: PyObject[], kw: PyObject | null, n: number, name: string): void {
  if (kw !== null && (kw as PyTuple).items.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}
const wrapUnary: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 0, name);
  return (f as (o: PyObject) => PyObject)(self);
};
const wrapHash: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 0, name);
  return newIntAny((f as (o: PyObject) => number | bigint)(self));
};
const wrapLen: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 0, name);
  const exact = exactLengthSlot(f as (o: PyObject) => number);
  return exact !== null ? newIntAny(exact(self)) : newInt((f as (o: PyObject) => number)(self));
};
const wrapInquiry: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 0, name);
  return newBool((f as (o: PyObject) => boolean)(self));
};
const wrapBinaryL: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 1, name);
  return (f as (a: PyObject, b: PyObject, c?: PyObject) => PyObject)(self, args[0]!, None);
};
const wrapBinaryR: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 1, name);
  return (f as (a: PyObject, b: PyObject, c?: PyObject) => PyObject)(args[0]!, self, None);
};
const wrapTernary: SlotWrapperCall = (f, self, args, kw, name) => {
  if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
  return (f as (a: PyObject, b: PyObject, c?: PyObject) => PyObject)(self, args[0]!, args[1] ?? None);
};
const wrapTernaryR: SlotWrapperCall = (f, self, args, kw, name) => {
  if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
  return (f as (a: PyObject, b: PyObject, c?: PyObject) => PyObject)(args[0]!, self, args[1] ?? None);
};
function wrapRichcmp(op: number): SlotWrapperCall {
  return (f, self, args, kw, name) => {
    nargs(args, kw, 1, name);
    return (f as (a: PyObject, b: PyObject, op: number) => PyObject)(self, args[0]!, op);
  };
}
const wrapGetattr: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 1, name);
  const n = args[0]!;
  if (!(n instanceof PyStr)) throw typeError(`attribute name must be string, not '${n.ob_type.tp_name}'`);
  const r = (f as (o: PyObject, n: PyObject) => PyObject | null)(self, n);
  if (r === null) throw noAttribute(self, n);
  return r;
};
/** CPython's hackcheck: object.__setattr__(x, ...) must not skip a builtin base's own setattro. */
function hackcheck(self: PyObject, f: Function, what: string): void {
  const type = self.ob_type;
  let defining: PyType | null = type;
  const mro = type.tp_mro;
  for (let i = mro.length - 1; i >= 0; i--) {
    const b = mro[i]!;
    if (b.tp_setattro === slotSetattro) continue;
    if (b.tp_setattro === type.tp_setattro) {
      defining = b;
      break;
    }
  }
  for (let b: PyType | null = defining; b !== null; b = b.tp_base) {
    if (b.tp_setattro === f) return;
    if (b.tp_setattro !== slotSetattro) throw typeError(`can't apply this ${what} to ${type.tp_name} object`);
  }
}
const wrapSetattr: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 2, name);
  hackcheck(self, f, "__setattr__");
  (f as (o: PyObject, n: PyObject, v: PyObject | null) => void)(self, args[0]!, args[1]!);
  return None;
};
const wrapDelattr: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 1, name);
  hackcheck(self, f, "__delattr__");
  (f as (o: PyObject, n: PyObject, v: PyObject | null) => void)(self, args[0]!, null);
  return None;
};
const wrapCall: SlotWrapperCall = (f, self, args, kw) => (f as (o: PyObject, a: PyObject[], k: PyObject | null) => PyObject)(self, args, kw);
const wrapNext: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 0, name);
  const r = (f as (o: PyObject) => PyObject | null)(self);
  if (r === null) throw stopIteration();
  return r;
};
const wrapDescrGet: SlotWrapperCall = (f, self, args, kw, name) => {
  if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
  const obj = args[0] === None ? null : args[0]!;
  const type = args.length > 1 && args[1] !== None ? args[1]! : null;
  if (obj === null && type === null) throw typeError("__get__(None, None) is invalid");
  return (f as (d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject)(self, obj, type);
};
const wrapDescrSet: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 2, name);
  (f as (d: PyObject, o: PyObject, v: PyObject | null) => void)(self, args[0]!, args[1]!);
  return None;
};
const wrapDescrDelete: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 1, name);
  (f as (d: PyObject, o: PyObject, v: PyObject | null) => void)(self, args[0]!, null);
  return None;
};
const wrapInit: SlotWrapperCall = (f, self, args, kw) => {
  (f as (o: PyObject, a: PyObject[], k: PyObject | null) => void)(self, args, kw);
  return None;
};
const wrapSetitem: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 2, name);
  (f as (o: PyObject, k: PyObject, v: PyObject | null) => void)(self, args[0]!, args[1]!);
  return None;
};
const wrapDelitem: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 1, name);
  (f as (o: PyObject, k: PyObject, v: PyObject | null) => void)(self, args[0]!, null);
  return None;
};
const wrapContains: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 1, name);
  return newBool((f as (o: PyObject, k: PyObject) => boolean)(self, args[0]!));
};
const wrapSqItem: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 1, name);
  return (f as (o: PyObject, i: number) => PyObject)(self, asSsize(args[0]!));
};
const wrapRepeat: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 1, name);
  // wrap_indexargfunc: a non-index count is a TypeError ('str' object cannot be interpreted...)
  return (f as (o: PyObject, n: number) => PyObject)(self, asSsize(args[0]!));
};
const wrapDel: SlotWrapperCall = (f, self, args, kw, name) => {
  nargs(args, kw, 0, name);
  (f as (o: PyObject) => void)(self);
  return None;
};

// ---- the table ----------------------------------------------------------------------------------

interface SlotDef {
  readonly name: string;
  readonly key: string;
  readonly generic: Function | null;
  readonly wrap: SlotWrapperCall;
}
const slotdefs: SlotDef[] = [];
function sd(name: string, key: string, generic: Function | null, wrap: SlotWrapperCall): void {
  slotdefs.push({ name, key, generic, wrap });
}
sd("__getattribute__", "tp_getattro", slotGetattrHook, wrapGetattr);
sd("__getattr__", "tp_getattro", slotGetattrHook, wrapGetattr);
sd("__setattr__", "tp_setattro", slotSetattro, wrapSetattr);
sd("__delattr__", "tp_setattro", slotSetattro, wrapDelattr);
sd("__repr__", "tp_repr", slotRepr, wrapUnary);
sd("__hash__", "tp_hash", slotHash, wrapHash);
sd("__call__", "tp_call", slotCall, wrapCall);
sd("__str__", "tp_str", slotStr, wrapUnary);
for (let i = 0; i < 6; i++) sd(CMP_NAMES[i]!.value, "tp_richcompare", slotRichcompare, wrapRichcmp(i));
sd("__iter__", "tp_iter", slotIter, wrapUnary);
sd("__next__", "tp_iternext", slotIternext, wrapNext);
sd("__get__", "tp_descr_get", slotDescrGet, wrapDescrGet);
sd("__set__", "tp_descr_set", slotDescrSet, wrapDescrSet);
sd("__delete__", "tp_descr_set", slotDescrSet, wrapDescrDelete);
sd("__init__", "tp_init", slotInit, wrapInit);
sd("__del__", "tp_finalize", slotFinalize, wrapDel);
sd("__await__", "am_await", slotAwait, wrapUnary);
sd("__aiter__", "am_aiter", slotAiter, wrapUnary);
sd("__anext__", "am_anext", slotAnext, wrapUnary);
for (let op = 0; op < NB_COUNT; op++) {
  const l = BINARY_DUNDERS[op]!;
  const r = "__r" + l.slice(2);
  sd(l, `nb_binary.${op}`, binarySlots[op]!, op === NB.POWER ? wrapTernary : wrapBinaryL);
  sd(r, `nb_binary.${op}`, binarySlots[op]!, op === NB.POWER ? wrapTernaryR : wrapBinaryR);
}
sd("__neg__", "nb_negative", slotNeg, wrapUnary);
sd("__pos__", "nb_positive", slotPos, wrapUnary);
sd("__abs__", "nb_absolute", slotAbs, wrapUnary);
sd("__bool__", "nb_bool", slotBool, wrapInquiry);
sd("__invert__", "nb_invert", slotInvert, wrapUnary);
sd("__int__", "nb_int", slotInt, wrapUnary);
sd("__float__", "nb_float", slotFloat, wrapUnary);
for (let op = 0; op < NB_COUNT; op++) {
  sd("__i" + BINARY_DUNDERS[op]!.slice(2), `nb_inplace.${op}`, inplaceSlots[op]!, op === NB.POWER ? wrapTernary : wrapBinaryL);
}
sd("__index__", "nb_index", slotIndex, wrapUnary);
sd("__len__", "mp_length", slotLength, wrapLen);
sd("__getitem__", "mp_subscript", slotGetitem, wrapBinaryL);
sd("__setitem__", "mp_ass_subscript", slotAssSubscript, wrapSetitem);
sd("__delitem__", "mp_ass_subscript", slotAssSubscript, wrapDelitem);
sd("__len__", "sq_length", slotLength, wrapLen);
sd("__add__", "sq_concat", null, wrapBinaryL);
sd("__mul__", "sq_repeat", null, wrapRepeat);
sd("__rmul__", "sq_repeat", null, wrapRepeat);
sd("__getitem__", "sq_item", slotSqItem, wrapSqItem);
sd("__contains__", "sq_contains", slotContains, wrapContains);
sd("__iadd__", "sq_inplace_concat", null, wrapBinaryL);
sd("__imul__", "sq_inplace_repeat", null, wrapRepeat);

/**
 * The dunder-backed slots, one entry per distinct key in slotdefs order: where the slot lives,
 * its generic slot_* function (null: none, the slot is only ever inherited from a builtin), and
 * its dunders in slotdefs order. slotIndexByName maps a dunder's text to the entries it feeds.
 */
interface SlotKey {
  readonly ref: SlotRef;
  readonly generic: AnyFn;
  readonly names: PyStr[];
}
const slotKeyTable: SlotKey[] = [];
const slotIndexByName = new Map<string, number[]>();
{
  const byKey = new Map<string, number>();
  for (const s of slotdefs) {
    let i = byKey.get(s.key);
    if (i === undefined) {
      i = slotKeyTable.length;
      byKey.set(s.key, i);
      slotKeyTable.push({ ref: slotRef(s.key), generic: s.generic, names: [] });
    }
    slotKeyTable[i]!.names.push(intern(s.name));
    const list = slotIndexByName.get(s.name);
    if (list === undefined) slotIndexByName.set(s.name, [i]);
    else if (!list.includes(i)) list.push(i);
  }
}
const HASH_KEY = slotKeyTable.findIndex((k) => k.ref.field === "tp_hash");
/** Does setting `name` on a class change one of its slots (fixupSlots' inputs: slotdefs names, __new__)? */
export function isSlotName(name: string): boolean {
  return slotIndexByName.has(name) || name === "__new__";
}
/** Slots inheritSlots copies from the base: the dunder-backed ones and those without dunders. */
const PLAIN_INHERITED = ["tp_dealloc", "tp_traverse", "sq_concat", "sq_repeat", "sq_inplace_concat", "sq_inplace_repeat", "sq_item"];
const inheritRefs: SlotRef[] = [...slotKeyTable.map((k) => k.ref), ...PLAIN_INHERITED.map(slotRef)];
/**
 * The part of inheritRefs that fixupSlots may leave alone: fixupSlots writes every slot key that
 * has a generic function, whatever the MRO holds, so a class about to go through it only needs
 * the others inherited.
 */
const inheritRefsBeforeFixup: SlotRef[] = [
  ...slotKeyTable.filter((k) => k.generic === null).map((k) => k.ref),
  ...PLAIN_INHERITED.map(slotRef),
];

/**
 * Add wrapper descriptors for a builtin type's own (not inherited) native slots. `ownMpLength`,
 * `ownNbAdd`: the type itself defines mp_length / nb_add (readyType passes what it saw before
 * inheriting: the wrappers may be made after the slots are inherited).
 */
export function addSlotWrappers(t: PyType, ownMpLength = t.mp_length !== null, ownNbAdd = t.nb_binary[NB.ADD] !== null): void {
  const d = t.tp_dict;
  for (const s of slotdefs) {
    // __getattr__ has no wrapper in CPython's slotdefs: builtin types never show it
    if (s.name === "__getattr__") continue;
    const f = getSlot(t, s.key);
    if (f === null || f === undefined) continue;
    if (s.key === "tp_richcompare" || s.key === "tp_hash") {
      // object's own richcompare is exposed on object only; others when defined
    }
    if (t.tp_base !== null && getSlot(t.tp_base, s.key) === f) continue;
    const key = intern(s.name);
    if (dictGetItemStr(d, key) !== null) continue;
    if (s.key === "sq_item" || s.key === "sq_length" && ownMpLength) continue;
    if (s.key === "sq_concat" && ownNbAdd) continue;
    if (s.key === "tp_hash" && f === hashNotImplemented) {
      dictSetItemStr(d, key, None);
      continue;
    }
    const w = new PyWrapperDescr(t, s.name, f, s.wrap);
    dictSetItemStr(d, key, w);
    decref(w);
  }
  if (t.tp_new !== null && dictGetItemStr(d, N_NEW) === null && (t.tp_base === null || t.tp_base.tp_new !== t.tp_new)) {
    const fn = new PyCFunction(NEW_DEF, t, `${t.tp_name}.__new__`, null);
    dictSetItemStr(d, N_NEW, fn);
    decref(fn);
  }
}

/** tp_new_wrapper: X.__new__(subtype, *args) for builtin X. */
const NEW_DEF = {
  name: "__new__",
  flags: 4,
  fn(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
    const type = self as PyType;
    if (args.length < 1) throw typeError(`${type.tp_name}.__new__(): not enough arguments`);
    const sub = args[0]!;
    if (!(sub instanceof PyType)) throw typeError(`${type.tp_name}.__new__(X): X is not a type object (${sub.ob_type.tp_name})`);
    if (!isSubtype(sub, type)) throw typeError(`${type.tp_name}.__new__(${sub.tp_name}): ${sub.tp_name} is not a subtype of ${type.tp_name}`);
    // the most derived builtin base of sub must use this same tp_new
    let staticBase: PyType | null = sub;
    while (staticBase !== null && staticBase.tp_new === slotNew) staticBase = staticBase.tp_base;
    if (staticBase !== null && staticBase.tp_new !== type.tp_new) {
      throw typeError(`${type.tp_name}.__new__(${sub.tp_name}) is not safe, use ${staticBase.tp_name}.__new__()`);
    }
    return type.tp_new!(sub, args.slice(1), kw);
  },
};

/**
 * Slots without dunders, or inherited wholesale from the base (CPython's inherit_slots).
 * `fixupNext`: the caller runs fixupSlots(t) right after (type.__new__), which sets every slot
 * with a generic function itself: those are not copied first.
 */
export function inheritSlots(t: PyType, base: PyType, fixupNext = false): void {
  const heap = (t.tp_flags & TPFlags.HEAPTYPE) !== 0;
  for (const r of fixupNext ? inheritRefsBeforeFixup : inheritRefs) {
    const inherited = getRef(base, r);
    if (inherited === null || getRef(t, r) !== null) continue;
    if (!heap && (r.field === "tp_hash" || r.field === "tp_richcompare")) {
      if (t.tp_hash !== null || t.tp_richcompare !== null) continue;
    }
    setRef(t, r, inherited);
  }
  if (t.tp_new === null && (heap || base !== ObjectType)) t.tp_new = base.tp_new;
  if (t.tp_init === null) t.tp_init = base.tp_init;
}

/**
 * Which slot keys a class's own dict defines a dunder for (indices into slotKeyTable, ascending
 * and distinct), and whether its __hash__ is None. Cached per type and valid while the dict's
 * version (changed by every mutation) is the one it was computed for.
 */
interface DefinedSlots {
  readonly dict: PyObject;
  readonly version: number;
  readonly keys: number[];
  readonly hashNone: boolean;
  readonly hasNew: boolean;
}
const definedCache = new WeakMap<PyType, DefinedSlots>();
const scratchSeen: boolean[] = [];
function definedSlots(t: PyType): DefinedSlots {
  const d = t.tp_dict;
  const cached = definedCache.get(t);
  if (cached !== undefined && cached.dict === d && cached.version === d.version) return cached;
  const keys: number[] = [];
  let hashNone = false;
  const ek = d.ekeys, ev = d.evalues;
  for (let i = 0; i < ek.length; i++) {
    const k = ek[i];
    if (k === null || k === undefined || !(k instanceof PyStr)) continue;
    const v = k.value;
    // every slot dunder is "__x__": skip other names without a map probe
    if (v.length < 5 || v.charCodeAt(0) !== 95 || v.charCodeAt(1) !== 95) continue;
    const idxs = slotIndexByName.get(v);
    if (idxs === undefined) continue;
    for (const j of idxs) {
      if (scratchSeen[j] === true) continue;
      scratchSeen[j] = true;
      keys.push(j);
    }
    if (v === "__hash__" && ev[i] === None) hashNone = true;
  }
  for (const j of keys) scratchSeen[j] = false;
  keys.sort((a, b) => a - b);
  const info: DefinedSlots = { dict: d, version: d.version, keys, hashNone, hasNew: dictGetItemStr(d, N_NEW) !== null };
  definedCache.set(t, info);
  return info;
}

/** The class along t's MRO that first defines a dunder of each slot key (scratch, reused). */
const scratchOwner: (PyType | null)[] = [];

/** Recompute a class's dunder-backed slots from its MRO. */
export function fixupSlots(t: PyType): void {
  const mro = t.tp_mro;
  const n = slotKeyTable.length;
  const owner = scratchOwner;
  for (let j = 0; j < n; j++) owner[j] = null;
  let hashNone = false;
  let remaining = n;
  let newOwner: PyType | null = null;
  for (let i = 0; i < mro.length && (remaining > 0 || newOwner === null); i++) {
    const c = mro[i]!;
    const info = definedSlots(c);
    if (newOwner === null && info.hasNew) newOwner = c;
    for (const j of info.keys) {
      if (owner[j] !== null) continue;
      owner[j] = c;
      remaining--;
      if (j === HASH_KEY) hashNone = info.hashNone;
    }
  }
  for (let j = 0; j < n; j++) {
    const sk = slotKeyTable[j]!;
    const o = owner[j]!;
    owner[j] = null;
    if (o === null) {
      if (sk.generic !== null) setRef(t, sk.ref, null);
    } else if ((o.tp_flags & TPFlags.HEAPTYPE) === 0) {
      setRef(t, sk.ref, getRef(o, sk.ref));
    } else if (j === HASH_KEY && hashNone) {
      setRef(t, sk.ref, hashNotImplemented);
    } else if (sk.generic !== null) {
      setRef(t, sk.ref, sk.generic);
    }
  }
  // __new__ comes through the dict as a staticmethod
  if (newOwner !== null && (newOwner.tp_flags & TPFlags.HEAPTYPE) !== 0) t.tp_new = slotNew;
  else if (newOwner !== null) t.tp_new = newOwner.tp_new;
}

export { slotNew, slotInit, binarySlots, TypeType, FunctionType, PyTuple, intToDouble, StopIterationType, newStr };
