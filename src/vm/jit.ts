/**
 * The second tier: a hot code object's quickened bytecode translated into one JavaScript function
 * (JIT by way of `new Function`; V8 then compiles that function like any other).
 *
 * Why: the eval loop (eval.ts) pays for decoding and dispatching every instruction, and each of
 * its operation sites is shared by all the code it runs, so V8's inline caches there see every
 * kind of object (megamorphic). A code object's own function has constant stack offsets and
 * operands, no dispatch inside a basic block, and inline caches that see only what this code's
 * instructions see.
 *
 * The contract (the interpreter stays the reference; the translation only removes overhead):
 *   - fn(f, s, pc) runs frame f from instruction start `pc` and returns the instruction start at
 *     which the interpreter continues; f.sp holds the stack pointer on return. An entry at a pc
 *     that is not one of the function's entry labels returns pc at once.
 *   - Frames never switch inside a translated function: calls of Python functions, returns,
 *     yields, generator resumption, KW_NAMES and everything else the loop runs inline (except the
 *     forms written out below) hand the instruction back to the interpreter ("exit"). The
 *     interpreter re-enters at RESUME, at the target of JUMP_BACKWARD, and where a callee returns.
 *   - Stack items live in f.s at the same places as in the interpreter: the stack depth before
 *     each instruction is static (computed here from the stack effects), so `sp` is a constant in
 *     the generated code. f.lasti and f.sp are stored before anything that may raise, call out or
 *     switch threads, exactly where the loop stores them; reference counts move exactly as in the
 *     loop, whose cases the templates below mirror.
 *   - Specialised instructions are re-read at run time: each specialisable instruction checks that
 *     its code unit is still the one it was translated from, and otherwise (or on a guard's
 *     miss) returns to the interpreter before the instruction, which runs it: the specialiser's
 *     counters, misses and dis(adaptive=True) behave as without the JIT.
 *   - Not entered while sys.settrace/setprofile is active; a handler that turns tracing on makes
 *     the function return at the next instruction.
 * `-X tspy_jit=off` (or TSPY_JIT=0) keeps everything in the interpreter.
 */
import { Op } from "../bytecode/opcodes.ts";
import { stackEffect } from "../bytecode/stackeffect.ts";
import type { PyCode } from "../objects/codeobject.ts";
import type { Frame } from "./frame.ts";
import { CACHES, BASE, ADAPTIVE, CALL_PY_CLASS, LOAD_ATTR_PROPERTY, read32 } from "./specialize.ts";
import { SLOW, type Handler } from "./eval_slow.ts";
import { rethrowSignal } from "./raise_signal.ts";
import { decodeUnits, type Ins } from "./instr_list.ts";
import { PyObject } from "../objects/object.ts";
import {
  None, FunctionType, MethodType, IntType, FloatType, StrType, ListType, TupleType, ListIterType, RangeIterType,
  GeneratorType, CoroutineType,
} from "../objects/types.ts";
import { PyInt, True, False, intAdd, newIntAny } from "../objects/int.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { PyStr } from "../objects/str.ts";
import { listAppend } from "../objects/list.ts";
import * as A from "../objects/abstract.ts";
import { dealloc } from "../memory/refcount.ts";
import * as O from "./ops.ts";
import { callBuiltin, popCall, dictHasStr, deadPlainNumber, intArith, intOf } from "./spec_ops.ts";
import { maintainDictTracking } from "../memory/gc.ts";
import { tracer } from "./trace.ts";

export type JitFn = (f: Frame, s: (PyObject | null)[], pc: number) => number;

/** Code objects longer than this (code units) stay interpreted. */
const MAX_UNITS = 6000;

export const jitState = { on: false, dump: null as ((name: string, src: string) => void) | null };

/** Declarations the function being generated needs before `return function` (its handlers). */
let hoisted: string[] = [];
/**
 * Stack slots (by depth) whose value is also held by a local variable or the constants, known
 * while translating one instruction (jitCompile's walk): releasing such a value cannot free it, so
 * the templates drop the count without a "reached zero" path.
 */
let held: boolean[] = [];
/**
 * Stack slots (by depth) whose float value lives only in the JavaScript number n<slot> (unboxed):
 * a float BINARY_OP whose result the next float BINARY_OP consumes, with nothing between them
 * but plain pushes and other such operations (keepUnboxed), leaves it there. Every way out while
 * one is live boxes it first (materialise()), so the interpreter and the cycle collector only
 * ever see boxed values; the slot's f.s/q variable is stale meanwhile, which is safe because the
 * instructions in between call nothing that looks at the frame.
 */
let unboxed: boolean[] = [];

/** The instructions eval.ts's run() executes in its switch (the rest go through SLOW). */
const RUN_INLINE = new Uint8Array(256);
for (const op of [
  Op.NOP, Op.RESUME, Op.RESUME_QUICK, Op.LOAD_FAST, Op.LOAD_CONST, Op.STORE_FAST, Op.LOAD_FAST__LOAD_FAST,
  Op.LOAD_FAST__LOAD_CONST, Op.LOAD_CONST__LOAD_FAST, Op.STORE_FAST__LOAD_FAST, Op.STORE_FAST__STORE_FAST,
  Op.POP_TOP, Op.PUSH_NULL, Op.COPY, Op.SWAP, Op.LOAD_DEREF, Op.BINARY_OP_ADD_INT, Op.BINARY_OP_SUBTRACT_INT,
  Op.BINARY_OP_MULTIPLY_INT, Op.BINARY_OP_ADD_FLOAT, Op.BINARY_OP_SUBTRACT_FLOAT, Op.BINARY_OP_MULTIPLY_FLOAT,
  Op.BINARY_OP_INPLACE_ADD_UNICODE, Op.COMPARE_OP_INT_JUMP, Op.COMPARE_OP_FLOAT_JUMP, Op.COMPARE_OP_STR_JUMP,
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_QUICK, Op.JUMP_BACKWARD_NO_INTERRUPT,
  Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_FORWARD_IF_TRUE,
  Op.POP_JUMP_BACKWARD_IF_TRUE, Op.POP_JUMP_FORWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NONE,
  Op.POP_JUMP_FORWARD_IF_NOT_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.LOAD_GLOBAL_MODULE, Op.LOAD_GLOBAL_BUILTIN, Op.KW_NAMES,
  Op.PRECALL_NO_KW_LIST_APPEND, Op.PRECALL_NO_KW_LEN, Op.PRECALL_NO_KW_ISINSTANCE, Op.PRECALL_NO_KW_BUILTIN_O,
  Op.PRECALL_NO_KW_BUILTIN_FAST, Op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS, Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O,
  Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS, Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST,
  Op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, Op.PRECALL_BUILTIN_CLASS, Op.PRECALL_NO_KW_STR_1,
  Op.PRECALL_NO_KW_TUPLE_1, Op.PRECALL_NO_KW_TYPE_1, Op.PRECALL_ADAPTIVE, Op.PRECALL, Op.PRECALL_PYFUNC,
  Op.PRECALL_BOUND_METHOD, Op.CALL_PY_EXACT_ARGS, Op.CALL_PY_WITH_DEFAULTS, CALL_PY_CLASS, Op.CALL_ADAPTIVE,
  Op.CALL, Op.BINARY_SUBSCR_GETITEM, LOAD_ATTR_PROPERTY, Op.BEFORE_WITH, Op.CALL_FUNCTION_EX, Op.RAISE_VARARGS, Op.RERAISE,
  Op.END_ASYNC_FOR, Op.RETURN_VALUE, Op.YIELD_VALUE, Op.RETURN_GENERATOR, Op.SEND, Op.EXTENDED_ARG,
  Op.EXTENDED_ARG_QUICK, Op.CACHE,
]) RUN_INLINE[op] = 1;

