/**
 * Helpers of the eval loop's fast paths (eval.ts), kept out of the loop so it stays small
 * enough for V8 to optimise:
 *   binaryNumbers / compareNumbers  the generic BINARY_OP / COMPARE_OP on exact ints and floats,
 *                                   calling the types' own slots (what the abstract layer would
 *                                   end up calling) without its dispatch
 *   callBuiltin                     the call made by a specialised PRECALL (len, isinstance,
 *                                   builtin functions, method descriptors, builtin classes)
 *   popCall                         release a call's callable, self/NULL and arguments
 */
import { Op } from "../bytecode/opcodes.ts";
import { PyObject } from "../objects/object.ts";
import { IntType, FloatType, StrType, TupleType, ListType, None, NotImplemented } from "../objects/types.ts";
import { PyDict, dictGetItemStr, dictKeysVersion, hashLo } from "../objects/dict.ts";
import { PyStr } from "../objects/str.ts";
import { PyInt, True, False, newInt, intAdd, intSub, intMul, SMALL_INTS, newBigEnoughInt } from "../objects/int.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import * as A from "../objects/abstract.ts";
import { strHash } from "../objects/abstract.ts";
import { dealloc, freePlainNumber } from "../memory/refcount.ts";
import { callObject } from "./ops.ts";
import { PyCFunction, PyMethodDescr, callMethodDefInner } from "../objects/descr.ts";
import { isSubtype } from "../objects/object.ts";

const NB_ADD = 0, NB_MULTIPLY = 5, NB_SUBTRACT = 10, NB_TRUE_DIVIDE = 11;

/** BINARY_OP's oparg (in-place ones too) on two exact ints, two exact floats or an int and a float; null otherwise. */
export function binaryNumbers(a: PyObject, b: PyObject, oparg: number): PyObject | null {
  const ta = a.ob_type, tb = b.ob_type;
  let t;
  if (ta === tb) {
    if (ta !== IntType && ta !== FloatType) return null;
    t = ta;
  } else if ((ta === FloatType && tb === IntType) || (ta === IntType && tb === FloatType)) {
    t = FloatType; // int's slots decline floats: float's slot decides (as binaryOp1 would)
  } else {
    return null;
  }
  // ints and floats have no in-place slots: x op= y is x op y
  const nb = oparg < 13 ? oparg : oparg - 13;
  // + - * / whose operands are doubles exactly (floats, ints within 2^53): the IEEE result is
  // the slot's (int / int too: CPython divides such ints as doubles). A zero divisor and
  // int-by-int + - * go to the slot (its error, its int result).
  if (nb === NB_ADD || nb === NB_SUBTRACT || nb === NB_MULTIPLY || nb === NB_TRUE_DIVIDE) {
    const x = (a as PyFloat | PyInt).value, y = (b as PyFloat | PyInt).value;
    if (typeof x === "number" && typeof y === "number" && (t === FloatType || nb === NB_TRUE_DIVIDE)) {
      switch (nb) {
        case NB_ADD: return newFloat(x + y);
        case NB_SUBTRACT: return newFloat(x - y);
        case NB_MULTIPLY: return newFloat(x * y);
        default: if (y !== 0) return newFloat(x / y);
      }
    }
  }
  const slot = t.nb_binary[nb]!;
  if (slot === null) return null; // e.g. int @ int, float & float: the generic path raises
  const r = slot(a, b, None);
  return r === NotImplemented ? null : r;
}

/** COMPARE_OP on two exact ints or two exact floats (True/False), or null. */
export function compareNumbers(a: PyObject, b: PyObject, op: number): PyObject | null {
  const t = a.ob_type;
  if (t !== b.ob_type || (t !== IntType && t !== FloatType)) return null;
  const x = (a as PyInt | PyFloat).value, y = (b as PyInt | PyFloat).value;
  let r: boolean;
  switch (op) {
    case 0: r = x < y; break;
    case 1: r = x <= y; break;
    case 2: r = x === y; break;
    case 3: r = x !== y; break;
    case 4: r = x > y; break;
    default: r = x >= y; break;
  }
  return r ? True : False;
}

/**
 * The call of a specialised PRECALL: s[base .. base+n) holds the arguments (self first for a
 * method descriptor), kwnames the keyword names. Returns a new reference.
 */
