/**
 * The `_abc` builtin module (CPython's Modules/_abc.c): the machinery behind abc.ABCMeta.
 * lib/abc.py's ABCMeta methods delegate to these functions, so creating an ABC, register(),
 * isinstance() and issubclass() on an ABC run no Python code of their own.
 *
 *   get_cache_token()              the invalidation counter (bumped by every register())
 *   _abc_init(cls)                 __abstractmethods__, cls._abc_impl, __abc_tpflags__
 *   _abc_register(cls, sub)        add a virtual subclass
 *   _abc_instancecheck(cls, inst)  / _abc_subclasscheck(cls, sub)
 *   _get_dump(cls)                 (registry, cache, negative cache, negative cache version)
 *   _reset_registry(cls) / _reset_caches(cls)
 *
 * State: each ABC's `_abc_impl` is an `_abc_data` object with three weak class sets (registry,
 * positive cache, negative cache) and the counter value the negative cache was filled under;
 * the negative cache is only trusted while that value equals the global counter.
 *
 * Weak sets (ClassSet): a JS Map from the class (identity) to an owned weakref to it, so a
 * membership test allocates nothing and never keeps a class alive. Each weakref has the set's
 * `_destroy` callback, which removes the entry when the class dies (as CPython's sets of
 * weakrefs do); until then a cleared weakref (wr_object === null) never counts as present.
 */
import { PyObject, PyType, TPFlags, Meth } from "../objects/object.ts";
import { TypeType, ObjectType, IntType, FrozenSetType, None, NotImplemented } from "../objects/types.ts";
import { intern } from "../objects/str.ts";
import { PyInt, newIntAny, True, False } from "../objects/int.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { PyDict, dictDelItemIf, dictGetItemStr } from "../objects/dict.ts";
import { newSet, setAdd, PySet } from "../objects/set.ts";
import { call, getAttr, getIter, isTrue, iterNext, lookupAttr, setAttr } from "../objects/abstract.ts";
import { typeModified, readyType } from "../objects/typeobject.ts";
import { newException, runtimeError, typeError } from "../objects/errors.ts";
import { AssertionErrorType } from "../objects/exceptions.ts";
import { newRef, RefType, PyWeakRef } from "../objects/weakref.ts";
import { PyCFunction } from "../objects/descr.ts";
import { isSubclass } from "./builtins.ts";
import { dealloc } from "../memory/refcount.ts";
import { buildModule, type ModDef } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
function incref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}
const bool = (b: boolean): PyObject => incref(b ? True : False);

const COLLECTION_FLAGS = TPFlags.SEQUENCE | TPFlags.MAPPING;
const N_IMPL = intern("_abc_impl");
const N_ABSTRACTMETHODS = intern("__abstractmethods__");
const N_ISABSTRACT = intern("__isabstractmethod__");
const N_TPFLAGS = intern("__abc_tpflags__");
const N_CLASS = intern("__class__");
const N_BASES = intern("__bases__");
const N_DICT = intern("__dict__");
const N_SUBCLASSCHECK = intern("__subclasscheck__");
const N_SUBCLASSHOOK = intern("__subclasshook__");
const N_SUBCLASSES = intern("__subclasses__");

/** Bumped by every successful register(): invalidates every ABC's negative cache. */
let invalidationCounter = 0;

// ---- weak class sets ------------------------------------------------------------------------------

class ClassSet {
  /** class -> the set's weakref to it (owned). */
  readonly map = new Map<PyObject, PyWeakRef>();
  /** weakref -> its class, for the weakref's callback (the referent is gone by then). */
  readonly classOf = new Map<PyWeakRef, PyObject>();
  /** The callback of this set's weakrefs (owned; made on first add). */
  private drop: PyCFunction | null = null;