/** PRECALL forms that call a builtin directly (spec_ops.ts callBuiltin). */
const BUILTIN_PRECALL = new Set<number>([
  Op.PRECALL_NO_KW_LEN, Op.PRECALL_NO_KW_ISINSTANCE, Op.PRECALL_NO_KW_BUILTIN_O, Op.PRECALL_NO_KW_BUILTIN_FAST,
  Op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS, Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O,
  Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS, Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST,
  Op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, Op.PRECALL_BUILTIN_CLASS, Op.PRECALL_NO_KW_STR_1,
  Op.PRECALL_NO_KW_TUPLE_1, Op.PRECALL_NO_KW_TYPE_1,
]);

/** Instructions after which a frame switch returns (re-entry points). */
const SWITCHES = new Set<number>([
  Op.CALL, Op.CALL_ADAPTIVE, Op.CALL_PY_EXACT_ARGS, Op.CALL_PY_WITH_DEFAULTS, CALL_PY_CLASS,
  Op.BINARY_SUBSCR_GETITEM, LOAD_ATTR_PROPERTY, Op.BEFORE_WITH, Op.CALL_FUNCTION_EX, Op.FOR_ITER, Op.SEND, Op.RESUME,
  Op.RESUME_QUICK,
]);

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/**
 * SLOW as generated code calls it: a handler's -1 (a raise signalled, raise_signal.ts) becomes
 * the throw the translated function's caller expects.
 */
const SLOW_T: Handler[] = SLOW.map((_h, op) => (f: Frame, s: Stack, sp: number, arg: number) => rethrowSignal(SLOW[op]!(f, s, sp, arg)));

/** What generated code refers to (one object, destructured once per translated function). */
const D = {
  SLOW: SLOW_T, RUN_INLINE, dealloc, decref, deadPlainNumber, intOf, intArith, newIntAny, newFloat, isTrue: A.isTrue, intAdd,
  O, I: O.interrupt, tracer, None, True, False, PyInt, PyFloat, PyStr, IntType, FloatType, StrType, ListType, TupleType,
  ListIterType, RangeIterType, GeneratorType, CoroutineType, FunctionType, MethodType, MAX_SAFE, read32,
  callBuiltin, popCall, listAppend, maintainDictTracking, dictHasStr,
};
/** Generated code's prologue: every name of D as a constant. */
const prelude = () => `const {${Object.keys(D).join(", ")}} = D;\n`;

/** The code's instructions (instr_list.ts); null when it ends in a dangling EXTENDED_ARG. */
function decode(instrs: Uint16Array): Ins[] | null {
  const list = decodeUnits(instrs);
  const last = list[list.length - 1];
  return last !== undefined && (last.op === Op.EXTENDED_ARG || last.op === Op.EXTENDED_ARG_QUICK) ? null : list;
}

const isJump = (b: number) =>
  b === Op.JUMP_FORWARD || b === Op.JUMP_BACKWARD || b === Op.JUMP_BACKWARD_NO_INTERRUPT ||
  b === Op.POP_JUMP_FORWARD_IF_FALSE || b === Op.POP_JUMP_BACKWARD_IF_FALSE || b === Op.POP_JUMP_FORWARD_IF_TRUE ||
  b === Op.POP_JUMP_BACKWARD_IF_TRUE || b === Op.POP_JUMP_FORWARD_IF_NONE || b === Op.POP_JUMP_BACKWARD_IF_NONE ||
  b === Op.POP_JUMP_FORWARD_IF_NOT_NONE || b === Op.POP_JUMP_BACKWARD_IF_NOT_NONE || b === Op.JUMP_IF_FALSE_OR_POP ||
  b === Op.JUMP_IF_TRUE_OR_POP || b === Op.FOR_ITER || b === Op.SEND;
const isBackward = (b: number) =>
  b === Op.JUMP_BACKWARD || b === Op.JUMP_BACKWARD_NO_INTERRUPT || b === Op.POP_JUMP_BACKWARD_IF_FALSE ||
  b === Op.POP_JUMP_BACKWARD_IF_TRUE || b === Op.POP_JUMP_BACKWARD_IF_NONE || b === Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
const isUnconditional = (b: number) =>
  b === Op.JUMP_FORWARD || b === Op.JUMP_BACKWARD || b === Op.JUMP_BACKWARD_NO_INTERRUPT || b === Op.RETURN_VALUE ||
  b === Op.RAISE_VARARGS || b === Op.RERAISE;

/** The family head of an opcode, superinstructions as their first half. */
function baseOf(op: number): number {
  switch (op) {
    case Op.LOAD_FAST__LOAD_FAST: case Op.LOAD_FAST__LOAD_CONST: return Op.LOAD_FAST;
    case Op.LOAD_CONST__LOAD_FAST: return Op.LOAD_CONST;
    case Op.STORE_FAST__LOAD_FAST: case Op.STORE_FAST__STORE_FAST: return Op.STORE_FAST;
    case Op.JUMP_BACKWARD_QUICK: return Op.JUMP_BACKWARD;
    case Op.RESUME_QUICK: return Op.RESUME;
  }
  return BASE[op]!;
}

function jumpTarget(ins: Ins, b: number): number {
  return isBackward(b) ? ins.at + 1 - ins.arg : ins.at + 1 + ins.arg;
}

/**
 * A jump in generated text, as a token the emitter (structure()) replaces: JF(x) a forward jump
 * (`break` out of the block that ends just before x), JB(x) a backward one (`continue` the loop
 * whose head is x).
 */
function jmp(ins: Ins, b: number): string {
  return `${isBackward(b) ? "JB" : "JF"}(${jumpTarget(ins, b)})`;
}

/** Stack depth before each instruction start (-1: not reached). */
function depths(code: PyCode, list: Ins[], index: Map<number, number>): Int32Array | null {
  const depth = new Int32Array(list.length).fill(-1);
  const work: number[] = [];
  const visit = (start: number, d: number): boolean => {
    const k = index.get(start);
    if (k === undefined || d < 0 || d > code.stacksize) return false;
    if (depth[k] === -1) {
      depth[k] = d;
      work.push(k);
      return true;
    }
    return depth[k] === d;
  };
  if (!visit(0, 0)) return null;
  const t = code.exctab;
  for (let i = 0; i < t.length; i += 4) {
    const dl = t[i + 3]!;
    if (!visit(t[i + 2]!, (dl >> 1) + (dl & 1) + 1)) return null;
  }
  while (work.length !== 0) {
    const k = work.pop()!;
    const ins = list[k]!;
    const b = baseOf(ins.op);
    const d = depth[k]!;
    if (b === Op.RETURN_GENERATOR) {
      // the first resumption pushes the value sent (popped by the POP_TOP that follows)
      if (!visit(ins.next, d + 1)) return null;
      continue;
    }
    if (isJump(b)) {
      const e = stackEffect(b, ins.arg, 1);
      if (e === null || !visit(jumpTarget(ins, b), d + e)) return null;
    }
    if (!isUnconditional(b)) {
      const e = stackEffect(b, ins.arg, 0);
      if (e === null) return null;
      if (ins.next < code.instrs.length && !visit(ins.next, d + e)) return null;
    }
  }
  return depth;
}

/**
 * Translate `code` (quickened) into its JIT function; null when it cannot be (then it stays
 * interpreted for good).
 */
