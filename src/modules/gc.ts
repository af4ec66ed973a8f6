/**
 * The `gc` builtin module (Modules/gcmodule.c's Python interface) over src/memory/gc.ts, and the
 * collector's environment (gcEnv): how it calls finalizers, weakref callbacks, gc.callbacks,
 * writes DEBUG_* output and fills gc.garbage.
 *
 *   enable() disable() isenabled() collect(generation=2) get_count() get_threshold()
 *   set_threshold(t0[, t1[, t2]]) get_debug() set_debug(flags) get_objects(generation=None)
 *   get_stats() get_referrers(*objs) get_referents(*objs) is_tracked(obj) is_finalized(obj)
 *   freeze() unfreeze() get_freeze_count() garbage callbacks DEBUG_STATS DEBUG_COLLECTABLE
 *   DEBUG_UNCOLLECTABLE DEBUG_SAVEALL DEBUG_LEAK
 */
import { PyObject, Meth, type MethodDef } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newInt, True, False } from "../objects/int.ts";
import { PyList, newList, listAppend } from "../objects/list.ts";
import { PyDict, newDict, dictSetItemStr } from "../objects/dict.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { newModule, PyModule } from "../objects/module.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { parseArgs } from "../objects/args.ts";
import { typeError, valueError, overflowError } from "../objects/errors.ts";
import * as A from "../objects/abstract.ts";
import { dealloc, reportFinalizerError } from "../memory/refcount.ts";
import * as G from "../memory/gc.ts";
import { GCBit, Mem } from "../memory/gc.ts";
import * as W from "../objects/weakref.ts";
import { initGCTypes, maybeUntrackTuple, maybeUntrackDict } from "../memory/traverse.ts";
import { initSizes } from "../memory/sizeof.ts";
import { host } from "../host/host.ts";
import { memoryOptions } from "../memory/runtime.ts";
import { startTracemallocAtStartup } from "./tracemalloc.ts";
import * as T from "../objects/types.ts";
import { PyType } from "../objects/object.ts";
import { ALL_EXCEPTION_TYPES } from "../objects/exceptions.ts";
import { sysGet } from "./sys.ts";
import { PyTuple as Tup } from "../objects/tuple.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** gc.garbage and gc.callbacks exist from start-up (the collector uses them). */
let garbage: PyList | null = null;
let callbacks: PyList | null = null;
function garbageList(): PyList {
  if (garbage === null) garbage = newList([]);
  return garbage;
}
function callbackList(): PyList {
  if (callbacks === null) callbacks = newList([]);
  return callbacks;
}

let unraisable: (e: unknown, obj: PyObject, msg?: string) => void = () => {};
/** How the collector reports exceptions from callbacks (PyErr_WriteUnraisable). */
export function setGCUnraisableHook(f: (e: unknown, obj: PyObject, msg?: string) => void): void {
  unraisable = f;
}

function writeStderr(text: string): void {
  const err = sysGet("stderr");
  if (err === null || err === None) {
    host().write(2, text);
    return;
  }
  const s = newStr(text);
  try {
    decref(A.callMethod(err, "write", [s]));
  } catch (e) {
    if (e instanceof PyObject) decref(e);
  } finally {
    decref(s);
  }
}

function invokeCallbacks(phase: "start" | "stop", generation: number, collected: number, uncollectable: number): void {
  const cbs = callbacks;
  if (cbs === null || cbs.items.length === 0) return;
  const info = newDict();
  const put = (k: string, v: number) => {
    const o = newInt(v);
    dictSetItemStr(info, intern(k), o);
    decref(o);
  };
  put("generation", generation);
  put("collected", collected);
  put("uncollectable", uncollectable);
  const ph = newStr(phase);
  // a copy: a callback may change gc.callbacks
  const list = cbs.items.slice();
  for (const x of list) x.ob_refcnt++;
  try {
    for (const cb of list) {
      try {
        decref(A.call(cb, [ph, info]));
      } catch (e) {
        unraisable(e, cb);
      }
    }
  } finally {
    for (const x of list) decref(x);
    decref(ph);
    decref(info);
  }
}

