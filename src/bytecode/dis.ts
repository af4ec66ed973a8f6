/**
 * The dis module of CPython 3.11: instructions of a code object (get_instructions, Bytecode),
 * their text (dis, disassemble, the `python -m dis` output), code_info/show_code, findlabels,
 * findlinestarts; dis.stack_effect is in stackeffect.ts.
 *
 * Output is CPython's, line for line. Two things CPython takes from the running process are
 * modelled: a code object's repr shows an address (a stable fake one per code object here), and
 * a frozenset constant prints in its hash-table order (objects/hash.ts, with the hash secret of
 * PYTHONHASHSEED=0 unless told otherwise).
 *
 * Errors: an argument that indexes past co_consts/co_names/locals raises DisError (IndexError,
 * as CPython's dis does); nothing else throws.
 */
import { CodeObject, CO_FAST_LOCAL } from "./code.ts";
import {
  Op, opname, deopt, cacheEntries, HAVE_ARGUMENT, HAS_CONST, HAS_NAME, HAS_JREL, HAS_JABS, HAS_LOCAL, HAS_FREE,
  HAS_COMPARE, OPCODE_FLAGS, CACHE_FORMAT, NB_OPS, CMP_OP,
} from "./opcodes.ts";
import { parseExceptionTable, type ExceptionTableEntry } from "./exctable.ts";
import { coPositions, findLineStarts, type Position } from "./linetable.ts";
import { PyNone, PyEllipsis, Complex, ConstTuple, ConstFrozenSet } from "../objects/constant.ts";
import { MarshalList, MarshalDict, MarshalSet, MarshalStopIteration, type MarshalValue } from "./marshal-format.ts";
import { floatRepr } from "../objects/float.ts";
import { strRepr } from "../objects/str.ts";
import { bytesRepr } from "../objects/bytes.ts";
import { complexRepr } from "../objects/complex.ts";
import { hashSecret, setIterationOrder, type HashSecret } from "../objects/hash.ts";

export { findLineStarts as findlinestarts } from "./linetable.ts";
export { parseExceptionTable } from "./exctable.ts";
export { setIterationOrder } from "../objects/hash.ts";

/** An exception dis raises (IndexError for arguments out of range). */
export class DisError extends Error {
  constructor(readonly type: "IndexError" | "TypeError", readonly msg: string) {
    super(`${type}: ${msg}`);
  }
}

/** dis.UNKNOWN: the value of an argument that cannot be resolved. */
export class Unknown {
  static readonly UNKNOWN = new Unknown();
  private constructor() {}
  toString(): string {
    return "<unknown>";
  }
}
export const UNKNOWN = Unknown.UNKNOWN;

/** FORMAT_VALUE's argval: the conversion (None, str, repr, ascii) and whether a spec is given. */
export interface FormatValueArg {
  conversion: "str" | "repr" | "ascii" | null;
  withFormat: boolean;
}

export type ArgVal = MarshalValue | Unknown | FormatValueArg | number | bigint | string | null;

export interface Positions {
  lineno: number | null;
  end_lineno: number | null;
  col_offset: number | null;
  end_col_offset: number | null;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** dis.Instruction. `arg` is null for an instruction without argument. */
export class Instruction {
  constructor(
    readonly opname: string,
    readonly opcode: number,
    readonly arg: number | null,
    readonly argval: ArgVal,
    readonly argrepr: string,
    readonly offset: number,
    readonly starts_line: number | null,
    readonly is_jump_target: boolean,
    readonly positions: Positions,
  ) {}

