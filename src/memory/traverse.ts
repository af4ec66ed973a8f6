/**
 * The cycle collector's per-type hooks (CPython's tp_traverse / tp_clear) and GC policy of the
 * builtin types, installed by initGCTypes() at start-up.
 *
 * INVARIANT (the collector's soundness): a type's traverse visits exactly the references its
 * instances OWN, i.e. those its tp_dealloc releases, each once. Visiting a reference that is
 * not counted in the target's ob_refcnt would make live objects look unreachable. Objects that
 * are not tracked are ignored by the visitors, so visiting immortal or static objects is harmless.
 *
 * tp_clear drops references to break a cycle (what CPython's tp_clear does): containers empty
 * themselves, functions drop defaults/closure/dict/annotations, instances drop their dict and
 * __slots__ values. Generators have no tp_clear (their finalizer, close(), releases the frame).
 *
 * Tracking policy (gc.is_tracked as CPython 3.11): tuples, lists, sets, functions, methods,
 * cells, iterators, instances of classes... are tracked when allocated; dicts start untracked
 * and are tracked when a key or value that may be tracked is stored (maintainDictTracking,
 * MAINTAIN_TRACKING in dictobject.c); a full collection untracks dicts holding only atomic
 * values, every collection untracks tuples holding only atomic values. Frames are tracked when a
 * finished frame stays alive (held by a traceback), as take_ownership does.
 */
import { PyObject, PyType, PyInstance, TPFlags } from "../objects/object.ts";
import * as T from "../objects/types.ts";
import { ALL_EXCEPTION_TYPES, PyBaseException } from "../objects/exceptions.ts";
import type { PyTuple } from "../objects/tuple.ts";
import type { PyList } from "../objects/list.ts";
import { type PyDict, dictClear } from "../objects/dict.ts";
import type { PySet } from "../objects/set.ts";
import type { PyFunction, PyMethod, PyStaticMethod, PyClassMethod, PyProperty } from "../objects/funcobject.ts";
import type { PyCell } from "../objects/cell.ts";
import type { PyTraceback } from "../objects/traceback.ts";
import type { PyGen } from "../objects/genobject.ts";
import type { PyCFunction, PyMethodWrapper } from "../objects/descr.ts";
import type { PySlice } from "../objects/slice.ts";
import type { PyGenericAlias } from "../objects/genericalias.ts";
import { type Frame, frameLocalsDicts } from "../vm/frame.ts";

// vm/frame.ts FrameState values (a type-only import keeps the module graph light)
const CREATED = 0, SUSPENDED = 1, EXECUTING = 2;
import { dealloc } from "./refcount.ts";
import { GCBit, Mem, gcUntrack, mayBeTracked, setGCTypeHooks, preHeaderSize, gcNewClass, memoryModelOff } from "./gc.ts";
import { newTuple } from "../objects/tuple.ts";
import { typeModified } from "../objects/typeobject.ts";
import { typeLayout } from "./sizeof.ts";
import * as W from "../objects/weakref.ts";
import { SimpleNamespaceType } from "../objects/namespace.ts";

type Visit = (o: PyObject) => void;
type Any = Record<string, unknown>;

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
function vx(x: unknown, visit: Visit): void {
  if (x !== null && x !== undefined) visit(x as PyObject);
}
function visitArray(a: readonly (PyObject | null)[] | null | undefined, visit: Visit): void {
  if (a === null || a === undefined) return;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x !== null && x !== undefined) visit(x);
  }
}
/** Py_CLEAR on a field. */
function clearField(o: PyObject, k: string): void {
  const r = o as unknown as Any;
  const x = r[k] as PyObject | null | undefined;
  if (x !== null && x !== undefined) {
    r[k] = null;
    decref(x);
  }
}
function clearArray(a: (PyObject | null)[]): void {
  for (let i = a.length - 1; i >= 0; i--) {
    const x = a[i];
    a[i] = null;
    if (x !== null && x !== undefined) decref(x);
  }
}

// ---- dict tracking -------------------------------------------------------------------------------

/** _PyDict_MaybeUntrack (exact dicts, during full collections). */
export function maybeUntrackDict(o: PyObject): void {
  if (o.ob_type !== T.DictType) return;
  const d = o as PyDict;
  const ek = d.ekeys, ev = d.evalues;
  for (let i = 0; i < ek.length; i++) {
    const k = ek[i];
    if (k === null || k === undefined) continue;
    if (mayBeTracked(k) || mayBeTracked(ev[i]!)) return;
  }
  gcUntrack(d);
}
/** _PyTuple_MaybeUntrack (exact tuples). */
export function maybeUntrackTuple(o: PyObject): void {
  if (o.ob_type !== T.TupleType) return;
  const items = (o as PyTuple).items;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x !== null && x !== undefined && mayBeTracked(x)) return;
  }
  gcUntrack(o);
}