export function jitCompile(code: PyCode): JitFn | null {
  const instrs = code.instrs;
  if (instrs.length > MAX_UNITS) return null;
  const list = decode(instrs);
  if (list === null) return null;
  const index = new Map<number, number>();
  list.forEach((ins, k) => index.set(ins.start, k));
  const depth = depths(code, list, index);
  if (depth === null) return null;
  // entry labels: after RESUME, jump targets, where frame switches return
  const labels = new Set<number>();
  for (const ins of list) {
    const b = baseOf(ins.op);
    if (isJump(b)) labels.add(jumpTarget(ins, b));
    if (SWITCHES.has(ins.op)) labels.add(ins.next);
  }
  const B = code.nlocalsplus;
  hoisted = [];
  unboxed = [];
  // each instruction group's text, with jump tokens (translate adds labels as it goes)
  const groups: Group[] = [];
  for (let k = 0; k < list.length; k++) {
    const ins = list[k]!;
    const d = depth[k]!;
    if (d < 0) {
      groups.push({ k, end: k + 1, text: `return ${ins.start};\n`, ends: true });
      continue;
    }
    if (labels.has(ins.start)) held = [];
    held.length = d;
    unboxed.length = d;
    const r = translate(code, list, k, d, B, labels, index, depth);
    groups.push({ k, end: k + 1 + r.skip, text: materialise(r.text, B, d), ends: r.ends });
    trackHeld(list, k, r.skip, d, depth);
    trackUnboxed(list, k, r.skip, d);
    k += r.skip;
  }
  const nslots = B + code.stacksize;
  const vars = code.stacksize <= MAX_VAR_SLOTS;
  /** The stack slots a group may read or write: up to its highest depth within (a handler's results). */
  const top = (g: Group): number => {
    let m = 0;
    for (let k = g.k; k < g.end; k++) {
      const dk = depth[k]!;
      if (dk < 0) continue;
      const ins = list[k]!;
      const b = baseOf(ins.op);
      const e0 = stackEffect(b, ins.arg, 0) ?? code.stacksize;
      const e1 = isJump(b) ? stackEffect(b, ins.arg, 1) ?? code.stacksize : 0;
      m = Math.max(m, dk, dk + e0, dk + e1);
    }
    return B + m;
  };
  const finish = (g: Group, t: string) => exits(vars ? localize(t, B, slotsUsed(t, top(g), nslots)) : t);
  const text = structure(list, groups, labels, finish);
  if (text === null) {
    hoisted = [];
    return null;
  }
  const all = Array.from({ length: code.stacksize }, (_, i) => B + i);
  const jitBody = ` let $t, $pc = 0, $sp = -1, $at = 0, $d1 = null, $d2 = null${vars ? ", " + all.map((i) => `q${i} = s[${i}]`).join(", ") : ""}${all.map((i) => `, n${i} = 0`).join("")};
$x: {
${text}}
if ($sp >= 0) f.sp = $sp;
${vars ? all.map((i) => `s[${i}] = q${i};`).join(" ") : ""}
if ($d1 !== null) exitDeaths(f, $at, $d1, $d2);
return $pc;
`;
  const body = prelude() + "const instrs = code.instrs, K = code.consts, N = code.names;\n" + hoisted.join("") +
    `return function jit(f, s, pc) {\n let v, o, a, b, r, c, t, it, x, y, z, w, ac, dd;\n${jitBody}};\n`;
  hoisted = [];
  if (jitState.dump !== null) jitState.dump(code.qualname.value, body);
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    return new Function("D", "code", body)(D, code) as JitFn;
  } catch {
    return null;
  }
}

/**
 * Every way out of the generated function (`return X`, with `f.sp = N` just before it) as a jump
 * to its one exit (`$pc`, `$sp`), which writes the stack back and frees what the instruction
 * released: the branches that leave then only set variables, which TurboFan compiles without a
 * deoptimisation point of their own.
 */
function exits(text: string): string {
  return text
    .replace(/f\.sp = (\d+); return /g, "$$sp = $1; return ")
    .replace(/return ([^;]*);/g, (_m, x: string) => `{ $pc = ${x}; break $x; }`);
}
/** Code with a deeper value stack than this keeps it in f.s in generated code. */
const MAX_VAR_SLOTS = 64;

/**
 * Calls in generated code that never look at the frame, run Python code or raise: the rest see
 * the frame's locals and stack in f.s (localize()).
 */
const PURE_CALLS = new Set(["newFloat", "intOf", "deadPlainNumber", "numDead", "read32", "dictHasStr", "leave", "maintainDictTracking", "listAppend"]);
/** Calls that may look at the frame (a __del__, a traceback) but leave its slots as they were. */
const OBSERVING_CALLS = new Set(["dealloc", "free", "decref", "truth", "isTrue", "hook", "intAdd", "intArith", "newIntAny", "popCall"]);

/** How many of the frame's slots a group's text may touch: those below its depth, and any it names. */
function slotsUsed(text: string, base: number, nslots: number): number {
  let n = base;
  for (const m of text.matchAll(/\bs\[(\d+)\]/g)) n = Math.max(n, Number(m[1]) + 1);
  return Math.min(n, nslots);
}
const KEYWORDS = new Set(["if", "for", "while", "switch", "return", "typeof", "function", "catch"]);

/**
 * After an instruction whose releases may have dropped counts to zero ($d1, $d2: the objects, in
 * release order): leave to the interpreter after it, freeing them on the way out (exitDeaths).
 * A branch that only sets variables and leaves costs TurboFan nothing; a call there (one that has
 * never run, so without type feedback) is a deoptimisation point, which cost most of its compile
 * time.
 */
function deathsAfter(at: number, sp: number, next: number): string {
  return `if ($d1 !== null) { $at = ${at}; f.sp = ${sp}; return ${next}; }`;
}
/** The objects an instruction released to zero, freed in order once the frame is written back. */
function exitDeaths(f: Frame, at: number, d1: PyObject, d2: PyObject | null): void {
  f.lasti = at;
  dealloc(d1);
  if (d2 !== null) dealloc(d2);
}

/**
 * The value stack (f.s[base .. upper), base = code.nlocalsplus) as JavaScript variables q<k> of
 * the generated function, which V8 keeps in registers: every constant `s[k]` of the text with
 * k >= base becomes `qk` (locals and cells stay in f.s: that gave no measurable gain, and they
 * would have to be written back before every call). The stack is written to f.s ("spill")
 * before each call that may look at the frame (dealloc and __del__, a handler, the cycle
 * collector through an allocation, anything that can run Python code or raise), and read back
 * after a call that may change it (a handler leaves its results in f.s); each call site spills
 * only the slots its instruction can see. Returns go to the function's one exit (exits()), which
 * writes back the whole stack. Variables above the stack depth hold stale values, as f.s does in
 * the loop.
 */
function localize(text: string, base: number, upper: number): string {
  const slots = Array.from({ length: Math.max(0, upper - base) }, (_, i) => base + i);
  const spill = slots.map((i) => `s[${i}] = q${i}`).join(", ") || "0";
  const reload = slots.map((i) => `q${i} = s[${i}]`).join(", ") || "0";
  const ident = /[A-Za-z_$][A-Za-z0-9_$.]*\(/y;
  /** The index of the parenthesis closing the one at `open`. */
  const closing = (src: string, open: number): number => {
    let depth = 0;
    for (let j = open; j < src.length; j++) {
      const ch = src.charCodeAt(j);
      if (ch === 40) depth++;
      else if (ch === 41 && --depth === 0) return j;
    }
    throw new Error("jit: unbalanced parentheses");
  };
  /** The `;` ending the statement from `from` (outside parentheses). */
  const statementEnd = (src: string, from: number): number => {
    let depth = 0;
    for (let j = from; j < src.length; j++) {
      const ch = src.charCodeAt(j);
      if (ch === 40) depth++;
      else if (ch === 41) depth--;
      else if (ch === 59 && depth === 0) return j;
    }
    throw new Error("jit: unterminated return");
  };
  const wrap = (src: string): string => {
    const out: string[] = [];
    let i = 0;
    while (i < src.length) {
      const ch = src.charCodeAt(i);
      if (isIdentStart(ch) && (i === 0 || !isIdentPart(src.charCodeAt(i - 1)))) {
        if (src.startsWith("return ", i)) {
          const e = statementEnd(src, i + 7);
          out.push(`return ${wrap(src.slice(i + 7, e))};`); // the exit writes the whole stack back
          i = e + 1;
          continue;
        }
        ident.lastIndex = i;
        const m = ident.exec(src);
        if (m !== null) {
          const name = m[0].slice(0, -1);
          const open = i + m[0].length - 1;
          if (!KEYWORDS.has(name) && !PURE_CALLS.has(name)) {
            const close = closing(src, open);
            const args = wrap(src.slice(open + 1, close));
            out.push(OBSERVING_CALLS.has(name) ? `(${spill}, ${name}(${args}))` : `(${spill}, $t = ${name}(${args}), ${reload}, $t)`);
            i = close + 1;
            continue;
          }
          out.push(m[0]);
          i = open + 1;
          continue;
        }
      }
      out.push(src[i]!);
      i++;
    }
    return out.join("");
  };
  return wrap(text.replace(/\bs\[(\d+)\]/g, (m, k: string) => (Number(k) >= base ? `q${k}` : m)));
}
const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57) || c === 46;

