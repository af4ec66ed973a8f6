/**
 * Functions, lambdas and classes (compile.c: compiler_function, compiler_lambda, compiler_class,
 * compiler_make_closure and the defaults/annotations helpers). Each body is compiled in its own
 * unit and assembled into a code object that becomes a constant of the enclosing unit.
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { Op } from "../bytecode/opcodes.ts";
import type { CodeObject } from "../bytecode/code.ts";
import { None } from "../objects/constant.ts";
import { Compiler, ScopeType } from "./codegen.ts";
import { CELL } from "./symtable.ts";
import { mangle } from "./mangle.ts";
import { getDocString } from "./fold.ts";
import { CO_FUTURE_ANNOTATIONS } from "./future.ts";
import { visitExpr } from "./expr.ts";
import { visitStmt, compileBody } from "./stmt.ts";
import { callHelper } from "./call.ts";
import { assemble } from "./assemble.ts";
import { exprAsString } from "./unparse.ts";
import { CompileError } from "../parser/errors.ts";
import { tupleOf } from "./consts.ts";

/** The source text of an annotation under `from __future__ import annotations`. */
export function annexprString(e: A.expr): string {
  return exprAsString(e);
}

export function makeClosure(c: Compiler, co: CodeObject, flags: number): void {
  const names = co.co_localsplusnames, kinds = co.co_localspluskinds;
  let nfree = 0;
  for (let i = 0; i < names.length; i++) {
    if (!(kinds[i]! & 0x80)) continue;
    nfree++;
    const name = names[i]!;
    const reftype = c.getRefType(name);
    const arg = reftype === CELL ? c.u.cellvars.get(name) : c.u.freevars.get(name);
    if (arg === undefined) {
      throw new CompileError("SystemError", `compiler_lookup_arg(name=${name}) with reftype=${reftype} failed in ${c.u.name}`,
        c.opts.filename, null, null, null);
    }
    c.addopI(Op.LOAD_CLOSURE, arg);
  }
  if (nfree) {
    flags |= 0x08;
    c.addopI(Op.BUILD_TUPLE, nfree);
  }
  c.loadConst(co);
  c.addopI(Op.MAKE_FUNCTION, flags);
}

function applyDecorators(c: Compiler, decos: A.expr[]): void {
  const saved = c.saveLoc();
  for (let i = decos.length - 1; i > -1; i--) {
    c.setLoc(decos[i]!);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  c.restoreLoc(saved);
}

/** Push a dict of keyword-only defaults; returns whether one was pushed. */
function visitKwonlyDefaults(c: Compiler, kwonlyargs: A.arg[], kwDefaults: (A.expr | null)[]): boolean {
  const keys: string[] = [];
  let mangled = false;
  for (let i = 0; i < kwonlyargs.length; i++) {
    const arg = kwonlyargs[i]!;
    const d = kwDefaults[i];
    if (d) {
      const key = mangle(c.u.private_, arg.arg);
      if (key !== arg.arg) mangled = true;
      keys.push(key);
      visitExpr(c, d);
    }
  }
  if (keys.length) {
    c.loadConst(tupleOf(keys), !mangled);
    c.addopI(Op.BUILD_CONST_KEY_MAP, keys.length);
    return true;
  }
  return false;
}

function visitArgAnnotation(c: Compiler, id: string, annotation: A.expr | null, count: { n: number }): void {
  if (!annotation) return;
  const key = mangle(c.u.private_, id);
  c.loadConst(key, key === id);
  if (c.future.features & CO_FUTURE_ANNOTATIONS) {
    c.loadConst(exprAsString(annotation));
  } else if (annotation._kind === K.Starred) {
    visitExpr(c, annotation.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1);
  } else {
    visitExpr(c, annotation);
  }
  count.n += 2;
}

function visitAnnotations(c: Compiler, args: A.arguments, returns: A.expr | null): boolean {
  const count = { n: 0 };
  for (const a of args.args) visitArgAnnotation(c, a.arg, a.annotation, count);
  for (const a of args.posonlyargs) visitArgAnnotation(c, a.arg, a.annotation, count);
  if (args.vararg && args.vararg.annotation) visitArgAnnotation(c, args.vararg.arg, args.vararg.annotation, count);
  for (const a of args.kwonlyargs) visitArgAnnotation(c, a.arg, a.annotation, count);
  if (args.kwarg && args.kwarg.annotation) visitArgAnnotation(c, args.kwarg.arg, args.kwarg.annotation, count);
  visitArgAnnotation(c, "return", returns, count);
  if (count.n) {
    c.addopI(Op.BUILD_TUPLE, count.n);
    return true;
  }
  return false;
}

function defaultArguments(c: Compiler, args: A.arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length);
    flags |= 0x01;
  }
  if (args.kwonlyargs.length) {
    if (visitKwonlyDefaults(c, args.kwonlyargs, args.kw_defaults as (A.expr | null)[])) flags |= 0x02;
  }
  return flags;
}

