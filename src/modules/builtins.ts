/**
 * The builtins module (Python/bltinmodule.c): builtin functions, with CPython's argument
 * handling and error messages. The builtin types and exceptions are added by makeBuiltins.
 */
import { PyByteArray } from "../objects/bytes.ts";
import { typeLookupStr } from "../objects/typeobject.ts";
import { PyObject, PyType, isSubtype, TPFlags, type MethodDef } from "../objects/object.ts";
import * as T from "../objects/types.ts";
import { None, NotImplemented, Ellipsis } from "../objects/types.ts";
import { PyStr, newStr, intern, strLen } from "../objects/str.ts";
import { PyInt, newInt, newIntAny, True, False, newBool, toBig, intDivmodValues } from "../objects/int.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { PyTuple, newTuple, tupleFrom } from "../objects/tuple.ts";
import { PyList, newList } from "../objects/list.ts";
import { PyDict, newDict, dictSetItemStr, dictGetItemStr, dictNext, dictDelItemIf } from "../objects/dict.ts";
import { compileFn, execFn, evalFn } from "./builtins_compile.ts";
import { addSiteBuiltins } from "./builtins_site.ts";
import { getOpenFunction } from "./io.ts";
import { host } from "../host/host.ts";
import { warn } from "./warnings.ts";
import { builtinAiter, builtinAnext } from "../objects/asyncgen.ts";
import { PyBytes } from "../objects/bytes.ts";
import * as A from "../objects/abstract.ts";
import * as E from "../objects/exceptions.ts";
import { typeError, valueError, overflowError, newException, stopIteration } from "../objects/errors.ts";
import { parseArgs, checkArity } from "../objects/args.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { newModule, PyModule } from "../objects/module.ts";
import { dealloc } from "../memory/refcount.ts";
import { objectId } from "../memory/id.ts";
import { sortList, listExtendItems, extendCapacity, isExactSeq, extendHint } from "../objects/list.ts";
import { formatObject } from "../objects/format.ts";
import { asciiOf } from "../objects/str_methods.ts";
import { isInstanceCheck } from "../objects/type_impl.ts";
import { PyGen, genSendEx, genReturned, stopIterationWith } from "../objects/genobject.ts";
import { newCallIter } from "../objects/iterobject.ts";
import { floatRound } from "../objects/number_new.ts";
import { buildClass } from "../vm/buildclass.ts";
import { ts, enterRecursiveCall, leaveRecursiveCall } from "../vm/state.ts";
import type { Frame } from "../vm/frame.ts";
import { frameLocalsDicts } from "../vm/frame.ts";
import { sysGet, stdStreams } from "./sys.ts";
import { importModuleByName } from "../vm/import.ts";
import { ALL_EXCEPTION_TYPES } from "../objects/exceptions.ts";
import { PyFunction } from "../objects/funcobject.ts";
import { unionArgs } from "../objects/union.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}
function nkw(kw: PyObject | null): number {
  return kw === null ? 0 : (kw as PyTuple).items.length;
}
function fn(name: string, flags: number, f: Function, doc?: string): MethodDef {
  return doc === undefined ? { name, flags, fn: f } : { name, flags, fn: f, doc };
}
/** max's and min's __doc__: their two call forms (the first lines), then what they do. */
function minmaxDoc(name: string, which: string): string {
  return `${name}(iterable, *[, default=obj, key=func]) -> value\n${name}(arg1, arg2, *args, *[, key=func]) -> value\n\n` +
    `Return the ${which} item of one iterable, or the ${which} of two or more arguments.\n` +
    `key orders the items by key(item); default is returned when the iterable is empty.`;
}

// ---- I/O -------------------------------------------------------------------------------------

