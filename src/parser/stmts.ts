/**
 * Statement rules of the Python 3.11 grammar (python.gram: "STARTING RULES", "GENERAL
 * STATEMENTS", "SIMPLE STATEMENTS", "COMPOUND STATEMENTS"). The grammar rule is quoted above
 * each function; `&&x` is a forced token (an error at once when missing).
 */
import { TokenType as T } from "../tokenizer/token.ts";
import * as A from "../ast/nodes.ts";
import { KW, R, type Parser, type Token } from "./parser.ts";
import { classDefDecorators, emptyArguments, functionDefDecorators, setExprContext, noItems } from "./actions.ts";
import {
  argumentsRule, expression, expressions, namedExpression, starExpressions, starNamedExpression,
  starNamedExpressions, yieldExpr, gather,
} from "./exprs.ts";
import { delTargets, singleSubscriptAttributeTarget, singleTarget, starTarget, starTargets } from "./targets.ts";
import { params, typeCommentText } from "./params.ts";
import { patterns } from "./patterns.ts";
import * as I from "./invalid.ts";

function pos<N>(p: Parser, st: Token, f: (l: number, c: number, el: number, ec: number) => N): N {
  const e = p.lastTok();
  return f(st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

/** &&'x': the token must be there, else "expected 'x'" at the current token. */
export function forced(p: Parser, type: number, text: string): Token {
  const t = p.peek();
  if (t.type !== type) p.errorAt(t, `expected '${text}'`);
  p.mark++;
  return t;
}

// file: a=[statements] ENDMARKER { Module(a, type_ignores) }
export function fileRule(p: Parser): A.Module | null {
  const a = statements(p);
  if (p.expect(T.ENDMARKER) === null) return null;
  return A.Module(a ?? noItems(), p.typeIgnores);
}

// interactive: a=statement_newline { Interactive(a) }
export function interactiveRule(p: Parser): A.Interactive | null {
  const a = statementNewline(p);
  if (a === null) return null;
  return A.Interactive(a);
}

// eval: a=expressions NEWLINE* ENDMARKER { Expression(a) }
export function evalRule(p: Parser): A.Expression | null {
  const a = expressions(p);
  if (a === null) return null;
  while (p.expect(T.NEWLINE) !== null) { /* skip */ }
  if (p.expect(T.ENDMARKER) === null) return null;
  return A.Expression(a);
}

// func_type: '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER { FunctionType(a, b) }
export function funcTypeRule(p: Parser): A.FunctionType | null {
  if (p.expect(T.LPAR) === null) return null;
  const a = typeExpressions(p);
  if (p.expect(T.RPAR) === null || p.expect(T.RARROW) === null) return null;
  const b = expression(p);
  if (b === null) return null;
  while (p.expect(T.NEWLINE) !== null) { /* skip */ }
  if (p.expect(T.ENDMARKER) === null) return null;
  return A.FunctionType(a ?? [], b);
}

// fstring: star_expressions
export function fstringRule(p: Parser): A.expr | null {
  return starExpressions(p);
}

// type_expressions:
//     | a=','.expression+ ',' '*' b=expression ',' '**' c=expression { a + [b, c] }
//     | a=','.expression+ ',' '*' b=expression { a + [b] }
//     | a=','.expression+ ',' '**' b=expression { a + [b] }
//     | '*' a=expression ',' '**' b=expression { [a, b] }
//     | '*' a=expression { [a] }
//     | '**' a=expression { [a] }
//     | a=','.expression+ { a }
function typeExpressions(p: Parser): A.expr[] | null {
  const m = p.mark;
  const a = gather(p, expression);
  if (a !== null) {
    const m2 = p.mark;
    if (p.expect(T.COMMA) !== null) {
      if (p.expect(T.STAR) !== null) {
        const b = expression(p);
        if (b !== null) {
          const m3 = p.mark;
          if (p.expect(T.COMMA) !== null && p.expect(T.DOUBLESTAR) !== null) {
            const c = expression(p);
            if (c !== null) return [...a, b, c];
          }
          p.mark = m3;
          return [...a, b];
        }
      } else if (p.expect(T.DOUBLESTAR) !== null) {
        const b = expression(p);
        if (b !== null) return [...a, b];
      }
    }
    p.mark = m2;
    return a;
  }
  p.mark = m;
  if (p.expect(T.STAR) !== null) {
    const a2 = expression(p);
    if (a2 !== null) {
      const m3 = p.mark;
      if (p.expect(T.COMMA) !== null && p.expect(T.DOUBLESTAR) !== null) {
        const b = expression(p);
        if (b !== null) return [a2, b];
      }
      p.mark = m3;
      return [a2];
    }
    p.mark = m;
  }
  if (p.expect(T.DOUBLESTAR) !== null) {
    const a2 = expression(p);
    if (a2 !== null) return [a2];
  }
  p.mark = m;
  return null;
}

// statements: a=statement+ { flatten(a) }
export function statements(p: Parser): A.stmt[] | null {
  let out: A.stmt[] | null = null;
  for (;;) {
    const s = statement(p);
    if (s === null) break;
    if (out === null) out = s;
    else for (const x of s) out.push(x);
  }
  return out;
}

// statement: a=compound_stmt { [a] } | a=simple_stmts { a }
function statement(p: Parser): A.stmt[] | null {
  const c = compoundStmt(p);
  if (c !== null) return [c];
  const s = simpleStmts(p);
  return s !== null ? s.slice() : null;
}

// statement_newline:
//     | a=compound_stmt NEWLINE { [a] }
//     | simple_stmts
//     | NEWLINE { [Pass] }
//     | ENDMARKER { interactive_exit() }
function statementNewline(p: Parser): A.stmt[] | null {
  const m = p.mark;
  const c = compoundStmt(p);
  if (c !== null && p.expect(T.NEWLINE) !== null) return [c];
  p.mark = m;
  const s = simpleStmts(p);
  if (s !== null) return s.slice();
  const st = p.startTok();
  if (p.expect(T.NEWLINE) !== null) return [A.Pass(st.lineno, st.col_offset, st.end_lineno, st.end_col_offset)];
  return null;
}

// simple_stmts:
//     | a=simple_stmt !';' NEWLINE { [a] }
//     | a=';'.simple_stmt+ [';'] NEWLINE { a }
function simpleStmts(p: Parser): A.stmt[] | null {
  const m = p.mark;
  const a = simpleStmt(p);
  if (a === null) return null;
  if (p.at(T.NEWLINE)) { p.mark++; return [a]; }
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(T.SEMI) === null) break;
    const c = simpleStmt(p);
    if (c === null) { p.mark = m2; break; }
    out.push(c);
  }
  p.expect(T.SEMI);
  if (p.expect(T.NEWLINE) !== null) return out;
  p.mark = m;
  return null;
}