/** One translated instruction (or a fused run of them): list[k] up to list[end]. */
interface Group { k: number; end: number; text: string; ends: boolean }

/** A loop of the generated function: the instructions [head, end) (code unit positions). */
interface Loop { head: number; end: number; parent: Loop | null; targets: number[]; hops: string[] }

/**
 * The generated function's body with structured control flow (no dispatch switch: V8's TurboFan
 * compiles a function of nested loops and blocks quickly, and loop by loop; one loop around a
 * `switch (pc)` took it seconds). Python 3.11 bytecode from structured source has nested loops:
 * each backward jump to `head` makes the loop [head, end of the last such jump), and becomes
 * `continue l<head>`. A forward jump to x becomes `break b<x>`, out of a block opened at the
 * start of the innermost loop that strictly contains x (or of the function) and closed just
 * before x; blocks in one region all open at its start, so they nest by their end. Entries
 * (the labels: where the interpreter may call in) are forward jumps from region starts: at the
 * top of each region on the way to the entry pc, `if (pc === P) break` to the block closing
 * before the next loop on the way (or before P itself), pc reset to -1 on arrival.
 * null when the code is not so structured (crossing loops, a jump into a loop's middle).
 */
function structure(list: Ins[], groups: Group[], labels: Set<number>, finish: (g: Group, text: string) => string): string | null {
  const end = list.length === 0 ? 0 : list[list.length - 1]!.next;
  const root: Loop = { head: -1, end: end + 1, parent: null, targets: [], hops: [] };
  // loops from the backward jump tokens: the loop ends after the group holding the jump
  const loopEnd = new Map<number, number>();
  const tokens: { group: number; back: boolean; x: number }[] = [];
  groups.forEach((g, gi) => {
    for (const m of g.text.matchAll(/J([FB])\((\d+)\)/g)) {
      const back = m[1] === "B";
      const x = Number(m[2]);
      tokens.push({ group: gi, back, x });
      if (back) {
        const e = list[g.end - 1]!.next;
        if (x > list[g.k]!.start) return; // not backward after all: rejected below
        loopEnd.set(x, Math.max(loopEnd.get(x) ?? 0, e));
      }
    }
  });
  const loops: Loop[] = [...loopEnd].sort((p, q) => p[0] - q[0])
    .map(([head, e]) => ({ head, end: e, parent: null, targets: [], hops: [] }));
  // nesting (a stack of open loops); crossing loops: not structured
  const open: Loop[] = [root];
  for (const l of loops) {
    while (open[open.length - 1]!.end <= l.head) open.pop();
    const p = open[open.length - 1]!;
    if (l.end > p.end) return null;
    l.parent = p;
    open.push(l);
  }
  const headAt = new Map<number, Loop>(loops.map((l) => [l.head, l]));
  /** The innermost loop holding the instruction at x (root: none). */
  const holder = (x: number): Loop => {
    let best = root;
    for (const l of loops) if (l.head <= x && x < l.end && (best === root || l.head >= best.head)) best = l;
    return best;
  };
  /** Where a forward jump to x closes its block: the innermost loop strictly containing x. */
  const regionOf = (x: number): Loop => {
    let r = holder(x);
    if (r !== root && r.head === x) r = r.parent!;
    return r;
  };
  const within = (r: Loop, x: number) => r === root || (r.head <= x && x < r.end);
  for (const t of tokens) {
    const src = list[groups[t.group]!.k]!.start;
    if (t.back) {
      if (t.x > src) return null;
      continue;
    }
    if (t.x <= src) return null;
    const r = regionOf(t.x);
    if (!within(r, src)) return null; // into the middle of a loop
    if (!r.targets.includes(t.x)) r.targets.push(t.x);
  }
  // entry hops
  for (const P of labels) {
    if (!within(root, P) || P >= end) continue;
    const chain: Loop[] = [];
    for (let r: Loop | null = holder(P); r !== null; r = r.parent) chain.unshift(r);
    for (let i = 0; i < chain.length; i++) {
      const r = chain[i]!;
      if (i === chain.length - 1) {
        if (r !== root && r.head === P) r.hops.push(`if (pc === ${P}) pc = -1;`);
        else {
          if (!r.targets.includes(P)) r.targets.push(P);
          r.hops.push(`if (pc === ${P}) { pc = -1; break b${P}; }`);
        }
      } else {
        const h = chain[i + 1]!.head;
        if (!r.targets.includes(h)) r.targets.push(h);
        r.hops.push(`if (pc === ${P}) break b${h};`);
      }
    }
  }
  const groupAt = new Map<number, number>(groups.map((g, gi) => [list[g.k]!.start, gi]));
  for (const r of [root, ...loops]) {
    for (const x of r.targets) if (!groupAt.has(x)) return null;
    r.targets.sort((p, q) => q - p);
  }
  const out: string[] = [];
  const openBlocks = new Set<number>();
  const openLoops = new Set<number>();
  let ok = true;
  const fix = (text: string) => text.replace(/J([FB])\((\d+)\)/g, (_m, dir: string, n: string) => {
    const x = Number(n);
    if (dir === "B") {
      if (!openLoops.has(x)) ok = false;
      return `continue l${x};`;
    }
    if (!openBlocks.has(x)) ok = false;
    return `break b${x};`;
  });
  // the walk: one region's groups from index gi up to position stop
  const region = (r: Loop, gi: number, stop: number): number => {
    const closing = r.targets.slice(); // descending: the last is the innermost block
    for (const x of closing) {
      out.push(`b${x}: {\n`);
      openBlocks.add(x);
    }
    if (r.hops.length !== 0) out.push(`if (pc >= 0) { ${r.hops.join(" ")} }\n`);
    let live = true;
    while (gi < groups.length) {
      const g = groups[gi]!;
      const pos = list[g.k]!.start;
      if (pos >= stop) break;
      while (closing.length !== 0 && closing[closing.length - 1] === pos) {
        const x = closing.pop()!;
        out.push(`}\n`);
        openBlocks.delete(x);
        live = true;
      }
      if (labels.has(pos)) live = true;
      const l = headAt.get(pos);
      if (l !== undefined && l !== r) {
        out.push(`l${pos}: for (;;) {\n`);
        openLoops.add(pos);
        gi = region(l, gi, l.end);
        openLoops.delete(pos);
        out.push(`break l${pos};\n}\n`);
        live = true;
        continue;
      }
      if (live) {
        out.push(finish(g, fix(g.text)));
        if (g.ends) live = false;
      }
      gi++;
    }
    if (closing.length !== 0) ok = false;
    return gi;
  };
  out.push(`if (pc >= 0) switch (pc) { ${[...labels].filter((P) => P < end).map((P) => `case ${P}:`).join(" ")} break; default: return pc; }\n`);
  const gi = region(root, 0, end + 1);
  if (!ok || gi !== groups.length) return null;
  out.push(`return ${end};\n`);
  return out.join("");
}

interface Out { text: string; ends: boolean; skip: number }

/**
 * `held` after the group starting at list[k] (skip: the instructions fused into it): a value
 * pushed by LOAD_FAST / LOAD_CONST stays held until its local is stored to; COPY and SWAP move the
 * facts; anything else forgets them all (it may store to any local, by way of a handler).
 */
