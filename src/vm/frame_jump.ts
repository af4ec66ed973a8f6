/**
 * Setting frame.f_lineno from a trace function (pdb's 'jump'), as CPython 3.11's frame_setlineno.
 *
 * Allowed only at a 'line' event of the frame being traced (the last event kind is remembered by
 * pytrace.ts, like tstate->tracing_what: outside tracing it is the last one seen, at first
 * 'call'). The target is the first line at or after the one asked for where instructions start.
 * Value-stack analysis: every reachable instruction gets the kinds of the values on the stack
 * before it (OBJ, NULL, ITER for a for-loop's iterator, EXC for an exception being handled,
 * LASTI for a re-raise location), following jumps and exception handlers. An instruction that
 * starts the target line is a candidate when its stack is the current one's bottom part with compatible
 * kinds; the deepest candidate (first on ties) wins. The values above it are popped (an EXC value
 * becomes the exception being handled again, as POP_EXCEPT does) and the eval loop continues at
 * the candidate without tracing it (pytrace's jumpTo).
 */
import { PyObject } from "../objects/object.ts";
import { None, IntType } from "../objects/types.ts";
import { PyInt } from "../objects/int.ts";
import { valueError, newException } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { lineOf, findHandler, type PyCode } from "../objects/codeobject.ts";
import { Op, deopt } from "../bytecode/opcodes.ts";
import { stackEffect } from "../bytecode/stackeffect.ts";
import { decodeUnits, type Ins } from "./instr_list.ts";
import { dealloc } from "../memory/refcount.ts";
import { ts } from "./state.ts";
import type { Frame } from "./frame.ts";

const OBJ = 1, NUL = 2, ITER = 3, EXC = 4, LASTI = 5;

const FORWARD_JUMPS = new Set<number>([
  Op.JUMP_FORWARD, Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_FORWARD_IF_TRUE, Op.POP_JUMP_FORWARD_IF_NONE,
  Op.POP_JUMP_FORWARD_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SEND,
]);
const BACKWARD_JUMPS = new Set<number>([
  Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE,
  Op.POP_JUMP_BACKWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE,
]);
/** Instructions after which control never falls through to the next one. */
const NO_FALLTHROUGH = new Set<number>([
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE,
]);

/** The code's instructions with their opcodes' family heads (instr_list.ts). */
function decode(code: PyCode): Ins[] {
  return decodeUnits(code.instrs).map((ins) => ({ ...ins, op: deopt[ins.op]! }));
}

/** The stack kinds before each instruction, by its start and its opcode index (absent: unreachable). */
function markStacks(code: PyCode, list: Ins[]): Map<number, number[]> {
  const byStart = new Map<number, Ins>();
  for (const ins of list) byStart.set(ins.start, ins);
  const stacks = new Map<number, number[]>();
  const work: Ins[] = [];
  const reach = (start: number, st: number[]) => {
    const ins = byStart.get(start);
    if (ins === undefined || stacks.has(start)) return;
    stacks.set(start, st);
    work.push(ins);
  };
  const moved = (st: number[], effect: number) => {
    const out = st.slice(0, Math.max(0, st.length + Math.min(0, effect)));
    for (let k = 0; k < effect; k++) out.push(OBJ);
    return out;
  };
  reach(0, []);
  while (work.length !== 0) {
    const ins = work.pop()!;
    const st = stacks.get(ins.start)!;
    const { op, arg } = ins;
    const h = findHandler(code, ins.at);
    if (h >= 0) {
      const dl = code.exctab[h + 3]!;
      const entry = st.slice(0, dl >> 1);
      if (dl & 1) entry.push(LASTI);
      entry.push(EXC);
      reach(code.exctab[h + 2]!, entry);
    }
    let next: number[] | null;
    switch (op) {
      case Op.GET_ITER: case Op.GET_AITER: next = st.slice(0, -1).concat(ITER); break;
      case Op.FOR_ITER:
        reach(ins.next + arg, st.slice(0, -1));
        next = st.concat(OBJ);
        break;
      case Op.PUSH_NULL: next = st.concat(NUL); break;
      case Op.LOAD_GLOBAL: next = (arg & 1) ? st.concat(NUL, OBJ) : st.concat(OBJ); break;
      // the method (or NULL) under self (or the attribute)
      case Op.LOAD_METHOD: next = st.slice(0, -1).concat(NUL, OBJ); break;
      case Op.PUSH_EXC_INFO: next = st.concat(EXC); break;
      case Op.POP_EXCEPT: next = st.slice(0, -1); break;
      case Op.PRECALL: case Op.KW_NAMES: next = st; break;
      case Op.CALL: next = st.slice(0, Math.max(0, st.length - arg - 2)).concat(OBJ); break;
      case Op.RETURN_GENERATOR: next = st.concat(OBJ); break;
      default: {
        if (FORWARD_JUMPS.has(op) || BACKWARD_JUMPS.has(op)) {
          const target = FORWARD_JUMPS.has(op) ? ins.next + arg : ins.next - arg;
          reach(target, moved(st, stackEffect(op, arg, 1) ?? 0));
        }
        next = NO_FALLTHROUGH.has(op) ? null : moved(st, stackEffect(op, arg, 0) ?? 0);
      }
    }
    if (next !== null) reach(ins.next, next);
  }
  for (const ins of list) {
    const st = stacks.get(ins.start);
    if (st !== undefined) stacks.set(ins.at, st);
  }
  return stacks;
}

