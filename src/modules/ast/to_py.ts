/**
 * ast2obj: tspy's AST (src/ast/nodes.ts) as Python `ast` objects.
 *
 * Invariants: every node becomes a new instance of its class (astState().cls[kind]) whose
 * __dict__ holds its fields then its attributes, in declaration order (so vars(node) lists them as
 * CPython does); a fieldless kind (Load, Add, ...) becomes the one shared instance of its class;
 * an absent optional value is None; sequences are lists; identifiers and strings are str; ints
 * are int; constants go through constToObject (the same objects the compiler would create).
 */
import { PyObject } from "../../objects/object.ts";
import { None } from "../../objects/types.ts";
import { newStr, intern } from "../../objects/str.ts";
import { newInt } from "../../objects/int.ts";
import { newList } from "../../objects/list.ts";
import { dictSetItemStr } from "../../objects/dict.ts";
import { constToObject } from "../../objects/codeobject.ts";
import { PyNone, PyEllipsis, type ConstValue } from "../../objects/constant.ts";
import { NODE_INFO, type AST, type FieldInfo } from "../../ast/nodes.ts";
import { astState, newNode, singletonOf, type AstState } from "./classes.ts";
import { dealloc } from "../../memory/refcount.ts";

function scalar(st: AstState, v: unknown, f: FieldInfo): PyObject {
  if (v === null || v === undefined) {
    None.ob_refcnt++;
    return None;
  }
  switch (f.type) {
    case "identifier": return intern(v as string).ob_refcnt++, intern(v as string);
    case "string": return newStr(v as string);
    case "int": return newInt(v as number);
    case "constant": {
      if (typeof v === "string") return newStr(v);
      const o = constToObject(v as ConstValue);
      // constToObject hands out the immortal singletons without a reference of their own
      if (typeof v === "boolean" || v instanceof PyNone || v instanceof PyEllipsis) o.ob_refcnt++;
      return o;
    }
  }
  return node(st, v as AST);
}

function value(st: AstState, v: unknown, f: FieldInfo): PyObject {
  if (f.seq) {
    const arr = v as unknown[];
    const items: PyObject[] = new Array(arr.length);
    for (let i = 0; i < arr.length; i++) items[i] = scalar(st, arr[i], f);
    return newList(items);
  }
  return scalar(st, v, f);
}

function node(st: AstState, n: AST): PyObject {
  const kind = n._kind;
  const info = NODE_INFO[kind]!;
  if (info.isSingleton) return singletonOf(st, kind);
  const o = newNode(st.cls[kind]!);
  const d = o.dict!;
  const names = st.names[kind]!;
  const rec = n as unknown as Record<string, unknown>;
  let j = 0;
  for (const f of info.fields) {
    const v = value(st, rec[f.name], f);
    dictSetItemStr(d, names[j++]!, v);
    if (--v.ob_refcnt === 0) dealloc(v);
  }
  for (const f of info.attributes) {
    const v = value(st, rec[f.name], f);
    dictSetItemStr(d, names[j++]!, v);
    if (--v.ob_refcnt === 0) dealloc(v);
  }
  return o;
}

/** The Python object of a tree (new reference). */
export function astToObject(tree: AST): PyObject {
  return node(astState(), tree);
}
