/**
 * types.GenericAlias (Objects/genericaliasobject.c): list[int] and friends.
 * Layout: origin (the class subscripted), args (always a tuple), params (lazily computed
 * __parameters__: the type variables among args, found by their __typing_subst__ attribute).
 * Attribute access forwards to the origin except for the alias's own names, so
 * list[int].append is list.append; calling the alias calls the origin and tags the result with
 * __orig_class__ when it can.
 */
import { PyObject, PyType, type MethodDef } from "./object.ts";
import {
  GenericAliasType, TupleType, ListType, SetType, FrozenSetType, EnumerateType, NotImplemented, None, TypeType,
} from "./types.ts";
import { PyTuple, tupleFrom, newTuple } from "./tuple.ts";
import { PyStr, newStr, intern } from "./str.ts";
import {
  setGenericAliasHook, reprStr, strStr, call, lookupAttr, getAttr, setAttr, hashOf, richCompareBool, getItem,
} from "./abstract.ts";
import { typeQualname, typeModuleName, genericGetAttr, readyType, addTypeDictEntry } from "./typeobject.ts";
import { typeError } from "./errors.ts";
import { newBool } from "./int.ts";
import { PyBaseException, AttributeErrorType, TypeErrorType } from "./exceptions.ts";
import { isSubtype } from "./object.ts";
import { newClassMethodDescr } from "./descr.ts";
import { dealloc } from "../memory/refcount.ts";
import { unionType } from "./union.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

export class PyGenericAlias extends PyObject {
  declare origin: PyObject;
  declare args: PyTuple;
  declare params: PyTuple | null;
  constructor(origin: PyObject, args: PyTuple) {
    super(GenericAliasType);
    this.origin = origin;
    this.args = args;
    this.params = null;
  }
}
/** origin[args] as a GenericAlias (new reference); args: a tuple or a single object. */
export function genericAlias(origin: PyObject, args: PyObject): PyObject {
  origin.ob_refcnt++;
  const t = args instanceof PyTuple ? (args.ob_refcnt++, args) : tupleFrom([args]);
  return new PyGenericAlias(origin, t);
}

function argRepr(o: PyObject): string {
  if (o.ob_type.tp_name === "ellipsis") return "...";
  const origin = lookupAttr(o, intern("__origin__"));
  if (origin !== null) {
    decref(origin);
    const args = lookupAttr(o, intern("__args__"));
    if (args !== null) {
      decref(args);
      return reprStr(o);
    }
  }
  const q = lookupAttr(o, intern("__qualname__"));
  if (q === null) return reprStr(o);
  const m = lookupAttr(o, intern("__module__"));
  try {
    if (m === null || m === None) return reprStr(o);
    if (m instanceof PyStr && m.value === "builtins") return strStr(q);
    return `${strStr(m)}.${strStr(q)}`;
  } finally {
    decref(q);
    if (m !== null) decref(m);
  }
}
GenericAliasType.tp_repr = (o) => {
  const g = o as PyGenericAlias;
  const a = g.args.items;
  return newStr(`${argRepr(g.origin)}[${a.length === 0 ? "()" : a.map(argRepr).join(", ")}]`);
};

/** __parameters__: type variables (objects with __typing_subst__) in args, nested ones included. */
function parameters(g: PyGenericAlias): PyTuple {
  if (g.params !== null) return g.params;
  const out: PyObject[] = [];
  const add = (x: PyObject) => {
    if (!out.includes(x)) out.push(x);
  };
  for (const a of g.args.items) {
    if (a instanceof PyType) continue;
    const subst = lookupAttr(a, intern("__typing_subst__"));
    if (subst !== null) {
      decref(subst);
      add(a);
      continue;
    }
    const p = lookupAttr(a, intern("__parameters__"));
    if (p !== null) {
      if (p instanceof PyTuple) for (const x of p.items) add(x);
      decref(p);
    }
  }
  g.params = tupleFrom(out);
  return g.params;
}

