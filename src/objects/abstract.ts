/**
 * The abstract object layer (CPython's Objects/abstract.c and object.c): generic operations that
 * dispatch through type slots. Everything returns NEW references and borrows its arguments,
 * unless noted. Errors are thrown Python exceptions.
 */
import { PyObject, PyType, isSubtype, NB_COUNT, CmpOp, TPFlags } from "./object.ts";
import {
  None, NotImplemented, StrType, IntType, FloatType, TupleType, ListType, TypeType, BoolType, ModuleType,
} from "./types.ts";
import { PyStr, newStr, strRepr as strReprJs } from "./str.ts";
import { PyInt, True, False, newInt } from "./int.ts";
import { PyFloat } from "./float.ts";
import { PyTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { NB_OPS } from "../bytecode/opcodes.ts";
import { typeError, attributeError, overflowError, indexError } from "./errors.ts";
import { PyBaseException, AttributeErrorType, StopIterationType, TypeErrorType } from "./exceptions.ts";
import { strHashValue, intHash, floatHash } from "./pyhash.ts";
import { typeLookup } from "./typeobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { objectId } from "../memory/id.ts";
import { enterRecursiveCall, leaveRecursiveCall } from "../vm/state.ts";

export function typeName(o: PyObject): string {
  return o.ob_type.tp_name;
}

// ---- hashing ------------------------------------------------------------------------------------

export function strHash(s: PyStr): number | bigint {
  let h = s.hash;
  if (h === -1) h = s.hash = strHashValue(s.value);
  return h;
}

/** hash(o). */
export function hashOf(o: PyObject): number | bigint {
  const t = o.ob_type;
  if (t === StrType) return strHash(o as PyStr);
  if (t === IntType) return intHash((o as PyInt).value);
  const f = t.tp_hash;
  if (f === null) throw typeError(`unhashable type: '${t.tp_name}'`);
  return f(o);
}

/** Identity hash (object.__hash__): id(o) >> 4, as _Py_HashPointer of a 16-aligned address. */
export function pointerHash(o: PyObject): number {
  return objectId(o) / 16;
}

// ---- repr / str ---------------------------------------------------------------------------------

/** repr(o) as a new str reference. */
export function repr(o: PyObject): PyStr {
  const f = o.ob_type.tp_repr;
  if (f === null) return newStr(`<${o.ob_type.tp_name} object at ${hexId(o)}>`);
  enterRecursiveCall(" while getting the repr of an object");
  let r: PyObject;
  try {
    r = f(o);
  } finally {
    leaveRecursiveCall();
  }
  if (!(r instanceof PyStr)) {
    const n = r.ob_type.tp_name;
    decref(r);
    throw typeError(`__repr__ returned non-string (type ${n})`);
  }
  return r;
}
/** repr(o) as a JS string. */
export function reprStr(o: PyObject): string {
  const r = repr(o);
  const s = r.value;
  decref(r);
  return s;
}
/** str(o) as a new str reference. */
export function str(o: PyObject): PyStr {
  if (o.ob_type === StrType) {
    o.ob_refcnt++;
    return o as PyStr;
  }
  const f = o.ob_type.tp_str;
  if (f === null) return repr(o);
  enterRecursiveCall(" while getting the str of an object");
  let r: PyObject;
  try {
    r = f(o);
  } finally {
    leaveRecursiveCall();
  }
  if (!(r instanceof PyStr)) {
    const n = r.ob_type.tp_name;
    decref(r);
    throw typeError(`__str__ returned non-string (type ${n})`);
  }
  return r;
}
export function strStr(o: PyObject): string {
  if (o.ob_type === StrType) return (o as PyStr).value;
  const r = str(o);
  const s = r.value;
  decref(r);
  return s;
}
export function hexId(o: PyObject): string {
  return "0x" + objectId(o).toString(16).padStart(12, "0");
}
export { strReprJs };

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

// ---- truth --------------------------------------------------------------------------------------

export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(o);
  if (t.mp_length !== null) return t.mp_length(o) !== 0;
  if (t.sq_length !== null) return t.sq_length(o) !== 0;
  return true;
}

// ---- comparison ---------------------------------------------------------------------------------

const SWAPPED = [CmpOp.GT, CmpOp.GE, CmpOp.EQ, CmpOp.NE, CmpOp.LT, CmpOp.LE];
export const CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];

