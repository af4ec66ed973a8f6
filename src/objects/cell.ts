/** cell: a variable shared between a function and the closures that use it. */
import { PyObject } from "./object.ts";
import { CellType } from "./types.ts";
import { dealloc } from "../memory/refcount.ts";

export class PyCell extends PyObject {
  /** The contents (owned), or null when empty (unbound). */
  declare ref: PyObject | null;
  constructor(ref: PyObject | null) {
    super(CellType);
    this.ref = ref;
  }
}
CellType.tp_dealloc = (o) => {
  const c = o as PyCell;
  const r = c.ref;
  c.ref = null;
  if (r !== null && --r.ob_refcnt === 0) dealloc(r);
};

CellType.tp_getset = [
  { name: "cell_contents", get: (o) => {
    const r = (o as PyCell).ref;
    if (r === null) throw valueError("Cell is empty");
    r.ob_refcnt++;
    return r;
  }, set: (o, v) => {
    const c = o as PyCell;
    const old = c.ref;
    if (v !== null) v.ob_refcnt++;
    c.ref = v;
    if (old !== null && --old.ob_refcnt === 0) dealloc(old);
  } },
];
CellType.tp_repr = (o) => {
  const r = (o as PyCell).ref;
  if (r === null) return newStr(`<cell at ${hexId(o)}: empty>`);
  return newStr(`<cell at ${hexId(o)}: ${r.ob_type.tp_name} object at ${hexId(r)}>`);
};
import { valueError } from "./errors.ts";
import { newStr } from "./str.ts";
import { hexId } from "./abstract.ts";
