/** types.GenericAlias: list[int] and friends (repr and the attributes programs look at). */
import { PyObject } from "./object.ts";
import { GenericAliasType, TupleType } from "./types.ts";
import { PyTuple, tupleFrom } from "./tuple.ts";
import { newStr } from "./str.ts";
import { reprStr, call } from "./abstract.ts";
import { PyType } from "./object.ts";
import { typeQualname, typeModuleName } from "./typeobject.ts";
import { dealloc } from "../memory/refcount.ts";

class PyGenericAlias extends PyObject {
  declare origin: PyObject;
  declare args: PyTuple;
  constructor(origin: PyObject, args: PyTuple) {
    super(GenericAliasType);
    this.origin = origin;
    this.args = args;
  }
}
export function genericAlias(origin: PyObject, args: PyObject): PyObject {
  origin.ob_refcnt++;
  const t = args instanceof PyTuple ? (args.ob_refcnt++, args) : tupleFrom([args]);
  return new PyGenericAlias(origin, t);
}
function argRepr(o: PyObject): string {
  if (o instanceof PyType) {
    const m = typeModuleName(o);
    return m === "builtins" || m === null ? typeQualname(o) : `${m}.${typeQualname(o)}`;
  }
  if (o.ob_type.tp_name === "ellipsis") return "...";
  return reprStr(o);
}
GenericAliasType.tp_repr = (o) => {
  const g = o as PyGenericAlias;
  return newStr(`${argRepr(g.origin)}[${g.args.items.length === 0 ? "()" : g.args.items.map(argRepr).join(", ")}]`);
};
GenericAliasType.tp_call = (o, args, kw) => call((o as PyGenericAlias).origin, args, kw);
GenericAliasType.tp_dealloc = (o) => {
  const g = o as PyGenericAlias;
  if (--g.origin.ob_refcnt === 0) dealloc(g.origin);
  if (--g.args.ob_refcnt === 0) dealloc(g.args);
};
GenericAliasType.tp_getset = [
  { name: "__origin__", get: (o) => ((o as PyGenericAlias).origin.ob_refcnt++, (o as PyGenericAlias).origin), set: null },
  { name: "__args__", get: (o) => ((o as PyGenericAlias).args.ob_refcnt++, (o as PyGenericAlias).args), set: null },
];
export { TupleType };