/** Install the collector's environment (start-up, once). */
export function initGC(): void {
  initGCTypes();
  initSizes();
  if (memoryOptions.tracemalloc > 0) startTracemallocAtStartup(memoryOptions.tracemalloc);
  if (memoryOptions.modelOff) {
    // measurement only: no memory-model bookkeeping for any object (see memory/runtime.ts)
    G.setMemoryModelOff();
    for (const v of Object.values(T)) if (v instanceof PyType) v.tp_mem = 0;
    for (const t of ALL_EXCEPTION_TYPES) t.tp_mem = 0;
    for (const t of [W.RefType, W.ProxyType, W.CallableProxyType]) t.tp_mem = 0;
  }
  G.setGCEnv({
    maybeUntrackTuple,
    maybeUntrackDict,
    clearWeakrefsOnDealloc: W.clearWeakrefsOnDealloc,
    isWeakref: W.isWeakref,
    clearRef: (wr) => W.clearRefKeepCallback(wr as W.PyWeakRef),
    weakrefsOf: W.weakrefsOf,
    callbackOf: (wr) => (wr as W.PyWeakRef).wr_callback,
    callCallback: W.callCallback,
    finalize: (o) => {
      try {
        o.ob_type.tp_finalize!(o);
      } catch (e) {
        reportFinalizerError(e, o);
      }
    },
    clear: (o) => {
      try {
        o.ob_type.tp_clear!(o);
      } catch (e) {
        unraisable(e, o.ob_type, "in tp_clear of");
      }
    },
    saveGarbage: (o) => listAppend(garbageList(), o),
    writeStderr,
    describe: (o) => `<${o.ob_type.tp_name} ${A.hexId(o)}>`,
    callbacks: invokeCallbacks,
    decref: (o, zero) => {
      if (zero === true) dealloc(o);
      else decref(o);
    },
    now: () => Number(host().monotonicNs()) / 1e9,
  });
  W.setWeakrefErrorHook((e, cb) => unraisable(e, cb));
}

/** Py_FinalizeEx's collection after the atexit callbacks (only when the collector is enabled). */
export function collectAtExit(): void {
  if (G.gcIsEnabled()) G.gcCollect(2);
}

// ---- the module --------------------------------------------------------------------------------

