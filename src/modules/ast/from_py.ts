/**
 * obj2ast: Python `ast` objects back to tspy's AST (src/ast/nodes.ts), with the errors of
 * CPython's generated obj2ast_* functions (Python/Python-ast.c), checked in the same order:
 *
 *  - a sum type with attributes (stmt, expr, excepthandler, pattern) reads its attributes first
 *    (`required field "lineno" missing from stmt`), then finds the constructor by isinstance
 *    (`expected some sort of stmt, but got 5`), then reads the fields;
 *  - a product type (arguments, arg, ...) reads its fields, then its attributes;
 *  - a missing required field: TypeError `required field "body" missing from Module`; a field
 *    that is None or missing and optional becomes null; None for a required node field becomes
 *    null too and is reported after the node is read, as the C constructors do
 *    (ValueError `field 'value' is required for Expr`);
 *  - sequences must be lists (`Module field "body" must be a list, not a int`); a list that
 *    changes size while it is read: RuntimeError `... changed size during iteration`;
 *  - int: `invalid integer value: 'a'` (ValueError); identifier: `AST identifier must be of type
 *    str`; string: `AST string must be of type str`; constants are converted as they are and
 *    checked by the validator (validate.ts), which reports the type of an invalid one.
 *  - missing end_lineno / end_col_offset default to lineno / col_offset.
 */
import { PyObject, PyType } from "../../objects/object.ts";
import { None, Ellipsis as PyEllipsisObj, BoolType, IntType, FloatType, ComplexType, StrType, BytesType, TupleType, FrozenSetType } from "../../objects/types.ts";
import { PyStr, intern } from "../../objects/str.ts";
import { PyInt } from "../../objects/int.ts";
import { PyFloat } from "../../objects/float.ts";
import { PyComplex } from "../../objects/complex.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { PyList } from "../../objects/list.ts";
import * as A from "../../objects/abstract.ts";
import { typeError, valueError, runtimeError, overflowError} from "../../objects/errors.ts";
import { ASDL } from "../../ast/asdl.ts";
import { NODE_INFO, K, type AST, type FieldInfo } from "../../ast/nodes.ts";
import { PyNone, PyEllipsis, Complex, ConstTuple, ConstFrozenSet, type ConstValue } from "../../objects/constant.ts";
import { astState, type AstState } from "./classes.ts";
import { isInstance } from "../builtins.ts";
import { dealloc } from "../../memory/refcount.ts";
import { enterRecursiveCall, leaveRecursiveCall } from "../../vm/state.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}

/** A Constant value of a type the validator rejects ("got an invalid type in Constant: list"). */
export class InvalidConst {
  constructor(readonly typeName: string) {}
}

/** The constructors (node kinds) of each sum type, and the kind of each product type. */
const KINDS = new Map<string, K[]>();
const ATTRS = new Map<string, readonly FieldInfo[]>();
for (let k = 0; k < NODE_INFO.length; k++) {
  const info = NODE_INFO[k]!;
  let l = KINDS.get(info.base);
  if (l === undefined) KINDS.set(info.base, (l = []));
  l.push(k as K);
  if (!ATTRS.has(info.base)) ATTRS.set(info.base, info.attributes);
}
const BUILTIN = new Set(["identifier", "string", "int", "constant"]);
const SIMPLE = new Set(Object.keys(ASDL).filter((n) => {
  const d = ASDL[n]!;
  return d.kind === "sum" && d.constructors.every((c) => c.indexOf("(") < 0);
}));

class Reader {
  constructor(readonly st: AstState) {}

  int(o: PyObject): number {
    if (!(o instanceof PyInt)) throw valueError(`invalid integer value: ${A.reprStr(o)}`);
    const v = o.value;
    if (typeof v === "bigint" || v > 0x7fffffff || v < -0x80000000) throw overflowError("Python int too large to convert to C int");
    return v;
  }

  identifier(o: PyObject): string {
    if (!(o instanceof PyStr) || o.ob_type !== StrType) throw typeError("AST identifier must be of type str");
    return o.value;
  }

  string(o: PyObject): string {
    if (!((o instanceof PyStr && o.ob_type === StrType) || (o instanceof PyBytes && o.ob_type === BytesType))) {
      throw typeError("AST string must be of type str");
    }
    if (o instanceof PyStr) return o.value;
    let text = "";
    for (const b of o.value) text += String.fromCharCode(b);
    return text;
  }

  constant(o: PyObject): ConstValue | InvalidConst {
    if (o === None) return PyNone.None;
    if (o === PyEllipsisObj) return PyEllipsis.Ellipsis;
    const t = o.ob_type;
    if (t === BoolType) return (o as PyInt).value !== 0;
    if (t === IntType) return BigInt((o as PyInt).value);
    if (t === FloatType) return (o as PyFloat).value;
    if (t === ComplexType) return new Complex((o as PyComplex).real, (o as PyComplex).imag);
    if (t === StrType) return (o as PyStr).value;
    if (t === BytesType) return (o as PyBytes).value.slice();
    if (t === TupleType || t === FrozenSetType) {
      const items = A.iterableToArray(o);
      const out: ConstValue[] = [];
      try {
        for (const x of items) {
          const c = this.constant(x);
          if (c instanceof InvalidConst) return c; // reported with the innermost invalid type
          out.push(c);
        }
      } finally {
        for (const x of items) dec(x);
      }
      return t === TupleType ? new ConstTuple(out) : new ConstFrozenSet(out);
    }
    return new InvalidConst(t.tp_name);
  }

