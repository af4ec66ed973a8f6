/**
 * Slow paths of the eval loop: one named helper per instruction family, so the loop's cases
 * stay thin. Reference rules as everywhere: arguments borrowed, results new.
 */
import { extendCapacity, isExactSeq, extendHint } from "../objects/list.ts";
import { takeStopValue } from "../objects/slots.ts";
import { sysGet } from "../modules/sys.ts";
import { PyObject, PyType, isSubtype, TPFlags, PyInstance } from "../objects/object.ts";
import {
  None, NotImplemented, Ellipsis, TupleType, ListType, DictType, StrType, IntType, FloatType, TypeType,
  GeneratorType, CoroutineType, FunctionType, ModuleType, AsyncGeneratorType,
} from "../objects/types.ts";
import { PyInt, newInt, newIntAny, True, False, intFloorDiv, intMod } from "../objects/int.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyTuple, newTuple, EMPTY_TUPLE, tupleFrom, sequenceTupleItems } from "../objects/tuple.ts";
import { PyList, newList, listAppend, listExtendItems } from "../objects/list.ts";
import {
  PyDict, newDict, dictGetItem, dictGetItemStr, dictSetItem, dictSetItemStr, dictDelItemIf, dictNext, dictMergeDict,
} from "../objects/dict.ts";
import { PySet, newSet, setAdd, setUpdate } from "../objects/set.ts";
import { PyFunction } from "../objects/funcobject.ts";
import { parseArgs } from "../objects/args.ts";
import { PyCell } from "../objects/cell.ts";
import { PyCode, ensureCode, codeConst0, CO_FAST_FREE, CO_FAST_CELL } from "../objects/codeobject.ts";
import { PySlice, newSlice } from "../objects/slice.ts";
import { PyTraceback } from "../objects/traceback.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import * as A from "../objects/abstract.ts";
import {
  typeError, nameError, systemError, recursionError, newException, newExceptionArg, valueError, zeroDivisionError,
} from "../objects/errors.ts";
import { typeLookup } from "../objects/typeobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { Frame } from "./frame.ts";
import { ts, currentHandledException, enterRecursiveCall, leaveRecursiveCall } from "./state.ts";
import { PyGen, newGenerator, genSendEx, genReturned, stopIterationValue } from "../objects/genobject.ts";
import { callMethodDef, PyCFunction, PyMethodDescr } from "../objects/descr.ts";
import { BuiltinFunctionType, MethodDescrType, ObjectType } from "../objects/types.ts";
import { CO_COROUTINE, CO_GENERATOR, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE } from "../bytecode/code.ts";
import { floatFloorDiv, floatMod, floatPow, floatTrueDiv } from "../objects/float_ops.ts";
import { formatObject } from "../objects/format.ts";
import { importModule, importFrom as importFromModule, importAllFrom } from "./import.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

// ---- errors ---------------------------------------------------------------------------------

