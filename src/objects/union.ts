/** types.UnionType: `int | str` (PEP 604). */
import { PyObject, PyType } from "./object.ts";
import { UnionTypeType, NotImplemented, None, NoneTypeType, GenericAliasType } from "./types.ts";
import { PyTuple, tupleFrom } from "./tuple.ts";
import { newStr } from "./str.ts";
import { typeQualname, typeModuleName } from "./typeobject.ts";
import { reprStr } from "./abstract.ts";
import { dealloc } from "../memory/refcount.ts";

class PyUnion extends PyObject {
  declare args: PyTuple;
  constructor(args: PyTuple) {
    super(UnionTypeType);
    this.args = args;
  }
}
function isUnionable(o: PyObject): boolean {
  return o === None || o instanceof PyType || o instanceof PyUnion || o.ob_type === GenericAliasType;
}
function flatten(o: PyObject): PyObject[] {
  if (o instanceof PyUnion) return o.args.items;
  if (o === None) return [NoneTypeType];
  return [o];
}
export function unionType(a: PyObject, b: PyObject): PyObject {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const items: PyObject[] = [];
  for (const x of [...flatten(a), ...flatten(b)]) if (!items.includes(x)) items.push(x);
  if (items.length === 1) {
    items[0]!.ob_refcnt++;
    return items[0]!;
  }
  return new PyUnion(tupleFrom(items));
}
UnionTypeType.nb_binary[7] = unionType;
UnionTypeType.tp_repr = (o) => newStr((o as PyUnion).args.items.map((x) => {
  if (x === NoneTypeType) return "None";
  if (x instanceof PyType) {
    const m = typeModuleName(x);
    return m === "builtins" || m === null ? typeQualname(x) : `${m}.${typeQualname(x)}`;
  }
  return reprStr(x);
}).join(" | "));
UnionTypeType.tp_dealloc = (o) => {
  const t = (o as PyUnion).args;
  if (--t.ob_refcnt === 0) dealloc(t);
};
UnionTypeType.tp_getset = [{ name: "__args__", get: (o) => ((o as PyUnion).args.ob_refcnt++, (o as PyUnion).args), set: null }];
export function unionArgs(o: PyObject): PyObject[] | null {
  return o instanceof PyUnion ? o.args.items : null;
}
