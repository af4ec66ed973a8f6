/**
 * A read-only view of the control flow graph at each stage of assembly (assemble.ts), for
 * `tspy -m cfg` and `-X dump-passes`. The compiler calls `CompileOptions.cfgHook` with a
 * snapshot after each stage when (and only when) a hook is set; a snapshot copies what it shows,
 * so it stays valid while later passes rewrite the blocks.
 *
 * Stages, in order (CfgStage):
 *   codegen          the blocks as code generation left them (plus the implicit return)
 *   normalize        exit/no-fall-through marking, jumps past empty blocks, exit copying
 *   prefix           RETURN_GENERATOR / MAKE_CELL / COPY_FREE_VARS, cell and free slots fixed
 *   optimize         peephole, unreachable and empty block removal
 *   duplicate-exits  exit blocks without a line number copied per predecessor
 *   trim-consts      unused trailing constants dropped
 *   line-numbers     locations propagated to artificial instructions
 *   exception-table  handlers labelled, SETUP_* / POP_BLOCK turned into NOPs
 *   clean            NOPs removed
 *   final            jumps given their direction and offsets (what the code object holds)
 *
 * Block labels are "B" + allocation number (stable for a given source). Edges: fall-through
 * (to the next block in emission order unless the block ends with an unconditional jump or a
 * return/raise), jump (to a jump's target), exception (to a SETUP_* target before the
 * exception-table stage, to the handler recorded on each instruction from then on).
 */
import { Op, HAVE_ARGUMENT, HAS_CONST, HAS_NAME, HAS_LOCAL, HAS_FREE, HAS_COMPARE, opflags, opname, NB_OPS, CMP_OP } from "../bytecode/opcodes.ts";
import { reprValue } from "../bytecode/dis.ts";
import type { ConstValue } from "../objects/constant.ts";
import {
  Block, type Instr, instrSize, isJump, isBlockPush, SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK, JUMP,
  JUMP_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
} from "./ir.ts";

export type CfgStage =
  | "codegen" | "normalize" | "prefix" | "optimize" | "duplicate-exits" | "trim-consts"
  | "line-numbers" | "exception-table" | "clean" | "final";

export const CFG_STAGES: readonly CfgStage[] = [
  "codegen", "normalize", "prefix", "optimize", "duplicate-exits", "trim-consts", "line-numbers",
  "exception-table", "clean", "final",
];

export interface CfgInstr {
  readonly opname: string;
  /** The argument (null for an instruction without one). */
  readonly arg: number | null;
  /** What the argument means (constant, name, operator), "" if nothing. */
  readonly argrepr: string;
  /** Label of the jump target or SETUP_* handler. */
  readonly target: string | null;
  /** -1: no location yet (an artificial instruction). */
  readonly lineno: number;
  /** Byte offset in co_code (final stage only, else -1). */
  readonly offset: number;
}

export type CfgEdgeKind = "fallthrough" | "jump" | "exception";

export interface CfgEdge {
  readonly kind: CfgEdgeKind;
  readonly to: string;
  /** The jump/SETUP_* opname; for an exception edge after labelling, "lasti" when it keeps lasti. */
  readonly detail: string;
}

export interface CfgBlock {
  readonly label: string;
  readonly instrs: readonly CfgInstr[];
  readonly edges: readonly CfgEdge[];
  /** "entry", "exit" (ends with return/raise), "handler" (an exception edge leads here). */
  readonly notes: readonly string[];
}

export interface CfgSnapshot {
  readonly stage: CfgStage;
  /** Order in which the compiler entered the code object (the order `dis` shows them). */
  readonly seq: number;
  readonly name: string;
  readonly qualname: string;
  readonly firstlineno: number;
  readonly blocks: readonly CfgBlock[];
}

export type CfgHook = (snapshot: CfgSnapshot) => void;

/** What instruction arguments resolve against at a stage. */
export interface CfgNames {
  consts: readonly ConstValue[];
  names: readonly string[];
  varnames: readonly string[];
  /** MAKE_CELL/LOAD_DEREF/... argument -> name (cell/free index before "prefix", slot after). */
  deref: (i: number) => string;
}

