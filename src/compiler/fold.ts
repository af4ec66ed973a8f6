/**
 * AST-level constant folding, as CPython 3.11's Python/ast_opt.c: unary and binary operators on
 * constants (with the size guards of pyops.ts), constant tuples, constant subscripts, literal
 * lists/sets after `in` and in `for` iterables (tuple/frozenset), `not (a in b)` -> `a not in b`,
 * `'%s' % (x,)` -> f-string, and `__debug__`.
 *
 * The tree is rewritten in place: a folded expression is replaced in its parent's field.
 * Invariant: annotations are left alone under `from __future__ import annotations` (they are
 * compiled to their source text). Recursion is bounded: past RECURSION_LIMIT nested
 * expressions/statements a RecursionError is raised, as CPython does.
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { kindOf } from "../ast/kind.ts";
import { ConstTuple, ConstFrozenSet, type ConstValue } from "../objects/constant.ts";
import { CompileError } from "../parser/errors.ts";
import { foldedFrozenSet, isInternCandidate } from "./interning.ts";
import { binop, unaryop, subscript, NO_FOLD } from "./pyops.ts";
import { CO_FUTURE_ANNOTATIONS } from "./future.ts";
import type { HashSecret } from "../objects/hash.ts";
import { tupleOf } from "./consts.ts";

export const RECURSION_LIMIT = 3000;

export interface FoldState {
  optimize: number;
  features: number;
  depth: number;
  filename: string;
  /**
   * Set by the fold: some set display holds a string that codeobject.c's interning may replace
   * (interning.ts then models it during code generation).
   */
  internSets?: boolean;
  /** The str/bytes hash key frozensets are laid out with (default: PYTHONHASHSEED=0's). */
  hashSecret?: HashSecret;
}

const BINOP_SYM: Partial<Record<K, string>> = {
  [K.Add]: "+", [K.Sub]: "-", [K.Mult]: "*", [K.Div]: "/", [K.FloorDiv]: "//", [K.Mod]: "%",
  [K.Pow]: "**", [K.LShift]: "<<", [K.RShift]: ">>", [K.BitOr]: "|", [K.BitXor]: "^", [K.BitAnd]: "&",
};
const UNARY_SYM: Partial<Record<K, string>> = { [K.Invert]: "~", [K.Not]: "not", [K.UAdd]: "+", [K.USub]: "-" };

function recursionError(st: FoldState): CompileError {
  return new CompileError("RecursionError", "maximum recursion depth exceeded during compilation", st.filename, null, null, null);
}

