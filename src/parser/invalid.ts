/**
 * The invalid_* rules of the 3.11 grammar: only active in the second pass (p.callInvalidRules),
 * they match common mistakes and raise CPython's specific SyntaxError. Each function either
 * throws a CompileError or returns (the caller restores `p.mark`). The grammar rule is quoted
 * above each function; alternatives are tried in order, as in the grammar.
 */
import { TokenType as T } from "../tokenizer/token.ts";
import * as A from "../ast/nodes.ts";
import { KW, R, type Parser, type Token } from "./parser.ts";
import {
  exprName, isLegacyStmt, lastComprehensionItem, raiseInvalidTarget, Targets,
} from "./actions.ts";
import {
  args, bitwiseOr, disjunction, doubleStarredKvpair, expression, expressions, expressionWithoutInvalid,
  forIfClauses, namedExpression, starExpressions, starNamedExpression, starNamedExpressions,
  starredExpression, yieldExpr, gather, argumentsRule as argumentsFn,
} from "./exprs.ts";
import { starTarget, starTargets } from "./targets.ts";
import {
  param, paramMaybeDefaultStar, paramNoDefault, paramNoDefaultStar, paramWithDefaultStar, params,
  slashNoDefault, slashWithDefault,
} from "./params.ts";
import { block, augassign, subjectExpr, guard, exceptBlock } from "./stmts.ts";
import { keywordPatterns, nameOrAttr, orPattern, patterns, positionalPatterns } from "./patterns.ts";

function tok(p: Parser, type: number): Token | null { return p.expect(type); }

