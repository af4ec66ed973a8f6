/**
 * The abstract syntax of Python 3.11, declared once (CPython declares the same tree in
 * Parser/Python.asdl). Everything about AST nodes in tspy — the kind enum, the TypeScript
 * interfaces, the factories, the field tables used by ast.dump and the visitors — is derived
 * from this table by scripts/gen-ast.ts into src/ast/nodes.ts.
 * test/ast/asdl.test.ts checks it against python3's `ast` module.
 *
 * Syntax of a constructor: `Name(type field, type? optional, type* sequence, ...)`.
 * Builtin field types: identifier, string, int, constant.
 */
export interface SumDecl {
  readonly kind: "sum";
  readonly constructors: readonly string[];
  readonly attributes?: readonly string[];
}
export interface ProductDecl {
  readonly kind: "product";
  readonly fields: string;
  readonly attributes?: readonly string[];
}

const POS = ["int lineno", "int col_offset", "int? end_lineno", "int? end_col_offset"];

export const ASDL: Readonly<Record<string, SumDecl | ProductDecl>> = {
  mod: {
    kind: "sum",
    constructors: [
      "Module(stmt* body, type_ignore* type_ignores)",
      "Interactive(stmt* body)",
      "Expression(expr body)",
      "FunctionType(expr* argtypes, expr returns)",
    ],
  },
  stmt: {
    kind: "sum",
    attributes: POS,
    constructors: [
      "FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
      "AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
      "ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)",
      "Return(expr? value)",
      "Delete(expr* targets)",
      "Assign(expr* targets, expr value, string? type_comment)",
      "AugAssign(expr target, operator op, expr value)",
      "AnnAssign(expr target, expr annotation, expr? value, int simple)",
      "For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
      "AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
      "While(expr test, stmt* body, stmt* orelse)",
      "If(expr test, stmt* body, stmt* orelse)",
      "With(withitem* items, stmt* body, string? type_comment)",
      "AsyncWith(withitem* items, stmt* body, string? type_comment)",
      "Match(expr subject, match_case* cases)",
      "Raise(expr? exc, expr? cause)",
      "Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
      "TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
      "Assert(expr test, expr? msg)",
      "Import(alias* names)",
      "ImportFrom(identifier? module, alias* names, int? level)",
      "Global(identifier* names)",
      "Nonlocal(identifier* names)",
      "Expr(expr value)",
      "Pass",
      "Break",
      "Continue",
    ],
  },
  expr: {
    kind: "sum",
    attributes: POS,
    constructors: [
      "BoolOp(boolop op, expr* values)",
      "NamedExpr(expr target, expr value)",
      "BinOp(expr left, operator op, expr right)",
      "UnaryOp(unaryop op, expr operand)",
      "Lambda(arguments args, expr body)",
      "IfExp(expr test, expr body, expr orelse)",
      "Dict(expr* keys, expr* values)",
      "Set(expr* elts)",
      "ListComp(expr elt, comprehension* generators)",
      "SetComp(expr elt, comprehension* generators)",
      "DictComp(expr key, expr value, comprehension* generators)",
      "GeneratorExp(expr elt, comprehension* generators)",
      "Await(expr value)",
      "Yield(expr? value)",
      "YieldFrom(expr value)",
      "Compare(expr left, cmpop* ops, expr* comparators)",
      "Call(expr func, expr* args, keyword* keywords)",
      "FormattedValue(expr value, int conversion, expr? format_spec)",
      "JoinedStr(expr* values)",
      "Constant(constant value, string? kind)",
      "Attribute(expr value, identifier attr, expr_context ctx)",
      "Subscript(expr value, expr slice, expr_context ctx)",
      "Starred(expr value, expr_context ctx)",
      "Name(identifier id, expr_context ctx)",
      "List(expr* elts, expr_context ctx)",
      "Tuple(expr* elts, expr_context ctx)",
      "Slice(expr? lower, expr? upper, expr? step)",
    ],
  },
  expr_context: { kind: "sum", constructors: ["Load", "Store", "Del"] },
  boolop: { kind: "sum", constructors: ["And", "Or"] },
  operator: {
    kind: "sum",
    constructors: ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"],
  },
  unaryop: { kind: "sum", constructors: ["Invert", "Not", "UAdd", "USub"] },
  cmpop: { kind: "sum", constructors: ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"] },
  comprehension: { kind: "product", fields: "expr target, expr iter, expr* ifs, int is_async" },
  excepthandler: { kind: "sum", attributes: POS, constructors: ["ExceptHandler(expr? type, identifier? name, stmt* body)"] },
  arguments: {
    kind: "product",
    fields: "arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults",
  },
  arg: { kind: "product", fields: "identifier arg, expr? annotation, string? type_comment", attributes: POS },
  keyword: { kind: "product", fields: "identifier? arg, expr value", attributes: POS },
  alias: { kind: "product", fields: "identifier name, identifier? asname", attributes: POS },
  withitem: { kind: "product", fields: "expr context_expr, expr? optional_vars" },
  match_case: { kind: "product", fields: "pattern pattern, expr? guard, stmt* body" },
  pattern: {
    kind: "sum",
    // patterns' end positions are required (no `?`), unlike the other node types'
    attributes: ["int lineno", "int col_offset", "int end_lineno", "int end_col_offset"],
    constructors: [
      "MatchValue(expr value)",
      "MatchSingleton(constant value)",
      "MatchSequence(pattern* patterns)",
      "MatchMapping(expr* keys, pattern* patterns, identifier? rest)",
      "MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)",
      "MatchStar(identifier? name)",
      "MatchAs(pattern? pattern, identifier? name)",
      "MatchOr(pattern* patterns)",
    ],
  },
  type_ignore: { kind: "sum", constructors: ["TypeIgnore(int lineno, string tag)"] },
};
