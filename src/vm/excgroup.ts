/** except* support: CHECK_EG_MATCH and PREP_RERAISE_STAR (Objects/exceptions.c helpers). */
import { PyObject, PyType, isSubtype } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { PyBaseException, BaseExceptionGroupType, BaseExceptionType } from "../objects/exceptions.ts";
import { typeError } from "../objects/errors.ts";
import { call, callMethod } from "../objects/abstract.ts";
import { ts } from "./state.ts";
import { dealloc } from "../memory/refcount.ts";
import { newTuple as nt } from "../objects/tuple.ts";

function isEG(o: PyObject): boolean {
  return isSubtype(o.ob_type, BaseExceptionGroupType);
}
function checkMatchType(t: PyObject): void {
  const ok = (x: PyObject) => x instanceof PyType && isSubtype(x, BaseExceptionType);
  if (t instanceof PyTuple) {
    for (const x of t.items) if (!ok(x)) throw typeError("catching classes that do not inherit from BaseException is not allowed");
    for (const x of t.items) if (isSubtype(x as PyType, BaseExceptionGroupType)) throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
  } else {
    if (!ok(t)) throw typeError("catching classes that do not inherit from BaseException is not allowed");
    if (isSubtype(t as PyType, BaseExceptionGroupType)) throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
}
function matches(e: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isSubtype(e.ob_type, x as PyType));
  return isSubtype(e.ob_type, t as PyType);
}
/** [rest, match] for `except* T` against exc; a match becomes the exception being handled. */
export function checkEgMatch(exc: PyObject, t: PyObject): [PyObject, PyObject] {
  const r = checkEgMatchInner(exc, t);
  const match = r[1];
  if (match !== None) {
    // CHECK_EG_MATCH: PyErr_SetHandledException(match), so `raise` in the handler re-raises it
    const info = ts.excInfo;
    const old = info.exc;
    match.ob_refcnt++;
    info.exc = match;
    if (old !== null && --old.ob_refcnt === 0) dealloc(old);
  }
  return r;
}
function checkEgMatchInner(exc: PyObject, t: PyObject): [PyObject, PyObject] {
  checkMatchType(t);
  if (matches(exc, t)) {
    if (isEG(exc)) {
      exc.ob_refcnt++;
      None.ob_refcnt++;
      return [None, exc];
    }
    // a naked exception: wrap it in an ExceptionGroup("", [exc])
    const eg = wrapNaked(exc);
    None.ob_refcnt++;
    return [None, eg];
  }
  if (isEG(exc)) {
    const r = callMethod(exc, "split", [t]) as PyTuple;
    const [match, rest] = r.items;
    match!.ob_refcnt++;
    rest!.ob_refcnt++;
    decref(r);
    return [rest!, match!];
  }
  exc.ob_refcnt++;
  None.ob_refcnt++;
  return [exc, None];
}
import { newStr } from "../objects/str.ts";
import { newList } from "../objects/list.ts";
import { ExceptionGroupType, BaseExceptionGroupType as BEG, ExceptionType } from "../objects/exceptions.ts";
function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
/**
 * A new exception group (new reference) of `parts` (stolen), with an empty message; the parts
 * given as a tuple or a list, as CPython builds each kind (it shows in the group's repr).
 */
function newGroup(t: PyObject, parts: PyObject[], asTuple: boolean): PyBaseException {
  const msg = newStr("");
  const seq = asTuple ? newTuple(parts) : newList(parts);
  try {
    return call(t, [msg, seq]) as PyBaseException;
  } finally {
    decref(msg);
    decref(seq);
  }
}
function wrapNaked(exc: PyObject): PyObject {
  exc.ob_refcnt++;
  const t = isSubtype(exc.ob_type, ExceptionType) ? ExceptionGroupType : BEG;
  const eg = newGroup(t, [exc], true);
  const e = exc as PyBaseException;
  if (e.traceback !== null) {
    e.traceback.ob_refcnt++;
    eg.traceback = e.traceback;
  }
  return eg;
}

/** The exception to re-raise after an except* block (or None). */
/**
 * _PyExc_PrepReraiseStar: the exception to re-raise after an except* block (or None). `excs`
 * holds what each handler raised (None if it completed) and the unmatched rest. An exception
 * with the same metadata as the original (notes list, traceback, cause, context: identity) is
 * a re-raise; the re-raised leaves are projected onto the original group's structure and that
 * projection follows the newly raised exceptions.
 */
export function prepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  const items = (excs as PyList).items;
  if (items.length === 0) {
    None.ob_refcnt++;
    return None;
  }
  if (!isEG(orig)) {
    // a naked exception was wrapped: only one handler ran
    const e = items[0]!;
    e.ob_refcnt++;
    return e;
  }
  const raised: PyObject[] = [];
  const reraised: PyObject[] = [];
  for (const e of items) {
    if (e === None) continue;
    (sameMetadata(e, orig) ? reraised : raised).push(e);
  }
  // every part is an owned reference from here on
  const parts = raised.slice();
  for (const p of parts) p.ob_refcnt++;
  if (reraised.length > 0) {
    const keep = new Set<PyObject>();
    for (const e of reraised) for (const l of collectLeafIds(e)) keep.add(l);
    const kept = projectOnto(orig, keep);
    if (kept !== null) parts.push(kept);
  }
  if (parts.length === 0) {
    None.ob_refcnt++;
    return None;
  }
  if (parts.length === 1) return parts[0]!;
  return newGroup(ExceptionGroupType, parts, false);
}
function notesOf(e: PyBaseException): PyObject | null {
  return e.dict === null ? null : dictGetItemStr(e.dict, intern("__notes__"));
}
function sameMetadata(a: PyObject, b: PyObject): boolean {
  const x = a as PyBaseException, y = b as PyBaseException;
  return notesOf(x) === notesOf(y) && x.traceback === y.traceback && x.cause === y.cause && x.context === y.context;
}
import { dictGetItemStr } from "../objects/dict.ts";
import { intern } from "../objects/str.ts";
function collectLeafIds(e: PyObject): Set<PyObject> {
  const out = new Set<PyObject>();
  const walk = (x: PyObject) => {
    if (isEG(x)) for (const c of egExceptions(x)) walk(c);
    else out.add(x);
  };
  walk(e);
  return out;
}
function egExceptions(eg: PyObject): PyObject[] {
  const ex = (eg as PyBaseException).extra;
  return ex !== null && ex[1] instanceof PyTuple ? ex[1].items : [];
}
/** The part of eg whose leaves are in `keep` (a new reference), or null. */
function projectOnto(eg: PyObject, keep: Set<PyObject>): PyObject | null {
  if (!isEG(eg)) {
    if (!keep.has(eg)) return null;
    eg.ob_refcnt++;
    return eg;
  }
  const cond = newCondition(keep);
  let r: PyTuple;
  try {
    r = callMethod(eg, "split", [cond]) as PyTuple;
  } finally {
    decref(cond);
  }
  const m = r.items[0]!;
  const out = m === None ? null : m;
  if (out !== null) out.ob_refcnt++;
  decref(r);
  return out;
}
import { newBuiltinFunction } from "../objects/descr.ts";
import { True, False } from "../objects/int.ts";
function newCondition(keep: Set<PyObject>): PyObject {
  return newBuiltinFunction({ name: "_keep", flags: 2, fn: (_s: PyObject | null, e: PyObject) => (keep.has(e) ? True : False) });
}
export { nt };