// invalid_arguments:
//     | a=args ',' b='*' { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(b, "iterable argument unpacking follows keyword argument unpacking") }
//     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses] {
//         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") }
//     | a=NAME b='=' expression for_if_clauses { KNOWN_RANGE(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
//     | a=args b=for_if_clauses { nonparen_genexp_in_call(a, b) }
//     | args ',' a=expression b=for_if_clauses { KNOWN_RANGE(a, last(b), "Generator expression must be parenthesized") }
//     | a=args ',' args { arguments_parsing_error(a) }
export function invalidArguments(p: Parser): void {
  const m = p.mark;
  {
    const a = args(p);
    if (a !== null && tok(p, T.COMMA) !== null) {
      const b = tok(p, T.STAR);
      if (b !== null) p.errorAt(b, "iterable argument unpacking follows keyword argument unpacking");
    }
    p.mark = m;
  }
  {
    const a = expression(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null && tok(p, T.COMMA) !== null) {
        const m2 = p.mark;
        if (args(p) === null) {
          p.mark = m2;
          if (expression(p) === null || forIfClauses(p) === null) p.mark = m2;
        }
        p.errorRange(a, lastComprehensionItem(b[b.length - 1]!), "Generator expression must be parenthesized");
      }
    }
    p.mark = m;
  }
  {
    const a = p.peek();
    if (a.type === T.NAME && p.peekTypeAt(1) === T.EQUAL) {
      p.mark++;
      const b = p.tokens[p.mark++]!;
      if (expression(p) !== null && forIfClauses(p) !== null) {
        p.errorRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    p.mark = m;
  }
  {
    const a = args(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null && a.args.length > 1) {
        p.errorRange(a.args[a.args.length - 1]!, lastComprehensionItem(b[b.length - 1]!), "Generator expression must be parenthesized");
      }
    }
    p.mark = m;
  }
  {
    if (args(p) !== null && tok(p, T.COMMA) !== null) {
      const a = expression(p);
      if (a !== null) {
        const b = forIfClauses(p);
        if (b !== null) p.errorRange(a, lastComprehensionItem(b[b.length - 1]!), "Generator expression must be parenthesized");
      }
    }
    p.mark = m;
  }
  {
    const a = args(p);
    if (a !== null && tok(p, T.COMMA) !== null && args(p) !== null) {
      const unpacking = a.keywords.some((k) => k.arg === null);
      p.syntaxError(unpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
    }
    p.mark = m;
  }
}

// invalid_kwarg:
//     | a=('True'|'False'|'None') b='=' { KNOWN_RANGE(a, b, "cannot assign to %s") }
//     | a=NAME b='=' expression for_if_clauses { KNOWN_RANGE(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
//     | !(NAME '=') a=expression b='=' { KNOWN_RANGE(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?") }
export function invalidKwarg(p: Parser): void {
  const m = p.mark;
  const a = p.peek();
  if ((a.type === KW.True || a.type === KW.False || a.type === KW.None) && p.peekTypeAt(1) === T.EQUAL) {
    p.errorRange(a, p.tokens[p.mark + 1]!, `cannot assign to ${a.type === KW.True ? "True" : a.type === KW.False ? "False" : "None"}`);
  }
  if (a.type === T.NAME && p.peekTypeAt(1) === T.EQUAL) {
    p.mark += 2;
    const b = p.tokens[p.mark - 1]!;
    if (expression(p) !== null && forIfClauses(p) !== null) {
      p.errorRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    p.mark = m;
    return; // !(NAME '=') fails
  }
  const e = expression(p);
  if (e !== null) {
    const b = tok(p, T.EQUAL);
    if (b !== null) p.errorRange(e, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
  }
  p.mark = m;
}

// invalid_legacy_expression:
//     | a=NAME !'(' b=star_expressions {
//         check_legacy_stmt(a) ? KNOWN_RANGE(a, b, "Missing parentheses in call to '%U'. Did you mean %U(...)?") : NULL }
export function invalidLegacyExpression(p: Parser): void {
  const m = p.mark;
  const a = p.name();
  if (a === null) return;
  if (p.at(T.LPAR)) { p.mark = m; return; }
  const b = starExpressions(p);
  if (b !== null && isLegacyStmt(a)) {
    p.errorRange(a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
  }
  p.mark = m;
}

// invalid_expression:
//     # !(NAME STRING) is not matched so we don't show this error with some invalid string prefixes like: kf"dsfsdf"
//     # Soft keywords need to also be ignored because they can be parsed as NAME NAME
//    | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid {
//         check_legacy_stmt(a) ? NULL : tokens[mark-1].level == 0 ? NULL :
//         KNOWN_RANGE(a, b, "invalid syntax. Perhaps you forgot a comma?") }
//    | a=disjunction 'if' b=disjunction !('else'|':') { KNOWN_RANGE(a, b, "expected 'else' after 'if' expression") }
export function invalidExpression(p: Parser): void {
  const m = p.mark;
  const t0 = p.peek();
  const excluded = (t0.type === T.NAME && p.peekTypeAt(1) === T.STRING) || p.atAnySoftKeyword();
  if (!excluded) {
    const a = disjunction(p);
    if (a !== null) {
      const b = expressionWithoutInvalid(p);
      if (b !== null) {
        if (!isLegacyStmt(a) && p.tokens[p.mark - 1]!.level !== 0) {
          p.errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
    p.mark = m;
  }
  const a = disjunction(p);
  if (a !== null && tok(p, KW.if_) !== null) {
    const b = disjunction(p);
    if (b !== null) {
      const t = p.peekType();
      if (t !== KW.else_ && t !== T.COLON) p.errorRange(a, b, "expected 'else' after 'if' expression");
    }
  }
  p.mark = m;
}

// invalid_named_expression (memo):
//     | a=expression ':=' expression { KNOWN_LOCATION(a, "cannot use assignment expressions with %s") }
//     | a=NAME '=' b=bitwise_or !('='|':=') { KNOWN_RANGE(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
//     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=') {
//         KNOWN_LOCATION(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?") }
export function invalidNamedExpression(p: Parser): void {
  if (p.isMemoized(R.invalid_named_expression)) return;
  const m = p.mark;
  {
    const a = expression(p);
    if (a !== null && tok(p, T.COLONEQUAL) !== null && expression(p) !== null) {
      p.errorAt(a, `cannot use assignment expressions with ${exprName(a)}`);
    }
    p.mark = m;
  }
  {
    const a = p.peek();
    if (a.type === T.NAME && p.peekTypeAt(1) === T.EQUAL) {
      const n = p.name()!;
      p.mark++;
      const b = bitwiseOr(p);
      if (b !== null) {
        const t = p.peekType();
        if (t !== T.EQUAL && t !== T.COLONEQUAL) p.errorRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    p.mark = m;
  }
  {
    const t = p.peekType();
    let excluded = t === KW.True || t === KW.None || t === KW.False;
    if (!excluded && (t === T.LSQB || t === T.LPAR)) {
      excluded = lookaheadListTupleGenexp(p);
      p.mark = m;
    }
    if (!excluded) {
      const a = bitwiseOr(p);
      if (a !== null && tok(p, T.EQUAL) !== null && bitwiseOr(p) !== null) {
        const t2 = p.peekType();
        if (t2 !== T.EQUAL && t2 !== T.COLONEQUAL) {
          p.errorAt(a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
        }
      }
    }
    p.mark = m;
  }
  p.memoize(m, R.invalid_named_expression, null);
}

/** &(list | tuple | genexp) at mark (mark restored by the caller). */
function lookaheadListTupleGenexp(p: Parser): boolean {
  const m = p.mark;
  const a = p.peekType() === T.LSQB ? listOrNull(p) : (tupleOrNull(p) ?? (p.mark = m, genexpOrNull(p)));
  p.mark = m;
  return a !== null;
}

function listOrNull(p: Parser): A.expr | null {
  // list: '[' a=[star_named_expressions] ']'
  const m = p.mark;
  if (tok(p, T.LSQB) === null) return null;
  const a = starNamedExpressions(p);
  if (tok(p, T.RSQB) === null) { p.mark = m; return null; }
  return A.List(a ?? [], A.Load, 0, 0, 0, 0);
}

function tupleOrNull(p: Parser): A.expr | null {
  const m = p.mark;
  if (tok(p, T.LPAR) === null) return null;
  const m2 = p.mark;
  const y = starNamedExpression(p);
  if (y !== null && tok(p, T.COMMA) !== null) starNamedExpressions(p);
  else p.mark = m2;
  if (tok(p, T.RPAR) === null) { p.mark = m; return null; }
  return A.Tuple([], A.Load, 0, 0, 0, 0);
}

function genexpOrNull(p: Parser): A.expr | null {
  // genexp without its invalid alternative is enough for a lookahead's success
  const m = p.mark;
  if (tok(p, T.LPAR) === null) return null;
  let a: A.expr | null = null;
  const t = p.peek();
  if (t.type === T.NAME && p.peekTypeAt(1) === T.COLONEQUAL) {
    p.mark += 2;
    a = expression(p);
  } else {
    a = expression(p);
    if (a !== null && p.at(T.COLONEQUAL)) a = null;
  }
  if (a !== null && forIfClauses(p) !== null && tok(p, T.RPAR) !== null) return a;
  p.mark = m;
  return null;
}

// invalid_assignment:
//     | a=invalid_ann_assign_target ':' expression { KNOWN_LOCATION(a, "only single target (not %s) can be annotated") }
//     | a=star_named_expression ',' star_named_expressions* ':' expression { KNOWN_LOCATION(a, "only single target (not tuple) can be annotated") }
//     | a=expression ':' expression { KNOWN_LOCATION(a, "illegal target for annotation") }
//     | (star_targets '=')* a=star_expressions '=' { INVALID_TARGET(STAR_TARGETS, a) }
//     | (star_targets '=')* a=yield_expr '=' { KNOWN_LOCATION(a, "assignment to yield expression not possible") }
//     | a=star_expressions augassign (yield_expr | star_expressions) {
//         KNOWN_LOCATION(a, "'%s' is an illegal expression for augmented assignment") }
export function invalidAssignment(p: Parser): void {
  const m = p.mark;
  {
    const a = invalidAnnAssignTarget(p);
    if (a !== null && tok(p, T.COLON) !== null && expression(p) !== null) {
      p.errorAt(a, `only single target (not ${exprName(a)}) can be annotated`);
    }
    p.mark = m;
  }
  {
    const a = starNamedExpression(p);
    if (a !== null && tok(p, T.COMMA) !== null) {
      while (starNamedExpressions(p) !== null) { /* star_named_expressions* */ }
      if (tok(p, T.COLON) !== null && expression(p) !== null) p.errorAt(a, "only single target (not tuple) can be annotated");
    }
    p.mark = m;
  }
  {
    const a = expression(p);
    if (a !== null && tok(p, T.COLON) !== null && expression(p) !== null) p.errorAt(a, "illegal target for annotation");
    p.mark = m;
  }
  {
    skipStarTargetsEquals(p);
    const a = starExpressions(p);
    if (a !== null && tok(p, T.EQUAL) !== null) raiseInvalidTarget(p, Targets.STAR, a);
    p.mark = m;
  }
  {
    skipStarTargetsEquals(p);
    const a = yieldExpr(p);
    if (a !== null && tok(p, T.EQUAL) !== null) p.errorAt(a, "assignment to yield expression not possible");
    p.mark = m;
  }
  {
    const a = starExpressions(p);
    if (a !== null && augassign(p) !== null && (yieldExpr(p) ?? starExpressions(p)) !== null) {
      p.errorAt(a, `'${exprName(a)}' is an illegal expression for augmented assignment`);
    }
    p.mark = m;
  }
}

/** (star_targets '=')* */
function skipStarTargetsEquals(p: Parser): void {
  for (;;) {
    const m = p.mark;
    if (starTargets(p) === null || tok(p, T.EQUAL) === null) { p.mark = m; return; }
  }
}

// invalid_ann_assign_target:
//     | list
//     | tuple
//     | '(' a=invalid_ann_assign_target ')' { a }
function invalidAnnAssignTarget(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  if (st.type === T.LSQB) {
    p.mark++;
    const a = starNamedExpressions(p);
    if (tok(p, T.RSQB) !== null) {
      const e = p.lastTok();
      return A.List(a ?? [], A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
    return null;
  }
  if (st.type === T.LPAR) {
    p.mark++;
    let elts: A.expr[] = [];
    const m2 = p.mark;
    const y = starNamedExpression(p);
    let ok = false;
    if (y !== null && tok(p, T.COMMA) !== null) {
      const z = starNamedExpressions(p);
      elts = z !== null ? [y, ...z] : [y];
      ok = true;
    } else p.mark = m2;
    if (tok(p, T.RPAR) !== null) {
      const e = p.lastTok();
      void ok;
      return A.Tuple(elts, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m + 1;
    const a = invalidAnnAssignTarget(p);
    if (a !== null && tok(p, T.RPAR) !== null) return a;
    p.mark = m;
  }
  return null;
}

// invalid_del_stmt: 'del' a=star_expressions { INVALID_TARGET(DEL_TARGETS, a) }
export function invalidDelStmt(p: Parser): void {
  if (tok(p, KW.del) === null) return;
  const a = starExpressions(p);
  if (a !== null) raiseInvalidTarget(p, Targets.DEL, a);
}

// invalid_block: NEWLINE !INDENT { RAISE_INDENTATION_ERROR("expected an indented block") }
export function invalidBlock(p: Parser): void {
  if (tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) p.indentationError("expected an indented block");
}

// invalid_comprehension:
//     | ('[' | '(' | '{') a=starred_expression for_if_clauses { KNOWN_LOCATION(a, "iterable unpacking cannot be used in comprehension") }
//     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses {
//         KNOWN_RANGE(a, b[-1], "did you forget parentheses around the comprehension target?") }
//     | ('[' | '{') a=star_named_expression b=',' for_if_clauses { KNOWN_RANGE(a, b, "did you forget parentheses around the comprehension target?") }
export function invalidComprehension(p: Parser): void {
  const m = p.mark;
  const t = p.peekType();
  if (t !== T.LSQB && t !== T.LPAR && t !== T.LBRACE) return;
  p.mark++;
  const a = starredExpression(p);
  if (a !== null && forIfClauses(p) !== null) p.errorAt(a, "iterable unpacking cannot be used in comprehension");
  p.mark = m;
  if (t === T.LPAR) return;
  p.mark++;
  {
    const a2 = starNamedExpression(p);
    if (a2 !== null && tok(p, T.COMMA) !== null) {
      const b = starNamedExpressions(p);
      if (b !== null && forIfClauses(p) !== null) {
        p.errorRange(a2, b[b.length - 1]!, "did you forget parentheses around the comprehension target?");
      }
    }
  }
  p.mark = m + 1;
  {
    const a2 = starNamedExpression(p);
    if (a2 !== null) {
      const b = tok(p, T.COMMA);
      if (b !== null && forIfClauses(p) !== null) p.errorRange(a2, b, "did you forget parentheses around the comprehension target?");
    }
  }
  p.mark = m;
}

// invalid_dict_comprehension:
//     | '{' a='**' bitwise_or for_if_clauses '}' { KNOWN_LOCATION(a, "dict unpacking cannot be used in dict comprehension") }
export function invalidDictComprehension(p: Parser): void {
  if (tok(p, T.LBRACE) === null) return;
  const a = tok(p, T.DOUBLESTAR);
  if (a === null) return;
  if (bitwiseOr(p) !== null && forIfClauses(p) !== null && tok(p, T.RBRACE) !== null) {
    p.errorAt(a, "dict unpacking cannot be used in dict comprehension");
  }
}

// invalid_parameters:
//     | param_no_default* invalid_parameters_helper a=param_no_default { KNOWN_LOCATION(a, "non-default argument follows default argument") }
//     | param_no_default* a='(' param_no_default+ ','? b=')' { KNOWN_RANGE(a, b, "Function parameters cannot be parenthesized") }
//     | a="/" ',' { KNOWN_LOCATION(a, "at least one argument must precede /") }
//     | (slash_no_default | slash_with_default) param_maybe_default* a='/' { KNOWN_LOCATION(a, "/ may appear only once") }
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/' {
//         KNOWN_LOCATION(a, "/ must be ahead of *") }
//     | param_maybe_default+ '/' a='*' { KNOWN_LOCATION(a, "expected comma between / and *") }
// invalid_parameters_helper: a=slash_with_default | param_with_default+
// (invalid_lambda_parameters: the same with lambda_ rules and "Lambda expression parameters cannot be parenthesized")
export function invalidParameters(p: Parser): void { invalidParams(p, false); }
export function invalidLambdaParameters(p: Parser): void { invalidParams(p, true); }

function invalidParams(p: Parser, lam: boolean): void {
  const m = p.mark;
  {
    paramNoDefaultStar(p, lam);
    const m2 = p.mark;
    let helper = slashWithDefault(p, lam) !== null;
    if (!helper) { p.mark = m2; helper = paramWithDefaultStar(p, lam).length > 0; }
    if (helper) {
      const a = paramNoDefault(p, lam);
      if (a !== null) p.errorAt(a, "non-default argument follows default argument");
    }
    p.mark = m;
  }
  {
    paramNoDefaultStar(p, lam);
    const a = tok(p, T.LPAR);
    if (a !== null) {
      let ok: boolean;
      if (lam) {
        ok = gather(p, (q) => param(q, true)) !== null;
      } else ok = paramNoDefaultStar(p, false).length > 0;
      if (ok) {
        tok(p, T.COMMA);
        const b = tok(p, T.RPAR);
        if (b !== null) p.errorRange(a, b, lam ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized");
      }
    }
    p.mark = m;
  }
  {
    const a = tok(p, T.SLASH);
    if (a !== null && tok(p, T.COMMA) !== null) p.errorAt(a, "at least one argument must precede /");
    p.mark = m;
  }
  {
    let ok = slashNoDefault(p, lam) !== null;
    if (!ok) { p.mark = m; ok = slashWithDefault(p, lam) !== null; }
    if (ok) {
      paramMaybeDefaultStar(p, lam);
      const a = tok(p, T.SLASH);
      if (a !== null) p.errorAt(a, "/ may appear only once");
    }
    p.mark = m;
  }
  {
    if (slashNoDefault(p, lam) === null) {
      p.mark = m;
      if (slashWithDefault(p, lam) === null) p.mark = m;
    }
    paramMaybeDefaultStar(p, lam);
    if (tok(p, T.STAR) !== null && (tok(p, T.COMMA) !== null || paramNoDefault(p, lam) !== null)) {
      paramMaybeDefaultStar(p, lam);
      const a = tok(p, T.SLASH);
      if (a !== null) p.errorAt(a, "/ must be ahead of *");
    }
    p.mark = m;
  }
  {
    if (paramMaybeDefaultStar(p, lam).length > 0 && tok(p, T.SLASH) !== null) {
      const a = tok(p, T.STAR);
      if (a !== null) p.errorAt(a, "expected comma between / and *");
    }
    p.mark = m;
  }
}

// invalid_default: a='=' &(')'|',') { KNOWN_LOCATION(a, "expected default value expression") }
export function invalidDefault(p: Parser): void {
  const a = tok(p, T.EQUAL);
  if (a === null) return;
  const t = p.peekType();
  if (t === T.RPAR || t === T.COMMA) p.errorAt(a, "expected default value expression");
}

// invalid_star_etc:
//     | a='*' (')' | ',' (')' | '**')) { KNOWN_LOCATION(a, "named arguments must follow bare *") }
//     | '*' ',' TYPE_COMMENT { RAISE_SYNTAX_ERROR("bare * has associated type comment") }
//     | '*' param a='=' { KNOWN_LOCATION(a, "var-positional argument cannot have default value") }
//     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') {
//         KNOWN_LOCATION(a, "* argument may appear only once") }
export function invalidStarEtc(p: Parser): void {
  const m = p.mark;
  const a = tok(p, T.STAR);
  if (a === null) return;
  const t = p.peekType();
  if (t === T.RPAR) p.errorAt(a, "named arguments must follow bare *");
  if (t === T.COMMA) {
    const t2 = p.peekTypeAt(1);
    if (t2 === T.RPAR || t2 === T.DOUBLESTAR) p.errorAt(a, "named arguments must follow bare *");
    if (t2 === T.TYPE_COMMENT) { p.mark += 2; p.syntaxError("bare * has associated type comment"); }
  }
  starParamRest(p, m, false);
}

// invalid_lambda_star_etc:
//     | '*' (':' | ',' (':' | '**')) { RAISE_SYNTAX_ERROR("named arguments must follow bare *") }
//     | '*' lambda_param a='=' { KNOWN_LOCATION(a, "var-positional argument cannot have default value") }
//     | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',') {
//         KNOWN_LOCATION(a, "* argument may appear only once") }
export function invalidLambdaStarEtc(p: Parser): void {
  const m = p.mark;
  if (tok(p, T.STAR) === null) return;
  const t = p.peekType();
  if (t === T.COLON) { p.mark++; p.syntaxError("named arguments must follow bare *"); }
  if (t === T.COMMA) {
    const t2 = p.peekTypeAt(1);
    if (t2 === T.COLON || t2 === T.DOUBLESTAR) { p.mark += 2; p.syntaxError("named arguments must follow bare *"); }
  }
  starParamRest(p, m, true);
}

function starParamRest(p: Parser, m: number, lam: boolean): void {
  p.mark = m + 1;
  if (param(p, lam) !== null) {
    const a = tok(p, T.EQUAL);
    if (a !== null) p.errorAt(a, "var-positional argument cannot have default value");
  }
  p.mark = m + 1;
  if (paramNoDefault(p, lam) !== null || tok(p, T.COMMA) !== null) {
    paramMaybeDefaultStar(p, lam);
    const a = tok(p, T.STAR);
    if (a !== null && (paramNoDefault(p, lam) !== null || tok(p, T.COMMA) !== null)) {
      p.errorAt(a, "* argument may appear only once");
    }
  }
  p.mark = m;
}

// invalid_kwds:
//     | '**' param a='=' { KNOWN_LOCATION(a, "var-keyword argument cannot have default value") }
//     | '**' param ',' a=param { KNOWN_LOCATION(a, "arguments cannot follow var-keyword argument") }
//     | '**' param ',' a=('*'|'**'|'/') { KNOWN_LOCATION(a, "arguments cannot follow var-keyword argument") }
export function invalidKwds(p: Parser): void { kwdsRest(p, false); }
export function invalidLambdaKwds(p: Parser): void { kwdsRest(p, true); }

function kwdsRest(p: Parser, lam: boolean): void {
  const m = p.mark;
  if (tok(p, T.DOUBLESTAR) === null) return;
  if (param(p, lam) === null) { p.mark = m; return; }
  const eq = tok(p, T.EQUAL);
  if (eq !== null) p.errorAt(eq, "var-keyword argument cannot have default value");
  if (tok(p, T.COMMA) !== null) {
    const a = param(p, lam);
    if (a !== null) p.errorAt(a, "arguments cannot follow var-keyword argument");
    const t = p.peek();
    if (t.type === T.STAR || t.type === T.DOUBLESTAR || t.type === T.SLASH) p.errorAt(t, "arguments cannot follow var-keyword argument");
  }
  p.mark = m;
}

// invalid_double_type_comments:
//     | TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT { RAISE_SYNTAX_ERROR("Cannot have two type comments on def") }
export function invalidDoubleTypeComments(p: Parser): void {
  if (p.peekType() === T.TYPE_COMMENT && p.peekTypeAt(1) === T.NEWLINE && p.peekTypeAt(2) === T.TYPE_COMMENT
      && p.peekTypeAt(3) === T.NEWLINE && p.peekTypeAt(4) === T.INDENT) {
    p.mark += 5;
    p.syntaxError("Cannot have two type comments on def");
  }
}

// invalid_with_item:
//     | expression 'as' a=expression &(',' | ')' | ':') { INVALID_TARGET(STAR_TARGETS, a) }
export function invalidWithItem(p: Parser): void {
  if (expression(p) === null || tok(p, KW.as) === null) return;
  const a = expression(p);
  if (a === null) return;
  const t = p.peekType();
  if (t === T.COMMA || t === T.RPAR || t === T.COLON) raiseInvalidTarget(p, Targets.STAR, a);
}

// invalid_for_target: ASYNC? 'for' a=star_expressions { INVALID_TARGET(FOR_TARGETS, a) }
export function invalidForTarget(p: Parser): void {
  tok(p, T.ASYNC);
  if (tok(p, KW.for_) === null) return;
  const a = starExpressions(p);
  if (a !== null) raiseInvalidTarget(p, Targets.FOR, a);
}

// invalid_group:
//     | '(' a=starred_expression ')' { KNOWN_LOCATION(a, "cannot use starred expression here") }
//     | '(' a='**' expression ')' { KNOWN_LOCATION(a, "cannot use double starred expression here") }
export function invalidGroup(p: Parser): void {
  const m = p.mark;
  if (tok(p, T.LPAR) === null) return;
  const a = starredExpression(p);
  if (a !== null && tok(p, T.RPAR) !== null) p.errorAt(a, "cannot use starred expression here");
  p.mark = m + 1;
  const b = tok(p, T.DOUBLESTAR);
  if (b !== null && expression(p) !== null && tok(p, T.RPAR) !== null) p.errorAt(b, "cannot use double starred expression here");
}

// invalid_import_from_targets:
//     | import_from_as_names ',' NEWLINE { RAISE_SYNTAX_ERROR("trailing comma not allowed without surrounding parentheses") }
export function invalidImportFromTargets(p: Parser): void {
  const names = gather(p, (q) => {
    const a = q.name();
    if (a === null) return null;
    const m = q.mark;
    if (tok(q, KW.as) !== null && q.name() === null) q.mark = m;
    return a;
  });
  if (names !== null && tok(p, T.COMMA) !== null && tok(p, T.NEWLINE) !== null) {
    p.syntaxError("trailing comma not allowed without surrounding parentheses");
  }
}

/** ','.(expression ['as' star_target])+  (or with `expressions`) */
function withItemsLoose(p: Parser, exprs: boolean): boolean {
  const item = (q: Parser): true | null => {
    const e = exprs ? expressions(q) : expression(q);
    if (e === null) return null;
    const m = q.mark;
    if (tok(q, KW.as) === null || starTarget(q) === null) q.mark = m;
    return true;
  };
  return gather(p, item) !== null;
}

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
export function invalidWithStmt(p: Parser): void {
  const m = p.mark;
  tok(p, T.ASYNC);
  if (tok(p, KW.with_) === null) { p.mark = m; return; }
  const afterWith = p.mark;
  if (withItemsLoose(p, false) && tok(p, T.NEWLINE) !== null) p.syntaxError("expected ':'");
  p.mark = afterWith;
  if (tok(p, T.LPAR) !== null && withItemsLoose(p, true)) {
    tok(p, T.COMMA);
    if (tok(p, T.RPAR) !== null && tok(p, T.NEWLINE) !== null) p.syntaxError("expected ':'");
  }
  p.mark = m;
}

// invalid_with_stmt_indent:
//     | [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'with' statement on line %d", a->lineno) }
//     | [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT { same }
export function invalidWithStmtIndent(p: Parser): void {
  const m = p.mark;
  tok(p, T.ASYNC);
  const a = tok(p, KW.with_);
  if (a === null) { p.mark = m; return; }
  const afterWith = p.mark;
  const msg = `expected an indented block after 'with' statement on line ${a.lineno}`;
  if (withItemsLoose(p, false) && tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) p.indentationError(msg);
  p.mark = afterWith;
  if (tok(p, T.LPAR) !== null && withItemsLoose(p, true)) {
    tok(p, T.COMMA);
    if (tok(p, T.RPAR) !== null && tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) p.indentationError(msg);
  }
  p.mark = m;
}

// invalid_try_stmt:
//     | a='try' ':' NEWLINE !INDENT { RAISE_INDENTATION_ERROR("expected an indented block after 'try' statement on line %d") }
//     | 'try' ':' block !('except' | 'finally') { RAISE_SYNTAX_ERROR_KNOWN_LOCATION(last token, "expected 'except' or 'finally' block") }
//     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':' {
//         KNOWN_RANGE(a, b, "cannot have both 'except' and 'except*' on the same 'try'") }
//     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' {
//         KNOWN_LOCATION(a, "cannot have both 'except' and 'except*' on the same 'try'") }
export function invalidTryStmt(p: Parser): void {
  const m = p.mark;
  const a = tok(p, KW.try_);
  if (a === null) return;
  if (tok(p, T.COLON) === null) { p.mark = m; return; }
  const afterColon = p.mark;
  if (tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.indentationError(`expected an indented block after 'try' statement on line ${a.lineno}`);
  }
  p.mark = afterColon;
  if (block(p) !== null) {
    const t = p.peekType();
    if (t !== KW.except && t !== KW.finally_) p.syntaxError("expected 'except' or 'finally' block");
  }
  p.mark = afterColon;
  while (block(p) !== null) { /* block* */ }
  const afterBlocks = p.mark;
  for (const star of [false, true]) {
    p.mark = afterBlocks;
    let n = 0;
    for (;;) {
      const m2 = p.mark;
      if (exceptBlock(p, star) === null) { p.mark = m2; break; }
      n++;
    }
    if (n === 0) continue;
    const e = tok(p, KW.except);
    if (e === null) continue;
    if (!star) {
      const s = tok(p, T.STAR);
      if (s !== null && expression(p) !== null) {
        optAsName(p);
        if (tok(p, T.COLON) !== null) p.errorRange(e, s, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    } else {
      const m3 = p.mark;
      if (expression(p) !== null) optAsName(p);
      else p.mark = m3;
      if (tok(p, T.COLON) !== null) p.errorAt(e, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  p.mark = m;
}

function optAsName(p: Parser): void {
  const m = p.mark;
  if (tok(p, KW.as) === null || p.name() === null) p.mark = m;
}

// invalid_except_stmt:
//     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':' {
//         RAISE_SYNTAX_ERROR_STARTING_FROM(a, "multiple exception types must be parenthesized") }
//     | a='except' '*'? expression ['as' NAME ] NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='except' NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='except' '*' (NEWLINE | ':') { RAISE_SYNTAX_ERROR("expected one or more exception types") }
export function invalidExceptStmt(p: Parser): void {
  const m = p.mark;
  if (tok(p, KW.except) === null) return;
  const afterExcept = p.mark;
  tok(p, T.STAR);
  {
    const a = expression(p);
    if (a !== null && tok(p, T.COMMA) !== null && expressions(p) !== null) {
      optAsName(p);
      if (tok(p, T.COLON) !== null) p.errorFrom(a, "multiple exception types must be parenthesized");
    }
  }
  p.mark = afterExcept;
  tok(p, T.STAR);
  if (expression(p) !== null) {
    optAsName(p);
    if (tok(p, T.NEWLINE) !== null) p.syntaxError("expected ':'");
  }
  p.mark = afterExcept;
  if (tok(p, T.NEWLINE) !== null) p.syntaxError("expected ':'");
  p.mark = afterExcept;
  if (tok(p, T.STAR) !== null && (tok(p, T.NEWLINE) !== null || tok(p, T.COLON) !== null)) {
    p.syntaxError("expected one or more exception types");
  }
  p.mark = m;
}

// invalid_finally_stmt:
//     | a='finally' ':' NEWLINE !INDENT { RAISE_INDENTATION_ERROR("expected an indented block after 'finally' statement on line %d") }
export function invalidFinallyStmt(p: Parser): void {
  const a = tok(p, KW.finally_);
  if (a !== null && tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.indentationError(`expected an indented block after 'finally' statement on line ${a.lineno}`);
  }
}

// invalid_except_stmt_indent:
//     | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT { "expected an indented block after 'except' statement on line %d" }
//     | a='except' ':' NEWLINE !INDENT { same }
export function invalidExceptStmtIndent(p: Parser): void {
  const m = p.mark;
  const a = tok(p, KW.except);
  if (a === null) return;
  const msg = `expected an indented block after 'except' statement on line ${a.lineno}`;
  if (expression(p) !== null) {
    optAsName(p);
    if (tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) p.indentationError(msg);
  }
  p.mark = m + 1;
  if (tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) p.indentationError(msg);
  p.mark = m;
}

// invalid_except_star_stmt_indent:
//     | a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT { "expected an indented block after 'except*' statement on line %d" }
export function invalidExceptStarStmtIndent(p: Parser): void {
  const a = tok(p, KW.except);
  if (a === null || tok(p, T.STAR) === null || expression(p) === null) return;
  optAsName(p);
  if (tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.indentationError(`expected an indented block after 'except*' statement on line ${a.lineno}`);
  }
}

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a="match" subject=subject_expr ':' NEWLINE !INDENT { "expected an indented block after 'match' statement on line %d" }
export function invalidMatchStmt(p: Parser): void {
  const m = p.mark;
  const a = p.expectSoft("match");
  if (a === null) return;
  if (subjectExpr(p) !== null && tok(p, T.NEWLINE) !== null) p.syntaxError("expected ':'");
  p.mark = m + 1;
  if (subjectExpr(p) !== null && tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.indentationError(`expected an indented block after 'match' statement on line ${a.lineno}`);
  }
  p.mark = m;
}

// invalid_case_block:
//     | "case" patterns guard? NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a="case" patterns guard? ':' NEWLINE !INDENT { "expected an indented block after 'case' statement on line %d" }
export function invalidCaseBlock(p: Parser): void {
  const m = p.mark;
  const a = p.expectSoft("case");
  if (a === null) return;
  if (patterns(p) !== null) {
    guard(p);
    if (tok(p, T.NEWLINE) !== null) p.syntaxError("expected ':'");
  }
  p.mark = m + 1;
  if (patterns(p) !== null) {
    guard(p);
    if (tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) {
      p.indentationError(`expected an indented block after 'case' statement on line ${a.lineno}`);
    }
  }
  p.mark = m;
}

// invalid_as_pattern:
//     | or_pattern 'as' a="_" { KNOWN_LOCATION(a, "cannot use '_' as a target") }
//     | or_pattern 'as' !NAME a=expression { KNOWN_LOCATION(a, "invalid pattern target") }
export function invalidAsPattern(p: Parser): void {
  const m = p.mark;
  if (orPattern(p) === null || tok(p, KW.as) === null) { p.mark = m; return; }
  const u = p.expectSoft("_");
  if (u !== null) p.errorAt(u, "cannot use '_' as a target");
  if (!p.at(T.NAME)) {
    const a = expression(p);
    if (a !== null) p.errorAt(a, "invalid pattern target");
  }
  p.mark = m;
}

// invalid_class_pattern:
//     | name_or_attr '(' a=invalid_class_argument_pattern { KNOWN_RANGE(a[0], a[-1], "positional patterns follow keyword patterns") }
// invalid_class_argument_pattern:
//     | [positional_patterns ','] keyword_patterns ',' a=positional_patterns { a }
export function invalidClassPattern(p: Parser): void {
  const m = p.mark;
  if (nameOrAttr(p) === null || tok(p, T.LPAR) === null) { p.mark = m; return; }
  const afterParen = p.mark;
  if (positionalPatterns(p) === null || tok(p, T.COMMA) === null) p.mark = afterParen;
  if (keywordPatterns(p) !== null && tok(p, T.COMMA) !== null) {
    const a = positionalPatterns(p);
    if (a !== null) p.errorRange(a[0]!, a[a.length - 1]!, "positional patterns follow keyword patterns");
  }
  p.mark = m;
}

/** 'kw' named_expression NEWLINE -> "expected ':'"; 'kw' named_expression ':' NEWLINE !INDENT -> IndentationError */
function invalidColonBlock(p: Parser, kw: number, what: string, bugLine: boolean): void {
  const m = p.mark;
  const a = tok(p, kw);
  if (a === null) return;
  if (namedExpression(p) !== null && tok(p, T.NEWLINE) !== null) p.syntaxError("expected ':'");
  p.mark = m + 1;
  const e = namedExpression(p);
  if (e !== null && tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.indentationError(`expected an indented block after '${what}' statement on line ${bugLine ? e.lineno : a.lineno}`);
  }
  p.mark = m;
}

// invalid_if_stmt:
//     | 'if' named_expression NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='if' a=named_expression ':' NEWLINE !INDENT { "expected an indented block after 'if' statement on line %d" }
export function invalidIfStmt(p: Parser): void { invalidColonBlock(p, KW.if_, "if", true); }

// invalid_elif_stmt:
//     | 'elif' named_expression NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='elif' named_expression ':' NEWLINE !INDENT { "expected an indented block after 'elif' statement on line %d" }
export function invalidElifStmt(p: Parser): void { invalidColonBlock(p, KW.elif, "elif", false); }

// invalid_while_stmt:
//     | 'while' named_expression NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='while' named_expression ':' NEWLINE !INDENT { "expected an indented block after 'while' statement on line %d" }
export function invalidWhileStmt(p: Parser): void { invalidColonBlock(p, KW.while_, "while", false); }

// invalid_else_stmt:
//     | a='else' ':' NEWLINE !INDENT { "expected an indented block after 'else' statement on line %d" }
export function invalidElseStmt(p: Parser): void {
  const a = tok(p, KW.else_);
  if (a !== null && tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.indentationError(`expected an indented block after 'else' statement on line ${a.lineno}`);
  }
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT { "expected an indented block after 'for' statement on line %d" }
export function invalidForStmt(p: Parser): void {
  const m = p.mark;
  tok(p, T.ASYNC);
  const a = tok(p, KW.for_);
  if (a === null) { p.mark = m; return; }
  const afterFor = p.mark;
  if (starTargets(p) !== null && tok(p, KW.in_) !== null && starExpressions(p) !== null && tok(p, T.NEWLINE) !== null) {
    p.syntaxError("expected ':'");
  }
  p.mark = afterFor;
  if (starTargets(p) !== null && tok(p, KW.in_) !== null && starExpressions(p) !== null && tok(p, T.COLON) !== null
      && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.indentationError(`expected an indented block after 'for' statement on line ${a.lineno}`);
  }
  p.mark = m;
}

// invalid_def_raw:
//     | [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after function definition on line %d", a->lineno) }
export function invalidDefRaw(p: Parser): void {
  const m = p.mark;
  tok(p, T.ASYNC);
  const a = tok(p, KW.def);
  if (a === null || p.name() === null || tok(p, T.LPAR) === null) { p.mark = m; return; }
  params(p);
  if (tok(p, T.RPAR) === null) { p.mark = m; return; }
  const m2 = p.mark;
  if (tok(p, T.RARROW) === null || expression(p) === null) p.mark = m2;
  if (tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.indentationError(`expected an indented block after function definition on line ${a.lineno}`);
  }
  p.mark = m;
}

// invalid_class_def_raw:
//     | 'class' NAME ['(' [arguments] ')'] NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after class definition on line %d", a->lineno) }
export function invalidClassDefRaw(p: Parser): void {
  const m = p.mark;
  const a = tok(p, KW.class_);
  if (a === null || p.name() === null) { p.mark = m; return; }
  const afterName = p.mark;
  const optArgs = (): void => {
    const m2 = p.mark;
    if (tok(p, T.LPAR) !== null) {
      argumentsOpt(p);
      if (tok(p, T.RPAR) !== null) return;
    }
    p.mark = m2;
  };
  optArgs();
  if (tok(p, T.NEWLINE) !== null) p.syntaxError("expected ':'");
  p.mark = afterName;
  optArgs();
  if (tok(p, T.COLON) !== null && tok(p, T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.indentationError(`expected an indented block after class definition on line ${a.lineno}`);
  }
  p.mark = m;
}

/** [arguments] */
function argumentsOpt(p: Parser): void {
  const m = p.mark;
  if (argumentsFn(p) === null) p.mark = m;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' a='*' bitwise_or { RAISE_SYNTAX_ERROR_STARTING_FROM(a, "cannot use a starred expression in a dictionary value") }
//     | expression ':' &('}'|',') { KNOWN_LOCATION(last token, "expression expected after dictionary key and ':'") }
// invalid_kvpair:
//     | a=expression !(':') { RAISE_ERROR_KNOWN_LOCATION(a->lineno, a->end_col_offset - 1, a->end_lineno, -1, "':' expected after dictionary key") }
//     | expression ':' a='*' bitwise_or { RAISE_SYNTAX_ERROR_STARTING_FROM(a, "cannot use a starred expression in a dictionary value") }
//     | expression a=':' &('}'|',') { KNOWN_LOCATION(a, "expression expected after dictionary key and ':'") }
export function invalidDoubleStarredKvpairs(p: Parser): void {
  const m = p.mark;
  if (gather(p, doubleStarredKvpair) !== null && tok(p, T.COMMA) !== null) invalidKvpair(p);
  p.mark = m;
  if (expression(p) !== null && tok(p, T.COLON) !== null) {
    const colon = p.tokens[p.mark - 1]!;
    const a = tok(p, T.STAR);
    if (a !== null && bitwiseOr(p) !== null) p.errorFrom(a, "cannot use a starred expression in a dictionary value");
    if (a === null) {
      const t = p.peekType();
      if (t === T.RBRACE || t === T.COMMA) p.errorAt(colon, "expression expected after dictionary key and ':'");
    }
  }
  p.mark = m;
}

function invalidKvpair(p: Parser): void {
  const m = p.mark;
  const a = expression(p);
  if (a === null) return;
  if (!p.at(T.COLON)) {
    p.raiseAt("SyntaxError", a.lineno, a.end_col_offset - 1, a.end_lineno, -1, "':' expected after dictionary key");
  }
  const colon = tok(p, T.COLON)!;
  const s = tok(p, T.STAR);
  if (s !== null && bitwiseOr(p) !== null) p.errorFrom(s, "cannot use a starred expression in a dictionary value");
  if (s === null) {
    const t = p.peekType();
    if (t === T.RBRACE || t === T.COMMA) p.errorAt(colon, "expression expected after dictionary key and ':'");
  }
  p.mark = m;
}

