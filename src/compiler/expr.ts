/**
 * Expression code generation (compile.c: compiler_visit_expr1 and helpers): operators, boolean
 * and comparison chains, conditional jumps, displays (tuple/list/set/dict with unpacking),
 * subscripts and slices, f-strings, yield/await, names and attributes. Calls and comprehensions
 * live in call.ts; lambdas in func.ts.
 *
 * Invariant: visitExpr sets the current location to the expression's and restores the caller's
 * location afterwards (every instruction of a sub-expression carries that sub-expression's span).
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { kindOf } from "../ast/kind.ts";
import { Op } from "../bytecode/opcodes.ts";
import { None, ConstTuple, ConstFrozenSet, type ConstValue } from "../objects/constant.ts";
import {
  JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, type Block,
} from "./ir.ts";
import { Compiler, STACK_USE_GUIDELINE, ScopeType } from "./codegen.ts";
import { BlockType } from "./symtable.ts";
import { compileCall, compileComprehension } from "./call.ts";
import { compileLambda } from "./func.ts";
import { updateStartLocationToMatchAttr } from "./stmt.ts";
import { foldedFrozenSet } from "./interning.ts";
import { PyEllipsis as constEllipsis } from "../objects/constant.ts";
import { constTypeName, Complex } from "../objects/constant.ts";
import { tupleOf } from "./consts.ts";

const NB: Partial<Record<K, number>> = {
  [K.Add]: 0, [K.BitAnd]: 1, [K.FloorDiv]: 2, [K.LShift]: 3, [K.MatMult]: 4, [K.Mult]: 5, [K.Mod]: 6,
  [K.BitOr]: 7, [K.Pow]: 8, [K.RShift]: 9, [K.Sub]: 10, [K.Div]: 11, [K.BitXor]: 12,
};
const NB_INPLACE_OFFSET = 13;

export function addopBinary(c: Compiler, op: K, inplace: boolean): void {
  c.addopI(Op.BINARY_OP, NB[op]! + (inplace ? NB_INPLACE_OFFSET : 0));
}

export function addYieldFrom(c: Compiler, isAwait: boolean): void {
  const start = c.newBlock();
  const resume = c.newBlock();
  const exit = c.newBlock();
  c.useNextBlock(start);
  c.addopJ(Op.SEND, exit);
  c.useNextBlock(resume);
  c.addop(Op.YIELD_VALUE);
  c.addopI(Op.RESUME, isAwait ? 3 : 2);
  c.addopJ(JUMP_NO_INTERRUPT, start);
  c.useNextBlock(exit);
}

export function addopYield(c: Compiler): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.addop(Op.ASYNC_GEN_WRAP);
  c.addop(Op.YIELD_VALUE);
  c.addopI(Op.RESUME, 1);
}

export function callExitWithNones(c: Compiler): void {
  c.loadConst(None);
  c.loadConst(None);
  c.loadConst(None);
  c.addopI(Op.PRECALL, 2);
  c.addopI(Op.CALL, 2);
}

const CMP: Partial<Record<K, number>> = { [K.Lt]: 0, [K.LtE]: 1, [K.Eq]: 2, [K.NotEq]: 3, [K.Gt]: 4, [K.GtE]: 5 };

export function addCompare(c: Compiler, op: K): void {
  switch (op) {
    case K.Is: c.addopI(Op.IS_OP, 0); return;
    case K.IsNot: c.addopI(Op.IS_OP, 1); return;
    case K.In: c.addopI(Op.CONTAINS_OP, 0); return;
    case K.NotIn: c.addopI(Op.CONTAINS_OP, 1); return;
    default: c.addopI(Op.COMPARE_OP, CMP[op]!);
  }
}

function checkIsArg(e: A.expr): boolean {
  if (e._kind !== K.Constant) return true;
  const v = e.value;
  return v === None || v === false || v === true || v instanceof constEllipsis;
}

function checkCompare(c: Compiler, e: A.Compare): void {
  let left = checkIsArg(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]!._kind;
    const right = checkIsArg(e.comparators[i]!);
    if (op === K.Is || op === K.IsNot) {
      if (!right || !left) {
        c.warn(op === K.Is ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
        return;
      }
    }
    left = right;
  }
}

/** compiler_jump_if: jump to `next` when the truth of `e` equals `cond`. */
export function jumpIf(c: Compiler, e: A.expr, next: Block, cond: boolean): void {
  switch (e._kind) {
    case K.UnaryOp:
      if (e.op._kind === K.Not) return jumpIf(c, e.operand, next, !cond);
      break;
    case K.BoolOp: {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op._kind === K.Or;
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) jumpIf(c, s[i]!, next2, cond2);
      jumpIf(c, s[n]!, next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case K.IfExp: {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.addopJNoLine(JUMP, end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case K.Compare: {
      c.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]!);
          c.addopI(Op.SWAP, 2);
          c.addopI(Op.COPY, 2);
          addCompare(c, e.ops[i]!._kind);
          c.addopJ(POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(c, e.comparators[n]!);
        addCompare(c, e.ops[n]!._kind);
        c.addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
        const end = c.newBlock();
        c.addopJNoLine(JUMP, end);
        c.useNextBlock(cleanup);
        c.addop(Op.POP_TOP);
        if (!cond) c.addopJNoLine(JUMP, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
    default: break;
  }
  visitExpr(c, e);
  c.addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
}

function compileIfExp(c: Compiler, e: A.IfExp): void {
  const end = c.newBlock();
  const next = c.newBlock();
  jumpIf(c, e.test, next, false);
  visitExpr(c, e.body);
  c.addopJNoLine(JUMP, end);
  c.useNextBlock(next);
  visitExpr(c, e.orelse);
  c.useNextBlock(end);
}

function compileBoolOp(c: Compiler, e: A.BoolOp): void {
  const jumpi = e.op._kind === K.And ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const s = e.values;
  const n = s.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, s[i]!);
    c.addopJ(jumpi, end);
    c.useNextBlock(c.newBlock());
  }
  visitExpr(c, s[n]!);
  c.useNextBlock(end);
}

function areAllItemsConst(seq: (A.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const k = seq[i];
    if (!k || k._kind !== K.Constant) return false;
  }
  return true;
}

/** starunpack_helper: build a tuple/list/set from elements that may contain *starred items. */
export function starunpackHelper(c: Compiler, elts: A.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && areAllItemsConst(elts, 0, n)) {
    let folded: ConstValue = tupleOf(elts.map((x) => (x as A.Constant).value));
    if (tuple && !pushed) {
      c.loadConst(folded);
    } else {
      if (add === Op.SET_ADD) folded = foldedFrozenSet((folded as ConstTuple).items, c.opts.hashSecret ?? undefined);
      c.addopI(build, pushed);
      c.loadConst(folded);
      c.addopI(extend, 1);
      if (tuple) c.addop(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  let seenStar = false;
  for (const elt of elts) if (elt._kind === K.Starred) seenStar = true;
  if (!seenStar && !big) {
    for (const elt of elts) visitExpr(c, elt);
    c.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let sequenceBuilt = false;
  if (big) {
    c.addopI(build, pushed);
    sequenceBuilt = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._kind === K.Starred) {
      if (!sequenceBuilt) {
        c.addopI(build, i + pushed);
        sequenceBuilt = true;
      }
      visitExpr(c, elt.value);
      c.addopI(extend, 1);
    } else {
      visitExpr(c, elt);
      if (sequenceBuilt) c.addopI(add, 1);
    }
  }
  if (tuple) c.addop(Op.LIST_TO_TUPLE);
}

function unpackHelper(c: Compiler, elts: A.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._kind === K.Starred && !seenStar) {
      if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8)) throw c.error("too many expressions in star-unpacking assignment");
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._kind === K.Starred) {
      throw c.error("multiple starred expressions in assignment");
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

function assignmentHelper(c: Compiler, elts: A.expr[]): void {
  unpackHelper(c, elts);
  for (const elt of elts) visitExpr(c, elt._kind !== K.Starred ? elt : elt.value);
}

function compileSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && areAllItemsConst(e.keys as (A.expr | null)[], begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]!);
    const keys: ConstValue[] = [];
    for (let i = begin; i < end; i++) keys.push((e.keys[i] as A.Constant).value);
    c.loadConst(tupleOf(keys));
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]!);
    if (big) c.addopI(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

function compileDict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]!);
      c.addopI(Op.DICT_UPDATE, 1);
    } else {
      if (elements * 2 > STACK_USE_GUIDELINE) {
        compileSubdict(c, e, i - elements, i + 1);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0);
}

