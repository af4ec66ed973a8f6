/**
 * `_tracemalloc` over the memory model: while tracing, every object the model registers
 * (src/memory/gc.ts ObjectRegistry: creation and deallocation) is a trace of its allocation
 * size (sizeof.ts: the bytes the allocator model gives it, measured when the object is first
 * seen after its creation) with the traceback of the Python frames that created it (up to the
 * traceback limit, most recent first). lib/tracemalloc.py builds snapshots and statistics on
 * _get_traces().
 *
 * Traced objects are kept in a Map until they are deallocated; sizes are measured lazily
 * (the constructor has not filled a variable-size object in when it registers), so the current
 * and peak totals are brought up to date before they are reported.
 */
import { PyObject, Meth } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { newInt } from "../objects/int.ts";
import { newStr } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { valueError, typeError } from "../objects/errors.ts";
import { getObjectRegistry, setObjectRegistry, type ObjectRegistry } from "../memory/gc.ts";
import { allocationSize } from "../memory/sizeof.ts";
import { lineOf } from "../objects/codeobject.ts";
import { ts } from "../vm/state.ts";
import type { Frame } from "../vm/frame.ts";
import { buildModule, pyBool, pyNone, asLong } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

/** One allocation: its size (-1: not measured yet) and its frames (filename, line; most recent first). */
interface Trace {
  size: number;
  frames: [string, number][];
  total: number;
}

let tracing = false;
let limit = 1;
let traces = new Map<PyObject, Trace>();
/** Objects whose size is still to be measured. */
let unsized: PyObject[] = [];
let current = 0;
let peak = 0;
let outer: ObjectRegistry | null = null;

function captureFrames(): [[string, number][], number] {
  const out: [string, number][] = [];
  let total = 0;
  for (let f = ts.frame as Frame | null; f !== null; f = f.back) {
    total++;
    if (out.length < limit) out.push([f.code.filename.value, lineOf(f.code, f.lasti)]);
  }
  if (out.length === 0) out.push(["<unknown>", 0]);
  return [out, Math.max(total, 1)];
}

/** Measure the objects created since the last call (their constructors have finished). */
function settle(): void {
  if (unsized.length === 0) return;
  const list = unsized;
  unsized = [];
  for (const o of list) {
    const t = traces.get(o);
    if (t === undefined || t.size >= 0) continue;
    let size: number;
    try {
      size = allocationSize(o);
    } catch {
      // still under construction (settled from inside a constructor): measured next time
      unsized.push(o);
      continue;
    }
    t.size = size;
    current += t.size;
    if (current > peak) peak = current;
  }
}

const tracer: ObjectRegistry = {
  add(o: PyObject): void {
    if (outer !== null) outer.add(o);
    // the objects seen before this one (their constructors are done, unless nested in o's)
    if (unsized.length >= 4096) settle();
    const [frames, total] = captureFrames();
    traces.set(o, { size: -1, frames, total });
    unsized.push(o);
  },
  delete(o: PyObject): void {
    if (outer !== null) outer.delete(o);
    const t = traces.get(o);
    if (t === undefined) return;
    traces.delete(o);
    if (t.size >= 0) current -= t.size;
  },
};

function start(nframe: number): void {
  if (nframe < 1 || nframe > 65535) throw valueError("the number of frames must be in range [1; 65535]");
  limit = nframe;
  if (tracing) return;
  tracing = true;
  outer = getObjectRegistry();
  setObjectRegistry(tracer);
}
function stop(): void {
  if (!tracing) return;
  tracing = false;
  setObjectRegistry(outer);
  outer = null;
  clearTraces();
}
function clearTraces(): void {
  traces = new Map();
  unsized = [];
  current = 0;
  peak = 0;
}

function traceTuple(t: Trace): PyObject {
  const frames = t.frames.map(([file, line]) => newTuple([newStr(file), newInt(line)]));
  return newTuple([newInt(0), newInt(t.size), newTuple(frames), newInt(t.total)]);
}

/** -X tracemalloc / PYTHONTRACEMALLOC at start-up. */
export function startTracemallocAtStartup(nframe: number): void {
  if (nframe > 0) start(nframe);
}

export function makeTracemallocModule(): PyModule {
  return buildModule("_tracemalloc", [
    { name: "start", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      if (args.length > 1) throw typeError(`start expected at most 1 argument, got ${args.length}`);
      start(args.length > 0 ? asLong(args[0]!) : 1);
      return pyNone();
    } },
    { name: "stop", flags: Meth.NOARGS, fn: () => {
      stop();
      return pyNone();
    } },
    { name: "is_tracing", flags: Meth.NOARGS, fn: () => pyBool(tracing) },
    { name: "clear_traces", flags: Meth.NOARGS, fn: () => {
      if (tracing) clearTraces();
      return pyNone();
    } },
    { name: "get_traceback_limit", flags: Meth.NOARGS, fn: () => newInt(limit) },
    { name: "get_traced_memory", flags: Meth.NOARGS, fn: () => {
      if (!tracing) return newTuple([newInt(0), newInt(0)]);
      settle();
      return newTuple([newInt(current), newInt(peak)]);
    } },
    { name: "reset_peak", flags: Meth.NOARGS, fn: () => {
      settle();
      peak = current;
      return pyNone();
    } },
    { name: "get_tracemalloc_memory", flags: Meth.NOARGS, fn: () => newInt(traces.size * 64) },
    { name: "_get_traces", flags: Meth.NOARGS, fn: () => {
      if (!tracing) return newList([]);
      settle();
      // tracemalloc's own records are not traced (CPython keeps them outside the object heap)
      const records = [...traces.values()];
      setObjectRegistry(outer);
      try {
        const out: PyObject[] = [];
        for (const t of records) if (t.size > 0) out.push(traceTuple(t));
        return newList(out);
      } finally {
        setObjectRegistry(tracer);
      }
    } },
    { name: "_get_object_traceback", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      settle();
      const t = traces.get(o);
      if (t === undefined) {
        None.ob_refcnt++;
        return None;
      }
      return newTuple(t.frames.map(([file, line]) => newTuple([newStr(file), newInt(line)])));
    } },
  ]);
}
