/**
 * A code object's run-time code units (quickened: specialised forms and superinstructions in
 * place) as a list of instructions, each with its EXTENDED_ARG prefixes folded into its oparg.
 * Used by the analyses that walk a running code object: frame_jump.ts (f_lineno assignment) and
 * jit.ts (translation).
 */
import { Op } from "../bytecode/opcodes.ts";
import { CACHES } from "./specialize.ts";

/**
 * One instruction: `start` is its first unit (the first EXTENDED_ARG prefix, what jumps name),
 * `at` the unit of its opcode (what f.lasti holds while it runs), `op` the opcode as it is in
 * the units now, `arg` the full oparg, `next` the start of the following instruction (after the
 * inline cache). A trailing prefix with nothing after it comes out as an EXTENDED_ARG instruction.
 */
export interface Ins { start: number; at: number; op: number; arg: number; next: number }

export function decodeUnits(instrs: Uint16Array): Ins[] {
  const out: Ins[] = [];
  let i = 0;
  while (i < instrs.length) {
    const start = i;
    let w = instrs[i++]!;
    let op = w & 255;
    let arg = w >> 8;
    while ((op === Op.EXTENDED_ARG || op === Op.EXTENDED_ARG_QUICK) && i < instrs.length) {
      w = instrs[i++]!;
      op = w & 255;
      arg = (arg << 8) | (w >> 8);
    }
    const next = i + CACHES[op]!;
    out.push({ start, at: i - 1, op, arg, next });
    i = next;
  }
  return out;
}
