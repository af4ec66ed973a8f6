/**
 * The `_ast` builtin module (lib/ast.py does `from _ast import *`): the node classes of
 * classes.ts and the compile() flags PyCF_ONLY_AST, PyCF_TYPE_COMMENTS,
 * PyCF_ALLOW_TOP_LEVEL_AWAIT. Also the bridge compile() uses for AST objects (astObjectToMod).
 */
import type { PyObject } from "../../objects/object.ts";
import { newModule } from "../../objects/module.ts";
import { dictSetItemStr } from "../../objects/dict.ts";
import { intern } from "../../objects/str.ts";
import { newInt } from "../../objects/int.ts";
import { typeError } from "../../objects/errors.ts";
import { isInstance } from "../builtins.ts";
import { K, type mod } from "../../ast/nodes.ts";
import { astState } from "./classes.ts";
import { objectToAst } from "./from_py.ts";
import { validateMod } from "./validate.ts";
import { dealloc } from "../../memory/refcount.ts";

export const PyCF_ONLY_AST = 0x0400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

export function makeAstModule(): PyObject {
  const st = astState();
  const m = newModule("_ast");
  const d = m.dict!;
  for (const [name, cls] of st.all) {
    cls.ob_refcnt++;
    dictSetItemStr(d, intern(name), cls);
    if (--cls.ob_refcnt === 0) dealloc(cls);
  }
  const consts: [string, number][] = [
    ["PyCF_ONLY_AST", PyCF_ONLY_AST], ["PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS], ["PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT],
  ];
  for (const [k, v] of consts) {
    const o = newInt(v);
    dictSetItemStr(d, intern(k), o);
    if (--o.ob_refcnt === 0) dealloc(o);
  }
  return m;
}

const MODE_KIND: Record<string, K> = { exec: K.Module, eval: K.Expression, single: K.Interactive, func_type: K.FunctionType };

/**
 * PyAST_obj2mod: an AST object given to compile() as the tree for `mode` (checked to be of the
 * mode's class, converted, validated). Raises the Python exception CPython raises.
 */
export function astObjectToMod(o: PyObject, mode: string): mod {
  const st = astState();
  const kind = MODE_KIND[mode]!;
  const want = st.cls[kind]!;
  if (!isInstance(o, want)) throw typeError(`expected ${want.tp_name} node, got ${o.ob_type.tp_name}`);
  const tree = objectToAst(o, "mod") as mod;
  validateMod(tree);
  return tree;
}