// simple_stmt (memo):
//     | assignment
//     | e=star_expressions { Expr(e) }
//     | &'return' return_stmt
//     | &('import' | 'from') import_stmt
//     | &'raise' raise_stmt
//     | 'pass' { Pass }
//     | &'del' del_stmt
//     | &'yield' yield_stmt
//     | &'assert' assert_stmt
//     | 'break' { Break }
//     | 'continue' { Continue }
//     | &'global' global_stmt
//     | &'nonlocal' nonlocal_stmt
function simpleStmt(p: Parser): A.stmt | null {
  if (p.isMemoized(R.simple_stmt)) return p.memoHit as A.stmt | null;
  const m = p.mark;
  const res = simpleStmtRaw(p);
  p.memoize(m, R.simple_stmt, res);
  return res;
}

function simpleStmtRaw(p: Parser): A.stmt | null {
  const st = p.startTok();
  const m = p.mark;
  const a = assignment(p);
  if (a !== null) return a;
  p.mark = m;
  const e = starExpressions(p);
  if (e !== null) return pos(p, st, (l, c, el, ec) => A.Expr(e, l, c, el, ec));
  p.mark = m;
  switch (st.type) {
    case KW.return_: return returnStmt(p);
    case KW.import_: case KW.from: return importStmt(p);
    case KW.raise: return raiseStmt(p);
    case KW.pass: p.mark++; return A.Pass(st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
    case KW.del: return delStmt(p);
    case KW.yield_: {
      // yield_stmt: y=yield_expr { Expr(y) }
      const y = yieldExpr(p);
      if (y === null) return null;
      return pos(p, st, (l, c, el, ec) => A.Expr(y, l, c, el, ec));
    }
    case KW.assert: return assertStmt(p);
    case KW.break_: p.mark++; return A.Break(st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
    case KW.continue_: p.mark++; return A.Continue(st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
    case KW.global: case KW.nonlocal: return globalOrNonlocal(p, st);
  }
  return null;
}

// compound_stmt:
//     | &('def' | '@' | ASYNC) function_def
//     | &'if' if_stmt
//     | &('class' | '@') class_def
//     | &('with' | ASYNC) with_stmt
//     | &('for' | ASYNC) for_stmt
//     | &'try' try_stmt
//     | &'while' while_stmt
//     | match_stmt
function compoundStmt(p: Parser): A.stmt | null {
  const t = p.peekType();
  let r: A.stmt | null = null;
  switch (t) {
    case KW.def: return functionDef(p);
    case T.AT: return functionDef(p) ?? classDef(p);
    case T.ASYNC:
      p.enter();
      r = functionDef(p) ?? withStmt(p) ?? forStmt(p);
      p.level--;
      return r;
    case KW.if_: return ifStmt(p);
    case KW.class_: return classDef(p);
    case KW.with_: return withStmt(p);
    case KW.for_: return forStmt(p);
    case KW.try_: return tryStmt(p);
    case KW.while_: return whileStmt(p);
  }
  return matchStmt(p);
}

// assignment:
//     | a=NAME ':' b=expression c=['=' d=annotated_rhs { d }] { AnnAssign(a as Store, b, c, 1) }
//     | a=('(' b=single_target ')' { b } | single_subscript_attribute_target) ':' b=expression
//           c=['=' d=annotated_rhs { d }] { AnnAssign(a, b, c, 0) }
//     | a=(z=star_targets '=' { z })+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT] { Assign(a, b, tc) }
//     | a=single_target b=augassign ~ c=(yield_expr | star_expressions) { AugAssign(a, b, c) }
//     | invalid_assignment
function assignment(p: Parser): A.stmt | null {
  const m = p.mark;
  const st = p.startTok();
  // alt 1
  if (st.type === T.NAME && p.peekTypeAt(1) === T.COLON) {
    const a = p.name()!;
    p.mark++;
    const b = expression(p);
    if (b !== null) {
      const c = optAnnotatedRhs(p);
      p.checkVersion(6, "Variable annotation syntax is");
      return pos(p, st, (l, co, el, ec) => A.AnnAssign(setExprContext(a, A.Store), b, c, 1, l, co, el, ec));
    }
    p.mark = m;
  }
  // alt 2
  {
    let a: A.expr | null = null;
    if (st.type === T.LPAR) {
      p.mark++;
      const b = singleTarget(p);
      if (b !== null && p.expect(T.RPAR) !== null) a = b;
      else p.mark = m;
    }
    if (a === null) a = singleSubscriptAttributeTarget(p);
    if (a !== null && p.expect(T.COLON) !== null) {
      const b = expression(p);
      if (b !== null) {
        const c = optAnnotatedRhs(p);
        const tgt = a;
        p.checkVersion(6, "Variable annotations syntax is");
        return pos(p, st, (l, co, el, ec) => A.AnnAssign(tgt, b, c, 0, l, co, el, ec));
      }
    }
    p.mark = m;
  }
  // alt 3
  {
    let targets: A.expr[] | null = null;
    for (;;) {
      const m2 = p.mark;
      const z = starTargets(p);
      if (z === null || p.expect(T.EQUAL) === null) { p.mark = m2; break; }
      (targets ??= []).push(z);
    }
    if (targets !== null) {
      const b = yieldExpr(p) ?? starExpressions(p);
      if (b !== null && !p.at(T.EQUAL)) {
        const tc = p.expect(T.TYPE_COMMENT);
        const tgts = targets;
        return pos(p, st, (l, co, el, ec) => A.Assign(tgts, b, typeCommentText(p, tc), l, co, el, ec));
      }
    }
    p.mark = m;
  }
  // alt 4
  {
    const a = singleTarget(p);
    if (a !== null) {
      const op = augassign(p);
      if (op !== null) {
        const c = yieldExpr(p) ?? starExpressions(p);
        if (c === null) { p.mark = m; return null; } // cut
        return pos(p, st, (l, co, el, ec) => A.AugAssign(a, op, c, l, co, el, ec));
      }
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    I.invalidAssignment(p);
    p.mark = m;
  }
  return null;
}

// ['=' d=annotated_rhs { d }]   annotated_rhs: yield_expr | star_expressions
function optAnnotatedRhs(p: Parser): A.expr | null {
  const m = p.mark;
  if (p.expect(T.EQUAL) === null) return null;
  const d = yieldExpr(p) ?? starExpressions(p);
  if (d === null) p.mark = m;
  return d;
}

// augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
function augassign(p: Parser): A.operator | null {
  let op: A.operator;
  switch (p.peekType()) {
    case T.PLUSEQUAL: op = A.Add; break;
    case T.MINEQUAL: op = A.Sub; break;
    case T.STAREQUAL: op = A.Mult; break;
    case T.ATEQUAL: p.mark++; p.checkVersion(5, "The '@' operator is"); return A.MatMult;
    case T.SLASHEQUAL: op = A.Div; break;
    case T.PERCENTEQUAL: op = A.Mod; break;
    case T.AMPEREQUAL: op = A.BitAnd; break;
    case T.VBAREQUAL: op = A.BitOr; break;
    case T.CIRCUMFLEXEQUAL: op = A.BitXor; break;
    case T.LEFTSHIFTEQUAL: op = A.LShift; break;
    case T.RIGHTSHIFTEQUAL: op = A.RShift; break;
    case T.DOUBLESTAREQUAL: op = A.Pow; break;
    case T.DOUBLESLASHEQUAL: op = A.FloorDiv; break;
    default: return null;
  }
  p.mark++;
  return op;
}
export { augassign };

// return_stmt: 'return' a=[star_expressions] { Return(a) }
function returnStmt(p: Parser): A.stmt | null {
  const st = p.startTok();
  p.mark++;
  const a = starExpressions(p);
  return pos(p, st, (l, c, el, ec) => A.Return(a, l, c, el, ec));
}

// raise_stmt:
//     | 'raise' a=expression b=['from' z=expression { z }] { Raise(a, b) }
//     | 'raise' { Raise(NULL, NULL) }
function raiseStmt(p: Parser): A.stmt | null {
  const st = p.startTok();
  p.mark++;
  const a = expression(p);
  if (a !== null) {
    let b: A.expr | null = null;
    const m = p.mark;
    if (p.expect(KW.from) !== null) {
      b = expression(p);
      if (b === null) p.mark = m;
    }
    return pos(p, st, (l, c, el, ec) => A.Raise(a, b, l, c, el, ec));
  }
  return A.Raise(null, null, st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
}

// global_stmt: 'global' a=','.NAME+ { Global(names) }
// nonlocal_stmt: 'nonlocal' a=','.NAME+ { Nonlocal(names) }
function globalOrNonlocal(p: Parser, st: Token): A.stmt | null {
  const m = p.mark;
  p.mark++;
  const names = gather(p, (q) => q.name());
  if (names === null) { p.mark = m; return null; }
  const ids = names.map((n) => n.id);
  return pos(p, st, (l, c, el, ec) => st.type === KW.global ? A.Global(ids, l, c, el, ec) : A.Nonlocal(ids, l, c, el, ec));
}

// del_stmt:
//     | 'del' a=del_targets &(';' | NEWLINE) { Delete(a) }
//     | invalid_del_stmt
function delStmt(p: Parser): A.stmt | null {
  const st = p.startTok();
  const m = p.mark;
  p.mark++;
  const a = delTargets(p);
  if (a !== null) {
    const t = p.peekType();
    if (t === T.SEMI || t === T.NEWLINE) return pos(p, st, (l, c, el, ec) => A.Delete(a, l, c, el, ec));
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidDelStmt(p);
    p.mark = m;
  }
  return null;
}

// assert_stmt: 'assert' a=expression b=[',' z=expression { z }] { Assert(a, b) }
function assertStmt(p: Parser): A.stmt | null {
  const st = p.startTok();
  const m = p.mark;
  p.mark++;
  const a = expression(p);
  if (a === null) { p.mark = m; return null; }
  let b: A.expr | null = null;
  const m2 = p.mark;
  if (p.expect(T.COMMA) !== null) {
    b = expression(p);
    if (b === null) p.mark = m2;
  }
  return pos(p, st, (l, c, el, ec) => A.Assert(a, b, l, c, el, ec));
}

// import_stmt: import_name | import_from
function importStmt(p: Parser): A.stmt | null {
  return importName(p) ?? importFrom(p);
}

// import_name: 'import' a=dotted_as_names { Import(a) }
function importName(p: Parser): A.stmt | null {
  const st = p.startTok();
  if (st.type !== KW.import_) return null;
  const m = p.mark;
  p.mark++;
  const a = gather(p, dottedAsName);
  if (a === null) { p.mark = m; return null; }
  return pos(p, st, (l, c, el, ec) => A.Import(a, l, c, el, ec));
}

// import_from:
//     | 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets { ImportFrom(b, c, dots(a)) }
//     | 'from' a=('.' | '...')+ 'import' b=import_from_targets { ImportFrom(NULL, b, dots(a)) }
function importFrom(p: Parser): A.stmt | null {
  const st = p.startTok();
  if (st.type !== KW.from) return null;
  const m = p.mark;
  p.mark++;
  let level = 0;
  for (;;) {
    const t = p.peekType();
    if (t === T.DOT) level += 1;
    else if (t === T.ELLIPSIS) level += 3;
    else break;
    p.mark++;
  }
  const afterDots = p.mark;
  const b = dottedName(p);
  if (b !== null && p.expect(KW.import_) !== null) {
    const c = importFromTargets(p);
    if (c !== null) return pos(p, st, (l, co, el, ec) => A.ImportFrom(b, c, level, l, co, el, ec));
  }
  p.mark = afterDots;
  if (level > 0 && p.expect(KW.import_) !== null) {
    const c = importFromTargets(p);
    if (c !== null) return pos(p, st, (l, co, el, ec) => A.ImportFrom(null, c, level, l, co, el, ec));
  }
  p.mark = m;
  return null;
}

// import_from_targets:
//     | '(' a=import_from_as_names [','] ')' { a }
//     | import_from_as_names !','
//     | '*' { [alias('*')] }
//     | invalid_import_from_targets
function importFromTargets(p: Parser): A.alias[] | null {
  const m = p.mark;
  const st = p.startTok();
  if (st.type === T.LPAR) {
    p.mark++;
    const a = gather(p, importFromAsName);
    if (a !== null) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null) return a;
    }
    p.mark = m;
  }
  const a = gather(p, importFromAsName);
  if (a !== null && !p.at(T.COMMA)) return a;
  p.mark = m;
  if (st.type === T.STAR) {
    p.mark++;
    return [A.alias("*", null, st.lineno, st.col_offset, st.end_lineno, st.end_col_offset)];
  }
  if (p.callInvalidRules) {
    I.invalidImportFromTargets(p);
    p.mark = m;
  }
  return null;
}

// import_from_as_name: a=NAME b=['as' z=NAME { z }] { alias(a, b) }
function importFromAsName(p: Parser): A.alias | null {
  const st = p.startTok();
  const a = p.name();
  if (a === null) return null;
  let b: A.Name | null = null;
  const m = p.mark;
  if (p.expect(KW.as) !== null) {
    b = p.name();
    if (b === null) p.mark = m;
  }
  return pos(p, st, (l, c, el, ec) => A.alias(a.id, b !== null ? b.id : null, l, c, el, ec));
}

// dotted_as_name: a=dotted_name b=['as' z=NAME { z }] { alias(a, b) }
function dottedAsName(p: Parser): A.alias | null {
  const st = p.startTok();
  const a = dottedName(p);
  if (a === null) return null;
  let b: A.Name | null = null;
  const m = p.mark;
  if (p.expect(KW.as) !== null) {
    b = p.name();
    if (b === null) p.mark = m;
  }
  return pos(p, st, (l, c, el, ec) => A.alias(a, b !== null ? b.id : null, l, c, el, ec));
}

// dotted_name: dotted_name '.' NAME | NAME   (the joined identifier)
function dottedName(p: Parser): string | null {
  const a = p.name();
  if (a === null) return null;
  let s = a.id;
  for (;;) {
    const m = p.mark;
    if (p.expect(T.DOT) === null) break;
    const b = p.name();
    if (b === null) { p.mark = m; break; }
    s += "." + b.id;
  }
  return s;
}

// block (memo):
//     | NEWLINE INDENT a=statements DEDENT { a }
//     | simple_stmts
//     | invalid_block
export function block(p: Parser): A.stmt[] | null {
  if (p.isMemoized(R.block)) return p.memoHit as A.stmt[] | null;
  const m = p.mark;
  p.enter();
  let res: A.stmt[] | null = null;
  if (p.at(T.NEWLINE) && p.peekTypeAt(1) === T.INDENT) {
    p.mark += 2;
    const a = statements(p);
    if (a !== null && p.expect(T.DEDENT) !== null) res = a;
    else p.mark = m;
  }
  if (res === null) {
    const s = simpleStmts(p);
    if (s !== null) res = s.slice();
  }
  if (res === null && p.callInvalidRules) {
    I.invalidBlock(p);
    p.mark = m;
  }
  p.level--;
  p.memoize(m, R.block, res);
  return res;
}

// decorators: a=('@' f=named_expression NEWLINE { f })+ { a }
function decorators(p: Parser): A.expr[] | null {
  let out: A.expr[] | null = null;
  for (;;) {
    const m = p.mark;
    if (p.expect(T.AT) === null) break;
    const f = namedExpression(p);
    if (f === null || p.expect(T.NEWLINE) === null) { p.mark = m; break; }
    (out ??= []).push(f);
  }
  return out;
}

// class_def:
//     | a=decorators b=class_def_raw { class_def_decorators(a, b) }
//     | class_def_raw
function classDef(p: Parser): A.stmt | null {
  const m = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const c = classDefRaw(p);
    if (c !== null) return classDefDecorators(d, c);
    p.mark = m;
    return null;
  }
  return classDefRaw(p);
}

// class_def_raw:
//     | invalid_class_def_raw
//     | 'class' a=NAME b=['(' z=[arguments] ')' { z }] ':' c=block { ClassDef(a, b.args, b.keywords, c) }
function classDefRaw(p: Parser): A.ClassDef | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidClassDefRaw(p);
    p.mark = m;
  }
  const st = p.startTok();
  if (st.type !== KW.class_) return null;
  p.mark++;
  const a = p.name();
  if (a === null) { p.mark = m; return null; }
  let bases: A.expr[] = noItems(), keywords: A.keyword[] = noItems();
  const m2 = p.mark;
  if (p.expect(T.LPAR) !== null) {
    const z = argumentsRule(p);
    if (p.expect(T.RPAR) !== null) {
      if (z !== null) { bases = z.args; keywords = z.keywords; }
    } else p.mark = m2;
  }
  if (p.expect(T.COLON) === null) { p.mark = m; return null; }
  const c = block(p);
  if (c === null) { p.mark = m; return null; }
  return pos(p, st, (l, co, el, ec) => A.ClassDef(a.id, bases, keywords, c, noItems(), l, co, el, ec));
}

