/**
 * list: a growable array of references. `items.length` is the list's length (JS arrays grow
 * amortised like CPython's over-allocation; `allocated` mirrors CPython's list_resize capacity
 * for sys.getsizeof).
 */
import { memoryError } from "./errors.ts";
import { kwCount } from "./args.ts";
import { PyObject, PyType } from "./object.ts";
import { ListType } from "./types.ts";
import { dealloc } from "../memory/refcount.ts";
import { memAddr, memNew } from "../memory/gc.ts";

export class PyList extends PyObject {
  declare items: PyObject[];
  declare allocated: number;
  constructor(type: PyType, items: PyObject[]) {
    super(type);
    this.items = items;
    this.allocated = items.length;
  }
}

/** Exact lists get a constructor function of their own (see InstanceObject in object.ts). */
const ListObject = function (this: PyList, items: PyObject[]) {
  this.ob_refcnt = 1;
  this.ob_type = ListType;
  this.dict = null;
  const m = ListType.tp_mem;
  if (m === 0) {
    this.ob_gc = 0;
    this.ob_addr = 0;
  } else {
    const addr = memAddr(m);
    this.ob_gc = memNew(this, ListType, m);
    this.ob_addr = addr;
  }
  this.items = items;
  this.allocated = items.length;
} as unknown as new (items: PyObject[]) => PyList;
(ListObject as unknown as { prototype: object }).prototype = PyList.prototype;

/** A new list that STEALS the references in `items` (and takes the array). */
export function newList(items: PyObject[]): PyList {
  return new ListObject(items);
}

/**
 * CPython's list_resize over-allocation: the capacity of a list of `oldsize` items (capacity
 * `allocated`) resized to `newsize`. It stays when newsize fits and is at least half of it;
 * else newsize + newsize/8 + 6 rounded down to a multiple of 4, or just newsize rounded up to
 * 4 when the growth is larger than that overshoot; 0 for an empty list.
 */
export function listCapacity(allocated: number, newsize: number, oldsize = newsize - 1): number {
  if (allocated >= newsize && newsize >= allocated >> 1) return allocated;
  if (newsize === 0) return 0;
  let n = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - oldsize > n - newsize) n = (newsize + 3) & ~3;
  return n;
}
/** list_resize of `l` from `oldsize` items to `newsize` (only the capacity is modelled). */
export function listResize(l: PyList, oldsize: number, newsize: number): void {
  l.allocated = listCapacity(l.allocated, newsize, oldsize);
}

/**
 * list.allocated after list_extend added n items to a list of m items, as CPython sizes it: a
 * list, a tuple or the list itself (`exact`) is preallocated exactly (to an even count) when the
 * list has no storage yet, else one list_resize; any other iterable gets room for its length
 * hint (`hint`, 0 for none), then appends, then a final trim.
 */
export function extendCapacity(l: PyList, m: number, n: number, exact: boolean, hint: number): void {
  if (exact) {
    if (n === 0) return;
    l.allocated = l.allocated === 0 ? (n + 1) & ~1 : listCapacity(l.allocated, m + n, m);
    return;
  }
  let alloc = l.allocated;
  alloc = listCapacity(alloc, m + hint, m);
  for (let size = m; size < m + n; size++) if (size + 1 > alloc) alloc = listCapacity(alloc, size + 1, size);
  if (m + n < alloc) alloc = listCapacity(alloc, m + n, m + n);
  l.allocated = alloc;
}
/** Is `v` a list or tuple (exactly) — list_extend's fast path? */
export function isExactSeq(v: PyObject): boolean {
  const t = v.ob_type;
  return t === ListType || t === TupleTypeRef();
}
import { TupleType } from "./types.ts";
function TupleTypeRef(): PyType {
  return TupleType;
}
/** The length hint list_extend uses for a non-list iterable (its len() when it has one, else 8). */
export function extendHint(v: PyObject, n: number): number {
  const t = v.ob_type;
  return t.sq_length !== null || t.mp_length !== null ? n : 8;
}

/** Append (borrowed item; the list takes a new reference). */
export function listAppend(l: PyList, v: PyObject): void {
  v.ob_refcnt++;
  const n = l.items.length + 1;
  if (n > l.allocated) l.allocated = listCapacity(l.allocated, n);
  l.items.push(v);
}