  /** Instruction._disassemble: one line of dis output. */
  disassemble(linenoWidth = 3, markAsCurrent = false, offsetWidth = 4): string {
    const fields: string[] = [];
    if (linenoWidth) {
      fields.push(this.starts_line !== null ? String(this.starts_line).padStart(linenoWidth) : " ".repeat(linenoWidth));
    }
    fields.push(markAsCurrent ? "-->" : "   ");
    fields.push(this.is_jump_target ? ">>" : "  ");
    fields.push(String(this.offset).padStart(offsetWidth));
    fields.push(this.opname.padEnd(OPNAME_WIDTH));
    if (this.arg !== null) {
      fields.push(String(this.arg).padStart(OPARG_WIDTH));
      if (this.argrepr) fields.push("(" + this.argrepr + ")");
    }
    return fields.join(" ").trimEnd();
  }
}

// ---- options and the repr of constants ---------------------------------------------------------

export interface DisOptions {
  /** Levels of nested code objects to show (null: all). */
  depth?: number | null;
  show_caches?: boolean;
  /** Show the specialised (quickened) code: what setAdaptiveCode's source gives, else co_code. */
  adaptive?: boolean;
  /** The hash secret frozensets are ordered with (default: PYTHONHASHSEED=0's). */
  hashSecret?: HashSecret;
}

/**
 * Where `adaptive` reads a code object's quickened instructions (code._co_code_adaptive): the VM
 * installs it (src/vm/specialize.ts); without a VM the code is co_code, as before quickening.
 */
let adaptiveCode: (co: CodeObject) => Uint8Array = (co) => co.co_code;
export function setAdaptiveCode(f: (co: CodeObject) => Uint8Array): void {
  adaptiveCode = f;
}
export function codeBytes(co: CodeObject, opts: DisOptions): Uint8Array {
  return opts.adaptive ? adaptiveCode(co) : co.co_code;
}

const addresses = new WeakMap<CodeObject, string>();
let nextAddress = 0x7f0a1c000000;

/**
 * Where a running VM takes a code object's address from (its run-time object's id), so dis shows
 * what repr(code) shows; without a VM, a stable fake address per code object.
 */
let addressHook: ((co: CodeObject) => string) | null = null;
export function setCodeAddressHook(f: ((co: CodeObject) => string) | null): void {
  addressHook = f;
}

/** The address a code object's repr shows: fixed per object for the life of the process. */
export function codeAddress(co: CodeObject): string {
  if (addressHook !== null) return addressHook(co);
  let a = addresses.get(co);
  if (a === undefined) {
    a = "0x" + nextAddress.toString(16);
    nextAddress += 0x1e0;
    addresses.set(co, a);
  }
  return a;
}

/** repr(code object). */
export function codeRepr(co: CodeObject): string {
  return `<code object ${co.co_name} at ${codeAddress(co)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

const ZERO_SECRET = hashSecret(0);

/** repr() of a constant (or any marshal value), as CPython prints it. */
export function reprValue(v: MarshalValue, secret: HashSecret = ZERO_SECRET, seen: Set<object> = new Set()): string {
  switch (typeof v) {
    case "boolean": return v ? "True" : "False";
    case "bigint": return v.toString();
    case "number": return floatRepr(v);
    case "string": return strRepr(v);
  }
  if (v instanceof PyNone) return "None";
  if (v instanceof PyEllipsis) return "Ellipsis";
  if (v instanceof Complex) return complexRepr(v.real, v.imag);
  if (v instanceof Uint8Array) return bytesRepr(v);
  if (v instanceof CodeObject) return codeRepr(v);
  if (v instanceof MarshalStopIteration) return "<class 'StopIteration'>";
  if (seen.has(v)) return v instanceof MarshalList ? "[...]" : v instanceof ConstTuple ? "(...)" : "{...}";
  seen.add(v);
  let out: string;
  if (v instanceof ConstTuple) {
    const parts = v.items.map((x) => reprValue(x, secret, seen));
    out = parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
  } else if (v instanceof ConstFrozenSet) {
    out = v.items.length === 0 ? "frozenset()" : `frozenset({${setIterationOrder(v.items as MarshalValue[], secret).map((x) => reprValue(x, secret, seen)).join(", ")}})`;
  } else if (v instanceof MarshalSet) {
    out = v.items.length === 0 ? "set()" : `{${setIterationOrder(v.items as MarshalValue[], secret).map((x) => reprValue(x, secret, seen)).join(", ")}}`;
  } else if (v instanceof MarshalList) {
    out = `[${v.items.map((x) => reprValue(x, secret, seen)).join(", ")}]`;
  } else {
    const d = v as MarshalDict;
    out = `{${d.keys.map((k, i) => `${reprValue(k, secret, seen)}: ${reprValue(d.values[i]!, secret, seen)}`).join(", ")}}`;
  }
  seen.delete(v);
  return out;
}

/** repr(Instruction.argval), as python3 prints it. */
export function argvalRepr(v: ArgVal, secret: HashSecret = ZERO_SECRET): string {
  if (v === null) return "None";
  if (v instanceof Unknown) return "<unknown>";
  if (typeof v === "number") return String(v);
  if (typeof v === "object" && "withFormat" in v && "conversion" in v) {
    const conv = v.conversion === null ? "None" : `<class '${v.conversion}'>`.replace("<class 'repr'>", "<built-in function repr>").replace("<class 'ascii'>", "<built-in function ascii>");
    return `(${conv}, ${v.withFormat ? "True" : "False"})`;
  }
  return reprValue(v as MarshalValue, secret);
}

// ---- decoding instructions -------------------------------------------------------------------------

/** The opcode's base form (dis._deoptop). */
function deop(op: number): number {
  return deopt[op]!;
}

function flagsOf(op: number): number {
  return OPCODE_FLAGS.get(op as Op) ?? 0;
}

function isBackwardJump(op: number): boolean {
  return opname[op]!.includes("JUMP_BACKWARD");
}

/**
 * dis._unpack_opargs: (offset, opcode, arg) for each instruction, skipping inline caches;
 * EXTENDED_ARG prefixes fold into the argument as a C int would (wrapping at 2**31).
 */
export function unpackOpargs(code: Uint8Array): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  let ext = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) { caches--; continue; }
    const op = code[i]!;
    const d = deop(op);
    caches = cacheEntries[d]!;
    let arg: number | null;
    if (d >= HAVE_ARGUMENT) {
      // raw bytes of odd length: CPython's dis reads code[i+1] and fails with IndexError
      if (i + 1 >= code.length) throw new DisError("IndexError", "index out of range");
      arg = ext + code[i + 1]!; // ext has its low 8 bits clear
      if (d === Op.EXTENDED_ARG) {
        ext = arg * 256;
        if (ext >= 2 ** 31) ext -= 2 ** 32;
        if (!Number.isSafeInteger(ext)) ext = 0; // beyond any real code: keep the numbers finite
      } else ext = 0;
    } else {
      arg = null;
      ext = 0;
    }
    out.push([i, op, arg]);
  }
  return out;
}

/** dis.findlabels: jump target offsets, in order of first appearance. */
export function findlabels(code: Uint8Array): number[] {
  const labels: number[] = [];
  for (const [offset, op, a] of unpackOpargs(code)) {
    if (a === null) continue;
    const f = flagsOf(op);
    let label: number;
    if (f & HAS_JREL) label = offset + 2 + (isBackwardJump(op) ? -a : a) * 2;
    else if (f & HAS_JABS) label = a * 2;
    else continue;
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

/** Python indexing: negative counts from the end; out of range is IndexError. */
function pyIndex<T>(seq: readonly T[], i: number, what: "tuple" | "list"): T {
  const j = i < 0 ? i + seq.length : i;
  if (j < 0 || j >= seq.length || !Number.isInteger(j)) throw new DisError("IndexError", `${what} index out of range`);
  return seq[j]!;
}

const FORMAT_CONVERTERS: readonly [FormatValueArg["conversion"], string][] = [[null, ""], ["str", "str"], ["repr", "repr"], ["ascii", "ascii"]];
const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"];

/** What instructions resolve their arguments against; every part optional (raw bytes). */
export interface CodeContext {
  varnameFromOparg?: ((i: number) => string) | null;
  names?: readonly string[] | null;
  consts?: readonly MarshalValue[] | null;
  linestarts?: Map<number, number> | null;
  lineOffset?: number;
  exceptionEntries?: readonly ExceptionTableEntry[];
  positions?: readonly Position[] | null;
  showCaches?: boolean;
  secret?: HashSecret;
}

function positionsAt(ps: readonly Position[] | null | undefined, k: number): Positions {
  const p = ps?.[k];
  return p === undefined
    ? { lineno: null, end_lineno: null, col_offset: null, end_col_offset: null }
    : { lineno: p[0], end_lineno: p[1], col_offset: p[2], end_col_offset: p[3] };
}

/** dis._get_instructions_bytes. */
export function instructionsOfBytes(code: Uint8Array, ctx: CodeContext = {}): Instruction[] {
  const out: Instruction[] = [];
  const labels = new Set(findlabels(code));
  for (const e of ctx.exceptionEntries ?? []) if (e.start < e.end) labels.add(e.target);
  const secret = ctx.secret ?? ZERO_SECRET;
  const names = ctx.names ?? null;
  let unit = 0; // index into co_positions (one per code unit)
  for (const [offset, op, arg] of unpackOpargs(code)) {
    let startsLine: number | null = null;
    if (ctx.linestarts) {
      const l = ctx.linestarts.get(offset);
      if (l !== undefined) startsLine = l + (ctx.lineOffset ?? 0);
    }
    const positions = positionsAt(ctx.positions, unit++);
    const d = deop(op);
    const f = flagsOf(d);
    let argval: ArgVal = null;
    let argrepr = "";
    if (arg !== null) {
      argval = arg;
      if (f & HAS_CONST) {
        if (d === Op.LOAD_CONST && ctx.consts) {
          argval = pyIndex(ctx.consts, arg, "tuple");
          argrepr = reprValue(argval, secret);
        } else {
          argval = UNKNOWN;
        }
      } else if (f & HAS_NAME) {
        if (d === Op.LOAD_GLOBAL) {
          if (names) {
            const name = pyIndex(names, Math.floor(arg / 2), "tuple");
            argval = name;
            argrepr = (arg & 1) && name ? "NULL + " + name : name;
          } else argval = UNKNOWN;
        } else if (names) {
          const name = pyIndex(names, arg, "tuple");
          argval = name;
          argrepr = name;
        } else argval = UNKNOWN;
      } else if (f & HAS_JABS) {
        argval = arg * 2;
        argrepr = "to " + argval;
      } else if (f & HAS_JREL) {
        argval = offset + 2 + (isBackwardJump(d) ? -arg : arg) * 2;
        argrepr = "to " + argval;
      } else if (f & (HAS_LOCAL | HAS_FREE)) {
        if (ctx.varnameFromOparg) {
          const name = ctx.varnameFromOparg(arg);
          argval = name;
          argrepr = name;
        } else argval = UNKNOWN;
      } else if (f & HAS_COMPARE) {
        const cmp = pyIndex(CMP_OP, arg, "tuple");
        argval = cmp;
        argrepr = cmp;
      } else if (d === Op.FORMAT_VALUE) {
        const [conv, rep] = FORMAT_CONVERTERS[arg & 3]!;
        const withFormat = (arg & 4) !== 0;
        argval = { conversion: conv, withFormat };
        argrepr = rep;
        if (withFormat) argrepr += (argrepr ? ", " : "") + "with format";
      } else if (d === Op.MAKE_FUNCTION) {
        argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => (arg & (1 << i)) !== 0).join(", ");
      } else if (d === Op.BINARY_OP) {
        argrepr = pyIndex(NB_OPS, arg, "list")[1];
      }
    }
    out.push(new Instruction(opname[op]!, op, arg, argval, argrepr, offset, startsLine, labels.has(offset), positions));
    const caches = cacheEntries[d]!;
    if (!caches) continue;
    if (!ctx.showCaches) {
      unit += caches;
      continue;
    }
    let cacheOffset = offset;
    for (const [name, size] of CACHE_FORMAT[opname[d]!] ?? []) {
      for (let i = 0; i < size; i++) {
        cacheOffset += 2;
        let rep = "";
        if (i === 0 && op !== d) {
          // the cache value of a quickened instruction, little-endian
          let v = 0n;
          for (let b = Math.min(code.length, cacheOffset + 2 * size) - 1; b >= cacheOffset; b--) v = (v << 8n) | BigInt(code[b]!);
          rep = `${name}: ${v}`;
        }
        out.push(new Instruction("CACHE", Op.CACHE, 0, null, rep, cacheOffset, null, false, positionsAt(ctx.positions, unit++)));
      }
    }
  }
  return out;
}

/** code._varname_from_oparg: the name of local/cell/free slot i. */
export function varnameFromOparg(co: CodeObject): (i: number) => string {
  return (i: number) => pyIndex(co.co_localsplusnames, i, "tuple");
}

/** What a code object's instructions resolve against (names, constants, lines, handlers). */
export function contextOf(co: CodeObject, opts: DisOptions, lineOffset = 0): CodeContext {
  return {
    varnameFromOparg: varnameFromOparg(co),
    names: co.co_names,
    consts: co.co_consts,
    linestarts: new Map(findLineStarts(co)),
    lineOffset,
    exceptionEntries: parseExceptionTable(co.co_exceptiontable),
    positions: coPositions(co),
    showCaches: opts.show_caches ?? false,
    secret: opts.hashSecret ?? ZERO_SECRET,
  };
}

/** dis.get_instructions(co, first_line=, show_caches=, adaptive=). */
export function getInstructions(co: CodeObject, opts: DisOptions & { first_line?: number | null } = {}): Instruction[] {
  const lineOffset = opts.first_line != null ? opts.first_line - co.co_firstlineno : 0;
  const ctx = contextOf(co, opts, lineOffset);
  ctx.exceptionEntries = []; // get_instructions does not mark handler targets
  return instructionsOfBytes(codeBytes(co, opts), ctx);
}

// ---- text output -------------------------------------------------------------------------------

/** dis._disassemble_bytes: the lines for one instruction sequence, then its exception table. */
export function disassembleBytes(code: Uint8Array, ctx: CodeContext = {}, lasti = -1): string {
  const lines: string[] = [];
  const ls = ctx.linestarts ?? null;
  const showLineno = ls !== null && ls.size > 0;
  let linenoWidth = 0;
  if (showLineno) {
    let max = -Infinity;
    for (const v of ls!.values()) if (v > max) max = v;
    max += ctx.lineOffset ?? 0;
    linenoWidth = max >= 1000 ? String(max).length : 3;
  }
  const maxOffset = code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const ins of instructionsOfBytes(code, ctx)) {
    if (showLineno && ins.starts_line !== null && ins.offset > 0) lines.push("");
    lines.push(ins.disassemble(linenoWidth, ins.offset === lasti, offsetWidth));
  }
  const entries = ctx.exceptionEntries ?? [];
  if (entries.length > 0) {
    lines.push("ExceptionTable:");
    for (const e of entries) lines.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? " lasti" : ""}`);
  }
  return lines.map((l) => l + "\n").join("");
}