const PSEUDO_NAMES: Record<number, string> = {
  [SETUP_FINALLY]: "SETUP_FINALLY", [SETUP_CLEANUP]: "SETUP_CLEANUP", [SETUP_WITH]: "SETUP_WITH",
  [POP_BLOCK]: "POP_BLOCK", [JUMP]: "JUMP", [JUMP_NO_INTERRUPT]: "JUMP_NO_INTERRUPT",
  [POP_JUMP_IF_FALSE]: "POP_JUMP_IF_FALSE", [POP_JUMP_IF_TRUE]: "POP_JUMP_IF_TRUE",
  [POP_JUMP_IF_NONE]: "POP_JUMP_IF_NONE", [POP_JUMP_IF_NOT_NONE]: "POP_JUMP_IF_NOT_NONE",
};

const label = (b: Block): string => "B" + b.id;

function isUnconditional(op: number): boolean {
  return op === JUMP || op === JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD ||
    op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}
function isExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

function argRepr(i: Instr, n: CfgNames): string {
  const op = i.op, arg = i.arg;
  if (op < 0 || op === Op.EXTENDED_ARG) return "";
  const f = opflags[op]!;
  const at = <T>(xs: readonly T[], k: number): T | undefined => (k >= 0 && k < xs.length ? xs[k] : undefined);
  if (f & HAS_CONST) {
    const v = at(n.consts, arg);
    return v === undefined ? "?" : reprValue(v as never);
  }
  if (f & HAS_NAME) {
    if (op === Op.LOAD_GLOBAL) {
      const name = at(n.names, arg >> 1) ?? "?";
      return arg & 1 ? "NULL + " + name : name;
    }
    return at(n.names, arg) ?? "?";
  }
  if (f & HAS_LOCAL) return at(n.varnames, arg) ?? "?";
  if (f & HAS_FREE || op === Op.MAKE_CELL) return n.deref(arg);
  if (f & HAS_COMPARE) return at(CMP_OP, arg) ?? "?";
  if (op === Op.BINARY_OP) return at(NB_OPS, arg)?.[1] ?? "?";
  return "";
}

/** Copy the blocks reachable through `next` from `entry` (emission order). */
export function snapshotCfg(
  stage: CfgStage, seq: number, name: string, qualname: string, firstlineno: number, entry: Block, names: CfgNames,
): CfgSnapshot {
  const order: Block[] = [];
  for (let b: Block | null = entry; b; b = b.next) order.push(b);
  const handlers = new Set<Block>();
  for (const b of order) {
    for (const i of b.instrs) {
      if (isBlockPush(i) && i.target) handlers.add(i.target);
      if (i.except) handlers.add(i.except);
    }
  }
  const final = stage === "final";
  const blocks: CfgBlock[] = [];
  for (let k = 0; k < order.length; k++) {
    const b = order[k]!;
    let offset = b.offset;
    const instrs: CfgInstr[] = [];
    const edges: CfgEdge[] = [];
    const seen = new Set<string>();
    const edge = (kind: CfgEdgeKind, to: Block, detail: string) => {
      const key = kind + " " + to.id + " " + detail;
      if (seen.has(key)) return;
      seen.add(key);
      edges.push({ kind, to: label(to), detail });
    };
    for (const i of b.instrs) {
      const name = i.op < 0 ? PSEUDO_NAMES[i.op] ?? String(i.op) : opname[i.op]!;
      // a SETUP_* turned into a NOP keeps its (now meaningless) target
      const target = i.target !== null && (isJump(i) || isBlockPush(i)) ? i.target : null;
      const hasArg = i.op < 0 ? target !== null : i.op >= HAVE_ARGUMENT;
      instrs.push({
        // a jump's argument means something only once offsets are known
        opname: name, arg: !hasArg ? null : target === null || final ? i.arg : null,
        argrepr: target === null ? argRepr(i, names) : "", target: target ? label(target) : null,
        lineno: i.lineno, offset: final ? offset * 2 : -1,
      });
      if (final) offset += instrSize(i);
      if (target) edge(isBlockPush(i) ? "exception" : "jump", target, name);
      if (i.except) edge("exception", i.except, i.except.preserveLasti ? "lasti" : "");
    }
    const last = b.instrs[b.instrs.length - 1];
    const fallsThrough = last === undefined || !(isUnconditional(last.op) || isExit(last.op));
    if (fallsThrough && k + 1 < order.length) {
      edges.unshift({ kind: "fallthrough", to: label(order[k + 1]!), detail: "" });
    }
    const notes: string[] = [];
    if (k === 0) notes.push("entry");
    if (last !== undefined && isExit(last.op)) notes.push("exit");
    if (handlers.has(b)) notes.push("handler");
    blocks.push({ label: label(b), instrs, edges, notes });
  }
  return { stage, seq, name, qualname, firstlineno, blocks };
}