function trackHeld(list: Ins[], k: number, skip: number, d: number, depth: Int32Array): void {
  const ins = list[k]!;
  if (skip !== 0) {
    held = [];
    return;
  }
  switch (ins.op) {
    case Op.LOAD_FAST: case Op.LOAD_FAST__LOAD_FAST: case Op.LOAD_FAST__LOAD_CONST:
      held[d] = true;
      heldLocal[d] = ins.arg;
      return;
    case Op.LOAD_CONST: case Op.LOAD_CONST__LOAD_FAST:
      held[d] = true;
      heldLocal[d] = -1 - ins.arg;
      return;
    case Op.STORE_FAST: case Op.STORE_FAST__LOAD_FAST: case Op.STORE_FAST__STORE_FAST:
      held.length = d - 1;
      for (let i = 0; i < d - 1; i++) if (held[i] && heldLocal[i] === ins.arg) held[i] = false;
      return;
    case Op.POP_TOP:
      held.length = d - 1;
      return;
    case Op.COPY:
      held[d] = held[d - ins.arg] === true;
      heldLocal[d] = heldLocal[d - ins.arg]!;
      return;
    case Op.SWAP: {
      const i = d - 1, j = d - ins.arg;
      const h = held[i] === true, l = heldLocal[i]!;
      held[i] = held[j] === true; heldLocal[i] = heldLocal[j]!;
      held[j] = h; heldLocal[j] = l;
      return;
    }
  }
  void depth;
  held = [];
}
/** Whether an instruction is one of the float BINARY_OP forms unboxed values flow through. */
const isFloatArith = (op: number) =>
  op === Op.BINARY_OP_ADD_FLOAT || op === Op.BINARY_OP_SUBTRACT_FLOAT || op === Op.BINARY_OP_MULTIPLY_FLOAT;
/** A plain push whose text calls nothing (its only way out is the exit, materialised). */
const isPlainPush = (op: number) => {
  const b = baseOf(op);
  return b === Op.LOAD_FAST || b === Op.LOAD_CONST;
};
/**
 * Whether the float BINARY_OP list[k] (stack depth d before it) may leave its result unboxed: the
 * next instruction to consume stack depth d - 2 is a float BINARY_OP, reached through plain pushes
 * and float BINARY_OPs on the values above it only, with no entry label on the way.
 */
function keepUnboxed(list: Ins[], k: number, d: number, labels: Set<number>, depth: Int32Array): boolean {
  const slot = d - 2;
  let dd = d - 1;
  for (let j = k + 1; j < list.length; j++) {
    const ins = list[j]!;
    if (labels.has(ins.start) || depth[j] !== dd) return false;
    if (isPlainPush(ins.op)) {
      dd++;
      continue;
    }
    if (!isFloatArith(ins.op)) return false;
    if (dd - 2 <= slot) return dd - 2 === slot || dd - 1 === slot;
    dd--;
  }
  return false;
}
/** unboxed after list[k] (depth d before it). */
function trackUnboxed(list: Ins[], k: number, skip: number, d: number): void {
  const op = list[k]!.op;
  if (skip === 0 && isPlainPush(op)) {
    unboxed[d] = false;
    return;
  }
  if (skip === 0 && isFloatArith(op)) {
    unboxed[d - 2] = keepNext;
    unboxed.length = d - 1;
    return;
  }
  unboxed = [];
}
/** Set by translate() for the float BINARY_OP it just translated: its result stays unboxed. */
let keepNext = false;
/**
 * Text whose every way out first boxes the unboxed values live below depth d (slot B + i), so
 * that the interpreter finds the stack it expects.
 */
function materialise(text: string, B: number, d: number): string {
  let box = "";
  for (let i = 0; i < d; i++) if (unboxed[i] === true) box += `s[${B + i}] = newFloat(n${B + i}); `;
  if (box === "") return text;
  return text.replace(/(f\.sp = \d+; )?return ([^;]*);/g, (_m, sp: string | undefined, x: string) => `{ ${box}${sp ?? ""}return ${x}; }`);
}
/**
 * The index when the stack value at depth `at` is a constant exact int in 0 .. 2^20 (pushed by
 * LOAD_CONST, still unconsumed), else -1.
 */
function constIndex(code: PyCode, at: number): number {
  if (held[at] !== true || heldLocal[at]! >= 0) return -1;
  const c = code.consts[-1 - heldLocal[at]!]!;
  if (c.ob_type !== IntType) return -1;
  const v = (c as PyInt).value;
  return typeof v === "number" && v >= 0 && v < 0x100000 ? v : -1;
}
/**
 * The release of x, an exact int, float or str at stack depth `at`: held, it cannot die; else its
 * death (numDead) runs no Python code.
 */
function releaseNum(x: string, at: number): string {
  return held[at] === true ? `${x}.ob_refcnt--;` : `if (--${x}.ob_refcnt === 0) numDead(${x});`;
}
/** The local each held slot came from (-1 - i: the constant co_consts[i]). */
const heldLocal: number[] = [];

// ---- run-time helpers of generated code (rare paths kept out of the generated text) --------------

/**
 * The death of an exact int, float or str (a guarded operand): the free list, or dealloc, which
 * for these types runs no Python code and leaves the frame alone (a pure call for localize()).
 */
function numDead(o: PyObject): void {
  if (!deadPlainNumber(o)) dealloc(o);
}
/** A count dropped to zero where the loop frees without the plain-number shortcut. */
function free(f: Frame, o: PyObject, at: number, sp: number): void {
  f.lasti = at; f.sp = sp;
  dealloc(o);
}
/** The truth of a value that is not True/False, for a conditional jump (consumes it). */
function truth(f: Frame, v: PyObject, at: number, sp: number): boolean {
  f.lasti = at; f.sp = sp;
  const t = A.isTrue(v);
  decref(v);
  return t;
}
/** The interrupt budget ran out (thread switch, signals): as the loop does. */
function hook(f: Frame, at: number, sp: number): void {
  f.lasti = at; f.sp = sp;
  O.interrupt.hook();
}
/** Back to the interpreter: before the instruction (c = 1) or after it (tracing switched on). */
function leave(f: Frame, c: number, sp: number, start: number, after: number, next: number): number {
  if (c === 1) {
    f.sp = sp;
    return start;
  }
  f.sp = after;
  return next;
}
/**
 * FOR_ITER beyond the inline list/range cases: 0 pushed the next item; 1 exit (a generator, whose
 * frame the interpreter enters); 2 exhausted (the iterator popped); 3/4 the same as 0/2 with
 * tracing switched on.
 */
function forIter(f: Frame, s: Stack, it: PyObject, at: number, sp: number): number {
  const t = it.ob_type;
  if (t === GeneratorType || t === CoroutineType || t.tp_iternext === null) return 1;
  f.lasti = at; f.sp = sp;
  const v = t.tp_iternext(it);
  if (v !== null) {
    s[sp] = v;
    return tracer.on ? 3 : 0;
  }
  decref(it);
  return tracer.on ? 4 : 2;
}
/** A PRECALL specialised for a builtin: its result, or null when the guard fails (exit). */
function callB(f: Frame, s: Stack, at: number, sp: number, arg: number, op: number): PyObject | null {
  const isMeth = s[sp - arg - 2] !== null;
  const nargs = arg + (isMeth ? 1 : 0);
  const callable = s[sp - nargs - 1]!;
  if (callable !== f.code.ocache![at + 1]) return null;
  f.lasti = at; f.sp = sp;
  const r = callBuiltin(op, callable, s, sp - nargs, nargs, null);
  popCall(s, sp - arg - 2, sp);
  return r;
}
/** l.append(x) whose result is dropped (PRECALL_NO_KW_LIST_APPEND); false: the guard failed. */
function appendFast(f: Frame, s: Stack, at: number, sp: number): boolean {
  const l = s[sp - 2]!;
  if (s[sp - 3] !== f.code.ocache![at + 1] || l.ob_type !== ListType) return false;
  const v = s[sp - 1]!;
  listAppend(l as never, v);
  v.ob_refcnt--;
  s[sp - 3]!.ob_refcnt--;
  f.lasti = at; f.sp = sp - 3;
  decref(l);
  return true;
}
/**
 * A generic PRECALL (a bound method's function and self take the callable's slots) and the CALL
 * after it when the callable is not a Python function: 0 done (result stored); 1 exit before the
 * PRECALL (another form); 2 exit at the CALL (the interpreter calls, or switches frames).
 */