  has(cls: PyObject): boolean {
    const wr = this.map.get(cls);
    return wr !== undefined && wr.wr_object === cls;
  }
  /** Add cls (TypeError when it cannot be weakly referenced). */
  add(cls: PyObject): void {
    if (this.has(cls)) return;
    if (this.drop === null) this.drop = new PyCFunction({ name: "_destroy", flags: Meth.O, fn: this.dropper() }, null, "_destroy", null);
    const wr = newRef(RefType, cls, this.drop);
    const old = this.map.get(cls);
    if (old !== undefined) this.forget(old);
    this.map.set(cls, wr);
    this.classOf.set(wr, cls);
  }
  /** The weakref callback: the class died, its entry goes (as CPython's _destroy). */
  private dropper(): (self: PyObject | null, wr: PyObject) => PyObject {
    return (_self, wr) => {
      if (wr instanceof PyWeakRef && this.classOf.has(wr)) this.forget(wr);
      return incref(None);
    };
  }
  private forget(wr: PyWeakRef): void {
    const cls = this.classOf.get(wr);
    this.classOf.delete(wr);
    if (cls !== undefined && this.map.get(cls) === wr) this.map.delete(cls);
    decref(wr);
  }
  clear(): void {
    const refs = [...this.map.values()];
    this.map.clear();
    this.classOf.clear();
    for (const wr of refs) decref(wr);
  }
  /** clear() and release the callback (the owning _abc_data is being freed). */
  dispose(): void {
    this.clear();
    const d = this.drop;
    this.drop = null;
    if (d !== null) decref(d);
  }
  /** The live classes, as new references (a snapshot: the set may change while they are used). */
  liveClasses(): PyObject[] {
    const out: PyObject[] = [];
    for (const wr of this.map.values()) if (wr.wr_object !== null) out.push(incref(wr.wr_object));
    return out;
  }
  /** A new set of the live weakrefs (what CPython's _get_dump returns). */
  refSet(): PySet {
    const s = newSet();
    for (const wr of this.map.values()) if (wr.wr_object !== null) setAdd(s, wr);
    return s;
  }
}

// ---- _abc_data ------------------------------------------------------------------------------------

class PyAbcData extends PyObject {
  declare registry: ClassSet;
  declare cache: ClassSet;
  declare negative: ClassSet;
  declare negativeVersion: number;
  constructor(t: PyType) {
    super(t);
    this.registry = new ClassSet();
    this.cache = new ClassSet();
    this.negative = new ClassSet();
    this.negativeVersion = invalidationCounter;
  }
}

let abcDataType: PyType | null = null;
function theAbcDataType(): PyType {
  if (abcDataType !== null) return abcDataType;
  const t = new PyType(TypeType, "_abc._abc_data", ObjectType, 0);
  t.tp_doc = "Internal state held by ABC machinery.";
  t.tp_dealloc = (o) => {
    const d = o as PyAbcData;
    d.registry.dispose();
    d.cache.dispose();
    d.negative.dispose();
  };
  readyType(t);
  abcDataType = t;
  return t;
}

/** cls._abc_impl, checked (a new reference). */
function implOf(cls: PyObject): PyAbcData {
  const impl = getAttr(cls, N_IMPL);
  if (impl.ob_type !== abcDataType) {
    decref(impl);
    throw typeError("_abc_impl is set to a wrong type");
  }
  return impl as PyAbcData;
}

// ---- abstract methods -----------------------------------------------------------------------------

