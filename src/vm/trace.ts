/**
 * -X tspy-trace: every instruction the eval loop executes, with its frame's value stack, on
 * stderr. One line per instruction, before it runs:
 *
 *   [trace] <module> 3 @12 LOAD_CONST 1 (3) | stack: 'a', 1
 *
 * (code name, source line, byte offset, the opcode as it is now, so quickened and specialised
 * forms show, its argument with the constant or name it refers to, then the stack bottom to top).
 * Values are shown without running Python code: builtin scalars by repr (long ones cut), other
 * objects as <type name>. The loop calls traceInstruction only while `tracer.on` is set; code run
 * while a line is written (nothing, by construction) is never traced.
 */
import { host } from "../host/host.ts";
import { opname, Op, HAVE_ARGUMENT } from "../bytecode/opcodes.ts";
import { PyObject } from "../objects/object.ts";
import { PyCode, lineOf } from "../objects/codeobject.ts";
import { PyInt } from "../objects/int.ts";
import { PyFloat } from "../objects/float.ts";
import { PyStr } from "../objects/str.ts";
import { PyTuple } from "../objects/tuple.ts";
import { None, IntType, FloatType, StrType, BoolType, TupleType, FunctionType } from "../objects/types.ts";
import { floatRepr } from "../objects/float.ts";
import { PyCFunction } from "../objects/descr.ts";
import type { Frame } from "./frame.ts";
import { opCounts } from "./opstats.ts";

/**
 * The eval loop's one per-instruction check: on while -X tspy-trace, -X tspy-opstats or a Python trace/profile
 * function (sys.settrace / sys.setprofile, src/vm/pytrace.ts) is active; then the loop calls
 * `traceHook` before every instruction.
 */
export const tracer = { on: false };
let instructionTrace = false;
let instructionStats = false;
let pythonTracing = false;
let pyHook: ((f: Frame, at: number, op: number, oparg: number, s: (PyObject | null)[], sp: number) => void) | null = null;

/** -X tspy-trace. */
export function setInstructionTrace(on: boolean): void {
  instructionTrace = on;
  tracer.on = instructionTrace || instructionStats || pythonTracing;
}
/** -X tspy-opstats (src/vm/opstats.ts). */
export function setInstructionStats(on: boolean): void {
  instructionStats = on;
  tracer.on = instructionTrace || instructionStats || pythonTracing;
}
/** Called by src/vm/pytrace.ts when a trace or profile function is set or removed. */
export function setPythonTracing(on: boolean): void {
  pythonTracing = on;
  tracer.on = instructionTrace || instructionStats || pythonTracing;
}
export function setPythonTraceHook(h: typeof pyHook): void {
  pyHook = h;
}

/** Before each instruction while tracer.on (f.lasti and f.sp stored). */
export function traceHook(f: Frame, at: number, op: number, oparg: number, s: (PyObject | null)[], sp: number): void {
  if (instructionStats) opCounts[op]++;
  if (instructionTrace) traceInstruction(f, at, op, oparg, s, sp);
  if (pythonTracing && pyHook !== null) pyHook(f, at, op, oparg, s, sp);
}

const MAX_VALUE = 40;
const HAS_NAME = new Set<number>([
  Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME, Op.LOAD_ATTR, Op.STORE_ATTR, Op.DELETE_ATTR, Op.IMPORT_NAME,
  Op.IMPORT_FROM, Op.LOAD_METHOD, Op.STORE_GLOBAL, Op.DELETE_GLOBAL,
]);

const HAS_LOCAL = new Set<number>([
  Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLOSURE,
  Op.LOAD_CLASSDEREF, Op.MAKE_CELL, Op.LOAD_FAST__LOAD_FAST, Op.LOAD_FAST__LOAD_CONST, Op.STORE_FAST__LOAD_FAST,
  Op.STORE_FAST__STORE_FAST,
]);

function cut(s: string): string {
  return s.length > MAX_VALUE ? s.slice(0, MAX_VALUE - 3) + "..." : s;
}

/** A short description of a value that runs no Python code. */
export function traceValue(o: PyObject | null | undefined, depth = 0): string {
  if (o === null || o === undefined) return "<NULL>";
  const t = o.ob_type;
  if (o === None) return "None";
  if (t === BoolType) return (o as PyInt).value ? "True" : "False";
  if (t === IntType) return cut(String((o as PyInt).value));
  if (t === FloatType) return cut(floatRepr((o as PyFloat).value));
  if (t === StrType) return cut(JSON.stringify((o as PyStr).value).replace(/^"|"$/g, "'"));
  if (t === TupleType && depth === 0) {
    const items = (o as PyTuple).items;
    const shown = items.slice(0, 4).map((x) => traceValue(x, 1));
    if (items.length > 4) shown.push("...");
    return cut("(" + shown.join(", ") + (items.length === 1 ? ",)" : ")"));
  }
  if (t === FunctionType) return `<function ${(o as unknown as { qualname: PyStr }).qualname.value}>`;
  if (o instanceof PyCFunction) return `<built-in function ${o.def.name}>`;
  return `<${t.tp_name}>`;
}

function argText(code: PyCode, op: number, oparg: number): string {
  if (op === Op.LOAD_CONST) return ` (${traceValue(code.consts[oparg])})`;
  if (op === Op.LOAD_GLOBAL) return ` (${code.names[oparg >> 1]?.value ?? "?"})`;
  if (HAS_NAME.has(op)) return ` (${code.names[oparg]?.value ?? "?"})`;
  if (HAS_LOCAL.has(op)) return ` (${(code.localsplusnames[oparg] as PyStr | undefined)?.value ?? "?"})`;
  return "";
}

/** Write the line for the instruction at unit `at` (op, oparg decoded) of frame f. */
export function traceInstruction(f: Frame, at: number, op: number, oparg: number, s: (PyObject | null)[], sp: number): void {
  const code = f.code;
  const items: string[] = [];
  for (let i = code.nlocalsplus; i < sp; i++) items.push(traceValue(s[i]));
  const arg = op >= HAVE_ARGUMENT ? ` ${oparg}${argText(code, op, oparg)}` : "";
  const line = lineOf(code, at);
  host().write(2, `[trace] ${code.name.value} ${line < 0 ? "-" : line} @${at * 2} ${opname[op]}${arg} | stack: ${items.join(", ")}\n`);
}