function callSeq(f: Frame, s: Stack, at: number, sp: number, arg: number): number {
  const instrs = f.code.instrs;
  const w = instrs[at]! & 255;
  if (w !== Op.PRECALL && w !== Op.PRECALL_PYFUNC && w !== Op.PRECALL_BOUND_METHOD) return 1;
  if (s[sp - arg - 2] === null) {
    const c = s[sp - arg - 1]!;
    if (c.ob_type === MethodType) {
      const m = c as unknown as { self: PyObject; func: PyObject };
      m.self.ob_refcnt++;
      m.func.ob_refcnt++;
      s[sp - arg - 2] = m.func;
      s[sp - arg - 1] = m.self;
      f.lasti = at; f.sp = sp;
      decref(c);
    }
  }
  const isMeth = s[sp - arg - 2] !== null;
  const nargs = arg + (isMeth ? 1 : 0);
  const callable = s[sp - nargs - 1]!;
  if ((instrs[at + 2]! & 255) !== Op.CALL || callable.ob_type === FunctionType) return 2;
  f.lasti = at + 2; f.sp = sp;
  const r = O.callObject(callable, s, sp - nargs, nargs, null);
  popCall(s, sp - arg - 2, sp);
  s[sp - arg - 2] = r;
  return 0;
}

const H = { exitDeaths, free, numDead, truth, hook, leave, forIter, callB, appendFast, callSeq };
Object.assign(D, H);

type Stack = (PyObject | null)[];

