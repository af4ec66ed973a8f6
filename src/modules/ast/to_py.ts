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
import { NODE_INFO, type AST } from "../../ast/nodes.ts";
import { astState, newNode, singletonOf, type AstState } from "./classes.ts";
import { dealloc } from "../../memory/refcount.ts";
import { recursionError } from "../../objects/errors.ts";
import { ts } from "../../vm/state.ts";

/** A value of a builtin field type (identifier, string, int, constant); never null here. */
function leaf(v: unknown, type: string): PyObject {
  switch (type) {
    case "identifier": return intern(v as string).ob_refcnt++, intern(v as string);
    case "string": return newStr(v as string);
    case "int": return newInt(v as number);
  }
  if (typeof v === "string") return newStr(v);
  const o = constToObject(v as ConstValue);
  // constToObject hands out the immortal singletons without a reference of their own
  if (typeof v === "boolean" || v instanceof PyNone || v instanceof PyEllipsis) o.ob_refcnt++;
  return o;
}

const BUILTIN_TYPES = new Set(["identifier", "string", "int", "constant"]);

/**
 * ast2obj's own depth budget (CPython: 3 x the recursion limit, less 3 x the Python depth at the
 * start); every node but the shared fieldless ones counts one level.
 */
let depth = 0, depthLimit = 0;

/** One node (new reference). One JS frame per tree level, so deep trees fit the JS stack. */
function node(st: AstState, n: AST): PyObject {
  const kind = n._kind;
  const info = NODE_INFO[kind]!;
  if (info.isSingleton) return singletonOf(st, kind);
  if (++depth > depthLimit) throw recursionError("maximum recursion depth exceeded during ast construction");
  const o = newNode(st.cls[kind]!);
  const d = o.dict!;
  const names = st.names[kind]!;
  const rec = n as unknown as Record<string, unknown>;
  const fields = info.fields, nf = fields.length, total = nf + info.attributes.length;
  try {
    for (let j = 0; j < total; j++) {
      const f = j < nf ? fields[j]! : info.attributes[j - nf]!;
      const raw = rec[f.name];
      const isLeaf = BUILTIN_TYPES.has(f.type);
      let v: PyObject;
      if (f.seq) {
        const arr = raw as unknown[];
        const items: PyObject[] = [];
        try {
          for (let i = 0; i < arr.length; i++) {
            const x = arr[i];
            if (x === null || x === undefined) {
              None.ob_refcnt++;
              items.push(None);
            } else {
              items.push(isLeaf ? leaf(x, f.type) : node(st, x as AST));
            }
          }
        } catch (e) {
          for (const x of items) if (--x.ob_refcnt === 0) dealloc(x);
          throw e;
        }
        v = newList(items);
      } else if (raw === null || raw === undefined) {
        None.ob_refcnt++;
        v = None;
      } else {
        v = isLeaf ? leaf(raw, f.type) : node(st, raw as AST);
      }
      dictSetItemStr(d, names[j]!, v);
      if (--v.ob_refcnt === 0) dealloc(v);
    }
  } catch (e) {
    // a failure below (the depth limit) frees the half-built node and what it holds
    depth--;
    if (--o.ob_refcnt === 0) dealloc(o);
    throw e;
  }
  depth--;
  return o;
}

/** The Python object of a tree (new reference). */
export function astToObject(tree: AST): PyObject {
  const savedDepth = depth, savedLimit = depthLimit;
  depth = 3 * ts.depth;
  depthLimit = 3 * ts.recursionLimit;
  try {
    return node(astState(), tree);
  } finally {
    depth = savedDepth;
    depthLimit = savedLimit;
  }
}
