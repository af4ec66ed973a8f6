/**
 * The Python classes of the `_ast` module (CPython's Python/Python-ast.c: ast_type_init,
 * ast_type_reduce, make_type, init_types), all derived from the one declaration in
 * src/ast/asdl.ts (through NODE_INFO, generated from it).
 *
 * Layout of the class tree (what python3 shows):
 *   ast.AST                native type: __dict__ instances, __init__ = ast_type_init, __reduce__
 *     <sum type>           mod, stmt, expr, expr_context, ...: type(name, (AST,), ns)
 *       <constructor>      Module, FunctionDef, Load, ...:     type(name, (sum,), ns)
 *     <product type>       arguments, arg, keyword, ...:       type(name, (AST,), ns)
 *
 * Every class namespace holds `_fields`, `__match_args__` (= _fields), `__module__` ('ast') and
 * `__doc__` (the ASDL text); a sum or product type also holds `_attributes`; an optional field
 * (`?`) or optional attribute (end_lineno, end_col_offset) has the class default None.
 *
 * The state is built once, on first use (import of _ast, or compile() with PyCF_ONLY_AST):
 * `astState()`. Classes are immortal (kept by the state).
 */
import { PyObject, PyType, TPFlags, Meth, PyInstance } from "../../objects/object.ts";
import { TypeType, ObjectType, None } from "../../objects/types.ts";
import { PyStr, newStr, intern } from "../../objects/str.ts";
import { PyTuple, newTuple, EMPTY_TUPLE } from "../../objects/tuple.ts";
import { PyDict, newDict, dictSetItemStr, dictGetItemStr } from "../../objects/dict.ts";
import { readyType, objectNew, instanceDealloc, instanceDict } from "../../objects/typeobject.ts";
import * as A from "../../objects/abstract.ts";
import { typeError } from "../../objects/errors.ts";
import { ASDL } from "../../ast/asdl.ts";
import { NODE_INFO, K } from "../../ast/nodes.ts";
import { dealloc } from "../../memory/refcount.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}

export const ASTType = new PyType(TypeType, "ast.AST", ObjectType, TPFlags.BASETYPE);

/** The classes, by node kind and by sum/product type name (all borrowed, immortal). */
export interface AstState {
  /** cls[kind]: the concrete class of a node kind */
  readonly cls: PyType[];
  /** abstract (sum) and product classes by ASDL type name */
  readonly types: Map<string, PyType>;
  /** every class by name (AST, the sum types, the constructors): the module's namespace */
  readonly all: Map<string, PyType>;
  /** the instance ast2obj uses for a fieldless kind (Load, Add, ...): one per kind */
  readonly singleton: (PyObject | null)[];
  /** interned field-name strs by node kind: fields then attributes */
  readonly names: PyStr[][];
}

let state: AstState | null = null;

/** _PyType_Name: the type's name without its module. */
function shortName(t: PyType): string {
  const n = t.tp_name;
  return n.slice(n.lastIndexOf(".") + 1);
}

/** ast_type_init: positional arguments fill _fields in order, keywords set any attribute. */
function astInit(self: PyObject, args: PyObject[], kwnames: PyObject | null): void {
  const kn = kwnames === null ? null : (kwnames as PyTuple).items;
  const nkw = kn === null ? 0 : kn.length;
  const npos = args.length - nkw;
  const fieldsObj = A.lookupAttr(self.ob_type, intern("_fields"));
  let fields: PyObject[] = [];
  try {
    if (fieldsObj !== null) fields = A.iterableToArray(fieldsObj);
  } finally {
    dec(fieldsObj);
  }
  try {
    const numfields = fields.length;
    if (npos > numfields) {
      throw typeError(`${shortName(self.ob_type)} constructor takes at most ${numfields} positional argument${numfields === 1 ? "" : "s"}`);
    }
    for (let i = 0; i < npos; i++) A.setAttr(self, fields[i]!, args[i]!);
    for (let i = 0; i < nkw; i++) {
      const key = kn![i]!;
      // a keyword naming a field already given positionally
      for (let j = 0; j < npos; j++) {
        if (A.eq(fields[j]!, key)) {
          throw typeError(`${shortName(self.ob_type)} got multiple values for argument ${A.reprStr(key)}`);
        }
      }
      A.setAttr(self, key, args[npos + i]!);
    }
  } finally {
    for (const f of fields) dec(f);
  }
}