function print(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const n = nkw(kw);
  const npos = args.length - n;
  let sep: PyObject | null = null, end: PyObject | null = null, file: PyObject | null = null, flush: PyObject | null = null;
  for (let i = 0; i < n; i++) {
    const k = ((kw as PyTuple).items[i] as PyStr).value;
    const v = args[npos + i]!;
    if (k === "sep") sep = v;
    else if (k === "end") end = v;
    else if (k === "file") file = v;
    else if (k === "flush") flush = v;
    else throw typeError(`'${k}' is an invalid keyword argument for print()`);
  }
  if (sep !== null && sep !== None && !(sep instanceof PyStr)) throw typeError(`sep must be None or a string, not ${sep.ob_type.tp_name}`);
  if (end !== null && end !== None && !(end instanceof PyStr)) throw typeError(`end must be None or a string, not ${end.ob_type.tp_name}`);
  if (file === null || file === None) {
    file = sysGet("stdout");
    if (file === null || file === None) return None;
  }
  const sepS = sep === null || sep === None ? " " : (sep as PyStr).value;
  const endS = end === null || end === None ? "\n" : (end as PyStr).value;
  const write = A.getAttr(file, intern("write"));
  try {
    for (let i = 0; i < npos; i++) {
      if (i > 0) writeStr(write, sepS);
      const s = A.str(args[i]!);
      try {
        dec(A.call(write, [s]));
      } finally {
        dec(s);
      }
    }
    writeStr(write, endS);
  } finally {
    dec(write);
  }
  if (flush !== null && A.isTrue(flush)) dec(A.callMethod(file, "flush", []));
  return None;
}
function writeStr(write: PyObject, s: string): void {
  const o = newStr(s);
  try {
    dec(A.call(write, [o]));
  } finally {
    dec(o);
  }
}

/**
 * The interactive prompt's line editor (set by the REPL on a terminal): input() reads through it
 * while sys.stdin and sys.stdout are the original streams, as python3's input() uses readline
 * in the interactive interpreter. Returns the line, or null at end of input.
 */
let lineEditor: ((prompt: string) => string | null) | null = null;
export function setInputLineEditor(f: ((prompt: string) => string | null) | null): void {
  lineEditor = f;
}

function input(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("input", args, 0, 1);
  const out = sysGet("stdout");
  if (lineEditor !== null && out !== null && out === stdStreams[1] && sysGet("stdin") === stdStreams[0]) {
    const p = args.length === 1 ? A.str(args[0]!) : null;
    const prompt = p === null ? "" : (p as PyStr).value;
    if (p !== null) dec(p);
    dec(A.callMethod(out, "flush", []));
    const errOut = sysGet("stderr");
    if (errOut !== null) dec(A.callMethod(errOut, "flush", []));
    const line = lineEditor(prompt);
    if (line === null) throw newException(E.EOFErrorType, "EOF when reading a line");
    return newStr(line);
  }
  if (args.length === 1 && out !== null) {
    const p = A.str(args[0]!);
    dec(A.callMethod(out, "write", [p]));
    dec(p);
  }
  if (out !== null) dec(A.callMethod(out, "flush", []));
  const stdin = sysGet("stdin");
  if (stdin === null) throw newException(E.RuntimeErrorType, "input(): lost sys.stdin");
  const line = A.callMethod(stdin, "readline", []);
  const s = (line as PyStr).value;
  dec(line);
  if (s === "") throw newException(E.EOFErrorType, "EOF when reading a line");
  return newStr(s.endsWith("\n") ? s.slice(0, -1) : s);
}

// ---- introspection ---------------------------------------------------------------------------

/** isinstance(obj, cls) with __instancecheck__ (PyObject_IsInstance). */
export function isInstance(obj: PyObject, cls: PyObject): boolean {
  if (obj.ob_type === cls) return true;
  if (cls.ob_type === T.TypeType) return isInstanceCheck(obj, cls as PyType);
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(obj, c)) return true;
    return false;
  }
  const ua = unionArgs(cls);
  if (ua !== null) return ua.some((c) => isInstance(obj, c));
  const check = A.lookupSpecial(cls, intern("__instancecheck__"));
  if (check !== null) {
    enterRecursiveCall(" in __instancecheck__");
    try {
      const r = A.call(check, [obj]);
      const b = A.isTrue(r);
      dec(r);
      return b;
    } finally {
      dec(check);
      leaveRecursiveCall();
    }
  }
  if (cls instanceof PyType) return isInstanceCheck(obj, cls);
  throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}