// function_def:
//     | d=decorators f=function_def_raw { function_def_decorators(d, f) }
//     | function_def_raw
function functionDef(p: Parser): A.stmt | null {
  const m = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const f = functionDefRaw(p);
    if (f !== null) return functionDefDecorators(d, f);
    p.mark = m;
    return null;
  }
  return functionDefRaw(p);
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block
//     | ASYNC 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block
function functionDefRaw(p: Parser): A.FunctionDef | A.AsyncFunctionDef | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidDefRaw(p);
    p.mark = m;
  }
  const st = p.startTok();
  let isAsync = false;
  if (st.type === T.ASYNC) {
    if (p.peekTypeAt(1) !== KW.def) return null;
    isAsync = true;
    p.mark++;
  } else if (st.type !== KW.def) return null;
  p.mark++;
  const n = p.name();
  if (n === null) { p.mark = m; return null; }
  forced(p, T.LPAR, "(");
  const ps = params(p);
  if (p.expect(T.RPAR) === null) { p.mark = m; return null; }
  let ret: A.expr | null = null;
  const m2 = p.mark;
  if (p.expect(T.RARROW) !== null) {
    ret = expression(p);
    if (ret === null) p.mark = m2;
  }
  forced(p, T.COLON, ":");
  const tc = funcTypeComment(p);
  const b = block(p);
  if (b === null) { p.mark = m; return null; }
  const args = ps ?? emptyArguments();
  const tcs = typeCommentText(p, tc);
  if (isAsync) p.checkVersion(5, "Async functions are");
  return pos(p, st, (l, c, el, ec) => isAsync
    ? A.AsyncFunctionDef(n.id, args, b, noItems(), ret, tcs, l, c, el, ec)
    : A.FunctionDef(n.id, args, b, noItems(), ret, tcs, l, c, el, ec));
}

