/**
 * Control-flow-graph passes, as CPython 3.11's compile.c assembler section: block normalisation,
 * peephole optimisation (constant conditions, tuple folding, jump threading, SWAP elimination,
 * PUSH_NULL+LOAD_GLOBAL), unreachable-block and NOP removal, exit-block duplication for line
 * numbers, line number propagation, stack depth, and exception-handler labelling.
 *
 * Block order: `blocks` is allocation order (CPython walks its b_list newest-first, so passes that
 * iterate b_list iterate `blocks` backwards); `entry`/`next` is the emission order.
 * Instruction removal replaces instructions by NOPs first and cleanBasicBlock drops them.
 */
import { Op, HAS_CONST, opflags } from "../bytecode/opcodes.ts";
import type { ConstValue } from "../objects/constant.ts";
import { CompileError } from "../parser/errors.ts";
import {
  Block, Instr, isJump, isBlockPush, stackEffect,
  JUMP, JUMP_NO_INTERRUPT, POP_BLOCK, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE, SETUP_CLEANUP, SETUP_WITH, type ExceptStack,
} from "./ir.ts";
import type { ConstIndex } from "./consts.ts";
import { truthy } from "./pyops.ts";
import { PyNone } from "../objects/constant.ts";
import { tupleOf } from "./consts.ts";

const MAX_COPY_SIZE = 4;

export interface ConstTable {
  list: ConstValue[];
  /** First slot of each constant (the unit's index, extended by folding). */
  index: ConstIndex;
}

function systemError(msg: string): CompileError {
  return new CompileError("SystemError", msg, "", null, null, null);
}

/** Mark exit/no-fallthrough blocks; skip jump targets over empty blocks (normalize_basic_block). */
export function normalizeBasicBlock(bb: Block): void {
  const instrs = bb.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i]!;
    switch (ins.op) {
      case Op.RETURN_VALUE: case Op.RAISE_VARARGS: case Op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case JUMP: case JUMP_NO_INTERRUPT:
      case POP_JUMP_IF_NOT_NONE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: case Op.FOR_ITER:
        if (ins.op === JUMP || ins.op === JUMP_NO_INTERRUPT) bb.nofallthrough = true;
        if (i !== instrs.length - 1) throw systemError("malformed control flow graph.");
        while (ins.target!.instrs.length === 0) ins.target = ins.target!.next;
        break;
    }
  }
}

function hasLineno(bb: Block): boolean {
  for (const i of bb.instrs) if (i.lineno > 0) return true;
  return false;
}

/** If a block ends with an unconditional jump to a small exit block without line numbers, copy it. */
export function extendBlock(bb: Block): void {
  const n = bb.instrs.length;
  if (n === 0) return;
  const last = bb.instrs[n - 1]!;
  if (last.op !== JUMP && last.op !== Op.JUMP_FORWARD && last.op !== Op.JUMP_BACKWARD) return;
  const t = last.target!;
  if (t.exit && t.instrs.length <= MAX_COPY_SIZE) {
    if (hasLineno(t)) return;
    last.op = Op.NOP;
    for (const i of t.instrs) bb.instrs.push(i.clone());
    bb.exit = true;
  }
}

/** Remove NOPs where allowed (clean_basic_block). */
export function cleanBasicBlock(bb: Block): void {
  const ins = bb.instrs;
  const n = ins.length;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < n; src++) {
    const cur = ins[src]!;
    const lineno = cur.lineno;
    if (cur.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextLineno = ins[src + 1]!.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          ins[src + 1]!.copyLocFrom(cur);
          continue;
        }
      } else {
        let next = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0]!.lineno) continue;
      }
    }
    if (dest !== src) ins[dest] = cur;
    dest++;
    prevLineno = lineno;
  }
  ins.length = dest;
}

function getConst(consts: ConstTable, i: Instr): ConstValue {
  if (i.op !== Op.LOAD_CONST) throw systemError("Internal error: failed to get value of a constant");
  return consts.list[i.arg]!;
}

function addConstToTable(consts: ConstTable, v: ConstValue): number {
  const idx = consts.index.get(v);
  if (idx >= 0) return idx;
  consts.list.push(v);
  consts.index.set(v, consts.list.length - 1);
  return consts.list.length - 1;
}

/** LOAD_CONST c1 ... LOAD_CONST cn, BUILD_TUPLE n -> LOAD_CONST (c1, ..., cn). */
function foldTupleOnConstants(instrs: Instr[], start: number, n: number, consts: ConstTable): void {
  for (let i = 0; i < n; i++) if (!(opflags[Math.max(instrs[start + i]!.op, 0)]! & HAS_CONST) || instrs[start + i]!.op < 0) return;
  const items: ConstValue[] = [];
  for (let i = 0; i < n; i++) items.push(getConst(consts, instrs[start + i]!));
  const index = addConstToTable(consts, tupleOf(items));
  for (let i = 0; i < n; i++) instrs[start + i]!.op = Op.NOP;
  const b = instrs[start + n]!;
  b.op = Op.LOAD_CONST;
  b.arg = index;
}

