/**
 * The code type's Python-visible attributes (co_name, co_filename, co_varnames, co_consts...),
 * co_positions() and replace(). Values come from the CodeObject the PyCode wraps (bytecode/code.ts),
 * so they are exactly what marshal stores. replace() builds a new CodeObject with the given fields
 * changed; a replaced co_consts is kept as run-time objects on the new PyCode (its CodeObject keeps
 * the original compile-time constants, so marshal.dumps of such a code writes the old ones).
 */
import { adaptiveBytes } from "../vm/specialize.ts";
import { PyObject } from "./object.ts";
import { CodeType, None, TypeType, ObjectType } from "./types.ts";
import { PyType } from "./object.ts";
import { readyType } from "./typeobject.ts";
import { DECREF as decref } from "../memory/refcount.ts";
import { PyCode, positionsOf, codeFor, ensureCode } from "./codeobject.ts";
import { newStr, intern } from "./str.ts";
import { newInt, newIntAny } from "./int.ts";
import { newTuple, tupleFrom } from "./tuple.ts";
import { newBytes } from "./bytes.ts";
import { pointerHash, index } from "./abstract.ts";
import { coLines } from "../bytecode/linetable.ts";
import { CodeObject, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from "../bytecode/code.ts";
import { parseArgs, kwCount } from "./args.ts";
import { typeError, valueError } from "./errors.ts";
import { PyStr } from "./str.ts";
import { PyTuple } from "./tuple.ts";
import { PyBytes } from "./bytes.ts";
import { BytesType, StrType, TupleType, IntType } from "./types.ts";
import { isSubtype } from "./object.ts";

/** The code object `o`, filled (a code constant is made unfilled: PyCode.ready). */
const C = (o: PyObject) => ensureCode(o as PyCode);

/**
 * co_lines() and co_positions() results: CPython's line_iterator and positions_iterator (not
 * picklable, no length). The rows (tuples of ints and None, which hold no references to other
 * objects) are made up front; the iterator owns a reference to each row not yet handed out.
 */
class RowIter extends PyObject {
  declare rows: PyObject[];
  declare i: number;
  constructor(type: PyType, rows: PyObject[]) {
    readyType(type);
    super(type);
    this.rows = rows;
    this.i = 0;
  }
}
const LineIterType = new PyType(TypeType, "line_iterator", ObjectType, 0);
const PositionsIterType = new PyType(TypeType, "positions_iterator", ObjectType, 0);
for (const t of [LineIterType, PositionsIterType]) {
  t.tp_iter = (o) => (o.ob_refcnt++, o);
  t.tp_iternext = (o) => {
    const it = o as RowIter;
    if (it.i >= it.rows.length) return null;
    const r = it.rows[it.i]!;
    it.rows[it.i++] = None; // the reference goes to the caller
    return r;
  };
  t.tp_dealloc = (o) => {
    const it = o as RowIter;
    for (let k = it.i; k < it.rows.length; k++) decref(it.rows[k]!);
    it.rows = [];
  };
}
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
  { name: "co_name", member: true, get: (o) => (C(o).name.ob_refcnt++, C(o).name), set: null },
  { name: "co_qualname", member: true, get: (o) => (C(o).qualname.ob_refcnt++, C(o).qualname), set: null },
  { name: "co_filename", member: true, get: (o) => (C(o).filename.ob_refcnt++, C(o).filename), set: null },
  { name: "co_firstlineno", member: true, get: (o) => num(C(o).firstlineno), set: null },
  { name: "co_argcount", member: true, get: (o) => num(C(o).argcount), set: null },
  { name: "co_posonlyargcount", member: true, get: (o) => num(C(o).posonlyargcount), set: null },
  { name: "co_kwonlyargcount", member: true, get: (o) => num(C(o).kwonlyargcount), set: null },
  { name: "co_nlocals", member: true, get: (o) => num(C(o).co.co_nlocals), set: null },
  { name: "co_stacksize", member: true, get: (o) => num(C(o).stacksize), set: null },
  { name: "co_flags", member: true, get: (o) => num(C(o).flags), set: null },
  { name: "co_consts", member: true, get: (o) => tupleFrom(C(o).consts), set: null },
  { name: "co_names", member: true, get: (o) => tupleFrom(C(o).names), set: null },
  { name: "co_varnames", get: (o) => strs(C(o).co.co_varnames), set: null },
  { name: "co_cellvars", get: (o) => strs(C(o).co.co_cellvars), set: null },
  { name: "co_freevars", get: (o) => strs(C(o).co.co_freevars), set: null },
  { name: "co_code", get: (o) => newBytes(C(o).co.co_code.slice()), set: null },
  { name: "_co_code_adaptive", get: (o) => newBytes(adaptiveBytes(C(o))), set: null },
  { name: "co_linetable", member: true, get: (o) => newBytes(C(o).co.co_linetable.slice()), set: null },
  { name: "co_exceptiontable", member: true, get: (o) => newBytes(C(o).co.co_exceptiontable.slice()), set: null },
];
CodeType.tp_methods = [
  { name: "co_lines", flags: 1, fn: (o: PyObject) => {
    const rows = coLines(C(o).co).map(([start, end, line]) => newTuple([newInt(start), newInt(end), line === null ? (None.ob_refcnt++, None) : newInt(line)]));
    return new RowIter(LineIterType, rows);
  } },
  { name: "co_positions", flags: 1, fn: (o: PyObject) => {
    const c = C(o);
    const p = positionsOf(c);
    const out: PyObject[] = [];
    for (let i = 0; i < c.instrs.length; i++) {
      out.push(newTuple([optInt(p[i * 4]!), optInt(p[i * 4 + 1]!), optInt(p[i * 4 + 2]!), optInt(p[i * 4 + 3]!)]));
    }
    return new RowIter(PositionsIterType, out);
  } },
  { name: "replace", flags: 4, fn: codeReplace },
];
CodeType.tp_hash = (o) => pointerHash(o);

