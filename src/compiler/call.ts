/**
 * Calls and comprehensions (compile.c: compiler_call, maybe_optimize_method_call,
 * compiler_call_helper, compiler_comprehension and its generator helpers).
 *
 * Call shapes: `o.m(args)` without star-args becomes LOAD_METHOD ... PRECALL/CALL; other simple calls
 * PUSH_NULL, func, args, [KW_NAMES], PRECALL n, CALL n; calls with unpacking or more than
 * STACK_USE_GUIDELINE arguments build a tuple/dict and use CALL_FUNCTION_EX.
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { kindOf } from "../ast/kind.ts";
import { Op } from "../bytecode/opcodes.ts";
import { None } from "../objects/constant.ts";
import { JUMP, SETUP_FINALLY, POP_BLOCK } from "./ir.ts";
import { Compiler, STACK_USE_GUIDELINE, ScopeType, FBlockType } from "./codegen.ts";
import { DEF_IMPORT } from "./symtable.ts";
import { visitExpr, jumpIf, starunpackHelper, addopYield, addYieldFrom } from "./expr.ts";
import { updateStartLocationToMatchAttr } from "./stmt.ts";
import { makeClosure } from "./func.ts";
import { assemble } from "./assemble.ts";
import { constTypeName } from "../objects/constant.ts";
import { tupleOf } from "./consts.ts";

function validateKeywords(c: Compiler, keywords: A.keyword[]): void {
  const n = keywords.length;
  for (let i = 0; i < n; i++) {
    const key = keywords[i]!;
    if (key.arg === null) continue;
    c.forbiddenName(key.arg, K.Store);
    for (let j = i + 1; j < n; j++) {
      const other = keywords[j]!;
      if (other.arg !== null && other.arg === key.arg) {
        c.setLoc(other);
        throw c.error(`keyword argument repeated: ${key.arg}`);
      }
    }
  }
}

function callSimpleKwHelper(c: Compiler, keywords: A.keyword[], nkwelts: number): void {
  const names: string[] = [];
  for (let i = 0; i < nkwelts; i++) names.push(keywords[i]!.arg!);
  c.addopI(Op.KW_NAMES, c.addConst(tupleOf(names), true));
}

function isImportOriginated(c: Compiler, e: A.expr): boolean {
  if (e._kind !== K.Name) return false;
  return (c.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
}

/** Returns true when the call was compiled as a method call. */
function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const func = e.func;
  const args = e.args;
  const kwds = e.keywords;
  if (kindOf(func) !== K.Attribute) return false;
  const meth = func as A.Attribute;
  if (meth.ctx._kind !== K.Load) return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = args.length;
  const kwdsl = kwds.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  for (const a of args) if (a._kind === K.Starred) return false;
  for (const k of kwds) if (k.arg === null) return false;
  visitExpr(c, meth.value);
  c.setLoc(meth);
  updateStartLocationToMatchAttr(c, meth);
  c.addopName(Op.LOAD_METHOD, meth.attr);
  for (const a of args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of kwds) visitExpr(c, k.value);
    callSimpleKwHelper(c, kwds, kwdsl);
  }
  c.setLoc(e);
  updateStartLocationToMatchAttr(c, meth);
  c.addopI(Op.PRECALL, argsl + kwdsl);
  c.addopI(Op.CALL, argsl + kwdsl);
  return true;
}

function checkCaller(c: Compiler, e: A.expr): void {
  switch (kindOf(e)) {
    case K.Constant: case K.Tuple: case K.List: case K.ListComp: case K.Dict: case K.DictComp: case K.Set:
    case K.SetComp: case K.GeneratorExp: case K.JoinedStr: case K.FormattedValue:
      c.warn(`'${callerType(e)}' object is not callable; perhaps you missed a comma?`);
  }
}
function callerType(e: A.expr): string {
  switch (e._kind) {
    case K.Tuple: return "tuple";
    case K.List: case K.ListComp: return "list";
    case K.Dict: case K.DictComp: return "dict";
    case K.Set: case K.SetComp: return "set";
    case K.GeneratorExp: return "generator";
    case K.JoinedStr: case K.FormattedValue: return "str";
    case K.Constant: return constTypeName(e.value);
    default: return "object";
  }
}

