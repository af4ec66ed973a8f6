/**
 * `from __future__ import ...` handling, as CPython's Python/future.c: the future statements at
 * the top of a module (after the docstring) set compiler feature flags. Only `annotations` and
 * `barry_as_FLUFL` change anything in 3.11; the rest are accepted and ignored.
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { CompileError } from "../parser/errors.ts";
import { getDocString } from "./fold.ts";
import { LocatedSyntaxError } from "./errors.ts";

export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** PyCF_MASK: the future flags that code objects inherit from the compiler flags. */
export const PyCF_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT |
  CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL |
  CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS;
export const PyCF_ONLY_AST = 0x0400;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

const IGNORED = new Set(["nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "generator_stop"]);

export interface FutureFeatures {
  features: number;
  /** Line of the last future statement, -1 when there is none. */
  lineno: number;
}

export function futureFromAST(mod: A.mod, filename: string): FutureFeatures {
  const ff: FutureFeatures = { features: 0, lineno: -1 };
  if (mod._kind !== K.Module && mod._kind !== K.Interactive) return ff;
  const body = mod.body;
  if (body.length === 0) return ff;
  let i = 0, done = false, prevLine = 0;
  if (mod._kind === K.Module && getDocString(body) !== null) i++;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._kind === K.ImportFrom && s.module === "__future__") {
      if (done) {
        throw new CompileError("SyntaxError", "from __future__ imports must occur at the beginning of the file",
          filename, s.lineno, s.col_offset, null);
      }
      for (const al of s.names) {
        const f = al.name;
        if (IGNORED.has(f)) continue;
        if (f === "barry_as_FLUFL") ff.features |= CO_FUTURE_BARRY_AS_BDFL;
        else if (f === "annotations") ff.features |= CO_FUTURE_ANNOTATIONS;
        else if (f === "braces") {
          throw new LocatedSyntaxError("SyntaxError", "not a chance", filename, s.lineno, s.col_offset + 1, null, s.lineno, null);
        } else {
          throw new LocatedSyntaxError("SyntaxError", `future feature ${f} is not defined`, filename, s.lineno, s.col_offset + 1, null, s.lineno, null);
        }
      }
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}