export function isSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls.ob_type === T.TypeType && derived instanceof PyType) return isSubtype(derived, cls as PyType);
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isSubclass(derived, c)) return true;
    return false;
  }
  const ua = unionArgs(cls);
  if (ua !== null) return ua.some((c) => isSubclass(derived, c));
  const check = A.lookupSpecial(cls, intern("__subclasscheck__"));
  if (check !== null) {
    try {
      const r = A.call(check, [derived]);
      const b = A.isTrue(r);
      dec(r);
      return b;
    } finally {
      dec(check);
    }
  }
  if (!(derived instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  if (!(cls instanceof PyType)) throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return isSubtype(derived, cls);
}

function getattr(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("getattr", args, 2, 3);
  const name = args[1]!;
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.ob_type.tp_name}'`);
  if (args.length === 3) {
    const v = A.lookupAttr(args[0]!, name);
    if (v !== null) return v;
    args[2]!.ob_refcnt++;
    return args[2]!;
  }
  return A.getAttr(args[0]!, name);
}
function hasattr(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("hasattr", args, 2, 2);
  const name = args[1]!;
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.ob_type.tp_name}'`);
  const v = A.lookupAttr(args[0]!, name);
  if (v === null) return False;
  dec(v);
  return True;
}
function setattr(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("setattr", args, 3, 3);
  if (!(args[1] instanceof PyStr)) throw typeError(`attribute name must be string, not '${args[1]!.ob_type.tp_name}'`);
  A.setAttr(args[0]!, args[1], args[2]!);
  return None;
}
function delattr(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("delattr", args, 2, 2);
  if (!(args[1] instanceof PyStr)) throw typeError(`attribute name must be string, not '${args[1]!.ob_type.tp_name}'`);
  A.setAttr(args[0]!, args[1], null);
  return None;
}

function currentFrame(): Frame {
  return ts.frame as Frame;
}
function globalsFn(): PyObject {
  const f = currentFrame();
  f.globals.ob_refcnt++;
  return f.globals;
}
/**
 * The f_locals dict of a function frame: one dict per frame (as 3.11's frame->f_locals), refreshed
 * from the fast locals on each call (PyFrame_FastToLocals: bound names set, unbound ones removed),
 * so names exec() added to it stay visible through locals().
 */
const fastLocalsDicts = new WeakMap<Frame, PyDict>();
frameLocalsDicts.forget = (f: Frame) => {
  const d = fastLocalsDicts.get(f);
  if (d === undefined) return;
  fastLocalsDicts.delete(f);
  fastAsLocals.delete(f);
  dec(d);
};
frameLocalsDicts.get = (f: Frame) => fastLocalsDicts.get(f);
export function frameLocals(f: Frame): PyObject {
  if (f.locals !== null) {
    f.locals.ob_refcnt++;
    return f.locals;
  }
  let d = fastLocalsDicts.get(f);
  if (d === undefined) {
    d = newDict();
    fastLocalsDicts.set(f, d);
    frameLocalsDicts.count++;
  }
  const code = f.code;
  for (let i = 0; i < code.nlocalsplus; i++) {
    let v = f.s[i];
    const kind = code.localspluskinds[i]!;
    const name = code.localsplusnames[i]!;
    if (v !== null && v !== undefined && (kind & 0xc0) !== 0 && v.ob_type === T.CellType) {
      v = (v as { ref: PyObject | null } & PyObject).ref;
      // a free variable of a class body is not a local of it
      if (v !== null && (kind & 0x80) !== 0 && (code.flags & 0x0001) === 0) continue;
    }
    if (v === null || v === undefined) {
      dictDelItemIf(d, name);
      continue;
    }
    dictSetItemStr(d, name, v);
  }
  d.ob_refcnt++;
  return d;
}
/**
 * PyFrame_LocalsToFast: the values in a function frame's f_locals dict (as frameLocals made it)
 * written back to its variables, a missing name unbinding it. CPython does this after each
 * trace-function call, so a debugger's `x = 5` changes the frame's x. refreshLocals (before the
 * call, PyFrame_FastToLocals) brings an existing dict up to date first.
 */
export function refreshLocals(f: Frame): void {
  if (f.locals === null && fastLocalsDicts.has(f)) dec(frameLocals(f));
}
/**
 * Frames whose f_locals attribute was read since the last write-back (CPython's
 * f_fast_as_locals): only those get refreshLocals before and localsToFast after a trace call.
 * locals() does not mark a frame.
 */