// func_type_comment:
//     | NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT) { t }
//     | invalid_double_type_comments
//     | TYPE_COMMENT
function funcTypeComment(p: Parser): Token | null {
  const m = p.mark;
  if (p.at(T.NEWLINE) && p.peekTypeAt(1) === T.TYPE_COMMENT) {
    const t = p.tokens[p.mark + 1]!;
    if (p.peekTypeAt(2) === T.NEWLINE && p.peekTypeAt(3) === T.INDENT) {
      p.mark += 2;
      return t;
    }
  }
  if (p.callInvalidRules) {
    I.invalidDoubleTypeComments(p);
    p.mark = m;
  }
  return p.expect(T.TYPE_COMMENT);
}

// if_stmt:
//     | invalid_if_stmt
//     | 'if' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c]) }
//     | 'if' a=named_expression ':' b=block c=[else_block] { If(a, b, c) }
// elif_stmt: (the same with 'elif')
function ifStmt(p: Parser): A.stmt | null {
  return ifOrElif(p, KW.if_);
}

function ifOrElif(p: Parser, kw: number): A.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    if (kw === KW.if_) I.invalidIfStmt(p); else I.invalidElifStmt(p);
    p.mark = m;
  }
  const st = p.startTok();
  if (st.type !== kw) return null;
  p.mark++;
  const a = namedExpression(p);
  if (a === null || p.expect(T.COLON) === null) { p.mark = m; return null; }
  const b = block(p);
  if (b === null) { p.mark = m; return null; }
  if (p.at(KW.elif)) {
    const c = ifOrElif(p, KW.elif);
    if (c !== null) return pos(p, st, (l, co, el, ec) => A.If(a, b, [c], l, co, el, ec));
  }
  const c = elseBlock(p);
  return pos(p, st, (l, co, el, ec) => A.If(a, b, c ?? noItems(), l, co, el, ec));
}

