/**
 * `_symtable`: symtable(source, filename, compile_type) -> the top "symtable entry" of the
 * compiler's symbol table (src/compiler/symtable.ts), plus the flag and scope constants.
 * lib/symtable.py builds the SymbolTable/Function/Class/Symbol API over it.
 *
 * An entry has: id (a number unique per entry in this process), name, symbols (dict name -> flags
 * word: DEF_* bits, scope at SCOPE_OFF), varnames (parameter names, in order), children (entries
 * of the nested blocks, in source order), nested (0/1), type (TYPE_FUNCTION 0, TYPE_CLASS 1,
 * TYPE_MODULE 2, annotation blocks 3), lineno. Entries are made once per symtable() call, so a
 * child is the same object wherever it is reached. As CPython's symtable(), the AST is not
 * constant-folded first.
 */
import { PyObject, PyType, Meth } from "../objects/object.ts";
import { TypeType, ObjectType } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyBytes, PyByteArray } from "../objects/bytes.ts";
import { newList, PyList } from "../objects/list.ts";
import { dealloc } from "../memory/refcount.ts";
import { newDict, dictSetItem, PyDict } from "../objects/dict.ts";
import { readyType } from "../objects/typeobject.ts";
import { typeError, valueError } from "../objects/errors.ts";
import { parseArgs } from "../objects/args.ts";
import { decodeBytes } from "../objects/codecs.ts";
import * as A from "../objects/abstract.ts";
import { parse, type ParseMode } from "../parser/parse.ts";
import { CompileError } from "../parser/errors.ts";
import { futureFromAST } from "../compiler/future.ts";
import {
  buildSymtable, SymbolTableEntry, DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, USE, DEF_FREE, DEF_FREE_CLASS,
  DEF_IMPORT, DEF_ANNOT, DEF_BOUND, SCOPE_OFFSET, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL,
} from "../compiler/symtable.ts";
import { compileErrorToException } from "./builtins_compile.ts";
import { buildModule, pyInt } from "./modutil.ts";
import * as E from "../objects/exceptions.ts";
import { newException } from "../objects/errors.ts";
import type { PyModule } from "../objects/module.ts";

/** A symtable entry: its fields are Python objects (owned references). */
class PyEntry extends PyObject {
  declare id: number;
  declare name: PyObject;
  declare symbols: PyDict;
  declare varnames: PyList;
  declare children: PyList;
  declare nested: boolean;
  declare type: number;
  declare lineno: number;
  constructor(t: PyType) {
    super(t);
  }
}

const FIELDS: readonly [string, (e: PyEntry) => PyObject][] = [
  ["id", (e) => pyInt(e.id)],
  ["name", (e) => (e.name.ob_refcnt++, e.name)],
  ["symbols", (e) => (e.symbols.ob_refcnt++, e.symbols)],
  ["varnames", (e) => (e.varnames.ob_refcnt++, e.varnames)],
  ["children", (e) => (e.children.ob_refcnt++, e.children)],
  ["nested", (e) => pyInt(e.nested ? 1 : 0)],
  ["type", (e) => pyInt(e.type)],
  ["lineno", (e) => pyInt(e.lineno)],
];

let entryType: PyType | null = null;
function theEntryType(): PyType {
  if (entryType !== null) return entryType;
  const t = new PyType(TypeType, "symtable entry", ObjectType, 0);
  t.tp_getset = FIELDS.map(([name, get]) => ({ name, get: (o: PyObject) => get(o as PyEntry), set: null }));
  t.tp_repr = (o) => {
    const e = o as PyEntry;
    return newStr(`<symtable entry ${(e.name as PyStr).value}(${e.id}), line ${e.lineno}>`);
  };
  // the entry releases the objects it owns
  t.tp_dealloc = (o) => {
    const e = o as PyEntry;
    for (const x of [e.name, e.symbols, e.varnames, e.children]) {
      if (x !== undefined && x !== null && --x.ob_refcnt === 0) dealloc(x);
    }
  };
  readyType(t);
  entryType = t;
  return t;
}

let nextId = 1;
const ids = new WeakMap<object, number>();

