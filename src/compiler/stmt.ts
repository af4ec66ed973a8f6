/**
 * Statement code generation (compile.c: compiler_visit_stmt and the statement helpers): control
 * flow (if/for/while/break/continue/return), try/except/finally and except*, with, imports,
 * assert, assignments, and the frame-block unwinding used by return/break/continue.
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { Op } from "../bytecode/opcodes.ts";
import { None } from "../objects/constant.ts";
import {
  JUMP, POP_BLOCK, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH,
  type Block,
} from "./ir.ts";
import { Compiler, FBlockType, ScopeType, type FBlock } from "./codegen.ts";
import { BlockType } from "./symtable.ts";
import { getDocString } from "./fold.ts";
import { visitExpr, jumpIf, addopBinary, addYieldFrom, callExitWithNones } from "./expr.ts";
import { compileFunction, compileClass } from "./func.ts";
import { compileMatch } from "./pattern.ts";
import { annexprString } from "./func.ts";
import * as constMod from "../objects/constant.ts";
import { strLen as strLenCP } from "./pyops.ts";
import { mangle } from "./mangle.ts";
import { tupleOf } from "./consts.ts";

export function visitStmts(c: Compiler, stmts: A.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

/** find_ann: whether variable annotations occur (statically) in a block. */
export function findAnn(stmts: A.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._kind) {
      case K.AnnAssign: return true;
      case K.For: case K.AsyncFor: case K.While: case K.If:
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case K.With: case K.AsyncWith:
        if (findAnn(st.body)) return true;
        break;
      case K.Try: case K.TryStar:
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case K.Match:
        for (const m of st.cases) if (findAnn(m.body)) return true;
        break;
    }
  }
  return false;
}

/** compiler_body: module/class body with docstring and __annotations__ setup. */
export function compileBody(c: Compiler, stmts: A.stmt[]): void {
  let i = 0;
  if (c.u.scopeType === ScopeType.Module && stmts.length) c.setLoc(stmts[0]!);
  if (findAnn(stmts)) c.addop(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  if (c.optimize < 2) {
    const doc = getDocString(stmts);
    if (doc !== null) {
      i = 1;
      const st = stmts[0] as A.Expr;
      visitExpr(c, st.value);
      c.unsetLoc();
      c.nameop("__doc__", K.Store);
    }
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]!);
}

export function visitStmt(c: Compiler, s: A.stmt): void {
  c.setLoc(s);
  switch (s._kind) {
    case K.FunctionDef: return compileFunction(c, s, false);
    case K.AsyncFunctionDef: return compileFunction(c, s, true);
    case K.ClassDef: return compileClass(c, s);
    case K.Return: return compileReturn(c, s);
    case K.Delete:
      for (const t of s.targets) visitExpr(c, t);
      return;
    case K.Assign: {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(Op.COPY, 1);
        visitExpr(c, s.targets[i]!);
      }
      return;
    }
    case K.AugAssign: return compileAugAssign(c, s);
    case K.AnnAssign: return compileAnnAssign(c, s);
    case K.For: return compileFor(c, s);
    case K.While: return compileWhile(c, s);
    case K.If: return compileIf(c, s);
    case K.Match: return compileMatch(c, s);
    case K.Raise: {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addopI(Op.RAISE_VARARGS, n);
      return;
    }
    case K.Try:
      if (s.finalbody.length) return compileTryFinally(c, s);
      return compileTryExcept(c, s);
    case K.TryStar:
      if (s.finalbody.length) return compileTryStarFinally(c, s);
      return compileTryStarExcept(c, s);
    case K.Assert: return compileAssert(c, s);
    case K.Import: return compileImport(c, s);
    case K.ImportFrom: return compileFromImport(c, s);
    case K.Global: case K.Nonlocal: return;
    case K.Expr: return compileStmtExpr(c, s.value);
    case K.Pass: c.addop(Op.NOP); return;
    case K.Break: return compileBreak(c);
    case K.Continue: return compileContinue(c);
    case K.With: return compileWith(c, s, 0);
    case K.AsyncWith: return compileAsyncWith(c, s, 0);
    case K.AsyncFor: return compileAsyncFor(c, s);
  }
}

