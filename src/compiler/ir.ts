/**
 * The compiler's intermediate form: instructions grouped in basic blocks (CPython 3.11's
 * `struct instr` and `basicblock` in compile.c).
 *
 * Pseudo-instructions (negative opcodes) exist only between codegen and assembly: the SETUP_* /
 * POP_BLOCK pairs describe exception handler ranges (turned into the exception table, then into
 * NOPs) and the direction-free jumps become the FORWARD/BACKWARD forms in normalizeJumps().
 * Positions: lineno -1 means "no location" (artificial instruction); col -1 means "no column".
 */
import { Op, HAVE_ARGUMENT, cacheEntries, isJump as isRealJump } from "../bytecode/opcodes.ts";

export const SETUP_FINALLY = -1;
export const SETUP_CLEANUP = -2;
export const SETUP_WITH = -3;
export const POP_BLOCK = -4;
export const JUMP = -5;
export const JUMP_NO_INTERRUPT = -6;
export const POP_JUMP_IF_FALSE = -7;
export const POP_JUMP_IF_TRUE = -8;
export const POP_JUMP_IF_NONE = -9;
export const POP_JUMP_IF_NOT_NONE = -10;

export class Instr {
  /** Handler block when an exception is raised here (set by labelExceptionTargets). */
  except: Block | null = null;
  constructor(
    public op: number,
    public arg: number,
    public target: Block | null,
    public lineno: number,
    public endLineno: number,
    public col: number,
    public endCol: number,
  ) {}

  clone(): Instr {
    const i = new Instr(this.op, this.arg, this.target, this.lineno, this.endLineno, this.col, this.endCol);
    i.except = this.except;
    return i;
  }
  copyLocFrom(o: Instr): void {
    this.lineno = o.lineno;
    this.endLineno = o.endLineno;
    this.col = o.col;
    this.endCol = o.endCol;
  }
}

/** The handler stack at a block's start, for labelExceptionTargets. */
export interface ExceptStack {
  handlers: (Block | null)[];
  depth: number;
}

export class Block {
  instrs: Instr[] = [];
  next: Block | null = null;
  exceptStack: ExceptStack | null = null;
  predecessors = 0;
  startdepth = 0;
  offset = 0;
  nofallthrough = false;
  preserveLasti = false;
  visited = false;
  exit = false;
  return_ = false;
  constructor(readonly id: number) {}
}

export function isVirtualJump(op: number): boolean {
  return op === JUMP || op === JUMP_NO_INTERRUPT || op === POP_JUMP_IF_NONE || op === POP_JUMP_IF_NOT_NONE ||
    op === POP_JUMP_IF_FALSE || op === POP_JUMP_IF_TRUE;
}
export function isJump(i: Instr): boolean {
  return i.op < 0 ? isVirtualJump(i.op) : isRealJump(i.op);
}
export function isBlockPush(i: Instr): boolean {
  return i.op === SETUP_FINALLY || i.op === SETUP_WITH || i.op === SETUP_CLEANUP;
}
export function isEndOfBasicBlock(i: Instr): boolean {
  return isJump(i) || i.op === Op.RETURN_VALUE || i.op === Op.RAISE_VARARGS || i.op === Op.RERAISE;
}

/** Code units an instruction takes: EXTENDED_ARG prefixes, the instruction, its caches. */
export function instrSize(i: Instr): number {
  const op = i.op;
  const oparg = op >= HAVE_ARGUMENT ? i.arg : 0;
  const ext = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return ext + 1 + cacheEntries[op]!;
}

const FVS_MASK = 0x4, FVS_HAVE_SPEC = 0x4;

/**
 * Stack effect of an instruction (compile.c stack_effect). `jump`: 0 fall-through, 1 jump taken.
 * Returns null for an unknown opcode.
 */
