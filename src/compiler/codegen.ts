/**
 * Code generation state, as CPython 3.11's compile.c: the compiler (one per compilation), the
 * compilation units (one per code object being built: module, class body, function, lambda,
 * comprehension) and the primitives every statement/expression generator uses: blocks, emitting
 * instructions with the current source location, constants and names, frame blocks, name
 * operations and errors.
 *
 * Layout of the generators: stmt.ts (statements), expr.ts (expressions), call.ts (calls,
 * comprehensions, lambdas/functions/classes' closures), pattern.ts (match statements). The unit
 * is handed to assemble.ts (flowgraph.ts + encoding) when its code object is complete.
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { Op } from "../bytecode/opcodes.ts";
import { None, ConstFrozenSet, type ConstValue } from "../objects/constant.ts";
import { CompileError } from "../parser/errors.ts";
import { Block, Instr, isEndOfBasicBlock } from "./ir.ts";
import { ConstIndex, codeEqual } from "./consts.ts";
import type { InternModel } from "./interning.ts";
import type { HashSecret } from "../objects/hash.ts";
import type { CfgHook } from "./cfgview.ts";
import { sourceLine } from "./source.ts";
import { CodeObject } from "../bytecode/code.ts";
import { mangle } from "./mangle.ts";
import {
  SymbolTable, SymbolTableEntry, BlockType, CELL, FREE, LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT,
  DEF_FREE_CLASS, SCOPE_OFFSET,
} from "./symtable.ts";
import type { FutureFeatures } from "./future.ts";

export const enum ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension }

export const enum FBlockType {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
  ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
}

export interface FBlock {
  type: FBlockType;
  block: Block | null;
  exit: Block | null;
  /** FinallyTry: the finally body; With: the with statement; HandlerCleanup: the bound name. */
  datum: A.stmt[] | A.stmt | string | null;
}

/** CO_MAXBLOCKS: static nesting limit of loops/try/with in one code object. */
export const CO_MAXBLOCKS = 20;
export const STACK_USE_GUIDELINE = 30;

export class Unit {
  readonly consts = new ConstIndex();
  readonly constList: ConstValue[] = [];
  readonly names = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  qualname: string | null = null;
  private_: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly blocks: Block[] = [];
  curblock!: Block;
  readonly fblocks: FBlock[] = [];
  lineno: number;
  col = 0;
  endLineno: number;
  endCol = 0;
  needNewImplicitBlock = false;
  /** Order in which the compiler entered this unit (0: the module). */
  seq = 0;
  constructor(readonly ste: SymbolTableEntry, readonly name: string, readonly scopeType: ScopeType, public firstlineno: number) {
    this.lineno = firstlineno;
    this.endLineno = firstlineno;
  }
}

export interface CompileOptions {
  filename: string;
  /** compile() flags (PyCF_* and CO_FUTURE_*), merged with the source's future statements. */
  flags: number;
  /** 0 (default), 1 (-O: no asserts, __debug__ false), 2 (-OO: also no docstrings). */
  optimize: number;
  /** The source, for SyntaxError.text (null: unknown). */
  source: string | Uint8Array | null;
  /**
   * Starting nesting depth for the 3000-level limit of the AST optimiser and symtable: CPython
   * starts at 3 x the Python call depth at which compile() runs.
   */
  depth: number;
  /** Receives SyntaxWarnings (message, lineno); ignored when absent. */
  warn: ((msg: string, lineno: number) => void) | null;
  /**
   * The str/bytes hash key (PYTHONHASHSEED) frozenset constants are laid out with, so their
   * order is the one CPython gives under that seed (null: PYTHONHASHSEED=0's).
   */
  hashSecret: HashSecret | null;
  /**
   * Called with a snapshot of each code object's CFG after each assembly stage (cfgview.ts);
   * null: no snapshots are made.
   */
  cfgHook: CfgHook | null;
}

export class Compiler {
  u!: Unit;
  readonly stack: Unit[] = [];
  nestlevel = 0;
  interactive = false;
  private nextBlockId = 0;
  private nextUnitSeq = 0;
  /** The module's frozenset constants and the string identity model behind their order. */
  intern!: InternModel;
  constructor(
    readonly st: SymbolTable,
    readonly future: FutureFeatures,
    readonly flags: number,
    readonly optimize: number,
    readonly opts: CompileOptions,
  ) {}

