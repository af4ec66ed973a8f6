/**
 * Weak references (Objects/weakrefobject.c): weakref.ref (ReferenceType), weakref.proxy
 * (ProxyType / CallableProxyType).
 *
 * Layout: PyWeakRef holds `wr_object` (the referent, or null once dead: CPython's Py_None),
 * `wr_callback` (owned, or null), `hash` (-1 = not computed), and the links of the referent's
 * doubly linked weakref list (`wr_prev`/`wr_next`). The list head of a referent lives in `heads`
 * (referent -> first weakref) and the referent's ob_gc carries GCBit.WEAKREFS while the list is
 * not empty, so deallocation only looks the map up for objects that have weakrefs.
 *
 * List order as CPython's: the canonical callback-less ref first, then the canonical
 * callback-less proxy, then every other weakref newest first (a new one goes right after the
 * canonical ones), so on death callbacks run newest first (PyObject_ClearWeakRefs).
 *
 * A weakref does not own its referent. It is a GC object (tracked) whose traverse visits the
 * callback only.
 */
import { PyObject, PyType, TPFlags, Meth, isSubtype } from "./object.ts";
import { TypeType, ObjectType, None, NotImplemented } from "./types.ts";
import { dealloc } from "../memory/refcount.ts";
import { GCBit } from "../memory/gc.ts";
import { newStr, intern, PyStr } from "./str.ts";
import { typeError, newException } from "./errors.ts";
import { ReferenceErrorType } from "./exceptions.ts";
import * as A from "./abstract.ts";
import { True, False } from "./int.ts";
import { newList } from "./list.ts";
import { PyTuple } from "./tuple.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

export class PyWeakRef extends PyObject {
  declare wr_object: PyObject | null;
  declare wr_callback: PyObject | null;
  declare hash: number | bigint;
  declare wr_prev: PyWeakRef | null;
  declare wr_next: PyWeakRef | null;
  constructor(type: PyType, ob: PyObject, callback: PyObject | null) {
    super(type);
    this.wr_object = ob;
    this.wr_callback = callback;
    this.hash = -1;
    this.wr_prev = null;
    this.wr_next = null;
  }
}

const B = TPFlags.BASETYPE;
export const RefType = new PyType(TypeType, "weakref.ReferenceType", ObjectType, B);
export const ProxyType = new PyType(TypeType, "weakref.ProxyType", ObjectType, 0);
export const CallableProxyType = new PyType(TypeType, "weakref.CallableProxyType", ObjectType, 0);

/** referent -> head of its weakref list. */
const heads = new Map<PyObject, PyWeakRef>();

function head(o: PyObject): PyWeakRef | null {
  if ((o.ob_gc & GCBit.WEAKREFS) === 0) return null;
  return heads.get(o) ?? null;
}
function setHead(o: PyObject, wr: PyWeakRef | null): void {
  if (wr === null) {
    heads.delete(o);
    o.ob_gc &= ~GCBit.WEAKREFS;
  } else {
    heads.set(o, wr);
    o.ob_gc |= GCBit.WEAKREFS;
  }
}

export function isWeakref(o: PyObject): o is PyWeakRef {
  return o instanceof PyWeakRef;
}
function isProxy(o: PyObject): boolean {
  return o.ob_type === ProxyType || o.ob_type === CallableProxyType;
}

/** Does the type support weak references (tp_weaklistoffset)? */
export function supportsWeakrefs(t: PyType): boolean {
  return t.tp_weaklistoffset !== 0;
}

/** The canonical callback-less ref and proxy at the head of `o`'s list (get_basic_refs). */
function basicRefs(o: PyObject): [PyWeakRef | null, PyWeakRef | null] {
  let h = head(o);
  let ref: PyWeakRef | null = null, proxy: PyWeakRef | null = null;
  if (h !== null && h.ob_type === RefType && h.wr_callback === null) {
    ref = h;
    h = h.wr_next;
  }
  if (h !== null && isProxy(h) && h.wr_callback === null) proxy = h;
  return [ref, proxy];
}

function insertHead(wr: PyWeakRef, o: PyObject): void {
  const h = head(o);
  wr.wr_prev = null;
  wr.wr_next = h;
  if (h !== null) h.wr_prev = wr;
  setHead(o, wr);
}
function insertAfter(wr: PyWeakRef, prev: PyWeakRef): void {
  wr.wr_prev = prev;
  wr.wr_next = prev.wr_next;
  if (prev.wr_next !== null) prev.wr_next.wr_prev = wr;
  prev.wr_next = wr;
}

