/**
 * The checks compile() runs on a tree that came from Python objects (CPython's
 * _PyAST_Validate in Python/ast.c), with its exception types and messages. Trees from tspy's
 * parser are valid by construction and are never validated.
 *
 * Contexts: an expression is checked against the context its position requires (Load, Store,
 * Del): Name/Attribute/Subscript/Starred/List/Tuple must carry exactly that context; any other
 * expression in a Store or Del position is "expression which can't be assigned to in Store
 * context".
 */
import * as N from "../../ast/nodes.ts";
import { K, NODE_INFO } from "../../ast/nodes.ts";
import { typeError, valueError } from "../../objects/errors.ts";
import { InvalidConst } from "./from_py.ts";
import { PyNone, Complex, ConstTuple, ConstFrozenSet, type ConstValue } from "../../objects/constant.ts";

type Ctx = K.Load | K.Store | K.Del;
const ctxName = (c: number): string => NODE_INFO[c]!.name;

function nonEmpty(seq: readonly unknown[], what: string, owner: string): void {
  if (seq.length === 0) throw valueError(`empty ${what} on ${owner}`);
}

function stmts(seq: readonly (N.stmt | null)[]): void {
  for (const s of seq) {
    if (s === null) throw valueError("None disallowed in statement list");
    stmt(s);
  }
}

function body(seq: readonly N.stmt[], owner: string): void {
  nonEmpty(seq, "body", owner);
  stmts(seq);
}

function exprs(seq: readonly (N.expr | null)[], ctx: Ctx, nullOk: boolean): void {
  for (const e of seq) {
    if (e === null) {
      if (!nullOk) throw valueError("None disallowed in expression list");
      continue;
    }
    expr(e, ctx);
  }
}

function optExpr(e: N.expr | null, ctx: Ctx = K.Load): void {
  if (e !== null) expr(e, ctx);
}

function badConstant(v: unknown): string | null {
  if (v instanceof InvalidConst) return v.typeName;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
    for (const x of v.items) {
      const b = badConstant(x);
      if (b !== null) return b;
    }
  }
  return null;
}

function name(id: string): void {
  if (id === "None" || id === "True" || id === "False") {
    throw valueError(`identifier field can't represent '${id}' constant`);
  }
}

function args(list: readonly N.arg[]): void {
  for (const a of list) {
    positions(a);
    optExpr(a.annotation);
  }
}

function argumentsOf(a: N.arguments): void {
  args(a.posonlyargs);
  args(a.args);
  if (a.vararg !== null) optExpr(a.vararg.annotation);
  args(a.kwonlyargs);
  if (a.kwarg !== null) optExpr(a.kwarg.annotation);
  if (a.defaults.length > a.posonlyargs.length + a.args.length) {
    throw valueError("more positional defaults than args on arguments");
  }
  if (a.kw_defaults.length !== a.kwonlyargs.length) {
    throw valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
  }
  exprs(a.defaults, K.Load, false);
  exprs(a.kw_defaults as (N.expr | null)[], K.Load, true);
}

function comprehension(gens: readonly N.comprehension[]): void {
  if (gens.length === 0) throw valueError("comprehension with no generators");
  for (const g of gens) {
    expr(g.target, K.Store);
    expr(g.iter, K.Load);
    exprs(g.ifs, K.Load, false);
  }
}

function keywords(kws: readonly N.keyword[]): void {
  for (const k of kws) expr(k.value, K.Load);
}

