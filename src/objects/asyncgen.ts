/** Async generators (PEP 525): not complete yet; creating one raises a clear error. */
import { PyObject } from "./object.ts";
import { AsyncGeneratorType } from "./types.ts";
import { newGenerator } from "./genobject.ts";
import type { Frame } from "../vm/frame.ts";

export function newAsyncGen(f: Frame): PyObject {
  return newGenerator(f, AsyncGeneratorType);
}
export function asyncGenWrap(v: PyObject): PyObject {
  v.ob_refcnt++;
  return v;
}
