/**
 * Raising helpers: each returns a new exception object to `throw`:
 *   throw typeError(`'${typeName(o)}' object is not iterable`);
 * Messages must be CPython's, word for word.
 */
import type { PyObject, PyType } from "./object.ts";
import { PyBaseException } from "./exceptions.ts";
import * as E from "./exceptions.ts";
import { newStr } from "./str.ts";
import { PyTuple } from "./tuple.ts";
import { TupleType } from "./types.ts";

/** A new exception of `type` with args (msg,) (or () when msg is null), bypassing __init__. */
export function newException(type: PyType, msg: string | null): PyBaseException {
  const args = msg === null ? new PyTuple(TupleType, []) : new PyTuple(TupleType, [newStr(msg)]);
  return new PyBaseException(type, args);
}
/** A new exception with args (arg,) (the arg is borrowed). */
export function newExceptionArg(type: PyType, arg: PyObject): PyBaseException {
  arg.ob_refcnt++;
  return new PyBaseException(type, new PyTuple(TupleType, [arg]));
}

export const typeError = (msg: string) => newException(E.TypeErrorType, msg);
export const valueError = (msg: string) => newException(E.ValueErrorType, msg);
export const indexError = (msg: string) => newException(E.IndexErrorType, msg);
export const attributeError = (msg: string) => newException(E.AttributeErrorType, msg);
export const nameError = (msg: string) => newException(E.NameErrorType, msg);
export const zeroDivisionError = (msg: string) => newException(E.ZeroDivisionErrorType, msg);
export const overflowError = (msg: string) => newException(E.OverflowErrorType, msg);
export const runtimeError = (msg: string) => newException(E.RuntimeErrorType, msg);
export const systemError = (msg: string) => newException(E.SystemErrorType, msg);
export const recursionError = (msg: string) => newException(E.RecursionErrorType, msg);
export const notImplementedError = (msg: string) => newException(E.NotImplementedErrorType, msg);
export const memoryError = () => newException(E.MemoryErrorType, null);
export const keyError = (key: PyObject) => newExceptionArg(E.KeyErrorType, key);
export const stopIteration = () => newException(E.StopIterationType, null);

/** Is `e` a Python exception object (what `throw` carries in tspy)? */
export function isPyException(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException;
}