function subscript(o: PyObject, item: PyObject): PyObject {
  const g = o as PyGenericAlias;
  const params = parameters(g).items;
  if (params.length === 0) throw typeError(`${reprStr(g)} is not a generic class`);
  const vals = item instanceof PyTuple ? item.items : [item];
  if (vals.length !== params.length) {
    throw typeError(`Too ${vals.length > params.length ? "many" : "few"} arguments for ${reprStr(g)}; actual ${vals.length}, expected ${params.length}`);
  }
  const out: PyObject[] = [];
  try {
    for (const a of g.args.items) {
      const i = params.indexOf(a);
      if (i >= 0) {
        const subst = getAttr(a, intern("__typing_subst__"));
        try {
          out.push(call(subst, [vals[i]!]));
        } finally {
          decref(subst);
        }
        continue;
      }
      const sub = a instanceof PyType ? null : lookupAttr(a, intern("__parameters__"));
      if (sub instanceof PyTuple && sub.items.length > 0) {
        const subArgs = sub.items.map((p) => vals[params.indexOf(p)]!);
        decref(sub);
        const key = subArgs.length === 1 ? subArgs[0]! : tupleFrom(subArgs);
        if (subArgs.length === 1) key.ob_refcnt++;
        try {
          out.push(getItem(a, key));
        } finally {
          decref(key);
        }
        continue;
      }
      if (sub !== null) decref(sub);
      a.ob_refcnt++;
      out.push(a);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  }
  const t = newTuple(out);
  g.origin.ob_refcnt++;
  return new PyGenericAlias(g.origin, t);
}
GenericAliasType.mp_subscript = subscript;

GenericAliasType.tp_call = (o, args, kw) => {
  const g = o as PyGenericAlias;
  const r = call(g.origin, args, kw);
  try {
    setAttr(r, intern("__orig_class__"), o);
  } catch (e) {
    if (!(e instanceof PyBaseException) || !(isSubtype(e.ob_type, AttributeErrorType) || isSubtype(e.ob_type, TypeErrorType))) {
      decref(r);
      throw e;
    }
    decref(e);
  }
  return r;
};

/** Names the alias answers itself; everything else is looked up on the origin. */
const OWN = new Set([
  "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
  "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
]);
GenericAliasType.tp_getattro = (o, name) => {
  if (name instanceof PyStr && !OWN.has(name.value)) return getAttr((o as PyGenericAlias).origin, name);
  return genericGetAttr(o, name);
};
GenericAliasType.tp_hash = (o) => {
  const g = o as PyGenericAlias;
  const h0 = hashOf(g.origin), h1 = hashOf(g.args);
  const r = BigInt.asIntN(64, BigInt(h0) ^ BigInt(h1));
  const n = r === -1n ? -2n : r;
  return Number.isSafeInteger(Number(n)) ? Number(n) : n;
};
GenericAliasType.tp_richcompare = (a, b, op) => {
  if ((op !== 2 && op !== 3) || !(b instanceof PyGenericAlias)) {
    NotImplemented.ob_refcnt++;
    return NotImplemented;
  }
  const g = a as PyGenericAlias;
  const eq = richCompareBool(g.origin, b.origin, 2) && richCompareBool(g.args, b.args, 2);
  return newBool(op === 2 ? eq : !eq);
};
// X | Y with a GenericAlias on either side: a types.UnionType
GenericAliasType.nb_binary[7] = unionType;
GenericAliasType.tp_dealloc = (o) => {
  const g = o as PyGenericAlias;
  decref(g.origin);
  decref(g.args);
  if (g.params !== null) decref(g.params);
};
GenericAliasType.tp_getset = [
  { name: "__origin__", get: (o) => ((o as PyGenericAlias).origin.ob_refcnt++, (o as PyGenericAlias).origin), set: null },
  { name: "__args__", get: (o) => ((o as PyGenericAlias).args.ob_refcnt++, (o as PyGenericAlias).args), set: null },
  { name: "__parameters__", get: (o) => {
    const p = parameters(o as PyGenericAlias);
    p.ob_refcnt++;
    return p;
  }, set: null },
  { name: "__unpacked__", get: () => newBool(false), set: null },
];
GenericAliasType.tp_methods = [
  { name: "__mro_entries__", flags: 2, fn: (o: PyObject) => tupleFrom([(o as PyGenericAlias).origin]) },
  { name: "__instancecheck__", flags: 2, fn: () => {
    throw typeError("isinstance() argument 2 cannot be a parameterized generic");
  } },
  { name: "__subclasscheck__", flags: 2, fn: () => {
    throw typeError("issubclass() argument 2 cannot be a parameterized generic");
  } },
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    const g = o as PyGenericAlias;
    return tupleFrom([GenericAliasType, tupleFrom([g.origin, g.args])]);
  } },
];
GenericAliasType.tp_new = (_t, args) => {
  if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  return genericAlias(args[0]!, args[1]!);
};

/** __class_getitem__ for the builtin generic classes (tuple, list, set, frozenset, enumerate). */
const CLASS_GETITEM: MethodDef = {
  name: "__class_getitem__", flags: 2 | 8, fn: (t: PyObject, a: PyObject) => genericAlias(t, a),
  doc: "See PEP 585",
};
export function installClassGetitem(): void {
  setGenericAliasHook(genericAlias);
  // made with the rest of the type's dict, on its first use (initRuntime defers them)
  for (const t of [TupleType, ListType, SetType, FrozenSetType, EnumerateType]) {
    readyType(t, true);
    addTypeDictEntry(t, "__class_getitem__", () => newClassMethodDescr(t, CLASS_GETITEM));
  }
}
export { None, TypeType, typeQualname, typeModuleName };
