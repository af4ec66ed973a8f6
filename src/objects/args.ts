/**
 * Argument parsing for builtins (Argument Clinic's behaviour and messages).
 *
 * parseArgs(fname, args, kwnames, names, opts) binds positional arguments and keyword values
 * (the vectorcall layout: args = positionals then the values named by kwnames) to `names`,
 * returning one BORROWED object or null (absent) per name.
 *   opts.required  how many leading names are required (default all)
 *   opts.posonly   how many leading names are positional-only (default 0)
 *   opts.kwonly    index of the first keyword-only name (default names.length)
 */
import type { PyObject } from "./object.ts";
import { PyTuple } from "./tuple.ts";
import { PyStr } from "./str.ts";
import { typeError } from "./errors.ts";

export interface ArgSpec {
  required?: number;
  posonly?: number;
  kwonly?: number;
}

export function parseArgs(fname: string, args: PyObject[], kwnames: PyObject | null, names: readonly string[], spec: ArgSpec = {}): (PyObject | null)[] {
  // mirrors _PyArg_UnpackKeywords (checks in the same order, same messages)
  const kn = kwnames === null ? null : (kwnames as PyTuple).items;
  const nkw = kn === null ? 0 : kn.length;
  const nargs = args.length - nkw;
  const maxargs = names.length;
  const posonly = spec.posonly ?? 0;
  const maxpos = spec.kwonly ?? maxargs;
  const required = spec.required ?? maxargs;
  const minpos = Math.min(required, maxpos);
  const minkw = Math.max(0, required - maxpos);
  const reqlimit = minkw > 0 ? maxpos + minkw : minpos;
  const minposonly = Math.min(posonly, minpos);
  const out: (PyObject | null)[] = new Array(maxargs).fill(null);
  if (nkw === 0 && minkw === 0 && nargs >= minpos && nargs <= maxpos) {
    for (let i = 0; i < nargs; i++) out[i] = args[i]!;
    return out;
  }
  const s = (n: number) => (n === 1 ? "" : "s");
  if (nargs + nkw > maxargs) {
    throw typeError(`${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${s(maxargs)} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(`${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${s(maxpos)} (${nargs} given)`);
  }
  if (nargs < minposonly) {
    throw typeError(`${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${s(minposonly)} (${nargs} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i]!;
  const findKw = (name: string): PyObject | null => {
    for (let k = 0; k < nkw; k++) if ((kn![k] as PyStr).value === name) return args[nargs + k]!;
    return null;
  };
  let remaining = nkw;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let cur: PyObject | null = null;
    if (remaining > 0) cur = findKw(names[i]!);
    else if (i >= reqlimit) break;
    out[i] = cur;
    if (cur !== null) remaining--;
    else if (i < minpos || (maxpos <= i && i < reqlimit)) {
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (remaining > 0) {
    for (let i = posonly; i < nargs; i++) {
      if (findKw(names[i]!) !== null) throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (let k = 0; k < nkw; k++) {
      const key = (kn![k] as PyStr).value;
      if (names.indexOf(key, posonly) < 0) throw typeError(`'${key}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

/** Positional-only arity check: "f expected at least N arguments, got M" style (clinic). */
export function checkArity(fname: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    throw typeError(`${fname} expected ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  }
  if (n < min) throw typeError(`${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  throw typeError(`${fname} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** Reject keyword arguments: "f() takes no keyword arguments". */
export function noKeywords(fname: string, kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames as PyTuple).items.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/** Number of keyword arguments in a vectorcall kwnames tuple (null = none). */
export function kwCount(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : (kwnames as PyTuple).items.length;
}