export function callBuiltin(op: number, callable: PyObject, s: (PyObject | null)[], base: number, n: number, kwnames: PyTuple | null): PyObject {
  switch (op) {
    case Op.PRECALL_NO_KW_TYPE_1: {
      const t = s[base]!.ob_type;
      t.ob_refcnt++;
      return t;
    }
    case Op.PRECALL_NO_KW_STR_1:
      return A.str(s[base]!);
    case Op.PRECALL_NO_KW_TUPLE_1: {
      // tuple(list) / tuple(tuple): PySequence_Tuple's copies, no Python code involved
      const a = s[base]!;
      if (a.ob_type === TupleType) {
        a.ob_refcnt++;
        return a;
      }
      if (a.ob_type === ListType) {
        const items = (a as PyList).items.slice();
        for (let i = 0; i < items.length; i++) items[i]!.ob_refcnt++;
        return newTuple(items);
      }
      break;
    }
    // CPython 3.11's specialised forms call these directly, not through vectorcall: no count
    // against the recursion limit (the _O and NOARGS forms, and generic calls, count one)
    case Op.PRECALL_NO_KW_BUILTIN_FAST:
    case Op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS:
    case Op.PRECALL_NO_KW_LEN:
    case Op.PRECALL_NO_KW_ISINSTANCE:
      if (callable instanceof PyCFunction) {
        return callMethodDefInner(callable.def, callable.qual, callable.self, s.slice(base, base + n) as PyObject[], kwnames);
      }
      break;
    case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST:
    case Op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS:
      if (callable instanceof PyMethodDescr && n >= 1 && isSubtype(s[base]!.ob_type, callable.d_type)) {
        return callMethodDefInner(callable.def, callable.qual, s[base]!, s.slice(base + 1, base + n) as PyObject[], kwnames);
      }
      break;
  }
  return callObject(callable, s, base, n, kwnames);
}

/**
 * Does the dict have the str key `name`? Small dicts (instance dicts) are scanned, comparing
 * keys by identity, then by value (a str key equal to an interned name need not be the same
 * object); bigger ones are looked up. May raise only as a dict lookup may.
 */
export function dictHasStr(d: PyDict, name: PyStr): boolean {
  // the key filter first: no key with the name's low hash bits means no key equal to it
  if (d.kv === 0 || d.kbloomKv !== d.kv) rebuildKeyFilter(d);
  const b = hashLo(strHash(name)) & 63;
  if ((b < 32 ? d.kbloomLo & (1 << b) : d.kbloomHi & (1 << (b - 32))) === 0) return false;
  const ek = d.ekeys;
  const n = ek.length;
  if (n > 16) return dictGetItemStr(d, name) !== null;
  for (let i = 0; i < n; i++) {
    const k = ek[i];
    if (k === name) return true;
  }
  const v = name.value;
  for (let i = 0; i < n; i++) {
    const k = ek[i];
    if (k !== null && k !== undefined && k.ob_type === StrType && (k as PyStr).value === v) return true;
  }
  // keys of other types (str subclasses) need the lookup's __eq__
  for (let i = 0; i < n; i++) {
    const k = ek[i];
    if (k !== null && k !== undefined && k.ob_type !== StrType) return dictGetItemStr(d, name) !== null;
  }
  return false;
}

/** Recompute d's key filter (PyDict.kbloomLo/Hi) and tie it to the current keys version. */
function rebuildKeyFilter(d: PyDict): void {
  const ek = d.ekeys, eh = d.ehashes;
  let lo = 0, hi = 0;
  for (let i = 0; i < ek.length; i++) {
    if (ek[i] === null || ek[i] === undefined) continue;
    const b = hashLo(eh[i]!) & 63;
    if (b < 32) lo |= 1 << b;
    else hi |= 1 << (b - 32);
  }
  d.kbloomLo = lo;
  d.kbloomHi = hi;
  d.kbloomKv = dictKeysVersion(d);
}

/** Release s[from .. to): a finished call's callable, self-or-NULL and arguments. */
/**
 * A dead exact int or float that never got an address (id() not taken): its deallocation has
 * nothing to release or count (no finalizer, not GC-tracked, no memNew registration), so the
 * eval loop (and jit.ts) skip the dealloc call; it goes to its type's free list. Call it only
 * where the reference count just reached 0 (it returns true when it has disposed of `o`).
 */
export function deadPlainNumber(o: PyObject): boolean {
  return freePlainNumber(o);
}
/** BINARY_OP_ADD/SUBTRACT/MULTIPLY_INT on values beyond the safe-integer fast path. */
export function intArith(op: number, x: number | bigint, y: number | bigint): number | bigint {
  return op === Op.BINARY_OP_ADD_INT ? intAdd(x, y) : op === Op.BINARY_OP_SUBTRACT_INT ? intSub(x, y) : intMul(x, y);
}
/** A new int for a safe integer (small ints shared). */
export function intOf(z: number): PyInt {
  return z <= 256 && z >= -5 ? SMALL_INTS[z + 5]! : newBigEnoughInt(z);
}

export function popCall(s: (PyObject | null)[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const x = s[i];
    if (x !== null && x !== undefined && --x.ob_refcnt === 0) dealloc(x);
  }
}

export { newInt };
