/**
 * Assembly of a finished compilation unit into a CodeObject (compile.c: assemble, makecode):
 * prefix instructions (RETURN_GENERATOR, MAKE_CELL, COPY_FREE_VARS), the CFG passes of
 * flowgraph.ts, jump offsets with EXTENDED_ARG, inline CACHE units, the 3.11 location table and
 * the varint-encoded exception table.
 *
 * Location table entries (see CPython's Objects/locations.md): first byte 0x80 | code<<3 | len-1,
 * codes 0-9 short form, 10-12 one-line form, 13 no-column, 14 long form, 15 no location.
 */
import { Op, HAVE_ARGUMENT, cacheEntries } from "../bytecode/opcodes.ts";
import { CodeObject, CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from "../bytecode/code.ts";
import { None, type ConstValue } from "../objects/constant.ts";
import { Block, Instr, instrSize, isJump } from "./ir.ts";
import { Compiler } from "./codegen.ts";
import { BlockType } from "./symtable.ts";
import { PyCF_MASK } from "./future.ts";
import {
  normalizeBasicBlock, extendBlock, optimizeCfg, duplicateExitsWithoutLineno, trimUnusedConsts,
  propagateLineNumbers, guaranteeLinenoForExits, stackdepth, labelExceptionTargets,
  convertExceptionHandlersToNops, cleanBasicBlock, normalizeJumps, type ConstTable,
} from "./flowgraph.ts";
import { snapshotCfg, type CfgStage, type CfgNames } from "./cfgview.ts";

function computeCodeFlags(c: Compiler): number {
  const ste = c.u.ste;
  let flags = 0;
  if (ste.type === BlockType.Function) {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
  }
  flags |= c.flags & PyCF_MASK;
  if (c.isTopLevelAwait() && ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
  return flags;
}

/** Cell/free index -> localsplus index, arguments that are cells keep their argument slot. */
function buildCellFixedOffsets(c: Compiler): number[] {
  const u = c.u;
  const nlocals = u.varnames.size;
  const noffsets = u.cellvars.size + u.freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < noffsets; i++) fixed.push(nlocals + i);
  for (const [name, cellindex] of u.cellvars) {
    const varindex = u.varnames.get(name);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  return fixed;
}

function insertPrefixInstructions(c: Compiler, entry: Block, fixed: number[], nfreevars: number): void {
  const u = c.u;
  const flags = computeCodeFlags(c);
  const prefix: Instr[] = [];
  if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    entry.instrs.unshift(
      new Instr(Op.RETURN_GENERATOR, 0, null, u.firstlineno, u.firstlineno, -1, -1),
      new Instr(Op.POP_TOP, 0, null, -1, -1, -1, -1),
    );
  }
  const ncellvars = u.cellvars.size;
  if (ncellvars) {
    const nvars = ncellvars + u.varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]!] = i + 1;
    for (let i = 0, used = 0; used < ncellvars; i++) {
      const old = sorted[i]! - 1;
      if (old === -1) continue;
      prefix.push(new Instr(Op.MAKE_CELL, old, null, -1, -1, -1, -1));
      used++;
    }
  }
  if (nfreevars) prefix.unshift(new Instr(Op.COPY_FREE_VARS, nfreevars, null, -1, -1, -1, -1));
  if (prefix.length) entry.instrs.unshift(...prefix);
}

function fixCellOffsets(c: Compiler, entry: Block, fixedmap: number[]): number {
  const u = c.u;
  const nlocals = u.varnames.size;
  const noffsets = u.cellvars.size + u.freevars.size;
  let numdropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i]! -= numdropped;
    else numdropped++;
  }
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      switch (ins.op) {
        case Op.MAKE_CELL: case Op.LOAD_CLOSURE: case Op.LOAD_DEREF: case Op.STORE_DEREF:
        case Op.DELETE_DEREF: case Op.LOAD_CLASSDEREF:
          ins.arg = fixedmap[ins.arg]!;
      }
    }
  }
  return numdropped;
}

