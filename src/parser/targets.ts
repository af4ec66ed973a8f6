/**
 * Assignment and deletion targets (python.gram, "ASSIGNMENT TARGETS" and "Targets for del
 * statements"). t_primary is left-recursive: a loop that extends the primary while the next
 * token is a t_lookahead ('(' '[' '.').
 */
import { TokenType as T } from "../tokenizer/token.ts";
import * as A from "../ast/nodes.ts";
import { R, type Parser } from "./parser.ts";
import { setExprContext, noItems } from "./actions.ts";
import { argumentsRule, atom, genexp, slices } from "./exprs.ts";

// star_targets:
//     | a=star_target !',' { a }
//     | a=star_target b=(',' c=star_target { c })* [','] { Tuple(a + b, Store) }
export function starTargets(p: Parser): A.expr | null {
  const st = p.startTok();
  const a = starTarget(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = starTarget(p);
    if (c === null) { p.mark = m; break; }
    elts.push(c);
  }
  p.expect(T.COMMA);
  const e = p.lastTok();
  return A.Tuple(elts, A.Store, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// star_targets_list_seq: a=','.star_target+ [','] { a }
function starTargetsListSeq(p: Parser): A.expr[] | null {
  const a = starTarget(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = starTarget(p);
    if (c === null) { p.mark = m; break; }
    out.push(c);
  }
  p.expect(T.COMMA);
  return out;
}

// star_targets_tuple_seq:
//     | a=star_target b=(',' c=star_target { c })+ [','] { [a] + b }
//     | a=star_target ',' { [a] }
function starTargetsTupleSeq(p: Parser): A.expr[] | null {
  const m0 = p.mark;
  const a = starTarget(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) { p.mark = m0; return null; }
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = starTarget(p);
    if (c === null) { p.mark = m; break; }
    out.push(c);
  }
  p.expect(T.COMMA);
  return out;
}

// star_target (memo):
//     | '*' a=(!'*' star_target) { Starred(a as Store, Store) }
//     | target_with_star_atom
export function starTarget(p: Parser): A.expr | null {
  if (p.isMemoized(R.star_target)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  let res: A.expr | null = null;
  const st = p.startTok();
  if (st.type === T.STAR) {
    p.mark++;
    if (!p.at(T.STAR)) {
      const a = starTarget(p);
      if (a !== null) {
        const e = p.lastTok();
        res = A.Starred(setExprContext(a, A.Store), A.Store, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    if (res === null) p.mark = m;
  }
  if (res === null) res = targetWithStarAtom(p);
  p.level--;
  p.memoize(m, R.star_target, res);
  return res;
}

// target_with_star_atom (memo):
//     | a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b, Store) }
//     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, Store) }
//     | star_atom
export function targetWithStarAtom(p: Parser): A.expr | null {
  if (p.isMemoized(R.target_with_star_atom)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  let res = subscriptAttributeTarget(p, A.Store);
  if (res === null) res = starAtom(p);
  p.level--;
  p.memoize(m, R.target_with_star_atom, res);
  return res;
}

/** The shared shape: t_primary ('.' NAME | '[' slices ']') !t_lookahead, with a context. */
function subscriptAttributeTarget(p: Parser, ctx: A.expr_context): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  const a = tPrimary(p);
  if (a === null) return null;
  const m2 = p.mark;
  if (p.expect(T.DOT) !== null) {
    const b = p.name();
    if (b !== null && !atTLookahead(p)) {
      const e = p.lastTok();
      return A.Attribute(a, b.id, ctx, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.mark = m2;
  if (p.expect(T.LSQB) !== null) {
    const b = slices(p);
    if (b !== null && p.expect(T.RSQB) !== null && !atTLookahead(p)) {
      const e = p.lastTok();
      return A.Subscript(a, b, ctx, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.mark = m;
  return null;
}

// star_atom:
//     | a=NAME { a as Store }
//     | '(' a=target_with_star_atom ')' { a as Store }
//     | '(' a=[star_targets_tuple_seq] ')' { Tuple(a, Store) }
//     | '[' a=[star_targets_list_seq] ']' { List(a, Store) }
function starAtom(p: Parser): A.expr | null {
  const st = p.startTok();
  const m = p.mark;
  if (st.type === T.NAME) {
    const a = p.name()!;
    return A.Name(a.id, A.Store, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
  }
  if (st.type === T.LPAR) {
    p.mark++;
    const a = targetWithStarAtom(p);
    if (a !== null && p.expect(T.RPAR) !== null) return setExprContext(a, A.Store);
    p.mark = m + 1;
    const b = starTargetsTupleSeq(p);
    if (p.expect(T.RPAR) !== null) {
      const e = p.lastTok();
      return A.Tuple(b ?? noItems(), A.Store, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
    return null;
  }
  if (st.type === T.LSQB) {
    p.mark++;
    const b = starTargetsListSeq(p);
    if (p.expect(T.RSQB) !== null) {
      const e = p.lastTok();
      return A.List(b ?? noItems(), A.Store, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
  }
  return null;
}

// single_target:
//     | single_subscript_attribute_target
//     | a=NAME { a as Store }
//     | '(' a=single_target ')' { a }
export function singleTarget(p: Parser): A.expr | null {
  const a = singleSubscriptAttributeTarget(p);
  if (a !== null) return a;
  const st = p.startTok();
  if (st.type === T.NAME) {
    const n = p.name()!;
    return A.Name(n.id, A.Store, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }
  if (st.type === T.LPAR) {
    const m = p.mark;
    p.mark++;
    const b = singleTarget(p);
    if (b !== null && p.expect(T.RPAR) !== null) return b;
    p.mark = m;
  }
  return null;
}

// single_subscript_attribute_target:
//     | a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b, Store) }
//     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, Store) }
export function singleSubscriptAttributeTarget(p: Parser): A.expr | null {
  return subscriptAttributeTarget(p, A.Store);
}

// t_lookahead: '(' | '[' | '.'
function atTLookahead(p: Parser): boolean {
  const t = p.peekType();
  return t === T.LPAR || t === T.LSQB || t === T.DOT;
}

// t_primary:
//     | a=t_primary '.' b=NAME &t_lookahead { Attribute(a, b, Load) }
//     | a=t_primary '[' b=slices ']' &t_lookahead { Subscript(a, b, Load) }
//     | a=t_primary b=genexp &t_lookahead { Call(a, [b], []) }
//     | a=t_primary '(' b=[arguments] ')' &t_lookahead { Call(a, b) }
//     | a=atom &t_lookahead { a }
export function tPrimary(p: Parser): A.expr | null {
  if (p.isMemoized(R.t_primary)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  const st = p.startTok();
  let a = atom(p);
  if (a !== null && !atTLookahead(p)) a = null;
  if (a !== null) {
    for (;;) {
      const m2 = p.mark;
      const t = p.peekType();
      let next: A.expr | null = null;
      if (t === T.DOT) {
        p.mark++;
        const b = p.name();
        if (b !== null && atTLookahead(p)) {
          const e = p.lastTok();
          next = A.Attribute(a, b.id, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
        }
      } else if (t === T.LSQB) {
        p.mark++;
        const b = slices(p);
        if (b !== null && p.expect(T.RSQB) !== null && atTLookahead(p)) {
          const e = p.lastTok();
          next = A.Subscript(a, b, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
        }
      } else if (t === T.LPAR) {
        const g = genexp(p);
        if (g !== null && atTLookahead(p)) {
          const e = p.lastTok();
          next = A.Call(a, [g], noItems(), st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
        } else {
          p.mark = m2 + 1;
          const b = argumentsRule(p);
          if (p.expect(T.RPAR) !== null && atTLookahead(p)) {
            const e = p.lastTok();
            next = A.Call(a, b !== null ? b.args : noItems(), b !== null ? b.keywords : noItems(), st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
          }
        }
      }
      if (next === null) { p.mark = m2; break; }
      a = next;
    }
  } else p.mark = m;
  p.level--;
  p.memoize(m, R.t_primary, a);
  return a;
}

// del_targets: a=','.del_target+ [','] { a }
export function delTargets(p: Parser): A.expr[] | null {
  const a = delTarget(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = delTarget(p);
    if (c === null) { p.mark = m; break; }
    out.push(c);
  }
  p.expect(T.COMMA);
  return out;
}

// del_target (memo):
//     | a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b, Del) }
//     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, Del) }
//     | del_t_atom
function delTarget(p: Parser): A.expr | null {
  if (p.isMemoized(R.del_target)) return p.memoHit as A.expr | null;
  const m = p.mark;
  p.enter();
  let res = subscriptAttributeTarget(p, A.Del);
  if (res === null) res = delTAtom(p);
  p.level--;
  p.memoize(m, R.del_target, res);
  return res;
}

// del_t_atom:
//     | a=NAME { a as Del }
//     | '(' a=del_target ')' { a as Del }
//     | '(' a=[del_targets] ')' { Tuple(a, Del) }
//     | '[' a=[del_targets] ']' { List(a, Del) }
function delTAtom(p: Parser): A.expr | null {
  const st = p.startTok();
  const m = p.mark;
  if (st.type === T.NAME) {
    const a = p.name()!;
    return A.Name(a.id, A.Del, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
  }
  if (st.type === T.LPAR) {
    p.mark++;
    const a = delTarget(p);
    if (a !== null && p.expect(T.RPAR) !== null) return setExprContext(a, A.Del);
    p.mark = m + 1;
    const b = delTargets(p);
    if (p.expect(T.RPAR) !== null) {
      const e = p.lastTok();
      return A.Tuple(b ?? noItems(), A.Del, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
    return null;
  }
  if (st.type === T.LSQB) {
    p.mark++;
    const b = delTargets(p);
    if (p.expect(T.RSQB) !== null) {
      const e = p.lastTok();
      return A.List(b ?? noItems(), A.Del, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
  }
  return null;
}
