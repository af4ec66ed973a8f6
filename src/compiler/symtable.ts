/**
 * The symbol table, as CPython 3.11's Python/symtable.c: one pass over the AST collects, for every
 * scope (module, class, function, lambda, comprehension, and the annotation blocks of
 * `from __future__ import annotations`), each name's definition flags; a second pass (analyze)
 * resolves every name to a scope: LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL.
 * Comprehensions are function scopes in 3.11. The errors raised here carry CPython's messages and
 * positions.
 *
 * Invariants: a scope's flags word is `defFlags | (scope << SCOPE_OFFSET)` after analysis, like
 * ste_symbols. `varnames` lists parameters in definition order. Symbol maps keep insertion order.
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { CompileError } from "../parser/errors.ts";
import { CO_FUTURE_ANNOTATIONS, type FutureFeatures } from "./future.ts";
import { mangle } from "./mangle.ts";
import { RECURSION_LIMIT } from "./fold.ts";
import { sourceLine } from "./source.ts";
import { NameSet } from "./nameset.ts";
import { LocatedSyntaxError } from "./errors.ts";

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export const enum BlockType { Function = 0, Class = 1, Module = 2, Annotation = 3 }
export const enum Comprehension { None = 0, List = 1, Dict = 2, Set = 3, Generator = 4 }

export class SymbolTableEntry {
  symbols = new Map<string, number>();
  varnames: string[] = [];
  children: SymbolTableEntry[] = [];
  directives: [string, number, number, number, number][] | null = null;
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension: Comprehension = Comprehension.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;
  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly key: object,
    readonly lineno: number,
    readonly colOffset: number,
    readonly endLineno: number,
    readonly endColOffset: number,
  ) {}

  /** _PyST_GetScope: the resolved scope of a name (0 when unknown). */
  getScope(name: string): number {
    return ((this.symbols.get(name) ?? 0) >> SCOPE_OFFSET) & 15;
  }
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

export class SymbolTable {
  readonly blocks = new Map<object, SymbolTableEntry>();
  top!: SymbolTableEntry;
  cur: SymbolTableEntry | null = null;
  stack: SymbolTableEntry[] = [];
  global!: Map<string, number>;
  private_: string | null = null;
  depth = 0;
  constructor(readonly filename: string, readonly future: FutureFeatures, readonly source: string | Uint8Array | null = null) {}

  lookup(key: object): SymbolTableEntry {
    const e = this.blocks.get(key);
    if (!e) throw new Error("symtable: unknown block");
    return e;
  }
}

type Loc = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