// ---- traverse / clear of the builtin types --------------------------------------------------------

/** Items last to first, as tupletraverse and list_traverse. */
function visitReversed(a: readonly (PyObject | null)[] | undefined, visit: Visit): void {
  if (a === undefined) return;
  for (let i = a.length - 1; i >= 0; i--) {
    const x = a[i];
    if (x !== null && x !== undefined) visit(x);
  }
}
function tupleTraverse(o: PyObject, visit: Visit): void {
  visitReversed((o as PyTuple).items, visit);
}
function listTraverse(o: PyObject, visit: Visit): void {
  visitReversed((o as PyList).items, visit);
}
function listClear(o: PyObject): void {
  const l = o as PyList;
  const items = l.items;
  l.items = [];
  l.allocated = 0;
  clearArray(items);
}
function dictTraverse(o: PyObject, visit: Visit): void {
  const d = o as PyDict;
  const ek = d.ekeys, ev = d.evalues;
  if (ek === undefined) return;
  // a table of str keys only: the values (keys cannot be in cycles); else value then key
  let unicode = true;
  for (let i = 0; i < ek.length; i++) {
    const k = ek[i];
    if (k !== null && k !== undefined && k.ob_type !== T.StrType) {
      unicode = false;
      break;
    }
  }
  for (let i = 0; i < ek.length; i++) {
    const k = ek[i];
    if (k === null || k === undefined) continue;
    visit(ev[i]!);
    if (!unicode) visit(k);
  }
}
function setTraverse(o: PyObject, visit: Visit): void {
  const keys = (o as PySet).keys;
  if (keys === undefined) return;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && k !== undefined && (k.ob_type !== T.NoneTypeType || k === T.None)) visit(k);
  }
}
function setClear(o: PyObject): void {
  const s = o as PySet;
  const keys = s.keys;
  // an empty table of the minimum size
  s.keys = new Array(8).fill(null);
  s.hashes = new Array(8).fill(0);
  s.fill = 0;
  s.used = 0;
  s.mask = 7;
  s.finger = 0;
  for (const k of keys) if (k !== null && k !== undefined && (k.ob_type !== T.NoneTypeType || k === T.None)) decref(k);
}
function functionTraverse(o: PyObject, visit: Visit): void {
  const f = o as PyFunction;
  vx(f.code, visit);
  vx(f.globals, visit);
  vx(f.builtins, visit);
  vx(f.module, visit);
  vx(f.defaults, visit);
  vx(f.kwdefaults, visit);
  vx(f.doc, visit);
  vx(f.name, visit);
  vx(f.dict, visit);
  vx(f.closure, visit);
  vx(f.annotations, visit);
  vx(f.qualname, visit);
}
function functionClear(o: PyObject): void {
  // globals/builtins/code/name stay (the function stays callable); the dict among them is cleared
  // itself when it is part of the garbage
  for (const k of ["defaults", "kwdefaults", "closure", "annotations", "dict"]) clearField(o, k);
}
function methodTraverse(o: PyObject, visit: Visit): void {
  vx((o as PyMethod).func, visit);
  vx((o as PyMethod).self, visit);
}
function cellTraverse(o: PyObject, visit: Visit): void {
  vx((o as PyCell).ref, visit);
}
function cellClear(o: PyObject): void {
  clearField(o, "ref");
}
function moduleTraverse(o: PyObject, visit: Visit): void {
  vx(o.dict, visit);
}
function tracebackTraverse(o: PyObject, visit: Visit): void {
  vx((o as PyTraceback).tb_next, visit);
  vx((o as PyTraceback).tb_frame, visit);
}
function tracebackClear(o: PyObject): void {
  clearField(o, "tb_next");
}
function cfunctionTraverse(o: PyObject, visit: Visit): void {
  vx((o as PyCFunction).self, visit);
  vx((o as PyCFunction).module, visit);
}
function methodWrapperTraverse(o: PyObject, visit: Visit): void {
  vx((o as PyMethodWrapper).self, visit);
  vx((o as PyMethodWrapper).descr, visit);
}
function callableTraverse(o: PyObject, visit: Visit): void {
  vx((o as PyStaticMethod | PyClassMethod).callable, visit);
  vx(o.dict, visit);
}
function callableClear(o: PyObject): void {
  clearField(o, "dict");
}
function propertyTraverse(o: PyObject, visit: Visit): void {
  const p = o as PyProperty;
  vx(p.fget, visit);
  vx(p.fset, visit);
  vx(p.fdel, visit);
  vx(p.doc, visit);
  vx(p.name, visit);
}
function sliceTraverse(o: PyObject, visit: Visit): void {
  const s = o as PySlice;
  vx(s.start, visit);
  vx(s.stop, visit);
  vx(s.step, visit);
}
function exceptionTraverse(o: PyObject, visit: Visit): void {
  const e = o as PyBaseException;
  vx(e.dict, visit);
  vx(e.args, visit);
  vx(e.traceback, visit);
  vx(e.cause, visit);
  vx(e.context, visit);
  visitArray(e.extra, visit);
}
function exceptionClear(o: PyObject): void {
  for (const k of ["traceback", "context", "cause", "dict"]) clearField(o, k);
  const e = o as PyBaseException;
  if (e.extra !== null) clearArray(e.extra);
}
function genericAliasTraverse(o: PyObject, visit: Visit): void {
  const g = o as PyGenericAlias;
  vx(g.origin, visit);
  vx(g.args, visit);
  vx(g.params, visit);
}
/** The owned contents of a frame that is not executing: its function and s[0..sp). */
function frameContents(f: Frame, visit: Visit): void {
  vx(f.func, visit);
  vx(f.code, visit);
  const s = f.s;
  if (s === undefined) return;
  for (let i = 0; i < f.sp; i++) {
    const x = s[i];
    if (x !== null && x !== undefined) visit(x);
  }
}
function frameTraverse(o: PyObject, visit: Visit): void {
  const f = o as Frame;
  if (f.state === EXECUTING) return;
  frameContents(f, visit);
  if (frameLocalsDicts.count !== 0) vx(frameLocalsDicts.get!(f) ?? null, visit);
}
function frameClear(o: PyObject): void {
  const f = o as Frame;
  if (f.state === EXECUTING) return;
  const s = f.s;
  const n = f.sp;
  for (let i = n - 1; i >= 0; i--) {
    const x = s[i];
    if (x !== null && x !== undefined) {
      s[i] = null;
      decref(x);
    }
  }
  f.sp = Math.min(f.sp, f.code.nlocalsplus);
  if (frameLocalsDicts.count !== 0) frameLocalsDicts.forget!(f);
}
function genTraverse(o: PyObject, visit: Visit): void {
  const g = o as PyGen;
  vx(g.code, visit);
  vx(g.name, visit);
  vx(g.qualname, visit);
  const f = g.frame;
  // a running generator's frame belongs to the eval loop (CPython: stacktop -1 while executing)
  if (f !== null && f !== undefined && !g.running && (f.state === CREATED || f.state === SUSPENDED)) frameContents(f, visit);
  if (g.excState !== undefined) vx(g.excState.exc, visit);
}
function weakrefTraverse(o: PyObject, visit: Visit): void {
  vx((o as W.PyWeakRef).wr_callback, visit);
}
function weakrefClear(o: PyObject): void {
  W.clearWeakref(o as W.PyWeakRef);
}
/** Single-field objects: iterators, views, wrappers. */
function fieldsTraverse(...names: string[]): (o: PyObject, visit: Visit) => void {
  if (names.length === 1) {
    const k = names[0]!;
    return (o, visit) => vx((o as unknown as Any)[k], visit);
  }
  return (o, visit) => {
    const r = o as unknown as Any;
    for (const k of names) {
      const x = r[k];
      if (Array.isArray(x)) visitArray(x as PyObject[], visit);
      else vx(x, visit);
    }
  };
}
function fieldsClear(...names: string[]): (o: PyObject) => void {
  return (o) => {
    const r = o as unknown as Any;
    for (const k of names) {
      const x = r[k];
      if (Array.isArray(x)) continue; // arrays are read unguarded by the type's code
      clearField(o, k);
    }
  };
}