interface Located { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** VALIDATE_POSITIONS: a start after the end, or negative positions that are not all "unset". */
function positions(n: Located): void {
  const { lineno, col_offset, end_lineno, end_col_offset } = n;
  if (lineno > end_lineno) throw valueError(`AST node line range (${lineno}, ${end_lineno}) is not valid`);
  if ((lineno < 0 && end_lineno !== lineno) || (col_offset < 0 && col_offset !== end_col_offset)) {
    throw valueError(`AST node column range (${col_offset}, ${end_col_offset}) for line range (${lineno}, ${end_lineno}) is not valid`);
  }
  if (lineno === end_lineno && col_offset > end_col_offset) {
    throw valueError(`line ${lineno}, column ${col_offset}-${end_col_offset} is not a valid range`);
  }
}

export function expr(e: N.expr, ctx: Ctx): void {
  positions(e);
  let actual: number = -1;
  switch (e._kind) {
    case K.Attribute: case K.Subscript: case K.Starred: case K.Name: case K.List: case K.Tuple:
      actual = e.ctx._kind;
      break;
    default:
      if (ctx !== K.Load) throw valueError(`expression which can't be assigned to in ${ctxName(ctx)} context`);
  }
  if (actual !== -1 && actual !== ctx) {
    throw valueError(`expression must have ${ctxName(ctx)} context but has ${ctxName(actual)} instead`);
  }
  switch (e._kind) {
    case K.BoolOp:
      if (e.values.length < 2) throw valueError("BoolOp with less than 2 values");
      return exprs(e.values, K.Load, false);
    case K.BinOp: expr(e.left, K.Load); return expr(e.right, K.Load);
    case K.UnaryOp: return expr(e.operand, K.Load);
    case K.Lambda: argumentsOf(e.args); return expr(e.body, K.Load);
    case K.IfExp: expr(e.test, K.Load); expr(e.body, K.Load); return expr(e.orelse, K.Load);
    case K.Dict:
      if (e.keys.length !== e.values.length) throw valueError("Dict doesn't have the same number of keys as values");
      exprs(e.keys as (N.expr | null)[], K.Load, true);
      return exprs(e.values, K.Load, false);
    case K.Set: return exprs(e.elts, K.Load, false);
    case K.ListComp: case K.SetComp: case K.GeneratorExp:
      comprehension(e.generators);
      return expr(e.elt, K.Load);
    case K.DictComp:
      comprehension(e.generators);
      expr(e.key, K.Load);
      return expr(e.value, K.Load);
    case K.Yield: return optExpr(e.value);
    case K.YieldFrom: case K.Await: return expr(e.value, K.Load);
    case K.Compare:
      if (e.comparators.length === 0) throw valueError("Compare with no comparators");
      if (e.comparators.length !== e.ops.length) throw valueError("Compare has a different number of comparators and operands");
      exprs(e.comparators, K.Load, false);
      return expr(e.left, K.Load);
    case K.Call: expr(e.func, K.Load); exprs(e.args, K.Load, false); return keywords(e.keywords);
    case K.Constant: {
      const bad = badConstant(e.value);
      if (bad !== null) throw typeError(`got an invalid type in Constant: ${bad}`);
      return;
    }
    case K.JoinedStr: return exprs(e.values, K.Load, false);
    case K.FormattedValue: expr(e.value, K.Load); return optExpr(e.format_spec);
    case K.Attribute: return expr(e.value, K.Load);
    case K.Subscript: expr(e.slice, K.Load); return expr(e.value, K.Load);
    case K.Starred: return expr(e.value, ctx);
    case K.Slice: optExpr(e.lower); optExpr(e.upper); return optExpr(e.step);
    case K.List: case K.Tuple: return exprs(e.elts, ctx, false);
    case K.NamedExpr:
      if (e.target._kind !== K.Name) throw typeError("NamedExpr target must be a Name");
      return expr(e.value, K.Load);
    case K.Name: return name(e.id);
  }
}

function pattern(p: N.pattern, starOk: boolean): void {
  positions(p);
  switch (p._kind) {
    case K.MatchValue: {
      const v = p.value;
      expr(v, K.Load);
      switch (v._kind) {
        case K.Constant: {
          const c = v.value as unknown;
          // int, float, complex, bytes and str only (not None, bools, Ellipsis, tuples)
          if (typeof c === "bigint" || typeof c === "number" || typeof c === "string" || c instanceof Complex || c instanceof Uint8Array) return;
          throw valueError("unexpected constant inside of a literal pattern");
        }
        case K.Attribute: case K.JoinedStr: return;
        // negative and complex numbers: the compiler checks that they fold to constants
        case K.UnaryOp: if (v.op._kind === K.USub) return; break;
        case K.BinOp: if (v.op._kind === K.Add || v.op._kind === K.Sub) return; break;
      }
      throw valueError("patterns may only match literals and attribute lookups");
    }
    case K.MatchSingleton: {
      const v = p.value as unknown;
      if (!(v instanceof PyNone) && typeof v !== "boolean") throw valueError("MatchSingleton can only contain True, False and None");
      return;
    }
    case K.MatchSequence:
      for (const x of p.patterns) pattern(x, true);
      return;
    case K.MatchMapping:
      if (p.keys.length !== p.patterns.length) throw valueError("MatchMapping doesn't have the same number of keys as patterns");
      if (p.rest !== null) name(p.rest);
      exprs(p.keys, K.Load, false);
      for (const x of p.patterns) pattern(x, false);
      return;
    case K.MatchClass: {
      if (p.kwd_attrs.length !== p.kwd_patterns.length) {
        throw valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
      }
      expr(p.cls, K.Load);
      let c: N.expr = p.cls;
      while (c._kind === K.Attribute) c = c.value;
      if (c._kind !== K.Name) throw valueError("MatchClass cls field can only contain Name or Attribute nodes.");
      for (const x of p.patterns) pattern(x, false);
      for (const x of p.kwd_patterns) pattern(x, false);
      return;
    }
    case K.MatchStar:
      if (!starOk) throw valueError("can't use MatchStar here");
      if (p.name !== null) name(p.name);
      return;
    case K.MatchAs:
      if (p.name !== null) name(p.name);
      if (p.pattern !== null) {
        if (p.name === null) throw valueError("MatchAs must specify a target name if a pattern is given");
        pattern(p.pattern, false);
      }
      return;
    case K.MatchOr:
      if (p.patterns.length < 2) throw valueError("MatchOr requires at least 2 patterns");
      for (const x of p.patterns) pattern(x, false);
      return;
  }
}

function tryStmt(s: N.Try | N.TryStar, owner: string): void {
  body(s.body, owner);
  if (s.handlers.length === 0 && s.finalbody.length === 0) throw valueError(`${owner} has neither except handlers nor finalbody`);
  if (s.handlers.length === 0 && s.orelse.length !== 0) throw valueError(`${owner} has orelse but no except handlers`);
  for (const h of s.handlers) {
    positions(h);
    optExpr(h.type);
    body(h.body, "ExceptHandler");
  }
  if (s.finalbody.length) stmts(s.finalbody);
  if (s.orelse.length) stmts(s.orelse);
}

export function stmt(s: N.stmt): void {
  positions(s);
  switch (s._kind) {
    case K.FunctionDef: case K.AsyncFunctionDef:
      body(s.body, NODE_INFO[s._kind]!.name);
      argumentsOf(s.args);
      exprs(s.decorator_list, K.Load, false);
      return optExpr(s.returns);
    case K.ClassDef:
      body(s.body, "ClassDef");
      exprs(s.bases, K.Load, false);
      keywords(s.keywords);
      return exprs(s.decorator_list, K.Load, false);
    case K.Return: return optExpr(s.value);
    case K.Delete: nonEmpty(s.targets, "targets", "Delete"); return exprs(s.targets, K.Del, false);
    case K.Assign:
      nonEmpty(s.targets, "targets", "Assign");
      exprs(s.targets, K.Store, false);
      return expr(s.value, K.Load);
    case K.AugAssign: expr(s.target, K.Store); return expr(s.value, K.Load);
    case K.AnnAssign:
      if (s.target._kind !== K.Name && s.simple) throw typeError("AnnAssign with simple non-Name target");
      expr(s.target, K.Store);
      optExpr(s.value);
      return expr(s.annotation, K.Load);
    case K.For: case K.AsyncFor:
      expr(s.target, K.Store);
      expr(s.iter, K.Load);
      body(s.body, NODE_INFO[s._kind]!.name);
      return stmts(s.orelse);
    case K.While: case K.If:
      expr(s.test, K.Load);
      body(s.body, NODE_INFO[s._kind]!.name);
      return stmts(s.orelse);
    case K.With: case K.AsyncWith: {
      const owner = NODE_INFO[s._kind]!.name;
      nonEmpty(s.items, "items", owner);
      for (const it of s.items) {
        expr(it.context_expr, K.Load);
        optExpr(it.optional_vars, K.Store);
      }
      return body(s.body, owner);
    }
    case K.Match:
      expr(s.subject, K.Load);
      nonEmpty(s.cases, "cases", "Match");
      for (const c of s.cases) {
        pattern(c.pattern, false);
        optExpr(c.guard);
        body(c.body, "match_case");
      }
      return;
    case K.Raise:
      if (s.exc !== null) {
        expr(s.exc, K.Load);
        return optExpr(s.cause);
      }
      if (s.cause !== null) throw valueError("Raise with cause but no exception");
      return;
    case K.Try: return tryStmt(s, "Try");
    case K.TryStar: return tryStmt(s, "TryStar");
    case K.Assert: expr(s.test, K.Load); return optExpr(s.msg);
    case K.Import: return nonEmpty(s.names, "names", "Import");
    case K.ImportFrom:
      if (s.level !== null && s.level < 0) throw valueError("Negative ImportFrom level");
      return nonEmpty(s.names, "names", "ImportFrom");
    case K.Global: return nonEmpty(s.names, "names", "Global");
    case K.Nonlocal: return nonEmpty(s.names, "names", "Nonlocal");
    case K.Expr: return expr(s.value, K.Load);
  }
}

/** _PyAST_Validate on a module node. */
export function validateMod(m: N.mod): void {
  switch (m._kind) {
    case K.Module: case K.Interactive: return stmts(m.body);
    case K.Expression: return expr(m.body, K.Load);
    case K.FunctionType: exprs(m.argtypes, K.Load, false); return expr(m.returns, K.Load);
  }
}

export type { ConstValue };
