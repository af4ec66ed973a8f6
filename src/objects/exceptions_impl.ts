/**
 * Behaviour of the builtin exceptions (Objects/exceptions.c): construction, args, str/repr,
 * __traceback__/__context__/__cause__/__suppress_context__, add_note, and the per-class
 * attributes (StopIteration.value, SystemExit.code, OSError.errno..., NameError.name,
 * AttributeError.name/obj, ImportError.name/path, SyntaxError fields, ExceptionGroup).
 * Per-class attributes live in PyBaseException.extra at fixed indexes.
 */
import { PyObject, PyType, isSubtype, type GetSetDef } from "./object.ts";
import { None, TupleType } from "./types.ts";
import * as E from "./exceptions.ts";
import { PyBaseException } from "./exceptions.ts";
import { PyTuple, newTuple, tupleFrom, EMPTY_TUPLE } from "./tuple.ts";
import { PyStr, newStr, intern } from "./str.ts";
import { PyInt, newInt, True, False } from "./int.ts";
import { PyList, newList } from "./list.ts";
import { typeError, valueError, attributeError as attributeErrorFn } from "./errors.ts";
import { PyBytes, newBytes } from "./bytes.ts";
import { BytesType } from "./types.ts";
import { reprStr, strStr, str as strOf, call, isTrue, iterableToArray, callMethod, lookupAttr, setAttr } from "./abstract.ts";
import { dealloc } from "../memory/refcount.ts";
import { instanceDict } from "./typeobject.ts";
import { dictGetItemStr, dictSetItemStr, newDict, dictNext, PyDict } from "./dict.ts";
import { PyTraceback } from "./traceback.ts";

function dec(x: PyObject): void {
  if (--x.ob_refcnt === 0) dealloc(x);
}
function xdec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}
function nkw(kw: PyObject | null): number {
  return kw === null ? 0 : (kw as PyTuple).items.length;
}

function extraGet(i: number): (o: PyObject) => PyObject {
  return (o) => {
    const e = o as PyBaseException;
    const v = e.extra === null ? None : e.extra[i] ?? None;
    v.ob_refcnt++;
    return v;
  };
}
function extraSet(i: number): (o: PyObject, v: PyObject | null) => void {
  return (o, v) => {
    const e = o as PyBaseException;
    if (e.extra === null) e.extra = [];
    const old = e.extra[i] ?? null;
    if (v !== null) v.ob_refcnt++;
    e.extra[i] = v;
    xdec(old);
  };
}
function member(name: string, i: number): GetSetDef {
  return { name, member: true, get: extraGet(i), set: extraSet(i) };
}
function setExtra(e: PyBaseException, i: number, v: PyObject): void {
  extraSet(i)(e, v);
}

// ---- BaseException ------------------------------------------------------------------------------

function baseNew(type: PyType, args: PyObject[], kw: PyObject | null): PyObject {
  const pos = args.slice(0, args.length - nkw(kw));
  const e = new PyBaseException(type, tupleFrom(pos));
  return e;
}
function baseInit(self: PyObject, args: PyObject[], kw: PyObject | null): void {
  const e = self as PyBaseException;
  if (nkw(kw) > 0 && e.ob_type.tp_init === baseInit) throw typeError(`${e.ob_type.tp_name}() takes no keyword arguments`);
  const old = e.args;
  e.args = tupleFrom(args.slice(0, args.length - nkw(kw)));
  dec(old);
}
function argsOf(e: PyObject): PyObject[] {
  return ((e as PyBaseException).args as PyTuple).items;
}
function baseStr(o: PyObject): PyObject {
  const a = argsOf(o);
  if (a.length === 0) return newStr("");
  if (a.length === 1) return strOf(a[0]!);
  return strOf((o as PyBaseException).args);
}
function baseRepr(o: PyObject): PyObject {
  const a = argsOf(o);
  const name = o.ob_type.tp_name;
  if (a.length === 1) return newStr(`${name}(${reprStr(a[0]!)})`);
  return newStr(`${name}${a.length === 0 ? "()" : reprStr((o as PyBaseException).args)}`);
}
function baseDealloc(o: PyObject): void {
  const e = o as PyBaseException;
  dec(e.args);
  xdec(e.traceback);
  xdec(e.context);
  xdec(e.cause);
  if (e.extra !== null) for (const x of e.extra) if (x !== null && x !== undefined) dec(x);
  xdec(e.dict);
  e.dict = null;
}