export function stackEffect(op: number, oparg: number, jump: number): number | null {
  switch (op) {
    case Op.NOP: case Op.EXTENDED_ARG: case Op.RESUME: case Op.CACHE: return 0;
    case Op.POP_TOP: return -1;
    case Op.SWAP: return 0;
    case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT: return 0;
    case Op.SET_ADD: case Op.LIST_APPEND: return -1;
    case Op.MAP_ADD: return -2;
    case Op.BINARY_SUBSCR: return -1;
    case Op.STORE_SUBSCR: return -3;
    case Op.DELETE_SUBSCR: return -2;
    case Op.GET_ITER: return 0;
    case Op.PRINT_EXPR: return -1;
    case Op.LOAD_BUILD_CLASS: return 1;
    case Op.RETURN_VALUE: return -1;
    case Op.IMPORT_STAR: return -1;
    case Op.SETUP_ANNOTATIONS: return 0;
    case Op.ASYNC_GEN_WRAP: case Op.YIELD_VALUE: return 0;
    case POP_BLOCK: return 0;
    case Op.POP_EXCEPT: return -1;
    case Op.STORE_NAME: return -1;
    case Op.DELETE_NAME: return 0;
    case Op.UNPACK_SEQUENCE: return oparg - 1;
    case Op.UNPACK_EX: return (oparg & 0xff) + (oparg >> 8);
    case Op.FOR_ITER: return jump > 0 ? -1 : 1;
    case Op.SEND: return jump > 0 ? -1 : 0;
    case Op.STORE_ATTR: return -2;
    case Op.DELETE_ATTR: return -1;
    case Op.STORE_GLOBAL: return -1;
    case Op.DELETE_GLOBAL: return 0;
    case Op.LOAD_CONST: return 1;
    case Op.LOAD_NAME: return 1;
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - oparg;
    case Op.BUILD_MAP: return 1 - 2 * oparg;
    case Op.BUILD_CONST_KEY_MAP: return -oparg;
    case Op.LOAD_ATTR: return 0;
    case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: return -1;
    case Op.CHECK_EXC_MATCH: return 0;
    case Op.CHECK_EG_MATCH: return 0;
    case Op.IMPORT_NAME: return -1;
    case Op.IMPORT_FROM: return 1;
    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case JUMP: case Op.JUMP_BACKWARD_NO_INTERRUPT: case JUMP_NO_INTERRUPT:
      return 0;
    case Op.JUMP_IF_TRUE_OR_POP: case Op.JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
    case Op.POP_JUMP_BACKWARD_IF_NONE: case Op.POP_JUMP_FORWARD_IF_NONE: case POP_JUMP_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: case Op.POP_JUMP_FORWARD_IF_NOT_NONE: case POP_JUMP_IF_NOT_NONE:
    case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_FALSE: case POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE: case Op.POP_JUMP_BACKWARD_IF_TRUE: case POP_JUMP_IF_TRUE:
      return -1;
    case Op.LOAD_GLOBAL: return (oparg & 1) + 1;
    case SETUP_FINALLY: return jump ? 1 : 0;
    case SETUP_CLEANUP: return jump ? 2 : 0;
    case SETUP_WITH: return jump ? 1 : 0;
    case Op.PREP_RERAISE_STAR: return -1;
    case Op.RERAISE: return -1;
    case Op.PUSH_EXC_INFO: return 1;
    case Op.WITH_EXCEPT_START: return 1;
    case Op.LOAD_FAST: return 1;
    case Op.STORE_FAST: return -1;
    case Op.DELETE_FAST: return 0;
    case Op.RETURN_GENERATOR: return 0;
    case Op.RAISE_VARARGS: return -oparg;
    case Op.PRECALL: return -oparg;
    case Op.KW_NAMES: return 0;
    case Op.CALL: return -1;
    case Op.CALL_FUNCTION_EX: return -2 - ((oparg & 1) !== 0 ? 1 : 0);
    case Op.MAKE_FUNCTION:
      return -((oparg & 1) !== 0 ? 1 : 0) - ((oparg & 2) !== 0 ? 1 : 0) - ((oparg & 4) !== 0 ? 1 : 0) - ((oparg & 8) !== 0 ? 1 : 0);
    case Op.BUILD_SLICE: return oparg === 3 ? -2 : -1;
    case Op.MAKE_CELL: case Op.COPY_FREE_VARS: return 0;
    case Op.LOAD_CLOSURE: return 1;
    case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: return 1;
    case Op.STORE_DEREF: return -1;
    case Op.DELETE_DEREF: return 0;
    case Op.GET_AWAITABLE: return 0;
    case Op.BEFORE_ASYNC_WITH: case Op.BEFORE_WITH: return 1;
    case Op.GET_AITER: return 0;
    case Op.GET_ANEXT: return 1;
    case Op.GET_YIELD_FROM_ITER: return 0;
    case Op.END_ASYNC_FOR: return -2;
    case Op.FORMAT_VALUE: return (oparg & FVS_MASK) === FVS_HAVE_SPEC ? -1 : 0;
    case Op.LOAD_METHOD: return 1;
    case Op.LOAD_ASSERTION_ERROR: return 1;
    case Op.LIST_TO_TUPLE: return 0;
    case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_MERGE: case Op.DICT_UPDATE: return -1;
    case Op.MATCH_CLASS: return -2;
    case Op.GET_LEN: case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE: case Op.MATCH_KEYS: return 1;
    case Op.COPY: case Op.PUSH_NULL: return 1;
    case Op.BINARY_OP: return -1;
    default: return null;
  }
}