export const fastAsLocals = new WeakSet<Frame>();
export function localsToFast(f: Frame): void {
  if (f.locals !== null) return;
  const d = fastLocalsDicts.get(f);
  if (d === undefined) return;
  const code = f.code;
  for (let i = 0; i < code.nlocalsplus; i++) {
    const kind = code.localspluskinds[i]!;
    const name = code.localsplusnames[i]!;
    const v = dictGetItemStr(d, name);
    const slot = f.s[i] ?? null;
    if ((kind & 0xc0) !== 0 && slot !== null && slot.ob_type === T.CellType) {
      // a cell variable: its contents (not a class body's free variables, which it does not show)
      if ((kind & 0x80) !== 0 && (code.flags & 0x0001) === 0) continue;
      const cell = slot as { ref: PyObject | null } & PyObject;
      const old = cell.ref;
      if (old === v) continue;
      if (v !== null) v.ob_refcnt++;
      cell.ref = v;
      if (old !== null) dec(old);
      continue;
    }
    if (slot === v) continue;
    if (v !== null) v.ob_refcnt++;
    f.s[i] = v;
    if (slot !== null) dec(slot);
  }
}

function localsFn(): PyObject {
  return frameLocals(currentFrame());
}
function vars(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("vars", args, 0, 1);
  if (args.length === 0) return localsFn();
  const d = A.lookupAttr(args[0]!, intern("__dict__"));
  if (d === null) throw typeError("vars() argument must have __dict__ attribute");
  return d;
}
function dir(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("dir", args, 0, 1);
  let r: PyObject;
  if (args.length === 0) {
    const loc = localsFn();
    try {
      r = A.callMethod(loc, "keys", []);
    } finally {
      dec(loc);
    }
  } else {
    const m = A.lookupSpecial(args[0]!, intern("__dir__"));
    if (m === null) throw typeError("object does not provide __dir__");
    r = A.call(m, []);
    dec(m);
  }
  const items = A.iterableToArray(r);
  dec(r);
  const l = newList(items);
  sortList(l, null, false);
  return l;
}

// ---- numbers ---------------------------------------------------------------------------------

function abs(_s: PyObject | null, x: PyObject): PyObject {
  return A.absolute(x);
}
function divmod(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("divmod", args, 2, 2);
  const [a, b] = args as [PyObject, PyObject];
  if (a.ob_type === T.IntType && b.ob_type === T.IntType) {
    const [q, r] = intDivmodValues((a as PyInt).value, (b as PyInt).value);
    return newTuple([newIntAny(q), newIntAny(r)]);
  }
  // PyNumber_Divmod: binary_op1 over the nb_divmod "slot" of each type (see divmodSlot)
  const ta = a.ob_type, tb = b.ob_type;
  const sv = divmodSlot(ta);
  let sw = ta !== tb ? divmodSlot(tb) : null;
  if (sw === sv) sw = null;
  if (sv !== null) {
    if (sw !== null && isSubtype(tb, ta)) {
      const x = callDivmodSlot(sw, a, b);
      if (x !== NotImplemented) return x;
      sw = null;
    }
    const x = callDivmodSlot(sv, a, b);
    if (x !== NotImplemented) return x;
  }
  if (sw !== null) {
    const x = callDivmodSlot(sw, a, b);
    if (x !== NotImplemented) return x;
  }
  throw typeError(`unsupported operand type(s) for divmod(): '${ta.tp_name}' and '${tb.tp_name}'`);
}
/**
 * A type's nb_divmod: "py" when the first class on its MRO defining __divmod__ or __rdivmod__ is
 * a Python class (CPython's slot_nb_divmod), that builtin type when a builtin defines them
 * (its native slot), null when none does.
 */
