/** The iterator types builtins exposes: enumerate, zip, map, filter, reversed (Python/bltinmodule.c). */
import { PyObject, PyType } from "./object.ts";
import { EnumerateType, ZipType, MapType, FilterType, ReversedType, None, BoolType } from "./types.ts";
import { getIter, iterNext, call, isTrue, length, lookupSpecial, getItem, asSsize } from "./abstract.ts";
import { newInt, newIntAny, intAdd, PyInt, True } from "./int.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { parseArgs } from "./args.ts";
import { typeError, valueError } from "./errors.ts";
import { dealloc } from "../memory/refcount.ts";
import { intern } from "./str.ts";
import { PyBaseException, IndexErrorType, StopIterationType } from "./exceptions.ts";
import { isSubtype } from "./object.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}
const selfIter = (o: PyObject): PyObject => {
  o.ob_refcnt++;
  return o;
};

// ---- enumerate ------------------------------------------------------------------------------

class PyEnumerate extends PyObject {
  declare it: PyObject;
  declare n: number | bigint;
  constructor(type: PyType, it: PyObject, n: number | bigint) {
    super(type);
    this.it = it;
    this.n = n;
  }
}
EnumerateType.tp_new = (type, args, kw) => {
  const [iterable, start] = parseArgs("enumerate", args, kw, ["iterable", "start"], { required: 1 });
  let n: number | bigint = 0;
  if (start !== null) {
    if (!(start instanceof PyInt)) {
      if (start.ob_type.nb_index === null) throw typeError(`'${start.ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    n = asIntValue(start);
  }
  return new PyEnumerate(type, getIter(iterable!), n);
};
function asIntValue(o: PyObject): number | bigint {
  if (o instanceof PyInt) return o.value;
  return asSsize(o);
}
EnumerateType.tp_iter = selfIter;
EnumerateType.tp_iternext = (o) => {
  const e = o as PyEnumerate;
  const v = iterNext(e.it);
  if (v === null) return null;
  const i = newIntAny(e.n);
  e.n = intAdd(e.n, 1);
  return newTuple([i, v]);
};
EnumerateType.tp_dealloc = (o) => dec((o as PyEnumerate).it);

// ---- zip ------------------------------------------------------------------------------------

class PyZip extends PyObject {
  declare its: PyObject[];
  declare strict: boolean;
  constructor(type: PyType, its: PyObject[], strict: boolean) {
    super(type);
    this.its = its;
    this.strict = strict;
  }
}
ZipType.tp_new = (type, args, kw) => {
  const nkw = kw === null ? 0 : (kw as PyTuple).items.length;
  let strict = false;
  for (let i = 0; i < nkw; i++) {
    const k = ((kw as PyTuple).items[i] as unknown as { value: string }).value;
    if (k !== "strict") throw typeError(`zip() got an unexpected keyword argument '${k}'`);
    strict = isTrue(args[args.length - nkw + i]!);
  }
  const its: PyObject[] = [];
  const n = args.length - nkw;
  for (let i = 0; i < n; i++) {
    const a = args[i]!;
    if (a.ob_type.tp_iter === null && a.ob_type.sq_item === null) {
      for (const x of its) dec(x);
      throw typeError(`'${a.ob_type.tp_name}' object is not iterable`);
    }
    its.push(getIter(a));
  }
  return new PyZip(type, its, strict);
};
ZipType.tp_iter = selfIter;
ZipType.tp_iternext = (o) => {
  const z = o as PyZip;
  if (z.its.length === 0) return null;
  const out: PyObject[] = [];
  for (let i = 0; i < z.its.length; i++) {
    const v = iterNext(z.its[i]!);
    if (v === null) {
      for (const x of out) dec(x);
      if (z.strict) {
        if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
        for (let j = 1; j < z.its.length; j++) {
          const w = iterNext(z.its[j]!);
          if (w !== null) {
            dec(w);
            throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
          }
        }
      }
      return null;
    }
    out.push(v);
  }
  return newTuple(out);
};
ZipType.tp_dealloc = (o) => {
  for (const x of (o as PyZip).its) dec(x);
};

// ---- map / filter ---------------------------------------------------------------------------

class PyMap extends PyObject {
  declare func: PyObject;
  declare its: PyObject[];
  constructor(type: PyType, func: PyObject, its: PyObject[]) {
    super(type);
    this.func = func;
    this.its = its;
  }
}
MapType.tp_new = (type, args, kw) => {
  // keywords are refused unless a subclass's own __init__ takes them (then ignored here)
  const nkw = kw === null ? 0 : (kw as PyTuple).items.length;
  if (nkw > 0 && (type === MapType || type.tp_init === MapType.tp_init)) throw typeError("map() takes no keyword arguments");
  const npos = args.length - nkw;
  if (npos < 2) throw typeError("map() must have at least two arguments.");
  const its = args.slice(1, npos).map((a) => getIter(a));
  args[0]!.ob_refcnt++;
  return new PyMap(type, args[0]!, its);
};
MapType.tp_iter = selfIter;
MapType.tp_iternext = (o) => {
  const m = o as PyMap;
  const vals: PyObject[] = [];
  try {
    for (const it of m.its) {
      const v = iterNext(it);
      if (v === null) return null;
      vals.push(v);
    }
    return call(m.func, vals);
  } finally {
    for (const v of vals) dec(v);
  }
};
MapType.tp_dealloc = (o) => {
  dec((o as PyMap).func);
  for (const x of (o as PyMap).its) dec(x);
};

class PyFilter extends PyObject {
  declare func: PyObject;
  declare it: PyObject;
  constructor(type: PyType, func: PyObject, it: PyObject) {
    super(type);
    this.func = func;
    this.it = it;
  }
}
FilterType.tp_new = (type, args, kw) => {
  const nkw = kw === null ? 0 : (kw as PyTuple).items.length;
  if (nkw > 0 && (type === FilterType || type.tp_init === FilterType.tp_init)) throw typeError("filter() takes no keyword arguments");
  if (args.length - nkw !== 2) throw typeError(`filter expected 2 arguments, got ${args.length - nkw}`);
  args[0]!.ob_refcnt++;
  return new PyFilter(type, args[0]!, getIter(args[1]!));
};
FilterType.tp_iter = selfIter;
FilterType.tp_iternext = (o) => {
  const f = o as PyFilter;
  for (;;) {
    const v = iterNext(f.it);
    if (v === null) return null;
    let ok: boolean;
    if (f.func === None || f.func === BoolType) ok = isTrue(v);
    else {
      const r = call(f.func, [v]);
      ok = isTrue(r);
      dec(r);
    }
    if (ok) return v;
    dec(v);
  }
};
FilterType.tp_dealloc = (o) => {
  dec((o as PyFilter).func);
  dec((o as PyFilter).it);
};

// ---- reversed -------------------------------------------------------------------------------

class PyReversed extends PyObject {
  declare seq: PyObject | null;
  declare i: number;
  constructor(type: PyType, seq: PyObject, n: number) {
    super(type);
    this.seq = seq;
    this.i = n - 1;
  }
}
ReversedType.tp_new = (type, args, kw) => {
  if (type === ReversedType && kw !== null && (kw as PyTuple).items.length > 0) throw typeError("reversed() takes no keyword arguments");
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0]!;
  const rev = lookupSpecial(seq, intern("__reversed__"));
  if (rev !== null) {
    try {
      return call(rev, []);
    } finally {
      dec(rev);
    }
  }
  // PySequence_Check: a sequence item slot (dicts are not sequences); then PySequence_Size
  if (seq.ob_type.sq_item === null || seq.ob_type.tp_name === "dict") {
    throw typeError(`'${seq.ob_type.tp_name}' object is not reversible`);
  }
  const n = length(seq);
  seq.ob_refcnt++;
  return new PyReversed(type, seq, n);
};
ReversedType.tp_iter = selfIter;
/** reversed_len: asks the sequence for its length again. */
ReversedType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => {
    const r = o as PyReversed;
    if (r.seq === null) return newIntRB(0);
    const size = length(r.seq);
    const pos = r.i + 1;
    return newIntRB(size < pos ? 0 : pos);
  } },
];
import { newInt as newIntRB } from "./int.ts";
ReversedType.tp_iternext = (o) => {
  const r = o as PyReversed;
  if (r.seq === null || r.i < 0) {
    dec(r.seq);
    r.seq = null;
    return null;
  }
  const k = newInt(r.i--);
  try {
    return getItem(r.seq, k);
  } catch (e) {
    if (e instanceof PyBaseException && (isSubtype(e.ob_type, IndexErrorType) || isSubtype(e.ob_type, StopIterationType))) {
      dec(e); // the caught exception's reference
      dec(r.seq);
      r.seq = null;
      return null;
    }
    throw e;
  } finally {
    dec(k);
  }
};
ReversedType.tp_dealloc = (o) => dec((o as PyReversed).seq);
export { True };

// ---- pickling (CPython's *_reduce / *_setstate) ----------------------------------------------
// map -> (type, (func, *iterators)); filter -> (type, (func, iterator)); zip -> (type,
// iterators[, True]) with __setstate__(strict); enumerate -> (type, (iterator, next index));
// reversed -> (type, (seq,), index) or (type, ((),)) once exhausted.

function typeRef(o: PyObject): PyObject {
  o.ob_type.ob_refcnt++;
  return o.ob_type;
}
function refs(items: PyObject[]): PyObject[] {
  for (const x of items) x.ob_refcnt++;
  return items;
}
MapType.tp_methods = [
  ...(MapType.tp_methods ?? []),
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    const m = o as PyMap;
    return newTuple([typeRef(o), newTuple(refs([m.func, ...m.its]))]);
  } },
];
FilterType.tp_methods = [
  ...(FilterType.tp_methods ?? []),
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    const f = o as PyFilter;
    return newTuple([typeRef(o), newTuple(refs([f.func, f.it]))]);
  } },
];
ZipType.tp_methods = [
  ...(ZipType.tp_methods ?? []),
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    const z = o as PyZip;
    const its = newTuple(refs([...z.its]));
    if (!z.strict) return newTuple([typeRef(o), its]);
    True.ob_refcnt++;
    return newTuple([typeRef(o), its, True]);
  } },
  { name: "__setstate__", flags: 2, fn: (o: PyObject, state: PyObject) => {
    (o as PyZip).strict = isTrue(state);
    return noneResult();
  } },
];
EnumerateType.tp_methods = [
  ...(EnumerateType.tp_methods ?? []),
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    const e = o as PyEnumerate;
    e.it.ob_refcnt++;
    return newTuple([typeRef(o), newTuple([e.it, newIntAny(e.n)])]);
  } },
];
ReversedType.tp_methods.push(
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    const r = o as PyReversed;
    if (r.seq === null) return newTuple([typeRef(o), newTuple([newTuple([])])]);
    r.seq.ob_refcnt++;
    return newTuple([typeRef(o), newTuple([r.seq]), newInt(r.i)]);
  } },
  { name: "__setstate__", flags: 2, fn: (o: PyObject, state: PyObject) => {
    const r = o as PyReversed;
    if (r.seq !== null) r.i = clampedIndex(state, -1, length(r.seq) - 1);
    return noneResult();
  } },
);
import { clampedIndex, noneResult } from "./iter_reduce.ts";
