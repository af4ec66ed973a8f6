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
  const nkw = kwnames === null ? 0 : (kwnames as PyTuple).items.length;
  const npos = args.length - nkw;
  const required = spec.required ?? names.length;
  const posonly = spec.posonly ?? 0;
  const kwonly = spec.kwonly ?? names.length;
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  if (npos > kwonly) {
    if (kwonly === required || required === names.length) {
      throw typeError(kwonly === 1 && required === 1
        ? `${fname}() takes exactly one argument (${npos} given)`
        : `${fname}() takes ${kwonly === required ? "exactly" : "at most"} ${kwonly} argument${kwonly === 1 ? "" : "s"} (${npos} given)`);
    }
    throw typeError(`${fname}() takes at most ${kwonly} argument${kwonly === 1 ? "" : "s"} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i]!;
  if (nkw > 0) {
    const kn = (kwnames as PyTuple).items;
    for (let k = 0; k < nkw; k++) {
      const key = (kn[k] as PyStr).value;
      const idx = names.indexOf(key);
      if (idx < 0 || idx < posonly) {
        if (idx >= 0 && idx < posonly) {
          throw typeError(`${fname}() got some positional-only arguments passed as keyword arguments: '${key}'`);
        }
        throw typeError(`'${key}' is an invalid keyword argument for ${fname}()`);
      }
      if (out[idx] !== null) {
        throw typeError(`argument for ${fname}() given by name ('${key}') and position (${idx + 1})`);
      }
      out[idx] = args[npos + k]!;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      if (i < posonly || nkw === 0 && i >= npos && i < kwonly) {
        throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
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