// ---- encoders ------------------------------------------------------------------------

/**
 * The byte arrays of code objects (co_code, tables, co_localspluskinds) are views into shared
 * slabs: one ArrayBuffer per 16 KiB of small arrays instead of one each (a typed array with a
 * buffer of its own is expensive to make and to collect). Slab space is never reused, so a new
 * view starts zeroed.
 */
const SLAB_SIZE = 16384;
let slab = new ArrayBuffer(SLAB_SIZE);
let slabUsed = 0;
function allocBytes(n: number): Uint8Array {
  if (n > SLAB_SIZE >> 2) return new Uint8Array(n);
  if (slabUsed + n > SLAB_SIZE) {
    slab = new ArrayBuffer(SLAB_SIZE);
    slabUsed = 0;
  }
  const a = new Uint8Array(slab, slabUsed, n);
  slabUsed += n;
  return a;
}

/**
 * A growable byte buffer. The location and exception table writers reuse one buffer each across
 * code objects (assemble() does not nest), so a table costs one allocation: its result.
 */
class ByteWriter {
  n = 0;
  constructor(public buf: Uint8Array) {}
  reset(): this {
    this.n = 0;
    return this;
  }
  byte(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b & 255;
  }
  varint(v: number): void {
    while (v >= 64) {
      this.byte(64 | (v & 63));
      v >>>= 6;
    }
    this.byte(v);
  }
  signedVarint(v: number): void {
    this.varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
  }
  result(): Uint8Array {
    const n = this.n, buf = this.buf;
    const out = allocBytes(n);
    if (n < 16) for (let i = 0; i < n; i++) out[i] = buf[i]!;
    else out.set(buf.subarray(0, n));
    return out;
  }
}

const locationWriter = new ByteWriter(new Uint8Array(4096));
const exceptionWriter = new ByteWriter(new Uint8Array(1024));

function writeLocationEntry(w: ByteWriter, i: Instr, isize: number, st: { lineno: number }): void {
  // first byte: 0x80 | code << 3 | (length - 1)
  const len1 = isize - 1;
  if (i.lineno < 0) {
    w.byte(0x80 | (15 << 3) | len1);
    return;
  }
  const lineDelta = i.lineno - st.lineno;
  const column = i.col, endColumn = i.endCol;
  if (column < 0 || endColumn < 0) {
    if (i.endLineno === i.lineno || i.endLineno === -1) {
      w.byte(0x80 | (13 << 3) | len1);
      w.signedVarint(lineDelta);
      st.lineno = i.lineno;
      return;
    }
  } else if (i.endLineno === i.lineno) {
    if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
      w.byte(0x80 | ((column >> 3) << 3) | len1);
      w.byte(((column & 7) << 4) | (endColumn - column));
      return;
    }
    if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
      w.byte(0x80 | ((10 + lineDelta) << 3) | len1);
      w.byte(column);
      w.byte(endColumn);
      st.lineno = i.lineno;
      return;
    }
  }
  w.byte(0x80 | (14 << 3) | len1);
  w.signedVarint(i.lineno - st.lineno);
  w.varint(i.endLineno - i.lineno);
  w.varint(i.col + 1);
  w.varint(i.endCol + 1);
  st.lineno = i.lineno;
}

function exceptionItem(w: ByteWriter, value: number, msb: number): void {
  if (value >= 1 << 24) { w.byte((value >> 24) | 64 | msb); msb = 0; }
  if (value >= 1 << 18) { w.byte(((value >> 18) & 0x3f) | 64 | msb); msb = 0; }
  if (value >= 1 << 12) { w.byte(((value >> 12) & 0x3f) | 64 | msb); msb = 0; }
  if (value >= 1 << 6) { w.byte(((value >> 6) & 0x3f) | 64 | msb); msb = 0; }
  w.byte((value & 0x3f) | msb);
}