function compileStmtExpr(c: Compiler, value: A.expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addop(Op.PRINT_EXPR);
    return;
  }
  if (value._kind === K.Constant) {
    c.addop(Op.NOP);
    return;
  }
  visitExpr(c, value);
  c.unsetLoc();
  c.addop(Op.POP_TOP);
}

// ---- frame block unwinding -----------------------------------------------------------

export function popExceptAndReraise(c: Compiler): void {
  c.addopI(Op.COPY, 3);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 1);
}

function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case FBlockType.WhileLoop: case FBlockType.ExceptionHandler: case FBlockType.ExceptionGroupHandler:
    case FBlockType.AsyncComprehensionGenerator:
      return;
    case FBlockType.ForLoop:
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      return;
    case FBlockType.TryExcept:
      c.addop(POP_BLOCK);
      return;
    case FBlockType.FinallyTry:
      c.addop(POP_BLOCK);
      if (preserveTos) c.pushFBlock(FBlockType.PopValue, null, null, null);
      visitStmts(c, info.datum as A.stmt[]);
      if (preserveTos) c.popFBlock();
      c.unsetLoc();
      return;
    case FBlockType.FinallyEnd:
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      return;
    case FBlockType.With: case FBlockType.AsyncWith:
      c.setLoc(info.datum as A.stmt);
      c.addop(POP_BLOCK);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      callExitWithNones(c);
      if (info.type === FBlockType.AsyncWith) {
        c.addopI(Op.GET_AWAITABLE, 2);
        c.loadConst(None);
        addYieldFrom(c, true);
      }
      c.addop(Op.POP_TOP);
      c.unsetLoc();
      return;
    case FBlockType.HandlerCleanup:
      if (info.datum) c.addop(POP_BLOCK);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      if (info.datum) {
        c.loadConst(None);
        c.nameop(info.datum as string, K.Store);
        c.nameop(info.datum as string, K.Del);
      }
      return;
    case FBlockType.PopValue:
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      return;
  }
}

/** Unwind the frame blocks; with `wantLoop`, stop at (and return) the innermost loop. */
function unwindFBlockStack(c: Compiler, preserveTos: boolean, wantLoop: boolean): FBlock | null {
  const fbs = c.u.fblocks;
  if (fbs.length === 0) return null;
  const top = fbs[fbs.length - 1]!;
  if (top.type === FBlockType.ExceptionGroupHandler) {
    throw c.error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (wantLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return top;
  fbs.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, wantLoop);
  fbs.push(top);
  return loop;
}

function compileReturn(c: Compiler, s: A.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value._kind !== K.Constant;
  if (c.u.ste.type !== BlockType.Function) throw c.error("'return' outside function");
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) throw c.error("'return' with value in async generator");
  if (preserveTos) {
    visitExpr(c, value!);
  } else if (value !== null) {
    c.setLoc(value);
    c.addop(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.addop(Op.NOP);
  }
  unwindFBlockStack(c, preserveTos, false);
  if (value === null) c.loadConst(None);
  else if (!preserveTos) c.loadConst((value as A.Constant).value);
  c.addop(Op.RETURN_VALUE);
}

function compileBreak(c: Compiler): void {
  const saved = c.saveLoc();
  c.addop(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) {
    c.restoreLoc(saved);
    throw c.error("'break' outside loop");
  }
  unwindFBlock(c, loop, false);
  c.addopJ(JUMP, loop.exit!);
}

function compileContinue(c: Compiler): void {
  const saved = c.saveLoc();
  c.addop(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) {
    c.restoreLoc(saved);
    throw c.error("'continue' not properly in loop");
  }
  c.addopJ(JUMP, loop.block!);
}

// ---- control flow ----------------------------------------------------------------------

function compileIf(c: Compiler, s: A.If): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJNoLine(JUMP, end);
    c.useNextBlock(next);
    visitStmts(c, s.orelse);
  }
  c.useNextBlock(end);
}