function syntaxError(st: SymbolTable, msg: string, lineno: number, col: number, endLineno: number, endCol: number): CompileError {
  return new LocatedSyntaxError("SyntaxError", msg, st.filename, lineno, col + 1, sourceLine(st.source, lineno), endLineno, endCol + 1);
}
function errAt(st: SymbolTable, msg: string, loc: Loc): CompileError {
  return syntaxError(st, msg, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
}

// ---- pass 1: collect definitions ---------------------------------------------------

function enterBlock(st: SymbolTable, name: string, type: BlockType, key: object, loc: Loc): void {
  const prev = st.cur;
  const ste = new SymbolTableEntry(name, type, key, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
  if (prev && (prev.nested || prev.type === BlockType.Function)) ste.nested = true;
  st.blocks.set(key, ste);
  st.stack.push(ste);
  if (prev) ste.compIterExpr = prev.compIterExpr;
  st.cur = ste;
  if (type === BlockType.Annotation) return;
  if (type === BlockType.Module) st.global = ste.symbols;
  if (prev) prev.children.push(ste);
}

function exitBlock(st: SymbolTable): void {
  st.stack.pop();
  st.cur = st.stack.length ? st.stack[st.stack.length - 1]! : null;
}

function addDefHelper(st: SymbolTable, name: string, flag: number, ste: SymbolTableEntry, loc: Loc): void {
  const mangled = mangle(st.private_, name);
  const dict = ste.symbols;
  let val: number;
  const o = dict.get(mangled);
  if (o !== undefined) {
    if ((flag & DEF_PARAM) && (o & DEF_PARAM)) {
      throw errAt(st, `duplicate argument '${name}' in function definition`, loc);
    }
    val = o | flag;
  } else {
    val = flag;
  }
  if (ste.compIterTarget) {
    if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
      throw errAt(st, `comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
    }
    val |= DEF_COMP_ITER;
  }
  dict.set(mangled, val);
  if (flag & DEF_PARAM) {
    ste.varnames.push(mangled);
  } else if (flag & DEF_GLOBAL) {
    let g = flag;
    const prev = st.global.get(mangled);
    if (prev !== undefined) g |= prev;
    st.global.set(mangled, g);
  }
}

function addDef(st: SymbolTable, name: string, flag: number, loc: Loc): void {
  addDefHelper(st, name, flag, st.cur!, loc);
}

function symLookup(st: SymbolTable, name: string): number {
  return st.cur!.getSymbol(mangle(st.private_, name));
}

function recordDirective(st: SymbolTable, name: string, loc: Loc): void {
  const cur = st.cur!;
  if (!cur.directives) cur.directives = [];
  cur.directives.push([mangle(st.private_, name), loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset]);
}

function recursionError(st: SymbolTable): CompileError {
  return new CompileError("RecursionError", "maximum recursion depth exceeded during compilation", st.filename, null, null, null);
}

function visitStmts(st: SymbolTable, stmts: A.stmt[]): void {
  for (const s of stmts) visitStmt(st, s);
}
function visitExprs(st: SymbolTable, exprs: (A.expr | null)[]): void {
  for (const e of exprs) if (e) visitExpr(st, e);
}

function visitStmt(st: SymbolTable, s: A.stmt): void {
  if (++st.depth > RECURSION_LIMIT) throw recursionError(st);
  switch (s._kind) {
    case K.FunctionDef: case K.AsyncFunctionDef:
      addDef(st, s.name, DEF_LOCAL, s);
      if (s.args.defaults.length) visitExprs(st, s.args.defaults);
      if (s.args.kw_defaults.length) visitExprs(st, s.args.kw_defaults as (A.expr | null)[]);
      visitAnnotations(st, s, s.args, s.returns);
      visitExprs(st, s.decorator_list);
      enterBlock(st, s.name, BlockType.Function, s, s);
      if (s._kind === K.AsyncFunctionDef) st.cur!.coroutine = true;
      visitArguments(st, s.args);
      visitStmts(st, s.body);
      exitBlock(st);
      break;
    case K.ClassDef: {
      addDef(st, s.name, DEF_LOCAL, s);
      visitExprs(st, s.bases);
      for (const k of s.keywords) visitExpr(st, k.value);
      visitExprs(st, s.decorator_list);
      enterBlock(st, s.name, BlockType.Class, s, s);
      const tmp = st.private_;
      st.private_ = s.name;
      visitStmts(st, s.body);
      st.private_ = tmp;
      exitBlock(st);
      break;
    }
    case K.Return:
      if (s.value) {
        visitExpr(st, s.value);
        st.cur!.returnsValue = true;
      }
      break;
    case K.Delete: visitExprs(st, s.targets); break;
    case K.Assign:
      visitExprs(st, s.targets);
      visitExpr(st, s.value);
      break;
    case K.AnnAssign:
      if (s.target._kind === K.Name) {
        const eName = s.target;
        const cur = symLookup(st, eName.id);
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st.cur!.symbols !== st.global && s.simple) {
          const msg = (cur & DEF_GLOBAL) ? `annotated name '${eName.id}' can't be global` : `annotated name '${eName.id}' can't be nonlocal`;
          throw errAt(st, msg, s);
        }
        if (s.simple) addDef(st, eName.id, DEF_ANNOT | DEF_LOCAL, eName);
        else if (s.value) addDef(st, eName.id, DEF_LOCAL, eName);
      } else {
        visitExpr(st, s.target);
      }
      visitAnnotation(st, s.annotation);
      if (s.value) visitExpr(st, s.value);
      break;
    case K.AugAssign:
      visitExpr(st, s.target);
      visitExpr(st, s.value);
      break;
    case K.For: case K.AsyncFor:
      visitExpr(st, s.target);
      visitExpr(st, s.iter);
      visitStmts(st, s.body);
      visitStmts(st, s.orelse);
      break;
    case K.While: case K.If:
      visitExpr(st, s.test);
      visitStmts(st, s.body);
      visitStmts(st, s.orelse);
      break;
    case K.Match:
      visitExpr(st, s.subject);
      for (const m of s.cases) {
        visitPattern(st, m.pattern);
        if (m.guard) visitExpr(st, m.guard);
        visitStmts(st, m.body);
      }
      break;
    case K.Raise:
      if (s.exc) {
        visitExpr(st, s.exc);
        if (s.cause) visitExpr(st, s.cause);
      }
      break;
    case K.Try: case K.TryStar:
      visitStmts(st, s.body);
      visitStmts(st, s.orelse);
      for (const h of s.handlers) {
        if (h.type) visitExpr(st, h.type);
        if (h.name) addDef(st, h.name, DEF_LOCAL, h);
        visitStmts(st, h.body);
      }
      visitStmts(st, s.finalbody);
      break;
    case K.Assert:
      visitExpr(st, s.test);
      if (s.msg) visitExpr(st, s.msg);
      break;
    case K.Import: case K.ImportFrom:
      for (const a of s.names) visitAlias(st, a);
      break;
    case K.Global:
      for (const name of s.names) {
        const cur = symLookup(st, name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
          let msg: string;
          if (cur & DEF_PARAM) msg = `name '${name}' is parameter and global`;
          else if (cur & USE) msg = `name '${name}' is used prior to global declaration`;
          else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be global`;
          else msg = `name '${name}' is assigned to before global declaration`;
          throw errAt(st, msg, s);
        }
        addDef(st, name, DEF_GLOBAL, s);
        recordDirective(st, name, s);
      }
      break;
    case K.Nonlocal:
      for (const name of s.names) {
        const cur = symLookup(st, name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
          let msg: string;
          if (cur & DEF_PARAM) msg = `name '${name}' is parameter and nonlocal`;
          else if (cur & USE) msg = `name '${name}' is used prior to nonlocal declaration`;
          else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be nonlocal`;
          else msg = `name '${name}' is assigned to before nonlocal declaration`;
          throw errAt(st, msg, s);
        }
        addDef(st, name, DEF_NONLOCAL, s);
        recordDirective(st, name, s);
      }
      break;
    case K.Expr: visitExpr(st, s.value); break;
    case K.Pass: case K.Break: case K.Continue: break;
    case K.With: case K.AsyncWith:
      for (const it of s.items) {
        visitExpr(st, it.context_expr);
        if (it.optional_vars) visitExpr(st, it.optional_vars);
      }
      visitStmts(st, s.body);
      break;
  }
  st.depth--;
}

function extendNamedExprScope(st: SymbolTable, e: A.Name): void {
  const target = e.id;
  for (let i = st.stack.length - 1; i >= 0; i--) {
    const ste = st.stack[i]!;
    if (ste.comprehension !== Comprehension.None) {
      const inScope = ste.getSymbol(target);
      if (inScope & DEF_COMP_ITER) {
        throw errAt(st, `assignment expression cannot rebind comprehension iteration variable '${target}'`, e);
      }
      continue;
    }
    if (ste.type === BlockType.Function) {
      const inScope = ste.getSymbol(target);
      if (inScope & DEF_GLOBAL) addDef(st, target, DEF_GLOBAL, e);
      else addDef(st, target, DEF_NONLOCAL, e);
      recordDirective(st, target, e);
      addDefHelper(st, target, DEF_LOCAL, ste, e);
      return;
    }
    if (ste.type === BlockType.Module) {
      addDef(st, target, DEF_GLOBAL, e);
      recordDirective(st, target, e);
      addDefHelper(st, target, DEF_GLOBAL, ste, e);
      return;
    }
    if (ste.type === BlockType.Class) {
      throw errAt(st, "assignment expression within a comprehension cannot be used in a class body", e);
    }
  }
  throw new CompileError("SystemError", "symtable: no scope for named expression", st.filename, null, null, null);
}

function raiseIfAnnotationBlock(st: SymbolTable, name: string, e: A.expr): void {
  if (st.cur!.type === BlockType.Annotation) throw errAt(st, `'${name}' can not be used within an annotation`, e);
}

function raiseIfComprehensionBlock(st: SymbolTable, e: A.expr): never {
  const t = st.cur!.comprehension;
  const msg = t === Comprehension.List ? "'yield' inside list comprehension"
    : t === Comprehension.Set ? "'yield' inside set comprehension"
    : t === Comprehension.Dict ? "'yield' inside dict comprehension"
    : "'yield' inside generator expression";
  throw errAt(st, msg, e);
}

function visitExpr(st: SymbolTable, e: A.expr): void {
  if (++st.depth > RECURSION_LIMIT) throw recursionError(st);
  switch (e._kind) {
    case K.NamedExpr:
      if (st.cur!.compIterExpr > 0) {
        throw errAt(st, "assignment expression cannot be used in a comprehension iterable expression", e);
      }
      if (st.cur!.comprehension !== Comprehension.None) extendNamedExprScope(st, e.target as A.Name);
      visitExpr(st, e.value);
      visitExpr(st, e.target);
      break;
    case K.BoolOp: visitExprs(st, e.values); break;
    case K.BinOp:
      visitExpr(st, e.left);
      visitExpr(st, e.right);
      break;
    case K.UnaryOp: visitExpr(st, e.operand); break;
    case K.Lambda:
      if (e.args.defaults.length) visitExprs(st, e.args.defaults);
      if (e.args.kw_defaults.length) visitExprs(st, e.args.kw_defaults as (A.expr | null)[]);
      enterBlock(st, "lambda", BlockType.Function, e, e);
      visitArguments(st, e.args);
      visitExpr(st, e.body);
      exitBlock(st);
      break;
    case K.IfExp:
      visitExpr(st, e.test);
      visitExpr(st, e.body);
      visitExpr(st, e.orelse);
      break;
    case K.Dict:
      visitExprs(st, e.keys as (A.expr | null)[]);
      visitExprs(st, e.values);
      break;
    case K.Set: visitExprs(st, e.elts); break;
    case K.GeneratorExp: handleComprehension(st, e, "genexpr", e.generators, e.elt, null); break;
    case K.ListComp: handleComprehension(st, e, "listcomp", e.generators, e.elt, null); break;
    case K.SetComp: handleComprehension(st, e, "setcomp", e.generators, e.elt, null); break;
    case K.DictComp: handleComprehension(st, e, "dictcomp", e.generators, e.key, e.value); break;
    case K.Yield:
      raiseIfAnnotationBlock(st, "yield expression", e);
      if (e.value) visitExpr(st, e.value);
      st.cur!.generator = true;
      if (st.cur!.comprehension !== Comprehension.None) raiseIfComprehensionBlock(st, e);
      break;
    case K.YieldFrom:
      raiseIfAnnotationBlock(st, "yield expression", e);
      visitExpr(st, e.value);
      st.cur!.generator = true;
      if (st.cur!.comprehension !== Comprehension.None) raiseIfComprehensionBlock(st, e);
      break;
    case K.Await:
      raiseIfAnnotationBlock(st, "await expression", e);
      visitExpr(st, e.value);
      st.cur!.coroutine = true;
      break;
    case K.Compare:
      visitExpr(st, e.left);
      visitExprs(st, e.comparators);
      break;
    case K.Call:
      visitExpr(st, e.func);
      visitExprs(st, e.args);
      for (const k of e.keywords) visitExpr(st, k.value);
      break;
    case K.FormattedValue:
      visitExpr(st, e.value);
      if (e.format_spec) visitExpr(st, e.format_spec);
      break;
    case K.JoinedStr: visitExprs(st, e.values); break;
    case K.Constant: break;
    case K.Attribute: visitExpr(st, e.value); break;
    case K.Subscript:
      visitExpr(st, e.value);
      visitExpr(st, e.slice);
      break;
    case K.Starred: visitExpr(st, e.value); break;
    case K.Slice:
      if (e.lower) visitExpr(st, e.lower);
      if (e.upper) visitExpr(st, e.upper);
      if (e.step) visitExpr(st, e.step);
      break;
    case K.Name:
      addDef(st, e.id, e.ctx._kind === K.Load ? USE : DEF_LOCAL, e);
      if (e.ctx._kind === K.Load && st.cur!.type === BlockType.Function && e.id === "super") {
        addDef(st, "__class__", USE, e);
      }
      break;
    case K.List: case K.Tuple: visitExprs(st, e.elts); break;
  }
  st.depth--;
}

function visitPattern(st: SymbolTable, p: A.pattern): void {
  if (++st.depth > RECURSION_LIMIT) throw recursionError(st);
  switch (p._kind) {
    case K.MatchValue: visitExpr(st, p.value); break;
    case K.MatchSingleton: break;
    case K.MatchSequence: for (const x of p.patterns) visitPattern(st, x); break;
    case K.MatchStar: if (p.name) addDef(st, p.name, DEF_LOCAL, p); break;
    case K.MatchMapping:
      visitExprs(st, p.keys);
      for (const x of p.patterns) visitPattern(st, x);
      if (p.rest) addDef(st, p.rest, DEF_LOCAL, p);
      break;
    case K.MatchClass:
      visitExpr(st, p.cls);
      for (const x of p.patterns) visitPattern(st, x);
      for (const x of p.kwd_patterns) visitPattern(st, x);
      break;
    case K.MatchAs:
      if (p.pattern) visitPattern(st, p.pattern);
      if (p.name) addDef(st, p.name, DEF_LOCAL, p);
      break;
    case K.MatchOr: for (const x of p.patterns) visitPattern(st, x); break;
  }
  st.depth--;
}

function visitAlias(st: SymbolTable, a: A.alias): void {
  const name = a.asname ?? a.name;
  const dot = name.indexOf(".");
  const storeName = dot >= 0 ? name.slice(0, dot) : name;
  if (name !== "*") {
    addDef(st, storeName, DEF_IMPORT, a);
  } else if (st.cur!.type !== BlockType.Module) {
    throw errAt(st, "import * only allowed at module level", a);
  }
}

function visitParams(st: SymbolTable, args: A.arg[]): void {
  for (const a of args) addDef(st, a.arg, DEF_PARAM, a);
}

function visitArguments(st: SymbolTable, a: A.arguments): void {
  visitParams(st, a.posonlyargs);
  visitParams(st, a.args);
  visitParams(st, a.kwonlyargs);
  if (a.vararg) {
    addDef(st, a.vararg.arg, DEF_PARAM, a.vararg);
    st.cur!.varargs = true;
  }
  if (a.kwarg) {
    addDef(st, a.kwarg.arg, DEF_PARAM, a.kwarg);
    st.cur!.varkeywords = true;
  }
}

function visitAnnotation(st: SymbolTable, annotation: A.expr): void {
  const future = (st.future.features & CO_FUTURE_ANNOTATIONS) !== 0;
  if (future) enterBlock(st, "_annotation", BlockType.Annotation, annotation, annotation);
  visitExpr(st, annotation);
  if (future) exitBlock(st);
}

function visitArgAnnotations(st: SymbolTable, args: A.arg[]): void {
  for (const a of args) if (a.annotation) visitExpr(st, a.annotation);
}

function visitAnnotations(st: SymbolTable, o: A.FunctionDef | A.AsyncFunctionDef, a: A.arguments, returns: A.expr | null): void {
  const future = (st.future.features & CO_FUTURE_ANNOTATIONS) !== 0;
  if (future) enterBlock(st, "_annotation", BlockType.Annotation, a, o);
  visitArgAnnotations(st, a.posonlyargs);
  visitArgAnnotations(st, a.args);
  if (a.vararg && a.vararg.annotation) visitExpr(st, a.vararg.annotation);
  if (a.kwarg && a.kwarg.annotation) visitExpr(st, a.kwarg.annotation);
  visitArgAnnotations(st, a.kwonlyargs);
  if (future) exitBlock(st);
  if (returns) visitAnnotation(st, returns);
}

function visitComprehension(st: SymbolTable, lc: A.comprehension): void {
  const cur = st.cur!;
  cur.compIterTarget = true;
  visitExpr(st, lc.target);
  cur.compIterTarget = false;
  cur.compIterExpr++;
  visitExpr(st, lc.iter);
  cur.compIterExpr--;
  visitExprs(st, lc.ifs);
  if (lc.is_async) cur.coroutine = true;
}

function handleComprehension(st: SymbolTable, e: A.expr, scopeName: string, generators: A.comprehension[], elt: A.expr, value: A.expr | null): void {
  const isGenerator = e._kind === K.GeneratorExp;
  const outermost = generators[0]!;
  st.cur!.compIterExpr++;
  visitExpr(st, outermost.iter);
  st.cur!.compIterExpr--;
  enterBlock(st, scopeName, BlockType.Function, e, e);
  const cur = st.cur!;
  switch (e._kind) {
    case K.ListComp: cur.comprehension = Comprehension.List; break;
    case K.SetComp: cur.comprehension = Comprehension.Set; break;
    case K.DictComp: cur.comprehension = Comprehension.Dict; break;
    default: cur.comprehension = Comprehension.Generator; break;
  }
  if (outermost.is_async) cur.coroutine = true;
  addDef(st, ".0", DEF_PARAM, e);
  cur.compIterTarget = true;
  visitExpr(st, outermost.target);
  cur.compIterTarget = false;
  visitExprs(st, outermost.ifs);
  for (let i = 1; i < generators.length; i++) visitComprehension(st, generators[i]!);
  if (value) visitExpr(st, value);
  visitExpr(st, elt);
  cur.generator = isGenerator;
  const isAsync = cur.coroutine && !isGenerator;
  exitBlock(st);
  if (isAsync) st.cur!.coroutine = true;
}

// ---- pass 2: analysis -----------------------------------------------------------------

function errorAtDirective(st: SymbolTable, ste: SymbolTableEntry, name: string, msg: string): CompileError {
  if (ste.directives) {
    for (const d of ste.directives) {
      if (d[0] === name) return syntaxError(st, msg, d[1], d[2], d[3], d[4]);
    }
  }
  return new CompileError("SystemError", "BUG: internal directive bookkeeping broken", st.filename, null, null, null);
}

function analyzeName(st: SymbolTable, ste: SymbolTableEntry, scopes: Map<string, number>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: NameSet, global: Set<string>): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw errorAtDirective(st, ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw errorAtDirective(st, ste, name, "nonlocal declaration not allowed at module level");
    if (!bound.has(name)) throw errorAtDirective(st, ste, name, `no binding for nonlocal '${name}' found`);
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound && bound.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

function analyzeCells(scopes: Map<string, number>, free: NameSet): void {
  // forEach: no [key, value] array per entry (this runs for every scope)
  scopes.forEach((scope, name) => {
    if (scope !== LOCAL || !free.has(name)) return;
    scopes.set(name, CELL);
    free.delete(name);
  });
}

function updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null,
  free: NameSet, classflag: boolean): void {
  symbols.forEach((v, name) => {
    const scope = scopes.get(name) ?? 0;
    symbols.set(name, v | (scope << SCOPE_OFFSET));
  });
  // in the set's iteration order: new free names enter the symbol dict in CPython's order
  free.forEach((name) => {
    const v = symbols.get(name);
    if (v !== undefined) {
      if (classflag && (v & (DEF_BOUND | DEF_GLOBAL))) symbols.set(name, v | DEF_FREE_CLASS);
      return;
    }
    if (bound && !bound.has(name)) return;
    symbols.set(name, FREE << SCOPE_OFFSET);
  });
}

/**
 * analyze_block. `shared`: `bound` and `global` are the parent's sets, which CPython copies for
 * each child; they are copied here only when this block would change them (a global
 * declaration, or a local binding of a name in `global`).
 */
function analyzeBlock(st: SymbolTable, ste: SymbolTableEntry, bound: Set<string> | null, free: NameSet, global: Set<string>, shared: boolean): void {
  if (shared) {
    let copyGlobal = false, copyBound = false;
    const g = global;
    ste.symbols.forEach((flags, name) => {
      if (flags & DEF_GLOBAL) copyGlobal = copyBound = true;
      else if (!(flags & DEF_NONLOCAL) && (flags & DEF_BOUND) && g.has(name)) copyGlobal = true;
    });
    if (copyGlobal) global = new Set(global);
    if (copyBound && bound) bound = new Set(bound);
  }
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const hasChildren = ste.children.length > 0;
  let newglobal: Set<string> | null = null;
  let newbound: Set<string> | null = null;
  if (ste.type === BlockType.Class && hasChildren) {
    newglobal = new Set(global);
    newbound = bound ? new Set(bound) : new Set();
  }
  const b = bound, g = global;
  ste.symbols.forEach((flags, name) => analyzeName(st, ste, scopes, name, flags, b, local, free, g));
  // free variables of the children (CPython's allfree, merged into newfree after the loop)
  const newfree = new NameSet();
  if (hasChildren) {
    const allfree = new NameSet();
    if (ste.type !== BlockType.Class) {
      newbound = ste.type === BlockType.Function ? new Set(local) : new Set();
      if (bound) for (const n of bound) newbound.add(n);
      newglobal = new Set(global);
    } else {
      newbound!.add("__class__");
    }
    for (const entry of ste.children) {
      const childFree = new NameSet();
      analyzeBlock(st, entry, newbound, childFree, newglobal!, true);
      allfree.merge(childFree);
      if (entry.free || entry.childFree) ste.childFree = true;
    }
    newfree.merge(allfree);
  }
  if (ste.type === BlockType.Function) analyzeCells(scopes, newfree);
  else if (ste.type === BlockType.Class && newfree.has("__class__")) {
    newfree.delete("__class__");
    ste.needsClassClosure = true;
  }
  updateSymbols(ste.symbols, scopes, bound, newfree, ste.type === BlockType.Class);
  free.merge(newfree);
}

/** Build the symbol table of a module (any mod kind). */
export function buildSymtable(mod: A.mod, filename: string, future: FutureFeatures, source: string | Uint8Array | null = null, depth = 0): SymbolTable {
  const st = new SymbolTable(filename, future, source);
  st.depth = depth;
  enterBlock(st, "top", BlockType.Module, mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  st.top = st.cur!;
  switch (mod._kind) {
    case K.Module: case K.Interactive: visitStmts(st, mod.body); break;
    case K.Expression: visitExpr(st, mod.body); break;
    case K.FunctionType:
      throw new CompileError("SyntaxError", "this compiler does not handle FunctionTypes", filename, null, null, null);
  }
  exitBlock(st);
  analyzeBlock(st, st.top, null, new NameSet(), new Set(), false);
  return st;
}