function exceptionEntry(w: ByteWriter, start: number, end: number, handler: Block): void {
  const size = end - start;
  const target = handler.offset;
  let depth = handler.startdepth - 1;
  if (handler.preserveLasti) depth -= 1;
  const depthLasti = (depth << 1) | (handler.preserveLasti ? 1 : 0);
  exceptionItem(w, start, 1 << 7);
  exceptionItem(w, size, 0);
  exceptionItem(w, target, 0);
  exceptionItem(w, depthLasti, 0);
}

function assembleJumpOffsets(entry: Block): void {
  let recompile = true;
  while (recompile) {
    let totsize = 0;
    for (let b: Block | null = entry; b; b = b.next) {
      b.offset = totsize;
      for (const i of b.instrs) totsize += instrSize(i);
    }
    recompile = false;
    for (let b: Block | null = entry; b; b = b.next) {
      let bsize = b.offset;
      for (const ins of b.instrs) {
        const isize = instrSize(ins);
        bsize += isize;
        if (isJump(ins)) {
          const t = ins.target!.offset;
          ins.arg = t < bsize ? bsize - t : t - bsize;
          if (instrSize(ins) !== isize) recompile = true;
        }
      }
    }
  }
}

/** co_localsplusnames: locals, then cells that are not arguments, then free variables. */
function localsPlusNames(c: Compiler, nlocalsplus: number): { names: string[]; kinds: Uint8Array } {
  const u = c.u;
  const nlocals = u.varnames.size;
  const names: string[] = new Array(nlocalsplus);
  const kinds = allocBytes(nlocalsplus);
  u.varnames.forEach((off, k) => {
    names[off] = k;
    kinds[off] = CO_FAST_LOCAL | (u.cellvars.has(k) ? CO_FAST_CELL : 0);
  });
  let dropped = 0;
  for (const [k, off] of u.cellvars) {
    if (u.varnames.has(k)) { dropped++; continue; }
    names[off + nlocals - dropped] = k;
    kinds[off + nlocals - dropped] = CO_FAST_CELL;
  }
  for (const [k, off] of u.freevars) {
    names[off + nlocals - dropped] = k;
    kinds[off + nlocals - dropped] = CO_FAST_FREE;
  }
  return { names, kinds };
}

/**
 * The CFG hook's view of the unit: a snapshot function (null when no hook is set, so the passes
 * cost nothing extra). `state` says what constants are current and whether cells are fixed.
 */
function cfgReporter(c: Compiler, entry: Block, state: { consts: ConstValue[]; lp: string[] | null }): ((stage: CfgStage) => void) | null {
  const hook = c.opts.cfgHook;
  if (hook === null) return null;
  const u = c.u;
  const cellFree: string[] = [];
  for (const [k, off] of u.cellvars) cellFree[off] = k;
  for (const [k, off] of u.freevars) cellFree[off] = k;
  const names: CfgNames = {
    get consts() { return state.consts; },
    names: [...u.names.keys()],
    varnames: [...u.varnames.keys()],
    deref: (i) => (state.lp !== null ? state.lp[i] : cellFree[i]) ?? "?",
  };
  return (stage) => hook(snapshotCfg(stage, u.seq, u.name, u.qualname ?? u.name, u.firstlineno, entry, names));
}

