/**
 * object.__reduce_ex__, object.__reduce__ and object.__getstate__ (Objects/typeobject.c):
 * the pickle/copy protocol of plain objects.
 *
 *  - __reduce_ex__(proto): a class's own __reduce__ wins; else protocol >= 2 gives
 *    (copyreg.__newobj__, (cls, *args), state, listitems, dictitems) (reduce_newobj), and older
 *    protocols go to copyreg._reduce_ex.
 *  - __getstate__(): None or a copy of __dict__, paired with a dict of set __slots__ values
 *    ((dict_or_None, slots)) when the class has slots (copyreg._slotnames order).
 * Objects of builtin types that keep state outside __dict__/slots and define no reduce of their
 * own cannot be pickled ("cannot pickle 'X' object").
 */
import { PyObject, PyType, TPFlags } from "./object.ts";
import { None, ObjectType, ListType, DictType } from "./types.ts";
import { PyStr, intern, newStr } from "./str.ts";
import { PyTuple, newTuple, tupleFrom } from "./tuple.ts";
import { PyList, newList } from "./list.ts";
import { PyDict, newDict, dictCopy, dictGetItemStr, dictSetItemStr } from "./dict.ts";
import { isSubtype } from "./object.ts";
import { typeError } from "./errors.ts";
import { call, callMethod, getAttr, lookupAttr, getIter, iterableToArray, isTrue } from "./abstract.ts";
import { typeLookup } from "./typeobject.ts";
import { dealloc } from "../memory/refcount.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}

let importHook: ((name: string) => PyObject) | null = null;
/** The VM installs `import name` (avoids an import cycle with the import system). */
export function setReduceImportHook(f: (name: string) => PyObject): void {
  importHook = f;
}
/** builtins.NAME (a new reference), for the (callable, args) of builtin iterators' __reduce__. */
export function builtinAttr(name: string): PyObject {
  if (importHook === null) throw typeError("builtins is not available");
  const b = importHook("builtins");
  try {
    return getAttr(b, intern(name));
  } finally {
    dec(b);
  }
}
function copyreg(): PyObject {
  if (importHook === null) throw typeError("copyreg is not available");
  return importHook("copyreg");
}
/** copyreg.__newobj__ / __newobj_ex__ when the library has no copyreg module. */
let fallbackNewobj: PyObject | null = null, fallbackNewobjEx: PyObject | null = null;
function fallback(name: string): PyObject | null {
  if (name === "__newobj__") {
    fallbackNewobj ??= newBuiltinFunction({ name: "__newobj__", flags: 3, fn: (_s: PyObject | null, args: PyObject[]) => {
      if (args.length < 1) throw typeError("__newobj__() missing 1 required positional argument: 'cls'");
      const cls = args[0]!;
      const nw = getAttr(cls, intern("__new__"));
      try {
        return call(nw, args);
      } finally {
        dec(nw);
      }
    } }, intern("copyreg"));
    fallbackNewobj.ob_refcnt++;
    return fallbackNewobj;
  }
  if (name === "__newobj_ex__") {
    fallbackNewobjEx ??= newBuiltinFunction({ name: "__newobj_ex__", flags: 3, fn: (_s: PyObject | null, args: PyObject[]) => {
      if (args.length !== 3) throw typeError(`__newobj_ex__() takes 3 positional arguments but ${args.length} were given`);
      const [cls, a, kw] = args as [PyObject, PyObject, PyObject];
      const nw = getAttr(cls, intern("__new__"));
      try {
        const items = [cls, ...iterableToArray(a)];
        const kwd = kw as PyDict;
        const names: PyObject[] = [];
        for (let i = dictNextRed(kwd, 0); i >= 0; i = dictNextRed(kwd, i + 1)) {
          names.push(kwd.ekeys[i]!);
          items.push(kwd.evalues[i]!);
        }
        const kwt = names.length === 0 ? null : tupleFrom(names);
        try {
          return call(nw, items, kwt);
        } finally {
          if (kwt !== null) dec(kwt);
        }
      } finally {
        dec(nw);
      }
    } }, intern("copyreg"));
    fallbackNewobjEx.ob_refcnt++;
    return fallbackNewobjEx;
  }
  return null;
}
import { newBuiltinFunction } from "./descr.ts";
import { dictNext as dictNextRed } from "./dict.ts";
function copyregAttr(name: string): PyObject {
  let m: PyObject;
  try {
    m = copyreg();
  } catch (e) {
    const f = fallback(name);
    if (f === null) throw e;
    dec(e as PyObject);
    return f;
  }
  try {
    return getAttr(m, intern(name));
  } finally {
    dec(m);
  }
}