/** a OP b, the result object (new ref). */
export function richCompare(v: PyObject, w: PyObject, op: number): PyObject {
  enterRecursiveCall(" in comparison");
  try {
    return doRichCompare(v, w, op);
  } finally {
    leaveRecursiveCall();
  }
}
function doRichCompare(v: PyObject, w: PyObject, op: number): PyObject {
  const tv = v.ob_type, tw = w.ob_type;
  let checkedReverse = false;
  let res: PyObject;
  if (tv !== tw && tw.tp_richcompare !== null && isSubtype(tw, tv)) {
    checkedReverse = true;
    res = tw.tp_richcompare(w, v, SWAPPED[op]!);
    if (res !== NotImplemented) return res;
  }
  if (tv.tp_richcompare !== null) {
    res = tv.tp_richcompare(v, w, op);
    if (res !== NotImplemented) return res;
  }
  if (!checkedReverse && tw.tp_richcompare !== null) {
    res = tw.tp_richcompare(w, v, SWAPPED[op]!);
    if (res !== NotImplemented) return res;
  }
  if (op === CmpOp.EQ) return v === w ? True : False;
  if (op === CmpOp.NE) return v !== w ? True : False;
  throw typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${tv.tp_name}' and '${tw.tp_name}'`);
}
/** bool(a OP b), with the identity shortcut for == and != (PyObject_RichCompareBool). */
export function richCompareBool(v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === CmpOp.EQ) return true;
    if (op === CmpOp.NE) return false;
  }
  const r = richCompare(v, w, op);
  if (r === True) return true;
  if (r === False) return false;
  const b = isTrue(r);
  decref(r);
  return b;
}
export function eq(v: PyObject, w: PyObject): boolean {
  return richCompareBool(v, w, CmpOp.EQ);
}

// ---- attributes ---------------------------------------------------------------------------------

/** The AttributeError CPython raises for a missing attribute (carrying name and obj). */
export function noAttribute(o: PyObject, name: PyObject): PyBaseException {
  const n = (name as PyStr).value;
  let msg: string;
  if (o.ob_type === TypeType || isSubtype(o.ob_type, TypeType)) msg = `type object '${(o as PyType).tp_name}' has no attribute '${n}'`;
  else msg = `'${o.ob_type.tp_name}' object has no attribute '${n}'`;
  const e = attributeError(msg);
  name.ob_refcnt++;
  o.ob_refcnt++;
  e.extra = [name, o];
  return e;
}

/** getattr(o, name). name must be a str. */
export function getAttr(o: PyObject, name: PyObject): PyObject {
  const f = o.ob_type.tp_getattro;
  const r = f === null ? null : f(o, name);
  if (r === null) throw noAttribute(o, name);
  return r;
}
/** getattr(o, name) or null when there is no such attribute (AttributeError suppressed). */
export function lookupAttr(o: PyObject, name: PyObject): PyObject | null {
  const f = o.ob_type.tp_getattro;
  if (f === null) return null;
  try {
    if (o.ob_type === ModuleType) return moduleLookupAttr(o, name);
    return f(o, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, AttributeErrorType)) {
      decref(e);
      return null;
    }
    throw e;
  }
}
export function getAttrStr(o: PyObject, name: string): PyObject {
  return getAttr(o, internStr(name));
}
export function lookupAttrStr(o: PyObject, name: string): PyObject | null {
  return lookupAttr(o, internStr(name));
}
/** setattr(o, name, v); v === null deletes. */
export function setAttr(o: PyObject, name: PyObject, v: PyObject | null): void {
  const f = o.ob_type.tp_setattro;
  if (f === null) {
    const t = o.ob_type.tp_name;
    const n = (name as PyStr).value;
    if (o.ob_type.tp_getattro !== null && typeLookup(o.ob_type, name as PyStr) === null)
      throw attributeError(`'${t}' object has no attribute '${n}'`);
    throw attributeError(`'${t}' object attribute '${n}' is read-only`);
  }
  f(o, name, v);
}

import { intern as internStr } from "./str.ts";
import { moduleLookupAttr } from "./module.ts";

/**
 * Look a special method up on the type (not the instance), bound to `o`:
 * _PyObject_LookupSpecial. Returns null when absent.
 */