function compatible(from: number[], to: number[]): boolean {
  if (to.length > from.length) return false;
  for (let k = 0; k < to.length; k++) {
    const a = from[k]!, b = to[k]!;
    if (b === OBJ ? a === NUL : b !== NUL && a !== b) return false;
  }
  return true;
}

function whyIncompatible(to: number[]): string {
  switch (to[to.length - 1]) {
    case EXC: return "can't jump into an 'except' block as there's no exception";
    case LASTI: return "can't jump into a re-raising block as there's no location";
    case ITER: return "can't jump into the body of a for loop";
  }
  return "incompatible stacks";
}

/** Where the eval loop goes on after a jump made during the current trace event (-1: none). */
export const jumpTo = { frame: null as Frame | null, start: -1 };

/**
 * frame.f_lineno = value. eventKind/eventFrame: the trace event being dispatched ('line',
 * 'call', ...; the frame it is for, or null outside a trace call).
 */
export function setFrameLineno(f: Frame, value: PyObject | null, eventKind: string, eventFrame: Frame | null): void {
  if (value === null) throw newException(E.AttributeErrorType, "cannot delete attribute");
  if (value.ob_type !== IntType) throw valueError("lineno must be an integer");
  if (eventKind === "call") throw valueError("can't jump from the 'call' trace event of a new frame");
  if (eventKind !== "line" || eventFrame !== f) throw valueError("can only jump from a 'line' trace event");
  const wanted = Number((value as PyInt).value);
  const code = f.code;
  if (wanted < code.firstlineno) throw valueError(`line ${wanted} comes before the current code block`);
  const list = decode(code);
  // only instructions that start a line count (CPython's marklines: where the line changes,
  // instructions without a line skipped)
  const starts = new Map<Ins, number>();
  let last = -1;
  for (const ins of list) {
    const l = lineOf(code, ins.start);
    if (l !== last && l !== -1) {
      starts.set(ins, l);
      last = l;
    }
  }
  let line = -1;
  for (const l of starts.values()) {
    if (l >= wanted && (line < 0 || l < line)) line = l;
  }
  if (line < 0) throw valueError(`line ${wanted} comes after the current code block`);
  const stacks = markStacks(code, list);
  const here = stacks.get(f.lasti);
  let best: Ins | null = null, bestDepth = -1;
  let problem = "cannot find bytecode for specified line";
  let explained = false;
  for (const [ins, l] of starts) {
    if (l !== line) continue;
    const there = stacks.get(ins.start);
    if (here !== undefined && there !== undefined && compatible(here, there)) {
      if (there.length > bestDepth) {
        best = ins;
        bestDepth = there.length;
      }
    } else if (!explained && best === null) {
      if (here === undefined) problem = "can't jump from unreachable code";
      else {
        problem = there === undefined ? "can't jump into an exception handler, or code may be unreachable" : whyIncompatible(there);
        explained = true;
      }
    }
  }
  if (best === null) throw valueError(problem);
  // pop what the target does not have
  const s = f.s;
  const base = code.nlocalsplus;
  for (let depth = here!.length; depth > bestDepth; depth--) {
    const v = s[--f.sp]!;
    s[f.sp] = null;
    if (here![depth - 1] === EXC) {
      // the exception handled before this block is current again (POP_EXCEPT)
      const info = ts.excInfo;
      const old = info.exc;
      info.exc = v === None ? null : v;
      if (v === None && --v.ob_refcnt === 0) dealloc(v);
      if (old !== null && --old.ob_refcnt === 0) dealloc(old);
    } else if (v !== null && --v.ob_refcnt === 0) dealloc(v);
  }
  if (f.sp < base) f.sp = base;
  f.lasti = best.at;
  jumpTo.frame = f;
  jumpTo.start = best.start;
}