function translate(code: PyCode, list: Ins[], k: number, d: number, B: number, labels: Set<number>,
  index: Map<number, number>, depth: Int32Array): Out {
  const ins = list[k]!;
  const { at: L, arg, op, start } = ins;
  const b = baseOf(op);
  const SP = B + d;
  const NEXT = ins.next;
  const out = (text: string, ends = false, skip = 0): Out => ({ text, ends, skip });
  const W = code.instrs[L]!;
  /** the family instruction's miss or change: its handler, or what it is now */
  // a miss (or another form now): the interpreter runs the instruction, counting the miss
  const other = (_e: number) => `{ f.sp = ${SP}; return ${start}; }`;
  // the interrupt budget's last unit: leave before the instruction, which the interpreter runs
  // (and so calls the hook): no call here, only a way out (see deathsAfter). A conditional
  // backward jump has consumed its operand by then: it calls the hook itself.
  const budget = (sp: number) => `if ((x = I.budget) !== 0) { if (x === 1) { f.sp = ${sp}; return ${start}; } I.budget = x - 1; }`;
  const budgetHook = (sp: number) => `if (I.budget !== 0 && --I.budget === 0) hook(f, ${L}, ${sp});`;
  switch (op) {
    case Op.NOP:
      return out("");
    case Op.RESUME_QUICK:
      return out(`${budget(SP)}\n`);
    case Op.LOAD_FAST: case Op.LOAD_FAST__LOAD_FAST: case Op.LOAD_FAST__LOAD_CONST:
      // unbound: the interpreter raises
      return out(`if ((v = s[${arg}]) == null) { f.sp = ${SP}; return ${start}; } v.ob_refcnt++; s[${SP}] = v;\n`);
    case Op.LOAD_CONST: case Op.LOAD_CONST__LOAD_FAST:
      return out(`v = K[${arg}]; v.ob_refcnt++; s[${SP}] = v;\n`);
    case Op.STORE_FAST: case Op.STORE_FAST__LOAD_FAST: case Op.STORE_FAST__STORE_FAST:
      return out(`o = s[${arg}]; s[${arg}] = s[${SP - 1}]; if (o != null && --o.ob_refcnt === 0 && !deadPlainNumber(o)) $d1 = o; ${deathsAfter(L, SP - 1, NEXT)}\n`);
    case Op.POP_TOP:
      return out(`o = s[${SP - 1}]; if (--o.ob_refcnt === 0 && !deadPlainNumber(o)) $d1 = o; ${deathsAfter(L, SP - 1, NEXT)}\n`);
    case Op.PUSH_NULL:
      return out(`s[${SP}] = null;\n`);
    case Op.COPY:
      return out(`v = s[${SP - arg}]; v.ob_refcnt++; s[${SP}] = v;\n`);
    case Op.SWAP:
      return out(`v = s[${SP - 1}]; s[${SP - 1}] = s[${SP - arg}]; s[${SP - arg}] = v;\n`);
    case Op.LOAD_DEREF:
      return out(`if ((v = s[${arg}].ref) === null) { f.sp = ${SP}; return ${start}; } v.ob_refcnt++; s[${SP}] = v;\n`);

    case Op.BINARY_OP_ADD_INT: case Op.BINARY_OP_SUBTRACT_INT: case Op.BINARY_OP_MULTIPLY_INT: {
      const expr = op === Op.BINARY_OP_ADD_INT ? "x + y" : op === Op.BINARY_OP_SUBTRACT_INT ? "x - y" : "x * y + 0";
      return out(`b = s[${SP - 1}]; a = s[${SP - 2}];
if (instrs[${L}] === ${W} && a.ob_type === IntType && b.ob_type === IntType) {
 x = a.value; y = b.value;
 r = typeof x === "number" && typeof y === "number" && (z = ${expr}) <= MAX_SAFE && z >= -MAX_SAFE ? intOf(z) : newIntAny(intArith(${op}, x, y));
 ${releaseNum("a", d - 2)} ${releaseNum("b", d - 1)}
 s[${SP - 2}] = r;
} else ${other(-1)}\n`);
    }
    case Op.BINARY_OP_ADD_FLOAT: case Op.BINARY_OP_SUBTRACT_FLOAT: case Op.BINARY_OP_MULTIPLY_FLOAT: {
      // operands: unboxed numbers (n<slot>, no guard, nothing to release) or boxed floats
      const ua = unboxed[d - 2] === true, ub = unboxed[d - 1] === true;
      const xa = ua ? `n${SP - 2}` : "a.value", xb = ub ? `n${SP - 1}` : "b.value";
      const sym = op === Op.BINARY_OP_ADD_FLOAT ? "+" : op === Op.BINARY_OP_SUBTRACT_FLOAT ? "-" : "*";
      const guard = [`instrs[${L}] === ${W}`];
      if (!ua) guard.push("a.ob_type === FloatType");
      if (!ub) guard.push("b.ob_type === FloatType");
      keepNext = keepUnboxed(list, k, d, labels, depth);
      const result = keepNext ? `n${SP - 2} = ${xa} ${sym} ${xb};` : `r = newFloat(${xa} ${sym} ${xb});`;
      return out(`${ub ? "" : `b = s[${SP - 1}]; `}${ua ? "" : `a = s[${SP - 2}];`}
if (${guard.join(" && ")}) {
 ${result}
 ${ua ? "" : releaseNum("a", d - 2)} ${ub ? "" : releaseNum("b", d - 1)}
 ${keepNext ? "" : `s[${SP - 2}] = r;`}
} else ${other(-1)}\n`);
    }

    case Op.COMPARE_OP_INT_JUMP: case Op.COMPARE_OP_FLOAT_JUMP: case Op.COMPARE_OP_STR_JUMP: {
      // fused with the conditional jump 3 units on (COMPARE_OP has 2 cache entries)
      const jk = index.get(L + 3);
      const j = jk === undefined ? null : list[jk]!;
      if (j === null || j.start !== L + 3 || j.at !== L + 3 || labels.has(L + 3) || depth[jk!] !== d - 1) return out(`${other(-1)}\n`);
      const mask = code.instrs[L + 2]!;
      const dist = code.instrs[L + 3]! >> 8;
      let guard: string, bit: string;
      if (op === Op.COMPARE_OP_STR_JUMP) {
        guard = `a.ob_type === StrType && b.ob_type === StrType`;
        bit = `a.value === b.value ? 8 : 2`;
      } else {
        const ty = op === Op.COMPARE_OP_INT_JUMP ? "IntType" : "FloatType";
        guard = `a.ob_type === ${ty} && b.ob_type === ${ty} && typeof (x = a.value) === "number" && typeof (y = b.value) === "number"`;
        bit = `((x < y ? 2 : 0) | (x > y ? 4 : 0) | (x === y ? 8 : 0)) || 1`;
      }
      const jumpCode = translate(code, list, jk!, d - 1, B, labels, index, depth);
      return out(`c${L}: { b = s[${SP - 1}]; a = s[${SP - 2}];
if (instrs[${L}] === ${W} && ${guard}) {
 t = ${bit};
 ${releaseNum("a", d - 2)} ${releaseNum("b", d - 1)}
 ${isBackward(j.op) ? `if ((${mask} & (t << 4)) !== 0) { JB(${L + 4 - dist}) }` : `if ((${mask} & t) !== 0) { JF(${L + 4 + dist}) }`} break c${L};
}
${other(-1)}
${jumpCode.text}}\n`, jumpCode.ends, jk! - k);
    }

    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
      return out(`${jmp(ins, b)}\n`, true);
    case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_QUICK:
      return out(`${budget(SP)} ${jmp(ins, b)}\n`, true);
    case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE: case Op.POP_JUMP_BACKWARD_IF_TRUE: {
      const want = op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
      const back = isBackward(op) ? budgetHook(SP - 1) : "";
      return out(`v = s[${SP - 1}]; if ((v === True ? true : v === False ? false : truth(f, v, ${L}, ${SP})) === ${want}) { ${back} ${jmp(ins, b)} }\n`);
    }
    case Op.POP_JUMP_FORWARD_IF_NONE: case Op.POP_JUMP_BACKWARD_IF_NONE:
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE: case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
      const want = op === Op.POP_JUMP_FORWARD_IF_NONE || op === Op.POP_JUMP_BACKWARD_IF_NONE;
      const back = isBackward(op) ? budgetHook(SP - 1) : "";
      return out(`v = s[${SP - 1}]; if (v !== None && --v.ob_refcnt === 0) free(f, v, ${L}, ${SP - 1}); if ((v === None) === ${want}) { ${back} ${jmp(ins, b)} }\n`);
    }
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
      const want = op === Op.JUMP_IF_TRUE_OR_POP;
      return out(`v = s[${SP - 1}]; f.lasti = ${L}; f.sp = ${SP}; if ((v === True ? true : v === False ? false : isTrue(v)) === ${want}) { ${jmp(ins, b)} } decref(v);\n`);
    }

    case Op.FOR_ITER: {
      const tgt = jumpTarget(ins, Op.FOR_ITER);
      return out(`it = s[${SP - 1}]; t = it.ob_type;
if (t === ListIterType) {
 if ((o = it.seq) !== null && it.i < o.items.length) { v = o.items[it.i++]; v.ob_refcnt++; s[${SP}] = v; }
 else { f.sp = ${SP}; return ${start}; } // exhausted: the interpreter ends the loop
} else if (t === RangeIterType && typeof (x = it.remaining) === "number" && typeof (y = it.next) === "number" && typeof (z = it.step) === "number") {
 if (x <= 0) { f.sp = ${SP}; return ${start}; }
 it.remaining = x - 1; w = y + z; it.next = w <= MAX_SAFE && w >= -MAX_SAFE ? w : intAdd(y, z); s[${SP}] = intOf(y);
} else if ((c = forIter(f, s, it, ${L}, ${SP})) !== 0) {
 if (c === 2) { JF(${tgt}) }
 if (c === 1) { f.sp = ${SP}; return ${start}; }
 if (c === 3) { f.sp = ${SP + 1}; return ${NEXT}; }
 f.sp = ${SP - 1}; return ${tgt};
}\n`);
    }

    case Op.LOAD_GLOBAL_MODULE: case Op.LOAD_GLOBAL_BUILTIN: {
      const push = (arg & 1) ? `s[${SP}] = null; s[${SP + 1}] = v;` : `s[${SP}] = v;`;
      const e = (arg & 1) ? 2 : 1;
      const cond = op === Op.LOAD_GLOBAL_MODULE ? `(o = f.globals, true)`
        : `f.globals.kv === read32(instrs, ${L + 3}) && (o = f.builtins, true)`;
      return out(`if (instrs[${L}] === ${W} && ${cond} && (x = instrs[${L + 2}]) < o.ekeys.length && o.ekeys[x] === N[${arg >> 1}]) { v = o.evalues[x]; v.ob_refcnt++; ${push} }
else ${other(e)}\n`);
    }

    case Op.PRECALL_NO_KW_LIST_APPEND:
    case Op.PRECALL: case Op.PRECALL_PYFUNC: case Op.PRECALL_BOUND_METHOD:
    case Op.PRECALL_NO_KW_LEN: case Op.PRECALL_NO_KW_ISINSTANCE: case Op.PRECALL_NO_KW_BUILTIN_O:
    case Op.PRECALL_NO_KW_BUILTIN_FAST: case Op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS:
    case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O: case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS:
    case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST: case Op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS:
    case Op.PRECALL_BUILTIN_CLASS: case Op.PRECALL_NO_KW_STR_1: case Op.PRECALL_NO_KW_TUPLE_1:
    case Op.PRECALL_NO_KW_TYPE_1:
      return precall(code, list, k, d, B, labels, index);
  }
  const inl = inlineForm(code, ins, SP, W, d);
  if (inl !== null) {
    // the handler's success path written out here (per-site inline caches); any failed guard
    // runs the handler itself, which checks again and counts the miss
    const e = stackEffect(b, arg, 0)!;
    return out(`${inl.pre}if (instrs[${L}] === ${W} && ${inl.guard}) { ${inl.fast} ${deathsAfter(L, SP + e, NEXT)} }
else { f.sp = ${SP}; return ${start}; }\n`);
  }
  if (RUN_INLINE[op] !== 0) {
    // calls, returns, yields, raises...: the interpreter runs them
    return out(`f.sp = ${SP}; return ${start};\n`, true);
  }
  const e = stackEffect(b, arg, 0);
  if (e === null) return out(`f.sp = ${SP}; return ${start};\n`, true);
  hoisted.push(`const h${L} = SLOW[${op}];\n`);
  if (ADAPTIVE[b] !== 0) {
    // a specialisable instruction: the translated form's handler while it still is that form
    // another form now (re-specialised): the interpreter runs it
    return out(`if (instrs[${L}] !== ${W}) { f.sp = ${SP}; return ${start}; }
f.lasti = ${L}; f.sp = ${SP}; h${L}(f, s, ${SP}, ${arg}); if (tracer.on) return leave(f, 2, 0, 0, ${SP + e}, ${NEXT});\n`);
  }
  return out(`f.lasti = ${L}; f.sp = ${SP}; h${L}(f, s, ${SP}, ${arg}); if (tracer.on) return leave(f, 2, 0, 0, ${SP + e}, ${NEXT});\n`);
}

/**
 * The success paths of eval_spec.ts's handlers for attribute, subscript and unpacking forms, as
 * (statements before the guard, guard, statements): each mirrors its handler's reference counts
 * (a freed object is released with f.lasti/f.sp as the loop sets them before the handler).
 */