export function lookupSpecial(o: PyObject, name: PyStr): PyObject | null {
  const d = typeLookup(o.ob_type, name);
  if (d === null) return null;
  const g = d.ob_type.tp_descr_get;
  if (g !== null) return g(d, o, o.ob_type);
  d.ob_refcnt++;
  return d;
}

// ---- calls --------------------------------------------------------------------------------------

/** callable(*args, **dict(zip(kwnames, args[-len(kwnames):]))). */
export function call(callable: PyObject, args: PyObject[], kwnames: PyObject | null = null): PyObject {
  const f = callable.ob_type.tp_call;
  if (f === null) throw typeError(`'${callable.ob_type.tp_name}' object is not callable`);
  return f(callable, args, kwnames);
}
export function call0(callable: PyObject): PyObject {
  return call(callable, []);
}
export function call1(callable: PyObject, a: PyObject): PyObject {
  return call(callable, [a]);
}
/** o.name(*args). */
export function callMethod(o: PyObject, name: string, args: PyObject[], kwnames: PyObject | null = null): PyObject {
  const m = getAttr(o, internStr(name));
  try {
    return call(m, args, kwnames);
  } finally {
    decref(m);
  }
}
export function isCallable(o: PyObject): boolean {
  return o.ob_type.tp_call !== null;
}

// ---- numbers ------------------------------------------------------------------------------------

/** v OP w without the sequence fallbacks: NotImplemented when neither side handles it. */
export function binaryOp1(v: PyObject, w: PyObject, op: number): PyObject {
  const tv = v.ob_type, tw = w.ob_type;
  const slotv = tv.nb_binary[op]!;
  let slotw = tw !== tv ? tw.nb_binary[op]! : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && isSubtype(tw, tv)) {
      const x = slotw(v, w, None);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w, None);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) return slotw(v, w, None);
  return NotImplemented;
}

function binopError(v: PyObject, w: PyObject, sym: string): PyBaseException {
  return typeError(`unsupported operand type(s) for ${sym}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
}

/** v OP w for BINARY_OP's oparg 0..12 (NB order). */
export function binaryOp(v: PyObject, w: PyObject, op: number): PyObject {
  const x = binaryOp1(v, w, op);
  if (x !== NotImplemented) return x;
  if (op === 0 /* ADD */) {
    const c = v.ob_type.sq_concat;
    if (c !== null) return c(v, w);
  } else if (op === 5 /* MULTIPLY */) {
    const r = v.ob_type.sq_repeat;
    if (r !== null) return sequenceRepeat(r, v, w);
    const r2 = w.ob_type.sq_repeat;
    if (r2 !== null) return sequenceRepeat(r2, w, v);
  }
  if (op === 9 /* RSHIFT */ && isBuiltinPrint(v)) {
    throw typeError(`unsupported operand type(s) for >>: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  throw binopError(v, w, op === 8 ? "** or pow()" : NB_OPS[op]![1]);
}
let printFunction: PyObject | null = null;
export function setPrintFunction(f: PyObject): void {
  printFunction = f;
}
function isBuiltinPrint(v: PyObject): boolean {
  return v === printFunction;
}

function sequenceRepeat(f: (o: PyObject, n: number) => PyObject, seq: PyObject, n: PyObject): PyObject {
  if (n.ob_type.nb_index === null) throw typeError(`can't multiply sequence by non-int of type '${n.ob_type.tp_name}'`);
  const count = asSsize(n, overflowRepeat);
  return f(seq, count);
}
function overflowRepeat(): PyBaseException {
  return overflowError("cannot fit 'int' into an index-sized integer");
}

/** CPython's tp_as_sequence != NULL: any sequence slot, or a heap type (which always has the table). */
function hasSequenceMethods(t: PyType): boolean {
  return (t.tp_flags & TPFlags.HEAPTYPE) !== 0 || t.sq_length !== null || t.sq_item !== null || t.sq_contains !== null ||
    t.sq_concat !== null || t.sq_repeat !== null;
}

/** v OP= w, BINARY_OP's oparg 13..25 (pass op - 13). */
export function inplaceOp(v: PyObject, w: PyObject, op: number): PyObject {
  const tv = v.ob_type;
  const slot = tv.nb_inplace[op]!;
  if (slot !== null) {
    const x = slot(v, w, None);
    if (x !== NotImplemented) return x;
  }
  const x = binaryOp1(v, w, op);
  if (x !== NotImplemented) return x;
  if (op === 0) {
    const c = tv.sq_inplace_concat ?? tv.sq_concat;
    if (c !== null) return c(v, w);
  } else if (op === 5) {
    const r = tv.sq_inplace_repeat ?? tv.sq_repeat;
    if (r !== null) return sequenceRepeat(r, v, w);
    // the right operand repeats only when the left type has no sequence methods at all
    // (PyNumber_InPlaceMultiply: `3 *= [1]` works, `{1} *= [1]` does not)
    const r2 = w.ob_type.sq_repeat;
    if (r2 !== null && !hasSequenceMethods(tv)) return sequenceRepeat(r2, w, v);
  }
  throw binopError(v, w, NB_OPS[op + NB_COUNT]![1]);
}

/** pow(v, w, z). */
export function power(v: PyObject, w: PyObject, z: PyObject): PyObject {
  if (z === None) return binaryOp(v, w, 8);
  const tv = v.ob_type, tw = w.ob_type, tz = z.ob_type;
  const slotv = tv.nb_binary[8]!;
  let slotw = tw !== tv ? tw.nb_binary[8]! : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && isSubtype(tw, tv)) {
      const x = slotw(v, w, z);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== NotImplemented) return x;
  }
  const slotz = tz.nb_binary[8];
  if (slotz && slotz !== slotv && slotz !== slotw) {
    const x = slotz(v, w, z);
    if (x !== NotImplemented) return x;
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${tv.tp_name}', '${tw.tp_name}', '${tz.tp_name}'`);
}