function compileFor(c: Compiler, s: A.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock(FBlockType.ForLoop, start, end, null);
  visitExpr(c, s.iter);
  c.addop(Op.GET_ITER);
  c.useNextBlock(start);
  c.addopJ(Op.FOR_ITER, cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJ(JUMP, start);
  c.useNextBlock(cleanup);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== ScopeType.AsyncFunction) throw c.error("'async for' outside async function");
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER);
  c.useNextBlock(start);
  c.pushFBlock(FBlockType.ForLoop, start, end, null);
  c.addopJ(SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.addop(POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJ(JUMP, start);
  c.popFBlock();
  c.useNextBlock(except);
  c.setLoc(s.iter);
  c.addop(Op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileWhile(c: Compiler, s: A.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock(FBlockType.WhileLoop, loop, end, null);
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFBlock();
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

// ---- try ---------------------------------------------------------------------------------

function compileTryFinally(c: Compiler, s: A.Try | A.TryStar): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ(SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.FinallyTry, body, end, s.finalbody);
  if (s.handlers.length) {
    if (s._kind === K.Try) compileTryExcept(c, s);
    else compileTryStarExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.addopNoLine(POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.addopJNoLine(JUMP, exit);
  c.useNextBlock(end);
  c.unsetLoc();
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.FinallyEnd, end, null, null);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
}
const compileTryStarFinally = compileTryFinally;

function compileTryExcept(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ(SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.TryExcept, body, null, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addopNoLine(POP_BLOCK);
  if (s.orelse.length) visitStmts(c, s.orelse);
  c.addopJNoLine(JUMP, end);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.ExceptionHandler, null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    c.setLoc(handler);
    if (!handler.type && i < n - 1) throw c.error("default 'except:' must be last");
    except = c.newBlock();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EXC_MATCH);
      c.addopJ(POP_JUMP_IF_FALSE, except);
    }
    if (handler.name) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(handler.name, K.Store);
      c.addopJ(SETUP_CLEANUP, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.unsetLoc();
      c.addop(POP_BLOCK);
      c.addop(POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.loadConst(None);
      c.nameop(handler.name, K.Store);
      c.nameop(handler.name, K.Del);
      c.addopJ(JUMP, end);
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.loadConst(None);
      c.nameop(handler.name, K.Store);
      c.nameop(handler.name, K.Del);
      c.addopI(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop(Op.POP_TOP);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, null);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.unsetLoc();
      c.addop(POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.addopJ(JUMP, end);
    }
    c.useNextBlock(except);
  }
  c.unsetLoc();
  c.popFBlock();
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(end);
}

function compileTryStarExcept(c: Compiler, s: A.TryStar): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  c.addopJ(SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.TryExcept, body, null, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addopNoLine(POP_BLOCK);
  c.addopJNoLine(JUMP, orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.ExceptionGroupHandler, null, null, "except handler");
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    c.setLoc(handler);
    except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      c.addopI(Op.COPY, 1);
      c.addopI(Op.BUILD_LIST, 0);
      c.addopI(Op.SWAP, 2);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EG_MATCH);
      c.addopI(Op.COPY, 1);
      c.addopJ(-9 /* POP_JUMP_IF_NONE */, noMatch);
    }
    const cleanupEnd = c.newBlock();
    const cleanupBody = c.newBlock();
    if (handler.name) c.nameop(handler.name, K.Store);
    else c.addop(Op.POP_TOP);
    c.addopJ(SETUP_CLEANUP, cleanupEnd);
    c.useNextBlock(cleanupBody);
    c.pushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock();
    c.unsetLoc();
    c.addop(POP_BLOCK);
    if (handler.name) {
      c.loadConst(None);
      c.nameop(handler.name, K.Store);
      c.nameop(handler.name, K.Del);
    }
    c.addopJ(JUMP, except);
    c.useNextBlock(cleanupEnd);
    c.unsetLoc();
    if (handler.name) {
      c.loadConst(None);
      c.nameop(handler.name, K.Store);
      c.nameop(handler.name, K.Del);
    }
    c.addopI(Op.LIST_APPEND, 3);
    c.addop(Op.POP_TOP);
    c.addopJ(JUMP, exceptWithError);
    c.useNextBlock(except);
    c.addop(Op.NOP);
    c.addopJ(JUMP, exceptWithError);
    c.useNextBlock(noMatch);
    c.addop(Op.POP_TOP);
    c.useNextBlock(exceptWithError);
    if (i === n - 1) {
      c.addopI(Op.LIST_APPEND, 1);
      c.addopJ(JUMP, reraiseStar);
    }
  }
  c.unsetLoc();
  c.popFBlock();
  const reraise = c.newBlock();
  c.useNextBlock(reraiseStar);
  c.addop(Op.PREP_RERAISE_STAR);
  c.addopI(Op.COPY, 1);
  c.addopJ(-10 /* POP_JUMP_IF_NOT_NONE */, reraise);
  c.addop(Op.POP_TOP);
  c.addop(POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addopJ(JUMP, end);
  c.useNextBlock(reraise);
  c.addop(POP_BLOCK);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

// ---- with ---------------------------------------------------------------------------------

function withExceptFinish(c: Compiler, cleanup: Block): void {
  c.unsetLoc();
  const exit = c.newBlock();
  c.addopJ(POP_JUMP_IF_TRUE, exit);
  c.addopI(Op.RERAISE, 2);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
  c.addop(Op.POP_TOP);
  c.addop(POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_TOP);
}

function compileWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop(Op.BEFORE_WITH);
  c.addopJ(SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock(FBlockType.With, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.unsetLoc();
  c.addop(POP_BLOCK);
  c.popFBlock();
  c.setLoc(s);
  callExitWithNones(c);
  c.addop(Op.POP_TOP);
  c.addopJ(JUMP, exit);
  c.useNextBlock(final);
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

function compileAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  const item = s.items[pos]!;
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== ScopeType.AsyncFunction) throw c.error("'async with' outside async function");
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop(Op.BEFORE_ASYNC_WITH);
  c.addopI(Op.GET_AWAITABLE, 1);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.addopJ(SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock(FBlockType.AsyncWith, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos);
  c.popFBlock();
  c.addop(POP_BLOCK);
  c.setLoc(s);
  callExitWithNones(c);
  c.addopI(Op.GET_AWAITABLE, 2);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.addop(Op.POP_TOP);
  c.addopJ(JUMP, exit);
  c.useNextBlock(final);
  c.addopJ(SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  c.addopI(Op.GET_AWAITABLE, 2);
  c.loadConst(None);
  addYieldFrom(c, true);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

// ---- imports -------------------------------------------------------------------------------

function compileImportAs(c: Compiler, name: string, asname: string): void {
  let dot = name.indexOf(".");
  if (dot !== -1) {
    for (;;) {
      const pos = dot + 1;
      dot = name.indexOf(".", pos);
      const attr = name.slice(pos, dot !== -1 ? dot : name.length);
      c.addopNames(Op.IMPORT_FROM, attr);
      if (dot === -1) break;
      c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
    }
    c.nameop(asname, K.Store);
    c.addop(Op.POP_TOP);
    return;
  }
  c.nameop(asname, K.Store);
}

function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.loadConst(0n);
    c.loadConst(None);
    c.addopName(Op.IMPORT_NAME, alias.name);
    if (alias.asname) {
      compileImportAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf(".");
      c.nameop(dot !== -1 ? alias.name.slice(0, dot) : alias.name, K.Store);
    }
  }
}

function compileFromImport(c: Compiler, s: A.ImportFrom): void {
  c.loadConst(BigInt(s.level ?? 0));
  const names = tupleOf(s.names.map((a) => a.name));
  if (s.lineno > c.future.lineno && s.module === "__future__") {
    throw c.error("from __future__ imports must occur at the beginning of the file");
  }
  c.loadConst(names, true);
  c.addopName(Op.IMPORT_NAME, s.module ?? "");
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name.charCodeAt(0) === 42 /* '*' */) {
      c.addop(Op.IMPORT_STAR);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, K.Store);
  }
  c.addop(Op.POP_TOP);
}


function compileAssert(c: Compiler, s: A.Assert): void {
  const t = s.test;
  if ((t._kind === K.Tuple && t.elts.length > 0) ||
    (t._kind === K.Constant && t.value instanceof constMod.ConstTuple && t.value.items.length > 0)) {
    c.warn("assertion is always true, perhaps remove parentheses?");
  }
  if (c.optimize) return;
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  c.addop(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  c.addopI(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

// ---- assignments ---------------------------------------------------------------------------

function updateStartLocationToMatchAttr(c: Compiler, attr: A.Attribute): void {
  const u = c.u;
  if (u.lineno !== attr.end_lineno) {
    u.lineno = attr.end_lineno;
    const len = strLenCP(attr.attr);
    if (len <= attr.end_col_offset) {
      u.col = attr.end_col_offset - len;
    } else {
      u.col = -1;
      u.endCol = -1;
    }
    u.endLineno = Math.max(u.lineno, u.endLineno);
    if (u.lineno === u.endLineno) u.endCol = Math.max(u.col, u.endCol);
  }
}
export { updateStartLocationToMatchAttr };


function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  const saved = c.saveLoc();
  c.setLoc(e);
  switch (e._kind) {
    case K.Attribute:
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1);
      updateStartLocationToMatchAttr(c, e);
      c.addopName(Op.LOAD_ATTR, e.attr);
      break;
    case K.Subscript:
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addopI(Op.COPY, 2);
      c.addopI(Op.COPY, 2);
      c.addop(Op.BINARY_SUBSCR);
      break;
    case K.Name:
      c.nameop(e.id, K.Load);
      break;
    default:
      throw c.error(`invalid node type (${e._kind}) for augmented assignment`);
  }
  c.restoreLoc(saved);
  visitExpr(c, s.value);
  addopBinary(c, s.op._kind, true);
  c.setLoc(e);
  switch (e._kind) {
    case K.Attribute:
      updateStartLocationToMatchAttr(c, e);
      c.addopI(Op.SWAP, 2);
      c.addopName(Op.STORE_ATTR, e.attr);
      break;
    case K.Subscript:
      c.addopI(Op.SWAP, 3);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.STORE_SUBSCR);
      break;
    case K.Name:
      c.nameop(e.id, K.Store);
      break;
  }
}

function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP);
}

function checkAnnSubscr(c: Compiler, e: A.expr): void {
  switch (e._kind) {
    case K.Slice:
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case K.Tuple:
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const targ = s.target;
  const futureAnn = (c.future.features & 0x1000000) !== 0;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._kind) {
    case K.Name:
      c.forbiddenName(targ.id, K.Store);
      if (s.simple && (c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class)) {
        if (futureAnn) c.loadConst(annexprString(s.annotation));
        else visitExpr(c, s.annotation);
        c.addopName(Op.LOAD_NAME, "__annotations__");
        const key = mangleName(c, targ.id);
        c.loadConst(key, key === targ.id);
        c.addop(Op.STORE_SUBSCR);
      }
      break;
    case K.Attribute:
      c.forbiddenName(targ.attr, K.Store);
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case K.Subscript:
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw c.error(`invalid node type (${targ._kind}) for annotated assignment`);
  }
  if (!s.simple && !futureAnn && (c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class)) {
    checkAnnExpr(c, s.annotation);
  }
}

function mangleName(c: Compiler, name: string): string {
  return mangle(c.u.private_, name);
}