const VISITED = -1;

/** Replace a run of SWAPs and NOPs with an optimal equivalent (swaptimize). Returns the new index. */
function swaptimize(block: Block, ix: number): number {
  const instrs = block.instrs;
  let depth = instrs[ix]!.arg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len]!.op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len]!.arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i]!;
    if (ins.op === Op.SWAP) {
      const oparg = ins.arg;
      const top = stack[0]!;
      stack[0] = stack[oparg - 1]!;
      stack[oparg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const ins = instrs[ix + current--]!;
        ins.op = Op.SWAP;
        ins.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (0 <= current) instrs[ix + current--]!.op = Op.NOP;
  return ix + len - 1;
}

function isSwappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.POP_TOP;
}
function storesTo(i: Instr): number {
  return i.op === Op.STORE_FAST ? i.arg : -1;
}

function nextSwappableInstruction(block: Block, i: number, lineno: number): number {
  const instrs = block.instrs;
  while (++i < instrs.length) {
    const ins = instrs[i]!;
    if (0 <= lineno && ins.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (isSwappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(block: Block, i: number): void {
  const instrs = block.instrs;
  for (; 0 <= i; i--) {
    const swap = instrs[i]!;
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || isSwappable(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j]!.lineno;
    for (let count = swap.arg - 1; 0 < count; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(instrs[j]!), storeK = storesTo(instrs[k]!);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(instrs[idx]!);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    swap.op = Op.NOP;
    const temp = instrs[j]!;
    instrs[j] = instrs[k]!;
    instrs[k] = temp;
  }
}

function jumpThread(inst: Instr, target: Instr, op: number): boolean {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

const NOP_INSTR = new Instr(Op.NOP, 0, null, -1, -1, -1, -1);

function optimizeBasicBlock(bb: Block, consts: ConstTable): void {
  const instrs = bb.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i]!;
    const oparg = inst.arg;
    const nextop = i + 1 < instrs.length ? instrs[i + 1]!.op : 0;
    let target: Instr;
    if (isJump(inst) || isBlockPush(inst)) {
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instrs[0]!;
    } else {
      target = NOP_INSTR;
    }
    switch (inst.op) {
      case Op.LOAD_CONST:
        switch (nextop) {
          case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: {
            const isTrue = truthy(getConst(consts, inst));
            inst.op = Op.NOP;
            const jumpIfTrue = nextop === POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) {
              instrs[i + 1]!.op = JUMP;
              bb.nofallthrough = true;
            } else {
              instrs[i + 1]!.op = Op.NOP;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
            const isTrue = truthy(getConst(consts, inst));
            const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
            if (isTrue === jumpIfTrue) {
              instrs[i + 1]!.op = JUMP;
              bb.nofallthrough = true;
            } else {
              inst.op = Op.NOP;
              instrs[i + 1]!.op = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            const cnt = getConst(consts, inst);
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2]!.op : 0;
            if (cnt instanceof PyNone && (jumpOp === POP_JUMP_IF_FALSE || jumpOp === POP_JUMP_IF_TRUE)) {
              const nextarg = instrs[i + 1]!.arg & 0xff;
              inst.op = Op.NOP;
              instrs[i + 1]!.op = Op.NOP;
              instrs[i + 2]!.op = (nextarg ^ (jumpOp === POP_JUMP_IF_FALSE ? 1 : 0)) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === instrs[i + 1]!.arg) {
          if (oparg === 1) {
            inst.op = Op.NOP;
            instrs[i + 1]!.op = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.op = Op.NOP;
            instrs[i + 1]!.op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(instrs, i - oparg, oparg, consts);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case POP_JUMP_IF_FALSE:
            if (jumpThread(inst, target, POP_JUMP_IF_FALSE)) i--;
            break;
          case JUMP: case Op.JUMP_IF_FALSE_OR_POP:
            if (jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP)) i--;
            break;
          case Op.JUMP_IF_TRUE_OR_POP: case POP_JUMP_IF_TRUE:
            if (inst.lineno === target.lineno) {
              inst.op = POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case POP_JUMP_IF_TRUE:
            if (jumpThread(inst, target, POP_JUMP_IF_TRUE)) i--;
            break;
          case JUMP: case Op.JUMP_IF_TRUE_OR_POP:
            if (jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP)) i--;
            break;
          case Op.JUMP_IF_FALSE_OR_POP: case POP_JUMP_IF_FALSE:
            if (inst.lineno === target.lineno) {
              inst.op = POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case POP_JUMP_IF_NOT_NONE: case POP_JUMP_IF_NONE:
        if (target.op === JUMP && jumpThread(inst, target, inst.op)) i--;
        break;
      case POP_JUMP_IF_FALSE:
        if (target.op === JUMP && jumpThread(inst, target, POP_JUMP_IF_FALSE)) i--;
        break;
      case POP_JUMP_IF_TRUE:
        if (target.op === JUMP && jumpThread(inst, target, POP_JUMP_IF_TRUE)) i--;
        break;
      case JUMP:
        if (target.op === JUMP && jumpThread(inst, target, JUMP)) i--;
        break;
      case Op.SWAP:
        if (oparg === 1) {
          inst.op = Op.NOP;
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL) {
          inst.op = Op.NOP;
          inst.arg = 0;
          instrs[i + 1]!.arg |= 1;
        }
        break;
    }
  }
}

function markReachable(entry: Block): void {
  const stack: Block[] = [];
  entry.predecessors = 1;
  stack.push(entry);
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (isJump(ins) || isBlockPush(ins)) {
        const t = ins.target!;
        if (t.predecessors === 0) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function eliminateEmptyBasicBlocks(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    let next: Block | null = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    const n = b.instrs.length;
    if (n === 0) continue;
    const last = b.instrs[n - 1]!;
    if (isJump(last)) {
      let t = last.target!;
      while (t.instrs.length === 0) t = t.next!;
      last.target = t;
    }
  }
}

export function optimizeCfg(blocks: Block[], entry: Block, consts: ConstTable): void {
  for (let b: Block | null = entry; b; b = b.next) {
    optimizeBasicBlock(b, consts);
    cleanBasicBlock(b);
  }
  for (let i = blocks.length - 1; i >= 0; i--) extendBlock(blocks[i]!);
  markReachable(entry);
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.predecessors === 0) {
      b.instrs.length = 0;
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(entry);
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  let maybeEmpty = false;
  for (let b: Block | null = entry; b; b = b.next) {
    const n = b.instrs.length;
    if (n > 0) {
      const last: Instr = b.instrs[n - 1]!;
      if ((last.op === JUMP || last.op === JUMP_NO_INTERRUPT) && last.target === b.next) {
        b.nofallthrough = false;
        last.op = Op.NOP;
        maybeEmpty = true;
      }
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(entry);
}

export function trimUnusedConsts(entry: Block, consts: ConstTable): void {
  let max = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const i of b.instrs) {
      if ((i.op === Op.LOAD_CONST || i.op === Op.KW_NAMES) && i.arg > max) max = i.arg;
    }
  }
  if (max + 1 < consts.list.length) {
    consts.list.length = max + 1;
  }
}

function isExitWithoutLineno(b: Block): boolean {
  if (!b.exit) return false;
  for (const i of b.instrs) if (i.lineno >= 0) return false;
  return true;
}

/** Copy exit blocks without line numbers so each has one predecessor (PEP 626). */
export function duplicateExitsWithoutLineno(blocks: Block[], newBlock: () => Block): void {
  const n0 = blocks.length;
  for (let k = n0 - 1; k >= 0; k--) {
    const b = blocks[k]!;
    const n = b.instrs.length;
    if (n > 0 && isJump(b.instrs[n - 1]!)) {
      const last = b.instrs[n - 1]!;
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nt = newBlock();
        for (const i of target.instrs) nt.instrs.push(i.clone());
        nt.exit = target.exit;
        nt.nofallthrough = true;
        nt.instrs[0]!.copyLocFrom(last);
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        target.next = nt;
      }
    }
  }
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k]!;
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k]!;
    const n = b.instrs.length;
    if (!b.nofallthrough && b.next && n > 0) {
      if (isExitWithoutLineno(b.next)) b.next.instrs[0]!.copyLocFrom(b.instrs[n - 1]!);
    }
  }
}

export function propagateLineNumbers(entry: Block): void {
  const prev = new Instr(0, 0, null, -1, -1, -1, -1);
  for (let b: Block | null = entry; b; b = b.next) {
    const n = b.instrs.length;
    if (n === 0) continue;
    prev.lineno = -1; prev.endLineno = -1; prev.col = -1; prev.endCol = -1;
    for (const i of b.instrs) {
      if (i.lineno < 0) i.copyLocFrom(prev);
      else prev.copyLocFrom(i);
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      const f = b.next!.instrs[0]!;
      if (f.lineno < 0) f.copyLocFrom(prev);
    }
    const last = b.instrs[n - 1]!;
    if (isJump(last)) {
      const t = last.target!;
      if (t.predecessors === 1) {
        const f = t.instrs[0]!;
        if (f.lineno < 0) f.copyLocFrom(prev);
      }
    }
  }
}

export function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b; b = b.next) {
    const n = b.instrs.length;
    if (n === 0) continue;
    const last = b.instrs[n - 1]!;
    if (last.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
    } else {
      lineno = last.lineno;
    }
  }
}

const INT_MIN = -2147483648;

function stackdepthPush(stack: Block[], b: Block, depth: number): void {
  if (b.startdepth < depth && b.startdepth < 100) {
    b.startdepth = depth;
    stack.push(b);
  }
}

/** Maximum stack depth over all paths (stackdepth). */
export function stackdepth(blocks: Block[], entry: Block, isGenerator: boolean): number {
  for (const b of blocks) b.startdepth = INT_MIN;
  const stack: Block[] = [];
  let maxdepth = 0;
  stackdepthPush(stack, entry, isGenerator ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next: Block | null = b.next;
    for (const ins of b.instrs) {
      const effect = stackEffect(ins.op, ins.arg, 0);
      if (effect === null) throw systemError(`compiler stack_effect(opcode=${ins.op}, arg=${ins.arg}) failed`);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(ins) || isBlockPush(ins)) {
        const targetDepth = depth + stackEffect(ins.op, ins.arg, 1)!;
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        stackdepthPush(stack, ins.target!, targetDepth);
      }
      depth = newDepth;
      if (ins.op === JUMP_NO_INTERRUPT || ins.op === JUMP || ins.op === Op.RETURN_VALUE ||
        ins.op === Op.RAISE_VARARGS || ins.op === Op.RERAISE) {
        next = null;
        break;
      }
    }
    if (next !== null) stackdepthPush(stack, next, depth);
  }
  return maxdepth;
}

function copyExceptStack(s: ExceptStack): ExceptStack {
  return { handlers: s.handlers.slice(0, s.depth + 1), depth: s.depth };
}

/** Give every instruction its exception handler block (label_exception_targets). */
export function labelExceptionTargets(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = { handlers: [null], depth: 0 };
  while (todo.length) {
    const b = todo.pop()!;
    let exceptStack: ExceptStack | null = b.exceptStack!;
    b.exceptStack = null;
    let handler = exceptStack.handlers[exceptStack.depth]!;
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i]!;
      if (isBlockPush(ins)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = copyExceptStack(exceptStack!);
          todo.push(t);
          t.visited = true;
        }
        if (ins.op === SETUP_WITH || ins.op === SETUP_CLEANUP) t.preserveLasti = true;
        exceptStack!.handlers[++exceptStack!.depth] = t;
        handler = t;
      } else if (ins.op === POP_BLOCK) {
        handler = exceptStack!.handlers[--exceptStack!.depth]!;
      } else if (isJump(ins)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (!b.nofallthrough) {
            t.exceptStack = copyExceptStack(exceptStack!);
          } else {
            t.exceptStack = exceptStack;
            exceptStack = null;
          }
          todo.push(t);
          t.visited = true;
        }
      } else {
        ins.except = handler;
      }
    }
    if (!b.nofallthrough && !b.next!.visited) {
      b.next!.exceptStack = exceptStack;
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

export function convertExceptionHandlersToNops(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) if (isBlockPush(ins) || ins.op === POP_BLOCK) ins.op = Op.NOP;
  }
}

/** Choose FORWARD/BACKWARD forms for the direction-free jumps (normalize_jumps). */
export function normalizeJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = true;
    const n = b.instrs.length;
    if (n === 0) continue;
    const last: Instr = b.instrs[n - 1]!;
    if (!isJump(last)) continue;
    const fwd = !last.target!.visited;
    switch (last.op) {
      case JUMP: last.op = fwd ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD; break;
      case JUMP_NO_INTERRUPT: last.op = fwd ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT; break;
      case POP_JUMP_IF_NOT_NONE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE; break;
      case POP_JUMP_IF_NONE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE; break;
      case POP_JUMP_IF_FALSE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE; break;
      case POP_JUMP_IF_TRUE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE; break;
      case Op.JUMP_IF_TRUE_OR_POP: case Op.JUMP_IF_FALSE_OR_POP:
        if (!fwd) throw systemError(`unexpected ${last.op === Op.JUMP_IF_TRUE_OR_POP ? "JUMP_IF_TRUE_OR_POP" : "JUMP_IF_FALSE_OR_POP"} jumping backwards`);
        break;
    }
  }
}