export function negative(o: PyObject): PyObject {
  const f = o.ob_type.nb_negative;
  if (f === null) throw typeError(`bad operand type for unary -: '${o.ob_type.tp_name}'`);
  return f(o);
}
export function positive(o: PyObject): PyObject {
  const f = o.ob_type.nb_positive;
  if (f === null) throw typeError(`bad operand type for unary +: '${o.ob_type.tp_name}'`);
  return f(o);
}
export function invert(o: PyObject): PyObject {
  const f = o.ob_type.nb_invert;
  if (f === null) throw typeError(`bad operand type for unary ~: '${o.ob_type.tp_name}'`);
  return f(o);
}
export function absolute(o: PyObject): PyObject {
  const f = o.ob_type.nb_absolute;
  if (f === null) throw typeError(`bad operand type for abs(): '${o.ob_type.tp_name}'`);
  return f(o);
}

/**
 * How index() issues its DeprecationWarning: set by number_new.ts, which imports the warnings
 * module (importing it here would put it in an import cycle that breaks module start-up order).
 */
export const indexHooks = { deprecated: (_message: string): void => {} };

/** operator.index(o): an exact int (new ref). */
export function index(o: PyObject): PyInt {
  if (o instanceof PyInt) {
    if (o.ob_type === IntType) {
      o.ob_refcnt++;
      return o;
    }
  }
  const f = o.ob_type.nb_index;
  if (f === null) throw typeError(`'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  if (o instanceof PyInt) return newIntFrom(o);
  const r = f(o);
  if (!(r instanceof PyInt)) {
    const n = r.ob_type.tp_name;
    decref(r);
    throw typeError(`__index__ returned non-int (type ${n})`);
  }
  if (r.ob_type === IntType) return r;
  // a strict subclass of int (True, say): deprecated, and the result is its exact int value
  try {
    indexHooks.deprecated(`__index__ returned non-int (type ${r.ob_type.tp_name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
    return newIntFrom(r);
  } finally {
    decref(r);
  }
}
function newIntFrom(o: PyInt): PyInt {
  const v = o.value;
  return typeof v === "number" ? newInt(v) : new PyInt(IntType, v);
}
/** o as a JS number index (Py_ssize_t). `overflow` makes the error for values out of range. */
export function asSsize(o: PyObject, overflow?: (o: PyObject) => PyBaseException): number {
  if (o.ob_type === IntType || o.ob_type === BoolType) {
    const v = (o as PyInt).value;
    if (typeof v === "number") return v;
  }
  const i = index(o);
  const v = i.value;
  decref(i);
  if (typeof v === "number") return v;
  // beyond 2**53 but within Py_ssize_t: an inexact but huge number (callers then fail with
  // CPython's out-of-range / MemoryError paths, as a real Py_ssize_t would)
  if (v <= 0x7fffffffffffffffn && v >= -0x8000000000000000n) return Number(v);
  if (overflow) throw overflow(o);
  throw overflowError(`Python int too large to convert to C ssize_t`);
}
/** o as an index for a sequence: IndexError message for out-of-range huge ints. */
export function asIndexForSeq(o: PyObject, what: string): number {
  if (o.ob_type.nb_index === null) throw typeError(`${what} indices must be integers or slices, not ${o.ob_type.tp_name}`);
  return asSsize(o, () => indexError(`cannot fit '${o.ob_type.tp_name}' into an index-sized integer`));
}

/** float(o) value (PyFloat_AsDouble). */
export function asDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToDouble(o);
  const t = o.ob_type;
  if (t.nb_float !== null) {
    const r = t.nb_float(o);
    if (!(r instanceof PyFloat)) {
      const n = r.ob_type.tp_name;
      decref(r);
      throw typeError(`${t.tp_name}.__float__ returned non-float (type ${n})`);
    }
    const v = r.value;
    decref(r);
    return v;
  }
  if (t.nb_index !== null) {
    const i = index(o);
    const v = intToDouble(i);
    decref(i);
    return v;
  }
  throw typeError(`must be real number, not ${t.tp_name}`);
}
import { intToFloat } from "./int.ts";
export function intToDouble(o: PyInt): number {
  const v = o.value;
  if (typeof v === "number") return v;
  const f = intToFloat(v);
  if (!Number.isFinite(f)) throw overflowError("int too large to convert to float");
  return f;
}

// ---- containers ---------------------------------------------------------------------------------

/** len(o). */
export function length(o: PyObject): number {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  throw typeError(`object of type '${t.tp_name}' has no len()`);
}
/** len(o) as builtins.len gives it: exact up to sys.maxsize. */
export function exactLength(o: PyObject): number | bigint {
  const t = o.ob_type;
  const f = t.sq_length ?? t.mp_length;
  if (f !== null) {
    const exact = exactLengthSlot(f);
    if (exact !== null) return exact(o);
  }
  return length(o);
}
/** len(o) or -1 when o has no length (for length hints). */
export function lengthOrNeg(o: PyObject): number {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  return -1;
}

export function getItem(o: PyObject, key: PyObject): PyObject {
  const t = o.ob_type;
  const f = t.mp_subscript;
  if (f !== null) return f(o, key);
  if (t.sq_item !== null) {
    if (key.ob_type.nb_index !== null) return t.sq_item(o, asSsize(key));
    throw typeError(`sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  if (o instanceof PyType) {
    if (o === TypeType) return genericAliasHook(o, key);
    // type[...]: __class_getitem__
    const cg = lookupAttr(o, internStr("__class_getitem__"));
    if (cg !== null) {
      try {
        return call1(cg, key);
      } finally {
        decref(cg);
      }
    }
    throw typeError(`type '${o.tp_name}' is not subscriptable`);
  }
  throw typeError(`'${t.tp_name}' object is not subscriptable`);
}
export function setItem(o: PyObject, key: PyObject, v: PyObject): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) throw typeError(`'${o.ob_type.tp_name}' object does not support item assignment`);
  f(o, key, v);
}
export function delItem(o: PyObject, key: PyObject): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) throw typeError(`'${o.ob_type.tp_name}' object doesn't support item deletion`);
  f(o, key, null);
}

/** `item in container`. */
export function contains(container: PyObject, item: PyObject): boolean {
  const f = container.ob_type.sq_contains;
  if (f !== null) return f(container, item);
  // iterate
  const it = getIterMsg(container, `argument of type '${container.ob_type.tp_name}' is not iterable`);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      const found = x === item || richCompareBool(x, item, CmpOp.EQ);
      decref(x);
      if (found) return true;
    }
  } finally {
    decref(it);
  }
}

// ---- iteration ----------------------------------------------------------------------------------

import { newSeqIter } from "./iterobject.ts";

/** iter(o). */
export function getIter(o: PyObject): PyObject {
  return getIterMsg(o, null);
}
function getIterMsg(o: PyObject, msg: string | null): PyObject {
  const t = o.ob_type;
  const f = t.tp_iter;
  if (f !== null) {
    const it = f(o);
    if (it.ob_type.tp_iternext === null) {
      const n = it.ob_type.tp_name;
      decref(it);
      throw typeError(`iter() returned non-iterator of type '${n}'`);
    }
    return it;
  }
  if (t.sq_item !== null && t.mp_subscript !== dictSubscriptMarker) return newSeqIter(o);
  throw typeError(msg ?? `'${t.tp_name}' object is not iterable`);
}
let dictSubscriptMarker: unknown = undefined;
export function setDictSubscript(f: unknown): void {
  dictSubscriptMarker = f;
}

/** next(it): the next item (new ref) or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) throw typeError(`'${it.ob_type.tp_name}' object is not an iterator`);
  return f(it);
}

/** All items of an iterable as a JS array of new references. */
export function iterableToArray(o: PyObject): PyObject[] {
  return iterableToArrayMsg(o, null);
}
/** PySequence_Fast(o, msg): as iterableToArray, but a TypeError from getting the iterator becomes msg. */
export function iterableToArrayMsg(o: PyObject, msg: string | null): PyObject[] {
  if (o.ob_type === ListType || o.ob_type === TupleType) {
    const a = (o as PyList | PyTuple).items.slice();
    for (let i = 0; i < a.length; i++) a[i]!.ob_refcnt++;
    return a;
  }
  let it: PyObject;
  if (msg === null) it = getIter(o);
  else {
    try {
      it = getIter(o);
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorType)) {
        decref(e);
        throw typeError(msg);
      }
      throw e;
    }
  }
  const out: PyObject[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/** Is `e` an instance of StopIteration (for iterators implemented in Python)? */
export function isStopIteration(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException && isSubtype(e.ob_type, StopIterationType);
}

// ---- isinstance / issubclass --------------------------------------------------------------------

export { isSubtype };

let genericAliasHook: (o: PyObject, key: PyObject) => PyObject = () => {
  throw typeError("type is not subscriptable");
};
/** genericalias.ts installs type[X] -> GenericAlias (avoids an import cycle). */
export function setGenericAliasHook(f: (o: PyObject, key: PyObject) => PyObject): void {
  genericAliasHook = f;
}

/**
 * PyObject_LengthHint: len(o) when o has a length (a TypeError from it is ignored), else
 * o.__length_hint__() (TypeError and NotImplemented give `dflt`; a non-int, a negative value or
 * any other error raise as CPython does).
 */
export function lengthHint(o: PyObject, dflt: number): number {
  const t = o.ob_type;
  if (t.sq_length !== null || t.mp_length !== null) {
    try {
      return length(o);
    } catch (e) {
      if (!(e instanceof PyBaseException) || !isSubtype(e.ob_type, TypeErrorTypeRef())) throw e;
      decref(e);
    }
  }
  const hint = lookupSpecial(o, internStr("__length_hint__"));
  if (hint === null) return dflt;
  let r: PyObject;
  try {
    r = call(hint, []);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorTypeRef())) {
      decref(e);
      return dflt;
    }
    throw e;
  } finally {
    decref(hint);
  }
  if (r === NotImplemented) {
    decref(r);
    return dflt;
  }
  if (!(r instanceof PyInt)) {
    const n = r.ob_type.tp_name;
    decref(r);
    throw typeError(`__length_hint__ must be an integer, not ${n}`);
  }
  const v = r.value;
  decref(r);
  // a Py_ssize_t: beyond 2**53 it stays a (rounded) huge number, as asSsize does
  if (typeof v === "bigint" && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
    throw overflowError("Python int too large to convert to C ssize_t");
  }
  if (v < 0) throw newExceptionVE("__length_hint__() should return >= 0");
  return Number(v);
}
import { TypeErrorType as TypeErrorTypeAb, ValueErrorType as ValueErrorTypeAb } from "./exceptions.ts";
import { newException as newExceptionAb } from "./errors.ts";
function TypeErrorTypeRef() {
  return TypeErrorTypeAb;
}
function newExceptionVE(msg: string): PyBaseException {
  return newExceptionAb(ValueErrorTypeAb, msg);
}
import { exactLengthSlot } from "./length_exact.ts";