// ---- classes (heap types) --------------------------------------------------------------------------

/** The builtin (static) type whose traverse a class inherits. */
function staticBase(t: PyType): PyType {
  let b: PyType | null = t;
  while (b !== null && (b.tp_flags & TPFlags.HEAPTYPE) !== 0) b = b.tp_base;
  return b ?? T.ObjectType;
}

/**
 * subtype_traverse: the __slots__ values (most derived class first), the instance dict (or its
 * inline values), the class, then the builtin base's references.
 */
function subtypeTraverse(o: PyObject, visit: Visit): void {
  const type = o.ob_type;
  const slots = (o as PyInstance).slots;
  if (slots !== null && slots !== undefined) {
    for (let t: PyType | null = type; t !== null && (t.tp_flags & TPFlags.HEAPTYPE) !== 0; t = t.tp_base) {
      const from = t.tp_base === null ? 0 : t.tp_base.tp_nslots;
      for (let i = from; i < t.tp_nslots && i < slots.length; i++) {
        const x = slots[i];
        if (x !== null && x !== undefined) visit(x);
      }
    }
  }
  const base = staticBase(type);
  if (!base.tp_traversesdict) {
    const d = o.dict;
    if (d !== null && d !== undefined) {
      if ((d.ob_gc & GCBit.INLINE) !== 0) {
        // inline values: the instance holds the values directly
        const ev = d.evalues, ek = d.ekeys;
        for (let i = 0; i < ek.length; i++) if (ek[i] !== null && ek[i] !== undefined) visit(ev[i]!);
      } else visit(d);
    }
  }
  visit(type);
  const bt = base.tp_traverse;
  if (bt !== null && bt !== subtypeTraverse) bt(o, visit);
}
/** subtype_clear: drop the __slots__ values and the instance dict, then the base's clear. */
function subtypeClear(o: PyObject): void {
  const slots = (o as PyInstance).slots;
  if (slots !== null && slots !== undefined) clearArray(slots);
  const base = staticBase(o.ob_type);
  if (!base.tp_traversesdict) {
    const d = o.dict;
    if (d !== null && d !== undefined) {
      if ((d.ob_gc & GCBit.INLINE) !== 0) {
        // the values go, the (private) dict object stays
        d.ob_refcnt++;
        dictClear(d);
        decref(d);
      } else {
        o.dict = null;
        decref(d);
      }
    }
  }
  const bc = base.tp_clear;
  if (bc !== null && bc !== subtypeClear) bc(o);
}