/** Is o marked abstract (a true __isabstractmethod__ attribute)? */
function isAbstract(o: PyObject): boolean {
  const v = lookupAttr(o, N_ISABSTRACT);
  if (v === null) return false;
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

/** The (key, value) pairs of cls.__dict__, new references (snapshot). */
function namespaceItems(cls: PyObject): PyObject[] {
  const out: PyObject[] = [];
  if (cls instanceof PyType && cls.ob_type.tp_getattro === TypeType.tp_getattro) {
    const d = cls.tp_dict as PyDict;
    const ek = d.ekeys, ev = d.evalues;
    for (let i = 0; i < ek.length; i++) {
      const k = ek[i];
      if (k === null || k === undefined) continue;
      out.push(incref(k), incref(ev[i]!));
    }
    return out;
  }
  // a __dict__ that is not the class's own dict: read it through the mapping protocol
  const ns = getAttr(cls, N_DICT);
  try {
    const keys = call(getAttr(ns, intern("keys")), []);
    const it = getIter(keys);
    decref(keys);
    try {
      for (let k = iterNext(it); k !== null; k = iterNext(it)) {
        const getitem = ns.ob_type.mp_subscript;
        if (getitem === null) {
          decref(k);
          throw typeError(`'${ns.ob_type.tp_name}' object is not subscriptable`);
        }
        out.push(k, getitem(ns, k));
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(ns);
  }
  return out;
}

/**
 * cls.__abstractmethods__ = the names bound to abstract values in cls's own namespace, plus the
 * names abstract in a base that cls still resolves to an abstract value.
 */
function computeAbstractMethods(cls: PyObject): void {
  const names = new PySet(FrozenSetType);
  try {
    const items = namespaceItems(cls);
    try {
      for (let i = 0; i < items.length; i += 2) {
        if (isAbstract(items[i + 1]!)) setAdd(names, items[i]!);
      }
    } finally {
      for (const x of items) decref(x);
    }
    const bases = getAttr(cls, N_BASES);
    try {
      if (!(bases instanceof PyTuple)) throw typeError("__bases__ is not tuple");
      for (const base of bases.items) {
        const inherited = lookupAttr(base, N_ABSTRACTMETHODS);
        if (inherited === null) continue;
        const it = (() => {
          try {
            return getIter(inherited);
          } finally {
            decref(inherited);
          }
        })();
        try {
          for (let key = iterNext(it); key !== null; key = iterNext(it)) {
            try {
              const value = lookupAttr(cls, key);
              if (value === null) continue;
              const abstract = (() => {
                try {
                  return isAbstract(value);
                } finally {
                  decref(value);
                }
              })();
              if (abstract) setAdd(names, key);
            } finally {
              decref(key);
            }
          }
        } finally {
          decref(it);
        }
      }
    } finally {
      decref(bases);
    }
    setAttr(cls, N_ABSTRACTMETHODS, names);
  } finally {
    decref(names);
  }
}

// ---- collection flags (for match's sequence / mapping patterns) ------------------------------------

/** Give a class and its subclasses one collection flag; builtin (static) classes are left alone. */
function setCollectionFlag(t: PyType, flag: number): void {
  if ((t.tp_flags & TPFlags.HEAPTYPE) === 0 || (t.tp_flags & COLLECTION_FLAGS) === flag) return;
  t.tp_flags = (t.tp_flags & ~COLLECTION_FLAGS) | flag;
  typeModified(t);
  for (const s of t.tp_subclasses) setCollectionFlag(s, flag);
}

// ---- the module functions -------------------------------------------------------------------------

function abcInit(_m: PyObject, self: PyObject): PyObject {
  computeAbstractMethods(self);
  const data = new PyAbcData(theAbcDataType());
  try {
    setAttr(self, N_IMPL, data);
  } finally {
    decref(data);
  }
  if (self instanceof PyType) {
    const d = self.tp_dict as PyDict;
    const flags = dictGetItemStr(d, N_TPFLAGS);
    if (flags !== null) {
      if (flags.ob_type === IntType && flags instanceof PyInt) {
        const v = Number(BigInt.asUintN(64, BigInt(flags.value)) & BigInt(COLLECTION_FLAGS));
        if (v === COLLECTION_FLAGS) throw typeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
        if (v !== 0) {
          self.tp_flags |= v;
          typeModified(self);
        }
      }
      dictDelItemIf(d, N_TPFLAGS);
      typeModified(self);
    }
  }
  return incref(None);
}

function abcRegister(_m: PyObject, args: PyObject[]): PyObject {
  checkTwo("_abc_register", args);
  const self = args[0]!, subclass = args[1]!;
  if (!(subclass instanceof PyType)) throw typeError("Can only register classes");
  if (isSubclass(subclass, self)) return incref(subclass);
  if (isSubclass(self, subclass)) throw runtimeError("Refusing to create an inheritance cycle");
  const impl = implOf(self);
  try {
    impl.registry.add(subclass);
  } finally {
    decref(impl);
  }
  invalidationCounter++;
  if (self instanceof PyType) {
    const flag = self.tp_flags & COLLECTION_FLAGS;
    if (flag !== 0) setCollectionFlag(subclass, flag);
  }
  return incref(subclass);
}

/** self.__subclasscheck__(cls): a new reference to whatever it returns. */
function callSubclassCheck(self: PyObject, cls: PyObject): PyObject {
  const m = getAttr(self, N_SUBCLASSCHECK);
  try {
    return call(m, [cls]);
  } finally {
    decref(m);
  }
}

function abcInstanceCheck(_m: PyObject, args: PyObject[]): PyObject {
  checkTwo("_abc_instancecheck", args);
  const self = args[0]!, instance = args[1]!;
  const impl = implOf(self);
  const subclass = getAttr(instance, N_CLASS);
  try {
    if (impl.cache.has(subclass)) return bool(true);
    const subtype = instance.ob_type;
    if (subtype === subclass) {
      if (impl.negativeVersion === invalidationCounter && impl.negative.has(subclass)) return bool(false);
      return callSubclassCheck(self, subclass);
    }
    const r = callSubclassCheck(self, subclass);
    if (isTrue(r)) return r;
    decref(r);
    return callSubclassCheck(self, subtype);
  } finally {
    decref(subclass);
    decref(impl);
  }
}

function abcSubclassCheck(_m: PyObject, args: PyObject[]): PyObject {
  checkTwo("_abc_subclasscheck", args);
  const self = args[0]!, subclass = args[1]!;
  if (!(subclass instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  const impl = implOf(self);
  try {
    return bool(subclassCheck(self, subclass, impl));
  } finally {
    decref(impl);
  }
}

function subclassCheck(self: PyObject, subclass: PyType, impl: PyAbcData): boolean {
  // 1. the positive cache
  if (impl.cache.has(subclass)) return true;
  // 2. the negative cache, emptied when a register() happened since it was filled
  if (impl.negativeVersion < invalidationCounter) {
    impl.negative.clear();
    impl.negativeVersion = invalidationCounter;
  } else if (impl.negative.has(subclass)) return false;
  // 3. the subclass hook
  const hook = getAttr(self, N_SUBCLASSHOOK);
  let ok: PyObject;
  try {
    ok = call(hook, [subclass]);
  } finally {
    decref(hook);
  }
  if (ok === True) {
    decref(ok);
    impl.cache.add(subclass);
    return true;
  }
  if (ok === False) {
    decref(ok);
    impl.negative.add(subclass);
    return false;
  }
  const notImpl = ok === NotImplemented;
  decref(ok);
  if (!notImpl) throw newException(AssertionErrorType, "__subclasshook__ must return either False, True, or NotImplemented");
  // 4. a direct subclass
  if (subclass.tp_mro.includes(self as PyType)) {
    impl.cache.add(subclass);
    return true;
  }
  // 5. a registered class itself (answered without caching it), or a subclass of one
  if (impl.registry.has(subclass)) return true;
  if (anySubclassOf(subclass, impl.registry.liveClasses())) {
    impl.cache.add(subclass);
    return true;
  }
  // 6. a subclass of a subclass (recursive)
  const subs = (() => {
    const m = getAttr(self, N_SUBCLASSES);
    try {
      return call(m, []);
    } finally {
      decref(m);
    }
  })();
  let found: boolean;
  try {
    if (!(subs instanceof PyList)) throw typeError("__subclasses__() must return a list");
    found = anySubclassOf(subclass, subs.items.map(incref));
  } finally {
    decref(subs);
  }
  if (found) {
    impl.cache.add(subclass);
    return true;
  }
  // 7. no
  impl.negative.add(subclass);
  return false;
}

/** Is subclass a subclass (issubclass) of one of the classes? Releases `classes` (new refs). */
function anySubclassOf(subclass: PyObject, classes: PyObject[]): boolean {
  let i = 0;
  try {
    for (; i < classes.length; i++) {
      if (isSubclass(subclass, classes[i]!)) return true;
    }
    return false;
  } finally {
    for (const c of classes) decref(c);
  }
}

function getDump(_m: PyObject, self: PyObject): PyObject {
  const impl = implOf(self);
  try {
    // newTuple steals the four new references
    return newTuple([impl.registry.refSet(), impl.cache.refSet(), impl.negative.refSet(), newIntAny(impl.negativeVersion)]);
  } finally {
    decref(impl);
  }
}

function checkTwo(name: string, args: PyObject[]): void {
  if (args.length !== 2) throw typeError(`${name} expected 2 arguments, got ${args.length}`);
}

const DEFS: ModDef[] = [
  { name: "get_cache_token", flags: Meth.NOARGS, fn: () => newIntAny(invalidationCounter) },
  { name: "_abc_init", flags: Meth.O, fn: abcInit },
  { name: "_abc_register", flags: Meth.FASTCALL, fn: abcRegister },
  { name: "_abc_instancecheck", flags: Meth.FASTCALL, fn: abcInstanceCheck },
  { name: "_abc_subclasscheck", flags: Meth.FASTCALL, fn: abcSubclassCheck },
  { name: "_get_dump", flags: Meth.O, fn: getDump },
  { name: "_reset_registry", flags: Meth.O, fn: (_m: PyObject, self: PyObject) => {
    const impl = implOf(self);
    impl.registry.clear();
    decref(impl);
    return incref(None);
  } },
  { name: "_reset_caches", flags: Meth.O, fn: (_m: PyObject, self: PyObject) => {
    const impl = implOf(self);
    impl.cache.clear();
    impl.negative.clear();
    decref(impl);
    return incref(None);
  } },
];

export function makeAbcModule(): PyModule {
  theAbcDataType();
  return buildModule("_abc", DEFS);
}