// else_block:
//     | invalid_else_stmt
//     | 'else' &&':' b=block { b }
function elseBlock(p: Parser): A.stmt[] | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidElseStmt(p);
    p.mark = m;
  }
  if (p.expect(KW.else_) === null) return null;
  forced(p, T.COLON, ":");
  const b = block(p);
  if (b === null) p.mark = m;
  return b;
}

// while_stmt:
//     | invalid_while_stmt
//     | 'while' a=named_expression ':' b=block c=[else_block] { While(a, b, c) }
function whileStmt(p: Parser): A.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidWhileStmt(p);
    p.mark = m;
  }
  const st = p.startTok();
  if (st.type !== KW.while_) return null;
  p.mark++;
  const a = namedExpression(p);
  if (a === null || p.expect(T.COLON) === null) { p.mark = m; return null; }
  const b = block(p);
  if (b === null) { p.mark = m; return null; }
  const c = elseBlock(p);
  return pos(p, st, (l, co, el, ec) => A.While(a, b, c ?? noItems(), l, co, el, ec));
}

// for_stmt:
//     | invalid_for_stmt
//     | 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] { For(...) }
//     | ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] { AsyncFor(...) }
//     | invalid_for_target
function forStmt(p: Parser): A.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidForStmt(p);
    p.mark = m;
  }
  const st = p.startTok();
  let isAsync = false;
  if (st.type === T.ASYNC && p.peekTypeAt(1) === KW.for_) { isAsync = true; p.mark++; }
  if (p.expect(KW.for_) !== null) {
    const t = starTargets(p);
    if (t !== null && p.expect(KW.in_) !== null) {
      // cut
      const ex = starExpressions(p);
      if (ex === null || p.expect(T.COLON) === null) { p.mark = m; return null; }
      const tc = p.expect(T.TYPE_COMMENT);
      const b = block(p);
      if (b === null) { p.mark = m; return null; }
      const el = elseBlock(p);
      const tcs = typeCommentText(p, tc);
      if (isAsync) p.checkVersion(5, "Async for loops are");
      return pos(p, st, (l, c, e1, e2) => isAsync
        ? A.AsyncFor(t, ex, b, el ?? noItems(), tcs, l, c, e1, e2)
        : A.For(t, ex, b, el ?? noItems(), tcs, l, c, e1, e2));
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidForTarget(p);
    p.mark = m;
  }
  return null;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | 'with' '(' a=','.with_item+ ','? ')' ':' b=block { With(a, b, NULL) }
//     | 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { With(a, b, tc) }
//     | ASYNC 'with' '(' a=','.with_item+ ','? ')' ':' b=block { AsyncWith(a, b, NULL) }
//     | ASYNC 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { AsyncWith(a, b, tc) }
//     | invalid_with_stmt
function withStmt(p: Parser): A.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidWithStmtIndent(p);
    p.mark = m;
  }
  const st = p.startTok();
  let isAsync = false;
  if (st.type === T.ASYNC && p.peekTypeAt(1) === KW.with_) { isAsync = true; p.mark++; }
  if (p.expect(KW.with_) !== null) {
    const afterWith = p.mark;
    if (p.expect(T.LPAR) !== null) {
      const a = gather(p, withItem);
      if (a !== null) {
        p.expect(T.COMMA);
        if (p.expect(T.RPAR) !== null && p.expect(T.COLON) !== null) {
          const b = block(p);
          if (b !== null) {
            if (isAsync) p.checkVersion(5, "Async with statements are");
            return pos(p, st, (l, c, e1, e2) => isAsync ? A.AsyncWith(a, b, null, l, c, e1, e2) : A.With(a, b, null, l, c, e1, e2));
          }
        }
      }
      p.mark = afterWith;
    }
    const a = gather(p, withItem);
    if (a !== null && p.expect(T.COLON) !== null) {
      const tc = p.expect(T.TYPE_COMMENT);
      const b = block(p);
      if (b !== null) {
        const tcs = typeCommentText(p, tc);
        if (isAsync) p.checkVersion(5, "Async with statements are");
        return pos(p, st, (l, c, e1, e2) => isAsync ? A.AsyncWith(a, b, tcs, l, c, e1, e2) : A.With(a, b, tcs, l, c, e1, e2));
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidWithStmt(p);
    p.mark = m;
  }
  return null;
}

// with_item:
//     | e=expression 'as' t=star_target &(',' | ')' | ':') { withitem(e, t) }
//     | invalid_with_item
//     | e=expression { withitem(e, NULL) }
function withItem(p: Parser): A.withitem | null {
  const m = p.mark;
  const e = expression(p);
  if (e === null) return null;
  if (p.expect(KW.as) !== null) {
    const t = starTarget(p);
    if (t !== null) {
      const ty = p.peekType();
      if (ty === T.COMMA || ty === T.RPAR || ty === T.COLON) return A.withitem(e, t);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidWithItem(p);
    p.mark = m;
  }
  const e2 = expression(p);
  if (e2 === null) return null;
  return A.withitem(e2, null);
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' b=block f=finally_block { Try(b, [], [], f) }
//     | 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block] { Try(b, ex, el, f) }
//     | 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block] { TryStar(b, ex, el, f) }
function tryStmt(p: Parser): A.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidTryStmt(p);
    p.mark = m;
  }
  const st = p.startTok();
  if (st.type !== KW.try_) return null;
  p.mark++;
  forced(p, T.COLON, ":");
  const b = block(p);
  if (b === null) { p.mark = m; return null; }
  const afterBlock = p.mark;
  const f = finallyBlock(p);
  if (f !== null) return pos(p, st, (l, c, e1, e2) => A.Try(b, noItems(), noItems(), f, l, c, e1, e2));
  p.mark = afterBlock;
  for (const star of [false, true]) {
    const ex: A.excepthandler[] = [];
    for (;;) {
      const h = exceptBlock(p, star);
      if (h === null) break;
      ex.push(h);
    }
    if (ex.length) {
      const el = elseBlock(p);
      const fb = finallyBlock(p);
      if (star) p.checkVersion(11, "Exception groups are");
      return pos(p, st, (l, c, e1, e2) => star
        ? A.TryStar(b, ex, el ?? noItems(), fb ?? noItems(), l, c, e1, e2)
        : A.Try(b, ex, el ?? noItems(), fb ?? noItems(), l, c, e1, e2));
    }
    p.mark = afterBlock;
  }
  p.mark = m;
  return null;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t, b) }