/** clear_weakref without dropping the callback (_PyWeakref_ClearRef). */
export function clearRefKeepCallback(wr: PyWeakRef): void {
  const o = wr.wr_object;
  if (o === null) return;
  if (head(o) === wr) setHead(o, wr.wr_next);
  wr.wr_object = null;
  if (wr.wr_prev !== null) wr.wr_prev.wr_next = wr.wr_next;
  if (wr.wr_next !== null) wr.wr_next.wr_prev = wr.wr_prev;
  wr.wr_prev = null;
  wr.wr_next = null;
}
/** clear_weakref: unlink from the referent's list and drop the callback. */
export function clearWeakref(wr: PyWeakRef): void {
  clearRefKeepCallback(wr);
  const cb = wr.wr_callback;
  if (cb !== null) {
    wr.wr_callback = null;
    decref(cb);
  }
}

/** The weakrefs to `o`, head first (borrowed). */
export function weakrefsOf(o: PyObject): PyWeakRef[] {
  const out: PyWeakRef[] = [];
  for (let w = head(o); w !== null; w = w.wr_next) out.push(w);
  return out;
}
export function weakrefCount(o: PyObject): number {
  let n = 0;
  for (let w = head(o); w !== null; w = w.wr_next) n++;
  return n;
}

let reportCallbackError: (e: unknown, cb: PyObject) => void = () => {};
/** How an exception raised by a callback is reported (PyErr_WriteUnraisable(callback)). */
export function setWeakrefErrorHook(f: (e: unknown, cb: PyObject) => void): void {
  reportCallbackError = f;
}
/** handle_callback: callback(wr); errors are unraisable. */
export function callCallback(cb: PyObject, wr: PyObject): void {
  try {
    decref(A.call(cb, [wr]));
  } catch (e) {
    reportCallbackError(e, cb);
  }
}

/** PyObject_ClearWeakRefs: `o` is being deallocated. */
export function clearWeakrefsOnDealloc(o: PyObject): void {
  // callback-less canonical ref and proxy go first, silently
  let h = head(o);
  if (h !== null && h.wr_callback === null) {
    clearWeakref(h);
    h = head(o);
    if (h !== null && h.wr_callback === null) clearWeakref(h);
  }
  const list = weakrefsOf(o);
  if (list.length === 0) return;
  const todo: [PyWeakRef, PyObject][] = [];
  for (const wr of list) {
    const cb = wr.wr_callback;
    wr.wr_callback = null;
    clearWeakref(wr);
    if (cb !== null) {
      if (wr.ob_refcnt > 0) {
        wr.ob_refcnt++;
        todo.push([wr, cb]);
      } else decref(cb);
    }
  }
  for (const [wr, cb] of todo) {
    callCallback(cb, wr);
    decref(cb);
    decref(wr);
  }
}

// ---- creation -----------------------------------------------------------------------------------

function cannotRef(o: PyObject): never {
  throw typeError(`cannot create weak reference to '${o.ob_type.tp_name}' object`);
}

/** weakref.ref(ob[, callback]) for `type` (ref or a subclass): new reference. */
export function newRef(type: PyType, ob: PyObject, callback: PyObject | null): PyWeakRef {
  if (!supportsWeakrefs(ob.ob_type)) cannotRef(ob);
  if (callback === None) callback = null;
  if (callback === null && type === RefType) {
    const [ref] = basicRefs(ob);
    if (ref !== null) {
      ref.ob_refcnt++;
      return ref;
    }
  }
  if (callback !== null) callback.ob_refcnt++;
  const wr = new PyWeakRef(type, ob, callback);
  if (callback === null && type === RefType) insertHead(wr, ob);
  else {
    const [ref, proxy] = basicRefs(ob);
    const prev = proxy ?? ref;
    if (prev === null) insertHead(wr, ob);
    else insertAfter(wr, prev);
  }
  return wr;
}

/** weakref.proxy(ob[, callback]): new reference. */
export function newProxy(ob: PyObject, callback: PyObject | null): PyWeakRef {
  if (!supportsWeakrefs(ob.ob_type)) cannotRef(ob);
  if (callback === None) callback = null;
  const [ref, proxy] = basicRefs(ob);
  if (callback === null && proxy !== null) {
    proxy.ob_refcnt++;
    return proxy;
  }
  if (callback !== null) callback.ob_refcnt++;
  const t = A.isCallable(ob) ? CallableProxyType : ProxyType;
  const wr = new PyWeakRef(t, ob, callback);
  if (callback === null) {
    // the canonical proxy goes right after the canonical ref
    if (ref !== null) insertAfter(wr, ref);
    else insertHead(wr, ob);
  } else {
    const prev = proxy ?? ref;
    if (prev === null) insertHead(wr, ob);
    else insertAfter(wr, prev);
  }
  return wr;
}

