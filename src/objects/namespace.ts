/**
 * types.SimpleNamespace (Objects/namespaceobject.c): an object whose attributes live in its
 * __dict__, made from keyword arguments (or a mapping, 3.13: not in 3.11). sys.implementation
 * is one. repr: namespace(a=1, b=2) (a subclass shows its own name); == compares the dicts.
 */
import { PyObject, PyType, TPFlags, isSubtype } from "./object.ts";
import { TypeType, ObjectType, NotImplemented } from "./types.ts";
import { PyStr, newStr } from "./str.ts";
import { PyTuple, newTuple, EMPTY_TUPLE } from "./tuple.ts";
import { PyDict, newDict, dictSetItem, dictNext } from "./dict.ts";
import { typeError } from "./errors.ts";
import { reprStr, richCompare } from "./abstract.ts";
import { readyType } from "./typeobject.ts";
import { reprEnter, reprLeave } from "./reprguard.ts";
import { hashNotImplemented } from "./slots.ts";
import { intern } from "./str.ts";
import { dealloc } from "../memory/refcount.ts";

export const SimpleNamespaceType = new PyType(TypeType, "types.SimpleNamespace", ObjectType, TPFlags.BASETYPE);
SimpleNamespaceType.tp_dictoffset = true;

class PyNamespace extends PyObject {
  constructor(t: PyType) {
    super(t);
    this.dict = newDict();
  }
}
SimpleNamespaceType.tp_new = (type) => new PyNamespace(type);
SimpleNamespaceType.tp_init = (self, args, kw) => {
  const nkw = kw === null ? 0 : (kw as PyTuple).items.length;
  if (args.length - nkw > 0) throw typeError(`no positional arguments expected`);
  const d = self.dict!;
  for (let i = 0; i < nkw; i++) {
    const k = (kw as PyTuple).items[i]!;
    if (!(k instanceof PyStr)) throw typeError(`keywords must be strings, not '${k.ob_type.tp_name}'`);
    dictSetItem(d, k, args[args.length - nkw + i]!);
  }
};
SimpleNamespaceType.tp_repr = (o) => {
  const name = o.ob_type === SimpleNamespaceType ? "namespace" : o.ob_type.tp_name;
  if (reprEnter(o)) return newStr(`${name}(...)`);
  try {
    const d = o.dict!;
    const parts: string[] = [];
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
      const k = d.ekeys[i]!;
      if (k instanceof PyStr) parts.push(`${k.value}=${reprStr(d.evalues[i]!)}`);
    }
    return newStr(`${name}(${parts.join(", ")})`);
  } finally {
    reprLeave(o);
  }
};
SimpleNamespaceType.tp_richcompare = (a, b, op) => {
  if ((op === 2 || op === 3) && isSubtype(b.ob_type, SimpleNamespaceType) && isSubtype(a.ob_type, SimpleNamespaceType)) {
    return richCompare(a.dict!, b.dict!, op);
  }
  NotImplemented.ob_refcnt++;
  return NotImplemented;
};
SimpleNamespaceType.tp_hash = hashNotImplemented;
SimpleNamespaceType.tp_dealloc = (o) => {
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    if (--d.ob_refcnt === 0) dealloc(d);
  }
};
SimpleNamespaceType.tp_getset = [
  { name: "__dict__", get: (o) => (o.dict!.ob_refcnt++, o.dict!), set: null },
];
SimpleNamespaceType.tp_methods = [
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    o.ob_type.ob_refcnt++;
    EMPTY_TUPLE.ob_refcnt++;
    o.dict!.ob_refcnt++;
    return newTuple([o.ob_type, EMPTY_TUPLE, o.dict!]);
  } },
];

/** A SimpleNamespace with the given attributes (values borrowed). */
export function newNamespace(attrs: [string, PyObject][]): PyObject {
  readyType(SimpleNamespaceType);
  const ns = new PyNamespace(SimpleNamespaceType);
  for (const [k, v] of attrs) dictSetItem(ns.dict as PyDict, intern(k), v);
  return ns;
}
export function initNamespaceType(): void {
  readyType(SimpleNamespaceType);
}