/** ast_type_reduce: (type(self), (), self.__dict__) — the dict only when there is one. */
function astReduce(self: PyObject): PyObject {
  const d = instanceDict(self);
  self.ob_type.ob_refcnt++;
  EMPTY_TUPLE.ob_refcnt++;
  if (d === null) return newTuple([self.ob_type, EMPTY_TUPLE]);
  d.ob_refcnt++;
  return newTuple([self.ob_type, EMPTY_TUPLE, d]);
}

let baseReady = false;
function readyBase(): void {
  if (baseReady) return;
  baseReady = true;
  ASTType.tp_dictoffset = true;
  ASTType.tp_new = (type: PyType) => objectNew(type, [], null);
  ASTType.tp_init = astInit;
  ASTType.tp_dealloc = instanceDealloc;
  ASTType.tp_methods = [{ name: "__reduce__", flags: Meth.NOARGS, fn: astReduce }];
  ASTType.tp_getset = [{ name: "__dict__", get: (o: PyObject) => {
    const d = instanceDict(o)!;
    d.ob_refcnt++;
    return d;
  }, set: (o: PyObject, v: PyObject | null) => {
    if (v === null) throw typeError("cannot delete __dict__");
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
    const old = o.dict;
    v.ob_refcnt++;
    o.dict = v;
    dec(old);
  } }];
  readyType(ASTType);
  const d = ASTType.tp_dict;
  EMPTY_TUPLE.ob_refcnt += 3;
  dictSetItemStr(d, intern("_fields"), EMPTY_TUPLE);
  dictSetItemStr(d, intern("__match_args__"), EMPTY_TUPLE);
  dictSetItemStr(d, intern("_attributes"), EMPTY_TUPLE);
  dictSetItemStr(d, intern("__module__"), intern("ast"));
}

function strTuple(names: readonly string[]): PyTuple {
  return newTuple(names.map((n) => (intern(n).ob_refcnt++, intern(n))));
}

/** type(name, (base,), ns) with ns built by `fill`. */
function makeClass(name: string, base: PyType, fill: (ns: PyDict) => void): PyType {
  const ns = newDict();
  const put = (k: string, v: PyObject): void => {
    dictSetItemStr(ns, intern(k), v);
    dec(v);
  };
  fill(ns);
  if (dictGetItemStr(ns, intern("__module__")) === null) put("__module__", (intern("ast").ob_refcnt++, intern("ast")));
  base.ob_refcnt++;
  const args = [newStr(name), newTuple([base]), ns];
  try {
    const t = A.call(TypeType, args) as PyType;
    t.ob_refcnt += 1 << 28; // immortal: kept by the state for the life of the runtime
    return t;
  } finally {
    for (const a of args) dec(a);
  }
}

/** `name(type field, ...)` and `name` parts of a constructor declaration. */
function parseCtor(decl: string): { name: string; fields: string[]; optional: string[] } {
  const p = decl.indexOf("(");
  if (p < 0) return { name: decl, fields: [], optional: [] };
  const fields: string[] = [];
  const optional: string[] = [];
  for (const part of decl.slice(p + 1, -1).split(",")) {
    const [ty, nm] = part.trim().split(" ") as [string, string];
    fields.push(nm);
    if (ty.endsWith("?")) optional.push(nm);
  }
  return { name: decl.slice(0, p), fields, optional };
}

function attrNames(attrs: readonly string[] | undefined): { names: string[]; optional: string[] } {
  const names: string[] = [], optional: string[] = [];
  for (const a of attrs ?? []) {
    const [ty, nm] = a.split(" ") as [string, string];
    names.push(nm);
    if (ty.endsWith("?")) optional.push(nm);
  }
  return { names, optional };
}