function compileCompare(c: Compiler, e: A.Compare): void {
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    addCompare(c, e.ops[0]!._kind);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.addopI(Op.SWAP, 2);
    c.addopI(Op.COPY, 2);
    addCompare(c, e.ops[i]!._kind);
    c.addopJ(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitExpr(c, e.comparators[n]!);
  addCompare(c, e.ops[n]!._kind);
  const end = c.newBlock();
  c.addopJNoLine(JUMP, end);
  c.useNextBlock(cleanup);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_TOP);
  c.useNextBlock(end);
}

function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst("");
    c.addopNames(Op.LOAD_METHOD, "join");
    c.addopI(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addopI(Op.LIST_APPEND, 1);
    }
    c.addopI(Op.PRECALL, 1);
    c.addopI(Op.CALL, 1);
  } else {
    for (const v of e.values) visitExpr(c, v);
    if (n !== 1) c.addopI(Op.BUILD_STRING, n);
  }
}

function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: oparg = 1; break; // 's'
    case 114: oparg = 2; break; // 'r'
    case 97: oparg = 3; break; // 'a'
    case -1: oparg = 0; break;
    default: throw c.error(`Unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.addopI(Op.FORMAT_VALUE, oparg);
}

function inferTypeName(e: A.expr): string | null {
  switch (e._kind) {
    case K.Tuple: return "tuple";
    case K.List: case K.ListComp: return "list";
    case K.Dict: case K.DictComp: return "dict";
    case K.Set: case K.SetComp: return "set";
    case K.GeneratorExp: return "generator";
    case K.Lambda: return "function";
    case K.JoinedStr: case K.FormattedValue: return "str";
    case K.Constant: return constTypeName(e.value);
    default: return null;
  }
}

function checkSubscripter(c: Compiler, e: A.expr): void {
  switch (e._kind) {
    case K.Constant: {
      const v = e.value;
      if (!(v === None || v instanceof constEllipsis || typeof v === "bigint" || typeof v === "boolean" ||
        typeof v === "number" || v instanceof Complex || v instanceof ConstFrozenSet)) return;
      break;
    }
    case K.Set: case K.SetComp: case K.GeneratorExp: case K.Lambda: break;
    default: return;
  }
  c.warn(`'${inferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

function checkIndex(c: Compiler, e: A.expr, s: A.expr): void {
  const indexType = inferTypeName(s);
  if (indexType === null || indexType === "int" || indexType === "bool") return;
  switch (kindOf(e)) {
    case K.Constant: {
      const v = (e as A.Constant).value;
      if (!(typeof v === "string" || v instanceof Uint8Array || v instanceof ConstTuple)) return;
      break;
    }
    case K.Tuple: case K.List: case K.ListComp: case K.JoinedStr: case K.FormattedValue: break;
    default: return;
  }
  c.warn(`${inferTypeName(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

function compileSubscript(c: Compiler, e: A.Subscript): void {
  const ctx = e.ctx._kind;
  if (ctx === K.Load) {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  const op = ctx === K.Load ? Op.BINARY_SUBSCR : ctx === K.Store ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR;
  visitExpr(c, e.value);
  visitExpr(c, e.slice);
  c.addop(op);
}

function compileSlice(c: Compiler, s: A.Slice): void {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst(None);
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst(None);
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  c.addopI(Op.BUILD_SLICE, n);
}

function visitExpr1(c: Compiler, e: A.expr): void {
  switch (e._kind) {
    case K.NamedExpr:
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case K.BoolOp: return compileBoolOp(c, e);
    case K.BinOp:
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      addopBinary(c, e.op._kind, false);
      return;
    case K.UnaryOp:
      visitExpr(c, e.operand);
      switch (e.op._kind) {
        case K.Invert: c.addop(Op.UNARY_INVERT); break;
        case K.Not: c.addop(Op.UNARY_NOT); break;
        case K.UAdd: c.addop(Op.UNARY_POSITIVE); break;
        case K.USub: c.addop(Op.UNARY_NEGATIVE); break;
      }
      return;
    case K.Lambda: return compileLambda(c, e);
    case K.IfExp: return compileIfExp(c, e);
    case K.Dict: return compileDict(c, e);
    case K.Set: return starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case K.GeneratorExp: return compileComprehension(c, e, "<genexpr>", e.generators, e.elt, null);
    case K.ListComp: return compileComprehension(c, e, "<listcomp>", e.generators, e.elt, null);
    case K.SetComp: return compileComprehension(c, e, "<setcomp>", e.generators, e.elt, null);
    case K.DictComp: return compileComprehension(c, e, "<dictcomp>", e.generators, e.key, e.value);
    case K.Yield:
      if (c.u.ste.type !== BlockType.Function) throw c.error("'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(None);
      addopYield(c);
      return;
    case K.YieldFrom:
      if (c.u.ste.type !== BlockType.Function) throw c.error("'yield' outside function");
      if (c.u.scopeType === ScopeType.AsyncFunction) throw c.error("'yield from' inside async function");
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER);
      c.loadConst(None);
      addYieldFrom(c, false);
      return;
    case K.Await:
      if (!c.isTopLevelAwait()) {
        if (c.u.ste.type !== BlockType.Function) throw c.error("'await' outside function");
        if (c.u.scopeType !== ScopeType.AsyncFunction && c.u.scopeType !== ScopeType.Comprehension) {
          throw c.error("'await' outside async function");
        }
      }
      visitExpr(c, e.value);
      c.addopI(Op.GET_AWAITABLE, 0);
      c.loadConst(None);
      addYieldFrom(c, true);
      return;
    case K.Compare: return compileCompare(c, e);
    case K.Call: return compileCall(c, e);
    case K.Constant: c.loadConst(e.value); return;
    case K.JoinedStr: return compileJoinedStr(c, e);
    case K.FormattedValue: return compileFormattedValue(c, e);
    case K.Attribute:
      visitExpr(c, e.value);
      updateStartLocationToMatchAttr(c, e);
      switch (e.ctx._kind) {
        case K.Load: c.addopName(Op.LOAD_ATTR, e.attr); break;
        case K.Store:
          c.forbiddenName(e.attr, K.Store);
          c.addopName(Op.STORE_ATTR, e.attr);
          break;
        case K.Del: c.addopName(Op.DELETE_ATTR, e.attr); break;
      }
      return;
    case K.Subscript: return compileSubscript(c, e);
    case K.Starred:
      if (e.ctx._kind === K.Store) throw c.error("starred assignment target must be in a list or tuple");
      throw c.error("can't use starred expression here");
    case K.Slice: return compileSlice(c, e);
    case K.Name: return c.nameop(e.id, e.ctx._kind);
    case K.List:
      if (e.ctx._kind === K.Store) return assignmentHelper(c, e.elts);
      if (e.ctx._kind === K.Load) return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      for (const x of e.elts) visitExpr(c, x);
      return;
    case K.Tuple:
      if (e.ctx._kind === K.Store) return assignmentHelper(c, e.elts);
      if (e.ctx._kind === K.Load) return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      for (const x of e.elts) visitExpr(c, x);
      return;
  }
}

export function visitExpr(c: Compiler, e: A.expr): void {
  const u = c.u;
  const l = u.lineno, el = u.endLineno, co = u.col, ec = u.endCol;
  c.setLoc(e);
  visitExpr1(c, e);
  // the unit may have changed back to the same one; restore on the current unit
  const u2 = c.u;
  u2.lineno = l;
  u2.endLineno = el;
  u2.col = co;
  u2.endCol = ec;
}

export { JUMP };
