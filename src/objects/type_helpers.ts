/** Small helpers for type_impl.ts. */
import type { PyObject } from "./object.ts";
import { typeError } from "./errors.ts";
import { strStr } from "./abstract.ts";
export { call, isTrue, reprStr, lookupAttr, iterableToArray, str } from "./abstract.ts";

export function strOfObj(o: PyObject): string {
  return strStr(o);
}
/** object.__format__ with a non-empty spec. */
export function formatNotImpl(o: PyObject) {
  return typeError(`unsupported format string passed to ${o.ob_type.tp_name}.__format__`);
}
