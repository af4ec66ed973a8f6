/** Struct sequences (sys.version_info, sys.flags, ...): tuples with named fields. */
import { PyObject, PyType, TPFlags } from "./object.ts";
import { TypeType, TupleType } from "./types.ts";
import { PyTuple } from "./tuple.ts";
import { newStr } from "./str.ts";
import { reprStr } from "./abstract.ts";
import { readyType } from "./typeobject.ts";

export function newStructSeqType(name: string, fields: string[]): PyType {
  const t = new PyType(TypeType, name, TupleType, TPFlags.TUPLE_SUBCLASS);
  t.tp_getset = fields.map((f, i) => ({
    name: f,
    get: (o: PyObject) => {
      const v = (o as PyTuple).items[i]!;
      v.ob_refcnt++;
      return v;
    },
    set: null,
  }));
  t.tp_repr = (o) => newStr(`${name}(${(o as PyTuple).items.map((v, i) => `${fields[i]}=${reprStr(v)}`).join(", ")})`);
  readyType(t);
  return t;
}
/** A struct sequence instance (steals the items). */
export function newStructSeq(t: PyType, items: PyObject[]): PyObject {
  return new PyTuple(t, items);
}