/** The entries of `ste` and its descendants as Python objects. */
function toEntry(ste: SymbolTableEntry): PyEntry {
  const e = new PyEntry(theEntryType());
  let id = ids.get(ste.key);
  if (id === undefined) {
    id = nextId++;
    ids.set(ste.key, id);
  }
  e.id = id;
  e.name = intern(ste.name);
  e.name.ob_refcnt++;
  const symbols = newDict();
  for (const [name, flags] of ste.symbols) {
    const v = pyInt(flags);
    dictSetItem(symbols, intern(name), v);
    v.ob_refcnt--;
  }
  e.symbols = symbols;
  e.varnames = newList(ste.varnames.map((n) => { const s = intern(n); s.ob_refcnt++; return s as PyObject; }));
  e.children = newList(ste.children.map(toEntry));
  e.nested = ste.nested;
  e.type = ste.type;
  e.lineno = ste.lineno;
  return e;
}

function fsName(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return decodeBytes(o.value, "utf-8", "surrogateescape");
  const p = A.lookupSpecial(o, intern("__fspath__"));
  if (p !== null) {
    let r: PyObject;
    try {
      r = A.call(p, []);
    } finally {
      if (--p.ob_refcnt === 0) dealloc(p);
    }
    try {
      if (r instanceof PyStr) return r.value;
      if (r instanceof PyBytes) return decodeBytes(r.value, "utf-8", "surrogateescape");
      throw typeError(`expected ${o.ob_type.tp_name}.__fspath__() to return str or bytes, not ${r.ob_type.tp_name}`);
    } finally {
      if (--r.ob_refcnt === 0) dealloc(r);
    }
  }
  throw typeError(`expected str, bytes or os.PathLike object, not ${o.ob_type.tp_name}`);
}

function symtableFn(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [srcO, fnO, modeO] = parseArgs("symtable", args, kw, ["", "", ""], { required: 3, posonly: 3 });
  let source: string | Uint8Array;
  if (srcO instanceof PyStr) source = srcO.value;
  else if (srcO instanceof PyBytes || srcO instanceof PyByteArray) source = srcO.value.slice();
  else throw typeError("symtable() arg 1 must be a string or bytes object");
  const filename = fsName(fnO!);
  if (!(modeO instanceof PyStr)) throw typeError(`symtable() argument 3 must be str, not ${modeO!.ob_type.tp_name}`);
  const mode = modeO.value;
  if (mode !== "exec" && mode !== "eval" && mode !== "single") throw valueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'");
  let mod;
  try {
    mod = parse(source, { filename, mode: mode as ParseMode });
  } catch (e) {
    if (e instanceof CompileError) throw compileErrorToException(e);
    throw e;
  }
  try {
    const st = buildSymtable(mod, filename, futureFromAST(mod, filename));
    return toEntry(st.top!);
  } catch (e) {
    if (e instanceof CompileError) throw compileErrorToException(e);
    if (e instanceof RangeError) throw newException(E.RecursionErrorType, "maximum recursion depth exceeded during compilation");
    throw e;
  }
}

export function makeSymtableModule(): PyModule {
  return buildModule("_symtable", [
    { name: "symtable", flags: Meth.KEYWORDS, fn: symtableFn },
  ], {
    USE: pyInt(USE), DEF_GLOBAL: pyInt(DEF_GLOBAL), DEF_NONLOCAL: pyInt(DEF_NONLOCAL), DEF_LOCAL: pyInt(DEF_LOCAL),
    DEF_PARAM: pyInt(DEF_PARAM), DEF_FREE: pyInt(DEF_FREE), DEF_FREE_CLASS: pyInt(DEF_FREE_CLASS),
    DEF_IMPORT: pyInt(DEF_IMPORT), DEF_BOUND: pyInt(DEF_BOUND), DEF_ANNOT: pyInt(DEF_ANNOT),
    TYPE_FUNCTION: pyInt(0), TYPE_CLASS: pyInt(1), TYPE_MODULE: pyInt(2),
    LOCAL: pyInt(LOCAL), GLOBAL_EXPLICIT: pyInt(GLOBAL_EXPLICIT), GLOBAL_IMPLICIT: pyInt(GLOBAL_IMPLICIT),
    FREE: pyInt(FREE), CELL: pyInt(CELL), SCOPE_OFF: pyInt(SCOPE_OFFSET), SCOPE_MASK: pyInt(15),
  });
}