function inlineForm(code: PyCode, ins: Ins, SP: number, W: number, d: number): { pre: string; guard: string; fast: string } | null {
  const { at: L, arg, op } = ins;
  /** Release x, the value at stack depth `at` (-1: not a stack value); held ones cannot die. */
  const rel = (x: string, at = -1) => held[at] === true ? `${x}.ob_refcnt--;` : `if (--${x}.ob_refcnt === 0 && !deadPlainNumber(${x})) { if ($d1 === null) $d1 = ${x}; else $d2 = ${x}; }`;
  const cached = `o.ob_type.tp_version === (ac = code.ocache[${L + 1}]).v0`;
  switch (op) {
    case Op.BINARY_SUBSCR_LIST_INT: case Op.BINARY_SUBSCR_TUPLE_INT: {
      const ci = constIndex(code, d - 1);
      if (ci >= 0) {
        // a constant index (held: no release path)
        return {
          pre: `b = s[${SP - 1}]; a = s[${SP - 2}];\n`,
          guard: `a.ob_type === ${op === Op.BINARY_SUBSCR_LIST_INT ? "ListType" : "TupleType"} && (y = a.items).length > ${ci}`,
          fast: `v = y[${ci}]; v.ob_refcnt++; s[${SP - 2}] = v; b.ob_refcnt--; ${rel("a", d - 2)}`,
        };
      }
      return {
        pre: `b = s[${SP - 1}]; a = s[${SP - 2}];\n`,
        guard: `a.ob_type === ${op === Op.BINARY_SUBSCR_LIST_INT ? "ListType" : "TupleType"} && b.ob_type === IntType && typeof (x = b.value) === "number" && ((y = a.items), (x = x < 0 ? x + y.length : x) >= 0) && x < y.length`,
        fast: `v = y[x]; v.ob_refcnt++; s[${SP - 2}] = v; ${releaseNum("b", d - 1)} ${rel("a", d - 2)}`,
      };
    }
    case Op.STORE_SUBSCR_LIST_INT: {
      const ci = constIndex(code, d - 1);
      if (ci >= 0) {
        return {
          pre: `b = s[${SP - 1}]; a = s[${SP - 2}];\n`,
          guard: `a.ob_type === ListType && (y = a.items).length > ${ci}`,
          fast: `o = y[${ci}]; y[${ci}] = s[${SP - 3}]; ${rel("o")} b.ob_refcnt--; ${rel("a", d - 2)}`,
        };
      }
      return {
        pre: `b = s[${SP - 1}]; a = s[${SP - 2}];\n`,
        guard: `a.ob_type === ListType && b.ob_type === IntType && typeof (x = b.value) === "number" && x >= 0 && x < (y = a.items).length`,
        fast: `o = y[x]; y[x] = s[${SP - 3}]; ${rel("o")} ${releaseNum("b", d - 1)} ${rel("a", d - 2)}`,
      };
    }
    case Op.UNPACK_SEQUENCE_TWO_TUPLE: case Op.UNPACK_SEQUENCE_TUPLE: case Op.UNPACK_SEQUENCE_LIST: {
      if (arg > 8) return null;
      let fast = "";
      for (let j = 0; j < arg; j++) fast += `v = y[${arg - 1 - j}]; v.ob_refcnt++; s[${SP - 1 + j}] = v; `;
      return {
        pre: `a = s[${SP - 1}];\n`,
        guard: `a.ob_type === ${op === Op.UNPACK_SEQUENCE_LIST ? "ListType" : "TupleType"} && (y = a.items).length === ${arg}`,
        fast: fast + rel("a", d - 1),
      };
    }
    case Op.LOAD_ATTR_INSTANCE_VALUE: case Op.LOAD_ATTR_WITH_HINT:
      return {
        pre: `o = s[${SP - 1}];\n`,
        guard: `${cached} && (dd = o.dict) !== null && (x = ac.i0) < (y = dd.ekeys).length && y[x] === N[${arg}]`,
        fast: `v = dd.evalues[x]; v.ob_refcnt++; s[${SP - 1}] = v; ${rel("o", d - 1)}`,
      };
    case Op.LOAD_ATTR_SLOT:
      return {
        pre: `o = s[${SP - 1}];\n`,
        guard: `${cached} && (y = o.slots) !== null && (v = y[ac.i0]) != null`,
        fast: `v.ob_refcnt++; s[${SP - 1}] = v; ${rel("o", d - 1)}`,
      };
    case Op.STORE_ATTR_INSTANCE_VALUE: case Op.STORE_ATTR_WITH_HINT:
      return {
        pre: `o = s[${SP - 1}]; v = s[${SP - 2}];\n`,
        guard: `${cached} && (dd = o.dict) !== null && (x = ac.i0) < (y = dd.ekeys).length && y[x] === N[${arg}]`,
        fast: `a = dd.evalues[x]; dd.evalues[x] = v; if (dd.ob_gc >>> 3 === 0) maintainDictTracking(dd, N[${arg}], v); ${rel("a")} ${rel("o", d - 1)}`,
      };
    case Op.STORE_ATTR_SLOT:
      return {
        pre: `o = s[${SP - 1}]; v = s[${SP - 2}];\n`,
        guard: `${cached} && (y = o.slots) !== null`,
        fast: `a = y[ac.i0]; y[ac.i0] = v; if (a != null) { ${rel("a")} } ${rel("o", d - 1)}`,
      };
    case Op.LOAD_METHOD_WITH_VALUES: case Op.LOAD_METHOD_WITH_DICT: case Op.LOAD_METHOD_NO_DICT: {
      const shadow = op === Op.LOAD_METHOD_NO_DICT ? "" : ` && ((dd = o.dict) === null || dd.used === 0 || !dictHasStr(dd, N[${arg}]))`;
      return {
        pre: `o = s[${SP - 1}];\n`,
        guard: `${cached} && (v = ac.d0) !== null${shadow}`,
        fast: `v.ob_refcnt++; s[${SP - 1}] = v; s[${SP}] = o;`,
      };
    }
  }
  void code; void W;
  return null;
}

/** PRECALL at list[k] and the CALL two units on: builtins called here, Python functions exit. */
function precall(code: PyCode, list: Ins[], k: number, d: number, B: number, labels: Set<number>,
  index: Map<number, number>): Out {
  const ins = list[k]!;
  const { at: L, arg, op, start } = ins;
  const SP = B + d;
  const ck = index.get(L + 2);
  const c = ck === undefined ? null : list[ck]!;
  if (ins.start !== L || c === null || c.start !== L + 2 || labels.has(L + 2) || c.arg !== arg) {
    return { text: `f.sp = ${SP}; return ${start};\n`, ends: true, skip: 0 };
  }
  const W = code.instrs[L]!;
  const afterCall = c.next; // L + 7
  labels.add(afterCall);
  const res = SP - arg - 2;
  const trace = `if (tracer.on) return leave(f, 2, 0, 0, ${res + 1}, ${afterCall});`;
  let fast = "";
  if (op === Op.PRECALL_NO_KW_LIST_APPEND) {
    // l.append(x) with its result dropped: skips CALL and the POP_TOP (the interpreter's pc += 7)
    const pk = index.get(L + 7);
    if (pk !== undefined && list[pk]!.op === Op.POP_TOP && !labels.has(L + 7)) {
      const after = list[pk]!.next;
      labels.add(after);
      fast = `if (instrs[${L}] === ${W} && appendFast(f, s, ${L}, ${SP})) { JF(${after}) }\n`;
    }
  } else if (BUILTIN_PRECALL.has(op)) {
    fast = `if (instrs[${L}] === ${W} && (r = callB(f, s, ${L}, ${SP}, ${arg}, ${op})) !== null) { s[${res}] = r; ${trace} break p${L}; }\n`;
  }
  const text = `p${L}: { ${fast}if ((c = callSeq(f, s, ${L}, ${SP}, ${arg})) !== 0) { f.sp = ${SP}; return c === 1 ? ${start} : ${L + 2}; }
${trace} }\n`;
  return { text, ends: false, skip: ck! - k };
}

/**
 * The counter of `code` ran out (eval.ts): give it its JIT function, or leave it interpreted for
 * good (a counter it never reaches again).
 */
export function jitReady(code: PyCode): void {
  if (!jitState.on) {
    code.jitHot = 0x3fffffff;
    return;
  }
  const fn = jitCompile(code);
  if (jitState.dump !== null && fn === null) jitState.dump(code.qualname.value, "(not translated)");
  if (fn === null) code.jitHot = 0x3fffffff;
  code.jit = fn;
}
