/**
 * Full struct sequences (Objects/structseq.c) for the modules: time.struct_time and
 * os.stat_result / os.terminal_size / os.uname_result / os.times_result. A struct sequence
 * is a tuple of its `nSeq` visible fields; further named fields (tm_zone, st_atime, ...) are
 * reachable by attribute only and live in `extra`. The type has CPython's constructor
 * (type(sequence, dict=None) with the "takes an at least N-sequence" messages), repr (visible
 * fields only), __reduce__, n_sequence_fields / n_fields / n_unnamed_fields, __match_args__.
 */
import { PyObject, PyType, TPFlags, Meth } from "../objects/object.ts";
import { TypeType, TupleType, None } from "../objects/types.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyDict, newDict, dictGetItemStr, dictSetItemStr } from "../objects/dict.ts";
import { newStr, intern } from "../objects/str.ts";
import { newInt } from "../objects/int.ts";
import { reprStr, iterableToArray } from "../objects/abstract.ts";
import { readyType } from "../objects/typeobject.ts";
import { parseArgs } from "../objects/args.ts";
import { typeError } from "../objects/errors.ts";
import { DECREF } from "../memory/refcount.ts";

export class PyStructSeq extends PyTuple {
  declare extra: PyObject[];
  constructor(t: PyType, items: PyObject[], extra: PyObject[]) {
    super(t, items);
    this.extra = extra;
  }
}

interface SeqInfo {
  fields: string[];
  nSeq: number;
  qual: string;
}
const infos = new WeakMap<PyType, SeqInfo>();

/**
 * A struct sequence type `qualname` ("time.struct_time") with `fields`, the first `nSeq` of
 * them visible as tuple items. Must be called at run time (after start-up).
 */
export function newStructSeqType(qualname: string, allFields: (string | null)[], nSeq: number = allFields.length): PyType {
  const dot = qualname.lastIndexOf(".");
  // unnamed visible fields (null) have no attribute; repr pairs the named fields with the
  // visible values in order, as CPython's structseq_repr does
  const fields = allFields.map((f, i) => f ?? `\0${i}`);
  const named = allFields.filter((f): f is string => f !== null);
  const nUnnamed = allFields.length - named.length;
  const t = new PyType(TypeType, qualname, TupleType, TPFlags.TUPLE_SUBCLASS);
  const info: SeqInfo = { fields, nSeq, qual: qualname };
  infos.set(t, info);
  t.tp_getset = fields.flatMap((f, i) => allFields[i] === null ? [] : [{
    name: f,
    get: (o: PyObject) => {
      const s = o as PyStructSeq;
      const v = i < nSeq ? s.items[i]! : s.extra?.[i - nSeq] ?? None;
      v.ob_refcnt++;
      return v;
    },
    set: null,
  }]);
  // tuple comparison and hashing (set explicitly: a static type inherits the pair only when both are unset)
  t.tp_richcompare = TupleType.tp_richcompare;
  t.tp_hash = TupleType.tp_hash;
  t.tp_repr = (o) => {
    const items = (o as PyTuple).items;
    const parts: string[] = [];
    for (let i = 0; i < nSeq; i++) parts.push(`${named[i]}=${reprStr(items[i]!)}`);
    return newStr(`${qualname}(${parts.join(", ")})`);
  };
  t.tp_new = (type, args, kw) => {
    const [seqArg, dictArg] = parseArgs(`${dot >= 0 ? qualname.slice(dot + 1) : qualname}`, args, kw, ["sequence", "dict"], { required: 1 });
    let arr: PyObject[];
    try {
      arr = iterableToArray(seqArg!);
    } catch {
      throw typeError("constructor requires a sequence");
    }
    const n = arr.length;
    const nFields = fields.length;
    const fail = (msg: string) => {
      for (const x of arr) DECREF(x);
      return typeError(msg);
    };
    if (n < nSeq) {
      throw fail(nSeq === nFields ? `${qualname}() takes a ${nSeq}-sequence (${n}-sequence given)` : `${qualname}() takes an at least ${nSeq}-sequence (${n}-sequence given)`);
    }
    if (n > nFields) {
      throw fail(nSeq === nFields ? `${qualname}() takes a ${nSeq}-sequence (${n}-sequence given)` : `${qualname}() takes an at most ${nFields}-sequence (${n}-sequence given)`);
    }
    if (dictArg !== null && dictArg !== None && !(dictArg instanceof PyDict)) {
      throw fail(`${qualname}() takes a dict as second arg, if any`);
    }
    const extra: PyObject[] = [];
    for (let i = nSeq; i < nFields; i++) {
      if (i < n) extra.push(arr[i]!);
      else {
        const v = dictArg instanceof PyDict ? dictGetItemStr(dictArg, intern(fields[i]!)) : null;
        const x = v ?? None;
        x.ob_refcnt++;
        extra.push(x);
      }
    }
    return new PyStructSeq(type, arr.slice(0, nSeq), extra);
  };
  t.tp_methods = [
    { name: "__reduce__", flags: Meth.NOARGS, fn: (o: PyObject) => {
      const s = o as PyStructSeq;
      const vis = s.items.slice(0, nSeq);
      for (const x of vis) x.ob_refcnt++;
      const d = newDict();
      for (let i = nSeq; i < fields.length; i++) if (allFields[i] !== null) dictSetItemStr(d, intern(fields[i]!), s.extra?.[i - nSeq] ?? None);
      t.ob_refcnt++;
      return newTuple([t, newTuple([newTuple(vis), d])]);
    } },
  ];
  readyType(t);
  // structseq_dealloc: the attribute-only values, then the tuple's items
  const tupleDealloc = TupleType.tp_dealloc!;
  t.tp_dealloc = (o) => {
    const s = o as PyStructSeq;
    const extra = s.extra;
    if (extra !== undefined) {
      s.extra = [];
      for (let i = extra.length - 1; i >= 0; i--) DECREF(extra[i]!);
    }
    tupleDealloc(o);
  };
  const set = (k: string, v: PyObject) => {
    dictSetItemStr(t.tp_dict, intern(k), v);
    DECREF(v);
  };
  set("n_sequence_fields", newInt(nSeq));
  set("n_fields", newInt(fields.length));
  set("n_unnamed_fields", newInt(nUnnamed));
  set("__match_args__", newTuple(allFields.slice(0, nSeq).filter((f): f is string => f !== null).map((f) => intern(f)).map((s) => { s.ob_refcnt++; return s; })));
  if (dot >= 0) set("__module__", newStr(qualname.slice(0, dot)));
  t.ht_qualname = dot >= 0 ? qualname.slice(dot + 1) : qualname;
  return t;
}

/** A new struct sequence (steals the values: nSeq visible ones then the extra ones). */
export function newStructSeqFull(t: PyType, values: PyObject[]): PyObject {
  const info = infos.get(t)!;
  return new PyStructSeq(t, values.slice(0, info.nSeq), values.slice(info.nSeq));
}