function checkDebugArgs(c: Compiler, args: A.arguments): void {
  for (const a of args.posonlyargs) c.forbiddenName(a.arg, K.Store);
  for (const a of args.args) c.forbiddenName(a.arg, K.Store);
  if (args.vararg) c.forbiddenName(args.vararg.arg, K.Store);
  for (const a of args.kwonlyargs) c.forbiddenName(a.arg, K.Store);
  if (args.kwarg) c.forbiddenName(args.kwarg.arg, K.Store);
}

export function compileFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
  const { args, returns, decorator_list: decos, name, body } = s;
  checkDebugArgs(c, args);
  for (const d of decos) visitExpr(c, d);
  let firstlineno = s.lineno;
  if (decos.length) firstlineno = decos[0]!.lineno;
  let funcflags = defaultArguments(c, args);
  if (visitAnnotations(c, args, returns)) funcflags |= 0x04;
  c.enterScope(name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, firstlineno);
  let docstring: string | null = null;
  if (c.optimize < 2) docstring = getDocString(body);
  c.addConst(docstring !== null ? docstring : None);
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  for (let i = docstring !== null ? 1 : 0; i < body.length; i++) visitStmt(c, body[i]!);
  const co = assemble(c, true);
  c.exitScope();
  makeClosure(c, co, funcflags);
  applyDecorators(c, decos);
  c.nameop(name, K.Store);
}

export function compileClass(c: Compiler, s: A.ClassDef): void {
  const decos = s.decorator_list;
  for (const d of decos) visitExpr(c, d);
  let firstlineno = s.lineno;
  if (decos.length) firstlineno = decos[0]!.lineno;
  c.enterScope(s.name, ScopeType.Class, s, firstlineno);
  c.u.private_ = s.name;
  c.nameop("__name__", K.Load);
  c.nameop("__module__", K.Store);
  c.loadConst(c.u.qualname!, c.u.qualname === s.name);
  c.nameop("__qualname__", K.Store);
  compileBody(c, s.body);
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    const i = c.u.cellvars.get("__class__")!;
    c.addopI(Op.LOAD_CLOSURE, i);
    c.addopI(Op.COPY, 1);
    c.nameop("__classcell__", K.Store);
  } else {
    c.loadConst(None);
  }
  c.addop(Op.RETURN_VALUE);
  const co = assemble(c, true);
  c.exitScope();
  c.addop(Op.PUSH_NULL);
  c.addop(Op.LOAD_BUILD_CLASS);
  makeClosure(c, co, 0);
  c.loadConst(s.name, true);
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, decos);
  c.nameop(s.name, K.Store);
}

export function compileLambda(c: Compiler, e: A.Lambda): void {
  const args = e.args;
  checkDebugArgs(c, args);
  const funcflags = defaultArguments(c, args);
  c.enterScope("<lambda>", ScopeType.Lambda, e, e.lineno);
  c.addConst(None);
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: CodeObject;
  if (c.u.ste.generator) {
    co = assemble(c, false);
  } else {
    c.addop(Op.RETURN_VALUE);
    co = assemble(c, true);
  }
  c.exitScope();
  makeClosure(c, co, funcflags);
}