function makeConst(node: A.expr, v: ConstValue): A.Constant {
  return A.Constant(v, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

export function getDocString(body: A.stmt[]): string | null {
  if (body.length === 0) return null;
  const st = body[0]!;
  if (kindOf(st) !== K.Expr) return null;
  const e = (st as A.Expr).value;
  if (kindOf(e) === K.Constant && typeof (e as A.Constant).value === "string") return (e as A.Constant).value as string;
  return null;
}

function hasStarred(elts: A.expr[]): boolean {
  for (const e of elts) if (e._kind === K.Starred) return true;
  return false;
}

function makeConstTuple(elts: A.expr[]): ConstTuple | null {
  const items: ConstValue[] = [];
  for (const e of elts) {
    if (e._kind !== K.Constant) return null;
    items.push(e.value);
  }
  return tupleOf(items);
}

// ---- '%' formatting into f-strings ------------------------------------------------

const F_LJUST = 1;

function parseFormatSpec(fmt: string[], pos: number): { pos: number; spec: string; flags: number; width: number; prec: number } | null {
  let flags = 0, width = -1, prec = -1;
  let ch = "";
  const len = fmt.length;
  for (;;) {
    if (pos >= len) return null;
    ch = fmt[pos++]!;
    if (ch === "-") { flags |= F_LJUST; continue; }
    if (ch === "+" || ch === " " || ch === "#" || ch === "0" || ch === "z") { flags |= 2; continue; }
    break;
  }
  if (ch >= "0" && ch <= "9") {
    width = 0;
    let digits = 0;
    while (ch >= "0" && ch <= "9") {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (pos >= len) return null;
      ch = fmt[pos++]!;
      if (++digits >= 3) return null;
    }
  }
  if (ch === ".") {
    if (pos >= len) return null;
    ch = fmt[pos++]!;
    prec = 0;
    if (ch >= "0" && ch <= "9") {
      let digits = 0;
      while (ch >= "0" && ch <= "9") {
        prec = prec * 10 + (ch.charCodeAt(0) - 48);
        if (pos >= len) return null;
        ch = fmt[pos++]!;
        if (++digits >= 3) return null;
      }
    }
  }
  return { pos, spec: ch, flags, width, prec };
}

function splitCodePoints(s: string): string[] {
  return Array.from(s);
}

/** '%s %r' % (a, b) -> f'{a!s} {b!r}' when every unit is %s/%r/%a (ast_opt.c optimize_format). */
function optimizeFormat(node: A.BinOp, fmtStr: string, elts: A.expr[]): A.expr {
  const fmt = splitCodePoints(fmtStr);
  let pos = 0, cnt = 0;
  const seq: A.expr[] = [];
  for (;;) {
    // literal run
    const start = pos;
    let hasPercents = false;
    while (pos < fmt.length) {
      if (fmt[pos] !== "%") pos++;
      else if (pos + 1 < fmt.length && fmt[pos + 1] === "%") { hasPercents = true; pos += 2; }
      else break;
    }
    if (pos !== start) {
      let str = fmt.slice(start, pos).join("");
      if (hasPercents) str = str.split("%%").join("%");
      seq.push(A.Constant(str, null, -1, -1, -1, -1));
    }
    if (pos >= fmt.length) break;
    if (cnt >= elts.length) return node;
    pos++;
    const r = parseFormatSpec(fmt, pos);
    if (r === null) return node;
    pos = r.pos;
    const arg = elts[cnt++]!;
    if (r.spec !== "s" && r.spec !== "r" && r.spec !== "a") return node;
    let buf = "";
    if (!(r.flags & F_LJUST) && r.width > 0) buf += ">";
    if (r.width >= 0) buf += String(r.width);
    if (r.prec >= 0) buf += "." + r.prec;
    const spec = buf ? A.Constant(buf, null, -1, -1, -1, -1) : null;
    seq.push(A.FormattedValue(arg, r.spec.charCodeAt(0), spec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset));
  }
  if (cnt < elts.length) return node;
  return A.JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

// ---- folding of single nodes --------------------------------------------------------

function foldBinop(node: A.BinOp): A.expr {
  const lhs = node.left, rhs = node.right;
  if (lhs._kind !== K.Constant) return node;
  const lv = lhs.value;
  if (node.op._kind === K.Mod && rhs._kind === K.Tuple && typeof lv === "string" && !hasStarred(rhs.elts)) {
    return optimizeFormat(node, lv, rhs.elts);
  }
  if (rhs._kind !== K.Constant) return node;
  const sym = BINOP_SYM[node.op._kind];
  if (sym === undefined) return node;
  const v = binop(sym, lv, rhs.value);
  return v === NO_FOLD ? node : makeConst(node, v);
}

function foldUnaryop(node: A.UnaryOp): A.expr {
  const arg = node.operand;
  if (arg._kind !== K.Constant) {
    if (node.op._kind === K.Not && arg._kind === K.Compare && arg.ops.length === 1) {
      const op = arg.ops[0]!;
      let nop: A.cmpop | null = null;
      switch (op._kind) {
        case K.Is: nop = A.IsNot; break;
        case K.IsNot: nop = A.Is; break;
        case K.In: nop = A.NotIn; break;
        case K.NotIn: nop = A.In; break;
      }
      if (nop) {
        arg.ops[0] = nop;
        return arg;
      }
    }
    return node;
  }
  const v = unaryop(UNARY_SYM[node.op._kind]!, arg.value);
  return v === NO_FOLD ? node : makeConst(node, v);
}

function foldTuple(node: A.Tuple): A.expr {
  if (node.ctx._kind !== K.Load) return node;
  const t = makeConstTuple(node.elts);
  return t ? makeConst(node, t) : node;
}

function foldSubscr(node: A.Subscript): A.expr {
  const arg = node.value, idx = node.slice;
  if (node.ctx._kind !== K.Load || kindOf(arg) !== K.Constant || kindOf(idx) !== K.Constant) return node;
  const v = subscript((arg as A.Constant).value, (idx as A.Constant).value);
  return v === NO_FOLD ? node : makeConst(node, v);
}

/** Literal list -> tuple, and constant list/set -> constant tuple/frozenset (fold_iter). */
function foldIter(arg: A.expr, st: FoldState): A.expr {
  if (arg._kind === K.List) {
    if (hasStarred(arg.elts)) return arg;
    const tup = A.Tuple(arg.elts, arg.ctx, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
    const t = makeConstTuple(arg.elts);
    return t ? makeConst(tup, t) : tup;
  }
  if (arg._kind === K.Set) {
    const t = makeConstTuple(arg.elts);
    return t ? makeConst(arg, foldedFrozenSet(t.items, st.hashSecret)) : arg;
  }
  return arg;
}

function foldCompare(node: A.Compare, st: FoldState): void {
  const i = node.ops.length - 1;
  const op = node.ops[i]!._kind;
  if (op === K.In || op === K.NotIn) node.comparators[i] = foldIter(node.comparators[i]!, st);
}

// ---- traversal ---------------------------------------------------------------------

function foldExprs(seq: (A.expr | null)[], st: FoldState): void {
  for (let i = 0; i < seq.length; i++) {
    const e = seq[i];
    if (e) {
      const x = foldExpr(e, st);
      if (x !== e) seq[i] = x; // stores only for a rewritten child (most are not)
    }
  }
}

// foldExpr is on the recursion path of every nested expression: it only counts depth and
// dispatches, and each kind's work is a small function of its own, so one nesting level costs
// two small JS frames (a 3000-deep tree, CPython's limit, fits the default JS stack).
export function foldExpr(e: A.expr, st: FoldState): A.expr {
  if (++st.depth > RECURSION_LIMIT) throw recursionError(st);
  let r: A.expr = e;
  switch (e._kind) {
    case K.BinOp: r = foldBinOpExpr(e, st); break;
    case K.UnaryOp: r = foldUnaryOpExpr(e, st); break;
    case K.Compare: foldCompareExpr(e, st); break;
    case K.Call: foldCallExpr(e, st); break;
    case K.Attribute: case K.Await: case K.YieldFrom: case K.Starred: case K.NamedExpr: foldValueExpr(e, st); break;
    case K.Yield: if (e.value) foldValueExpr(e, st); break;
    case K.Subscript: r = foldSubscriptExpr(e, st); break;
    case K.BoolOp: case K.JoinedStr: foldExprs(e.values, st); break;
    case K.List: foldExprs(e.elts, st); break;
    case K.Tuple: foldExprs(e.elts, st); r = foldTuple(e); break;
    case K.Name: if (e.ctx._kind === K.Load && e.id === "__debug__") r = makeConst(e, !st.optimize); break;
    case K.Constant: break;
    default: foldOtherExpr(e, st); break;
  }
  st.depth--;
  return r;
}

function foldBinOpExpr(e: A.BinOp, st: FoldState): A.expr {
  const l = foldExpr(e.left, st);
  if (l !== e.left) e.left = l; // stores only for a rewritten child (most are not)
  const rt = foldExpr(e.right, st);
  if (rt !== e.right) e.right = rt;
  return foldBinop(e);
}

function foldUnaryOpExpr(e: A.UnaryOp, st: FoldState): A.expr {
  const x = foldExpr(e.operand, st);
  if (x !== e.operand) e.operand = x;
  return foldUnaryop(e);
}

function foldCompareExpr(e: A.Compare, st: FoldState): void {
  const x = foldExpr(e.left, st);
  if (x !== e.left) e.left = x;
  foldExprs(e.comparators, st);
  foldCompare(e, st);
}

function foldCallExpr(e: A.Call, st: FoldState): void {
  const x = foldExpr(e.func, st);
  if (x !== e.func) e.func = x;
  foldExprs(e.args, st);
  for (const k of e.keywords) {
    const v = foldExpr(k.value, st);
    if (v !== k.value) k.value = v;
  }
}

/** Nodes whose one child is `value` (Attribute, Await, Yield, YieldFrom, Starred, NamedExpr). */
function foldValueExpr(e: A.Attribute | A.Await | A.Yield | A.YieldFrom | A.Starred | A.NamedExpr, st: FoldState): void {
  const v = e.value!;
  const x = foldExpr(v, st);
  if (x !== v) setValue(e, x);
}

/** `n.value = x` through one store site for every kind (see ../ast/kind.ts). */
function setValue(n: { value: A.expr | null }, x: A.expr): void {
  n.value = x;
}

function foldSubscriptExpr(e: A.Subscript, st: FoldState): A.expr {
  const v = foldExpr(e.value, st);
  if (v !== e.value) e.value = v;
  const s = foldExpr(e.slice, st);
  if (s !== e.slice) e.slice = s;
  return foldSubscr(e);
}

/** The remaining kinds (less common, none of them deep chains in real code). */
function foldOtherExpr(e: A.expr, st: FoldState): void {
  switch (e._kind) {
    case K.Lambda:
      foldArguments(e.args, st);
      e.body = foldExpr(e.body, st);
      break;
    case K.IfExp:
      e.test = foldExpr(e.test, st);
      e.body = foldExpr(e.body, st);
      e.orelse = foldExpr(e.orelse, st);
      break;
    case K.Dict:
      foldExprs(e.keys as (A.expr | null)[], st);
      foldExprs(e.values, st);
      break;
    case K.Set:
      foldExprs(e.elts, st);
      if (!st.internSets) for (const x of e.elts) if (x._kind === K.Constant && typeof x.value === "string" && isInternCandidate(x.value)) st.internSets = true;
      break;
    case K.ListComp: case K.SetComp: case K.GeneratorExp:
      e.elt = foldExpr(e.elt, st);
      for (const g of e.generators) foldComprehension(g, st);
      break;
    case K.DictComp:
      e.key = foldExpr(e.key, st);
      e.value = foldExpr(e.value, st);
      for (const g of e.generators) foldComprehension(g, st);
      break;
    case K.FormattedValue:
      e.value = foldExpr(e.value, st);
      if (e.format_spec) e.format_spec = foldExpr(e.format_spec, st);
      break;
    case K.Slice:
      if (e.lower) e.lower = foldExpr(e.lower, st);
      if (e.upper) e.upper = foldExpr(e.upper, st);
      if (e.step) e.step = foldExpr(e.step, st);
      break;
    default: break;
  }
}

function foldComprehension(g: A.comprehension, st: FoldState): void {
  { const o = g.target, x = foldExpr(o, st); if (x !== o) g.target = x; }
  { const o = g.iter, x = foldExpr(o, st); if (x !== o) g.iter = x; }
  foldExprs(g.ifs, st);
  g.iter = foldIter(g.iter, st);
}

function foldArg(a: A.arg, st: FoldState): void {
  if (!(st.features & CO_FUTURE_ANNOTATIONS) && a.annotation) { const o = a.annotation, x = foldExpr(o, st); if (x !== o) a.annotation = x; }
}

function foldArguments(a: A.arguments, st: FoldState): void {
  for (const x of a.posonlyargs) foldArg(x, st);
  for (const x of a.args) foldArg(x, st);
  if (a.vararg) foldArg(a.vararg, st);
  for (const x of a.kwonlyargs) foldArg(x, st);
  foldExprs(a.kw_defaults as (A.expr | null)[], st);
  if (a.kwarg) foldArg(a.kwarg, st);
  foldExprs(a.defaults, st);
}

function foldBody(stmts: A.stmt[], st: FoldState): void {
  const hadDoc = getDocString(stmts) !== null;
  foldStmts(stmts, st);
  if (!hadDoc && getDocString(stmts) !== null) {
    const s0 = stmts[0] as A.Expr;
    s0.value = A.JoinedStr([s0.value], s0.lineno, s0.col_offset, s0.end_lineno, s0.end_col_offset);
  }
}

function foldStmts(stmts: A.stmt[], st: FoldState): void {
  for (const s of stmts) foldStmt(s, st);
}

function foldStmt(s: A.stmt, st: FoldState): void {
  if (++st.depth > RECURSION_LIMIT) throw recursionError(st);
  const future = (st.features & CO_FUTURE_ANNOTATIONS) !== 0;
  switch (s._kind) {
    case K.FunctionDef: case K.AsyncFunctionDef:
      foldArguments(s.args, st);
      foldBody(s.body, st);
      foldExprs(s.decorator_list, st);
      if (!future && s.returns) { const o = s.returns, x = foldExpr(o, st); if (x !== o) s.returns = x; }
      break;
    case K.ClassDef:
      foldExprs(s.bases, st);
      for (const k of s.keywords) { const o = k.value, x = foldExpr(o, st); if (x !== o) k.value = x; }
      foldBody(s.body, st);
      foldExprs(s.decorator_list, st);
      break;
    case K.Return: if (s.value) { const o = s.value, x = foldExpr(o, st); if (x !== o) s.value = x; } break;
    case K.Delete: foldExprs(s.targets, st); break;
    case K.Assign:
      foldExprs(s.targets, st);
      { const o = s.value, x = foldExpr(o, st); if (x !== o) s.value = x; }
      break;
    case K.AugAssign:
      { const o = s.target, x = foldExpr(o, st); if (x !== o) s.target = x; }
      { const o = s.value, x = foldExpr(o, st); if (x !== o) s.value = x; }
      break;
    case K.AnnAssign:
      { const o = s.target, x = foldExpr(o, st); if (x !== o) s.target = x; }
      if (!future) { const o = s.annotation, x = foldExpr(o, st); if (x !== o) s.annotation = x; }
      if (s.value) { const o = s.value, x = foldExpr(o, st); if (x !== o) s.value = x; }
      break;
    case K.For:
      { const o = s.target, x = foldExpr(o, st); if (x !== o) s.target = x; }
      { const o = s.iter, x = foldExpr(o, st); if (x !== o) s.iter = x; }
      foldStmts(s.body, st);
      foldStmts(s.orelse, st);
      s.iter = foldIter(s.iter, st);
      break;
    case K.AsyncFor:
      { const o = s.target, x = foldExpr(o, st); if (x !== o) s.target = x; }
      { const o = s.iter, x = foldExpr(o, st); if (x !== o) s.iter = x; }
      foldStmts(s.body, st);
      foldStmts(s.orelse, st);
      break;
    case K.While: case K.If:
      { const o = s.test, x = foldExpr(o, st); if (x !== o) s.test = x; }
      foldStmts(s.body, st);
      foldStmts(s.orelse, st);
      break;
    case K.With: case K.AsyncWith:
      for (const it of s.items) {
        { const o = it.context_expr, x = foldExpr(o, st); if (x !== o) it.context_expr = x; }
        if (it.optional_vars) { const o = it.optional_vars, x = foldExpr(o, st); if (x !== o) it.optional_vars = x; }
      }
      foldStmts(s.body, st);
      break;
    case K.Raise:
      if (s.exc) { const o = s.exc, x = foldExpr(o, st); if (x !== o) s.exc = x; }
      if (s.cause) { const o = s.cause, x = foldExpr(o, st); if (x !== o) s.cause = x; }
      break;
    case K.Try: case K.TryStar:
      foldStmts(s.body, st);
      for (const h of s.handlers) {
        if (h.type) { const o = h.type, x = foldExpr(o, st); if (x !== o) h.type = x; }
        foldStmts(h.body, st);
      }
      foldStmts(s.orelse, st);
      foldStmts(s.finalbody, st);
      break;
    case K.Assert:
      { const o = s.test, x = foldExpr(o, st); if (x !== o) s.test = x; }
      if (s.msg) { const o = s.msg, x = foldExpr(o, st); if (x !== o) s.msg = x; }
      break;
    case K.Expr: { const o = s.value, x = foldExpr(o, st); if (x !== o) s.value = x; } break;
    case K.Match:
      { const o = s.subject, x = foldExpr(o, st); if (x !== o) s.subject = x; }
      for (const m of s.cases) {
        foldPattern(m.pattern, st);
        if (m.guard) { const o = m.guard, x = foldExpr(o, st); if (x !== o) m.guard = x; }
        foldStmts(m.body, st);
      }
      break;
    default: break;
  }
  st.depth--;
}

function foldPattern(p: A.pattern, st: FoldState): void {
  if (++st.depth > RECURSION_LIMIT) throw recursionError(st);
  switch (p._kind) {
    case K.MatchValue: { const o = p.value, x = foldExpr(o, st); if (x !== o) p.value = x; } break;
    case K.MatchSequence: for (const x of p.patterns) foldPattern(x, st); break;
    case K.MatchMapping:
      foldExprs(p.keys, st);
      for (const x of p.patterns) foldPattern(x, st);
      break;
    case K.MatchClass:
      { const o = p.cls, x = foldExpr(o, st); if (x !== o) p.cls = x; }
      for (const x of p.patterns) foldPattern(x, st);
      for (const x of p.kwd_patterns) foldPattern(x, st);
      break;
    case K.MatchAs: if (p.pattern) foldPattern(p.pattern, st); break;
    case K.MatchOr: for (const x of p.patterns) foldPattern(x, st); break;
    default: break;
  }
  st.depth--;
}

/** Fold a whole module/expression tree in place. */
export function foldModule(mod: A.mod, st: FoldState): void {
  switch (mod._kind) {
    case K.Module: foldBody(mod.body, st); break;
    case K.Interactive: foldStmts(mod.body, st); break;
    case K.Expression: { const o = mod.body, x = foldExpr(o, st); if (x !== o) mod.body = x; } break;
    default: break;
  }
}

