/**
 * Expression rules of the Python 3.11 grammar (Grammar/python.gram, "EXPRESSIONS" and
 * "LITERALS" sections). Each function is one rule: it returns the node, or null with `p.mark`
 * unchanged when the rule does not match. The grammar rule is quoted above each function.
 * Left-recursive rules (bitwise_or ... primary) are loops that grow the left operand, which
 * gives the same trees as CPython's seed-growing memo.
 */
import { TokenType as T } from "../tokenizer/token.ts";
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { Ellipsis, None } from "../objects/constant.ts";
import { KW, R, type Parser, type Token } from "./parser.ts";
import { setExprContext, type CallArgs, type KeywordOrStarred, extractStarred, deleteStarred, noItems, emptyArguments } from "./actions.ts";
import { lambdaParams } from "./params.ts";
import { starTargets } from "./targets.ts";
import { concatenateStrings } from "./strings.ts";
import { numberConstant } from "./numbers.ts";
import * as I from "./invalid.ts";

// expressions:
//     | a=expression b=(',' c=expression { c })+ [','] { Tuple(a + b, Load) }
//     | a=expression ',' { Tuple([a], Load) }
//     | expression
export function expressions(p: Parser): A.expr | null {
  const st = p.startTok();
  const a = expression(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = expression(p);
    if (c === null) { p.mark = m; break; }
    elts.push(c);
  }
  p.expect(T.COMMA);
  const e = p.lastTok();
  return A.Tuple(elts, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// expression (memo):
//     | invalid_expression
//     | invalid_legacy_expression
//     | a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c) }
//     | disjunction
//     | lambdef
export function expression(p: Parser): A.expr | null {
  if (p.isMemoized(R.expression)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  if (p.callInvalidRules) {
    I.invalidExpression(p);
    p.mark = m;
    I.invalidLegacyExpression(p);
    p.mark = m;
  }
  const st = p.startTok();
  let res = disjunction(p);
  if (res !== null) {
    if (p.at(KW.if_)) {
      const m2 = p.mark;
      p.mark++;
      const b = disjunction(p);
      let ok = false;
      if (b !== null && p.expect(KW.else_) !== null) {
        const c = expression(p);
        if (c !== null) {
          const e = p.lastTok();
          res = A.IfExp(b, res, c, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
          ok = true;
        }
      }
      if (!ok) p.mark = m2;
    }
  } else {
    p.mark = m;
    res = lambdef(p);
  }
  p.level--;
  p.memoize(m, R.expression, res);
  return res;
}

// expression_without_invalid:
//     | a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c) }
//     | disjunction
//     | lambdef
// (CPython turns the invalid_ rules off while this rule runs; the memo is shared.)
export function expressionWithoutInvalid(p: Parser): A.expr | null {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    const m = p.mark;
    const st = p.startTok();
    const a = disjunction(p);
    if (a !== null) {
      if (p.at(KW.if_)) {
        const m2 = p.mark;
        p.mark++;
        const b = disjunction(p);
        if (b !== null && p.expect(KW.else_) !== null) {
          const c = expression(p);
          if (c !== null) {
            const e = p.lastTok();
            return A.IfExp(b, a, c, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
          }
        }
        p.mark = m2;
      }
      return a;
    }
    p.mark = m;
    return lambdef(p);
  } finally {
    p.callInvalidRules = saved;
  }
}

// yield_expr:
//     | 'yield' 'from' a=expression { YieldFrom(a) }
//     | 'yield' a=[star_expressions] { Yield(a) }
export function yieldExpr(p: Parser): A.expr | null {
  const st = p.startTok();
  if (st.type !== KW.yield_) return null;
  const m = p.mark;
  p.mark++;
  if (p.expect(KW.from) !== null) {
    const a = expression(p);
    if (a !== null) {
      const e = p.lastTok();
      return A.YieldFrom(a, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m + 1;
  }
  const a = starExpressions(p);
  const e = p.lastTok();
  return A.Yield(a, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// star_expressions:
//     | a=star_expression b=(',' c=star_expression { c })+ [','] { Tuple(a + b, Load) }
//     | a=star_expression ',' { Tuple([a], Load) }
//     | star_expression
export function starExpressions(p: Parser): A.expr | null {
  const st = p.startTok();
  const a = starExpression(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = starExpression(p);
    if (c === null) { p.mark = m; break; }
    elts.push(c);
  }
  p.expect(T.COMMA);
  const e = p.lastTok();
  return A.Tuple(elts, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// star_expression (memo):
//     | '*' a=bitwise_or { Starred(a, Load) }
//     | expression
export function starExpression(p: Parser): A.expr | null {
  if (p.isMemoized(R.star_expression)) return p.memoHit as A.expr | null;
  const m = p.mark;
  let res: A.expr | null = null;
  const st = p.startTok();
  if (st.type === T.STAR) {
    p.mark++;
    const a = bitwiseOr(p);
    if (a !== null) {
      const e = p.lastTok();
      res = A.Starred(a, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    } else p.mark = m;
  }
  if (res === null) res = expression(p);
  p.memoize(m, R.star_expression, res);
  return res;
}

// star_named_expressions: a=','.star_named_expression+ [','] { a }
export function starNamedExpressions(p: Parser): A.expr[] | null {
  const a = starNamedExpression(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = starNamedExpression(p);
    if (c === null) { p.mark = m; break; }
    out.push(c);
  }
  p.expect(T.COMMA);
  return out;
}

// star_named_expression:
//     | '*' a=bitwise_or { Starred(a, Load) }
//     | named_expression
export function starNamedExpression(p: Parser): A.expr | null {
  const st = p.startTok();
  if (st.type === T.STAR) {
    const m = p.mark;
    p.mark++;
    const a = bitwiseOr(p);
    if (a !== null) {
      const e = p.lastTok();
      return A.Starred(a, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
  }
  return namedExpression(p);
}

// assignment_expression:
//     | a=NAME ':=' ~ b=expression { NamedExpr(a as Store, b) }
export function assignmentExpression(p: Parser): A.expr | null {
  const st = p.startTok();
  if (st.type !== T.NAME || p.peekTypeAt(1) !== T.COLONEQUAL) return null;
  const m = p.mark;
  const a = p.name()!;
  p.mark++;
  const b = expression(p);
  if (b === null) { p.mark = m; return null; }
  p.checkVersion(8, "Assignment expressions are");
  const e = p.lastTok();
  return A.NamedExpr(setExprContext(a, A.Store), b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// named_expression:
//     | assignment_expression
//     | invalid_named_expression
//     | a=expression !':=' { a }
export function namedExpression(p: Parser): A.expr | null {
  const m = p.mark;
  const a = assignmentExpression(p);
  if (a !== null) return a;
  if (p.callInvalidRules) {
    I.invalidNamedExpression(p);
    p.mark = m;
  }
  const b = expression(p);
  if (b !== null && !p.at(T.COLONEQUAL)) return b;
  p.mark = m;
  return null;
}

// disjunction (memo):
//     | a=conjunction b=('or' c=conjunction { c })+ { BoolOp(Or, a + b) }
//     | conjunction
export function disjunction(p: Parser): A.expr | null {
  if (p.isMemoized(R.disjunction)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  const st = p.startTok();
  let res = conjunction(p);
  if (res !== null && p.at(KW.or)) {
    const values = [res];
    for (;;) {
      const m2 = p.mark;
      if (p.expect(KW.or) === null) break;
      const c = conjunction(p);
      if (c === null) { p.mark = m2; break; }
      values.push(c);
    }
    if (values.length > 1) {
      const e = p.lastTok();
      res = A.BoolOp(A.Or, values, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.level--;
  p.memoize(m, R.disjunction, res);
  return res;
}

// conjunction (memo):
//     | a=inversion b=('and' c=inversion { c })+ { BoolOp(And, a + b) }
//     | inversion
export function conjunction(p: Parser): A.expr | null {
  if (p.isMemoized(R.conjunction)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  const st = p.startTok();
  let res = inversion(p);
  if (res !== null && p.at(KW.and)) {
    const values = [res];
    for (;;) {
      const m2 = p.mark;
      if (p.expect(KW.and) === null) break;
      const c = inversion(p);
      if (c === null) { p.mark = m2; break; }
      values.push(c);
    }
    if (values.length > 1) {
      const e = p.lastTok();
      res = A.BoolOp(A.And, values, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.level--;
  p.memoize(m, R.conjunction, res);
  return res;
}

// inversion (memo):
//     | 'not' a=inversion { UnaryOp(Not, a) }
//     | comparison
export function inversion(p: Parser): A.expr | null {
  return prefixChain(p, R.inversion);
}

// comparison:
//     | a=bitwise_or b=compare_op_bitwise_or_pair+ { Compare(a, ops, comparators) }
//     | bitwise_or
// compare_op_bitwise_or_pair: eq | noteq | lte | lt | gte | gt | notin | in | isnot | is
//   ('==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is') bitwise_or
function comparison(p: Parser): A.expr | null {
  p.enter();
  const st = p.startTok();
  const a = bitwiseOr(p);
  if (a === null) { p.level--; return null; }
  let ops: A.cmpop[] | null = null;
  let comparators: A.expr[] | null = null;
  for (;;) {
    const m = p.mark;
    const t = p.peek();
    let op: A.cmpop | null = null;
    let b: A.expr | null = null;
    switch (t.type) {
      case T.EQEQUAL: p.mark++; op = A.Eq; break;
      case T.NOTEQUAL:
        if (checkBarryAsFlufl(p, t)) break;
        p.mark++; op = A.NotEq; break;
      case T.LESSEQUAL: p.mark++; op = A.LtE; break;
      case T.LESS: p.mark++; op = A.Lt; break;
      case T.GREATEREQUAL: p.mark++; op = A.GtE; break;
      case T.GREATER: p.mark++; op = A.Gt; break;
      case KW.not:
        if (p.peekTypeAt(1) === KW.in_) { p.mark += 2; op = A.NotIn; }
        break;
      case KW.in_: p.mark++; op = A.In; break;
      case KW.is:
        if (p.peekTypeAt(1) === KW.not) {
          p.mark += 2;
          b = bitwiseOr(p);
          if (b !== null) { op = A.IsNot; break; }
          p.mark = m + 1;
        } else p.mark++;
        op = A.Is;
        break;
    }
    if (op === null) break;
    if (b === null) b = bitwiseOr(p);
    if (b === null) { p.mark = m; break; }
    if (ops === null) { ops = []; comparators = []; }
    ops.push(op);
    comparators!.push(b);
  }
  p.level--;
  if (ops === null) return a;
  const e = p.lastTok();
  return A.Compare(a, ops, comparators!, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

/** _PyPegen_check_barry_as_flufl: true when this '!=' / '<>' token must not match. */
function checkBarryAsFlufl(p: Parser, t: Token): boolean {
  const isDiamond = p.buf[t.start] === 0x3c;
  if (p.flags.barryAsFlufl && !isDiamond) p.syntaxError("with Barry as BDFL, use '<>' instead of '!='");
  if (!p.flags.barryAsFlufl) return isDiamond;
  return false;
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (left-recursive; memoised)
export function bitwiseOr(p: Parser): A.expr | null {
  if (p.isMemoized(R.bitwise_or)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  const st = p.startTok();
  let a = bitwiseXor(p);
  if (a !== null) {
    while (p.at(T.VBAR)) {
      const m2 = p.mark;
      p.mark++;
      const b = bitwiseXor(p);
      if (b === null) { p.mark = m2; break; }
      const e = p.lastTok();
      a = A.BinOp(a, A.BitOr, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.level--;
  p.memoize(m, R.bitwise_or, a);
  return a;
}

// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
function bitwiseXor(p: Parser): A.expr | null {
  p.enter();
  const st = p.startTok();
  let a = bitwiseAnd(p);
  if (a !== null) {
    while (p.at(T.CIRCUMFLEX)) {
      const m2 = p.mark;
      p.mark++;
      const b = bitwiseAnd(p);
      if (b === null) { p.mark = m2; break; }
      const e = p.lastTok();
      a = A.BinOp(a, A.BitXor, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.level--;
  return a;
}

// bitwise_and: bitwise_and '&' shift_expr | shift_expr
function bitwiseAnd(p: Parser): A.expr | null {
  p.enter();
  const st = p.startTok();
  let a = shiftExpr(p);
  if (a !== null) {
    while (p.at(T.AMPER)) {
      const m2 = p.mark;
      p.mark++;
      const b = shiftExpr(p);
      if (b === null) { p.mark = m2; break; }
      const e = p.lastTok();
      a = A.BinOp(a, A.BitAnd, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.level--;
  return a;
}

// shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
function shiftExpr(p: Parser): A.expr | null {
  p.enter();
  const st = p.startTok();
  let a = sum(p);
  if (a !== null) {
    for (;;) {
      const t = p.peek().type;
      const op = t === T.LEFTSHIFT ? A.LShift : t === T.RIGHTSHIFT ? A.RShift : null;
      if (op === null) break;
      const m2 = p.mark;
      p.mark++;
      const b = sum(p);
      if (b === null) { p.mark = m2; break; }
      const e = p.lastTok();
      a = A.BinOp(a, op, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.level--;
  return a;
}

// sum: sum '+' term | sum '-' term | term
function sum(p: Parser): A.expr | null {
  p.enter();
  const st = p.startTok();
  let a = term(p);
  if (a !== null) {
    for (;;) {
      const t = p.peek().type;
      const op = t === T.PLUS ? A.Add : t === T.MINUS ? A.Sub : null;
      if (op === null) break;
      const m2 = p.mark;
      p.mark++;
      const b = term(p);
      if (b === null) { p.mark = m2; break; }
      const e = p.lastTok();
      a = A.BinOp(a, op, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.level--;
  return a;
}

// term: term '*' factor | term '/' factor | term '//' factor | term '%' factor | term '@' factor | factor
function term(p: Parser): A.expr | null {
  p.enter();
  const st = p.startTok();
  let a = factor(p);
  if (a !== null) {
    for (;;) {
      let op: A.operator;
      switch (p.peek().type) {
        case T.STAR: op = A.Mult; break;
        case T.SLASH: op = A.Div; break;
        case T.DOUBLESLASH: op = A.FloorDiv; break;
        case T.PERCENT: op = A.Mod; break;
        case T.AT: op = A.MatMult; break;
        default: p.level--; return a;
      }
      const m2 = p.mark;
      p.mark++;
      const b = factor(p);
      if (b === null) { p.mark = m2; break; }
      if (op === A.MatMult) p.checkVersion(5, "The '@' operator is");
      const e = p.lastTok();
      a = A.BinOp(a, op, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.level--;
  return a;
}

// factor (memo):
//     | '+' a=factor { UnaryOp(UAdd, a) }
//     | '-' a=factor { UnaryOp(USub, a) }
//     | '~' a=factor { UnaryOp(Invert, a) }
//     | power
export function factor(p: Parser): A.expr | null {
  return prefixChain(p, R.factor);
}

function isPrefixOp(t: number, rule: R): boolean {
  return rule === R.factor ? t === T.PLUS || t === T.MINUS || t === T.TILDE : t === KW.not;
}

/**
 * factor / inversion without JS recursion per prefix operator: the chain of operators is read
 * in a loop, the operand (power / comparison) parsed once, and the UnaryOp nodes built from the
 * innermost out. Each level counts against the recursion limit and is memoised at its own
 * position, as the recursive rule would do; when the operand fails, every level fails.
 */
function prefixChain(p: Parser, rule: R): A.expr | null {
  if (p.isMemoized(rule)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  let n = 0;
  let res: A.expr | null = null;
  let fromMemo = false;
  while (isPrefixOp(p.peekType(), rule)) {
    n++;
    p.enter();
    p.mark++;
    if (p.isMemoized(rule)) { res = p.memoHit as A.expr | null; fromMemo = true; break; }
  }
  const inner = m + n;
  if (!fromMemo) {
    res = rule === R.factor ? power(p) : comparison(p);
    if (res === null) p.mark = inner;
    p.memoize(inner, rule, res);
  }
  const end = res !== null ? p.mark : -1;
  for (let k = n - 1; k >= 0; k--) {
    const st = p.tokens[m + k]!;
    if (res !== null) {
      const op = rule === R.inversion ? A.Not : st.type === T.PLUS ? A.UAdd : st.type === T.MINUS ? A.USub : A.Invert;
      const e = p.lastTok();
      res = A.UnaryOp(op, res, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    } else p.mark = m + k;
    p.memoize(m + k, rule, res);
  }
  p.level -= n + 1;
  p.mark = res !== null ? end : m;
  return res;
}

// power:
//     | a=await_primary '**' b=factor { BinOp(a, Pow, b) }
//     | await_primary
function power(p: Parser): A.expr | null {
  p.enter();
  const st = p.startTok();
  const a = awaitPrimary(p);
  if (a !== null && p.at(T.DOUBLESTAR)) {
    const m = p.mark;
    p.mark++;
    const b = factor(p);
    if (b !== null) {
      const e = p.lastTok();
      p.level--;
      return A.BinOp(a, A.Pow, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
  }
  p.level--;
  return a;
}

// await_primary (memo):
//     | AWAIT a=primary { Await(a) }
//     | primary
function awaitPrimary(p: Parser): A.expr | null {
  if (p.isMemoized(R.await_primary)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  const st = p.startTok();
  let res: A.expr | null = null;
  if (st.type === T.AWAIT) {
    p.mark++;
    const a = primary(p);
    if (a !== null) {
      p.checkVersion(5, "Await expressions are");
      const e = p.lastTok();
      res = A.Await(a, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    } else p.mark = m;
  }
  if (res === null) res = primary(p);
  p.level--;
  p.memoize(m, R.await_primary, res);
  return res;
}

// primary:
//     | a=primary '.' b=NAME { Attribute(a, b, Load) }
//     | a=primary b=genexp { Call(a, [b], []) }
//     | a=primary '(' b=[arguments] ')' { Call(a, b.args, b.keywords) }
//     | a=primary '[' b=slices ']' { Subscript(a, b, Load) }
//     | atom
export function primary(p: Parser): A.expr | null {
  if (p.isMemoized(R.primary)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  const st = p.startTok();
  let a = atom(p);
  if (a !== null) {
    for (;;) {
      const t = p.peek();
      const m2 = p.mark;
      if (t.type === T.DOT) {
        p.mark++;
        const b = p.name();
        if (b !== null) {
          const e = p.lastTok();
          a = A.Attribute(a, b.id, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
          continue;
        }
        p.mark = m2;
        break;
      } else if (t.type === T.LPAR) {
        const g = genexp(p);
        if (g !== null) {
          const e = p.lastTok();
          a = A.Call(a, [g], noItems(), st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
          continue;
        }
        p.mark = m2 + 1;
        const b = argumentsRule(p);
        if (p.expect(T.RPAR) !== null) {
          const e = p.lastTok();
          a = A.Call(a, b !== null ? b.args : noItems(), b !== null ? b.keywords : noItems(), st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
          continue;
        }
        p.mark = m2;
        break;
      } else if (t.type === T.LSQB) {
        p.mark++;
        const b = slices(p);
        if (b !== null && p.expect(T.RSQB) !== null) {
          const e = p.lastTok();
          a = A.Subscript(a, b, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
          continue;
        }
        p.mark = m2;
        break;
      } else break;
    }
  }
  p.level--;
  p.memoize(m, R.primary, a);
  return a;
}

// slices:
//     | a=slice !',' { a }
//     | a=','.(slice | starred_expression)+ [','] { Tuple(a, Load) }
export function slices(p: Parser): A.expr | null {
  if (p.isMemoized(R.slices)) return p.memoHit as A.expr | null;
  const m = p.mark;
  const st = p.startTok();
  let res: A.expr | null = null;
  const a = slice(p);
  if (a !== null && !p.at(T.COMMA)) res = a;
  else {
    p.mark = m;
    const first = slice(p) ?? starredExpression(p);
    if (first !== null) {
      const elts = [first];
      for (;;) {
        const m2 = p.mark;
        if (p.expect(T.COMMA) === null) break;
        const c = slice(p) ?? starredExpression(p);
        if (c === null) { p.mark = m2; break; }
        elts.push(c);
      }
      p.expect(T.COMMA);
      const e = p.lastTok();
      res = A.Tuple(elts, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.memoize(m, R.slices, res);
  return res;
}

// slice:
//     | a=[expression] ':' b=[expression] c=[':' d=[expression] { d }] { Slice(a, b, c) }
//     | a=named_expression { a }
function slice(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  const a = expression(p);
  if (p.expect(T.COLON) !== null) {
    const b = expression(p);
    let c: A.expr | null = null;
    if (p.expect(T.COLON) !== null) c = expression(p);
    const e = p.lastTok();
    return A.Slice(a, b, c, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
  }
  p.mark = m;
  return namedExpression(p);
}

// atom:
//     | NAME
//     | 'True' | 'False' | 'None'
//     | &STRING strings
//     | NUMBER
//     | &'(' (tuple | group | genexp)
//     | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp)
//     | '...' { Constant(Ellipsis) }
export function atom(p: Parser): A.expr | null {
  const t = p.startTok();
  switch (t.type) {
    case T.NAME: return p.name();
    case KW.True: p.mark++; return A.Constant(true, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    case KW.False: p.mark++; return A.Constant(false, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    case KW.None: p.mark++; return A.Constant(None, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    case T.STRING: return strings(p);
    case T.NUMBER: p.mark++; return numberConstant(p, t);
    case T.LPAR: {
      p.enter();
      const r = tuple(p) ?? group(p) ?? genexp(p);
      p.level--;
      return r;
    }
    case T.LSQB: {
      p.enter();
      const r = list(p) ?? listcomp(p);
      p.level--;
      return r;
    }
    case T.LBRACE: {
      p.enter();
      const r = dict(p) ?? set(p) ?? dictcomp(p) ?? setcomp(p);
      p.level--;
      return r;
    }
    case T.ELLIPSIS: p.mark++; return A.Constant(Ellipsis, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }
  return null;
}

// strings (memo): a=STRING+ { concatenate_strings(a) }
export function strings(p: Parser): A.expr | null {
  if (p.isMemoized(R.strings)) return p.memoHit as A.expr | null;
  const m = p.mark;
  const toks: Token[] = [];
  for (;;) {
    const t = p.expect(T.STRING);
    if (t === null) break;
    toks.push(t);
  }
  const res = toks.length ? concatenateStrings(p, toks) : null;
  p.memoize(m, R.strings, res);
  return res;
}

// group:
//     | '(' a=(yield_expr | named_expression) ')' { a }
//     | invalid_group
function group(p: Parser): A.expr | null {
  const m = p.mark;
  if (p.expect(T.LPAR) !== null) {
    const a = yieldExpr(p) ?? namedExpression(p);
    if (a !== null && p.expect(T.RPAR) !== null) return a;
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidGroup(p);
    p.mark = m;
  }
  return null;
}

// lambdef: 'lambda' a=[lambda_params] ':' b=expression { Lambda(a or empty, b) }
export function lambdef(p: Parser): A.expr | null {
  const st = p.startTok();
  if (st.type !== KW.lambda) return null;
  const m = p.mark;
  p.enter();
  p.mark++;
  const a = lambdaParams(p);
  if (p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) {
      const e = p.lastTok();
      p.level--;
      return A.Lambda(a ?? emptyArguments(), b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.level--;
  p.mark = m;
  return null;
}

// list: '[' a=[star_named_expressions] ']' { List(a, Load) }
function list(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  if (p.expect(T.LSQB) === null) return null;
  const a = starNamedExpressions(p);
  if (p.expect(T.RSQB) === null) { p.mark = m; return null; }
  const e = p.lastTok();
  return A.List(a ?? noItems(), A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// tuple: '(' a=[y=star_named_expression ',' z=[star_named_expressions] { [y] + z }] ')' { Tuple(a, Load) }
function tuple(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  if (p.expect(T.LPAR) === null) return null;
  let elts: A.expr[] = noItems();
  const m2 = p.mark;
  const y = starNamedExpression(p);
  if (y !== null && p.expect(T.COMMA) !== null) {
    const z = starNamedExpressions(p);
    elts = z !== null ? [y, ...z] : [y];
  } else p.mark = m2;
  if (p.expect(T.RPAR) === null) { p.mark = m; return null; }
  const e = p.lastTok();
  return A.Tuple(elts, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// set: '{' a=star_named_expressions '}' { Set(a) }
function set(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  if (p.expect(T.LBRACE) === null) return null;
  const a = starNamedExpressions(p);
  if (a === null || p.expect(T.RBRACE) === null) { p.mark = m; return null; }
  const e = p.lastTok();
  return A.Set(a, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// dict:
//     | '{' a=[double_starred_kvpairs] '}' { Dict(keys, values) }
//     | '{' invalid_double_starred_kvpairs '}'
function dict(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  if (p.expect(T.LBRACE) === null) return null;
  const a = doubleStarredKvpairs(p);
  if (p.expect(T.RBRACE) !== null) {
    const e = p.lastTok();
    const keys: (A.expr | null)[] = [], values: A.expr[] = [];
    if (a !== null) for (const kv of a) { keys.push(kv[0]); values.push(kv[1]); }
    return A.Dict(keys as A.expr[], values, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
  }
  p.mark = m;
  if (p.callInvalidRules) {
    p.mark++;
    I.invalidDoubleStarredKvpairs(p);
    p.mark = m;
  }
  return null;
}

type KV = [A.expr | null, A.expr];

// double_starred_kvpairs: a=','.double_starred_kvpair+ [','] { a }
function doubleStarredKvpairs(p: Parser): KV[] | null {
  const a = doubleStarredKvpair(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = doubleStarredKvpair(p);
    if (c === null) { p.mark = m; break; }
    out.push(c);
  }
  p.expect(T.COMMA);
  return out;
}

// double_starred_kvpair:
//     | '**' a=bitwise_or { (NULL, a) }
//     | kvpair
export function doubleStarredKvpair(p: Parser): KV | null {
  if (p.at(T.DOUBLESTAR)) {
    const m = p.mark;
    p.mark++;
    const a = bitwiseOr(p);
    if (a !== null) return [null, a];
    p.mark = m;
  }
  return kvpair(p);
}

// kvpair: a=expression ':' b=expression { (a, b) }
export function kvpair(p: Parser): KV | null {
  const m = p.mark;
  const a = expression(p);
  if (a === null || p.expect(T.COLON) === null) { p.mark = m; return null; }
  const b = expression(p);
  if (b === null) { p.mark = m; return null; }
  return [a, b];
}

// for_if_clauses: a=for_if_clause+ { a }
export function forIfClauses(p: Parser): A.comprehension[] | null {
  let out: A.comprehension[] | null = null;
  for (;;) {
    const c = forIfClause(p);
    if (c === null) break;
    (out ??= []).push(c);
  }
  return out;
}

// for_if_clause:
//     | ASYNC 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })* { comprehension(a, b, c, 1) }
//     | 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })* { comprehension(a, b, c, 0) }
//     | invalid_for_target
function forIfClause(p: Parser): A.comprehension | null {
  const m = p.mark;
  const t = p.peek();
  let isAsync = 0;
  if (t.type === T.ASYNC) {
    if (p.peekTypeAt(1) !== KW.for_) return invalidForTargetOpt(p, m);
    isAsync = 1;
    p.mark++;
  } else if (t.type !== KW.for_) return invalidForTargetOpt(p, m);
  p.mark++;
  const a = starTargets(p);
  if (a !== null && p.expect(KW.in_) !== null) {
    // cut: past 'in', no other alternative is tried
    const b = disjunction(p);
    if (b === null) { p.mark = m; return null; }
    const ifs: A.expr[] = noItems();
    for (;;) {
      const m2 = p.mark;
      if (p.expect(KW.if_) === null) break;
      const z = disjunction(p);
      if (z === null) { p.mark = m2; break; }
      ifs.push(z);
    }
    if (isAsync) p.checkVersion(6, "Async comprehensions are");
    return A.comprehension(a, b, ifs, isAsync);
  }
  return invalidForTargetOpt(p, m);
}

function invalidForTargetOpt(p: Parser, m: number): null {
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidForTarget(p);
    p.mark = m;
  }
  return null;
}

// listcomp:
//     | '[' a=named_expression b=for_if_clauses ']' { ListComp(a, b) }
//     | invalid_comprehension
function listcomp(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  if (p.expect(T.LSQB) !== null) {
    const a = namedExpression(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null && p.expect(T.RSQB) !== null) {
        const e = p.lastTok();
        return A.ListComp(a, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidComprehension(p);
    p.mark = m;
  }
  return null;
}

// setcomp:
//     | '{' a=named_expression b=for_if_clauses '}' { SetComp(a, b) }
//     | invalid_comprehension
function setcomp(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  if (p.expect(T.LBRACE) !== null) {
    const a = namedExpression(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null && p.expect(T.RBRACE) !== null) {
        const e = p.lastTok();
        return A.SetComp(a, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidComprehension(p);
    p.mark = m;
  }
  return null;
}

// genexp:
//     | '(' a=( assignment_expression | expression !':=') b=for_if_clauses ')' { GeneratorExp(a, b) }
//     | invalid_comprehension
export function genexp(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  if (p.expect(T.LPAR) !== null) {
    let a = assignmentExpression(p);
    if (a === null) {
      const m2 = p.mark;
      a = expression(p);
      if (a !== null && p.at(T.COLONEQUAL)) { a = null; p.mark = m2; }
    }
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null && p.expect(T.RPAR) !== null) {
        const e = p.lastTok();
        return A.GeneratorExp(a, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidComprehension(p);
    p.mark = m;
  }
  return null;
}

// dictcomp:
//     | '{' a=kvpair b=for_if_clauses '}' { DictComp(a.key, a.value, b) }
//     | invalid_dict_comprehension
function dictcomp(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  if (p.expect(T.LBRACE) !== null) {
    const a = kvpair(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null && p.expect(T.RBRACE) !== null) {
        const e = p.lastTok();
        return A.DictComp(a[0]!, a[1], b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidDictComprehension(p);
    p.mark = m;
  }
  return null;
}

// arguments (memo):
//     | a=args [','] &')' { a }
//     | invalid_arguments
export function argumentsRule(p: Parser): CallArgs | null {
  if (p.isMemoized(R.arguments)) return p.memoHit as CallArgs | null;
  const m = p.mark;
  let res: CallArgs | null = null;
  const a = args(p);
  if (a !== null) {
    p.expect(T.COMMA);
    if (p.at(T.RPAR)) res = a;
  }
  if (res === null) {
    p.mark = m;
    if (p.callInvalidRules) {
      I.invalidArguments(p);
      p.mark = m;
    }
  }
  p.memoize(m, R.arguments, res);
  return res;
}

// args:
//     | a=','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ b=[',' k=kwargs {k}]
//         { collect_call_seqs(a, b) }
//     | a=kwargs { Call(dummy, starred(a), keywords(a)) }
export function args(p: Parser): CallArgs | null {
  const m = p.mark;
  const st = p.startTok();
  const first = argItem(p);
  if (first !== null) {
    const a = [first];
    for (;;) {
      const m2 = p.mark;
      if (p.expect(T.COMMA) === null) break;
      const c = argItem(p);
      if (c === null) { p.mark = m2; break; }
      a.push(c);
    }
    let b: KeywordOrStarred[] | null = null;
    const m3 = p.mark;
    if (p.expect(T.COMMA) !== null) {
      b = kwargs(p);
      if (b === null) p.mark = m3;
    }
    const e = p.lastTok();
    if (b === null) return { args: a, keywords: noItems(), lineno: st.lineno, col_offset: st.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    return { args: a.concat(extractStarred(b)), keywords: deleteStarred(b), lineno: st.lineno, col_offset: st.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }
  p.mark = m;
  const k = kwargs(p);
  if (k === null) return null;
  const e = p.lastTok();
  return { args: extractStarred(k), keywords: deleteStarred(k), lineno: st.lineno, col_offset: st.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

// (starred_expression | ( assignment_expression | expression !':=') !'=')
function argItem(p: Parser): A.expr | null {
  const m = p.mark;
  const s = starredExpression(p);
  if (s !== null) return s;
  let a = assignmentExpression(p);
  if (a === null) {
    a = expression(p);
    if (a !== null && p.at(T.COLONEQUAL)) { p.mark = m; return null; }
  }
  if (a === null) return null;
  if (p.at(T.EQUAL)) { p.mark = m; return null; }
  return a;
}

// kwargs:
//     | a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ { a + b }
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
export function kwargs(p: Parser): KeywordOrStarred[] | null {
  const m = p.mark;
  const a = gather(p, kwargOrStarred);
  if (a !== null) {
    const m2 = p.mark;
    if (p.expect(T.COMMA) !== null) {
      const b = gather(p, kwargOrDoubleStarred);
      if (b !== null) return a.concat(b);
    }
    p.mark = m2;
    return a;
  }
  p.mark = m;
  return gather(p, kwargOrDoubleStarred);
}

/** ','.elem+ (no trailing comma consumed) */
export function gather<X>(p: Parser, elem: (p: Parser) => X | null): X[] | null {
  const a = elem(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = elem(p);
    if (c === null) { p.mark = m; break; }
    out.push(c);
  }
  return out;
}

// starred_expression: '*' a=expression { Starred(a, Load) }
export function starredExpression(p: Parser): A.expr | null {
  const st = p.startTok();
  if (st.type !== T.STAR) return null;
  const m = p.mark;
  p.mark++;
  const a = expression(p);
  if (a === null) { p.mark = m; return null; }
  const e = p.lastTok();
  return A.Starred(a, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// kwarg_or_starred:
//     | invalid_kwarg
//     | a=NAME '=' b=expression { keyword(a, b) }
//     | a=starred_expression { a }
function kwargOrStarred(p: Parser): KeywordOrStarred | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidKwarg(p);
    p.mark = m;
  }
  const kw = nameEqualsExpression(p);
  if (kw !== null) return { element: kw, isKeyword: true };
  const a = starredExpression(p);
  if (a !== null) return { element: a, isKeyword: false };
  return null;
}

// kwarg_or_double_starred:
//     | invalid_kwarg
//     | a=NAME '=' b=expression { keyword(a, b) }
//     | '**' a=expression { keyword(NULL, a) }
function kwargOrDoubleStarred(p: Parser): KeywordOrStarred | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidKwarg(p);
    p.mark = m;
  }
  const kw = nameEqualsExpression(p);
  if (kw !== null) return { element: kw, isKeyword: true };
  const st = p.startTok();
  if (st.type === T.DOUBLESTAR) {
    p.mark++;
    const a = expression(p);
    if (a !== null) {
      const e = p.lastTok();
      return { element: A.keyword(null, a, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset), isKeyword: true };
    }
    p.mark = m;
  }
  return null;
}

function nameEqualsExpression(p: Parser): A.keyword | null {
  const st = p.startTok();
  if (st.type !== T.NAME || p.peekTypeAt(1) !== T.EQUAL) return null;
  const m = p.mark;
  const a = p.name()!;
  p.mark++;
  const b = expression(p);
  if (b === null) { p.mark = m; return null; }
  const e = p.lastTok();
  return A.keyword(a.id, b, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

/** The kind of an expression node (for invalid rules). */
export function kindOf(e: A.expr): K { return e._kind; }