/** dis.disassemble(co, lasti=-1): one code object, no recursion. */
export function disassemble(co: CodeObject, lasti = -1, opts: DisOptions = {}): string {
  return disassembleBytes(codeBytes(co, opts), contextOf(co, opts), lasti);
}

/** dis.dis(co): the code object, then every nested code object (to `depth` levels). */
export function dis(co: CodeObject, opts: DisOptions = {}): string {
  let out = disassemble(co, -1, opts);
  let depth = opts.depth ?? null;
  if (depth === null || depth > 0) {
    if (depth !== null) depth--;
    for (const x of co.co_consts) {
      if (x instanceof CodeObject) {
        out += "\nDisassembly of " + codeRepr(x) + ":\n";
        out += dis(x, { ...opts, depth });
      }
    }
  }
  return out;
}

/** dis.Bytecode. */
export class Bytecode {
  readonly first_line: number;
  readonly exception_entries: ExceptionTableEntry[];
  private readonly lineOffset: number;
  constructor(readonly codeobj: CodeObject, readonly opts: DisOptions & { first_line?: number | null; current_offset?: number | null } = {}) {
    this.first_line = opts.first_line ?? codeobj.co_firstlineno;
    this.lineOffset = opts.first_line != null ? opts.first_line - codeobj.co_firstlineno : 0;
    this.exception_entries = parseExceptionTable(codeobj.co_exceptiontable);
  }
  get current_offset(): number | null {
    return this.opts.current_offset ?? null;
  }
  /** Iterating a Bytecode: its instructions (exception handler targets marked). */
  instructions(): Instruction[] {
    return instructionsOfBytes(codeBytes(this.codeobj, this.opts), contextOf(this.codeobj, this.opts, this.lineOffset));
  }
  [Symbol.iterator](): Iterator<Instruction> {
    return this.instructions()[Symbol.iterator]();
  }
  info(): string {
    return codeInfo(this.codeobj);
  }
  dis(): string {
    return disassembleBytes(codeBytes(this.codeobj, this.opts), contextOf(this.codeobj, this.opts, this.lineOffset), this.current_offset ?? -1);
  }
}