const REPLACE_NAMES = [
  "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
  "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
  "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable",
] as const;

function argInt(o: PyObject | null, dflt: number, name: string): number {
  if (o === null) return dflt;
  if (!isSubtype(o.ob_type, IntType)) throw typeError(`replace() argument '${name}' must be int, not ${o.ob_type.tp_name}`);
  const v = index(o);
  const n = Number((v as unknown as { value: number | bigint }).value);
  if (--v.ob_refcnt === 0) void 0;
  return n;
}
function argStr(o: PyObject | null, dflt: string, name: string): string {
  if (o === null) return dflt;
  if (!isSubtype(o.ob_type, StrType)) throw typeError(`replace() argument '${name}' must be str, not ${o.ob_type.tp_name}`);
  return (o as PyStr).value;
}
function argBytes(o: PyObject | null, dflt: Uint8Array, name: string): Uint8Array {
  if (o === null) return dflt;
  if (!isSubtype(o.ob_type, BytesType)) throw typeError(`replace() argument '${name}' must be bytes, not ${o.ob_type.tp_name}`);
  return (o as PyBytes).value.slice();
}
function argTuple(o: PyObject | null, name: string): PyObject[] | null {
  if (o === null) return null;
  if (!isSubtype(o.ob_type, TupleType)) throw typeError(`replace() argument '${name}' must be tuple, not ${o.ob_type.tp_name}`);
  return (o as PyTuple).items;
}
function argNames(o: PyObject | null, name: string): string[] | null {
  const items = argTuple(o, name);
  if (items === null) return null;
  return items.map((x) => {
    if (!isSubtype(x.ob_type, StrType)) throw typeError("name tuples must contain only strings, not '" + x.ob_type.tp_name + "'");
    return (x as PyStr).value;
  });
}

