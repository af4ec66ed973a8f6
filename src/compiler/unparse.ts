/**
 * Expression to source text, as CPython's Python/ast_unparse.c (_PyAST_ExprAsUnicode): the string
 * an annotation becomes under `from __future__ import annotations`. This is not ast.unparse():
 * spacing, parenthesisation (by precedence level), f-string rebuilding and `1e309` for infinities
 * follow the C implementation.
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { constRepr, PyEllipsis, ConstTuple, Complex } from "../objects/constant.ts";

const enum PR { TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BOR = EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM }

const BINOP: Partial<Record<K, [string, number]>> = {
  [K.Add]: [" + ", PR.ARITH], [K.Sub]: [" - ", PR.ARITH], [K.Mult]: [" * ", PR.TERM], [K.MatMult]: [" @ ", PR.TERM],
  [K.Div]: [" / ", PR.TERM], [K.Mod]: [" % ", PR.TERM], [K.LShift]: [" << ", PR.SHIFT], [K.RShift]: [" >> ", PR.SHIFT],
  [K.BitOr]: [" | ", PR.BOR], [K.BitXor]: [" ^ ", PR.BXOR], [K.BitAnd]: [" & ", PR.BAND], [K.FloorDiv]: [" // ", PR.TERM],
  [K.Pow]: [" ** ", PR.POWER],
};
const CMPOP: Partial<Record<K, string>> = {
  [K.Eq]: " == ", [K.NotEq]: " != ", [K.Lt]: " < ", [K.LtE]: " <= ", [K.Gt]: " > ", [K.GtE]: " >= ",
  [K.Is]: " is ", [K.IsNot]: " is not ", [K.In]: " in ", [K.NotIn]: " not in ",
};

function reprConst(v: unknown): string {
  if (v instanceof ConstTuple) {
    // append_ast_constant on tuples: items written recursively
    if (v.items.length === 0) return "()";
    const parts = v.items.map((x) => reprConst(x));
    return "(" + parts.join(", ") + (parts.length === 1 ? ",)" : ")");
  }
  const r = constRepr(v as never);
  if ((typeof v === "number" && !Number.isFinite(v) && !Number.isNaN(v)) || v instanceof Complex) {
    return r.split("inf").join("1e309");
  }
  return r;
}

export function exprAsString(e: A.expr): string {
  return expr(e, PR.TEST);
}

function par(cond: boolean, s: string): string {
  return cond ? "(" + s + ")" : s;
}

function args(a: A.arguments): string {
  const out: string[] = [];
  const posonly = a.posonlyargs.length, nargs = a.args.length, ndef = a.defaults.length;
  for (let i = 0; i < posonly + nargs; i++) {
    const arg = i < posonly ? a.posonlyargs[i]! : a.args[i - posonly]!;
    let s = argStr(arg);
    const di = i - posonly - nargs + ndef;
    if (di >= 0) s += "=" + expr(a.defaults[di]!, PR.TEST);
    out.push(s);
    if (posonly && i + 1 === posonly) out.push("/");
  }
  if (a.vararg || a.kwonlyargs.length) out.push("*" + (a.vararg ? argStr(a.vararg) : ""));
  const nkw = a.kwonlyargs.length, nkwdef = a.kw_defaults.length;
  for (let i = 0; i < nkw; i++) {
    let s = argStr(a.kwonlyargs[i]!);
    const di = i - nkw + nkwdef;
    if (di >= 0) {
      const d = a.kw_defaults[di];
      if (d) s += "=" + expr(d, PR.TEST);
    }
    out.push(s);
  }
  if (a.kwarg) out.push("**" + argStr(a.kwarg));
  return out.join(", ");
}

function argStr(a: A.arg): string {
  return a.annotation ? a.arg + ": " + expr(a.annotation, PR.TEST) : a.arg;
}

function comprehensions(gens: A.comprehension[]): string {
  let s = "";
  for (const g of gens) {
    s += g.is_async ? " async for " : " for ";
    s += expr(g.target, PR.TUPLE);
    s += " in " + expr(g.iter, PR.TEST + 1);
    for (const i of g.ifs) s += " if " + expr(i, PR.TEST + 1);
  }
  return s;
}

function fstringElement(e: A.expr, isFormatSpec: boolean): string {
  switch (e._kind) {
    case K.Constant: return String(e.value).replace(/\{/g, "{{").replace(/\}/g, "}}");
    case K.JoinedStr: return joinedStr(e, isFormatSpec);
    case K.FormattedValue: return formattedValue(e);
    default: return "";
  }
}

function joinedStr(e: A.JoinedStr, isFormatSpec: boolean): string {
  let body = "";
  for (const v of e.values) body += fstringElement(v, isFormatSpec);
  return isFormatSpec ? body : "f" + constRepr(body);
}

function formattedValue(e: A.FormattedValue): string {
  const inner = expr(e.value, PR.TEST + 1);
  let s = inner.startsWith("{") ? "{ " : "{";
  s += inner;
  if (e.conversion > 0) s += "!" + String.fromCharCode(e.conversion);
  if (e.format_spec) s += ":" + fstringElement(e.format_spec, true);
  return s + "}";
}

function expr(e: A.expr, level: number): string {
  switch (e._kind) {
    case K.BoolOp: {
      const isAnd = e.op._kind === K.And;
      const pr = isAnd ? PR.AND : PR.OR;
      return par(level > pr, e.values.map((v) => expr(v, pr + 1)).join(isAnd ? " and " : " or "));
    }
    case K.BinOp: {
      const [op, pr] = BINOP[e.op._kind]!;
      const rassoc = e.op._kind === K.Pow ? 1 : 0;
      return par(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case K.UnaryOp: {
      let op: string, pr: number;
      switch (e.op._kind) {
        case K.Invert: op = "~"; pr = PR.FACTOR; break;
        case K.Not: op = "not "; pr = PR.NOT; break;
        case K.UAdd: op = "+"; pr = PR.FACTOR; break;
        default: op = "-"; pr = PR.FACTOR; break;
      }
      return par(level > pr, op + expr(e.operand, pr));
    }
    case K.Lambda: {
      const a = e.args;
      const has = a.posonlyargs.length + a.args.length > 0 || a.vararg || a.kwonlyargs.length || a.kwarg;
      return par(level > PR.TEST, "lambda" + (has ? " " + args(a) : "") + ": " + expr(e.body, PR.TEST));
    }
    case K.IfExp:
      return par(level > PR.TEST, expr(e.body, PR.TEST + 1) + " if " + expr(e.test, PR.TEST + 1) + " else " + expr(e.orelse, PR.TEST));
    case K.Dict: {
      const parts: string[] = [];
      for (let i = 0; i < e.values.length; i++) {
        const k = e.keys[i];
        parts.push(k ? expr(k, PR.TEST) + ": " + expr(e.values[i]!, PR.TEST) : "**" + expr(e.values[i]!, PR.EXPR));
      }
      return "{" + parts.join(", ") + "}";
    }
    case K.Set: return "{" + e.elts.map((x) => expr(x, PR.TEST)).join(", ") + "}";
    case K.GeneratorExp: return "(" + expr(e.elt, PR.TEST) + comprehensions(e.generators) + ")";
    case K.ListComp: return "[" + expr(e.elt, PR.TEST) + comprehensions(e.generators) + "]";
    case K.SetComp: return "{" + expr(e.elt, PR.TEST) + comprehensions(e.generators) + "}";
    case K.DictComp: return "{" + expr(e.key, PR.TEST) + ": " + expr(e.value, PR.TEST) + comprehensions(e.generators) + "}";
    case K.Yield: return e.value ? "(yield " + expr(e.value, PR.TEST) + ")" : "(yield)";
    case K.YieldFrom: return "(yield from " + expr(e.value, PR.TEST) + ")";
    case K.Await: return par(level > PR.AWAIT, "await " + expr(e.value, PR.ATOM));
    case K.Compare: {
      let s = expr(e.left, PR.CMP + 1);
      for (let i = 0; i < e.ops.length; i++) s += CMPOP[e.ops[i]!._kind]! + expr(e.comparators[i]!, PR.CMP + 1);
      return par(level > PR.CMP, s);
    }
    case K.Call: {
      let s = expr(e.func, PR.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._kind === K.GeneratorExp) {
        return s + expr(e.args[0]!, PR.TEST);
      }
      const parts = e.args.map((a) => expr(a, PR.TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? "**" + expr(k.value, PR.TEST) : k.arg + "=" + expr(k.value, PR.TEST));
      s += "(" + parts.join(", ") + ")";
      return s;
    }
    case K.Constant:
      if (e.value instanceof PyEllipsis) return "...";
      return (e.kind ?? "") + reprConst(e.value);
    case K.JoinedStr: return joinedStr(e, false);
    case K.FormattedValue: return formattedValue(e);
    case K.Attribute: {
      const v = e.value;
      const period = v._kind === K.Constant && typeof v.value === "bigint" ? " ." : ".";
      return expr(v, PR.ATOM) + period + e.attr;
    }
    case K.Subscript: return expr(e.value, PR.ATOM) + "[" + expr(e.slice, PR.TUPLE) + "]";
    case K.Starred: return "*" + expr(e.value, PR.EXPR);
    case K.Name: return e.id;
    case K.List: return "[" + e.elts.map((x) => expr(x, PR.TEST)).join(", ") + "]";
    case K.Tuple: {
      const n = e.elts.length;
      if (n === 0) return "()";
      const s = e.elts.map((x) => expr(x, PR.TEST)).join(", ") + (n === 1 ? "," : "");
      return par(level > PR.TUPLE, s);
    }
    case K.Slice: {
      let s = "";
      if (e.lower) s += expr(e.lower, PR.TEST);
      s += ":";
      if (e.upper) s += expr(e.upper, PR.TEST);
      if (e.step) s += ":" + expr(e.step, PR.TEST);
      return s;
    }
    case K.NamedExpr: return par(level > PR.TUPLE, expr(e.target, PR.ATOM) + " := " + expr(e.value, PR.ATOM));
  }
}
