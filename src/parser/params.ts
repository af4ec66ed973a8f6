/**
 * Function and lambda parameters (python.gram, "Function parameters" and "Lambda functions").
 * The lambda rules are the same as the def rules without annotations or type comments, with ':'
 * instead of ')' as the closing lookahead: both are implemented once, parameterised by `lam`.
 */
import { TokenType as T } from "../tokenizer/token.ts";
import * as A from "../ast/nodes.ts";
import type { Parser } from "./parser.ts";
import {
  addTypeComment, makeArguments, type NameDefaultPair, type SlashWithDefault, type StarEtc,
} from "./actions.ts";
import { expression, starExpression } from "./exprs.ts";
import * as I from "./invalid.ts";

/** Decoded text of a TYPE_COMMENT token. */
export function typeCommentText(p: Parser, t: { start: number; end: number } | null): string | null {
  if (t === null) return null;
  return p.tokenText(t as never);
}

// params:
//     | invalid_parameters
//     | parameters
export function params(p: Parser): A.arguments | null {
  return paramsOf(p, false);
}

// lambda_params:
//     | invalid_lambda_parameters
//     | lambda_parameters
export function lambdaParams(p: Parser): A.arguments | null {
  return paramsOf(p, true);
}

function paramsOf(p: Parser, lam: boolean): A.arguments | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    if (lam) I.invalidLambdaParameters(p); else I.invalidParameters(p);
    p.mark = m;
  }
  return parameters(p, lam);
}

// parameters:
//     | a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
//     | a=slash_with_default b=param_with_default* c=[star_etc]
//     | a=param_no_default+ b=param_with_default* c=[star_etc]
//     | a=param_with_default+ b=[star_etc]
//     | a=star_etc
function parameters(p: Parser, lam: boolean): A.arguments | null {
  const m = p.mark;
  const a1 = slashNoDefault(p, lam);
  if (a1 !== null) {
    const b = paramNoDefaultStar(p, lam);
    const c = paramWithDefaultStar(p, lam);
    const d = starEtc(p, lam);
    p.checkVersion(8, "Positional-only parameters are");
    return makeArguments(a1, null, b, c, d);
  }
  p.mark = m;
  const a2 = slashWithDefault(p, lam);
  if (a2 !== null) {
    const b = paramWithDefaultStar(p, lam);
    const c = starEtc(p, lam);
    p.checkVersion(8, "Positional-only parameters are");
    return makeArguments(null, a2, null, b, c);
  }
  p.mark = m;
  const a3 = paramNoDefaultStar(p, lam);
  if (a3.length) {
    const b = paramWithDefaultStar(p, lam);
    const c = starEtc(p, lam);
    return makeArguments(null, null, a3, b, c);
  }
  p.mark = m;
  const a4 = paramWithDefaultStar(p, lam);
  if (a4.length) {
    const b = starEtc(p, lam);
    return makeArguments(null, null, null, a4, b);
  }
  p.mark = m;
  const a5 = starEtc(p, lam);
  if (a5 !== null) return makeArguments(null, null, null, null, a5);
  return null;
}

export function paramNoDefaultStar(p: Parser, lam: boolean): A.arg[] {
  const out: A.arg[] = [];
  for (;;) {
    const a = paramNoDefault(p, lam);
    if (a === null) return out;
    out.push(a);
  }
}

export function paramWithDefaultStar(p: Parser, lam: boolean): NameDefaultPair[] {
  const out: NameDefaultPair[] = [];
  for (;;) {
    const a = paramWithDefault(p, lam);
    if (a === null) return out;
    out.push(a);
  }
}

export function paramMaybeDefaultStar(p: Parser, lam: boolean): NameDefaultPair[] {
  const out: NameDefaultPair[] = [];
  for (;;) {
    const a = paramMaybeDefault(p, lam);
    if (a === null) return out;
    out.push(a);
  }
}