// ---- the ref type -------------------------------------------------------------------------------

function refArgs(fname: string, args: PyObject[], kwnames: PyObject | null): [PyObject, PyObject | null] {
  const nkw = kwnames === null ? 0 : (kwnames as PyTuple).items.length;
  const n = args.length - nkw;
  if (n < 1) throw typeError(`${fname} expected at least 1 argument, got ${n}`);
  if (n > 2) throw typeError(`${fname} expected at most 2 arguments, got ${n}`);
  return [args[0]!, n > 1 ? args[1]! : null];
}

RefType.tp_new = (type, args, kwnames) => {
  const [ob, cb] = refArgs("__new__", args, kwnames);
  return newRef(type, ob, cb);
};
RefType.tp_init = (_self, args, kwnames) => {
  refArgs("__init__", args, kwnames);
};
RefType.tp_call = (o, args, kwnames) => {
  if (kwnames !== null && (kwnames as PyTuple).items.length > 0) throw typeError("weakref() takes no keyword arguments");
  if (args.length !== 0) throw typeError(`weakref expected 0 arguments, got ${args.length}`);
  const r = (o as PyWeakRef).wr_object ?? None;
  r.ob_refcnt++;
  return r;
};
RefType.tp_hash = (o) => {
  const w = o as PyWeakRef;
  if (w.hash !== -1) return w.hash;
  if (w.wr_object === null) throw typeError("weak object has gone away");
  w.hash = A.hashOf(w.wr_object);
  return w.hash;
};
RefType.tp_repr = (o) => {
  const w = o as PyWeakRef;
  const obj = w.wr_object;
  if (obj === null) return newStr(`<weakref at ${A.hexId(w)}; dead>`);
  obj.ob_refcnt++;
  try {
    const name = A.lookupAttr(obj, intern("__name__"));
    const tn = obj.ob_type.tp_name;
    if (name === null || !(name instanceof PyStr)) {
      if (name !== null) decref(name);
      return newStr(`<weakref at ${A.hexId(w)}; to '${tn}' at ${A.hexId(obj)}>`);
    }
    const s = newStr(`<weakref at ${A.hexId(w)}; to '${tn}' at ${A.hexId(obj)} (${name.value})>`);
    decref(name);
    return s;
  } finally {
    decref(obj);
  }
};
RefType.tp_richcompare = (a, b, op) => {
  if ((op !== 2 && op !== 3) || !(a instanceof PyWeakRef) || !(b instanceof PyWeakRef)) return NotImplemented;
  const x = a.wr_object, y = b.wr_object;
  if (x === null || y === null) {
    const same = (a === b) === (op === 2);
    return same ? True : False;
  }
  x.ob_refcnt++;
  y.ob_refcnt++;
  try {
    return A.richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
};
RefType.tp_dealloc = (o) => {
  clearWeakref(o as PyWeakRef);
  weakrefSubtypeRelease(o);
};
RefType.tp_getset = [
  { name: "__callback__", get: (o) => {
    const cb = (o as PyWeakRef).wr_callback ?? None;
    cb.ob_refcnt++;
    return cb;
  }, set: null },
];

/** Slots and dict of a ref subclass instance (e.g. WeakMethod, KeyedRef). */
function weakrefSubtypeRelease(o: PyObject): void {
  const s = (o as unknown as { slots?: (PyObject | null)[] | null }).slots;
  if (s !== undefined && s !== null) {
    (o as unknown as { slots: null }).slots = null;
    for (let i = s.length - 1; i >= 0; i--) {
      const x = s[i];
      if (x !== null && x !== undefined) decref(x);
    }
  }
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    decref(d);
  }
}

// ---- proxies ------------------------------------------------------------------------------------

function referenceError(): never {
  throw newException(ReferenceErrorType, "weakly-referenced object no longer exists");
}
/** UNWRAP: a proxy's referent (new reference), or `o` itself (new reference). */
function unwrap(o: PyObject): PyObject {
  if (o instanceof PyWeakRef && isProxy(o)) {
    const r = o.wr_object;
    if (r === null) referenceError();
    r.ob_refcnt++;
    return r;
  }
  o.ob_refcnt++;
  return o;
}
function with1<T>(a: PyObject, f: (x: PyObject) => T): T {
  const x = unwrap(a);
  try {
    return f(x);
  } finally {
    decref(x);
  }
}
function with2<T>(a: PyObject, b: PyObject, f: (x: PyObject, y: PyObject) => T): T {
  const x = unwrap(a);
  let y: PyObject;
  try {
    y = unwrap(b);
  } catch (e) {
    decref(x);
    throw e;
  }
  try {
    return f(x, y);
  } finally {
    decref(x);
    decref(y);
  }
}

