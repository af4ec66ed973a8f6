/**
 * Calling Python functions: binding arguments into a new frame's fast locals (CPython's
 * initialize_locals, with its error messages), and FunctionType.tp_call for calls from JS,
 * which run the frame in a nested eval loop (like a C function calling back into Python).
 */
import { PyObject } from "../objects/object.ts";
import { FunctionType, None } from "../objects/types.ts";
import { PyFunction } from "../objects/funcobject.ts";
import { PyTuple, newTuple, EMPTY_TUPLE } from "../objects/tuple.ts";
import { PyDict, newDict, dictSetItem, dictGetItem, dictNext } from "../objects/dict.ts";
import { PyStr } from "../objects/str.ts";
import { typeError } from "../objects/errors.ts";
import { Frame, ReturnMode, allocFrame, releaseFrame } from "./frame.ts";
import { ts } from "./state.ts";
import { recursionErr } from "./ops.ts";
import { evalFrame } from "./eval.ts";
import { CO_VARARGS, CO_VARKEYWORDS } from "../bytecode/code.ts";
import { dealloc } from "../memory/refcount.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** A new frame for `func` (no arguments bound yet; a pooled frame when one is free). */
export function newFunctionFrame(func: PyFunction): Frame {
  func.ob_refcnt++; // the frame owns a reference to its function (released by clearFrame)
  return allocFrame(func.code, func, func.globals, func.builtins);
}

function qualname(func: PyFunction): string {
  return (func.qualname as PyStr).value;
}

function joinNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

/**
 * Bind arguments: src[base .. base+n) holds positionals then keyword values named by kwnames.
 * The arguments are BORROWED (the frame takes new references).
 */
export function bindArgs(func: PyFunction, f: Frame, src: (PyObject | null)[], base: number, n: number, kwnames: PyTuple | null): void {
  const code = func.code;
  const s = f.s;
  const argcount = code.argcount;
  const nkw = kwnames === null ? 0 : kwnames.items.length;
  const npos = n - nkw;
  const flags = code.flags;
  // fast path: exact positional call, no defaults needed
  if (nkw === 0 && npos === argcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0) {
    for (let i = 0; i < npos; i++) {
      const v = src[base + i]!;
      v.ob_refcnt++;
      s[i] = v;
    }
    return;
  }
  const total = argcount + code.kwonlyargcount;
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = newDict();
    const idx = total + (flags & CO_VARARGS ? 1 : 0);
    s[idx] = kwdict;
  }
  const ncopy = npos < argcount ? npos : argcount;
  for (let i = 0; i < ncopy; i++) {
    const v = src[base + i]!;
    v.ob_refcnt++;
    s[i] = v;
  }
  if (flags & CO_VARARGS) {
    const extra: PyObject[] = [];
    for (let i = ncopy; i < npos; i++) {
      const v = src[base + i]!;
      v.ob_refcnt++;
      extra.push(v);
    }
    s[total] = newTuple(extra);
  } else if (npos > argcount) {
    tooManyPositional(func, npos, nkw, kwnames, src, base);
  }
  // keywords
  if (nkw > 0) {
    const names = code.localsplusnames;
    const kn = kwnames!.items;
    for (let k = 0; k < nkw; k++) {
      const key = kn[k] as PyStr;
      const value = src[base + npos + k]!;
      let j = -1;
      for (let i = code.posonlyargcount; i < total; i++) {
        if (names[i] === key || names[i]!.value === key.value) {
          j = i;
          break;
        }
      }
      if (j < 0) {
        if (kwdict === null) {
          // positional-only passed by keyword?
          for (let i = 0; i < code.posonlyargcount; i++) {
            if (names[i]!.value === key.value) {
              const bad: string[] = [];
              for (let kk = 0; kk < nkw; kk++) {
                const kv = (kn[kk] as PyStr).value;
                for (let ii = 0; ii < code.posonlyargcount; ii++) if (names[ii]!.value === kv) bad.push(kv);
              }
              throw typeError(`${qualname(func)}() got some positional-only arguments passed as keyword arguments: '${bad.join(", ")}'`);
            }
          }
          throw typeError(`${qualname(func)}() got an unexpected keyword argument '${key.value}'`);
        }
        dictSetItem(kwdict, key, value);
        continue;
      }
      if (s[j] !== null) throw typeError(`${qualname(func)}() got multiple values for argument '${key.value}'`);
      value.ob_refcnt++;
      s[j] = value;
    }
  }
  // defaults for missing positionals
  if (npos < argcount) {
    const defaults = func.defaults;
    const ndef = defaults === null ? 0 : defaults.items.length;
    const m = argcount - ndef;
    const missing: string[] = [];
    for (let i = npos; i < m; i++) if (s[i] === null) missing.push(code.localsplusnames[i]!.value);
    if (missing.length > 0) {
      throw typeError(`${qualname(func)}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${joinNames(missing)}`);
    }
    for (let i = Math.max(npos, m); i < argcount; i++) {
      if (s[i] === null) {
        const d = defaults!.items[i - m]!;
        d.ob_refcnt++;
        s[i] = d;
      }
    }
  }
  if (code.kwonlyargcount > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (s[i] !== null) continue;
      const name = code.localsplusnames[i]!;
      const d = func.kwdefaults !== null ? dictGetItem(func.kwdefaults, name) : null;
      if (d !== null) {
        d.ob_refcnt++;
        s[i] = d;
      } else missing.push(name.value);
    }
    if (missing.length > 0) {
      throw typeError(`${qualname(func)}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? "s" : ""}: ${joinNames(missing)}`);
    }
  }
}