const T = E.BaseExceptionType;
T.tp_new = baseNew;
T.tp_init = baseInit;
T.tp_str = baseStr;
T.tp_repr = baseRepr;
T.tp_dealloc = baseDealloc;
T.tp_getset = [
  { name: "args", get: (o) => ((o as PyBaseException).args.ob_refcnt++, (o as PyBaseException).args), set: (o, v) => {
    if (v === null) throw typeError("args may not be deleted");
    const t = v instanceof PyTuple ? (v.ob_refcnt++, v) : tupleFrom(iterableToArray(v));
    const e = o as PyBaseException;
    const old = e.args;
    e.args = t;
    dec(old);
  } },
  { name: "__traceback__", get: (o) => {
    const t = (o as PyBaseException).traceback ?? None;
    t.ob_refcnt++;
    return t;
  }, set: (o, v) => {
    if (v === null) throw typeError("__traceback__ may not be deleted");
    if (v !== None && !(v instanceof PyTraceback)) throw typeError("__traceback__ must be a traceback or None");
    const e = o as PyBaseException;
    const old = e.traceback;
    e.traceback = v === None ? null : (v.ob_refcnt++, v);
    xdec(old);
  } },
  { name: "__context__", get: (o) => {
    const c = (o as PyBaseException).context ?? None;
    c.ob_refcnt++;
    return c;
  }, set: (o, v) => {
    if (v === null) throw typeError("__context__ may not be deleted");
    if (v !== None && !(v instanceof PyBaseException)) throw typeError("exception context must be None or derive from BaseException");
    const e = o as PyBaseException;
    const old = e.context;
    e.context = v === None ? null : (v.ob_refcnt++, v);
    xdec(old);
  } },
  { name: "__cause__", get: (o) => {
    const c = (o as PyBaseException).cause ?? None;
    c.ob_refcnt++;
    return c;
  }, set: (o, v) => {
    if (v === null) throw typeError("__cause__ may not be deleted");
    if (v !== None && !(v instanceof PyBaseException)) throw typeError("exception cause must be None or derive from BaseException");
    const e = o as PyBaseException;
    const old = e.cause;
    e.cause = v === None ? null : (v.ob_refcnt++, v);
    e.suppress_context = true;
    xdec(old);
  } },
  { name: "__suppress_context__", member: true, get: (o) => ((o as PyBaseException).suppress_context ? True : False), set: (o, v) => {
    // a T_BOOL member
    if (v === null) throw typeError("can't delete numeric/char attribute");
    if (v !== True && v !== False) throw typeError("attribute value type must be bool");
    (o as PyBaseException).suppress_context = v === True;
  } },
  { name: "__dict__", get: (o) => {
    const d = instanceDict(o)!;
    d.ob_refcnt++;
    return d;
  }, set: null },
];
T.tp_methods = [
  { name: "with_traceback", flags: 2, fn: (o: PyObject, tb: PyObject) => {
    T.tp_getset[1]!.set!(o, tb);
    o.ob_refcnt++;
    return o;
  } },
  { name: "add_note", flags: 2, fn: (o: PyObject, note: PyObject) => {
    if (!(note instanceof PyStr)) throw typeError(`note must be a str, not '${note.ob_type.tp_name}'`);
    const d = instanceDict(o)!;
    let notes = dictGetItemStr(d, intern("__notes__"));
    if (notes === null) {
      notes = newList([]);
      dictSetItemStr(d, intern("__notes__"), notes);
      dec(notes);
    }
    if (!(notes instanceof PyList)) throw typeError("Cannot add note: __notes__ is not a list");
    note.ob_refcnt++;
    notes.items.push(note);
    return None;
  } },
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    o.ob_type.ob_refcnt++;
    const e = o as PyBaseException;
    e.args.ob_refcnt++;
    if (e.dict !== null && e.dict.used > 0) {
      e.dict.ob_refcnt++;
      return newTuple([o.ob_type, e.args, e.dict]);
    }
    return newTuple([o.ob_type, e.args]);
  } },
  { name: "__setstate__", flags: 2, fn: (o: PyObject, state: PyObject) => {
    // BaseException_setstate: each item of the dict becomes an attribute
    if (state === None) return None;
    if (!(state instanceof PyDict)) throw typeError("state is not a dictionary");
    for (let i = dictNext(state, 0); i >= 0; i = dictNext(state, i + 1)) {
      setAttr(o, state.ekeys[i]!, state.evalues[i]!);
    }
    return None;
  } },
];

