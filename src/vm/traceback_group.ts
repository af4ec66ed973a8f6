/** Exception groups in tracebacks: CPython 3.11's boxed, indented format (traceback.c). */
import { PyBaseException, BaseExceptionGroupType } from "../objects/exceptions.ts";
import { PyTuple } from "../objects/tuple.ts";
import { isSubtype } from "../objects/object.ts";
import { PyTraceback } from "../objects/traceback.ts";
import { formatTraceback, formatExceptionOnly } from "./traceback.ts";

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function indent(text: string, prefix: string): string {
  return text.split("\n").filter((l, i, a) => i < a.length - 1 || l !== "").map((l) => prefix + l + "\n").join("");
}

/** The group's own message line, then each sub-exception boxed. */
export function formatGroup(e: PyBaseException, depth = 0): string {
  let out = formatExceptionOnly(e);
  out += formatGroupChildren(e, depth);
  return out;
}

function formatNested(e: PyBaseException, depth: number): string {
  let out = "";
  if (e.traceback !== null) out += "Traceback (most recent call last):\n" + formatTraceback(e.traceback as PyTraceback);
  if (isSubtype(e.ob_type, BaseExceptionGroupType)) {
    if (depth > MAX_GROUP_DEPTH) return out + "... (max_group_depth is 10)\n";
    out += formatGroup(e, depth);
  } else out += formatExceptionOnly(e);
  return out;
}

function formatGroupChildren(e: PyBaseException, depth: number): string {
  const excs = (e.extra?.[1] as PyTuple | undefined)?.items ?? [];
  let out = "";
  const n = excs.length;
  const shown = Math.min(n, MAX_GROUP_WIDTH);
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1 && n <= MAX_GROUP_WIDTH;
    const title = `+---------------- ${i + 1} ----------------`;
    out += (i === 0 ? "+-+" + title.substring(1) : "  " + title) + "\n";
    const body = formatNested(excs[i] as PyBaseException, depth + 1);
    out += indent(body, "    | ");
    if (last) out += "    +------------------------------------\n";
  }
  if (n > MAX_GROUP_WIDTH) {
    out += "    +---------------- ... ----------------\n";
    out += `    | and ${n - MAX_GROUP_WIDTH} more exception${n - MAX_GROUP_WIDTH > 1 ? "s" : ""}\n`;
    out += "    +------------------------------------\n";
  }
  return out.split("\n").filter((l) => l !== "").map((l) => "  " + l + "\n").join("");
}