/**
 * type_new's hook: the memory-model fields of a new class. Every class is a GC type tracked from
 * allocation (3.11: "all heap types need GC"), except metaclasses (tspy keeps classes untracked).
 * Instances support weakrefs when the class or a base has __weakref__.
 */
export function memTypeNew(type: PyType): void {
  if ((type.tp_flags & TPFlags.TYPE_SUBCLASS) !== 0 || isTypeSubclass(type)) {
    // a metaclass: its instances are classes (GC objects as heap types, tracked by type_new)
    type.tp_mem = Mem.GC_IF_HEAP | Mem.HEAP | Mem.ADDRESSED;
  } else {
    type.tp_mem = Mem.GC | Mem.TRACK | Mem.HEAP | Mem.ADDRESSED;
  }
  typeLayout(type);
  if (type.tp_itemsize === 0 && (type.tp_mem & Mem.GC_IF_HEAP) === 0) {
    const bytes = preHeaderSize(type) + type.tp_basicsize;
    type.tp_mem |= ((bytes + 15) >> 4) << Mem.UNITS_SHIFT;
  }
  type.tp_traverse = subtypeTraverse;
  type.tp_clear = subtypeClear;
  // the class's own references, as CPython's type object holds them: its MRO and bases as
  // tuples (the MRO tuple contains the class itself: a cycle only the collector breaks) and its
  // best base
  const mro = newTuple(type.tp_mro.map((t) => (t.ob_refcnt++, t)));
  const bases = newTuple(type.tp_bases.map((t) => (t.ob_refcnt++, t)));
  classRefs.set(type, { mro, bases });
  if (type.tp_base !== null) type.tp_base.ob_refcnt++;
  gcNewClass(type);
  if (memoryModelOff) type.tp_mem = 0;
}
/** The MRO and bases tuples a class owns. */
const classRefs = new Map<PyType, { mro: PyTuple | null; bases: PyTuple | null }>();

/**
 * type_set_bases / mro_internal after the class was set up: the MRO tuple the class owns follows
 * its new tp_mro (the old tuple is released). No-op for a class without memTypeNew's references or
 * one already cleared by the collector.
 */
export function memClassMroChanged(type: PyType): void {
  const r = classRefs.get(type);
  if (r === undefined || r.mro === null) return;
  const old = r.mro;
  r.mro = newTuple(type.tp_mro.map((t) => (t.ob_refcnt++, t)));
  decref(old);
}
/**
 * type_set_bases: the bases tuple follows the new tp_bases and the class's reference moves from
 * `oldBase` to its new best base (the old references are released last: they may free a class).
 */
