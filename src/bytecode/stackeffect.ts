/**
 * Stack effects of CPython 3.11's instructions (compile.c stack_effect) and dis.stack_effect.
 *
 * stackEffect(op, oparg, jump): jump = 1 when the jump is taken, 0 when it falls through, -1 for
 * the larger of the two (dis.stack_effect's jump=None). The compiler's pseudo-instructions have
 * CPython 3.11's negative numbers (SETUP_FINALLY = -1 ... POP_JUMP_IF_NOT_NONE = -10).
 * Specialised (quickened) opcodes and unused numbers have no stack effect: null.
 */
import { Op, HAVE_ARGUMENT } from "./opcodes.ts";

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

/** FORMAT_VALUE's oparg bit for "a format spec is on the stack". */
const FVS_HAVE_SPEC = 0x4;

/** Net stack change of one instruction; null when the opcode has none (invalid). */
export function stackEffect(op: number, oparg: number, jump: -1 | 0 | 1): number | null {
  switch (op) {
    case Op.NOP: case Op.EXTENDED_ARG: case Op.RESUME: case Op.CACHE: return 0;

    // stack manipulation
    case Op.POP_TOP: return -1;
    case Op.SWAP: return 0;

    // unary and binary operators
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
    case Op.FOR_ITER: return jump > 0 ? -1 : 1; // -1 at the end of the iterator, 1 otherwise
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
    case Op.CHECK_EXC_MATCH: case Op.CHECK_EG_MATCH: return 0;
    case Op.IMPORT_NAME: return -1;
    case Op.IMPORT_FROM: return 1;

    // jumps
    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case JUMP: case Op.JUMP_BACKWARD_NO_INTERRUPT: case JUMP_NO_INTERRUPT:
      return 0;
    case Op.JUMP_IF_TRUE_OR_POP: case Op.JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
    case Op.POP_JUMP_BACKWARD_IF_NONE: case Op.POP_JUMP_FORWARD_IF_NONE: case POP_JUMP_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: case Op.POP_JUMP_FORWARD_IF_NOT_NONE: case POP_JUMP_IF_NOT_NONE:
    case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_FALSE: case POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE: case Op.POP_JUMP_BACKWARD_IF_TRUE: case POP_JUMP_IF_TRUE:
      return -1;

    case Op.LOAD_GLOBAL: return (oparg & 1) + 1;

    // exception handling pseudo-instructions: the handler's entry depth when the jump is taken
    case SETUP_FINALLY: return jump ? 1 : 0; // the exception
    case SETUP_CLEANUP: return jump ? 2 : 0; // lasti and the exception
    case SETUP_WITH: return jump ? 1 : 0; // __exit__ stays, the exception is pushed
    case Op.PREP_RERAISE_STAR: return -1;
    case Op.RERAISE: return -1;
    case Op.PUSH_EXC_INFO: return 1;
    case Op.WITH_EXCEPT_START: return 1;

    case Op.LOAD_FAST: return 1;
    case Op.STORE_FAST: return -1;
    case Op.DELETE_FAST: return 0;
    case Op.RETURN_GENERATOR: return 0;
    case Op.RAISE_VARARGS: return -oparg;

    // calls
    case Op.PRECALL: return -oparg;
    case Op.KW_NAMES: return 0;
    case Op.CALL: return -1;
    case Op.CALL_FUNCTION_EX: return -2 - ((oparg & 1) !== 0 ? 1 : 0);
    case Op.MAKE_FUNCTION:
      return -((oparg & 0x01) !== 0 ? 1 : 0) - ((oparg & 0x02) !== 0 ? 1 : 0)
        - ((oparg & 0x04) !== 0 ? 1 : 0) - ((oparg & 0x08) !== 0 ? 1 : 0);
    case Op.BUILD_SLICE: return oparg === 3 ? -2 : -1;

    // closures
    case Op.MAKE_CELL: case Op.COPY_FREE_VARS: return 0;
    case Op.LOAD_CLOSURE: return 1;
    case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: return 1;
    case Op.STORE_DEREF: return -1;
    case Op.DELETE_DEREF: return 0;

    // coroutines
    case Op.GET_AWAITABLE: return 0;
    case Op.BEFORE_ASYNC_WITH: case Op.BEFORE_WITH: return 1;
    case Op.GET_AITER: return 0;
    case Op.GET_ANEXT: return 1;
    case Op.GET_YIELD_FROM_ITER: return 0;
    case Op.END_ASYNC_FOR: return -2;

    case Op.FORMAT_VALUE: return (oparg & FVS_HAVE_SPEC) !== 0 ? -1 : 0; // pops the spec if any
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

/** A ValueError (or OverflowError) from dis.stack_effect's argument checks. */
export class StackEffectError extends Error {
  constructor(readonly type: "ValueError" | "OverflowError", readonly msg: string) {
    super(`${type}: ${msg}`);
  }
}

const INT_MIN = -(2 ** 31), INT_MAX = 2 ** 31 - 1;

/**
 * dis.stack_effect(opcode, oparg=None, *, jump=None): an opcode with an argument needs an
 * oparg, one without must not have one; values are C ints.
 */
export function disStackEffect(opcode: number | bigint, oparg: number | bigint | null = null, jump: boolean | null = null): number {
  const toInt = (v: number | bigint): number => {
    const n = typeof v === "bigint" ? v : BigInt(v);
    if (n < BigInt(INT_MIN) || n > BigInt(INT_MAX)) {
      throw new StackEffectError("OverflowError", "Python int too large to convert to C int");
    }
    return Number(n);
  };
  const op = toInt(opcode);
  let arg = 0;
  if (op >= HAVE_ARGUMENT) {
    if (oparg === null) throw new StackEffectError("ValueError", "stack_effect: opcode requires oparg but oparg was not specified");
    // a C long, then truncated to the C int the compiler's function takes
    const n = typeof oparg === "bigint" ? oparg : BigInt(oparg);
    if (n < -(2n ** 63n) || n >= 2n ** 63n) throw new StackEffectError("OverflowError", "Python int too large to convert to C long");
    arg = Number(BigInt.asIntN(32, n));
  } else if (oparg !== null) {
    throw new StackEffectError("ValueError", "stack_effect: opcode does not permit oparg but oparg was specified");
  }
  const effect = stackEffect(op, arg, jump === null ? -1 : jump ? 1 : 0);
  // C int arithmetic; INT_MAX is the C code's PY_INVALID_STACK_EFFECT
  if (effect === null || (effect | 0) === INT_MAX) throw new StackEffectError("ValueError", "invalid opcode or oparg");
  return effect | 0;
}