// ---- subclasses with extra attributes -----------------------------------------------------------

E.StopIterationType.tp_init = (self, args, kw) => {
  baseInit(self, args, kw);
  setExtra(self as PyBaseException, 0, args.length > 0 ? args[0]! : None);
};
E.StopIterationType.tp_getset = [member("value", 0)];
E.SystemExitType.tp_init = (self, args, kw) => {
  baseInit(self, args, kw);
  setExtra(self as PyBaseException, 0, args.length === 0 ? None : args.length === 1 ? args[0]! : (self as PyBaseException).args);
};
E.SystemExitType.tp_getset = [member("code", 0)];
E.KeyErrorType.tp_str = (o) => {
  const a = argsOf(o);
  if (a.length === 1) return newStr(reprStr(a[0]!));
  return baseStr(o);
};

function kwInit(names: string[]) {
  return (self: PyObject, args: PyObject[], kw: PyObject | null): void => {
    const n = nkw(kw);
    const pos = args.slice(0, args.length - n);
    const e = self as PyBaseException;
    const old = e.args;
    e.args = tupleFrom(pos);
    dec(old);
    for (let i = 0; i < n; i++) {
      const key = ((kw as PyTuple).items[i] as PyStr).value;
      const idx = names.indexOf(key);
      if (idx < 0) throw typeError(`'${key}' is an invalid keyword argument for ${self.ob_type.tp_name}()`);
      setExtra(e, idx, args[pos.length + i]!);
    }
  };
}
E.NameErrorType.tp_init = kwInit(["name"]);
E.NameErrorType.tp_getset = [member("name", 0)];
E.AttributeErrorType.tp_init = kwInit(["name", "obj"]);
E.AttributeErrorType.tp_getset = [member("name", 0), member("obj", 1)];
E.ImportErrorType.tp_init = (self, args, kw) => {
  kwInit(["name", "path"])(self, args, kw);
  const a = argsOf(self);
  setExtra(self as PyBaseException, 2, a.length === 1 ? a[0]! : None);
};
E.ImportErrorType.tp_getset = [member("name", 0), member("path", 1), member("msg", 2)];
E.ImportErrorType.tp_str = (o) => {
  const e = o as PyBaseException;
  const msg = e.extra?.[2];
  if (msg !== undefined && msg !== null && msg !== None) return strOf(msg);
  return baseStr(o);
};