function divmodSlot(t: PyType): PyType | "py" | null {
  for (const c of t.tp_mro) {
    const d = c.tp_dict;
    if (dictGetItemStr(d, intern("__divmod__")) !== null || dictGetItemStr(d, intern("__rdivmod__")) !== null) {
      return (c.tp_flags & TPFlags.HEAPTYPE) !== 0 ? "py" : c;
    }
  }
  return null;
}
function callDunder(self: PyObject, name: string, other: PyObject): PyObject {
  const m = A.lookupSpecial(self, intern(name));
  if (m === null) {
    NotImplemented.ob_refcnt++;
    return NotImplemented;
  }
  try {
    return A.call(m, [other]);
  } finally {
    dec(m);
  }
}
function callDivmodSlot(slot: PyType | "py", a: PyObject, b: PyObject): PyObject {
  if (slot !== "py") {
    // a builtin's native slot: it sees both operands in order
    if (isSubtype(a.ob_type, slot)) return callDunder(a, "__divmod__", b);
    return callDunder(b, "__rdivmod__", a);
  }
  // slot_nb_divmod (SLOT1BINFULL)
  let doOther = a.ob_type !== b.ob_type && divmodSlot(b.ob_type) === "py";
  if (divmodSlot(a.ob_type) === "py") {
    if (doOther && isSubtype(b.ob_type, a.ob_type) && typeLookupStr(b.ob_type, "__rdivmod__") !== typeLookupStr(a.ob_type, "__rdivmod__")) {
      const r = callDunder(b, "__rdivmod__", a);
      if (r !== NotImplemented) return r;
      doOther = false;
    }
    const r = callDunder(a, "__divmod__", b);
    if (r !== NotImplemented || a.ob_type === b.ob_type) return r;
  }
  if (doOther) return callDunder(b, "__rdivmod__", a);
  NotImplemented.ob_refcnt++;
  return NotImplemented;
}
function pow(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [base, exp, mod] = parseArgs("pow", args, kw, ["base", "exp", "mod"], { required: 2 });
  return A.power(base!, exp!, mod ?? None);
}
function round(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [num, nd] = parseArgs("round", args, kw, ["number", "ndigits"], { required: 1 });
  const x = num!;
  if (x.ob_type === T.FloatType) return floatRound((x as PyFloat).value, nd ?? None);
  const m = A.lookupSpecial(x, intern("__round__"));
  if (m === null) throw typeError(`type ${x.ob_type.tp_name} doesn't define __round__ method`);
  try {
    return A.call(m, nd === null || nd === None ? [] : [nd]);
  } finally {
    dec(m);
  }
}
function hashFn(_s: PyObject | null, x: PyObject): PyObject {
  return newIntAny(A.hashOf(x));
}
function idFn(_s: PyObject | null, x: PyObject): PyObject {
  return newIntAny(objectId(x));
}
function chr(_s: PyObject | null, x: PyObject): PyObject {
  if (!(x instanceof PyInt) && x.ob_type.nb_index === null) throw typeError(`'${x.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = A.index(x).value;
  if (v < 0 || v > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
  return newStr(String.fromCodePoint(Number(v)));
}
function ord(_s: PyObject | null, x: PyObject): PyObject {
  if (x instanceof PyStr) {
    const n = strLen(x);
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return newInt(x.value.codePointAt(0)!);
  }
  if (x instanceof PyBytes || x instanceof PyByteArray) {
    if (x.value.length !== 1) throw typeError(`ord() expected a character, but string of length ${x.value.length} found`);
    return newInt(x.value[0]!);
  }
  throw typeError(`ord() expected string of length 1, but ${x.ob_type.tp_name} found`);
}
function radix(prefix: string, base: number) {
  return (_s: PyObject | null, x: PyObject): PyObject => {
    const v = A.index(x).value;
    const neg = v < 0;
    const s = (neg ? -toBig(v) : toBig(v)).toString(base);
    return newStr((neg ? "-" : "") + prefix + s);
  };
}

// ---- iteration -------------------------------------------------------------------------------

function len(_s: PyObject | null, x: PyObject): PyObject {
  return newIntAny(A.exactLength(x));
}
function iter(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("iter", args, 1, 2);
  if (args.length === 2) {
    if (!A.isCallable(args[0]!)) throw typeError("iter(v, w): v must be callable");
    return newCallIter(args[0]!, args[1]!);
  }
  return A.getIter(args[0]!);
}
function next(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("next", args, 1, 2);
  const it = args[0]!;
  if (it.ob_type.tp_iternext === null) throw typeError(`'${it.ob_type.tp_name}' object is not an iterator`);
  if (it instanceof PyGen && it.ob_type === T.GeneratorType) {
    if (it.frame === null) {
      if (args.length === 2) {
        args[1]!.ob_refcnt++;
        return args[1]!;
      }
      throw stopIteration();
    }
    const r = genSendEx(it, None, null);
    if (!genReturned) return r;
    if (args.length === 2) {
      dec(r);
      args[1]!.ob_refcnt++;
      return args[1]!;
    }
    throw stopIterationWith(r);
  }
  const v = it.ob_type.tp_iternext(it);
  if (v !== null) return v;
  if (args.length === 2) {
    args[1]!.ob_refcnt++;
    return args[1]!;
  }
  throw stopIteration();
}
function anyAll(isAny: boolean) {
  return (_s: PyObject | null, x: PyObject): PyObject => {
    const it = A.getIter(x);
    try {
      for (;;) {
        const v = A.iterNext(it);
        if (v === null) return isAny ? False : True;
        const t = A.isTrue(v);
        dec(v);
        if (t === isAny) return isAny ? True : False;
      }
    } finally {
      dec(it);
    }
  };
}
function sum(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [iterable, start0] = parseArgs("sum", args, kw, ["iterable", "start"], { required: 1, posonly: 1 });
  let acc: PyObject = start0 ?? newInt(0);
  if (start0 !== null) {
    if (start0 instanceof PyStr) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (start0 instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (start0.ob_type === T.ByteArrayType) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    start0.ob_refcnt++;
  }
  const it = A.getIter(iterable!);
  try {
    // exact float accumulation (CPython adds floats with compensated summation? no: plain double adds)
    for (;;) {
      const v = A.iterNext(it);
      if (v === null) return acc;
      try {
        const r = A.binaryOp(acc, v, 0);
        dec(acc);
        acc = r;
      } finally {
        dec(v);
      }
    }
  } catch (e) {
    dec(acc);
    throw e;
  } finally {
    dec(it);
  }
}
function minmax(isMin: boolean) {
  const name = isMin ? "min" : "max";
  return (_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject => {
    if (kw === null && args.length === 2) {
      // min(a, b) / max(a, b): the loop below with one comparison
      const a = args[0]!, b = args[1]!;
      const r = A.richCompareBool(b, a, isMin ? 0 : 4) ? b : a;
      r.ob_refcnt++;
      return r;
    }
    const n = nkw(kw);
    const npos = args.length - n;
    let key: PyObject | null = null, dflt: PyObject | null = null;
    for (let i = 0; i < n; i++) {
      const k = ((kw as PyTuple).items[i] as PyStr).value;
      if (k === "key") key = args[npos + i]!;
      else if (k === "default") dflt = args[npos + i]!;
      else throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    }
    if (key === None) key = null;
    if (npos === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    let items: PyObject[];
    if (npos === 1) {
      items = A.iterableToArray(args[0]!);
    } else {
      if (dflt !== null) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      items = args.slice(0, npos);
      for (const x of items) x.ob_refcnt++;
    }
    try {
      if (items.length === 0) {
        if (dflt !== null) {
          dflt.ob_refcnt++;
          return dflt;
        }
        throw valueError(`${name}() arg is an empty sequence`);
      }
      let best = items[0]!;
      let bestKey = key === null ? best : A.call(key, [best]);
      for (let i = 1; i < items.length; i++) {
        const x = items[i]!;
        const k = key === null ? x : A.call(key, [x]);
        const better = A.richCompareBool(k, bestKey, isMin ? 0 : 4);
        if (better) {
          if (key !== null) dec(bestKey);
          best = x;
          bestKey = k;
        } else if (key !== null) dec(k);
      }
      if (key !== null) dec(bestKey);
      best.ob_refcnt++;
      return best;
    } finally {
      for (const x of items) dec(x);
    }
  };
}
function sorted(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const npos = args.length - nkw(kw);
  if (npos !== 1) throw typeError(npos === 0 ? "sorted expected 1 argument, got 0" : `sorted expected 1 argument, got ${npos}`);
  const src = args[0]!;
  const l = newList(listExtendItems(src));
  // the keywords are list.sort's, parsed after the iterable was consumed (as CPython does)
  let key: PyObject | null, reverse: PyObject | null;
  try {
    [key, reverse] = parseArgs("sort", args.slice(1), kw, ["key", "reverse"], { required: 0, kwonly: 0 });
  } catch (e) {
    dec(l);
    throw e;
  }
  // PySequence_List: list_extend into a new empty list (its capacity as CPython's)
  l.allocated = 0;
  extendCapacity(l, 0, l.items.length, isExactSeq(src), extendHint(src, l.items.length));
  // CPython calls the new list's sort method through vectorcall: one recursion-limit count
  try {
    enterRecursiveCall(" while calling a Python object");
    try {
      sortList(l, key === null || key === None ? null : key, reverse !== null && A.isTrue(reverse));
    } finally {
      leaveRecursiveCall();
    }
  } catch (e) {
    dec(l);
    throw e;
  }
  return l;
}

function callable(_s: PyObject | null, x: PyObject): PyObject {
  return newBool(A.isCallable(x));
}
function reprFn(_s: PyObject | null, x: PyObject): PyObject {
  return A.repr(x);
}
function ascii(_s: PyObject | null, x: PyObject): PyObject {
  return asciiOf(x);
}
function format(_s: PyObject | null, args: PyObject[]): PyObject {
  checkArity("format", args, 1, 2);
  const spec = args.length > 1 ? args[1]! : null;
  if (spec !== null && !(spec instanceof PyStr)) throw typeError(`format() argument 2 must be str, not ${spec.ob_type.tp_name}`);
  return formatObject(args[0]!, spec === null ? "" : spec.value);
}
function importFn(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [name, , , fromlist, level] = parseArgs("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], { required: 1 });
  if (!(name instanceof PyStr)) throw typeError(`__import__() argument 1 must be str, not ${name!.ob_type.tp_name}`);
  return importModuleByName(name.value, fromlist ?? None, level === null ? 0 : Number((level as PyInt).value));
}

// ---- breakpoint() and sys.breakpointhook -------------------------------------------------------

/** sys.breakpointhook's default: $PYTHONBREAKPOINT names the hook (default pdb.set_trace; 0 = off). */
export function defaultBreakpointhook(args: PyObject[], kw: PyObject | null): PyObject {
  const env = host().env["PYTHONBREAKPOINT"];
  const hookname = env === undefined || env === "" ? "pdb.set_trace" : env;
  if (hookname === "0") return None;
  const dot = hookname.lastIndexOf(".");
  const modname = dot < 0 ? "builtins" : hookname.slice(0, dot);
  const attr = dot < 0 ? hookname : hookname.slice(dot + 1);
  let hook: PyObject;
  try {
    const fromlist = newTuple([newStr(attr)]);
    let mod: PyObject;
    try {
      mod = importModuleByName(modname, fromlist, 0);
    } finally {
      dec(fromlist);
    }
    try {
      hook = A.getAttr(mod, intern(attr));
    } finally {
      dec(mod);
    }
  } catch (e) {
    if (e instanceof PyObject && (isSubtype(e.ob_type, E.ImportErrorType) || isSubtype(e.ob_type, E.AttributeErrorType))) {
      dec(e);
      warn(E.RuntimeWarningType, `Ignoring unimportable $PYTHONBREAKPOINT: "${hookname}"`, 1);
      return None;
    }
    throw e;
  }
  try {
    return A.call(hook, args, kw);
  } finally {
    dec(hook);
  }
}
function breakpoint(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const hook = sysGet("breakpointhook");
  if (hook === null) throw newException(E.RuntimeErrorType, "lost sys.breakpointhook");
  return A.call(hook, args, kw);
}
/** sys.displayhook's default: print repr(o) and keep it as builtins._ (None is not shown). */
export function defaultDisplayhook(o: PyObject): PyObject {
  if (o === None) return None;
  const b = (sysGet("modules") as PyDict | null);
  const bm = b === null ? null : dictGetItemStr(b, intern("builtins"));
  if (bm !== null && bm.dict !== null) dictSetItemStr(bm.dict, intern("_"), None);
  const out = sysGet("stdout");
  if (out === null || out === None) throw newException(E.RuntimeErrorType, "lost sys.stdout");
  const r = A.repr(o);
  try {
    dec(A.callMethod(out, "write", [r]));
  } finally {
    dec(r);
  }
  const nl = newStr("\n");
  try {
    dec(A.callMethod(out, "write", [nl]));
  } finally {
    dec(nl);
  }
  if (bm !== null && bm.dict !== null) dictSetItemStr(bm.dict, intern("_"), o);
  return None;
}

const DEFS: MethodDef[] = [
  fn("__build_class__", 4, buildClass),
  fn("__import__", 4, importFn),
  fn("abs", 2, abs),
  fn("aiter", 2, builtinAiter),
  fn("anext", 3, builtinAnext),
  fn("all", 2, anyAll(false)),
  fn("any", 2, anyAll(true)),
  fn("ascii", 2, ascii),
  fn("bin", 2, radix("0b", 2)),
  fn("breakpoint", 4, breakpoint),
  fn("callable", 2, callable),
  fn("chr", 2, chr),
  fn("compile", 4, compileFn),
  fn("delattr", 3, delattr),
  fn("dir", 3, dir),
  fn("divmod", 3, divmod),
  fn("eval", 4, evalFn),
  fn("exec", 4, execFn),
  fn("format", 3, format),
  fn("getattr", 3, getattr),
  fn("globals", 1, globalsFn),
  fn("hasattr", 3, hasattr),
  fn("hash", 2, hashFn),
  fn("hex", 2, radix("0x", 16)),
  fn("id", 2, idFn),
  fn("input", 3, input),
  fn("isinstance", 3, (_s: PyObject | null, args: PyObject[]) => {
    checkArity("isinstance", args, 2, 2);
    return newBool(isInstance(args[0]!, args[1]!));
  }),
  fn("issubclass", 3, (_s: PyObject | null, args: PyObject[]) => {
    checkArity("issubclass", args, 2, 2);
    return newBool(isSubclass(args[0]!, args[1]!));
  }),
  fn("iter", 3, iter),
  fn("len", 2, len),
  fn("locals", 1, localsFn),
  fn("max", 4, minmax(false), minmaxDoc("max", "largest")),
  fn("min", 4, minmax(true), minmaxDoc("min", "smallest")),
  fn("next", 3, next),
  fn("oct", 2, radix("0o", 8)),
  fn("ord", 2, ord),
  fn("pow", 4, pow),
  fn("print", 4, print),
  fn("repr", 2, reprFn),
  fn("round", 4, round),
  fn("setattr", 3, setattr),
  fn("sorted", 4, sorted),
  fn("sum", 4, sum),
  fn("vars", 3, vars),
];

export function makeBuiltins(): PyModule {
  const m = newModule("builtins");
  const d = m.dict!;
  dictSetItemStr(d, intern("__doc__"), newStr("Built-in functions, types, exceptions, and other objects."));
  const name = intern("builtins");
  for (const def of DEFS) {
    const f = newBuiltinFunction(def, name);
    dictSetItemStr(d, intern(def.name), f);
    if (def.name === "print") A.setPrintFunction(f);
    dec(f);
  }
  const types: [string, PyObject][] = [
    ["None", None], ["Ellipsis", Ellipsis], ["NotImplemented", NotImplemented], ["False", False], ["True", True],
    ["bool", T.BoolType], ["memoryview", T.MemoryViewType], ["bytearray", T.ByteArrayType], ["bytes", T.BytesType],
    ["classmethod", T.ClassMethodType], ["complex", T.ComplexType], ["dict", T.DictType], ["enumerate", T.EnumerateType],
    ["filter", T.FilterType], ["float", T.FloatType], ["frozenset", T.FrozenSetType], ["property", T.PropertyType],
    ["int", T.IntType], ["list", T.ListType], ["map", T.MapType], ["object", T.ObjectType], ["range", T.RangeType],
    ["reversed", T.ReversedType], ["set", T.SetType], ["slice", T.SliceType], ["staticmethod", T.StaticMethodType],
    ["str", T.StrType], ["super", T.SuperType], ["tuple", T.TupleType], ["type", T.TypeType], ["zip", T.ZipType],
  ];
  for (const [n, v] of types) dictSetItemStr(d, intern(n), v);
  for (const t of ALL_EXCEPTION_TYPES) dictSetItemStr(d, intern(t.tp_name), t);
  dictSetItemStr(d, intern("EnvironmentError"), E.OSErrorType);
  dictSetItemStr(d, intern("IOError"), E.OSErrorType);
  dictSetItemStr(d, intern("__debug__"), True);
  addSiteBuiltins(d);
  dictSetItemStr(d, intern("open"), getOpenFunction());
  return m;
}
export { PyFunction, dictGetItemStr, dictNext, newFloat, tupleFrom, overflowError, PyDict };
