/**
 * The `_bisect` builtin module (CPython's Modules/_bisectmodule.c): bisect_left, bisect_right,
 * insort_left, insort_right (a, x, lo=0, hi=None, *, key=None). lib/bisect.py imports them over
 * its Python versions.
 *
 * Semantics: lo and hi are Py_ssize_t (OverflowError beyond the C range); lo < 0 is a
 * ValueError; hi None or -1 means len(a). Items are read with the sequence protocol (sq_item),
 * key (when not None) is applied to the items only, and only `<` is used: bisect_right moves
 * right while not x < item, bisect_left while item < x. Indices beyond 2**53 (a huge range)
 * are handled with BigInt so the midpoints stay exact.
 */
import { PyObject, Meth, isSubtype } from "../objects/object.ts";
import { DictType, ListType, None } from "../objects/types.ts";
import { PyList } from "../objects/list.ts";
import { PyInt, newInt, newIntAny } from "../objects/int.ts";
import { call, callMethod, getItem, index, length, lookupSpecial, richCompareBool } from "../objects/abstract.ts";
import { PyRange } from "../objects/range.ts";
import { PyBaseException, OverflowErrorType } from "../objects/exceptions.ts";
import { intern } from "../objects/str.ts";
import { overflowError, typeError, valueError } from "../objects/errors.ts";
import { parseArgs } from "../objects/args.ts";
import { dealloc } from "../memory/refcount.ts";
import { buildModule } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

const LT = 0;
const SAFE = Number.MAX_SAFE_INTEGER;
const SSIZE_MAX = 0x7fffffffffffffffn;
const SSIZE_MIN = -0x8000000000000000n;

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** An argument as an exact Py_ssize_t value (number when it is a safe integer). */
function ssize(o: PyObject): number | bigint {
  const i = index(o);
  const v = i.value;
  decref(i);
  if (typeof v === "number") return v;
  if (v > SSIZE_MAX || v < SSIZE_MIN) throw overflowError("Python int too large to convert to C ssize_t");
  return v;
}

/**
 * len(a), exactly even beyond 2**53: a range knows its exact length; otherwise a length that
 * does not fit a safe integer (or that the length slot refuses) is read back from __len__.
 */
function exactLength(a: PyObject): number | bigint {
  if (a instanceof PyRange) return a.length;
  let n: number;
  try {
    n = length(a);
  } catch (e) {
    if (!(e instanceof PyBaseException) || !isSubtype(e.ob_type, OverflowErrorType)) throw e;
    const exact = lenFromMethod(a);
    if (exact === null) throw e;
    decref(e);
    return exact;
  }
  if (n <= SAFE) return n;
  return lenFromMethod(a) ?? n;
}
/** a.__len__() as an exact Py_ssize_t, or null when there is none usable. */
function lenFromMethod(a: PyObject): number | bigint | null {
  const f = lookupSpecial(a, intern("__len__"));
  if (f === null) return null;
  let r: PyObject;
  try {
    r = call(f, []);
  } finally {
    decref(f);
  }
  try {
    if (!(r instanceof PyInt)) return null;
    const v = r.value;
    return v >= 0 && v <= SSIZE_MAX ? v : null;
  } finally {
    decref(r);
  }
}

/**
 * PySequence_GetItem(a, i): a new reference. tspy's sequences do not all fill sq_item (range,
 * say, only has mp_subscript), so anything subscriptable but a mapping is indexed with an int.
 */
function itemAt(a: PyObject, i: number | bigint): PyObject {
  const t = a.ob_type;
  if (typeof i === "number") {
    if (t === ListType) {
      const items = (a as PyList).items;
      if (i < items.length) {
        const v = items[i]!;
        v.ob_refcnt++;
        return v;
      }
    }
    if (t.sq_item !== null) return t.sq_item(a, i);
  }
  if (t.sq_item === null) {
    if (t.mp_subscript === null) throw typeError(`'${t.tp_name}' object does not support indexing`);
    if (isSubtype(t, DictType)) throw typeError(`${t.tp_name} is not a sequence`);
  }
  const k = typeof i === "number" ? newInt(i) : newIntAny(i);
  try {
    return getItem(a, k);
  } finally {
    decref(k);
  }
}

/** Does the item at mid (through key) sort after x (right) / before x (left)? */
function probe(a: PyObject, x: PyObject, mid: number | bigint, key: PyObject | null, right: boolean): boolean {
  let item = itemAt(a, mid);
  if (key !== null) {
    const k = call(key, [item]);
    decref(item);
    item = k;
  }
  try {
    return right ? richCompareBool(x, item, LT) : richCompareBool(item, x, LT);
  } finally {
    decref(item);
  }
}

/** The insertion index of x in a[lo:hi]. */
function search(a: PyObject, x: PyObject, loArg: PyObject | null, hiArg: PyObject | null, key: PyObject | null, right: boolean): number | bigint {
  let lo = loArg === null ? 0 : ssize(loArg);
  if (lo < 0) throw valueError("lo must be non-negative");
  let hi = hiArg === null || hiArg === None ? -1 : ssize(hiArg);
  if (hi === -1 || hi === -1n) hi = exactLength(a);
  if (typeof lo === "number" && typeof hi === "number" && hi <= SAFE) {
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (probe(a, x, mid, key, right) === right) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  let l = BigInt(lo), h = BigInt(hi);
  while (l < h) {
    const mid = (l + h) >> 1n;
    if (probe(a, x, mid <= SAFE ? Number(mid) : mid, key, right) === right) h = mid;
    else l = mid + 1n;
  }
  return l <= SAFE ? Number(l) : l;
}

const NAMES = ["a", "x", "lo", "hi", "key"] as const;

function bisectFn(name: string, right: boolean) {
  return (_s: null, args: PyObject[], kw: PyObject | null): PyObject => {
    const [a, x, lo, hi, key] = parseArgs(name, args, kw, NAMES, { required: 2, kwonly: 4 });
    const k = key === null || key === None ? null : key;
    const at = search(a!, x!, lo!, hi!, k, right);
    return typeof at === "number" ? newInt(at) : newIntAny(at);
  };
}

function insortFn(name: string, right: boolean) {
  return (_s: null, args: PyObject[], kw: PyObject | null): PyObject => {
    const [a, x, lo, hi, key] = parseArgs(name, args, kw, NAMES, { required: 2, kwonly: 4 });
    let at: number | bigint;
    if (key === null || key === None) {
      at = search(a!, x!, lo!, hi!, null, right);
    } else {
      const kx = call(key, [x!]);
      try {
        at = search(a!, kx, lo!, hi!, key, right);
      } finally {
        decref(kx);
      }
    }
    const pos = typeof at === "number" ? newInt(at) : newIntAny(at);
    try {
      // a list (exactly) gets PyList_Insert; anything else its own insert method
      decref(callMethod(a!, "insert", [pos, x!]));
    } finally {
      decref(pos);
    }
    None.ob_refcnt++;
    return None;
  };
}

export function makeBisectModule(): PyModule {
  return buildModule("_bisect", [
    { name: "bisect_right", flags: Meth.KEYWORDS, bare: true, fn: bisectFn("bisect_right", true) },
    { name: "bisect_left", flags: Meth.KEYWORDS, bare: true, fn: bisectFn("bisect_left", false) },
    { name: "insort_right", flags: Meth.KEYWORDS, bare: true, fn: insortFn("insort_right", true) },
    { name: "insort_left", flags: Meth.KEYWORDS, bare: true, fn: insortFn("insort_left", false) },
  ]);
}