function putNone(ns: PyDict, names: readonly string[]): void {
  for (const n of names) {
    None.ob_refcnt++;
    dictSetItemStr(ns, intern(n), None);
    dec(None);
  }
}
function putStr(ns: PyDict, k: string, v: string): void {
  const s = newStr(v);
  dictSetItemStr(ns, intern(k), s);
  dec(s);
}
function putFields(ns: PyDict, fields: readonly string[]): void {
  const t = strTuple(fields);
  dictSetItemStr(ns, intern("_fields"), t);
  dictSetItemStr(ns, intern("__match_args__"), t);
  dec(t);
}

/** The classes, built on first use. */
export function astState(): AstState {
  if (state !== null) return state;
  readyBase();
  const cls: PyType[] = new Array(NODE_INFO.length);
  const types = new Map<string, PyType>();
  const all = new Map<string, PyType>([["AST", ASTType]]);
  const kindByName = new Map<string, number>();
  NODE_INFO.forEach((info, k) => kindByName.set(info.name, k));
  for (const tname of Object.keys(ASDL)) {
    const decl = ASDL[tname]!;
    const attrs = attrNames(decl.attributes);
    if (decl.kind === "product") {
      const ctor = parseCtor(`${tname}(${decl.fields})`);
      const t = makeClass(tname, ASTType, (ns) => {
        putFields(ns, ctor.fields);
        putStr(ns, "__module__", "ast");
        putStr(ns, "__doc__", `${tname}(${decl.fields})`);
        const at = strTuple(attrs.names);
        dictSetItemStr(ns, intern("_attributes"), at);
        dec(at);
        putNone(ns, ctor.optional);
        putNone(ns, attrs.optional);
      });
      types.set(tname, t);
      all.set(tname, t);
      cls[kindByName.get(tname)!] = t;
      continue;
    }
    // a sum type: the abstract class, then one class per constructor
    const simple = decl.constructors.every((c) => c.indexOf("(") < 0);
    const pad = " ".repeat(tname.length + 1);
    const doc = simple
      ? `${tname} = ${decl.constructors.join(" | ")}`
      : `${tname} = ` + decl.constructors.join(`\n${pad}| `);
    const base = makeClass(tname, ASTType, (ns) => {
      putFields(ns, []);
      putStr(ns, "__module__", "ast");
      putStr(ns, "__doc__", doc);
      const at = strTuple(attrs.names);
      dictSetItemStr(ns, intern("_attributes"), at);
      dec(at);
      putNone(ns, attrs.optional);
    });
    types.set(tname, base);
    all.set(tname, base);
    for (const c of decl.constructors) {
      const ctor = parseCtor(c);
      const t = makeClass(ctor.name, base, (ns) => {
        putFields(ns, ctor.fields);
        putStr(ns, "__module__", "ast");
        putStr(ns, "__doc__", c);
        putNone(ns, ctor.optional);
      });
      all.set(ctor.name, t);
      cls[kindByName.get(ctor.name)!] = t;
    }
  }
  const names = NODE_INFO.map((info) => [...info.fields, ...info.attributes].map((f) => intern(f.name)));
  const singleton: (PyObject | null)[] = NODE_INFO.map(() => null);
  state = { cls, types, all, singleton, names };
  return state;
}

/** A new, empty instance of a node class (no __init__ run). */
export function newNode(t: PyType): PyObject {
  const o = objectNew(t, [], null);
  if (o instanceof PyInstance) instanceDict(o);
  return o;
}

/** The shared instance of a fieldless kind (expr_context, operators): new reference. */
export function singletonOf(st: AstState, kind: K): PyObject {
  let o = st.singleton[kind];
  if (o === null || o === undefined) {
    o = newNode(st.cls[kind]!);
    o.ob_refcnt += 1 << 28;
    st.singleton[kind] = o;
  }
  o.ob_refcnt++;
  return o;
}
