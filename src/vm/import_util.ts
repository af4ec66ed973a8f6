/**
 * Small helpers shared by the import system (src/vm/import*.ts, src/modules/importlib_*.ts):
 * attribute access by JS string, ImportError construction with name/path, native classes whose
 * instances carry a __dict__ (the layout of importlib's Python classes), path string helpers.
 *
 * Reference rules as everywhere: getters return new references unless named "borrowed".
 */
import { PyObject, PyType, TPFlags, type MethodDef, type GetSetDef } from "../objects/object.ts";
import { TypeType, None, ObjectType } from "../objects/types.ts";
import { PyStr, intern, newStr } from "../objects/str.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import * as E from "../objects/exceptions.ts";
import { newException, attributeError } from "../objects/errors.ts";
import { lookupAttr, setAttr, call } from "../objects/abstract.ts";
import { readyType, objectNew, objectInit, instanceDict } from "../objects/typeobject.ts";
import { PyDict, dictGetItemStr, dictSetItemStr } from "../objects/dict.ts";
import { PyInstance } from "../objects/object.ts";
import { dealloc } from "../memory/refcount.ts";

export function decref(o: PyObject | null): void {
  if (o !== null && --o.ob_refcnt === 0) dealloc(o);
}
export function incref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** getattr(o, name, None-as-null): new reference or null. */
export function attrOpt(o: PyObject, name: string): PyObject | null {
  return lookupAttr(o, intern(name));
}
/** getattr(o, name) as a JS string, or null when absent / not a str. */
export function attrStr(o: PyObject, name: string): string | null {
  const v = lookupAttr(o, intern(name));
  if (v === null) return null;
  const r = v instanceof PyStr ? v.value : null;
  decref(v);
  return r;
}
/** setattr(o, name, v) (v borrowed). */
export function setAttrStr(o: PyObject, name: string, v: PyObject): void {
  setAttr(o, intern(name), v);
}
/** setattr with a new reference that the call consumes. */
export function setAttrNew(o: PyObject, name: string, v: PyObject): void {
  try {
    setAttr(o, intern(name), v);
  } finally {
    decref(v);
  }
}
/** Instance-dict read (borrowed), for objects of our own native classes. */
export function dget(o: PyObject, name: string): PyObject | null {
  return o.dict === null ? null : dictGetItemStr(o.dict, intern(name));
}
/** Instance-dict write (v borrowed). */
export function dset(o: PyObject, name: string, v: PyObject): void {
  const d = instanceDict(o);
  if (d === null) throw attributeError("object has no __dict__");
  dictSetItemStr(d, intern(name), v);
}
export function dsetNew(o: PyObject, name: string, v: PyObject): void {
  dset(o, name, v);
  decref(v);
}

/** A str object for a JS string (new reference). */
export function pystr(s: string): PyStr {
  return newStr(s);
}
export function strOrNone(s: string | null): PyObject {
  return s === null ? incref(None) : newStr(s);
}

/**
 * ImportError (or a subclass) with msg, name and path set as ImportError(msg, name=, path=) does.
 */
export function importError(type: PyType, msg: string, name: string | null = null, path: string | null = null): PyBaseException {
  const e = newException(type, msg);
  e.extra = [name === null ? None : newStr(name), path === null ? None : newStr(path), newStr(msg)];
  if (name === null) None.ob_refcnt++;
  if (path === null) None.ob_refcnt++;
  return e;
}
export function moduleNotFound(msg: string, name: string): PyBaseException {
  return importError(E.ModuleNotFoundErrorType, msg, name);
}
/** The `name` attribute of an ImportError (JS string or null). */
export function importErrorName(e: PyBaseException): string | null {
  const n = e.extra?.[0] ?? null;
  return n instanceof PyStr ? n.value : null;
}

/**
 * A native class whose instances are plain objects with a __dict__ (the layout of a Python class
 * instance): methods and properties are MethodDef/GetSetDef; attributes live in the dict.
 * `qualname` is "module.Name"; subclassable from Python.
 */
