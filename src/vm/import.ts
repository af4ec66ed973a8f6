/**
 * IMPORT_NAME for now: builtin modules only (sys, builtins, and modules registered with
 * registerBuiltinModule). A full import system (files, packages, importlib) is a later stage.
 */
import { PyObject } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, intern } from "../objects/str.ts";
import { PyDict, dictGetItemStr, dictSetItemStr } from "../objects/dict.ts";
import { PyInt } from "../objects/int.ts";
import { newException } from "../objects/errors.ts";
import { ModuleNotFoundErrorType, ImportErrorType } from "../objects/exceptions.ts";
import { isTrue } from "../objects/abstract.ts";
import { sysGet } from "../modules/sys.ts";
import type { Frame } from "./frame.ts";

const factories = new Map<string, () => PyObject>();
/** Make `name` importable; `make` builds the module on first import. */
export function registerBuiltinModule(name: string, make: () => PyObject): void {
  factories.set(name, make);
}

function modules(): PyDict {
  return sysGet("modules") as PyDict;
}

function loadOne(name: string): PyObject {
  const mods = modules();
  const key = intern(name);
  const m = dictGetItemStr(mods, key);
  if (m !== null) return m;
  const make = factories.get(name);
  if (make === undefined) {
    const e = newException(ModuleNotFoundErrorType, `No module named '${name}'`);
    const n = intern(name);
    n.ob_refcnt++;
    e.extra = [n];
    throw e;
  }
  const mod = make();
  dictSetItemStr(mods, key, mod);
  return mod;
}

export function importModuleByName(name: string, fromlist: PyObject, level: number): PyObject {
  if (level > 0) throw newException(ImportErrorType, "attempted relative import with no known parent package");
  if (name === "") throw newException(Object.assign(ValueErrorTypeRef()), "Empty module name");
  const parts = name.split(".");
  let top: PyObject | null = null;
  let path = "";
  for (const p of parts) {
    path = path === "" ? p : `${path}.${p}`;
    const m = loadOne(path);
    if (top === null) top = m;
  }
  const hasFrom = fromlist !== None && isTrue(fromlist);
  const r = hasFrom ? loadOne(name) : top!;
  r.ob_refcnt++;
  return r;
}
import { ValueErrorType } from "../objects/exceptions.ts";
function ValueErrorTypeRef() {
  return ValueErrorType;
}

export function importModule(_f: Frame, name: string, fromlist: PyObject, level: PyObject): PyObject {
  return importModuleByName(name, fromlist, level instanceof PyInt ? Number(level.value) : 0);
}
export { PyStr };