// ---- code_info ---------------------------------------------------------------------------------

export const COMPILER_FLAG_NAMES: ReadonlyMap<number, string> = new Map([
  [1, "OPTIMIZED"], [2, "NEWLOCALS"], [4, "VARARGS"], [8, "VARKEYWORDS"], [16, "NESTED"],
  [32, "GENERATOR"], [64, "NOFREE"], [128, "COROUTINE"], [256, "ITERABLE_COROUTINE"], [512, "ASYNC_GENERATOR"],
]);

function pyHex(n: bigint): string {
  return n < 0n ? "-0x" + (-n).toString(16) : "0x" + n.toString(16);
}

/** dis.pretty_flags. */
export function prettyFlags(flags: number): string {
  let f = BigInt(flags);
  const names: string[] = [];
  for (let i = 0; i < 32; i++) {
    const flag = 1n << BigInt(i);
    if (f & flag) {
      names.push(COMPILER_FLAG_NAMES.get(Number(flag)) ?? pyHex(flag));
      f ^= flag;
      if (f === 0n) return names.join(", ");
    }
  }
  names.push(pyHex(f));
  return names.join(", ");
}

/** dis.code_info(co). */
export function codeInfo(co: CodeObject, secret: HashSecret = ZERO_SECRET): string {
  const lines = [
    `Name:              ${co.co_name}`,
    `Filename:          ${co.co_filename}`,
    `Argument count:    ${co.co_argcount}`,
    `Positional-only arguments: ${co.co_posonlyargcount}`,
    `Kw-only arguments: ${co.co_kwonlyargcount}`,
    `Number of locals:  ${co.co_nlocals}`,
    `Stack size:        ${co.co_stacksize}`,
    `Flags:             ${prettyFlags(co.co_flags)}`,
  ];
  const idx = (i: number) => String(i).padStart(4);
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push(title);
    items.forEach((s, i) => lines.push(`${idx(i)}: ${s}`));
  };
  section("Constants:", co.co_consts.map((c) => reprValue(c, secret)));
  section("Names:", co.co_names);
  section("Variable names:", co.co_varnames);
  section("Free variables:", co.co_freevars);
  section("Cell variables:", co.co_cellvars);
  return lines.join("\n");
}

/** dis.show_code(co): code_info and a newline. */
export function showCode(co: CodeObject): string {
  return codeInfo(co) + "\n";
}

void CO_FAST_LOCAL;