export function listDealloc(o: PyObject): void {
  const l = o as PyList;
  const items = l.items;
  l.items = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i]!;
    if (--x.ob_refcnt === 0) dealloc(x);
  }
  if (l.dict !== null) {
    const d = l.dict;
    l.dict = null;
    if (--d.ob_refcnt === 0) dealloc(d);
  }
}
ListType.tp_dealloc = listDealloc;

// ---- the list type ----------------------------------------------------------------------------

import { NotImplemented, None, ListIterType, ListRevIterType } from "./types.ts";
import { seqRichCompare, seqRepr } from "./seq_common.ts";
import { timsort } from "./listsort.ts";
import { IntType, FloatType, StrType } from "./types.ts";
import type { PyInt } from "./int.ts";
import type { PyFloat } from "./float.ts";
import type { PyStr } from "./str.ts";
import { newStr } from "./str.ts";
import { asIndexForSeq, iterableToArray, iterableToArrayMsg, richCompareBool, asSsize, call, isTrue, length, lengthHint, getIter, iterNext } from "./abstract.ts";
import { PyBaseException, TypeErrorType } from "./exceptions.ts";
import { isSubtype } from "./object.ts";

import { PySlice, sliceIndices, sliceUnpack, sliceAdjust } from "./slice.ts";
import { typeError, indexError, valueError } from "./errors.ts";
import { newInt, False } from "./int.ts";
import { parseArgs } from "./args.ts";
import { seqIndex, seqCount, tupleFrom, PyTuple } from "./tuple.ts";
import { hashNotImplemented } from "./slots.ts";

function dec(x: PyObject): void {
  if (--x.ob_refcnt === 0) dealloc(x);
}
function setItems(l: PyList, items: PyObject[]): void {
  l.items = items;
  l.allocated = Math.max(l.allocated, items.length);
}