export function memClassBasesChanged(type: PyType, oldBase: PyType | null): void {
  const r = classRefs.get(type);
  if (r === undefined) return;
  const nb = type.tp_base;
  if (nb !== null) nb.ob_refcnt++;
  const old = r.bases;
  r.bases = newTuple(type.tp_bases.map((t) => (t.ob_refcnt++, t)));
  if (old !== null) decref(old);
  if (oldBase !== null) decref(oldBase);
}

/** type_traverse for classes: dict, MRO, bases, best base. */
function typeTraverse(o: PyObject, visit: Visit): void {
  const t = o as PyType;
  if ((t.tp_flags & TPFlags.HEAPTYPE) === 0) return;
  vx(t.tp_dict, visit);
  const r = classRefs.get(t);
  if (r !== undefined) {
    vx(r.mro, visit);
    vx(r.bases, visit);
  }
  vx(t.tp_base, visit);
  // the metaclass: visited by subtypeTraverse (a class metaclass's traverse), which calls this
  // one as its builtin base's; visiting it here too counted the reference twice
}
/** type_clear: empty the dict, drop the MRO tuple (the lookups use tp_mro, which stays). */
function typeClear(o: PyObject): void {
  const t = o as PyType;
  if ((t.tp_flags & TPFlags.HEAPTYPE) === 0) return;
  typeModified(t);
  const r = classRefs.get(t);
  if (r !== undefined && r.mro !== null) {
    const m = r.mro;
    r.mro = null;
    decref(m);
  }
  const d = t.tp_dict;
  if (d !== null) {
    d.ob_refcnt++;
    dictClear(d);
    decref(d);
  }
}
/** type_dealloc of a class: unlink from the bases' subclass lists, release what it owns. */
function typeDealloc(o: PyObject): void {
  const t = o as PyType;
  if ((t.tp_flags & TPFlags.HEAPTYPE) === 0) return;
  for (const b of t.tp_bases) {
    const i = b.tp_subclasses.indexOf(t);
    if (i >= 0) b.tp_subclasses.splice(i, 1);
  }
  t.tp_cache.clear();
  const r = classRefs.get(t);
  classRefs.delete(t);
  if (r !== undefined) {
    if (r.mro !== null) decref(r.mro);
    if (r.bases !== null) decref(r.bases);
  }
  const d = t.tp_dict;
  if (d !== null) decref(d);
  const base = t.tp_base;
  if (base !== null) decref(base);
}

function isTypeSubclass(t: PyType): boolean {
  for (const b of t.tp_mro) if (b === T.TypeType) return true;
  return false;
}
// ---- installation ---------------------------------------------------------------------------------

function setGC(t: PyType, traverse: ((o: PyObject, v: Visit) => void) | null, clear: ((o: PyObject) => void) | null, track = true): void {
  t.tp_mem = Mem.GC | (track ? Mem.TRACK : 0);
  t.tp_traverse = traverse;
  t.tp_clear = clear;
}