// OSError(errno, strerror[, filename[, winerror[, filename2]]])
const ERRNO_TYPES: Record<number, PyType> = {
  2: E.FileNotFoundErrorType, 17: E.FileExistsErrorType, 21: E.IsADirectoryErrorType, 20: E.NotADirectoryErrorType,
  13: E.PermissionErrorType, 1: E.PermissionErrorType, 32: E.BrokenPipeErrorType, 11: E.BlockingIOErrorType,
  4: E.InterruptedErrorType, 3: E.ProcessLookupErrorType, 110: E.TimeoutErrorType, 111: E.ConnectionRefusedErrorType,
  104: E.ConnectionResetErrorType, 103: E.ConnectionAbortedErrorType, 10: E.ChildProcessErrorType,
};
E.OSErrorType.tp_new = (type, args, kw) => {
  let t = type;
  if (type === E.OSErrorType && args.length >= 2 && args[0] instanceof PyInt) {
    const sub = ERRNO_TYPES[Number(args[0].value)];
    if (sub !== undefined) t = sub;
  }
  return baseNew(t, args, kw);
};
E.OSErrorType.tp_init = (self, args, kw) => {
  baseInit(self, args, kw);
  const e = self as PyBaseException;
  if (args.length >= 2 && args.length <= 5) {
    setExtra(e, 0, args[0]!);
    setExtra(e, 1, args[1]!);
    if (args.length >= 3 && args[2] !== None) {
      if (self.ob_type === E.BlockingIOErrorType && (args[2] instanceof PyInt || args[2]!.ob_type.nb_index !== null)) setExtra(e, 4, args[2]!);
      else setExtra(e, 2, args[2]!);
    }
    if (args.length >= 5) setExtra(e, 3, args[4]!);
    if (args.length >= 3) {
      const old = e.args;
      e.args = tupleFrom(args.slice(0, 2));
      dec(old);
    }
  }
};
E.OSErrorType.tp_getset = [member("errno", 0), member("strerror", 1), member("filename", 2), member("filename2", 3)];
E.BlockingIOErrorType.tp_getset = [{ name: "characters_written", get: (o) => {
  const v = (o as PyBaseException).extra?.[4] ?? null;
  if (v === null) throw attributeErrorFn("characters_written");
  v.ob_refcnt++;
  return v;
}, set: (o, v) => {
  if (v === null && ((o as PyBaseException).extra?.[4] ?? null) === null) throw attributeErrorFn("characters_written");
  extraSet(4)(o, v);
} }];
E.OSErrorType.tp_str = (o) => {
  const e = o as PyBaseException;
  const x = e.extra;
  if (x !== null && x[2] !== undefined && x[2] !== null && x[2] !== None) {
    if (x[3] !== undefined && x[3] !== null && x[3] !== None) {
      return newStr(`[Errno ${strStr(x[0]!)}] ${strStr(x[1]!)}: ${reprStr(x[2]!)} -> ${reprStr(x[3]!)}`);
    }
    return newStr(`[Errno ${strStr(x[0]!)}] ${strStr(x[1]!)}: ${reprStr(x[2]!)}`);
  }
  if (x !== null && x[0] !== undefined && x[0] !== null && x[1] !== undefined && x[1] !== null) {
    return newStr(`[Errno ${strStr(x[0]!)}] ${strStr(x[1]!)}`);
  }
  return baseStr(o);
};

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
const SYNTAX_FIELDS = ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];
E.SyntaxErrorType.tp_init = (self, args, kw) => {
  baseInit(self, args, kw);
  const e = self as PyBaseException;
  if (args.length >= 1) setExtra(e, 0, args[0]!);
  if (args.length === 2) {
    const info = iterableToArray(args[1]!);
    if (info.length < 4 || info.length > 6) throw typeError("function takes at least 4 arguments and at most 6 arguments");
    for (let i = 0; i < info.length; i++) setExtra(e, i + 1, info[i]!);
    for (const x of info) dec(x);
  }
};
E.SyntaxErrorType.tp_getset = SYNTAX_FIELDS.map((n, i) => member(n, i));
E.SyntaxErrorType.tp_str = (o) => {
  const x = (o as PyBaseException).extra;
  const msg = x?.[0] ?? null;
  const m = msg === null || msg === None ? strStr((o as PyBaseException).args) : strStr(msg);
  const fn = x?.[1] ?? null, ln = x?.[2] ?? null;
  const file = fn instanceof PyStr ? fn.value.substring(fn.value.lastIndexOf("/") + 1) : null;
  const line = ln instanceof PyInt ? String(ln.value) : null;
  if (file !== null && line !== null) return newStr(`${m} (${file}, line ${line})`);
  if (file !== null) return newStr(`${m} (${file})`);
  if (line !== null) return newStr(`${m} (line ${line})`);
  return newStr(m);
};