// ---- text ----------------------------------------------------------------------------------

const STAGE_TITLE: Record<CfgStage, string> = {
  codegen: "before optimisation (after code generation)",
  normalize: "after normalize", prefix: "after prefix", optimize: "after optimize",
  "duplicate-exits": "after duplicate-exits", "trim-consts": "after trim-consts",
  "line-numbers": "after line-numbers", "exception-table": "after exception-table",
  clean: "after clean", final: "after optimisation (final)",
};

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}
function padLeft(s: string, n: number): string {
  return s.length >= n ? s : " ".repeat(n - s.length) + s;
}

function instrText(i: CfgInstr, withOffset: boolean): string {
  let s = padLeft(i.lineno < 0 ? "-" : String(i.lineno), 6) + "  ";
  if (withOffset) s += padLeft(String(i.offset), 5) + " ";
  s += i.target !== null || i.arg !== null || i.argrepr ? pad(i.opname, 24) : i.opname;
  if (i.target !== null) s += i.arg !== null ? padLeft(String(i.arg), 5) + " (to " + i.target + ")" : "-> " + i.target;
  else if (i.arg !== null) s += padLeft(String(i.arg), 5) + (i.argrepr ? " (" + i.argrepr + ")" : "");
  return s;
}

function edgeText(e: CfgEdge): string {
  if (e.kind === "fallthrough") return e.to + " (fall-through)";
  if (e.kind === "jump") return e.to + " (jump)";
  return e.to + (e.detail ? ` (exception, ${e.detail})` : " (exception)");
}

/** The heading naming a code object. */
export function cfgHeading(s: CfgSnapshot): string {
  return `Code object ${s.qualname} (line ${s.firstlineno})`;
}

/** One snapshot as text: its blocks with their instructions and successors. */
export function formatCfgText(s: CfgSnapshot): string {
  const withOffset = s.stage === "final";
  let out = `-- ${STAGE_TITLE[s.stage]} --\n`;
  for (const b of s.blocks) {
    out += b.label + (b.notes.length ? " [" + b.notes.join(", ") + "]" : "") + ":\n";
    for (const i of b.instrs) out += instrText(i, withOffset) + "\n";
    out += "    successors: " + (b.edges.length ? b.edges.map(edgeText).join(", ") : "none") + "\n";
  }
  return out;
}

// ---- Graphviz --------------------------------------------------------------------------------

function dotString(s: string): string {
  return '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n") + '"';
}

/** Left-justified multi-line label: each line ends with \l. */
function dotLabel(lines: string[]): string {
  return '"' + lines.map((l) => l.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + "\\l").join("") + '"';
}

const EDGE_STYLE: Record<CfgEdgeKind, string> = {
  fallthrough: "color=black",
  jump: "color=blue, fontcolor=blue",
  exception: "color=red, fontcolor=red, style=dashed",
};

/** Several snapshots as one Graphviz digraph, one cluster per snapshot. */
export function formatCfgDot(snaps: readonly CfgSnapshot[]): string {
  let out = "digraph cfg {\n  graph [fontname=\"monospace\", rankdir=TB];\n" +
    "  node [shape=box, fontname=\"monospace\", fontsize=10];\n  edge [fontname=\"monospace\", fontsize=9];\n";
  snaps.forEach((s, k) => {
    const id = (b: string) => `s${k}_${b}`;
    out += `  subgraph cluster_${k} {\n    label=${dotString(cfgHeading(s) + " - " + STAGE_TITLE[s.stage])};\n`;
    for (const b of s.blocks) {
      const lines = [b.label + (b.notes.length ? " [" + b.notes.join(", ") + "]" : "")];
      for (const i of b.instrs) lines.push(instrText(i, s.stage === "final").trimStart());
      out += `    ${id(b.label)} [label=${dotLabel(lines)}];\n`;
    }
    for (const b of s.blocks) {
      for (const e of b.edges) {
        const text = e.kind === "fallthrough" ? "" : e.kind === "jump" ? "jump" : e.detail ? "exc " + e.detail : "exc";
        out += `    ${id(b.label)} -> ${id(e.to)} [${EDGE_STYLE[e.kind]}${text ? ", label=" + dotString(text) : ""}];\n`;
      }
    }
    out += "  }\n";
  });
  return out + "}\n";
}
