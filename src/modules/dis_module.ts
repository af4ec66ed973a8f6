/**
 * `_dis` (tspy's own) and `_opcode` (CPython's): the native side of lib/opcode.py and lib/dis.py.
 *
 *  _opcode.stack_effect(opcode, oparg=None, /, *, jump=None), get_specialization_stats()
 *  _dis.tables()                       the instruction set of src/bytecode/opcodes.ts as the
 *                                      opcode module's values (opname, opmap, has*, caches, ...)
 *  _dis.instructions(x, line_offset, show_caches, adaptive, handlers, unknown)
 *                                      dis._get_instructions_bytes for a code object or raw bytes:
 *                                      a list of (opname, opcode, arg, argval, argrepr, offset,
 *                                      starts_line, is_jump_target, positions 4-tuple); argval of
 *                                      LOAD_CONST is the code object's own constant; FORMAT_VALUE's
 *                                      argval is left as the oparg (lib/dis.py makes the pair)
 *  _dis.disassemble(x, lasti, show_caches, adaptive, line_offset, depth, recursive)
 *                                      the text dis prints (src/bytecode/dis.ts)
 *  _dis.code_info(code), _dis.linestarts(code), _dis.exception_table(code), _dis.findlabels(bytes)
 *
 * Everything is computed by src/bytecode/dis.ts on the CodeObject a PyCode wraps, so the text is
 * the `-m dis` tool's. A code object's address in that text is its run-time object's id (as
 * repr(code) shows); frozensets print in the order of the process's hash secret (PYTHONHASHSEED).
 */
