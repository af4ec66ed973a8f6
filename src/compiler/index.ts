/**
 * The compiler's entry point: AST -> code object, as CPython's _PyAST_Compile:
 * future statements (future.ts) -> AST optimisation (fold.ts) -> symbol table (symtable.ts) ->
 * code generation (codegen.ts and friends) -> CFG optimisation and assembly (flowgraph.ts,
 * assemble.ts). The AST is modified in place by the optimiser.
 *
 * Errors are CompileErrors (SyntaxError, RecursionError, SystemError) with CPython's messages.
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import type { CodeObject } from "../bytecode/code.ts";
import { Op } from "../bytecode/opcodes.ts";
import { CompileError } from "../parser/errors.ts";
import { Compiler, ScopeType, type CompileOptions } from "./codegen.ts";
import { futureFromAST } from "./future.ts";
import { foldModule, type FoldState } from "./fold.ts";
import { InternModel } from "./interning.ts";
import type { CfgHook } from "./cfgview.ts";
import { buildSymtable, type SymbolTable } from "./symtable.ts";
import { compileBody, findAnn, visitStmts } from "./stmt.ts";
import { visitExpr } from "./expr.ts";
import { assemble } from "./assemble.ts";
import { parse, type ParseMode } from "../parser/parse.ts";
import { settleNodeShapes } from "../ast/shapes.ts";

export type { CompileOptions } from "./codegen.ts";
export type { CfgHook, CfgSnapshot, CfgStage } from "./cfgview.ts";

/**
 * Process-wide debugging defaults (the CLI's -X dump-passes): a CFG hook used by every
 * compilation whose options set none.
 */
export const compilerDebug: { cfgHook: CfgHook | null } = { cfgHook: null };
export { CompileError };

function defaults(o: Partial<CompileOptions>): CompileOptions {
  return {
    filename: o.filename ?? "<string>",
    flags: o.flags ?? 0,
    optimize: o.optimize ?? 0,
    source: o.source ?? null,
    depth: o.depth ?? 0,
    warn: o.warn ?? null,
    hashSecret: o.hashSecret ?? null,
    cfgHook: o.cfgHook ?? compilerDebug.cfgHook,
  };
}

/** Compile a module AST (Module for 'exec', Interactive for 'single', Expression for 'eval'). */
export function compileAST(mod: A.mod, options: Partial<CompileOptions> = {}): CodeObject {
  settleNodeShapes(); // (nodes built without the parser: the ast module)
  const opts = defaults(options);
  try {
    return compileUnchecked(mod, opts);
  } catch (e) {
    // A tree within CPython's nesting limits can still exhaust the JS stack: report it the way
    // CPython reports a too-deep tree instead of leaking a RangeError.
    if (e instanceof RangeError) {
      throw new CompileError("RecursionError", "maximum recursion depth exceeded during compilation", opts.filename, null, null, null);
    }
    throw e;
  }
}

function compileUnchecked(mod: A.mod, opts: CompileOptions): CodeObject {
  const future = futureFromAST(mod, opts.filename);
  const merged = future.features | opts.flags;
  future.features = merged;
  const fold: FoldState = { optimize: opts.optimize, features: merged, depth: opts.depth, filename: opts.filename, internSets: false, hashSecret: opts.hashSecret ?? undefined };
  foldModule(mod, fold);
  const st = buildSymtable(mod, opts.filename, future, opts.source, opts.depth);
  const c = new Compiler(st, future, merged, opts.optimize, opts);
  c.intern = new InternModel(mod, fold.internSets === true, opts.hashSecret ?? undefined);
  return compileMod(c, mod);
}

/** Build only the symbol table (after the same AST optimisation compile() does). */
export function symtableOf(mod: A.mod, options: Partial<CompileOptions> = {}): SymbolTable {
  const opts = defaults(options);
  const future = futureFromAST(mod, opts.filename);
  future.features |= opts.flags;
  foldModule(mod, { optimize: opts.optimize, features: future.features, depth: 0, filename: opts.filename });
  return buildSymtable(mod, opts.filename, future);
}

function compileMod(c: Compiler, mod: A.mod): CodeObject {
  c.enterScope("<module>", ScopeType.Module, mod, 1);
  c.u.lineno = 1;
  let addNone = true;
  switch (mod._kind) {
    case K.Module:
      compileBody(c, mod.body);
      break;
    case K.Interactive:
      if (findAnn(mod.body)) c.addop(Op.SETUP_ANNOTATIONS);
      c.interactive = true;
      visitStmts(c, mod.body);
      break;
    case K.Expression:
      visitExpr(c, mod.body);
      addNone = false;
      break;
    default:
      throw new CompileError("SystemError", `module kind ${mod._kind} should not be possible`, c.opts.filename, null, null, null);
  }
  const co = assemble(c, addNone);
  c.exitScope();
  return co;
}

/**
 * compile(source, filename, mode, flags, dont_inherit=True, optimize): parse, then compile.
 * SyntaxError.text comes from `options.source`, which callers set only when `filename` names a
 * file with this content (CPython reads the line back from the file; a string compiled under a
 * made-up name gets text None).
 */
export function compileSource(source: string | Uint8Array, options: Partial<CompileOptions> & { mode?: ParseMode } = {}): CodeObject {
  const filename = options.filename ?? "<string>";
  const mod = parse(source, { filename, mode: options.mode ?? "exec" });
  return compileAST(mod, { ...options, filename });
}