// slash_no_default:
//     | a=param_no_default+ '/' ',' { a }
//     | a=param_no_default+ '/' &')' { a }
export function slashNoDefault(p: Parser, lam: boolean): A.arg[] | null {
  const m = p.mark;
  const a = paramNoDefaultStar(p, lam);
  if (a.length && p.expect(T.SLASH) !== null) {
    if (p.expect(T.COMMA) !== null || p.at(lam ? T.COLON : T.RPAR)) return a;
  }
  p.mark = m;
  return null;
}

// slash_with_default:
//     | a=param_no_default* b=param_with_default+ '/' ',' { SlashWithDefault(a, b) }
//     | a=param_no_default* b=param_with_default+ '/' &')' { SlashWithDefault(a, b) }
export function slashWithDefault(p: Parser, lam: boolean): SlashWithDefault | null {
  const m = p.mark;
  const a = paramNoDefaultStar(p, lam);
  const b = paramWithDefaultStar(p, lam);
  if (b.length && p.expect(T.SLASH) !== null) {
    if (p.expect(T.COMMA) !== null || p.at(lam ? T.COLON : T.RPAR)) return { plainNames: a, namesWithDefaults: b };
  }
  p.mark = m;
  return null;
}

// star_etc:
//     | invalid_star_etc
//     | '*' a=param_no_default b=param_maybe_default* c=[kwds] { StarEtc(a, b, c) }
//     | '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds] { StarEtc(a, b, c) }
//     | '*' ',' b=param_maybe_default+ c=[kwds] { StarEtc(NULL, b, c) }
//     | a=kwds { StarEtc(NULL, NULL, a) }
export function starEtc(p: Parser, lam: boolean): StarEtc | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    if (lam) I.invalidLambdaStarEtc(p); else I.invalidStarEtc(p);
    p.mark = m;
  }
  if (p.expect(T.STAR) !== null) {
    let a = paramNoDefault(p, lam);
    if (a === null && !lam) a = paramNoDefaultStarAnnotation(p);
    if (a !== null) {
      const b = paramMaybeDefaultStar(p, lam);
      const c = kwds(p, lam);
      return { vararg: a, kwonlyargs: b, kwarg: c };
    }
    if (p.expect(T.COMMA) !== null) {
      const b = paramMaybeDefaultStar(p, lam);
      if (b.length) {
        const c = kwds(p, lam);
        return { vararg: null, kwonlyargs: b, kwarg: c };
      }
    }
    p.mark = m;
  }
  const k = kwds(p, lam);
  if (k !== null) return { vararg: null, kwonlyargs: [], kwarg: k };
  p.mark = m;
  return null;
}

// kwds:
//     | invalid_kwds
//     | '**' a=param_no_default { a }
function kwds(p: Parser, lam: boolean): A.arg | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    if (lam) I.invalidLambdaKwds(p); else I.invalidKwds(p);
    p.mark = m;
  }
  if (p.expect(T.DOUBLESTAR) !== null) {
    const a = paramNoDefault(p, lam);
    if (a !== null) return a;
  }
  p.mark = m;
  return null;
}

// param_no_default:
//     | a=param ',' tc=TYPE_COMMENT? { add_type_comment(a, tc) }
//     | a=param tc=TYPE_COMMENT? &')' { add_type_comment(a, tc) }
// lambda_param_no_default:
//     | a=lambda_param ',' { a }
//     | a=lambda_param &':' { a }
export function paramNoDefault(p: Parser, lam: boolean): A.arg | null {
  const m = p.mark;
  const a = param(p, lam);
  if (a === null) return null;
  if (p.expect(T.COMMA) !== null) {
    if (lam) return a;
    return addTypeComment(a, typeCommentText(p, p.expect(T.TYPE_COMMENT)));
  }
  if (lam) {
    if (p.at(T.COLON)) return a;
  } else {
    const tc = p.expect(T.TYPE_COMMENT);
    if (p.at(T.RPAR)) return addTypeComment(a, typeCommentText(p, tc));
  }
  p.mark = m;
  return null;
}