// UnicodeError subclasses: (encoding, object, start, end, reason); str describes the failure
function unicodeInit(kind: "encode" | "decode" | "translate") {
  const n = kind === "translate" ? 4 : 5;
  return (self: PyObject, args: PyObject[], kw: PyObject | null): void => {
    baseInit(self, args, kw);
    const e = self as PyBaseException;
    if (args.length !== n) throw typeError(`function takes exactly ${n} arguments (${args.length} given)`);
    const a = kind === "translate" ? [None, ...args] : args;
    const check = (i: number, ok: boolean, what: string) => {
      if (!ok) throw typeError(`argument ${kind === "translate" ? i : i + 1} must be ${what}, not ${a[i]!.ob_type.tp_name}`);
    };
    if (kind !== "translate") check(0, a[0] instanceof PyStr, "str");
    if (kind === "decode") {
      check(1, a[1] instanceof PyBytes, "bytes-like object");
    } else check(1, a[1] instanceof PyStr, "str");
    for (const i of [2, 3]) if (!(a[i] instanceof PyInt)) throw typeError(`'${a[i]!.ob_type.tp_name}' object cannot be interpreted as an integer`);
    check(4, a[4] instanceof PyStr, "str");
    let obj = a[1]!;
    if (kind === "decode" && obj.ob_type !== BytesType) obj = newBytes((obj as PyBytes).value.slice());
    else obj.ob_refcnt++;
    for (let i = 0; i < 5; i++) if (i !== 1) setExtra(e, i, a[i]!);
    setExtra(e, 1, obj);
    dec(obj);
  };
}
function charEsc(c: number): string {
  if (c <= 0xff) return `\\x${c.toString(16).padStart(2, "0")}`;
  if (c <= 0xffff) return `\\u${c.toString(16).padStart(4, "0")}`;
  return `\\U${c.toString(16).padStart(8, "0")}`;
}
function unicodeStr(kind: "encode" | "decode" | "translate") {
  return (o: PyObject): PyObject => {
    const x = (o as PyBaseException).extra;
    // raised natively with only a message (the codecs do): str is the message
    if (x === null) return baseStr(o);
    const get = (i: number) => x[i] ?? null;
    const enc = get(0), obj = get(1), st = get(2), en = get(3), reason = get(4);
    if (obj === null || reason === null || (kind !== "translate" && enc === null)) return newStr("");
    let start = st instanceof PyInt ? Number(st.value) : 0;
    let end = en instanceof PyInt ? Number(en.value) : 0;
    const len = obj instanceof PyBytes ? obj.value.length : obj instanceof PyStr ? [...obj.value].length : 0;
    if (start < 0) start = 0;
    if (start >= len) start = len === 0 ? 0 : len - 1;
    if (end < 1) end = 1;
    if (end > len) end = len;
    const r = strStr(reason);
    const codec = enc === null ? "" : `'${strStr(enc)}' codec `;
    if (kind === "decode") {
      if (start < len && end === start + 1) {
        const b = (obj as PyBytes).value[start]!;
        return newStr(`${codec}can't decode byte 0x${b.toString(16).padStart(2, "0")} in position ${start}: ${r}`);
      }
      return newStr(`${codec}can't decode bytes in position ${start}-${end - 1}: ${r}`);
    }
    const verb = kind === "encode" ? `${codec}can't encode` : "can't translate";
    if (start < len && end === start + 1) {
      const c = [...(obj as PyStr).value][start]!.codePointAt(0)!;
      return newStr(`${verb} character '${charEsc(c)}' in position ${start}: ${r}`);
    }
    return newStr(`${verb} characters in position ${start}-${end - 1}: ${r}`);
  };
}
for (const [t, kind] of [[E.UnicodeEncodeErrorType, "encode"], [E.UnicodeDecodeErrorType, "decode"], [E.UnicodeTranslateErrorType, "translate"]] as const) {
  t.tp_getset = [member("encoding", 0), member("object", 1), member("start", 2), member("end", 3), member("reason", 4)];
  t.tp_init = unicodeInit(kind);
  t.tp_str = unicodeStr(kind);
}

// ---- exception groups ---------------------------------------------------------------------------