  // ---- scopes --------------------------------------------------------------------

  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, name, scopeType, lineno);
    u.seq = this.nextUnitSeq++;
    for (const v of ste.varnames) if (!u.varnames.has(v)) u.varnames.set(v, u.varnames.size);
    dictByType(ste, CELL, 0, 0, u.cellvars);
    if (ste.needsClassClosure) u.cellvars.set("__class__", 0);
    dictByType(ste, FREE, DEF_FREE_CLASS, u.cellvars.size, u.freevars);
    const parent = this.nestlevel > 0 ? this.u : null;
    if (parent) {
      this.stack.push(parent);
      u.private_ = parent.private_;
    }
    this.u = u;
    this.nestlevel++;
    u.curblock = this.newBlock();
    if (scopeType === ScopeType.Module) {
      u.lineno = 0;
    } else {
      this.setQualname();
    }
    this.addopI(Op.RESUME, 0);
    if (scopeType === ScopeType.Module) u.lineno = -1;
  }

  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent) this.u = parent;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 0) {
      const parent = this.stack[this.stack.length - 1]!;
      let forceGlobal = false;
      if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
        const mangled = mangle(parent.private_, u.name);
        const scope = parent.ste.getScope(mangled);
        if (scope === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === ScopeType.Function || parent.scopeType === ScopeType.AsyncFunction || parent.scopeType === ScopeType.Lambda) {
          base = parent.qualname + ".<locals>";
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? base + "." + u.name : u.name;
  }

  // ---- blocks and instructions -----------------------------------------------------

  newBlock(): Block {
    const b = new Block(this.nextBlockId++);
    this.u.blocks.push(b);
    return b;
  }

  useNextBlock(b: Block): Block {
    this.u.curblock.next = b;
    this.u.curblock = b;
    this.u.needNewImplicitBlock = false;
    return b;
  }

  private emit(op: number, arg: number, target: Block | null, lineno: number, endLineno: number, col: number, endCol: number): void {
    const u = this.u;
    if (u.needNewImplicitBlock) this.useNextBlock(this.newBlock());
    const b = u.curblock;
    const i = new Instr(op, arg, target, lineno, endLineno, col, endCol);
    b.instrs.push(i);
    if (op === Op.RETURN_VALUE) b.return_ = true;
    if (isEndOfBasicBlock(i)) u.needNewImplicitBlock = true;
  }

  addop(op: number): void {
    const u = this.u;
    this.emit(op, 0, null, u.lineno, u.endLineno, u.col, u.endCol);
  }
  addopNoLine(op: number): void {
    this.emit(op, 0, null, -1, 0, 0, 0);
  }
  addopI(op: number, arg: number): void {
    const u = this.u;
    this.emit(op, arg, null, u.lineno, u.endLineno, u.col, u.endCol);
  }
  addopINoLine(op: number, arg: number): void {
    this.emit(op, arg, null, -1, 0, 0, 0);
  }
  addopJ(op: number, target: Block): void {
    const u = this.u;
    this.emit(op, 0, target, u.lineno, u.endLineno, u.col, u.endCol);
  }
  addopJNoLine(op: number, target: Block): void {
    this.emit(op, 0, target, -1, 0, 0, 0);
  }

  /**
   * Index of a constant in co_consts (compiler_add_const). `ident`: the strings in `v` are
   * identifiers (interned objects), which matters to interning.ts only.
   */
  addConst(v: ConstValue, ident = false): number {
    const u = this.u;
    if (v instanceof ConstFrozenSet) v = this.intern.constFrozenSet(v);
    else if (this.intern.tracking) this.intern.note(v, ident);
    if (v instanceof CodeObject) {
      for (let i = 0; i < u.constList.length; i++) {
        const o = u.constList[i]!;
        if (o instanceof CodeObject && codeEqual(o, v)) return i;
      }
    }
    let i = u.consts.get(v);
    if (i < 0) {
      i = u.constList.length;
      u.consts.set(v, i);
      u.constList.push(v);
    }
    return i;
  }
  loadConst(v: ConstValue, ident = false): void {
    this.addopI(Op.LOAD_CONST, this.addConst(v, ident));
  }

  /** Index of a name in a name dict (compiler_add_o). */
  static addName(dict: Map<string, number>, name: string): number {
    let i = dict.get(name);
    if (i === undefined) {
      i = dict.size;
      dict.set(name, i);
    }
    return i;
  }
  /** ADDOP_NAME: the name is mangled, then put in co_names. */
  addopName(op: number, name: string): void {
    const arg = Compiler.addName(this.u.names, mangle(this.u.private_, name));
    this.addopI(op, arg);
  }
  /** ADDOP_N with co_names (no mangling). */
  addopNames(op: number, name: string): void {
    this.addopI(op, Compiler.addName(this.u.names, name));
  }

  // ---- locations -------------------------------------------------------------------

  setLoc(n: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): void {
    const u = this.u;
    u.lineno = n.lineno;
    u.col = n.col_offset;
    u.endLineno = n.end_lineno;
    u.endCol = n.end_col_offset;
  }
  unsetLoc(): void {
    const u = this.u;
    u.lineno = -1;
    u.col = -1;
    u.endLineno = -1;
    u.endCol = -1;
  }
  saveLoc(): [number, number, number, number] {
    const u = this.u;
    return [u.lineno, u.endLineno, u.col, u.endCol];
  }
  restoreLoc(l: [number, number, number, number]): void {
    const u = this.u;
    u.lineno = l[0];
    u.endLineno = l[1];
    u.col = l[2];
    u.endCol = l[3];
  }

  // ---- errors ----------------------------------------------------------------------

  error(msg: string): CompileError {
    const u = this.u;
    const text = sourceLine(this.opts.source, u.lineno);
    return new CompileError("SyntaxError", msg, this.opts.filename, u.lineno, u.col + 1, text, u.endLineno, u.endCol + 1);
  }
  warn(msg: string): void {
    if (this.opts.warn) this.opts.warn(msg, this.u.lineno);
  }

  // ---- frame blocks ------------------------------------------------------------------

  pushFBlock(type: FBlockType, b: Block | null, exit: Block | null, datum: FBlock["datum"]): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) throw this.error("too many statically nested blocks");
    this.u.fblocks.push({ type, block: b, exit, datum });
  }
  popFBlock(): void {
    this.u.fblocks.pop();
  }

  // ---- names -------------------------------------------------------------------------

  forbiddenName(name: string, ctx: K): void {
    if (ctx === K.Store && name === "__debug__") throw this.error("cannot assign to __debug__");
    if (ctx === K.Del && name === "__debug__") throw this.error("cannot delete __debug__");
  }

  nameop(name: string, ctx: K): void {
    const u = this.u;
    this.forbiddenName(name, ctx);
    const mangled = mangle(u.private_, name);
    const scope = u.ste.getScope(mangled);
    let dict = u.names;
    let optype: 0 | 1 | 2 | 3 = 3; // FAST, GLOBAL, DEREF, NAME
    switch (scope) {
      case FREE: dict = u.freevars; optype = 2; break;
      case CELL: dict = u.cellvars; optype = 2; break;
      case LOCAL: if (u.ste.type === BlockType.Function) optype = 0; break;
      case GLOBAL_IMPLICIT: if (u.ste.type === BlockType.Function) optype = 1; break;
      case GLOBAL_EXPLICIT: optype = 1; break;
    }
    let op: number;
    switch (optype) {
      case 2:
        op = ctx === K.Load ? (u.ste.type === BlockType.Class ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
          : ctx === K.Store ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 0:
        op = ctx === K.Load ? Op.LOAD_FAST : ctx === K.Store ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopI(op, Compiler.addName(u.varnames, mangled));
        return;
      case 1:
        op = ctx === K.Load ? Op.LOAD_GLOBAL : ctx === K.Store ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      default:
        op = ctx === K.Load ? Op.LOAD_NAME : ctx === K.Store ? Op.STORE_NAME : Op.DELETE_NAME;
        break;
    }
    let arg = Compiler.addName(dict, mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg);
  }

  /** get_ref_type: the scope used when building a closure tuple. */
  getRefType(name: string): number {
    const u = this.u;
    if (u.scopeType === ScopeType.Class && name === "__class__") return CELL;
    const scope = u.ste.getScope(name);
    if (scope === 0) {
      throw new CompileError("SystemError", `_PyST_GetScope(name=${name}) failed: unknown scope in unit ${u.name}`, this.opts.filename, null, null, null);
    }
    return scope;
  }

  isTopLevelAwait(): boolean {
    return (this.flags & 0x2000) !== 0 && this.u.ste.type === BlockType.Module;
  }
}

/** dictbytype: names of a scope (or flag) sorted, numbered from `offset`. */
function dictByType(ste: SymbolTableEntry, scopeType: number, flag: number, offset: number, dest: Map<string, number>): void {
  const keys: string[] = [];
  ste.symbols.forEach((vi, k) => {
    if (((vi >> SCOPE_OFFSET) & 15) === scopeType || (vi & flag)) keys.push(k);
  });
  if (keys.length === 0) return;
  if (keys.length > 1) keys.sort(pyStrCompare);
  let i = offset;
  for (const k of keys) dest.set(k, i++);
}

/** Python's str ordering: by code point (UTF-16 order differs for astral characters). */
export function pyStrCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!, y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export { None };