import { PyObject, Meth } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { newStr, intern } from "../objects/str.ts";
import { PyInt, True, False } from "../objects/int.ts";
import { PyBytes, PyByteArray } from "../objects/bytes.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { newDict, dictSetItem } from "../objects/dict.ts";
import { PyCode, withCode, ensureCode } from "../objects/codeobject.ts";
import { hexId } from "../objects/abstract.ts";
import { typeError, valueError, newException, overflowError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { parseArgs } from "../objects/args.ts";
import { host } from "../host/host.ts";
import { hashSecret, type HashSecret } from "../objects/hash.ts";
import { CodeObject } from "../bytecode/code.ts";
import {
  Op, opname as allOpname, deopt, HAVE_ARGUMENT, HAS_CONST, HAS_NAME, HAS_JREL, HAS_JABS, HAS_LOCAL, HAS_FREE,
  HAS_COMPARE, OPCODE_FLAGS, CACHE_ENTRIES, CACHE_FORMAT, SPECIALIZATIONS, NB_OPS, CMP_OP,
} from "../bytecode/opcodes.ts";
import {
  instructionsOfBytes, contextOf, codeBytes, disassembleBytes, dis, codeInfo, findlabels, setCodeAddressHook,
  DisError, Unknown, type ArgVal, type DisOptions,
} from "../bytecode/dis.ts";
import { findLineStarts } from "../bytecode/linetable.ts";
import { parseExceptionTable } from "../bytecode/exctable.ts";
import { disStackEffect, StackEffectError } from "../bytecode/stackeffect.ts";
import { buildModule, pyInt, pyBool, pyNone, asCInt } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

// ---- conversions (new references unless said) --------------------------------------------------

/** An interned str, borrowed (for dict keys). */
const key = (s: string) => intern(s) as PyObject;
function strNew(s: string): PyObject {
  const x = intern(s);
  x.ob_refcnt++;
  return x;
}
const optInt = (n: number | null): PyObject => (n === null ? pyNone() : pyInt(n));
const ints = (a: readonly number[]) => newList(a.map((n) => pyInt(n)));
const strs = (a: readonly string[]) => newList(a.map(strNew));

function secret(): HashSecret {
  const v = host().env["PYTHONHASHSEED"];
  return hashSecret(v !== undefined && /^\d+$/u.test(v) && Number(v) <= 4294967295 ? Number(v) : 0);
}

let hooked = false;
/** dis text shows a code object at its run-time object's address (what repr(code) shows). */
function hookAddresses(): void {
  if (hooked) return;
  hooked = true;
  setCodeAddressHook((co: CodeObject) => withCode(co, hexId));
}

function disError(e: unknown): unknown {
  if (e instanceof DisError) return newException(e.type === "IndexError" ? E.IndexErrorType : E.TypeErrorType, e.msg);
  return e;
}

function truth(o: PyObject): boolean {
  return o === True || (o instanceof PyInt && o !== False && o.value !== 0 && o.value !== 0n);
}

/** The code units of a bytes-like argument, or null. */
function rawBytes(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.value;
  if (o instanceof PyByteArray) return o.value;
  return null;
}

// ---- _opcode ---------------------------------------------------------------------------------

function stackEffectFn(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [op, oparg, jump] = parseArgs("stack_effect", args, kw, ["", "", "jump"], { required: 1, posonly: 2, kwonly: 2 });
  const toInt = (o: PyObject): number | bigint => {
    if (!(o instanceof PyInt)) throw typeError(`'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
    return o.value;
  };
  const opv = toInt(op!);
  const argv = oparg === null || oparg === None ? null : toInt(oparg);
  let j: boolean | null = null;
  if (jump !== null && jump !== None) {
    if (jump === True) j = true;
    else if (jump === False) j = false;
    else throw valueError("stack_effect: jump must be False, True or None");
  }
  try {
    return pyInt(disStackEffect(opv, argv, j));
  } catch (e) {
    if (e instanceof StackEffectError) throw e.type === "OverflowError" ? overflowError(e.msg) : valueError(e.msg);
    throw e;
  }
}

export function makeOpcodeModule(): PyModule {
  return buildModule("_opcode", [
    { name: "stack_effect", flags: Meth.KEYWORDS, fn: stackEffectFn },
    { name: "get_specialization_stats", flags: Meth.NOARGS, fn: () => pyNone() },
  ]);
}

// ---- _dis.tables -----------------------------------------------------------------------------

function isSpecialised(op: number): boolean {
  return deopt[op] !== op;
}

/** d[k] = v, stealing v. */
function putSteal(d: ReturnType<typeof newDict>, k: string, v: PyObject): void {
  dictSetItem(d, key(k), v);
  v.ob_refcnt--;
}

/** The opcode module's tables, derived from opcodes.ts. */
function tables(): PyObject {
  const d = newDict();
  const base: number[] = [];
  for (let i = 0; i < 256; i++) if (Op[i] !== undefined && !isSpecialised(i)) base.push(i);
  const isBase = new Set(base);
  putSteal(d, "opname", strs(Array.from({ length: 256 }, (_, i) => (isBase.has(i) ? allOpname[i]! : `<${i}>`))));
  const opmap = newDict();
  for (const i of base) putSteal(opmap, allOpname[i]!, pyInt(i));
  putSteal(d, "opmap", opmap);
  putSteal(d, "HAVE_ARGUMENT", pyInt(HAVE_ARGUMENT));
  putSteal(d, "EXTENDED_ARG", pyInt(Op.EXTENDED_ARG));
  putSteal(d, "cmp_op", newTuple(CMP_OP.map(strNew)));
  const withFlag = (f: number) => ints(base.filter((i) => ((OPCODE_FLAGS.get(i as Op) ?? 0) & f) !== 0));
  putSteal(d, "hasconst", withFlag(HAS_CONST));
  putSteal(d, "hasname", withFlag(HAS_NAME));
  putSteal(d, "hasjrel", withFlag(HAS_JREL));
  putSteal(d, "hasjabs", withFlag(HAS_JABS));
  putSteal(d, "haslocal", withFlag(HAS_LOCAL));
  putSteal(d, "hascompare", withFlag(HAS_COMPARE));
  putSteal(d, "hasfree", withFlag(HAS_FREE));
  putSteal(d, "hasnargs", newList([]));
  putSteal(d, "_inline_cache_entries", ints(Array.from({ length: 256 }, (_, i) => (isBase.has(i) ? CACHE_ENTRIES.get(i as Op) ?? 0 : 0))));
  const specs = newDict();
  const flat: string[] = [];
  for (const [b, fam] of SPECIALIZATIONS) {
    const names = fam.map((s) => allOpname[s]!);
    flat.push(...names);
    putSteal(specs, allOpname[b]!, strs(names));
  }
  putSteal(d, "_specializations", specs);
  putSteal(d, "_specialized_instructions", strs(flat));
  putSteal(d, "_specialization_stats", strs(["success", "failure", "hit", "deferred", "miss", "deopt"]));
  putSteal(d, "_nb_ops", newList(NB_OPS.map(([n, s]) => newTuple([strNew(n), newStr(s)]))));
  const fmt = newDict();
  for (const name of Object.keys(CACHE_FORMAT)) {
    const fields = newDict();
    for (const [f, size] of CACHE_FORMAT[name]!) putSteal(fields, f, pyInt(size));
    putSteal(fmt, name, fields);
  }
  putSteal(d, "_cache_format", fmt);
  putSteal(d, "_all_opname", strs(allOpname.slice()));
  const all = newDict();
  for (let i = 0; i < 256; i++) if (Op[i] !== undefined) putSteal(all, allOpname[i]!, pyInt(i));
  putSteal(d, "_all_opmap", all);
  return d;
}

// ---- _dis: instructions and text -----------------------------------------------------------------

function codeArg(o: PyObject): CodeObject | null {
  return o instanceof PyCode ? ensureCode(o).co : null;
}

function argvalObject(v: ArgVal, d: number, arg: number | null, code: PyCode | null, unknown: PyObject): PyObject {
  if (d === Op.LOAD_CONST && code !== null && arg !== null) {
    const consts = code.consts;
    const o = consts[arg < 0 ? arg + consts.length : arg]!;
    o.ob_refcnt++;
    return o;
  }
  if (d === Op.FORMAT_VALUE && arg !== null) return pyInt(arg);
  if (v === null) return pyNone();
  if (v instanceof Unknown) {
    unknown.ob_refcnt++;
    return unknown;
  }
  switch (typeof v) {
    case "number": case "bigint": return pyInt(v);
    case "string": return strNew(v);
  }
  return pyNone();
}

function instructionsFn(_s: PyObject | null, args: PyObject[]): PyObject {
  if (args.length !== 6) throw typeError(`instructions expected 6 arguments, got ${args.length}`);
  const [x, lineOffsetO, cachesO, adaptiveO, handlersO, unknown] = args as [PyObject, PyObject, PyObject, PyObject, PyObject, PyObject];
  const opts: DisOptions = { show_caches: truth(cachesO), adaptive: truth(adaptiveO), hashSecret: secret() };
  hookAddresses();
  const co = codeArg(x);
  let list;
  try {
    if (co !== null) {
      const ctx = contextOf(co, opts, asCInt(lineOffsetO));
      if (!truth(handlersO)) ctx.exceptionEntries = [];
      list = instructionsOfBytes(codeBytes(co, opts), ctx);
    } else {
      const b = rawBytes(x);
      if (b === null) throw typeError(`don't know how to disassemble ${x.ob_type.tp_name} objects`);
      list = instructionsOfBytes(b, { showCaches: opts.show_caches ?? false, secret: opts.hashSecret! });
    }
  } catch (e) {
    throw disError(e);
  }
  const code = co !== null ? (x as PyCode) : null;
  return newList(list.map((ins) => {
    const p = ins.positions;
    return newTuple([
      strNew(ins.opname), pyInt(ins.opcode), optInt(ins.arg),
      argvalObject(ins.argval, deopt[ins.opcode]!, ins.arg, code, unknown), newStr(ins.argrepr),
      pyInt(ins.offset), optInt(ins.starts_line), pyBool(ins.is_jump_target),
      newTuple([optInt(p.lineno), optInt(p.end_lineno), optInt(p.col_offset), optInt(p.end_col_offset)]),
    ]);
  }));
}

function disassembleFn(_s: PyObject | null, args: PyObject[]): PyObject {
  if (args.length !== 7) throw typeError(`disassemble expected 7 arguments, got ${args.length}`);
  const [x, lastiO, cachesO, adaptiveO, lineOffsetO, depthO, recursiveO] = args as [PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject];
  const depth = depthO === None ? null : asCInt(depthO);
  const opts: DisOptions = { show_caches: truth(cachesO), adaptive: truth(adaptiveO), hashSecret: secret(), depth };
  hookAddresses();
  const co = codeArg(x);
  try {
    if (co === null) {
      const b = rawBytes(x);
      if (b === null) throw typeError(`don't know how to disassemble ${x.ob_type.tp_name} objects`);
      return newStr(disassembleBytes(b, { showCaches: opts.show_caches ?? false, secret: opts.hashSecret! }, asCInt(lastiO)));
    }
    if (truth(recursiveO)) return newStr(dis(co, opts));
    return newStr(disassembleBytes(codeBytes(co, opts), contextOf(co, opts, asCInt(lineOffsetO)), asCInt(lastiO)));
  } catch (e) {
    throw disError(e);
  }
}

function needCode(o: PyObject, fn: string): CodeObject {
  const co = codeArg(o);
  if (co === null) throw typeError(`${fn}() argument must be code, not ${o.ob_type.tp_name}`);
  return co;
}

export function makeDisModule(): PyModule {
  return buildModule("_dis", [
    { name: "tables", flags: Meth.NOARGS, fn: tables },
    { name: "instructions", flags: Meth.FASTCALL, fn: instructionsFn },
    { name: "disassemble", flags: Meth.FASTCALL, fn: disassembleFn },
    { name: "code_info", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      hookAddresses();
      return newStr(codeInfo(needCode(o, "code_info"), secret()));
    } },
    { name: "linestarts", flags: Meth.O, fn: (_s: null, o: PyObject) =>
      newList(findLineStarts(needCode(o, "linestarts")).map(([off, line]) => newTuple([pyInt(off), pyInt(line)]))) },
    { name: "exception_table", flags: Meth.O, fn: (_s: null, o: PyObject) =>
      newList(parseExceptionTable(needCode(o, "exception_table").co_exceptiontable).map((e) =>
        newTuple([pyInt(e.start), pyInt(e.end), pyInt(e.target), pyInt(e.depth), pyBool(e.lasti)]))) },
    { name: "findlabels", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      const b = rawBytes(o) ?? codeArg(o)?.co_code ?? null;
      if (b === null) throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
      return ints(findlabels(b));
    } },
  ]);
}