function tooManyPositional(func: PyFunction, given: number, nkw: number, kwnames: PyTuple | null, src: (PyObject | null)[], base: number): never {
  const code = func.code;
  const argcount = code.argcount;
  const ndef = func.defaults === null ? 0 : func.defaults.items.length;
  let kwonlyGiven = 0;
  if (kwnames !== null) {
    for (const k of kwnames.items) {
      for (let i = argcount; i < argcount + code.kwonlyargcount; i++) {
        if (code.localsplusnames[i]!.value === (k as PyStr).value) kwonlyGiven++;
      }
    }
  }
  let sig: string;
  if (ndef > 0) sig = `from ${argcount - ndef} to ${argcount} positional arguments`;
  else sig = `${argcount} positional argument${argcount === 1 ? "" : "s"}`;
  let givenS: string;
  if (kwonlyGiven > 0) {
    givenS = `${given} positional argument${given === 1 ? "" : "s"} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? "" : "s"})`;
  } else givenS = `${given}`;
  throw typeError(`${qualname(func)}() takes ${sig} but ${givenS} ${given === 1 && kwonlyGiven === 0 ? "was" : "were"} given`);
}

/** func(*args) called from JS: a nested eval loop. Arguments borrowed; returns a new reference. */
export function callPyFunction(func: PyFunction, args: PyObject[], kwnames: PyObject | null): PyObject {
  // the recursion check evalFrame would make, before a frame is bound (a frame refused there
  // would keep its arguments)
  if (ts.depth >= ts.recursionLimit) throw recursionErr();
  const f = newFunctionFrame(func);
  try {
    bindArgs(func, f, args, 0, args.length, kwnames as PyTuple | null);
  } catch (e) {
    discardFunctionFrame(f, func);
    throw e;
  }
  f.returnMode = ReturnMode.ENTRY;
  return evalFrame(f, null);
}

/**
 * A function frame that never ran (its arguments failed to bind): release what was bound and the
 * function, and give the frame back to its code's pool.
 */
export function discardFunctionFrame(f: Frame, func: PyFunction): void {
  const s = f.s;
  const n = f.code.nlocalsplus;
  for (let i = 0; i < n; i++) {
    const x = s[i];
    if (x !== null && x !== undefined) {
      s[i] = null;
      decref(x);
    }
  }
  f.func = null;
  decref(func);
  f.ob_refcnt = 0;
  releaseFrame(f);
}

FunctionType.tp_call = (f, args, kw) => callPyFunction(f as PyFunction, args, kw);

export { None, EMPTY_TUPLE, dictNext, decref };