// param_no_default_star_annotation:
//     | a=param_star_annotation ',' tc=TYPE_COMMENT? { add_type_comment(a, tc) }
//     | a=param_star_annotation tc=TYPE_COMMENT? &')' { add_type_comment(a, tc) }
// param_star_annotation: a=NAME b=star_annotation { arg(a, b) }
// star_annotation: ':' a=star_expression { a }
function paramNoDefaultStarAnnotation(p: Parser): A.arg | null {
  const m = p.mark;
  const st = p.startTok();
  const n = p.name();
  if (n === null) return null;
  if (p.expect(T.COLON) === null) { p.mark = m; return null; }
  const b = starExpression(p);
  if (b === null) { p.mark = m; return null; }
  const e = p.lastTok();
  const a = A.arg(n.id, b, null, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
  if (p.expect(T.COMMA) !== null) return addTypeComment(a, typeCommentText(p, p.expect(T.TYPE_COMMENT)));
  const tc = p.expect(T.TYPE_COMMENT);
  if (p.at(T.RPAR)) return addTypeComment(a, typeCommentText(p, tc));
  p.mark = m;
  return null;
}

// param_with_default:
//     | a=param c=default ',' tc=TYPE_COMMENT? { NameDefaultPair(a, c, tc) }
//     | a=param c=default tc=TYPE_COMMENT? &')' { NameDefaultPair(a, c, tc) }
export function paramWithDefault(p: Parser, lam: boolean): NameDefaultPair | null {
  const m = p.mark;
  const a = param(p, lam);
  if (a === null) return null;
  const c = defaultRule(p);
  if (c === null) { p.mark = m; return null; }
  return finishPair(p, lam, m, a, c);
}

// param_maybe_default:
//     | a=param c=default? ',' tc=TYPE_COMMENT? { NameDefaultPair(a, c, tc) }
//     | a=param c=default? tc=TYPE_COMMENT? &')' { NameDefaultPair(a, c, tc) }
export function paramMaybeDefault(p: Parser, lam: boolean): NameDefaultPair | null {
  const m = p.mark;
  const a = param(p, lam);
  if (a === null) return null;
  const c = defaultRule(p);
  return finishPair(p, lam, m, a, c);
}

function finishPair(p: Parser, lam: boolean, m: number, a: A.arg, c: A.expr | null): NameDefaultPair | null {
  if (p.expect(T.COMMA) !== null) {
    if (lam) return { arg: a, value: c };
    return { arg: addTypeComment(a, typeCommentText(p, p.expect(T.TYPE_COMMENT))), value: c };
  }
  if (lam) {
    if (p.at(T.COLON)) return { arg: a, value: c };
  } else {
    const tc = p.expect(T.TYPE_COMMENT);
    if (p.at(T.RPAR)) return { arg: addTypeComment(a, typeCommentText(p, tc)), value: c };
  }
  p.mark = m;
  return null;
}

// param: a=NAME b=annotation? { arg(a, b) }
// annotation: ':' a=expression { a }
// lambda_param: a=NAME { arg(a) }
export function param(p: Parser, lam: boolean): A.arg | null {
  const st = p.startTok();
  const n = p.name();
  if (n === null) return null;
  let b: A.expr | null = null;
  if (!lam && p.at(T.COLON)) {
    const m = p.mark;
    p.mark++;
    b = expression(p);
    if (b === null) p.mark = m;
  }
  const e = p.lastTok();
  return A.arg(n.id, b, null, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// default: '=' a=expression { a } | invalid_default
export function defaultRule(p: Parser): A.expr | null {
  const m = p.mark;
  if (p.expect(T.EQUAL) !== null) {
    const a = expression(p);
    if (a !== null) return a;
    p.mark = m;
  }
  if (p.callInvalidRules) {
    I.invalidDefault(p);
    p.mark = m;
  }
  return null;
}