export function nativeClass(qualname: string, base: PyType | null, methods: MethodDef[], getset: GetSetDef[] = [], init: ((self: PyObject, args: PyObject[], kw: PyObject | null) => void) | null = null): PyType {
  const t = new PyType(TypeType, qualname, base, TPFlags.BASETYPE);
  t.tp_dictoffset = true;
  t.tp_methods = methods;
  t.tp_getset = base === null ? [...getset, DICT_GETSET] : getset;
  if (base === null) {
    t.tp_new = (type, _args, _kw) => {
      const o = objectNew(type, [], null);
      return o;
    };
    t.tp_init = init ?? objectInit;
  } else if (init !== null) {
    t.tp_init = init;
  }
  readyType(t);
  t.tp_solid = ObjectType; // instances are plain objects with a __dict__
  return t;
}
const DICT_GETSET: GetSetDef = {
  name: "__dict__",
  get: (o) => {
    const d = instanceDict(o);
    if (d === null) throw attributeError("object has no __dict__");
    d.ob_refcnt++;
    return d;
  },
  set: (o, v) => {
    if (!(v instanceof PyDict)) throw attributeError(`__dict__ must be set to a dictionary, not a '${v === null ? "NoneType" : v.ob_type.tp_name}'`);
    v.ob_refcnt++;
    const old = o.dict;
    o.dict = v;
    decref(old);
  },
};
/** A new instance of a native class, without calling __init__. */
export function newInstance(t: PyType): PyObject {
  const o = new PyInstance(t);
  return o;
}

/** Call `callable(*args)` with borrowed args. */
export function callArgs(callable: PyObject, ...args: PyObject[]): PyObject {
  return call(callable, args);
}

// ---- paths (POSIX; the host's paths are '/'-separated) ------------------------------------------

export function pathJoin(a: string, b: string): string {
  if (a === "") return b;
  return a.endsWith("/") ? a + b : a + "/" + b;
}
export function dirName(p: string): string {
  const i = p.lastIndexOf("/");
  if (i < 0) return "";
  if (i === 0) return "/";
  return p.slice(0, i);
}
export function baseName(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}
/** os.path.abspath without symlink resolution: cwd join + normpath. */
export function absPath(p: string, cwd: string): string {
  return normPath(p.startsWith("/") ? p : pathJoin(cwd, p));
}
export function normPath(p: string): string {
  if (p === "") return ".";
  const abs = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!abs) out.push("..");
      continue;
    }
    out.push(part);
  }
  const s = out.join("/");
  return abs ? "/" + s : s === "" ? "." : s;
}
export { PyStr, intern, None, PyBaseException };

// ---- host errors as OSError -----------------------------------------------------------------------
import { HostError } from "../host/host.ts";
import { newInt } from "../objects/int.ts";

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, "No such file or directory"], EACCES: [13, "Permission denied"], EISDIR: [21, "Is a directory"],
  ENOTDIR: [20, "Not a directory"], EEXIST: [17, "File exists"], EROFS: [30, "Read-only file system"],
  EPERM: [1, "Operation not permitted"], ENOTEMPTY: [39, "Directory not empty"], ELOOP: [40, "Too many levels of symbolic links"],
  ENAMETOOLONG: [36, "File name too long"],
};
/** OSError(errno, strerror, filename) for a HostError (FileNotFoundError for ENOENT...). */
export function osErrorFromHost(e: HostError): PyBaseException {
  const [no, msg] = ERRNO[e.code] ?? [5, e.message];
  const args = [newInt(no), newStr(msg), newStr(e.path)];
  try {
    return call(E.OSErrorType, args) as PyBaseException;
  } finally {
    for (const a of args) decref(a);
  }
}
/** Run `f`, turning a HostError into the OSError Python code sees. */
export function withOSError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof HostError) throw osErrorFromHost(e);
    throw e;
  }
}
export function isInstanceOfType(e: unknown, t: PyType): e is PyBaseException {
  return e instanceof PyBaseException && isSubtypeOf(e.ob_type, t);
}
import { isSubtype as isSubtypeOf } from "../objects/object.ts";
