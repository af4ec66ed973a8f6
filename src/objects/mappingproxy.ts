/** mappingproxy: a read-only view of a dict (type.__dict__). */
import { PyObject } from "./object.ts";
import { MappingProxyType } from "./types.ts";
import { PyDict } from "./dict.ts";
import { newStr } from "./str.ts";
import { reprStr, getItem, getIter, length, contains, callMethod, binaryOp } from "./abstract.ts";
import { genericAlias } from "./genericalias.ts";
import { dealloc } from "../memory/refcount.ts";

class PyMappingProxy extends PyObject {
  declare mapping: PyObject;
  constructor(m: PyObject) {
    super(MappingProxyType);
    this.mapping = m;
  }
}
export function newMappingProxy(d: PyObject): PyObject {
  d.ob_refcnt++;
  return new PyMappingProxy(d);
}
const M = (o: PyObject) => (o as PyMappingProxy).mapping;
MappingProxyType.tp_repr = (o) => newStr(`mappingproxy(${reprStr(M(o))})`);
MappingProxyType.mp_subscript = (o, k) => getItem(M(o), k);
MappingProxyType.mp_length = (o) => length(M(o));
MappingProxyType.sq_contains = (o, k) => contains(M(o), k);
MappingProxyType.tp_iter = (o) => getIter(M(o));
MappingProxyType.tp_dealloc = (o) => {
  const m = M(o);
  if (--m.ob_refcnt === 0) dealloc(m);
};
MappingProxyType.tp_methods = ["keys", "values", "items", "copy"].map((name) => ({
  name, flags: 1, fn: (o: PyObject) => callMethod(M(o), name, []),
})).concat([
  { name: "get", flags: 3, fn: ((o: PyObject, args: PyObject[]) => callMethod(M(o), "get", args)) as (o: PyObject) => PyObject },
  { name: "__reversed__", flags: 1, fn: (o: PyObject) => callMethod(M(o), "__reversed__", []) },
  { name: "__class_getitem__", flags: 2 | 8, fn: ((t: PyObject, a: PyObject) => genericAlias(t, a)) as (o: PyObject) => PyObject },
]);
// mappingproxy_or: either side that is a mappingproxy stands for its mapping
MappingProxyType.nb_binary[7 /* OR */] = (a, b) => {
  const l = a.ob_type === MappingProxyType ? M(a) : a;
  const r = b.ob_type === MappingProxyType ? M(b) : b;
  return binaryOp(l, r, 7);
};
MappingProxyType.nb_inplace[7 /* OR */] = (a) => {
  throw typeError(`'|=' is not supported by ${a.ob_type.tp_name}; use '|' instead`);
};
export type { PyDict };

/** mappingproxy(mapping): a read-only view of any mapping (not a sequence). */
MappingProxyType.tp_new = (_type, args, kw) => {
  const [m] = parseArgs("mappingproxy", args, kw, ["mapping"], { required: 1 });
  const t = m!.ob_type;
  if (t.mp_subscript === null || t === ListTypeRef() || t === TupleTypeRef() || isSubtype(t, ListTypeRef()) || isSubtype(t, TupleTypeRef())) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${t.tp_name}`);
  }
  return newMappingProxy(m!);
};
MappingProxyType.tp_richcompare = (a, b, op) => richCompare(M(a), b, op);
MappingProxyType.tp_str = (o) => strOf(M(o));
import { parseArgs } from "./args.ts";
import { typeError } from "./errors.ts";
import { ListType, TupleType } from "./types.ts";
import { isSubtype } from "./object.ts";
import { richCompare, str as strOf } from "./abstract.ts";
function ListTypeRef() {
  return ListType;
}
function TupleTypeRef() {
  return TupleType;
}
