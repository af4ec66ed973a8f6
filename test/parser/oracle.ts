/** python3's verdict on snippets (scripts/parser_oracle.py, one process) and tspy's, side by side. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parse, type ParseMode } from "../../src/parser/parse.ts";
import { dump } from "../../src/ast/dump.ts";
import { CompileError } from "../../src/parser/errors.ts";
import type { Snippet } from "./snippets.ts";

export type Verdict = ["ok", string] | ["error", string, string, number | null, number | null, number | null, number | null]
  | ["error", string, string, number | null, number | null, number | null, number | null, string | null];

export function norm(s: Snippet): [string, ParseMode] | [string, ParseMode, number] {
  return typeof s === "string" ? [s, "exec"] : s;
}

export function pythonVerdicts(snippets: Snippet[]): Verdict[] {
  const r = spawnSync("python3", [join(import.meta.dirname, "../../scripts/parser_oracle.py")], {
    input: JSON.stringify(snippets.map(norm)), encoding: "utf8", maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Verdict[];
}

export function tspyVerdict(s: Snippet): Verdict {
  const [src, mode, fv] = norm(s);
  try {
    const tree = parse(src, { filename: "<x>", mode, typeComments: true, featureVersion: fv });
    return ["ok", dump(tree, { includeAttributes: true })];
  } catch (e) {
    if (e instanceof CompileError) {
      if (e.isSyntaxError) return ["error", e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
      return ["error", e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    }
    return ["error", "JS " + (e as Error).name, String((e as Error).stack), null, null, null, null];
  }
}
