/**
 * Action helpers: what the grammar's actions do beyond calling a node factory (CPython's
 * Parser/action_helpers.c). Nodes that may be memoised are never mutated: changing an
 * expression's context copies it.
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { Ellipsis, None } from "../objects/constant.ts";
import type { Parser } from "./parser.ts";

/** _PyPegen_set_expr_context: a copy of `e` (and of its targets) with context `ctx`. */
export function setExprContext(e: A.expr, ctx: A.expr_context): A.expr {
  switch (e._kind) {
    case K.Name: return A.Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case K.Tuple: return A.Tuple(e.elts.map((x) => setExprContext(x, ctx)), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case K.List: return A.List(e.elts.map((x) => setExprContext(x, ctx)), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case K.Subscript: return A.Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case K.Attribute: return A.Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case K.Starred: return A.Starred(setExprContext(e.value, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    default: return e;
  }
}

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: A.expr): string {
  switch (e._kind) {
    case K.Attribute: return "attribute";
    case K.Subscript: return "subscript";
    case K.Starred: return "starred";
    case K.Name: return "name";
    case K.List: return "list";
    case K.Tuple: return "tuple";
    case K.Lambda: return "lambda";
    case K.Call: return "function call";
    case K.BoolOp: case K.BinOp: case K.UnaryOp: return "expression";
    case K.GeneratorExp: return "generator expression";
    case K.Yield: case K.YieldFrom: return "yield expression";
    case K.Await: return "await expression";
    case K.ListComp: return "list comprehension";
    case K.SetComp: return "set comprehension";
    case K.DictComp: return "dict comprehension";
    case K.Dict: return "dict literal";
    case K.Set: return "set display";
    case K.JoinedStr: case K.FormattedValue: return "f-string expression";
    case K.Constant: {
      const v = e.value;
      if (v === None) return "None";
      if (v === false) return "False";
      if (v === true) return "True";
      if (v === Ellipsis) return "ellipsis";
      return "literal";
    }
    case K.Compare: return "comparison";
    case K.IfExp: return "conditional expression";
    case K.NamedExpr: return "named expression";
    default: return "expression";
  }
}

export const enum Targets { STAR, DEL, FOR }

/** _PyPegen_get_invalid_target: the sub-expression that makes `e` an invalid target, or null. */
export function getInvalidTarget(e: A.expr | null, type: Targets): A.expr | null {
  if (e === null) return null;
  switch (e._kind) {
    case K.List: case K.Tuple:
      for (const x of e.elts) {
        const c = getInvalidTarget(x, type);
        if (c !== null) return c;
      }
      return null;
    case K.Starred:
      if (type === Targets.DEL) return e;
      return getInvalidTarget(e.value, type);
    case K.Compare:
      if (type === Targets.FOR) {
        if (e.ops[0] === A.In) return getInvalidTarget(e.left, type);
        return null;
      }
      return e;
    case K.Name: case K.Subscript: case K.Attribute:
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises when `e` holds an invalid target, else returns null. */
export function raiseInvalidTarget(p: Parser, type: Targets, e: A.expr | null): null {
  const t = getInvalidTarget(e, type);
  if (t !== null) {
    const msg = type === Targets.DEL ? "cannot delete %s" : "cannot assign to %s";
    p.errorAt(t, msg.replace("%s", exprName(t)));
  }
  return null;
}

// ---- arguments (function parameters) ----------------------------------------------------------

/** param_with_default / param_maybe_default result. */
export interface NameDefaultPair { arg: A.arg; value: A.expr | null }
/** slash_with_default result. */
export interface SlashWithDefault { plainNames: A.arg[]; namesWithDefaults: NameDefaultPair[] }
/** star_etc result. */
export interface StarEtc { vararg: A.arg | null; kwonlyargs: NameDefaultPair[]; kwarg: A.arg | null }

/**
 * An empty list for an AST field. A `[]` literal that stays empty has an elements kind (a map) of
 * its own, unlike the lists the rules fill: every loop over such a field in the symbol table, the
 * optimiser and the code generator would leave optimized code once for the empty kind. This one
 * starts with generic elements, the kind filled lists have.
 */
export function noItems<T>(): T[] {
  const a = [null] as unknown as T[];
  a.length = 0;
  return a;
}

/** _PyPegen_make_arguments */
export function makeArguments(
  slashWithoutDefault: A.arg[] | null,
  slashWithDefault: SlashWithDefault | null,
  plainNames: A.arg[] | null,
  namesWithDefault: NameDefaultPair[] | null,
  starEtc: StarEtc | null,
): A.arguments {
  // every list is built by pushing into noItems() (one elements kind; see noItems)
  const posonlyargs: A.arg[] = noItems();
  if (slashWithoutDefault !== null) pushAll(posonlyargs, slashWithoutDefault);
  else if (slashWithDefault !== null) {
    pushAll(posonlyargs, slashWithDefault.plainNames);
    for (const x of slashWithDefault.namesWithDefaults) posonlyargs.push(x.arg);
  }

  const posargs: A.arg[] = noItems();
  if (plainNames !== null) pushAll(posargs, plainNames);
  if (namesWithDefault !== null) for (const x of namesWithDefault) posargs.push(x.arg);

  const defaults: A.expr[] = noItems();
  if (slashWithDefault !== null) for (const x of slashWithDefault.namesWithDefaults) defaults.push(x.value!);
  if (namesWithDefault !== null) for (const x of namesWithDefault) defaults.push(x.value!);

  const vararg = starEtc !== null ? starEtc.vararg : null;
  const kwonlyargs: A.arg[] = noItems();
  const kwdefaults: (A.expr | null)[] = noItems();
  if (starEtc !== null) {
    for (const x of starEtc.kwonlyargs) {
      kwonlyargs.push(x.arg);
      kwdefaults.push(x.value);
    }
  }
  const kwarg = starEtc !== null ? starEtc.kwarg : null;
  return A.arguments_(posonlyargs, posargs, vararg, kwonlyargs, kwdefaults as A.expr[], kwarg, defaults);
}

function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]!);
}

export function emptyArguments(): A.arguments {
  return A.arguments_(noItems(), noItems(), null, noItems(), noItems(), null, noItems());
}

/** _PyPegen_add_type_comment_to_arg: a copy of the arg with the type comment. */
export function addTypeComment(a: A.arg, tc: string | null): A.arg {
  if (tc === null) return a;
  return A.arg(a.arg, a.annotation, tc, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
}

// ---- calls -------------------------------------------------------------------------------------

/** kwarg_or_starred / kwarg_or_double_starred result. */
export interface KeywordOrStarred { element: A.keyword | A.expr; isKeyword: boolean }

/** args: positional arguments and keywords, as the Call that CPython builds around them. */
export interface CallArgs { args: A.expr[]; keywords: A.keyword[]; lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

export function extractStarred(kws: KeywordOrStarred[]): A.expr[] {
  const out: A.expr[] = noItems();
  for (const k of kws) if (!k.isKeyword) out.push(k.element as A.expr);
  return out;
}

export function deleteStarred(kws: KeywordOrStarred[]): A.keyword[] {
  const out: A.keyword[] = noItems();
  for (const k of kws) if (k.isKeyword) out.push(k.element as A.keyword);
  return out;
}

// ---- class / function decorators -------------------------------------------------------------

export function functionDefDecorators(decos: A.expr[], f: A.FunctionDef | A.AsyncFunctionDef): A.stmt {
  if (f._kind === K.AsyncFunctionDef) {
    return A.AsyncFunctionDef(f.name, f.args, f.body, decos, f.returns, f.type_comment, f.lineno, f.col_offset, f.end_lineno, f.end_col_offset);
  }
  return A.FunctionDef(f.name, f.args, f.body, decos, f.returns, f.type_comment, f.lineno, f.col_offset, f.end_lineno, f.end_col_offset);
}

export function classDefDecorators(decos: A.expr[], c: A.ClassDef): A.stmt {
  return A.ClassDef(c.name, c.bases, c.keywords, c.body, decos, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset);
}

// ---- misc ------------------------------------------------------------------------------------

/** _PyPegen_check_legacy_stmt: print / exec used as statements. */
export function isLegacyStmt(e: A.expr): boolean {
  return e._kind === K.Name && (e.id === "print" || e.id === "exec");
}

/** _PyPegen_get_last_comprehension_item */
export function lastComprehensionItem(c: A.comprehension): A.expr {
  if (c.ifs.length === 0) return c.iter;
  return c.ifs[c.ifs.length - 1]!;
}