for (const t of [ProxyType, CallableProxyType]) {
  t.tp_getattro = (o, name) => with1(o, (x) => A.getAttr(x, name));
  t.tp_setattro = (o, name, v) => with1(o, (x) => A.setAttr(x, name, v));
  t.tp_repr = (o) => {
    const w = o as PyWeakRef;
    const obj = w.wr_object ?? None;
    return newStr(`<weakproxy at ${A.hexId(w)}; to '${obj.ob_type.tp_name}' at ${A.hexId(obj)}>`);
  };
  t.tp_str = (o) => with1(o, (x) => A.str(x));
  t.tp_richcompare = (a, b, op) => with2(a, b, (x, y) => A.richCompare(x, y, op));
  t.tp_iter = (o) => with1(o, (x) => A.getIter(x));
  t.tp_iternext = (o) => with1(o, (x) => {
    if (x.ob_type.tp_iternext === null) throw typeError(`Weakref proxy referenced a non-iterator '${x.ob_type.tp_name}' object`);
    return x.ob_type.tp_iternext(x);
  });
  for (let i = 0; i < 13; i++) {
    t.nb_binary[i] = i === 8
      ? (a, b, c) => with2(a, b, (x, y) => (c === undefined || c === None ? A.binaryOp(x, y, 8) : with1(c, (z) => A.power(x, y, z))))
      : (a, b) => with2(a, b, (x, y) => A.binaryOp(x, y, i));
    t.nb_inplace[i] = (a, b) => with2(a, b, (x, y) => A.inplaceOp(x, y, i));
  }
  t.nb_negative = (o) => with1(o, A.negative);
  t.nb_positive = (o) => with1(o, A.positive);
  t.nb_absolute = (o) => with1(o, A.absolute);
  t.nb_invert = (o) => with1(o, A.invert);
  t.nb_bool = (o) => with1(o, A.isTrue);
  t.nb_index = (o) => with1(o, A.index);
  t.nb_int = (o) => with1(o, (x) => {
    const f = x.ob_type.nb_int;
    if (f === null) throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${x.ob_type.tp_name}'`);
    return f(x);
  });
  t.nb_float = (o) => with1(o, (x) => A.callMethod(x, "__float__", []));
  t.sq_contains = (o, v) => with1(o, (x) => A.contains(x, v));
  t.mp_length = (o) => with1(o, A.length);
  t.mp_subscript = (o, k) => with1(o, (x) => A.getItem(x, k));
  t.mp_ass_subscript = (o, k, v) => with1(o, (x) => (v === null ? A.delItem(x, k) : A.setItem(x, k, v)));
  t.tp_dealloc = (o) => clearWeakref(o as PyWeakRef);
  t.tp_methods = [
    { name: "__bytes__", flags: Meth.NOARGS, fn: (o: PyObject) => with1(o, (x) => A.call(BytesTypeRef(), [x])) },
    { name: "__reversed__", flags: Meth.NOARGS, fn: (o: PyObject) => with1(o, (x) => A.callMethod(x, "__reversed__", [])) },
  ];
}
CallableProxyType.tp_call = (o, args, kwnames) => with1(o, (x) => A.call(x, args, kwnames));

import { BytesType } from "./types.ts";
function BytesTypeRef(): PyType {
  return BytesType;
}

/** _weakref._remove_dead_weakref(dict, key): delete dict[key] if it is a dead weakref. */
export function removeDeadWeakref(d: PyObject, key: PyObject): void {
  const v = dictGetItemRaw(d, key);
  if (v !== null && v instanceof PyWeakRef && v.wr_object === null) dictDelRaw(d, key);
}
import { PyDict, dictGetItem, dictDelItemIf } from "./dict.ts";
function dictGetItemRaw(d: PyObject, key: PyObject): PyObject | null {
  if (!(d instanceof PyDict)) throw typeError(`_remove_dead_weakref() argument 1 must be dict, not ${d.ob_type.tp_name}`);
  return dictGetItem(d, key);
}
function dictDelRaw(d: PyObject, key: PyObject): void {
  dictDelItemIf(d as PyDict, key);
}

/** getweakrefs(o) as a list (new reference). */
export function getWeakrefsList(o: PyObject): PyObject {
  const items = weakrefsOf(o);
  for (const w of items) w.ob_refcnt++;
  return newList(items);
}

export { isSubtype };