/** code.replace(**fields): a copy of the code object with the named fields changed. */
function codeReplace(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  if (args.length - kwCount(kw) > 0) throw typeError("replace() takes no positional arguments");
  const a = parseArgs("replace", args, kw, REPLACE_NAMES, { required: 0, kwonly: 0 });
  const c = C(self);
  const co = c.co;
  const kinds = co.co_localspluskinds;
  const lpn = co.co_localsplusnames.slice();
  // renamed locals/cells/frees are written back over the slots of that kind, in order
  const rename = (names: string[] | null, pick: (k: number) => boolean, field: string) => {
    if (names === null) return;
    const slots: number[] = [];
    for (let i = 0; i < kinds.length; i++) if (pick(kinds[i]!)) slots.push(i);
    if (slots.length !== names.length) throw valueError(`${field} length does not match the code object`);
    for (let j = 0; j < slots.length; j++) lpn[slots[j]!] = names[j]!;
  };
  rename(argNames(a[10]!, "co_varnames"), (k) => (k & CO_FAST_LOCAL) !== 0, "co_varnames");
  rename(argNames(a[11]!, "co_freevars"), (k) => (k & CO_FAST_FREE) !== 0, "co_freevars");
  rename(argNames(a[12]!, "co_cellvars"), (k) => (k & CO_FAST_CELL) !== 0 && (k & CO_FAST_LOCAL) === 0, "co_cellvars");
  const nlocals = argInt(a[3]!, co.co_nlocals, "co_nlocals");
  if (nlocals !== co.co_nlocals) throw valueError("code: co_nlocals != len(co_varnames)");
  const consts = argTuple(a[8]!, "co_consts");
  const names = argNames(a[9]!, "co_names");
  const nco = new CodeObject(
    argInt(a[0]!, co.co_argcount, "co_argcount"),
    argInt(a[1]!, co.co_posonlyargcount, "co_posonlyargcount"),
    argInt(a[2]!, co.co_kwonlyargcount, "co_kwonlyargcount"),
    argInt(a[4]!, co.co_stacksize, "co_stacksize"),
    argInt(a[5]!, co.co_flags, "co_flags"),
    argBytes(a[7]!, co.co_code, "co_code"),
    co.co_consts,
    names ?? co.co_names,
    lpn,
    kinds,
    argStr(a[13]!, co.co_filename, "co_filename"),
    argStr(a[14]!, co.co_name, "co_name"),
    argStr(a[15]!, co.co_qualname, "co_qualname"),
    argInt(a[6]!, co.co_firstlineno, "co_firstlineno"),
    argBytes(a[16]!, co.co_linetable, "co_linetable"),
    argBytes(a[17]!, co.co_exceptiontable, "co_exceptiontable"),
  );
  const nc = codeFor(nco); // a new CodeObject: a new code object with its own constants
  if (consts !== null) {
    for (const x of consts) x.ob_refcnt++;
    const old = nc.consts;
    nc.consts = consts.slice();
    for (const x of old) decref(x);
  }
  return nc;
}
export { newIntAny };

// ---- code(...): types.CodeType's constructor -------------------------------------------------------

/** An int argument of code(): its index() value (TypeError for a non-integer). */
function newArgInt(o: PyObject): number {
  const v = index(o);
  const n = Number((v as unknown as { value: number | bigint }).value);
  decref(v);
  return n;
}
function newArgTyped<T extends PyObject>(o: PyObject, t: PyType, pos: number, what: string): T {
  if (!isSubtype(o.ob_type, t)) throw typeError(`code() argument ${pos} must be ${what}, not ${o.ob_type.tp_name}`);
  return o as T;
}
function nameList(t: PyTuple): string[] {
  return t.items.map((x) => {
    if (!isSubtype(x.ob_type, StrType)) throw typeError(`name tuples must contain only strings, not '${x.ob_type.tp_name}'`);
    return (x as PyStr).value;
  });
}
/** A run-time constant as the compile-time value kept on the CodeObject (what marshal writes). */
function constValueOf(o: PyObject): ConstValue {
  try {
    return toMarshal(o) as ConstValue;
  } catch (e) {
    if (e instanceof PyObject) throw e;
    return PyNone.None; // not marshallable: marshal.dumps of this code writes None in its place
  }
}