export function compileCall(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  c.setLoc(e.func);
  c.addop(Op.PUSH_NULL);
  c.setLoc(e);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

function compileSubkwargs(c: Compiler, keywords: A.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i]!.value);
    const keys: string[] = [];
    for (let i = begin; i < end; i++) keys.push(keywords[i]!.arg!);
    c.loadConst(tupleOf(keys), true);
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopINoLine(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    const kw = keywords[i]!;
    c.loadConst(kw.arg!, true);
    visitExpr(c, kw.value);
    if (big) c.addopINoLine(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

/** compiler_call_helper: `n` arguments are already on the stack. */
export function callHelper(c: Compiler, n: number, args: A.expr[], keywords: A.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
  if (!exCall) for (const a of args) if (a._kind === K.Starred) { exCall = true; break; }
  if (!exCall) for (const k of keywords) if (k.arg === null) { exCall = true; break; }
  if (!exCall) {
    for (const a of args) visitExpr(c, a);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, keywords, nkwelts);
    }
    c.addopI(Op.PRECALL, n + nelts + nkwelts);
    c.addopI(Op.CALL, n + nelts + nkwelts);
    return;
  }
  if (n === 0 && nelts === 1 && kindOf(args[0]!) === K.Starred) {
    visitExpr(c, (args[0] as A.Starred).value);
  } else {
    starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i]!;
      if (kw.arg === null) {
        if (nseen) {
          compileSubkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.addopI(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI(Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      compileSubkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1);
    }
  }
  c.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

// ---- comprehensions --------------------------------------------------------------------

const enum Comp { Genexp, Listcomp, Setcomp, Dictcomp }

function compType(e: A.expr): Comp {
  switch (e._kind) {
    case K.ListComp: return Comp.Listcomp;
    case K.SetComp: return Comp.Setcomp;
    case K.DictComp: return Comp.Dictcomp;
    default: return Comp.Genexp;
  }
}

function comprehensionGenerator(c: Compiler, gens: A.comprehension[], genIndex: number, depth: number, elt: A.expr, val: A.expr | null, type: Comp): void {
  if (gens[genIndex]!.is_async) asyncComprehensionGenerator(c, gens, genIndex, depth, elt, val, type);
  else syncComprehensionGenerator(c, gens, genIndex, depth, elt, val, type);
}

function emitElement(c: Compiler, elt: A.expr, val: A.expr | null, type: Comp, depth: number): void {
  switch (type) {
    case Comp.Genexp:
      visitExpr(c, elt);
      addopYield(c);
      c.addop(Op.POP_TOP);
      break;
    case Comp.Listcomp:
      visitExpr(c, elt);
      c.addopI(Op.LIST_APPEND, depth + 1);
      break;
    case Comp.Setcomp:
      visitExpr(c, elt);
      c.addopI(Op.SET_ADD, depth + 1);
      break;
    case Comp.Dictcomp:
      visitExpr(c, elt);
      visitExpr(c, val!);
      c.addopI(Op.MAP_ADD, depth + 1);
      break;
  }
}

function syncComprehensionGenerator(c: Compiler, gens: A.comprehension[], genIndex: number, depth: number, elt: A.expr, val: A.expr | null, type: Comp): void {
  let start: ReturnType<Compiler["newBlock"]> | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = gens[genIndex]!;
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    let elts: A.expr[] | null = null;
    if (gen.iter._kind === K.List) elts = gen.iter.elts;
    else if (gen.iter._kind === K.Tuple) elts = gen.iter.elts;
    if (elts && elts.length === 1) {
      const e0 = elts[0]!;
      if (e0._kind !== K.Starred) {
        visitExpr(c, e0);
        start = null;
      }
    }
    if (start) {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.addopJ(Op.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  if (++genIndex < gens.length) comprehensionGenerator(c, gens, genIndex, depth, elt, val, type);
  if (genIndex >= gens.length) emitElement(c, elt, val, type, depth);
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addopJ(JUMP, start);
    c.useNextBlock(anchor);
  }
}

function asyncComprehensionGenerator(c: Compiler, gens: A.comprehension[], genIndex: number, depth: number, elt: A.expr, val: A.expr | null, type: Comp): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const gen = gens[genIndex]!;
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.addop(Op.GET_AITER);
  }
  c.useNextBlock(start);
  c.pushFBlock(FBlockType.AsyncComprehensionGenerator, start, null, null);
  c.addopJ(SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(None);
  addYieldFrom(c, true);
  c.addop(POP_BLOCK);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  depth++;
  if (++genIndex < gens.length) comprehensionGenerator(c, gens, genIndex, depth, elt, val, type);
  if (genIndex >= gens.length) emitElement(c, elt, val, type, depth);
  c.useNextBlock(ifCleanup);
  c.addopJ(JUMP, start);
  c.popFBlock();
  c.useNextBlock(except);
  c.addop(Op.END_ASYNC_FOR);
}

export function compileComprehension(c: Compiler, e: A.expr, name: string, generators: A.comprehension[], elt: A.expr, val: A.expr | null): void {
  const type = compType(e);
  const scopeType = c.u.scopeType;
  const isTopLevelAwait = c.isTopLevelAwait();
  const outermost = generators[0]!;
  c.enterScope(name, ScopeType.Comprehension, e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && type !== Comp.Genexp && scopeType !== ScopeType.AsyncFunction &&
    scopeType !== ScopeType.Comprehension && !isTopLevelAwait) {
    const err = c.error("asynchronous comprehension outside of an asynchronous function");
    c.exitScope();
    throw err;
  }
  if (type !== Comp.Genexp) {
    c.addopI(type === Comp.Listcomp ? Op.BUILD_LIST : type === Comp.Setcomp ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  }
  comprehensionGenerator(c, generators, 0, 0, elt, val, type);
  if (type !== Comp.Genexp) c.addop(Op.RETURN_VALUE);
  const co = assemble(c, true);
  c.exitScope();
  if (isTopLevelAwait && isAsyncGenerator) c.u.ste.coroutine = true;
  makeClosure(c, co, 0);
  visitExpr(c, outermost.iter);
  c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.addopI(Op.PRECALL, 0);
  c.addopI(Op.CALL, 0);
  if (isAsyncGenerator && type !== Comp.Genexp) {
    c.addopI(Op.GET_AWAITABLE, 0);
    c.loadConst(None);
    addYieldFrom(c, true);
  }
}