/** Assemble the current unit into a code object (compile.c assemble()). */
export function assemble(c: Compiler, addNone: boolean): CodeObject {
  const u = c.u;
  if (!u.curblock.return_) {
    c.unsetLoc();
    if (addNone) c.loadConst(None);
    c.addop(Op.RETURN_VALUE);
  }
  const blocks = u.blocks;
  const entry = blocks[0]!;
  const state = { consts: u.constList, lp: null as string[] | null };
  const report = cfgReporter(c, entry, state);
  if (report !== null) report("codegen");
  for (let i = blocks.length - 1; i >= 0; i--) normalizeBasicBlock(blocks[i]!);
  for (let i = blocks.length - 1; i >= 0; i--) extendBlock(blocks[i]!);
  const nlocals = u.varnames.size;
  const ncellvars = u.cellvars.size;
  const nfreevars = u.freevars.size;
  let nlocalsplus = nlocals + ncellvars + nfreevars;
  const fixed = buildCellFixedOffsets(c);
  if (!u.firstlineno) {
    const f = entry.instrs[0];
    u.firstlineno = f && f.lineno ? f.lineno : 1;
  }
  if (report !== null) report("normalize");
  insertPrefixInstructions(c, entry, fixed, nfreevars);
  const numdropped = fixCellOffsets(c, entry, fixed);
  nlocalsplus -= numdropped;
  const lp = localsPlusNames(c, nlocalsplus);
  state.lp = lp.names;
  if (report !== null) report("prefix");

  const consts: ConstTable = { list: u.constList.slice(), index: u.consts };
  state.consts = consts.list;
  optimizeCfg(blocks, entry, consts);
  if (report !== null) report("optimize");
  duplicateExitsWithoutLineno(blocks, () => c.newBlock());
  if (report !== null) report("duplicate-exits");
  trimUnusedConsts(entry, consts);
  consts.list = c.intern.mergeConsts(consts.list);
  state.consts = consts.list;
  if (report !== null) report("trim-consts");
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  if (report !== null) report("line-numbers");
  const maxdepth = stackdepth(blocks, entry, u.ste.generator || u.ste.coroutine);
  labelExceptionTargets(entry);
  convertExceptionHandlersToNops(entry);
  if (report !== null) report("exception-table");
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  if (report !== null) report("clean");
  normalizeJumps(entry);
  assembleJumpOffsets(entry);
  if (report !== null) report("final");

  // code
  let ncode = 0;
  for (let b: Block | null = entry; b; b = b.next) for (const i of b.instrs) ncode += instrSize(i);
  const code = allocBytes(ncode * 2);
  let p = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      const op = ins.op;
      const oparg = op >= HAVE_ARGUMENT ? ins.arg : 0;
      const size = instrSize(ins);
      const caches = cacheEntries[op]!;
      const ext = size - caches - 1;
      if (ext >= 3) { code[p++] = Op.EXTENDED_ARG; code[p++] = (oparg >>> 24) & 255; }
      if (ext >= 2) { code[p++] = Op.EXTENDED_ARG; code[p++] = (oparg >>> 16) & 255; }
      if (ext >= 1) { code[p++] = Op.EXTENDED_ARG; code[p++] = (oparg >>> 8) & 255; }
      code[p++] = op;
      code[p++] = oparg & 255;
      p += caches * 2; // CACHE entries: zero units (the array starts zeroed)
    }
  }

  // locations
  const lw = locationWriter.reset();
  const lst = { lineno: u.firstlineno };
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      let isize = instrSize(ins);
      while (isize > 8) {
        writeLocationEntry(lw, ins, 8, lst);
        isize -= 8;
      }
      writeLocationEntry(lw, ins, isize, lst);
    }
  }

  // exception table
  const ew = exceptionWriter.reset();
  let handler: Block | null = null;
  let start = -1;
  let ioffset = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    ioffset = b.offset;
    for (const ins of b.instrs) {
      if (ins.except !== handler) {
        if (handler !== null) exceptionEntry(ew, start, ioffset, handler);
        start = ioffset;
        handler = ins.except;
      }
      ioffset += instrSize(ins);
    }
  }
  if (handler !== null) exceptionEntry(ew, start, ioffset, handler);

  // names and locals
  const names = [...u.names.keys()];
  const flags = computeCodeFlags(c);
  return new CodeObject(
    u.posonlyargcount + u.argcount, u.posonlyargcount, u.kwonlyargcount, maxdepth, flags, code,
    consts.list, names, lp.names, lp.kinds, c.opts.filename, u.name, u.qualname ?? u.name, u.firstlineno,
    lw.result(), ew.result(),
  );
}