export function recursionErr(): PyBaseException {
  return recursionError("maximum recursion depth exceeded");
}
export function systemErr(msg: string): PyBaseException {
  return systemError(msg);
}
export function unboundLocal(code: PyCode, i: number): PyBaseException {
  const name = code.localsplusnames[i]!.value;
  const e = newException(E.UnboundLocalErrorType, `cannot access local variable '${name}' where it is not associated with a value`);
  return e;
}
export function unboundDeref(code: PyCode, i: number): PyBaseException {
  const name = code.localsplusnames[i]!.value;
  if (code.localspluskinds[i]! & CO_FAST_FREE) {
    return nameErrorWithName(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`, code.localsplusnames[i]!);
  }
  return newException(E.UnboundLocalErrorType, `cannot access local variable '${name}' where it is not associated with a value`);
}
function nameErrorWithName(msg: string, name: PyStr): PyBaseException {
  const e = nameError(msg);
  name.ob_refcnt++;
  e.extra = [name];
  return e;
}
export function nameErr(name: PyStr, _f: Frame): PyBaseException {
  return nameErrorWithName(`name '${name.value}' is not defined`, name);
}

/** A JS value caught by the eval loop as a Python exception (JS errors are tspy bugs or stack overflow). */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/u.test(e.message)) {
    return recursionError("maximum recursion depth exceeded");
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const err = systemError(`tspy internal error: ${msg}`);
  if (e instanceof Error && debugInternalErrors) host().write(2, `[tspy internal error] ${e.stack}\n`);
  return err;
}
import { host } from "../host/host.ts";
/** TSPY_DEBUG=1 prints the JS stack of internal errors. */
export let debugInternalErrors = false;
export function setDebugInternalErrors(b: boolean): void {
  debugInternalErrors = b;
}

/** _PyErr_SetObject's implicit chaining: exc.__context__ = the exception being handled. */
export function chainContext(exc: PyBaseException): void {
  const cur = currentHandledException();
  if (cur === null || cur === exc) return;
  // break cycles: if exc is already in cur's context chain, cut it there
  let o = cur as PyBaseException;
  let slow = o;
  let slowUpdate = false;
  for (;;) {
    const ctx = o.context as PyBaseException | null;
    if (ctx === null) break;
    if (ctx === exc) {
      o.context = null;
      decref(ctx);
      break;
    }
    o = ctx;
    if (o === slow) break;
    if (slowUpdate) slow = slow.context as PyBaseException;
    slowUpdate = !slowUpdate;
  }
  cur.ob_refcnt++;
  const old = exc.context;
  exc.context = cur;
  if (old !== null) decref(old);
}
export function chainFromGenerator(_e: PyBaseException): void {}

/** PyTraceBack_Here: prepend an entry for frame f at instruction lasti. */
export function addTraceback(exc: PyBaseException, f: Frame, lasti: number): void {
  const next = exc.traceback as PyTraceback | null;
  f.ob_refcnt++;
  const tb = new PyTraceback(next, f, lasti);
  exc.traceback = tb; // takes over the reference to `next`
}

// ---- numbers --------------------------------------------------------------------------------

export function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}
export function floatBinary(a: PyFloat, b: PyFloat, op: number): PyObject {
  const x = a.value, y = b.value;
  switch (op) {
    case 0: case 13: return newFloat(x + y);
    case 10: case 23: return newFloat(x - y);
    case 5: case 18: return newFloat(x * y);
    case 11: case 24: return newFloat(floatTrueDiv(x, y));
    case 2: case 15: return newFloat(floatFloorDiv(x, y));
    case 6: case 19: return newFloat(floatMod(x, y));
    case 8: case 21: return floatPow(x, y);
  }
  return op < 13 ? A.binaryOp(a, b, op) : A.inplaceOp(a, b, op - 13);
}

export function listIndex(l: PyList, k: PyInt): PyObject {
  let i = k.value;
  const items = l.items;
  if (typeof i === "number") {
    if (i < 0) i += items.length;
    if (i >= 0 && i < items.length) {
      const v = items[i]!;
      v.ob_refcnt++;
      return v;
    }
  }
  return A.getItem(l, k);
}

export function buildSlice(s: (PyObject | null)[], sp: number, n: number): PyObject {
  if (n === 3) return newSlice(s[sp - 3]!, s[sp - 2]!, s[sp - 1]!);
  return newSlice(s[sp - 2]!, s[sp - 1]!, None);
}

/** The pause/budget hook: checked on backward jumps when budget is non-zero. */
export const interrupt = { budget: 0, hook: (): void => {} };

// ---- names ----------------------------------------------------------------------------------

export function loadBuiltin(f: Frame, name: PyStr): PyObject {
  const v = dictGetItemStr(f.builtins, name);
  if (v === null) throw nameErr(name, f);
  return v;
}
export function loadName(f: Frame, name: PyStr): PyObject {
  const locals = f.locals;
  if (locals === null) throw systemError(`no locals when loading '${name.value}'`);
  let v: PyObject | null;
  if (locals.ob_type === DictType) {
    v = dictGetItemStr(locals as PyDict, name);
    if (v !== null) v.ob_refcnt++;
  } else {
    try {
      v = A.getItem(locals, name);
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.ob_type, E.KeyErrorType)) {
        decref(e);
        v = null;
      } else throw e;
    }
  }
  if (v !== null) return v;
  v = dictGetItemStr(f.globals, name) ?? dictGetItemStr(f.builtins, name);
  if (v === null) throw nameErr(name, f);
  v.ob_refcnt++;
  return v;
}
export function storeName(f: Frame, name: PyStr, v: PyObject): void {
  const locals = f.locals;
  if (locals === null) throw systemError(`no locals found when storing '${name.value}'`);
  if (locals.ob_type === DictType) dictSetItemStr(locals as PyDict, name, v);
  else A.setItem(locals, name, v);
}
export function deleteName(f: Frame, name: PyStr): void {
  const locals = f.locals;
  if (locals === null) throw systemError(`no locals when deleting '${name.value}'`);
  if (locals.ob_type === DictType) {
    if (!dictDelItemIf(locals as PyDict, name)) throw nameErr(name, f);
  } else {
    try {
      A.delItem(locals, name);
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.ob_type, E.KeyErrorType)) throw nameErr(name, f);
      throw e;
    }
  }
}
export function loadClassDeref(f: Frame, i: number): PyObject {
  const code = f.code;
  const name = code.localsplusnames[i]!;
  const locals = f.locals;
  if (locals !== null) {
    let v: PyObject | null = null;
    if (locals.ob_type === DictType) {
      v = dictGetItemStr(locals as PyDict, name);
      if (v !== null) v.ob_refcnt++;
    } else {
      try {
        v = A.getItem(locals, name);
      } catch (e) {
        if (!(e instanceof PyBaseException && isSubtype(e.ob_type, E.KeyErrorType))) throw e;
      }
    }
    if (v !== null) return v;
  }
  const v = (f.s[i] as PyCell).ref;
  if (v === null) throw unboundDeref(code, i);
  v.ob_refcnt++;
  return v;
}

/**
 * LOAD_METHOD's lookup: when `name` is a plain function/method descriptor on the type and not
 * shadowed by the instance dict, return it (new ref) so the call passes obj as self without a
 * bound method; otherwise null (the caller does a normal getattr).
 */
export function loadMethod(obj: PyObject, name: PyStr): PyObject | null {
  const tp = obj.ob_type;
  if (tp.tp_getattro !== genericGetAttrFn) return null;
  const descr = typeLookup(tp, name);
  if (descr === null) return null;
  const dt = descr.ob_type;
  if (dt !== FunctionType && dt !== MethodDescrType) return null;
  const d = obj.dict;
  if (d !== null && dictGetItemStr(d, name) !== null) return null;
  descr.ob_refcnt++;
  return descr;
}
import { genericGetAttr as genericGetAttrFn } from "../objects/typeobject.ts";

// ---- calls ----------------------------------------------------------------------------------

/** Call any callable with the vectorcall layout s[base .. base+n) (positionals then kw values). */
export function callObject(callable: PyObject, s: (PyObject | null)[], base: number, n: number, kw: PyTuple | null): PyObject {
  const t = callable.ob_type;
  if (t === BuiltinFunctionType) {
    const c = callable as PyCFunction;
    const kind = c.def.flags & 7;
    if (kw === null && ((kind === 2 && n === 1) || (kind === 1 && n === 0))) {
      enterRecursiveCall(" while calling a Python object");
      try {
        return kind === 2 ? (c.def.fn as (s: PyObject | null, a: PyObject) => PyObject)(c.self, s[base]!) : (c.def.fn as (s: PyObject | null) => PyObject)(c.self);
      } finally {
        leaveRecursiveCall();
      }
    }
    return callMethodDef(c.def, c.qual, c.self, s.slice(base, base + n) as PyObject[], kw);
  }
  if (t === MethodDescrType && n >= 1) {
    const d = callable as PyMethodDescr;
    const self = s[base]!;
    if (isSubtype(self.ob_type, d.d_type)) {
      const kind = d.def.flags & 7;
      if (kw === null && ((kind === 2 && n === 2) || (kind === 1 && n === 1))) {
        enterRecursiveCall(" while calling a Python object");
        try {
          return kind === 2 ? (d.def.fn as (s: PyObject, a: PyObject) => PyObject)(self, s[base + 1]!) : (d.def.fn as (s: PyObject) => PyObject)(self);
        } finally {
          leaveRecursiveCall();
        }
      }
      return callMethodDef(d.def, d.qual, self, s.slice(base + 1, base + n) as PyObject[], kw);
    }
  }
  const f = t.tp_call;
  if (f === null) throw typeError(`'${t.tp_name}' object is not callable`);
  if ((t.tp_flags & TPFlags.HEAPTYPE) !== 0 || (callable instanceof PyType && (callable.tp_flags & TPFlags.HEAPTYPE) !== 0)) {
    // a class defined in Python, or an instance with __call__: no vectorcall in CPython 3.11, so
    // _PyObject_MakeTpCall counts one against the recursion limit
    enterRecursiveCall(" while calling a Python object");
    try {
      return f(callable, s.slice(base, base + n) as PyObject[], kw);
    } finally {
      leaveRecursiveCall();
    }
  }
  return f(callable, s.slice(base, base + n) as PyObject[], kw);
}

/** f(*args, **kwargs). */
export function callFunctionEx(func: PyObject, callargs: PyObject, kwargs: PyObject | null): PyObject {
  let args: PyObject[];
  if (callargs.ob_type === TupleType) args = (callargs as PyTuple).items;
  else {
    if (callargs.ob_type.tp_iter === null && callargs.ob_type.sq_item === null) {
      throw typeError(`${funcDesc(func)} argument after * must be an iterable, not ${callargs.ob_type.tp_name}`);
    }
    const arr = sequenceTupleItems(callargs);
    args = arr;
    try {
      return callWithKw(func, args, kwargs);
    } finally {
      for (const x of arr) decref(x);
    }
  }
  return callWithKw(func, args, kwargs);
}
function callWithKw(func: PyObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  if (kwargs === null || (kwargs instanceof PyDict && kwargs.used === 0)) return A.call(func, args, null);
  const d = kwargs as PyDict;
  const names: PyObject[] = [];
  const all = args.slice();
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
    const k = d.ekeys[i]!;
    if (!(k instanceof PyStr)) throw typeError(`keywords must be strings`);
    k.ob_refcnt++;
    names.push(k);
    all.push(d.evalues[i]!);
  }
  const kwn = newTuple(names);
  try {
    return A.call(func, all, kwn);
  } finally {
    decref(kwn);
  }
}
export function funcDesc(func: PyObject): string {
  if (func instanceof PyFunction) {
    const m = func.module;
    const q = (func.qualname as PyStr).value;
    return m instanceof PyStr && m.value !== "builtins" ? `${m.value}.${q}()` : `${q}()`;
  }
  if (func instanceof PyCFunction) return `${func.qual}()`;
  if (func instanceof PyType) return `${func.tp_name}()`;
  return `${func.ob_type.tp_name} object`;
}

export function makeFunction(f: Frame, s: (PyObject | null)[], sp: number, flags: number): PyObject {
  let i = sp - 1;
  const code = s[i--] as PyCode;
  const closure = flags & 8 ? (s[i--] as PyTuple) : null;
  const annotations = flags & 4 ? s[i--]! : null;
  const kwdefaults = flags & 2 ? (s[i--] as PyDict) : null;
  const defaults = flags & 1 ? (s[i--] as PyTuple) : null;
  code.ob_refcnt++;
  f.globals.ob_refcnt++;
  f.builtins.ob_refcnt++;
  code.qualname.ob_refcnt++;
  code.name.ob_refcnt++;
  let module = dictGetItemStr(f.globals, intern("__name__")) ?? None;
  module.ob_refcnt++;
  const fn = new PyFunction(code, f.globals, f.builtins, code.qualname, module);
  if (defaults !== null) { defaults.ob_refcnt++; fn.defaults = defaults; }
  if (kwdefaults !== null) { kwdefaults.ob_refcnt++; fn.kwdefaults = kwdefaults; }
  if (closure !== null) { closure.ob_refcnt++; fn.closure = closure; }
  if (annotations !== null) {
    // a tuple of alternating names and values
    const d = newDict();
    const items = (annotations as PyTuple).items;
    for (let k = 0; k + 1 < items.length; k += 2) dictSetItem(d, items[k]!, items[k + 1]!);
    fn.annotations = d;
  }
  // CPython 3.11 (PyFunction_NewWithQualName): __doc__ is co_consts[0] when that is a str. The
  // code itself is filled when it first runs (a frame), so the constant is made on its own here.
  if (typeof code.co.co_consts[0] === "string" && (code.flags & 0x100000) === 0) {
    const c0 = codeConst0(code);
    c0.ob_refcnt++;
    fn.doc = c0;
  } else {
    None.ob_refcnt++;
  }
  return fn;
}
/** function(code, globals, name=None, argdefs=None, closure=None): types.FunctionType's
 *  constructor (func_new_impl and PyFunction_New, same checks and messages). */
FunctionType.tp_new = (_type, args, kw) => {
  const [code, globals, name0, defs0, clo0] = parseArgs("function", args, kw, ["code", "globals", "name", "argdefs", "closure"], { required: 2 });
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${code!.ob_type.tp_name}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${globals!.ob_type.tp_name}`);
  const name = name0 ?? None, defs = defs0 ?? None, clo = clo0 ?? None;
  if (name !== None && !(name instanceof PyStr)) throw typeError("arg 3 (name) must be None or string");
  if (defs !== None && !(defs instanceof PyTuple)) throw typeError("arg 4 (defaults) must be None or tuple");
  ensureCode(code);
  if (!(clo instanceof PyTuple)) {
    if (code.nfree && clo === None) throw typeError("arg 5 (closure) must be tuple");
    else if (clo !== None) throw typeError("arg 5 (closure) must be None or tuple");
  }
  const ncl = clo === None ? 0 : (clo as PyTuple).items.length;
  if (code.nfree !== ncl) throw valueError(`${code.name.value} requires closure of length ${code.nfree}, not ${ncl}`);
  if (ncl) for (const o of (clo as PyTuple).items) {
    if (!(o instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${o.ob_type.tp_name}`);
  }
  // _PyEval_BuiltinsFromGlobals: globals['__builtins__'] (a module's dict), else the running builtins
  let b = dictGetItemStr(globals, intern("__builtins__"));
  if (b !== null && b.ob_type === ModuleType) b = (b as PyInstance).dict;
  if (!(b instanceof PyDict)) {
    const mods = sysGet("modules") as PyDict | null;
    const bm = mods === null ? null : dictGetItemStr(mods, intern("builtins"));
    b = bm === null ? null : (bm as PyInstance).dict;
    if (!(b instanceof PyDict)) throw systemError("lost builtins module");
  }
  code.ob_refcnt++;
  globals.ob_refcnt++;
  b.ob_refcnt++;
  code.qualname.ob_refcnt++;
  const module = dictGetItemStr(globals, intern("__name__")) ?? None;
  module.ob_refcnt++;
  const fn = new PyFunction(code, globals, b as PyDict, code.qualname, module);
  if (name !== None) fn.name = name;
  fn.name.ob_refcnt++;
  const c0 = code.consts[0];
  fn.doc = c0 !== undefined && c0 instanceof PyStr ? c0 : None;
  fn.doc.ob_refcnt++;
  if (defs !== None) { defs.ob_refcnt++; fn.defaults = defs as PyTuple; }
  if (clo !== None) { clo.ob_refcnt++; fn.closure = clo as PyTuple; }
  return fn;
};

export function loadBuildClass(f: Frame): PyObject {
  const v = dictGetItemStr(f.builtins, intern("__build_class__"));
  if (v === null) throw newException(E.NameErrorType, "__build_class__ not found");
  v.ob_refcnt++;
  return v;
}
export function assertionErrorType(): PyObject {
  return E.AssertionErrorType;
}
export function setupAnnotations(f: Frame): void {
  const locals = f.locals;
  if (locals === null) throw systemError("no locals found when setting up annotations");
  const key = intern("__annotations__");
  if (locals.ob_type === DictType) {
    if (dictGetItemStr(locals as PyDict, key) === null) {
      const d = newDict();
      dictSetItemStr(locals as PyDict, key, d);
      decref(d);
    }
  } else {
    try {
      decref(A.getItem(locals, key));
    } catch (e) {
      if (!(e instanceof PyBaseException && isSubtype(e.ob_type, E.KeyErrorType))) throw e;
      const d = newDict();
      A.setItem(locals, key, d);
      decref(d);
    }
  }
}

// ---- imports --------------------------------------------------------------------------------

export function importName(f: Frame, name: PyStr, fromlist: PyObject, level: PyObject): PyObject {
  return importModule(f, name.value, fromlist, level);
}
export function importFrom(mod: PyObject, name: PyStr): PyObject {
  return importFromModule(mod, name);
}
function throwIt(e: PyBaseException): never {
  throw e;
}
export function importStar(f: Frame, mod: PyObject): void {
  const locals = f.locals;
  if (locals === null) throw systemError("no locals found during 'import *'");
  importAllFrom(locals, mod);
}
let displayHook: (v: PyObject) => void = () => {};
export function setDisplayHook(f: (v: PyObject) => void): void {
  displayHook = f;
}
/** PRINT_EXPR (interactive and 'single' mode): sys.displayhook(v). */
export function printExpr(v: PyObject): void {
  const hook = sysGet("displayhook");
  if (hook === null) throw newException(E.RuntimeErrorType, "lost sys.displayhook");
  decref(A.call(hook, [v]));
}

// ---- exceptions -----------------------------------------------------------------------------

export function currentExcForReraise(): PyBaseException {
  const e = currentHandledException();
  if (e === null) throw newException(E.RuntimeErrorType, "No active exception to reraise");
  return e as PyBaseException;
}

function isExceptionClass(o: PyObject): o is PyType {
  return o instanceof PyType && isSubtype(o, E.BaseExceptionType);
}
/**
 * do_raise: the exception to throw for `raise exc [from cause]`. STEALS the references to exc
 * and cause; the result carries one reference (it is thrown).
 */
export function makeRaise(exc: PyObject, cause: PyObject | null): PyBaseException {
  let value: PyBaseException;
  try {
    if (isExceptionClass(exc)) {
      const v = A.call(exc, []);
      if (!(v instanceof PyBaseException)) {
        const n = v.ob_type.tp_name;
        decref(v);
        throw typeError(`calling ${exc.tp_name} should have returned an instance of BaseException, not ${n}`);
      }
      value = v;
      decref(exc);
    } else if (exc instanceof PyBaseException) {
      value = exc;
    } else {
      decref(exc);
      throw typeError("exceptions must derive from BaseException");
    }
  } catch (e) {
    if (cause !== null) decref(cause);
    throw e;
  }
  if (cause !== null) {
    let c: PyObject | null;
    if (isExceptionClass(cause)) {
      c = A.call(cause, []);
      decref(cause);
      if (!(c instanceof PyBaseException)) {
        const n = c.ob_type.tp_name;
        decref(c);
        decref(value);
        throw typeError(`calling ${(cause as PyType).tp_name} should have returned an instance of BaseException, not ${n}`);
      }
    } else if (cause instanceof PyBaseException) {
      c = cause;
    } else if (cause === None) {
      c = null;
      decref(cause);
    } else {
      decref(cause);
      decref(value);
      throw typeError("exception causes must derive from BaseException");
    }
    const old = value.cause;
    value.cause = c;
    if (old !== null) decref(old);
    value.suppress_context = true;
  }
  return value;
}

const CANNOT_CATCH = "catching classes that do not inherit from BaseException is not allowed";
export function checkExcMatch(exc: PyObject, match: PyObject): boolean {
  if (match instanceof PyTuple) {
    for (const t of match.items) if (!isExceptionClass(t)) throw typeError(CANNOT_CATCH);
    for (const t of match.items) if (isSubtype(exc.ob_type, t as PyType)) return true;
    return false;
  }
  if (!isExceptionClass(match)) throw typeError(CANNOT_CATCH);
  return isSubtype(exc.ob_type, match);
}

export { checkEgMatch, prepReraiseStar } from "./excgroup.ts";

export function beforeWith(mgr: PyObject, isAsync: boolean): [PyObject, PyObject] {
  const enterName = intern(isAsync ? "__aenter__" : "__enter__");
  const exitName = intern(isAsync ? "__aexit__" : "__exit__");
  const enter = A.lookupSpecial(mgr, enterName);
  if (enter === null) {
    throw typeError(`'${mgr.ob_type.tp_name}' object does not support the ${isAsync ? "asynchronous " : ""}context manager protocol`);
  }
  const exit = A.lookupSpecial(mgr, exitName);
  if (exit === null) {
    decref(enter);
    throw typeError(`'${mgr.ob_type.tp_name}' object does not support the ${isAsync ? "asynchronous " : ""}context manager protocol (missed ${exitName.value} method)`);
  }
  let res: PyObject;
  try {
    res = A.call(enter, []);
  } catch (e) {
    decref(exit);
    throw e;
  } finally {
    decref(enter);
  }
  if (isAsync) {
    try {
      const aw = getAwaitable(res, 1);
      decref(res);
      res = aw;
    } catch (e) {
      decref(exit);
      throw e;
    }
  }
  return [exit, res];
}
export function withExceptStart(exit: PyObject, val: PyObject): PyObject {
  const tb = (val as PyBaseException).traceback ?? None;
  return A.call(exit, [val.ob_type, val, tb]);
}

// ---- generators and coroutines --------------------------------------------------------------

export function makeGenerator(f: Frame): PyObject {
  const flags = f.code.flags;
  const type = flags & CO_COROUTINE ? CoroutineType : flags & CO_ASYNC_GENERATOR ? AsyncGeneratorType : GeneratorType;
  if (type === AsyncGeneratorType) return newAsyncGen(f);
  return newGenerator(f, type);
}
import { newAsyncGen, asyncGenWrap as wrapAsyncValue } from "../objects/asyncgen.ts";
export function asyncGenWrap(v: PyObject): PyObject {
  return wrapAsyncValue(v);
}

/** Can the eval loop resume `g` inline (FOR_ITER / SEND)? */
export function canResumeInline(g: PyGen, v?: PyObject): boolean {
  const f = g.frame;
  if (f === null || g.running) return false;
  if (f.state === 0 && v !== undefined && v !== None) return false;
  return true;
}

/** PyIter_Send for receivers the loop does not resume inline: [returned?, value]. */
export function send(recv: PyObject, v: PyObject): [boolean, PyObject] {
  if (recv instanceof PyGen) {
    const r = genSendEx(recv, v, null);
    return [genReturned, r];
  }
  try {
    let r: PyObject | null;
    if (v === None && recv.ob_type.tp_iternext !== null) {
      decref(takeStopValue());
      r = recv.ob_type.tp_iternext(recv);
      if (r === null) return [true, takeStopValue()];
    } else {
      r = A.callMethod(recv, "send", [v]);
    }
    return [false, r];
  } catch (e) {
    if (A.isStopIteration(e)) {
      const r = stopIterationValue(e);
      decref(e);
      return [true, r];
    }
    throw e;
  }
}

/** The StopIteration escaping a generator frame becomes RuntimeError (PEP 479). */
export function genExceptionExit(g: PyGen, exc: PyBaseException): PyBaseException {
  const t = g.ob_type;
  let msg: string | null = null;
  if (isSubtype(exc.ob_type, E.StopIterationType)) {
    msg = t === CoroutineType ? "coroutine raised StopIteration" : t === AsyncGeneratorType ? "async generator raised StopIteration" : "generator raised StopIteration";
  } else if (t === AsyncGeneratorType && isSubtype(exc.ob_type, E.StopAsyncIterationType)) {
    msg = "async generator raised StopAsyncIteration";
  }
  if (msg === null) return exc;
  const r = newException(E.RuntimeErrorType, msg);
  exc.ob_refcnt++;
  r.cause = exc;
  r.context = exc; // takes over the raised exception's reference

  r.suppress_context = true;
  return r;
}

export function getYieldFromIter(v: PyObject, code: PyCode): PyObject {
  if (v.ob_type === CoroutineType) {
    if ((code.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) === 0) {
      throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  if (v.ob_type === GeneratorType) return v;
  const it = A.getIter(v);
  // iter(v) is v itself: the caller keeps v's stack reference (v is on the stack: count >= 2)
  if (it === v) v.ob_refcnt--;
  return it;
}

/** GET_AWAITABLE: the iterator `await v` drives. */
export function getAwaitable(v: PyObject, where: number): PyObject {
  if (v.ob_type === CoroutineType) {
    const g = v as PyGen;
    if (genYfOf(g) !== null) throw newException(E.RuntimeErrorType, "coroutine is being awaited already");
    v.ob_refcnt++;
    return v;
  }
  if (v.ob_type === GeneratorType && ((v as PyGen).code.flags & CO_ITERABLE_COROUTINE)) {
    v.ob_refcnt++;
    return v;
  }
  const f = v.ob_type.am_await;
  if (f === null) {
    let msg = `object ${v.ob_type.tp_name} can't be used in 'await' expression`;
    if (where === 1) msg = `'async with' received an object from __aenter__ that does not implement __await__: ${v.ob_type.tp_name}`;
    else if (where === 2) msg = `'async with' received an object from __aexit__ that does not implement __await__: ${v.ob_type.tp_name}`;
    throw typeError(msg);
  }
  const r = f(v);
  if (r.ob_type === CoroutineType || (r.ob_type === GeneratorType && ((r as PyGen).code.flags & CO_ITERABLE_COROUTINE))) {
    decref(r);
    throw typeError("__await__() returned a coroutine");
  }
  if (r.ob_type.tp_iternext === null) {
    const n = r.ob_type.tp_name;
    decref(r);
    throw typeError(`__await__() returned non-iterator of type '${n}'`);
  }
  return r;
}
import { genYf as genYfOf } from "../objects/genobject.ts";

export function getAiter(v: PyObject): PyObject {
  const f = v.ob_type.am_aiter;
  if (f === null) throw typeError(`'async for' requires an object with __aiter__ method, got ${v.ob_type.tp_name}`);
  const it = f(v);
  if (it.ob_type.am_anext === null) {
    const n = it.ob_type.tp_name;
    decref(it);
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${n}`);
  }
  return it;
}
export function getAnext(aiter: PyObject): PyObject {
  const f = aiter.ob_type.am_anext;
  if (f === null) throw typeError(`'async for' requires an iterator with __anext__ method, got ${aiter.ob_type.tp_name}`);
  const r = f(aiter);
  try {
    return getAwaitableAnext(r);
  } finally {
    decref(r);
  }
}
function getAwaitableAnext(r: PyObject): PyObject {
  if (r.ob_type === CoroutineType || r.ob_type.am_await !== null) {
    if (r.ob_type === CoroutineType) {
      r.ob_refcnt++;
      return r;
    }
    return getAwaitable(r, 0);
  }
  throw typeError(`'async for' received an invalid object from __anext__: ${r.ob_type.tp_name}`);
}
export function isStopAsyncIteration(v: PyObject): boolean {
  return isSubtype(v.ob_type, E.StopAsyncIterationType);
}

// ---- containers -----------------------------------------------------------------------------

export function listExtend(l: PyList, v: PyObject): void {
  if (v.ob_type.tp_iter === null && v.ob_type.sq_item === null) {
    throw typeError(`Value after * must be an iterable, not ${v.ob_type.tp_name}`);
  }
  const items = listExtendItems(v);
  const m = l.items.length;
  for (const x of items) l.items.push(x); // the list takes the references
  extendCapacity(l, m, items.length, isExactSeq(v), extendHint(v, items.length));
}
export function buildSet(s: (PyObject | null)[], sp: number, n: number): PyObject {
  const set = newSet();
  try {
    for (let i = sp - n; i < sp; i++) setAdd(set, s[i]!);
  } catch (e) {
    decref(set); // an unhashable item: the half-built set dies (the items stay on the stack)
    throw e;
  }
  return set;
}
/** BUILD_MAP: a dict of the n key/value pairs below sp (borrowed; the stack keeps its references). */
export function buildMap(s: (PyObject | null)[], sp: number, n: number): PyDict {
  const d = newDict();
  try {
    for (let i = sp - 2 * n; i < sp; i += 2) dictSetItem(d, s[i]!, s[i + 1]!);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}
/** BUILD_CONST_KEY_MAP: keys from the tuple, values the n items below it. */
export function buildConstKeyMap(keys: PyObject[], s: (PyObject | null)[], base: number, n: number): PyDict {
  const d = newDict();
  try {
    for (let i = 0; i < n; i++) dictSetItem(d, keys[i]!, s[base + i]!);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}
export function setAddItem(set: PyObject, v: PyObject): void {
  setAdd(set as PySet, v);
}
export function setUpdateItems(set: PyObject, v: PyObject): void {
  setUpdate(set as PySet, v);
}
export function dictUpdate(d: PyDict, v: PyObject): void {
  if (v instanceof PyDict) {
    dictMergeDict(d, v);
    return;
  }
  const keys = A.lookupAttr(v, intern("keys"));
  if (keys === null) throw typeError(`'${v.ob_type.tp_name}' object is not a mapping`);
  mergeFromMapping(d, v, keys, null);
}
function mergeFromMapping(d: PyDict, v: PyObject, keys: PyObject, func: PyObject | null): void {
  const ks = A.call(keys, []);
  decref(keys);
  const arr = A.iterableToArray(ks);
  decref(ks);
  for (const k of arr) {
    if (func !== null) {
      if (!(k instanceof PyStr)) throw typeError("keywords must be strings");
      if (dictGetItem(d, k) !== null) throw typeError(`${funcDesc(func)} got multiple values for keyword argument '${k.value}'`);
    }
    const val = A.getItem(v, k);
    dictSetItem(d, k, val);
    decref(val);
    decref(k);
  }
}
/** DICT_MERGE: **kwargs into the call's dict, rejecting duplicates. */
export function dictMerge(d: PyDict, v: PyObject, func: PyObject): void {
  if (v instanceof PyDict) {
    for (let i = dictNext(v, 0); i >= 0; i = dictNext(v, i + 1)) {
      const k = v.ekeys[i]!;
      if (!(k instanceof PyStr)) throw typeError("keywords must be strings");
      if (dictGetItem(d, k) !== null) throw typeError(`${funcDesc(func)} got multiple values for keyword argument '${k.value}'`);
      dictSetItem(d, k, v.evalues[i]!);
    }
    return;
  }
  const keys = A.lookupAttr(v, intern("keys"));
  if (keys === null) throw typeError(`${funcDesc(func)} argument after ** must be a mapping, not ${v.ob_type.tp_name}`);
  mergeFromMapping(d, v, keys, func);
}

export function formatValue(v: PyObject, conv: number, spec: PyObject | null): PyObject {
  let x = v;
  let owned = false;
  if (conv === 1) {
    x = A.str(v);
    owned = true;
  } else if (conv === 2) {
    x = A.repr(v);
    owned = true;
  } else if (conv === 3) {
    x = asciiOf(v);
    owned = true;
  }
  try {
    if (spec === null && x.ob_type === StrType) {
      x.ob_refcnt++;
      return x;
    }
    return formatObject(x, spec === null ? "" : (spec as PyStr).value);
  } finally {
    if (owned) decref(x);
  }
}
import { asciiOf } from "../objects/str_methods.ts";

/** UNPACK_SEQUENCE: writes the n items, last first, at s[at .. at+n). */
export function unpackSequence(seq: PyObject, n: number, s: (PyObject | null)[], at: number): void {
  if ((seq.ob_type === TupleType || seq.ob_type === ListType)) {
    const items = (seq as PyTuple).items;
    if (items.length === n) {
      for (let i = 0; i < n; i++) {
        const v = items[n - 1 - i]!;
        v.ob_refcnt++;
        s[at + i] = v;
      }
      return;
    }
    if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    throw valueError(`too many values to unpack (expected ${n})`);
  }
  if (seq.ob_type.tp_iter === null && seq.ob_type.sq_item === null) {
    throw typeError(`cannot unpack non-iterable ${seq.ob_type.tp_name} object`);
  }
  const it = A.getIter(seq);
  const got: PyObject[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const v = A.iterNext(it);
      if (v === null) throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
      got.push(v);
    }
    const extra = A.iterNext(it);
    if (extra !== null) {
      decref(extra);
      throw valueError(`too many values to unpack (expected ${n})`);
    }
  } catch (e) {
    for (const x of got) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  for (let i = 0; i < n; i++) s[at + i] = got[n - 1 - i]!;
}
/** UNPACK_EX: before items, a list of the rest, after items; returns the count written. */
export function unpackEx(seq: PyObject, before: number, after: number, s: (PyObject | null)[], at: number): number {
  if (seq.ob_type.tp_iter === null && seq.ob_type.sq_item === null) {
    throw typeError(`cannot unpack non-iterable ${seq.ob_type.tp_name} object`);
  }
  const items = A.iterableToArray(seq);
  if (items.length < before + after) {
    for (const x of items) decref(x);
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const total = before + 1 + after;
  const out: PyObject[] = [];
  for (let i = 0; i < before; i++) out.push(items[i]!);
  out.push(newList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]!);
  for (let i = 0; i < total; i++) s[at + i] = out[total - 1 - i]!;
  return total;
}

// ---- pattern matching -----------------------------------------------------------------------

export function matchMapping(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TPFlags.MAPPING) !== 0;
}
export function matchSequence(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TPFlags.SEQUENCE) !== 0;
}
export function matchKeys(map: PyObject, keys: PyObject): PyObject {
  const ks = (keys as PyTuple).items;
  if (ks.length === 0) return newTuple([]);
  const get = A.getAttr(map, intern("get"));
  // the default that tells a missing key: a fresh object(), as CPython's
  const dummy = new PyInstance(ObjectType);
  const values: PyObject[] = [];
  const seen = newSet();
  try {
    for (const k of ks) {
      const before = seen.used;
      setAdd(seen, k);
      if (seen.used === before) throw valueError(`mapping pattern checks duplicate key (${A.reprStr(k)})`);
      const v = A.call(get, [k, dummy]);
      if (v === dummy) {
        decref(v);
        for (const x of values) decref(x);
        return None;
      }
      values.push(v);
    }
  } catch (e) {
    for (const x of values) decref(x);
    throw e;
  } finally {
    decref(get);
    decref(seen);
    decref(dummy);
  }
  return newTuple(values);
}
export function matchClass(subject: PyObject, type: PyObject, nargs: number, kwargs: PyObject): PyObject {
  if (!(type instanceof PyType)) throw typeError("called match pattern must be a class");
  if (!isSubtype(subject.ob_type, type)) return None;
  const attrs: PyObject[] = [];
  const seen: string[] = [];
  const fail = () => {
    for (const x of attrs) decref(x);
    return None;
  };
  const getOne = (name: PyStr): PyObject | null => {
    if (seen.includes(name.value)) {
      throw typeError(`${type.tp_name}() got multiple sub-patterns for attribute '${name.value}'`);
    }
    seen.push(name.value);
    return A.lookupAttr(subject, name);
  };
  if (nargs > 0) {
    const matchArgs = A.lookupAttr(type, intern("__match_args__"));
    if (matchArgs !== null) {
      if (!(matchArgs instanceof PyTuple)) {
        const n = matchArgs.ob_type.tp_name;
        decref(matchArgs);
        throw typeError(`${type.tp_name}.__match_args__ must be a tuple (got ${n})`);
      }
      if (nargs > matchArgs.items.length) {
        const m = matchArgs.items.length;
        decref(matchArgs);
        throw typeError(`${type.tp_name}() accepts ${m} positional sub-pattern${m === 1 ? "" : "s"} (${nargs} given)`);
      }
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs.items[i]!;
        if (!(name instanceof PyStr)) {
          decref(matchArgs);
          throw typeError(`__match_args__ elements must be strings (got ${name.ob_type.tp_name})`);
        }
        const v = getOne(name);
        if (v === null) {
          decref(matchArgs);
          return fail();
        }
        attrs.push(v);
      }
      decref(matchArgs);
    } else if ((type.tp_flags & TPFlags.MATCH_SELF) !== 0) {
      if (nargs > 1) throw typeError(`${type.tp_name}() accepts 1 positional sub-pattern (${nargs} given)`);
      subject.ob_refcnt++;
      attrs.push(subject);
    } else {
      throw typeError(`${type.tp_name}() accepts 0 positional sub-patterns (${nargs} given)`);
    }
  }
  for (const name of (kwargs as PyTuple).items) {
    const v = getOne(name as PyStr);
    if (v === null) return fail();
    attrs.push(v);
  }
  return newTuple(attrs);
}

export { EMPTY_TUPLE, tupleFrom, intFloorDiv, intMod, zeroDivisionError, newExceptionArg, Ellipsis, NotImplemented, IntType, FloatType, TypeType, ModuleType, newIntAny, True, False, newInt, newStr };