/**
 * code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
 * constants, names, varnames, filename, name, qualname, firstlineno, linetable, exceptiontable,
 * freevars=(), cellvars=(), /): a new code object (new reference). The fast locals are laid out
 * as the compiler lays them out: varnames, then the cell variables that are not arguments (a
 * cell that is also a varname shares its slot), then the free variables.
 */
CodeType.tp_new = (type, args, kw) => {
  if (kw !== null && kwCount(kw) > 0) throw typeError("code() takes no keyword arguments");
  if (args.length < 16) throw typeError(`code expected at least 16 arguments, got ${args.length}`);
  if (args.length > 18) throw typeError(`code expected at most 18 arguments, got ${args.length}`);
  void type;
  const argcount = newArgInt(args[0]!), posonly = newArgInt(args[1]!), kwonly = newArgInt(args[2]!);
  const nlocals = newArgInt(args[3]!), stacksize = newArgInt(args[4]!), flags = newArgInt(args[5]!);
  const codestring = newArgTyped<PyBytes>(args[6]!, BytesType, 7, "bytes");
  const consts = newArgTyped<PyTuple>(args[7]!, TupleType, 8, "tuple");
  const names = newArgTyped<PyTuple>(args[8]!, TupleType, 9, "tuple");
  const varnames = newArgTyped<PyTuple>(args[9]!, TupleType, 10, "tuple");
  const filename = newArgTyped<PyStr>(args[10]!, StrType, 11, "str");
  const name = newArgTyped<PyStr>(args[11]!, StrType, 12, "str");
  const qualname = newArgTyped<PyStr>(args[12]!, StrType, 13, "str");
  const firstlineno = newArgInt(args[13]!);
  const linetable = newArgTyped<PyBytes>(args[14]!, BytesType, 15, "bytes");
  const exctable = newArgTyped<PyBytes>(args[15]!, BytesType, 16, "bytes");
  const freevars = args.length > 16 ? newArgTyped<PyTuple>(args[16]!, TupleType, 17, "tuple") : null;
  const cellvars = args.length > 17 ? newArgTyped<PyTuple>(args[17]!, TupleType, 18, "tuple") : null;
  if (argcount < 0) throw valueError("code: argcount must not be negative");
  if (posonly < 0) throw valueError("code: posonlyargcount must not be negative");
  if (kwonly < 0) throw valueError("code: kwonlyargcount must not be negative");
  const nameStrs = nameList(names);
  const vars = nameList(varnames);
  const frees = freevars === null ? [] : nameList(freevars);
  const cells = cellvars === null ? [] : nameList(cellvars);
  if (nlocals !== vars.length) throw valueError("code: co_nlocals != len(co_varnames)");
  if (stacksize < 0 || flags < 0 || argcount < posonly || (codestring.value.length & 1) !== 0) {
    throw newException(SystemErrorType, "bad argument to internal function");
  }
  const lpn = vars.slice();
  const kinds: number[] = vars.map(() => CO_FAST_LOCAL);
  for (const c of cells) {
    const at = vars.indexOf(c);
    if (at >= 0) kinds[at]! |= CO_FAST_CELL;
    else {
      lpn.push(c);
      kinds.push(CO_FAST_CELL);
    }
  }
  for (const f of frees) {
    lpn.push(f);
    kinds.push(CO_FAST_FREE);
  }
  const nco = new CodeObject(argcount, posonly, kwonly, stacksize, flags, codestring.value.slice(),
    consts.items.map(constValueOf), nameStrs, lpn, Uint8Array.from(kinds), filename.value, name.value,
    qualname.value, firstlineno, linetable.value.slice(), exctable.value.slice());
  const nc = codeFor(nco); // a new CodeObject: a new code object
  // the constants are the given objects (as code.replace keeps them)
  for (const x of consts.items) x.ob_refcnt++;
  const old = nc.consts;
  nc.consts = consts.items.slice();
  for (const x of old) decref(x);
  return nc;
};
import { toMarshal } from "../modules/marshal_module.ts";
import { PyNone, type ConstValue } from "./constant.ts";
import { newException } from "./errors.ts";
import { SystemErrorType } from "./exceptions.ts";