ListType.tp_repr = (o) => newStr(seqRepr(o, (o as PyList).items, "[", "]"));
ListType.tp_hash = hashNotImplemented;
ListType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyList)) return NotImplemented;
  return seqRichCompare(a as PyList, b, op);
};
ListType.sq_length = (o) => (o as PyList).items.length;
ListType.sq_contains = (o, v) => {
  const items = (o as PyList).items;
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    if (x === v || richCompareBool(x, v, 2)) return true;
  }
  return false;
};
ListType.sq_concat = (a, b) => {
  if (!(b instanceof PyList)) throw typeError(`can only concatenate list (not "${b.ob_type.tp_name}") to list`);
  const items = [...(a as PyList).items, ...b.items];
  for (const x of items) x.ob_refcnt++;
  return newList(items);
};
ListType.sq_repeat = (a, n) => {
  const items = (a as PyList).items;
  if (items.length > 0 && n > 0x7fffffff / items.length) throw memoryError();
  const out: PyObject[] = [];
  for (let k = 0; k < n; k++) for (const x of items) {
    x.ob_refcnt++;
    out.push(x);
  }
  return newList(out);
};
ListType.sq_inplace_concat = (a, b) => {
  const l = a as PyList;
  const items = b === a ? l.items.slice() : listExtendItems(b);
  if (b === a) for (const x of items) x.ob_refcnt++;
  const m = l.items.length;
  for (const x of items) l.items.push(x);
  extendCapacity(l, m, items.length, isExactSeq(b) || b === a, extendHint(b, items.length));
  a.ob_refcnt++;
  return a;
};
ListType.sq_inplace_repeat = (a, n) => {
  const l = a as PyList;
  const items = l.items.slice();
  if (n <= 0 || items.length === 0) {
    l.items = [];
    l.allocated = 0;
    for (const x of items) dec(x);
  } else {
    if (items.length > 0 && n > 0x7fffffff / items.length) throw memoryError();
    if (n > 1) listResize(l, items.length, items.length * n);
    for (let k = 1; k < n; k++) for (const x of items) {
      x.ob_refcnt++;
      l.items.push(x);
    }
  }
  a.ob_refcnt++;
  return a;
};
ListType.sq_item = (o, i) => {
  const items = (o as PyList).items;
  if (i < 0 || i >= items.length) throw indexError("list index out of range");
  const v = items[i]!;
  v.ob_refcnt++;
  return v;
};
ListType.mp_length = (o) => (o as PyList).items.length;
ListType.mp_subscript = (o, key) => {
  if (key instanceof PySlice) {
    // the indices first: their __index__ may change the list
    const [a, b, c] = sliceUnpack(key);
    const items = (o as PyList).items;
    const [start, , step, n] = sliceAdjust(a, b, c, items.length);
    if (step === 1) {
      const out = items.slice(start, start + n);
      for (let i = 0; i < n; i++) out[i]!.ob_refcnt++;
      return newList(out);
    }
    const out: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) {
      const x = items[j]!;
      x.ob_refcnt++;
      out.push(x);
    }
    return newList(out);
  }
  let i = asIndexForSeq(key, "list");
  const items = (o as PyList).items;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError("list index out of range");
  const v = items[i]!;
  v.ob_refcnt++;
  return v;
};
ListType.mp_ass_subscript = (o, key, v) => {
  const l = o as PyList;
  if (key instanceof PySlice) {
    const [a, b, c] = sliceUnpack(key);
    const items = l.items;
    const [start, stop, step, n] = sliceAdjust(a, b, c, items.length);
    if (v === null) {
      if (n === 0) return;
      const removed: PyObject[] = [];
      const size0 = items.length;
      if (step === 1) {
        removed.push(...items.splice(start, n));
        // list_ass_slice: an emptied list is cleared, else list_resize from the old size
        if (items.length === 0) l.allocated = 0;
        else listResize(l, size0, items.length);
      } else {
        const keep: PyObject[] = [];
        const idx = new Set<number>();
        for (let i = 0, j = start; i < n; i++, j += step) idx.add(j);
        for (let i = 0; i < items.length; i++) (idx.has(i) ? removed : keep).push(items[i]!);
        setItems(l, keep);
        // list_ass_subscript: the size is set first, then list_resize to it
        listResize(l, keep.length, keep.length);
      }
      // list_ass_slice releases a deleted run last to first; extended slices in index order
      if (step === 1) for (let i = removed.length - 1; i >= 0; i--) dec(removed[i]!);
      else for (const x of removed) dec(x);
      return;
    }
    if (step === 1 && v !== o && (v.ob_type === ListType || v.ob_type === TupleType)) {
      // a list or tuple of the slice's own length: stored over the old items in place
      const src = (v as PyList).items;
      const hi = Math.max(start, stop);
      if (src.length === hi - start) {
        const old = items.slice(start, hi);
        for (let i = 0; i < src.length; i++) {
          const x = src[i]!;
          x.ob_refcnt++;
          items[start + i] = x;
        }
        // list_ass_slice releases the replaced items last to first
        for (let i = old.length - 1; i >= 0; i--) dec(old[i]!);
        return;
      }
    }
    const seq = v === o ? items.slice() : iterableToArrayMsg(v, step === 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    if (v === o) for (const x of seq) x.ob_refcnt++;
    if (step === 1) {
      const hi = Math.max(start, stop);
      const size0 = items.length;
      const removed = items.splice(start, hi - start, ...seq);
      for (let i = removed.length - 1; i >= 0; i--) dec(removed[i]!);
      if (items.length === 0) l.allocated = 0;
      else if (items.length !== size0) listResize(l, size0, items.length);
      return;
    }
    if (seq.length !== n) {
      for (const x of seq) dec(x);
      throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`);
    }
    const garbage: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) {
      garbage.push(items[j]!);
      items[j] = seq[i]!;
    }
    for (const x of garbage) dec(x);
    return;
  }
  let i = asIndexForSeq(key, "list");
  const items = l.items;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError(v === null ? "list assignment index out of range" : "list assignment index out of range");
  const old = items[i]!;
  if (v === null) {
    const size0 = items.length;
    items.splice(i, 1);
    if (items.length === 0) l.allocated = 0;
    else listResize(l, size0, size0 - 1);
  } else {
    v.ob_refcnt++;
    items[i] = v;
  }
  dec(old);
};

class PyListIter extends PyObject {
  declare seq: PyList | null;
  declare i: number;
  constructor(type: PyType, l: PyList, i: number) {
    super(type);
    this.seq = l;
    this.i = i;
  }
}
ListType.tp_iter = (o) => {
  o.ob_refcnt++;
  return new PyListIter(ListIterType, o as PyList, 0);
};
ListIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
ListIterType.tp_iternext = (o) => {
  const it = o as PyListIter;
  const l = it.seq;
  if (l === null) return null;
  if (it.i < l.items.length) {
    const v = l.items[it.i++]!;
    v.ob_refcnt++;
    return v;
  }
  it.seq = null;
  dec(l);
  return null;
};
ListRevIterType.tp_iter = ListIterType.tp_iter;
ListRevIterType.tp_iternext = (o) => {
  const it = o as PyListIter;
  const l = it.seq;
  if (l === null) return null;
  if (it.i >= 0 && it.i < l.items.length) {
    const v = l.items[it.i--]!;
    v.ob_refcnt++;
    return v;
  }
  it.seq = null;
  dec(l);
  return null;
};
ListIterType.tp_dealloc = ListRevIterType.tp_dealloc = (o) => {
  const l = (o as PyListIter).seq;
  if (l !== null) dec(l);
};
ListIterType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => {
    const it = o as PyListIter;
    return newInt(it.seq === null ? 0 : Math.max(0, it.seq.items.length - it.i));
  } },
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => seqIterReduce((o as PyListIter).seq, (o as PyListIter).i, () => newList([])) },
  { name: "__setstate__", flags: 2, fn: (o: PyObject, st: PyObject) => {
    const it = o as PyListIter;
    if (it.seq !== null) it.i = clampedIndex(st, 0, it.seq.items.length);
    return noneResult();
  } },
];
ListRevIterType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => {
    const it = o as PyListIter;
    return newInt(it.seq === null ? 0 : it.i + 1);
  } },
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => seqIterReduce((o as PyListIter).seq, (o as PyListIter).i, () => newList([]), "reversed") },
  { name: "__setstate__", flags: 2, fn: (o: PyObject, st: PyObject) => {
    const it = o as PyListIter;
    if (it.seq !== null) it.i = clampedIndex(st, -1, it.seq.items.length - 1);
    return noneResult();
  } },
];
import { seqIterReduce, clampedIndex, noneResult } from "./iter_reduce.ts";

ListType.tp_new = (type) => new PyList(type, []);
/**
 * list_extend's items (new references): a list or tuple directly; anything else through its
 * iterator, asking for the length hint after taking the iterator, as CPython does.
 */
export function listExtendItems(src: PyObject): PyObject[] {
  const st = src.ob_type;
  if (st === ListType || st === TupleType) return iterableToArray(src);
  const it = getIter(src);
  try {
    lengthHint(src, 8);
    const out: PyObject[] = [];
    try {
      for (;;) {
        const v = iterNext(it);
        if (v === null) return out;
        out.push(v);
      }
    } catch (e) {
      for (const x of out) dec(x);
      throw e;
    }
  } finally {
    dec(it);
  }
}
ListType.tp_init = (self, args, kw) => {
  // keywords are refused only when list's own __new__ made the object (a subclass with its own
  // __new__ may take keywords and pass them on); positional arguments are those before them
  const nkw = kw === null ? 0 : kwCount(kw);
  const st = self.ob_type;
  if (nkw > 0 && (st === ListType || st.tp_new === ListType.tp_new)) throw typeError("list() takes no keyword arguments");
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`list expected at most 1 argument, got ${npos}`);
  const l = self as PyList;
  const old = l.items;
  l.items = [];
  l.allocated = 0;
  for (const x of old) dec(x);
  if (npos === 1) {
    const src = args[0]!;
    const st = src.ob_type;
    const exact = st === ListType || st === TupleType;
    const items = exact ? iterableToArray(src) : listExtendItems(src);
    l.items = items;
    // list___init__ preallocates exactly for an iterable with a length, then list_extend
    const t = src.ob_type;
    if (items.length > 0 && (t.sq_length !== null || t.mp_length !== null)) l.allocated = (items.length + 1) & ~1;
    else extendCapacity(l, 0, items.length, false, 8);
  }
};

function listSort(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  if (args.length - (kw === null ? 0 : kwCount(kw)) > 0) throw typeError("sort() takes no positional arguments");
  const [key, reverse] = parseArgs("sort", args, kw, ["key", "reverse"], { required: 0, kwonly: 0 });
  sortList(self as PyList, key === null || key === None ? null : key, reverse !== null && isTrue(reverse));
  return None;
}
/**
 * `keys[x] < keys[y]` for timsort: exact ints, floats and BMP-only strs of one type compare
 * directly (CPython's unsafe_*_compare), anything else through richCompareBool.
 */
function sortLessThan(ks: PyObject[]): (x: number, y: number) => boolean {
  const lt = keyCompare(ks);
  return (x, y) => lt(ks[x]!, ks[y]!);
}
/**
 * listsort's pre-scan: the comparison for a list of keys. Keys of one type get that type's
 * "unsafe" compare (ints, floats and BMP strs directly; tuples by unsafe_tuple_compare; any other
 * type its own tp_richcompare first, then the full comparison if that says NotImplemented);
 * mixed keys use PyObject_RichCompareBool.
 */
function keyCompare(ks: PyObject[]): (a: PyObject, b: PyObject) => boolean {
  if (ks.length === 0) return (a, b) => richCompareBool(a, b, 0);
  const t = ks[0]!.ob_type;
  for (const k of ks) if (k.ob_type !== t) return (a, b) => richCompareBool(a, b, 0);
  if (t === IntType && ks.every((k) => typeof (k as PyInt).value === "number")) {
    return (a, b) => ((a as PyInt).value as number) < ((b as PyInt).value as number);
  }
  if (t === FloatType) return (a, b) => (a as PyFloat).value < (b as PyFloat).value;
  if (t === StrType && ks.every((k) => (k as PyStr).cplen === (k as PyStr).value.length)) {
    return (a, b) => (a as PyStr).value < (b as PyStr).value;
  }
  if (t === TupleType) {
    const firsts = ks.map((k) => (k as PyTuple).items[0]).filter((x): x is PyObject => x !== undefined);
    const elemLt = firsts.length === ks.length ? keyCompare(firsts) : (a: PyObject, b: PyObject) => richCompareBool(a, b, 0);
    return (a, b) => {
      const va = (a as PyTuple).items, vb = (b as PyTuple).items;
      let i = 0;
      for (; i < va.length && i < vb.length; i++) {
        if (!(va[i] === vb[i] || richCompareBool(va[i]!, vb[i]!, 2))) break;
      }
      if (i >= va.length || i >= vb.length) return va.length < vb.length;
      if (i === 0) return elemLt(va[0]!, vb[0]!);
      return richCompareBool(va[i]!, vb[i]!, 0);
    };
  }
  const rc = t.tp_richcompare;
  if (rc === null) return (a, b) => richCompareBool(a, b, 0);
  // unsafe_object_compare
  return (a, b) => {
    if (a.ob_type.tp_richcompare !== rc) return richCompareBool(a, b, 0);
    const r = rc(a, b, 0);
    if (r === NotImplemented) {
      dec(r);
      return richCompareBool(a, b, 0);
    }
    const v = r === TrueRef() ? true : r === FalseRef() ? false : isTrue(r);
    dec(r);
    return v;
  };
}
import { True as TrueObj, False as FalseObj } from "./int.ts";
function TrueRef(): PyObject {
  return TrueObj;
}
function FalseRef(): PyObject {
  return FalseObj;
}
/** list.sort: stable, only `<` is used; the list looks empty while sorting. */
export function sortList(l: PyList, key: PyObject | null, reverse: boolean): void {
  const items = l.items;
  l.items = [];
  let keys: PyObject[] | null = null;
  try {
    if (key !== null) {
      keys = [];
      for (const x of items) keys.push(call(key, [x]));
    }
    const idx = items.map((_, i) => i);
    if (reverse) idx.reverse();
    const ks = keys ?? items;
    try {
      timsort(idx, sortLessThan(ks));
    } finally {
      // also after a failed comparison: CPython leaves the partially sorted order
      if (reverse) idx.reverse();
      const sorted = idx.map((i) => items[i]!);
      for (let i = 0; i < sorted.length; i++) items[i] = sorted[i]!;
    }
  } finally {
    if (keys !== null) for (const k of keys) dec(k);
    const modified = l.items.length > 0;
    const extra = l.items;
    l.items = items;
    if (modified) {
      for (const x of extra) dec(x);
      throw valueError("list modified during sort");
    }
  }
}

ListType.tp_methods = [
  { name: "append", flags: 2, fn: (o: PyObject, v: PyObject) => {
    listAppend(o as PyList, v);
    return None;
  } },
  { name: "extend", flags: 2, fn: (o: PyObject, v: PyObject) => {
    const l = o as PyList;
    const items = v === o ? l.items.slice() : listExtendItems(v);
    if (v === o) for (const x of items) x.ob_refcnt++;
    const m = l.items.length;
    for (const x of items) l.items.push(x);
    extendCapacity(l, m, items.length, isExactSeq(v) || v === o, extendHint(v, items.length));
    return None;
  } },
  { name: "insert", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length !== 2) throw typeError(`insert expected 2 arguments, got ${args.length}`);
    const l = o as PyList;
    let i = asSsize(args[0]!);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    args[1]!.ob_refcnt++;
    listResize(l, n, n + 1);
    l.items.splice(i, 0, args[1]!);
    return None;
  } },
  { name: "pop", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length > 1) throw typeError(`pop expected at most 1 argument, got ${args.length}`);
    const l = o as PyList;
    if (l.items.length === 0) throw indexError("pop from empty list");
    let i = args.length ? asSsize(args[0]!) : l.items.length - 1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw indexError("pop index out of range");
    const size0 = l.items.length;
    const v = l.items.splice(i, 1)[0]!;
    // the last item: list_resize; another one: list_ass_slice (which clears an emptied list)
    if (i === size0 - 1 || size0 > 1) listResize(l, size0, size0 - 1);
    else l.allocated = 0;
    return v;
  } },
  { name: "remove", flags: 2, fn: (o: PyObject, v: PyObject) => {
    const l = o as PyList;
    for (let i = 0; i < l.items.length; i++) {
      const x = l.items[i]!;
      if (x === v || richCompareBool(x, v, 2)) {
        const size0 = l.items.length;
        l.items.splice(i, 1);
        if (size0 === 1) l.allocated = 0;
        else listResize(l, size0, size0 - 1);
        dec(x);
        return None;
      }
    }
    throw valueError("list.remove(x): x not in list");
  } },
  { name: "index", flags: 3, fn: (o: PyObject, args: PyObject[]) => seqIndex((o as PyList).items, args, () => `${reprOf(args[0])} is not in list`) },
  { name: "count", flags: 2, fn: (o: PyObject, v: PyObject) => seqCount((o as PyList).items, v) },
  { name: "clear", flags: 1, fn: (o: PyObject) => {
    const l = o as PyList;
    const items = l.items;
    l.items = [];
    l.allocated = 0;
    for (let i = items.length - 1; i >= 0; i--) dec(items[i]!);
    return None;
  } },
  { name: "copy", flags: 1, fn: (o: PyObject) => {
    const items = (o as PyList).items.slice();
    for (const x of items) x.ob_refcnt++;
    return newList(items);
  } },
  { name: "reverse", flags: 1, fn: (o: PyObject) => {
    (o as PyList).items.reverse();
    return None;
  } },
  { name: "sort", flags: 4, fn: listSort },
  { name: "__reversed__", flags: 1, fn: (o: PyObject) => {
    o.ob_refcnt++;
    return new PyListIter(ListRevIterType, o as PyList, (o as PyList).items.length - 1);
  } },
  { name: "__getitem__", flags: 2, fn: (o: PyObject, k: PyObject) => ListType.mp_subscript!(o, k) },
  { name: "__sizeof__", flags: 1, fn: (o: PyObject) => newInt(40 + 8 * (o as PyList).allocated) },
];
import { reprStr } from "./abstract.ts";
function reprOf(o: PyObject | undefined): string {
  return o === undefined ? "" : reprStr(o);
}
export { tupleFrom, False };
