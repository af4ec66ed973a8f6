/**
 * __build_class__(func, name, *bases, metaclass=None, **kwds): runs a class body and creates
 * the class (Python/bltinmodule.c builtin___build_class__), including __mro_entries__,
 * __prepare__, the metaclass choice and the __classcell__ check.
 */
import { PyObject, PyType } from "../objects/object.ts";
import { TypeType, None, DictType } from "../objects/types.ts";
import { PyStr, intern } from "../objects/str.ts";
import { PyTuple, newTuple, tupleFrom } from "../objects/tuple.ts";
import { PyDict, newDict, dictSetItemStr, dictGetItemStr } from "../objects/dict.ts";
import { PyFunction } from "../objects/funcobject.ts";
import { PyCell } from "../objects/cell.ts";
import { typeError, runtimeError } from "../objects/errors.ts";
import { call, lookupAttr, iterableToArray, isTrue, setItem } from "../objects/abstract.ts";
import { calculateMetaclass, typeLookup } from "../objects/typeobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { Frame, ReturnMode } from "./frame.ts";
import { evalFrame } from "./eval.ts";
import { enterRecursiveCall, leaveRecursiveCall } from "./state.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}

export function buildClass(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const nkw = kw === null ? 0 : (kw as PyTuple).items.length;
  const npos = args.length - nkw;
  if (npos < 2) throw typeError("__build_class__: not enough arguments");
  const func = args[0]!;
  if (!(func instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  const name = args[1]!;
  if (!(name instanceof PyStr)) throw typeError("__build_class__: name is not a string");
  const origBases = args.slice(2, npos);
  // keywords: metaclass and the rest
  let meta: PyObject | null = null;
  const kwNames: PyObject[] = [];
  const kwVals: PyObject[] = [];
  for (let i = 0; i < nkw; i++) {
    const k = (kw as PyTuple).items[i]!;
    if ((k as PyStr).value === "metaclass") meta = args[npos + i]!;
    else {
      kwNames.push(k);
      kwVals.push(args[npos + i]!);
    }
  }
  // PEP 560 __mro_entries__
  let bases: PyObject[] = [];
  const entries: PyTuple[] = [];
  let changed = false;
  for (const b of origBases) {
    if (b instanceof PyType) {
      bases.push(b);
      continue;
    }
    const me = lookupAttr(b, intern("__mro_entries__"));
    if (me === null) {
      bases.push(b);
      continue;
    }
    const ot = tupleFrom(origBases);
    const r = call(me, [ot]);
    dec(me);
    dec(ot);
    if (!(r instanceof PyTuple)) {
      dec(r);
      throw typeError("__mro_entries__ must return a tuple");
    }
    bases.push(...r.items);
    entries.push(r); // keeps the entries alive until basesT holds them
    changed = true;
  }
  const basesT = tupleFrom(bases);
  for (const r of entries) dec(r);
  let isClass = false;
  // everything made from here on is released in the finally below, whatever raises
  let metaOwned = false;
  let ns: PyObject | null = null;
  let kwTuple: PyTuple | null = null;
  let cell: PyObject | null = null;
  try {
    if (meta === null) {
      meta = bases.length === 0 ? TypeType : bases[0]!.ob_type;
      isClass = true;
    } else isClass = meta instanceof PyType;
    if (isClass) meta = calculateMetaclass(meta as PyType, bases);
    meta.ob_refcnt++;
    metaOwned = true;
    kwTuple = kwNames.length > 0 ? tupleFrom(kwNames) : null;
    // __prepare__
    // type.__prepare__ itself (a class whose metaclass is type, or a metaclass of type's that
    // does not define one) returns a new dict whatever the arguments: no bound method and call.
    // The call's recursion check stays (CPython's builtin call makes it: at the limit, this is
    // where a recursive class creation fails, "... while calling a Python object").
    const N_PREPARE = intern("__prepare__");
    let prep: PyObject | null;
    if (isClass && meta.ob_type === TypeType && typeLookup(meta as PyType, N_PREPARE) === typeLookup(TypeType, N_PREPARE)) {
      enterRecursiveCall(" while calling a Python object");
      leaveRecursiveCall();
      prep = null;
    } else prep = lookupAttr(meta, N_PREPARE);
    if (prep === null) ns = newDict();
    else {
      try {
        ns = call(prep, [name, basesT, ...kwVals], kwTuple);
      } finally {
        dec(prep);
      }
      if (ns.ob_type.mp_subscript === null) {
        const who = meta instanceof PyType ? `${meta.tp_name}.__prepare__()` : "<metaclass>.__prepare__()";
        throw typeError(`${who} must return a mapping, not ${ns.ob_type.tp_name}`);
      }
    }
    // run the body with ns as its locals
    const f = new Frame(func.code, func, func.globals, func.builtins, ns);
    if (func.closure !== null) {
      // COPY_FREE_VARS in the body reads func.closure
    }
    f.returnMode = ReturnMode.ENTRY;
    cell = evalFrame(f, null);
    if (changed) {
      const ob = tupleFrom(origBases);
      if (ns.ob_type === DictType) dictSetItemStr(ns as PyDict, intern("__orig_bases__"), ob);
      else setItem(ns, intern("__orig_bases__"), ob);
      dec(ob);
    }
    const cls = call(meta, [name, basesT, ns, ...kwVals], kwTuple);
    if (cell instanceof PyCell && cls instanceof PyType) {
      if (cell.ref !== cls) {
        const msg = cell.ref === null
          ? `__class__ not set defining ${strRepr(name)} as ${reprOf(cls)}. Was __classcell__ propagated to type.__new__?`
          : `__class__ set to ${reprOf(cell.ref)} defining ${strRepr(name)} as ${reprOf(cls)}`;
        dec(cls);
        throw cell.ref === null ? runtimeError(msg) : typeError(msg);
      }
    }
    return cls;
  } finally {
    if (cell !== null) dec(cell);
    if (ns !== null) dec(ns);
    if (kwTuple !== null) dec(kwTuple);
    if (metaOwned) dec(meta!);
    dec(basesT);
  }
}
import { reprStr } from "../objects/abstract.ts";
import { strRepr as strReprJs } from "../objects/str.ts";
function reprOf(o: PyObject): string {
  return reprStr(o);
}
function strRepr(o: PyStr): string {
  return strReprJs(o.value);
}
export { None, newTuple, iterableToArray, isTrue, dictGetItemStr };
