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