/** Private-name mangling as the compiler does it (_Class__name). */
function mangle(cls: PyType, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = cls.tp_name.replace(/^_+/u, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

/** copyreg._slotnames: names of the __slots__ of cls and its bases (cached as __slotnames__). */
function slotNames(cls: PyType): string[] {
  const cached = dictGetItemStr(cls.tp_dict, intern("__slotnames__"));
  if (cached instanceof PyList) return cached.items.map((x) => (x as PyStr).value);
  const names: string[] = [];
  for (const c of cls.tp_mro) {
    const slots = dictGetItemStr(c.tp_dict, intern("__slots__"));
    if (slots === null) continue;
    const items = slots instanceof PyStr ? [slots.value] : iterableToArray(slots).map((x) => {
      const v = (x as PyStr).value;
      dec(x);
      return v;
    });
    for (const n of items) {
      if (n === "__dict__" || n === "__weakref__") continue;
      names.push(mangle(c, n));
    }
  }
  if ((cls.tp_flags & TPFlags.HEAPTYPE) !== 0) {
    const l = newList(names.map((n) => newStr(n)));
    dictSetItemStr(cls.tp_dict, intern("__slotnames__"), l);
    dec(l);
  }
  return names;
}

/** Does this object carry state a pickle of __dict__ and slots would lose? */
function hasHiddenState(o: PyObject): boolean {
  const solid = o.ob_type.tp_solid;
  return solid !== null && solid !== ObjectType && (solid.tp_flags & TPFlags.HEAPTYPE) === 0;
}

/** object.__getstate__ (object_getstate_default). */
export function objectGetstate(o: PyObject, required: boolean): PyObject {
  if (required && hasHiddenState(o)) throw typeError(`cannot pickle '${o.ob_type.tp_name}' object`);
  let state: PyObject;
  if (o.dict !== null && o.dict.used > 0) state = dictCopy(o.dict);
  else {
    None.ob_refcnt++;
    state = None;
  }
  const names = slotNames(o.ob_type);
  if (names.length > 0) {
    const slots = newDict();
    for (const n of names) {
      const v = lookupAttr(o, intern(n));
      if (v !== null) {
        dictSetItemStr(slots, intern(n), v);
        dec(v);
      }
    }
    if (slots.used > 0) return newTuple([state, slots]);
    dec(slots);
  }
  return state;
}

/** object_getstate: a class's own __getstate__, else the default. */
function getState(o: PyObject, required: boolean): PyObject {
  const gs = typeLookup(o.ob_type, intern("__getstate__"));
  if (gs !== null && gs !== objectGetstateDescr()) return callMethod(o, "__getstate__", []);
  return objectGetstate(o, required);
}
let getstateDescr: PyObject | null = null;
function objectGetstateDescr(): PyObject | null {
  if (getstateDescr === null) getstateDescr = dictGetItemStr(ObjectType.tp_dict, intern("__getstate__"));
  return getstateDescr;
}

/** reduce_newobj. */
function reduceNewobj(o: PyObject): PyObject {
  const cls = o.ob_type;
  if (cls.tp_new === null) throw typeError(`cannot pickle '${cls.tp_name}' object`);
  let args: PyObject | null = null;
  let kwargs: PyObject | null = null;
  const gnex = lookupAttr(o, intern("__getnewargs_ex__"));
  if (gnex !== null) {
    const r = call(gnex, []);
    dec(gnex);
    if (!(r instanceof PyTuple)) {
      const n = r.ob_type.tp_name;
      dec(r);
      throw typeError(`__getnewargs_ex__ should return a tuple, not '${n}'`);
    }
    if (r.items.length !== 2) {
      const n = r.items.length;
      dec(r);
      throw typeError(`__getnewargs_ex__ should return a tuple of length 2, not ${n}`);
    }
    args = r.items[0]!;
    kwargs = r.items[1]!;
    args.ob_refcnt++;
    kwargs.ob_refcnt++;
    dec(r);
    if (!(args instanceof PyTuple)) throw typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${args.ob_type.tp_name}'`);
    if (!(kwargs instanceof PyDict)) throw typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${kwargs.ob_type.tp_name}'`);
  } else {
    const gn = lookupAttr(o, intern("__getnewargs__"));
    if (gn !== null) {
      args = call(gn, []);
      dec(gn);
      if (!(args instanceof PyTuple)) {
        const n = args.ob_type.tp_name;
        dec(args);
        throw typeError(`__getnewargs__ should return a tuple, not '${n}'`);
      }
    }
  }
  const hasArgs = args !== null;
  const argItems = args instanceof PyTuple ? args.items : [];
  let newobj: PyObject;
  let newargs: PyObject;
  if (kwargs === null || (kwargs instanceof PyDict && kwargs.used === 0)) {
    newobj = copyregAttr("__newobj__");
    newargs = tupleFrom([cls, ...argItems]);
  } else {
    newobj = copyregAttr("__newobj_ex__");
    newargs = tupleFrom([cls, args!, kwargs]);
  }
  dec(args);
  dec(kwargs);
  const isList = isSubtype(cls, ListType), isDict = isSubtype(cls, DictType);
  let state: PyObject;
  try {
    state = getState(o, !(hasArgs || isList || isDict));
  } catch (e) {
    dec(newobj);
    dec(newargs);
    throw e;
  }
  let listitems: PyObject = None, dictitems: PyObject = None;
  if (isList) listitems = getIter(o);
  else None.ob_refcnt++;
  if (isDict) {
    const items = callMethod(o, "items", []);
    dictitems = getIter(items);
    dec(items);
  } else None.ob_refcnt++;
  return newTuple([newobj, newargs, state, listitems, dictitems]);
}

function commonReduce(o: PyObject, proto: number): PyObject {
  if (proto >= 2) return reduceNewobj(o);
  const f = copyregAttr("_reduce_ex");
  const p = newIntSmall(proto);
  try {
    return call(f, [o, p]);
  } finally {
    dec(f);
    dec(p);
  }
}
import { newInt as newIntSmall } from "./int.ts";
import { index as toIndex } from "./abstract.ts";

let objectReduceDescr: PyObject | null = null;
export function objectReduceEx(o: PyObject, protoO: PyObject): PyObject {
  const pi = toIndex(protoO);
  const proto = Number(pi.value);
  dec(pi);
  if (objectReduceDescr === null) objectReduceDescr = dictGetItemStr(ObjectType.tp_dict, intern("__reduce__"));
  const own = typeLookup(o.ob_type, intern("__reduce__"));
  if (own !== null && own !== objectReduceDescr) return callMethod(o, "__reduce__", []);
  return commonReduce(o, proto);
}
export function objectReduce(o: PyObject): PyObject {
  return commonReduce(o, 0);
}
export { isTrue };