//     | 'except' ':' b=block { ExceptHandler(NULL, NULL, b) }
//     | invalid_except_stmt
// except_star_block:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t, b) }
//     | invalid_except_stmt
export function exceptBlock(p: Parser, star: boolean): A.excepthandler | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    if (star) I.invalidExceptStarStmtIndent(p); else I.invalidExceptStmtIndent(p);
    p.mark = m;
  }
  const st = p.startTok();
  if (st.type === KW.except) {
    p.mark++;
    if (!star || p.expect(T.STAR) !== null) {
      const afterKw = p.mark;
      const e = expression(p);
      if (e !== null) {
        let t: A.Name | null = null;
        const m2 = p.mark;
        if (p.expect(KW.as) !== null) {
          t = p.name();
          if (t === null) p.mark = m2;
        }
        if (p.expect(T.COLON) !== null) {
          const b = block(p);
          if (b !== null) {
            const name = t !== null ? t.id : null;
            return pos(p, st, (l, c, e1, e2) => A.ExceptHandler(e, name, b, l, c, e1, e2));
          }
        }
      }
      p.mark = afterKw;
      if (!star && p.expect(T.COLON) !== null) {
        const b = block(p);
        if (b !== null) return pos(p, st, (l, c, e1, e2) => A.ExceptHandler(null, null, b, l, c, e1, e2));
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidExceptStmt(p);
    p.mark = m;
  }
  return null;
}

// finally_block:
//     | invalid_finally_stmt
//     | 'finally' &&':' a=block { a }
function finallyBlock(p: Parser): A.stmt[] | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidFinallyStmt(p);
    p.mark = m;
  }
  if (p.expect(KW.finally_) === null) return null;
  forced(p, T.COLON, ":");
  const a = block(p);
  if (a === null) p.mark = m;
  return a;
}