const BEG = E.BaseExceptionGroupType;
BEG.tp_new = (type, args, kw) => {
  if (nkw(kw) > 0) throw typeError(`${type.tp_name}() takes no keyword arguments`);
  if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, excs] = args as [PyObject, PyObject];
  if (!(msg instanceof PyStr)) throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${msg.ob_type.tp_name}`);
  if (excs.ob_type.sq_item === null && !(excs instanceof PyTuple) && !(excs instanceof PyList)) {
    throw typeError("second argument (exceptions) must be a sequence");
  }
  const items = iterableToArray(excs);
  let t = type;
  try {
    t = exceptionGroupClass(type, items);
  } catch (e) {
    // the items' references go with the refused arguments
    for (const x of items) dec(x);
    throw e;
  }
  const e = new PyBaseException(t, tupleFrom(args));
  setExtra(e, 0, msg);
  const tup = newTuple(items);
  setExtra(e, 1, tup);
  dec(tup);
  return e;
};
/** Check BaseExceptionGroup's exceptions (new references, not consumed): the class to make. */
function exceptionGroupClass(type: PyType, items: PyObject[]): PyType {
  if (items.length === 0) throw valueError("second argument (exceptions) must be a non-empty sequence");
  let allExc = true;
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    if (!(x instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!isSubtype(x.ob_type, E.ExceptionType)) allExc = false;
  }
  if (type === BEG) return allExc ? E.ExceptionGroupType : type;
  if (type === E.ExceptionGroupType) {
    if (!allExc) throw typeError("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!allExc && !isSubtype(type, E.ExceptionType) === false) {
    throw typeError(`Cannot nest BaseExceptions in '${type.tp_name}'`);
  }
  return type;
}
BEG.tp_init = (self, args, kw) => {
  if (nkw(kw) > 0) throw typeError(`${self.ob_type.tp_name}() takes no keyword arguments`);
};
BEG.tp_str = (o) => {
  const x = (o as PyBaseException).extra!;
  const n = (x[1] as PyTuple).items.length;
  return newStr(`${(x[0] as PyStr).value} (${n} sub-exception${n > 1 ? "s" : ""})`);
};
// READONLY members in CPython
BEG.tp_getset = [{ name: "message", member: true, get: extraGet(0), set: null }, { name: "exceptions", member: true, get: extraGet(1), set: null }];

/** Copy __traceback__, __cause__, __context__ and __notes__ onto a derived group. */
function copyEgMeta(from: PyBaseException, to: PyBaseException): void {
  for (const k of ["traceback", "cause", "context"] as const) {
    const v = from[k];
    if (v !== null) v.ob_refcnt++;
    const old = to[k];
    to[k] = v;
    xdec(old);
  }
  const notes = from.dict === null ? null : dictGetItemStr(from.dict, intern("__notes__"));
  if (notes !== null) dictSetItemStr(instanceDict(to)!, intern("__notes__"), notes);
}
/** eg.derive(excs): STEALS the references in `excs`; returns a new reference. */
function egDerive(eg: PyObject, excs: PyObject[]): PyObject {
  const lst = newList(excs.slice());
  try {
    return callMethod(eg, "derive", [lst]);
  } finally {
    dec(lst);
  }
}
/** [match, rest] of splitting `eg` by predicate: each a NEW reference, or null. */
function egSplit(eg: PyObject, pred: (e: PyObject) => boolean): [PyObject | null, PyObject | null] {
  if (pred(eg)) {
    eg.ob_refcnt++;
    return [eg, null];
  }
  if (!isSubtype(eg.ob_type, BEG)) {
    eg.ob_refcnt++;
    return [null, eg];
  }
  const items = ((eg as PyBaseException).extra![1] as PyTuple).items;
  const m: PyObject[] = [], r: PyObject[] = [];
  try {
    for (const x of items) {
      const [a, b] = egSplit(x, pred);
      if (a !== null) m.push(a);
      if (b !== null) r.push(b);
    }
  } catch (e) {
    for (const x of m) dec(x);
    for (const x of r) dec(x);
    throw e;
  }
  const mk = (list: PyObject[]): PyObject | null => {
    if (list.length === 0) return null;
    const d = egDerive(eg, list);
    if (d instanceof PyBaseException) copyEgMeta(eg as PyBaseException, d);
    return d;
  };
  let match: PyObject | null;
  try {
    match = mk(m);
  } catch (e) {
    for (const x of r) dec(x);
    throw e;
  }
  try {
    return [match, mk(r)];
  } catch (e) {
    if (match !== null) dec(match);
    throw e;
  }
}
function makePred(cond: PyObject): (e: PyObject) => boolean {
  if (cond instanceof PyType && isSubtype(cond, E.BaseExceptionType)) return (e) => isSubtype(e.ob_type, cond);
  if (cond instanceof PyTuple && cond.items.every((x) => x instanceof PyType && isSubtype(x, E.BaseExceptionType))) {
    return (e) => cond.items.some((x) => isSubtype(e.ob_type, x as PyType));
  }
  if (cond.ob_type.tp_call !== null) return (e) => {
    const r = call(cond, [e]);
    const b = isTrue(r);
    dec(r);
    return b;
  };
  throw typeError("expected a function, exception type or tuple of exception types");
}
BEG.tp_methods = [
  { name: "derive", flags: 2, fn: (o: PyObject, excs: PyObject) => {
    const msg = (o as PyBaseException).extra![0]!;
    return call(BEG, [msg, excs]);
  } },
  { name: "split", flags: 2, fn: (o: PyObject, cond: PyObject) => {
    const p = makePred(cond);
    const [m, r] = egSplit(o, (e) => p(e));
    if (m === null) None.ob_refcnt++;
    if (r === null) None.ob_refcnt++;
    return newTuple([m ?? None, r ?? None]);
  } },
  { name: "subgroup", flags: 2, fn: (o: PyObject, cond: PyObject) => {
    const p = makePred(cond);
    const [m, r] = egSplit(o, (e) => p(e));
    if (r !== null) dec(r);
    if (m !== null) return m;
    None.ob_refcnt++;
    return None;
  } },
  { name: "__class_getitem__", flags: 2 | 8, fn: (t: PyObject, a: PyObject) => genericAlias(t, a) },
];
import { genericAlias } from "./genericalias.ts";
export { EMPTY_TUPLE, TupleType, newDict, newInt, lookupAttr };
