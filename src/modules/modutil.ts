/**
 * Helpers shared by the builtin modules written in TypeScript (math, time, struct, posix, ...):
 * building a module object from MethodDefs and constants, and the argument conversions CPython's
 * C modules use (PyFloat_AsDouble, PyLong_AsLong with their messages).
 *
 * Reference counts: every helper returning a PyObject returns a new reference; arguments are
 * borrowed.
 */
import { PyObject, PyType, Meth, type MethodDef } from "../objects/object.ts";
import { newModule, PyModule } from "../objects/module.ts";
import { PyCFunction } from "../objects/descr.ts";
import { dictSetItemStr, dictGetItemStr } from "../objects/dict.ts";
import { intern, newStr, PyStr } from "../objects/str.ts";
import { newInt, newIntAny, PyInt, True, False } from "../objects/int.ts";
import { newFloat, PyFloat } from "../objects/float.ts";
import { None } from "../objects/types.ts";
import { IntType, BoolType } from "../objects/types.ts";
import { index } from "../objects/abstract.ts";
import { overflowError, typeError } from "../objects/errors.ts";
import { DECREF as decref } from "../memory/refcount.ts";

export type ModFn0 = () => PyObject;

/** A module function definition: name, calling convention and the JS function. */
export interface ModDef {
  name: string;
  flags: Meth;
  fn: Function;
  /** CPython's METH_VARARGS functions name themselves without the module in "takes no keyword arguments" */
  bare?: boolean;
}

/**
 * A new module `name` holding one builtin function per def (their error messages name them
 * "name.fn()", as CPython's module functions do) and the given constants (stolen references).
 */
export function buildModule(name: string, defs: readonly ModDef[], consts: Record<string, PyObject> = {}): PyModule {
  const m = newModule(name);
  addFunctions(m, name, defs);
  for (const k of Object.keys(consts)) setModuleAttr(m, k, consts[k]!);
  return m;
}
/** Add builtin functions to a module (qualified "mod.fn" in messages). */
export function addFunctions(m: PyModule, modname: string, defs: readonly ModDef[]): void {
  const modstr = intern(modname);
  for (const def of defs) {
    modstr.ob_refcnt++;
    const f = new PyCFunction(def as MethodDef, null, def.bare ? def.name : `${modname}.${def.name}`, modstr);
    dictSetItemStr(m.dict!, intern(def.name), f);
    decref(f);
  }
}
/** m.name = v (steals v). */
export function setModuleAttr(m: PyModule, name: string, v: PyObject): void {
  dictSetItemStr(m.dict!, intern(name), v);
  decref(v);
}
/** m.name (borrowed) or null. */
export function getModuleAttr(m: PyModule, name: string): PyObject | null {
  return dictGetItemStr(m.dict!, intern(name));
}

// ---- value constructors (new references) ---------------------------------------------------------

export const pyFloat = (v: number): PyObject => newFloat(v);
export const pyInt = (v: number | bigint): PyObject => (typeof v === "number" ? newInt(v) : newIntAny(v));
export const pyStr = (s: string): PyObject => newStr(s);
export function pyBool(b: boolean): PyObject {
  const r = b ? True : False;
  r.ob_refcnt++;
  return r;
}
export function pyNone(): PyObject {
  None.ob_refcnt++;
  return None;
}

// ---- argument conversions ------------------------------------------------------------------------

/** Is o an int (int or a subclass, bool included)? */
export function isIntObj(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}
/** PyLong_AsLong-style value of an __index__-able object as number|bigint (exact). */
export function indexValue(o: PyObject): number | bigint {
  if (o.ob_type === IntType || o.ob_type === BoolType) return (o as PyInt).value;
  const i = index(o);
  const v = i.value;
  decref(i);
  return v;
}
/** A C long (64-bit): OverflowError "Python int too large to convert to C long". */
export function asLong(o: PyObject): number {
  const v = indexValue(o);
  if (typeof v === "number") return v;
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw overflowError("Python int too large to convert to C long");
  return Number(v);
}
/** A C int (32-bit): "signed integer is greater than maximum" / "less than minimum". */
export function asCInt(o: PyObject): number {
  const v = asLong(o);
  if (v > 2147483647) throw overflowError("signed integer is greater than maximum");
  if (v < -2147483648) throw overflowError("signed integer is less than minimum");
  return v;
}
/** A str argument's JS string, or TypeError "<what> must be str, not T". */
export function strArg(o: PyObject, what: string): string {
  if (o instanceof PyStr) return o.value;
  throw typeError(`${what} must be str, not ${o.ob_type.tp_name}`);
}
export function isFloatObj(o: PyObject): o is PyFloat {
  return o instanceof PyFloat;
}
export type { PyType };