// match_stmt:
//     | "match" subject=subject_expr ':' NEWLINE INDENT cases=case_block+ DEDENT { Match(subject, cases) }
//     | invalid_match_stmt
function matchStmt(p: Parser): A.stmt | null {
  const st = p.startTok();
  if (st.type !== T.NAME || st.str !== "match") return null;
  const m = p.mark;
  p.mark++;
  const subject = subjectExpr(p);
  if (subject !== null && p.expect(T.COLON) !== null && p.expect(T.NEWLINE) !== null && p.expect(T.INDENT) !== null) {
    const cases: A.match_case[] = [];
    for (;;) {
      const c = caseBlock(p);
      if (c === null) break;
      cases.push(c);
    }
    if (cases.length && p.expect(T.DEDENT) !== null) {
      p.checkVersion(10, "Pattern matching is");
      return pos(p, st, (l, c, e1, e2) => A.Match(subject, cases, l, c, e1, e2));
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidMatchStmt(p);
    p.mark = m;
  }
  return null;
}

// subject_expr:
//     | value=star_named_expression ',' values=star_named_expressions? { Tuple([value] + values, Load) }
//     | named_expression
export function subjectExpr(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  const value = starNamedExpression(p);
  if (value !== null && p.expect(T.COMMA) !== null) {
    const values = starNamedExpressions(p);
    const elts = values !== null ? [value, ...values] : [value];
    return pos(p, st, (l, c, e1, e2) => A.Tuple(elts, A.Load, l, c, e1, e2));
  }
  p.mark = m;
  return namedExpression(p);
}

// case_block:
//     | invalid_case_block
//     | "case" pattern=patterns guard=guard? ':' body=block { match_case(pattern, guard, body) }
function caseBlock(p: Parser): A.match_case | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    I.invalidCaseBlock(p);
    p.mark = m;
  }
  if (p.expectSoft("case") === null) return null;
  const pat = patterns(p);
  if (pat !== null) {
    const g = guard(p);
    if (p.expect(T.COLON) !== null) {
      const body = block(p);
      if (body !== null) return A.match_case(pat, g, body);
    }
  }
  p.mark = m;
  return null;
}

// guard: 'if' guard=named_expression { guard }
export function guard(p: Parser): A.expr | null {
  const m = p.mark;
  if (p.expect(KW.if_) === null) return null;
  const g = namedExpression(p);
  if (g === null) p.mark = m;
  return g;
}
