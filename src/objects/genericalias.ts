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
  setGenericAliasHook, reprStr, strStr, call, lookupAttr, getAttr, setAttr, hashOf, richCompareBool, getItem, getIter, isTrue,
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
  /** `*tuple[int]`: the alias unpacked (what iterating an alias yields, PEP 646). */
  declare starred: boolean;
  constructor(origin: PyObject, args: PyTuple, type: PyType = GenericAliasType) {
    super(type);
    this.origin = origin;
    this.args = args;
    this.params = null;
    this.starred = false;
  }
}
/** The starred copy of an alias (new reference). */
function starredAlias(g: PyGenericAlias): PyGenericAlias {
  g.origin.ob_refcnt++;
  g.args.ob_refcnt++;
  const r = new PyGenericAlias(g.origin, g.args);
  r.starred = true;
  return r;
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
  return newStr(`${g.starred ? "*" : ""}${argRepr(g.origin)}[${a.length === 0 ? "()" : a.map(argRepr).join(", ")}]`);
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

/** An attribute looked up on a non-class argument (null when absent or when `o` is a class). */
function argAttr(o: PyObject, name: string): PyObject | null {
  return o instanceof PyType ? null : lookupAttr(o, intern(name));
}
/** `*Ts` (an unpacked TypeVarTuple), asked through __typing_is_unpacked_typevartuple__. */
function isUnpackedTypeVarTuple(o: PyObject): boolean {
  const r = argAttr(o, "__typing_is_unpacked_typevartuple__");
  if (r === null) return false;
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}
/** _unpack_args: the subscription's items with each `*tuple[X, Y]` spread into X, Y (not
 * `*tuple[X, ...]`). New references. */
function unpackArgs(item: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (const arg of item instanceof PyTuple ? item.items : [item]) {
    const sub = argAttr(arg, "__typing_unpacked_tuple_args__");
    if (sub instanceof PyTuple && !(sub.items.length > 0 && sub.items[sub.items.length - 1]!.ob_type.tp_name === "ellipsis")) {
      for (const x of sub.items) {
        x.ob_refcnt++;
        out.push(x);
      }
      decref(sub);
      continue;
    }
    if (sub !== null) decref(sub);
    arg.ob_refcnt++;
    out.push(arg);
  }
  return out;
}
/** subs_tvars: `obj` with its own parameters replaced by the matching values (new reference). */
function substituteIn(obj: PyObject, params: PyObject[], vals: PyObject[]): PyObject {
  const sub = argAttr(obj, "__parameters__");
  if (!(sub instanceof PyTuple) || sub.items.length === 0) {
    if (sub !== null) decref(sub);
    obj.ob_refcnt++;
    return obj;
  }
  const subArgs: PyObject[] = [];
  for (const p of sub.items) {
    const i = params.indexOf(p);
    const v = i >= 0 ? vals[i]! : p;
    // a TypeVarTuple's value (a tuple) is spread into the arguments
    if (i >= 0 && p.ob_type.tp_iter !== null && v instanceof PyTuple) subArgs.push(...v.items);
    else subArgs.push(v);
  }
  decref(sub);
  const key = tupleFrom(subArgs);
  try {
    return getItem(obj, key);
  } finally {
    decref(key);
  }
}

/** _Py_subs_parameters: alias[item], its type variables replaced (ga_getitem). */
function subscript(o: PyObject, item: PyObject): PyObject {
  const g = o as PyGenericAlias;
  const params = parameters(g).items;
  if (params.length === 0) throw typeError(`${reprStr(g)} is not a generic class`);
  let items: PyObject = newTuple(unpackArgs(item));
  const out: PyObject[] = [];
  try {
    // each parameter may rework the arguments first (a TypeVarTuple gathers its share)
    for (const p of params) {
      const prepare = argAttr(p, "__typing_prepare_subst__");
      if (prepare === null) continue;
      try {
        const next = call(prepare, [g, items]);
        decref(items);
        items = next;
      } finally {
        decref(prepare);
      }
    }
    const vals = items instanceof PyTuple ? items.items : [items];
    if (vals.length !== params.length) {
      throw typeError(`Too ${vals.length > params.length ? "many" : "few"} arguments for ${reprStr(g)}; actual ${vals.length}, expected ${params.length}`);
    }
    for (const a of g.args.items) {
      if (a instanceof PyType) {
        a.ob_refcnt++;
        out.push(a);
        continue;
      }
      const unpack = isUnpackedTypeVarTuple(a);
      const subst = argAttr(a, "__typing_subst__");
      let v: PyObject;
      if (subst !== null) {
        try {
          v = call(subst, [vals[params.indexOf(a)]!]);
        } finally {
          decref(subst);
        }
      } else v = substituteIn(a, params, vals);
      if (unpack && v instanceof PyTuple) {
        for (const x of v.items) {
          x.ob_refcnt++;
          out.push(x);
        }
        decref(v);
      } else out.push(v);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(items);
  }
  const t = newTuple(out);
  g.origin.ob_refcnt++;
  const r = new PyGenericAlias(g.origin, t);
  r.starred = g.starred;
  return r;
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
  const eq = g.starred === b.starred && richCompareBool(g.origin, b.origin, 2) && richCompareBool(g.args, b.args, 2);
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
  { name: "__unpacked__", get: (o) => newBool((o as PyGenericAlias).starred), set: null },
  // the args of an unpacked tuple[...] (None otherwise): how typing substitutes *tuple[int, str]
  { name: "__typing_unpacked_tuple_args__", get: (o) => {
    const g = o as PyGenericAlias;
    const r = g.starred && g.origin === TupleType ? g.args : None;
    r.ob_refcnt++;
    return r;
  }, set: null },
];
// iter(alias) yields the alias unpacked, once: so `*tuple[int]` works in subscriptions
GenericAliasType.tp_iter = (o) => {
  const star = starredAlias(o as PyGenericAlias);
  const t = newTuple([star]);
  try {
    return getIter(t);
  } finally {
    decref(t);
  }
};
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
GenericAliasType.tp_new = (t, args) => {
  if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  if (t === GenericAliasType) return genericAlias(args[0]!, args[1]!);
  // a subclass's instance: the same layout, made with the subclass as its type
  const origin = args[0]!, a = args[1]!;
  origin.ob_refcnt++;
  return new PyGenericAlias(origin, a instanceof PyTuple ? (a.ob_refcnt++, a) : tupleFrom([a]), t);
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