let installed = false;
/** Give the builtin types their GC policy, traverse and clear (start-up, once). */
export function initGCTypes(): void {
  if (installed) return;
  installed = true;
  setGCTypeHooks(T.TupleType, memTypeNew);
  setGC(T.TupleType, tupleTraverse, null);
  setGC(T.ListType, listTraverse, listClear);
  setGC(T.DictType, dictTraverse, (o) => dictClear(o as PyDict), false);
  setGC(T.SetType, setTraverse, setClear);
  setGC(T.FrozenSetType, setTraverse, setClear);
  setGC(T.FunctionType, functionTraverse, functionClear);
  setGC(T.MethodType, methodTraverse, null);
  setGC(T.CellType, cellTraverse, cellClear);
  setGC(T.ModuleType, moduleTraverse, null);
  setGC(T.TracebackType, tracebackTraverse, tracebackClear);
  setGC(T.BuiltinFunctionType, cfunctionTraverse, null);
  setGC(T.MethodWrapperType, methodWrapperTraverse, null);
  setGC(T.StaticMethodType, callableTraverse, callableClear);
  setGC(T.ClassMethodType, callableTraverse, callableClear);
  setGC(T.PropertyType, propertyTraverse, null);
  setGC(T.SliceType, sliceTraverse, null);
  setGC(T.GenericAliasType, genericAliasTraverse, null);
  setGC(T.UnionTypeType, fieldsTraverse("args"), null);
  setGC(T.MappingProxyType, fieldsTraverse("mapping"), null);
  for (const t of [T.GeneratorType, T.CoroutineType, T.AsyncGeneratorType]) setGC(t, genTraverse, null);
  setGC(T.CoroWrapperType, fieldsTraverse("coro"), null);
  setGC(T.AsyncGenWrappedValueType, fieldsTraverse("value"), null);
  setGC(T.AsyncGenASendType, fieldsTraverse("gen", "sendval"), null);
  setGC(T.AsyncGenAThrowType, fieldsTraverse("gen", "args"), null);
  // iterators and views
  setGC(T.ListIterType, fieldsTraverse("seq"), fieldsClear("seq"));
  setGC(T.ListRevIterType, fieldsTraverse("seq"), fieldsClear("seq"));
  setGC(T.TupleIterType, fieldsTraverse("seq"), fieldsClear("seq"));
  setGC(T.SeqIterType, fieldsTraverse("seq"), fieldsClear("seq"));
  setGC(T.CallIterType, fieldsTraverse("func", "sentinel"), fieldsClear("func"));
  setGC(T.SetIterType, fieldsTraverse("set"), fieldsClear("set"));
  setGC(T.BytesIterType, fieldsTraverse("seq"), null);
  setGC(T.ByteArrayIterType, fieldsTraverse("seq"), null);
  setGC(T.MemoryIterType, fieldsTraverse("view"), null);
  setGC(T.MemoryViewType, fieldsTraverse("obj"), null);
  for (const t of [T.DictKeyIterType, T.DictValueIterType, T.DictItemIterType, T.DictRevKeyIterType, T.DictRevValueIterType, T.DictRevItemIterType]) {
    setGC(t, fieldsTraverse("d"), fieldsClear("d"));
  }
  for (const t of [T.DictKeysType, T.DictValuesType, T.DictItemsType]) setGC(t, fieldsTraverse("d"), null);
  setGC(T.EnumerateType, fieldsTraverse("it"), null);
  setGC(T.ZipType, fieldsTraverse("its"), null);
  setGC(T.MapType, fieldsTraverse("func", "its"), null);
  setGC(T.FilterType, fieldsTraverse("func", "it"), null);
  setGC(T.ReversedType, fieldsTraverse("seq"), fieldsClear("seq"));
  setGC(T.StrIterType, null, null);
  // types.SimpleNamespace: its attribute dict (`ns.me = ns` is a cycle). Clearing empties the
  // dict rather than dropping it: repr and == read it unguarded
  setGC(SimpleNamespaceType, fieldsTraverse("dict"), (o) => {
    const d = o.dict;
    if (d === null || d === undefined) return;
    d.ob_refcnt++;
    dictClear(d);
    decref(d);
  });
  SimpleNamespaceType.tp_traversesdict = true;
  for (const t of ALL_EXCEPTION_TYPES) setGC(t, exceptionTraverse, exceptionClear);
  // frames: not counted as allocations (interpreter frames are not objects in CPython); tracked
  // when a finished frame is kept alive
  T.FrameType.tp_traverse = frameTraverse;
  T.FrameType.tp_clear = frameClear;
  for (const t of [W.RefType, W.ProxyType, W.CallableProxyType]) setGC(t, weakrefTraverse, weakrefClear);
  // classes (the metatype `type`: its instances are GC objects when they are heap types)
  T.TypeType.tp_mem = Mem.GC_IF_HEAP;
  T.TypeType.tp_traverse = typeTraverse;
  T.TypeType.tp_clear = typeClear;
  T.TypeType.tp_dealloc = typeDealloc;
  // descriptors (d_type is a borrowed reference in tspy: nothing to visit)
  for (const t of [T.MethodDescrType, T.ClassMethodDescrType, T.WrapperDescrType, T.GetSetDescrType, T.MemberDescrType]) {
    setGC(t, () => {}, null);
  }
  for (const t of [T.FunctionType, T.ModuleType, T.StaticMethodType, T.ClassMethodType, ...ALL_EXCEPTION_TYPES]) t.tp_traversesdict = true;
  // the type free lists (alloc.ts keys)
  T.ListType.tp_mem |= 1 << Mem.FREELIST_SHIFT;
  T.DictType.tp_mem |= 2 << Mem.FREELIST_SHIFT;
  T.FloatType.tp_mem |= 3 << Mem.FREELIST_SHIFT;
}
