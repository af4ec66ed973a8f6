/**
 * The sys functions of the memory model, installed into the sys module at start-up:
 *   getsizeof(obj[, default])  __sizeof__() plus the pre-header (sizeof.ts)
 *   getrefcount(obj)           ob_refcnt (the caller's stack still holds the argument, as in CPython)
 *   intern(str)                the interned (shared) string
 *   _debugmallocstats()        the allocator model's statistics in CPython's layout
 *   gettotalrefcount()         only with -X showrefcount (a debug build's function)
 */
import { PyObject, Meth, type MethodDef } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, intern, newStr, internObject } from "../objects/str.ts";
import { PyInt, newIntAny, newInt } from "../objects/int.ts";
import { PyDict, dictSetItemStr } from "../objects/dict.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { typeError, valueError, overflowError } from "../objects/errors.ts";
import { lookupSpecial, call } from "../objects/abstract.ts";
import { dealloc } from "./refcount.ts";
import { getsizeof } from "./sizeof.ts";
import { debugMallocStatsText, totalRefCount, registeredObjects } from "./stats.ts";
import { newList } from "../objects/list.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

function sizeOf(o: PyObject): number {
  const m = lookupSpecial(o, intern("__sizeof__"));
  if (m === null) throw typeError(`Type ${o.ob_type.tp_name} doesn't define __sizeof__`);
  let r: PyObject;
  try {
    r = call(m, []);
  } finally {
    decref(m);
  }
  if (!(r instanceof PyInt)) {
    const tn = r.ob_type.tp_name;
    decref(r);
    throw typeError(`'${tn}' object cannot be interpreted as an integer`);
  }
  const v = r.value;
  decref(r);
  if (typeof v === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  if (v < 0) throw valueError("__sizeof__() should return >= 0");
  return getsizeof(o, v);
}

let writeStderr: (s: string) => void = () => {};
export function setSysMemWriter(f: (s: string) => void): void {
  writeStderr = f;
}

const DEFS: MethodDef[] = [
  { name: "getsizeof", flags: Meth.KEYWORDS, fn: (_m: PyObject, args: PyObject[], kw: PyObject | null) => {
    const nkw = kw === null ? 0 : (kw as unknown as { items: PyObject[] }).items.length;
    const names = kw === null ? [] : (kw as unknown as { items: PyStr[] }).items.map((k) => k.value);
    const npos = args.length - nkw;
    let obj: PyObject | null = npos > 0 ? args[0]! : null;
    let dflt: PyObject | null = npos > 1 ? args[1]! : null;
    if (npos > 2) throw typeError(`getsizeof() takes at most 2 arguments (${args.length} given)`);
    for (let i = 0; i < nkw; i++) {
      const n = names[i]!, v = args[npos + i]!;
      if (n === "object" && obj === null) obj = v;
      else if (n === "default" && dflt === null) dflt = v;
      else if (n === "object" || n === "default") throw typeError(`argument for getsizeof() given by name ('${n}') and position (${n === "object" ? 1 : 2})`);
      else throw typeError(`'${n}' is an invalid keyword argument for getsizeof()`);
    }
    if (obj === null) throw typeError("getsizeof() missing required argument 'object' (pos 1)");
    try {
      return newIntAny(sizeOf(obj));
    } catch (e) {
      if (dflt !== null && e instanceof PyObject && isTypeError(e)) {
        decref(e);
        dflt.ob_refcnt++;
        return dflt;
      }
      throw e;
    }
  } },
  { name: "getrefcount", flags: Meth.O, fn: (_m: PyObject, o: PyObject) => newIntAny(o.ob_refcnt) },
  { name: "intern", flags: Meth.O, fn: (_m: PyObject, s: PyObject) => {
    if (!(s instanceof PyStr)) throw typeError(`intern() argument must be str, not ${s.ob_type.tp_name}`);
    if (s.ob_type.tp_name !== "str") throw typeError(`can't intern ${s.ob_type.tp_name}`);
    return internObject(s);
  } },
  { name: "_debugmallocstats", flags: Meth.NOARGS, fn: () => {
    writeStderr(debugMallocStatsText());
    None.ob_refcnt++;
    return None;
  } },
];
import { TypeErrorType } from "../objects/exceptions.ts";
import { isSubtype } from "../objects/object.ts";
function isTypeError(e: PyObject): boolean {
  return isSubtype(e.ob_type, TypeErrorType);
}

const TOTALREFCOUNT: MethodDef = { name: "gettotalrefcount", flags: Meth.NOARGS, fn: () => newInt(totalRefCount()) };
/** sys.getobjects(limit[, type]) of a Py_TRACE_REFS build: the live objects, newest first. */
const GETOBJECTS: MethodDef = { name: "getobjects", flags: Meth.FASTCALL, fn: (_m: PyObject, args: PyObject[]) => {
  if (args.length < 1 || args.length > 2) throw typeError(`getobjects expected 1 or 2 arguments, got ${args.length}`);
  const lim = args[0]!;
  if (!(lim instanceof PyInt) || typeof lim.value !== "number") throw typeError("an integer is required");
  const type = args.length > 1 && args[1] !== None ? args[1]! : null;
  const objs = registeredObjects(lim.value, type);
  for (const o of objs) o.ob_refcnt++;
  return newList(objs);
} };

/** Put the memory functions into the sys module's dict. */
export function installSysMemory(d: PyDict, showRefcount: boolean): void {
  const name = intern("sys");
  for (const def of showRefcount ? [...DEFS, TOTALREFCOUNT, GETOBJECTS] : DEFS) {
    const f = newBuiltinFunction(def, name);
    dictSetItemStr(d, intern(def.name), f);
    decref(f);
  }
}
export { newStr };