/** A C int argument ("i" format). */
function intArg(o: PyObject): number {
  if (!(o instanceof PyInt)) throw typeError(`'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = o.value;
  if (v > 2147483647 || v < -2147483648) throw overflowError("Python int too large to convert to C int");
  return Number(v);
}

/** Is `o` a GC object (PyObject_IS_GC)? */
function isGC(o: PyObject): boolean {
  const m = o.ob_type.tp_mem;
  if ((m & Mem.GC) !== 0) return true;
  if ((m & Mem.GC_IF_HEAP) !== 0) return ((o as unknown as { tp_flags: number }).tp_flags & (1 << 9)) !== 0;
  return o.ob_type.tp_traverse !== null && (o.ob_gc >>> GCBit.SHIFT) !== 0;
}

/** The objects `o` refers to, in traverse order (inline instance dicts expanded). */
function referentsOf(o: PyObject, out: PyObject[]): void {
  const f = o.ob_type.tp_traverse;
  if (f === null) return;
  f(o, (x) => out.push(x));
}

function getReferrers(targets: PyObject[]): PyObject {
  const set = new Set(targets);
  const out: PyObject[] = [];
  for (const o of G.gcObjects(-1)) {
    if (set.has(o)) continue;
    let hit = false;
    const f = o.ob_type.tp_traverse;
    if (f === null) continue;
    f(o, (x) => {
      if (set.has(x)) hit = true;
    });
    // an instance's inline dict is part of the instance: its values are visited by the instance
    if (hit && (o.ob_gc & GCBit.INLINE) === 0) {
      o.ob_refcnt++;
      out.push(o);
    }
  }
  return newList(out);
}

function tupleOf(a: number[]): PyObject {
  return newTuple(a.map((x) => newInt(x)));
}

function statsList(): PyObject {
  const items: PyObject[] = [];
  for (const s of G.genStats) {
    const d = newDict();
    for (const [k, v] of [["collections", s.collections], ["collected", s.collected], ["uncollectable", s.uncollectable]] as const) {
      const o = newInt(v);
      dictSetItemStr(d, intern(k), o);
      decref(o);
    }
    items.push(d);
  }
  return newList(items);
}

const DEFS: MethodDef[] = [
  { name: "enable", flags: Meth.NOARGS, fn: () => (G.gcSetEnabled(true), None) },
  { name: "disable", flags: Meth.NOARGS, fn: () => (G.gcSetEnabled(false), None) },
  { name: "isenabled", flags: Meth.NOARGS, fn: () => (G.gcIsEnabled() ? True : False) },
  { name: "collect", flags: Meth.KEYWORDS, fn: (_m: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [g] = parseArgs("collect", args, kw, ["generation"], { required: 0 });
    const gen = g === null ? 2 : intArg(g);
    if (gen < 0 || gen > 2) throw valueError("invalid generation");
    return newInt(G.gcCollect(gen));
  } },
  { name: "get_count", flags: Meth.NOARGS, fn: () => tupleOf(G.gcGetCount()) },
  { name: "get_threshold", flags: Meth.NOARGS, fn: () => tupleOf(G.gcGetThreshold()) },
  { name: "set_threshold", flags: Meth.FASTCALL, fn: (_m: PyObject, args: PyObject[]) => {
    if (args.length < 1) throw typeError("set_threshold() takes at least 1 argument (0 given)");
    if (args.length > 3) throw typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
    const v = args.map((a) => intArg(a));
    G.gcSetThreshold(v[0]!, v[1] ?? null, v[2] ?? null);
    return None;
  } },
  { name: "get_debug", flags: Meth.NOARGS, fn: () => newInt(G.gcGetDebug()) },
  { name: "set_debug", flags: Meth.O, fn: (_m: PyObject, f: PyObject) => {
    G.gcSetDebug(intArg(f));
    return None;
  } },
  { name: "get_objects", flags: Meth.KEYWORDS, fn: (_m: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [g] = parseArgs("get_objects", args, kw, ["generation"], { required: 0 });
    let gen = -1;
    if (g !== null && g !== None) {
      gen = intArg(g);
      if (gen >= 3) throw valueError("generation parameter must be less than the number of available generations (3)");
      if (gen < -1) throw valueError("generation parameter cannot be negative");
    }
    const objs = G.gcObjects(gen).filter((o) => (o.ob_gc & GCBit.INLINE) === 0);
    for (const o of objs) o.ob_refcnt++;
    return newList(objs);
  } },
  { name: "get_stats", flags: Meth.NOARGS, fn: () => statsList() },
  { name: "get_referrers", flags: Meth.FASTCALL, fn: (_m: PyObject, args: PyObject[]) => getReferrers(args) },
  { name: "get_referents", flags: Meth.FASTCALL, fn: (_m: PyObject, args: PyObject[]) => {
    const out: PyObject[] = [];
    for (const o of args) {
      if (!isGC(o)) continue;
      referentsOf(o, out);
    }
    for (const x of out) x.ob_refcnt++;
    return newList(out);
  } },
  { name: "is_tracked", flags: Meth.O, fn: (_m: PyObject, o: PyObject) => (G.gcIsTracked(o) ? True : False) },
  { name: "is_finalized", flags: Meth.O, fn: (_m: PyObject, o: PyObject) => (isGC(o) && (o.ob_gc & GCBit.FINALIZED) !== 0 ? True : False) },
  { name: "freeze", flags: Meth.NOARGS, fn: () => (G.gcFreeze(), None) },
  { name: "unfreeze", flags: Meth.NOARGS, fn: () => (G.gcUnfreeze(), None) },
  { name: "get_freeze_count", flags: Meth.NOARGS, fn: () => newInt(G.gcFreezeCount()) },
];

let gcModule: PyModule | null = null;
export function makeGCModule(): PyModule {
  if (gcModule !== null) {
    gcModule.ob_refcnt++;
    return gcModule;
  }
  const m = newModule("gc");
  const d = m.dict!;
  const name = intern("gc");
  for (const def of DEFS) {
    const f = newBuiltinFunction(def, name);
    dictSetItemStr(d, intern(def.name), f);
    decref(f);
  }
  const put = (k: string, v: PyObject) => {
    dictSetItemStr(d, intern(k), v);
    decref(v);
  };
  const g = garbageList(), c = callbackList();
  g.ob_refcnt++;
  c.ob_refcnt++;
  put("garbage", g);
  put("callbacks", c);
  put("DEBUG_STATS", newInt(1));
  put("DEBUG_COLLECTABLE", newInt(2));
  put("DEBUG_UNCOLLECTABLE", newInt(4));
  put("DEBUG_SAVEALL", newInt(32));
  put("DEBUG_LEAK", newInt(38));
  m.ob_refcnt++;
  gcModule = m;
  return m;
}

export { PyStr, PyDict, PyTuple, Tup };
