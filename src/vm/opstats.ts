/**
 * -X tspy-opstats: how often each instruction ran, counted in the form it had when it ran
 * (adaptive, specialised or generic), printed on stderr when the program ends. The same kind of
 * numbers as CPython's --enable-pystats build gives for its specialising interpreter: which
 * instructions a program spends its time in and how much of each family ran specialised.
 *
 * Counting goes through the loop's trace hook (src/vm/trace.ts), so it slows the program down as
 * -X tspy-trace does, and the JIT tier is not entered while it is on.
 */
import { opname, SPECIALIZATIONS, Op } from "../bytecode/opcodes.ts";
import { BASE, CALL_PY_CLASS, LOAD_ATTR_PROPERTY } from "./specialize.ts";

/** An opcode's name; tspy's own specialised forms (src/vm/specialize.ts) are marked as such. */
function nameOf(op: number): string {
  if (op === CALL_PY_CLASS) return "CALL_PY_CLASS (tspy's own)";
  if (op === LOAD_ATTR_PROPERTY) return "LOAD_ATTR_PROPERTY (tspy's own)";
  return opname[op]!;
}

/** counts[op]: executions of the instruction whose code unit held `op` when it ran. */
export const opCounts = new Float64Array(256);

/** The report: every opcode that ran, most frequent first, then one line per family. */
export function opstatsReport(): string {
  let total = 0;
  for (let i = 0; i < 256; i++) total += opCounts[i]!;
  const lines: string[] = [];
  lines.push(`tspy opstats: ${total} instructions executed`);
  if (total === 0) return lines.join("\n") + "\n";
  const pct = (n: number): string => ((100 * n) / total).toFixed(2).padStart(6);
  const ops = [...opCounts.keys()].filter((i) => opCounts[i]! > 0).sort((a, b) => opCounts[b]! - opCounts[a]! || a - b);
  lines.push(`${"count".padStart(14)} ${"%".padStart(6)} ${"cum%".padStart(6)}  instruction`);
  let cum = 0;
  for (const op of ops) {
    cum += opCounts[op]!;
    lines.push(`${String(opCounts[op]).padStart(14)} ${pct(opCounts[op]!)} ${pct(cum)}  ${nameOf(op)}`);
  }
  // families: the generic instruction, its adaptive counter form and its specialised forms
  lines.push("");
  lines.push(`${"family".padEnd(20)} ${"count".padStart(14)} ${"specialised%".padStart(13)}`);
  for (const [base, forms] of SPECIALIZATIONS) {
    if (!forms.some((f) => opname[f]!.endsWith("_ADAPTIVE"))) continue; // superinstructions only
    let all = 0, spec = 0;
    for (let i = 0; i < 256; i++) {
      if (BASE[i] !== base) continue;
      all += opCounts[i]!;
      if (i === CALL_PY_CLASS || i === LOAD_ATTR_PROPERTY || (i !== base && forms.includes(i as Op) && !opname[i]!.endsWith("_ADAPTIVE"))) spec += opCounts[i]!;
    }
    if (all === 0) continue;
    lines.push(`${opname[base]!.padEnd(20)} ${String(all).padStart(14)} ${((100 * spec) / all).toFixed(1).padStart(13)}`);
  }
  return lines.join("\n") + "\n";
}
