/**
 * The code type's Python-visible attributes (co_name, co_filename, co_varnames, co_consts...),
 * co_lines(), co_positions() and replace() is not provided. Values come from the CodeObject the
 * PyCode wraps (bytecode/code.ts), so they are exactly what marshal stores.
 */
import { adaptiveBytes } from "../vm/specialize.ts";
import { PyObject } from "./object.ts";
import { CodeType, None } from "./types.ts";
import { PyCode, positionsOf } from "./codeobject.ts";
import { newStr, intern } from "./str.ts";
import { newInt, newIntAny } from "./int.ts";
import { newTuple, tupleFrom } from "./tuple.ts";
import { newBytes } from "./bytes.ts";
import { newList } from "./list.ts";
import { getIter } from "./abstract.ts";
import { pointerHash } from "./abstract.ts";

const C = (o: PyObject) => o as PyCode;
const strs = (a: string[]) => newTuple(a.map((s) => { const x = intern(s); x.ob_refcnt++; return x; }));
const num = (n: number) => newInt(n);
function optInt(n: number): PyObject {
  if (n < 0) {
    None.ob_refcnt++;
    return None;
  }
  return newInt(n);
}

CodeType.tp_getset = [
  { name: "co_name", get: (o) => (C(o).name.ob_refcnt++, C(o).name), set: null },
  { name: "co_qualname", get: (o) => (C(o).qualname.ob_refcnt++, C(o).qualname), set: null },
  { name: "co_filename", get: (o) => (C(o).filename.ob_refcnt++, C(o).filename), set: null },
  { name: "co_firstlineno", get: (o) => num(C(o).firstlineno), set: null },
  { name: "co_argcount", get: (o) => num(C(o).argcount), set: null },
  { name: "co_posonlyargcount", get: (o) => num(C(o).posonlyargcount), set: null },
  { name: "co_kwonlyargcount", get: (o) => num(C(o).kwonlyargcount), set: null },
  { name: "co_nlocals", get: (o) => num(C(o).co.co_nlocals), set: null },
  { name: "co_stacksize", get: (o) => num(C(o).stacksize), set: null },
  { name: "co_flags", get: (o) => num(C(o).flags), set: null },
  { name: "co_consts", get: (o) => tupleFrom(C(o).consts), set: null },
  { name: "co_names", get: (o) => tupleFrom(C(o).names), set: null },
  { name: "co_varnames", get: (o) => strs(C(o).co.co_varnames), set: null },
  { name: "co_cellvars", get: (o) => strs(C(o).co.co_cellvars), set: null },
  { name: "co_freevars", get: (o) => strs(C(o).co.co_freevars), set: null },
  { name: "co_code", get: (o) => newBytes(C(o).co.co_code.slice()), set: null },
  { name: "_co_code_adaptive", get: (o) => newBytes(adaptiveBytes(C(o))), set: null },
  { name: "co_linetable", get: (o) => newBytes(C(o).co.co_linetable.slice()), set: null },
  { name: "co_exceptiontable", get: (o) => newBytes(C(o).co.co_exceptiontable.slice()), set: null },
];
CodeType.tp_methods = [
  { name: "co_positions", flags: 1, fn: (o: PyObject) => {
    const c = C(o);
    const p = positionsOf(c);
    const out: PyObject[] = [];
    for (let i = 0; i < c.instrs.length; i++) {
      out.push(newTuple([optInt(p[i * 4]!), optInt(p[i * 4 + 1]!), optInt(p[i * 4 + 2]!), optInt(p[i * 4 + 3]!)]));
    }
    const l = newList(out);
    const it = getIter(l);
    if (--l.ob_refcnt === 0) void 0;
    return it;
  } },
];
CodeType.tp_hash = (o) => pointerHash(o);
export { newIntAny };