  /** One value of a field of type `f.type` (never None here, except for node types). */
  one(o: PyObject, f: FieldInfo): unknown {
    switch (f.type) {
      case "identifier": return this.identifier(o);
      case "string": return this.string(o);
      case "int": return this.int(o);
      case "constant": return this.constant(o);
    }
    return this.node(o, f.type);
  }

  /** A field (or attribute) of `obj` as the node `owner` of kind `kindName` declares it. */
  field(obj: PyObject, f: FieldInfo, owner: string): unknown {
    const tmp = A.lookupAttr(obj, intern(f.name));
    try {
      if (tmp === null) {
        if (f.opt) return null;
        throw typeError(`required field "${f.name}" missing from ${owner}`);
      }
      if (f.seq) {
        if (!(tmp instanceof PyList)) {
          throw typeError(`${owner} field "${f.name}" must be a list, not a ${tmp.ob_type.tp_name}`);
        }
        const n = tmp.items.length;
        const out: unknown[] = [];
        for (let i = 0; i < n; i++) {
          const item = tmp.items[i]!;
          item.ob_refcnt++;
          try {
            out.push(item === None && !BUILTIN.has(f.type) ? null : this.one(item, f));
          } finally {
            dec(item);
          }
          if (tmp.items.length !== n) throw runtimeError(`${owner} field "${f.name}" changed size during iteration`);
        }
        return out;
      }
      if (tmp === None) {
        if (f.opt) return null;
        // required node and identifier fields: obj2ast_<sum>(None) and obj2ast_identifier(None)
        // give NULL, reported by the constructor
        if (f.type === "identifier" || (!BUILTIN.has(f.type) && ASDL[f.type]?.kind === "sum" && !SIMPLE.has(f.type))) return null;
      }
      return this.one(tmp, f);
    } finally {
      dec(tmp);
    }
  }

  /** A node of ASDL type `typeName` (sum or product). None gives null for sum types. */
  node(o: PyObject, typeName: string): AST | null {
    const decl = ASDL[typeName]!;
    if (decl.kind === "sum" && o === None && !SIMPLE.has(typeName)) return null;
    // Py_EnterRecursiveCall: the depth counts against the Python recursion limit
    enterRecursiveCall(` while traversing '${typeName}' node`);
    try {
      const st = this.st;
      if (decl.kind === "product") {
        const kind = KINDS.get(typeName)![0]!;
        const info = NODE_INFO[kind]!;
        const rec: Record<string, unknown> = { _kind: kind };
        for (const f of info.fields) rec[f.name] = this.field(o, f, typeName);
        this.readAttrs(o, info.attributes, typeName, rec);
        this.required(rec, info.fields, typeName);
        return rec as unknown as AST;
      }
      const kinds = KINDS.get(typeName)!;
      if (SIMPLE.has(typeName)) {
        for (const k of kinds) if (isInstance(o, st.cls[k]!)) return { _kind: k } as unknown as AST;
        throw typeError(`expected some sort of ${typeName}, but got ${A.reprStr(o)}`);
      }
      const attrs: Record<string, unknown> = {};
      this.readAttrs(o, ATTRS.get(typeName)!, typeName, attrs);
      for (const k of kinds) {
        if (!isInstance(o, st.cls[k]!)) continue;
        const info = NODE_INFO[k]!;
        const rec: Record<string, unknown> = { _kind: k };
        for (const f of info.fields) rec[f.name] = this.field(o, f, info.name);
        for (const f of info.attributes) rec[f.name] = attrs[f.name];
        this.required(rec, info.fields, info.name);
        return rec as unknown as AST;
      }
      throw typeError(`expected some sort of ${typeName}, but got ${A.reprStr(o)}`);
    } finally {
      leaveRecursiveCall();
    }
  }

  readAttrs(o: PyObject, attrs: readonly FieldInfo[], owner: string, into: Record<string, unknown>): void {
    for (const f of attrs) into[f.name] = this.field(o, f, owner);
    if (attrs.length === 4) {
      if (into.end_lineno === null) into.end_lineno = into.lineno;
      if (into.end_col_offset === null) into.end_col_offset = into.col_offset;
    }
  }

  /** The C constructors' check: a required (non-sequence, non-optional) field left null. */
  required(rec: Record<string, unknown>, fields: readonly FieldInfo[], owner: string): void {
    for (const f of fields) {
      if (!f.opt && !f.seq && (rec[f.name] === null || rec[f.name] === undefined)) {
        throw valueError(`field '${f.name}' is required for ${owner}`);
      }
    }
  }
}

/** The `ast` class of a mod node kind (Module...) or null when `o` is none of them. */
export function objectToAst(o: PyObject, typeName: string): AST | null {
  return new Reader(astState()).node(o, typeName);
}

/** Is `o` an instance of ast.AST? */
export function isAstObject(o: PyObject): boolean {
  const st = astState();
  return isInstance(o, st.all.get("AST")!);
}

/** The class of a node kind (borrowed). */
export function classOf(kind: K): PyType {
  return astState().cls[kind]!;
}
