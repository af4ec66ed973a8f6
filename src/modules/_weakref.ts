/**
 * The `_weakref` builtin module (Modules/_weakref.c): ref, proxy, getweakrefcount, getweakrefs,
 * ReferenceType, ProxyType, CallableProxyType, _remove_dead_weakref. The objects themselves are
 * in src/objects/weakref.ts; lib/weakref.py builds the containers on top.
 */
import { PyObject, Meth, type MethodDef } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { intern } from "../objects/str.ts";
import { newInt } from "../objects/int.ts";
import { dictSetItemStr } from "../objects/dict.ts";
import { newModule, PyModule } from "../objects/module.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { typeError } from "../objects/errors.ts";
import { readyType } from "../objects/typeobject.ts";
import { dealloc } from "../memory/refcount.ts";
import * as W from "../objects/weakref.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

const DEFS: MethodDef[] = [
  { name: "getweakrefcount", flags: Meth.O, fn: (_m: PyObject, o: PyObject) => newInt(W.supportsWeakrefs(o.ob_type) ? W.weakrefCount(o) : 0) },
  { name: "getweakrefs", flags: Meth.O, fn: (_m: PyObject, o: PyObject) => W.getWeakrefsList(o) },
  { name: "proxy", flags: Meth.FASTCALL, fn: (_m: PyObject, args: PyObject[]) => {
    if (args.length < 1) throw typeError(`proxy expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw typeError(`proxy expected at most 2 arguments, got ${args.length}`);
    return W.newProxy(args[0]!, args[1] ?? null);
  } },
  { name: "_remove_dead_weakref", flags: Meth.FASTCALL, fn: (_m: PyObject, args: PyObject[]) => {
    if (args.length !== 2) throw typeError(`_remove_dead_weakref expected 2 arguments, got ${args.length}`);
    W.removeDeadWeakref(args[0]!, args[1]!);
    None.ob_refcnt++;
    return None;
  } },
];

let readied = false;
export function readyWeakrefTypes(): void {
  if (readied) return;
  readied = true;
  for (const t of [W.RefType, W.ProxyType, W.CallableProxyType]) readyType(t);
}

export function makeWeakrefModule(): PyModule {
  readyWeakrefTypes();
  const m = newModule("_weakref");
  const d = m.dict!;
  const name = intern("_weakref");
  for (const def of DEFS) {
    const f = newBuiltinFunction(def, name);
    dictSetItemStr(d, intern(def.name), f);
    decref(f);
  }
  dictSetItemStr(d, intern("ref"), W.RefType);
  dictSetItemStr(d, intern("ReferenceType"), W.RefType);
  dictSetItemStr(d, intern("ProxyType"), W.ProxyType);
  dictSetItemStr(d, intern("CallableProxyType"), W.CallableProxyType);
  return m;
}
