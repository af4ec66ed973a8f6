/**
 * `_frozen_importlib_external` (importlib._bootstrap_external): path-based import.
 *
 *   PathFinder (meta path finder)  sys.path entries -> sys.path_importer_cache / sys.path_hooks
 *   FileFinder (path entry finder) one directory; its listing is cached and refreshed when the
 *                                  directory's mtime changes (invalidate_caches() forces it)
 *   SourceFileLoader               .py; get_code goes through src/bytecode/pycache.ts (the
 *                                  __pycache__ .pyc is used when fresh, else compiled and written)
 *   SourcelessFileLoader           .pyc found on the path
 *   NamespaceLoader/_NamespacePath PEP 420 namespace packages
 *   spec_from_file_location, cache_from_source, source_from_cache, decode_source
 *
 * Classes are native (import_util.nativeClass): attributes live in the instance __dict__
 * (loaders: name, path; FileFinder: path, _loaders, _path_mtime). Methods look their collaborators
 * up by attribute, so Python subclasses can override get_data, path_stats, get_filename...; the
 * exact native classes take direct paths.
 */
import { PyObject, PyType, Meth, type MethodDef } from "../objects/object.ts";
import { None, NotImplemented } from "../objects/types.ts";
import { PyStr, intern, newStr, strRepr } from "../objects/str.ts";
import { True, False, newBool, newInt, PyInt } from "../objects/int.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyList, newList, listAppend } from "../objects/list.ts";
import { PyDict, newDict, dictGetItem, dictSetItem, dictDelItemIf, dictNext } from "../objects/dict.ts";
import { PyBytes, newBytes } from "../objects/bytes.ts";
import { newFloat } from "../objects/float.ts";
import { parseArgs } from "../objects/args.ts";
import { typeError, valueError, notImplementedError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import {
  call, callMethod, isTrue, eq, reprStr, strStr, iterableToArray, hashOf, getIter, iterNext, length,
} from "../objects/abstract.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { codeFor, PyCode } from "../objects/codeobject.ts";
import { host, HostError } from "../host/host.ts";
import { getCode, cacheFromSource, sourceFromCache, CachePathError, setData } from "../bytecode/pycache.ts";
import { readPycHeader, codeFromPycBody, PycError, MAGIC_BYTES } from "../bytecode/pyc.ts";
import { MarshalError } from "../bytecode/marshal.ts";
import { CodeObject } from "../bytecode/code.ts";
import { decodeBytes } from "../objects/codecs.ts";
import { sysGet } from "./sys.ts";
import {
  nativeClass, newInstance, dget, dset, dsetNew, decref, incref, attrOpt, attrStr, importError,
  setAttrStr, pathJoin, dirName, baseName, absPath, osErrorFromHost, withOSError, isInstanceOfType,
} from "../vm/import_util.ts";
import { ModuleSpecType, newSpec, setSpecFromFileLocation, setNamespaceLoaderFactory } from "./importlib_bootstrap.ts";
import { optimizeLevel, dontWriteBytecode, SOURCE_SUFFIXES, BYTECODE_SUFFIXES } from "./importlib_paths.ts";
import { compileModuleSource, execCodeInModule } from "../vm/import_exec.ts";
import { marshalErrorToPy } from "./marshal_module.ts";

const Q = "_frozen_importlib_external.";

function strArg(o: PyObject | null, what: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${what} must be str, not ${o === null ? "NoneType" : o.ob_type.tp_name}`);
  return o.value;
}

/** A PycError (bad magic, truncated header, stale) as the ImportError / EOFError importlib raises. */
export function pycErrorToPy(e: PycError, name: string | null, path: string | null): PyBaseException {
  if (e.type === "EOFError") return importError(E.EOFErrorType, e.msg);
  return importError(E.ImportErrorType, e.msg, name, path);
}

// ---- reading files ------------------------------------------------------------------------------

export function readBytes(path: string): Uint8Array {
  return withOSError(() => host().readFile(path));
}

/** decode_source(bytes): universal newlines after decoding with the PEP 263 encoding. */
export function decodeSource(data: Uint8Array): string {
  const enc = detectEncoding(data);
  let text = decodeBytes(enc.bom ? data.subarray(3) : data, enc.name, "strict");
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/gu, "\n");
  return text;
}
/** tokenize.detect_encoding, reduced: BOM or a coding cookie on one of the first two lines. */
function detectEncoding(data: Uint8Array): { name: string; bom: boolean } {
  const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  const start = bom ? 3 : 0;
  let pos = start;
  for (let line = 0; line < 2 && pos < data.length; line++) {
    let end = pos;
    while (end < data.length && data[end] !== 10) end++;
    let s = "";
    for (let i = pos; i < end && i - pos < 200; i++) s += String.fromCharCode(data[i]!);
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/u.exec(s);
    if (m) return { name: m[1]!.toLowerCase().replace(/_/gu, "-"), bom };
    if (!/^[ \t\f]*(#.*)?\r?$/u.test(s)) break;
    pos = end + 1;
  }
  return { name: "utf-8", bom };
}

// ---- loaders ------------------------------------------------------------------------------------

/** FileLoader._check_name: the name argument defaults to self.name and must equal it. */
function checkName(self: PyObject, name: PyObject | null): PyObject {
  const own = dget(self, "name") ?? None;
  if (name === null || name === None) return own;
  if (!eq(own, name)) {
    throw importError(E.ImportErrorType, `loader for ${strStr(own)} cannot handle ${strStr(name)}`, name instanceof PyStr ? name.value : null);
  }
  return name;
}

function loaderInit(self: PyObject, args: PyObject[], kw: PyObject | null): void {
  const [fullname, path] = parseArgs("FileLoader", args, kw, ["fullname", "path"]);
  dset(self, "name", fullname!);
  dset(self, "path", path!);
}
function loaderEq(a: PyObject, b: PyObject, op: number): PyObject {
  if (op !== 2 && op !== 3) return incref(NotImplemented);
  let same = a.ob_type === b.ob_type;
  if (same) {
    const da = a.dict, db = b.dict;
    same = da !== null && db !== null && eq(da, db);
  }
  return newBool(op === 2 ? same : !same);
}
function loaderHash(o: PyObject): number | bigint {
  const n = dget(o, "name") ?? None, p = dget(o, "path") ?? None;
  const h = BigInt(hashOf(n)) ^ BigInt(hashOf(p));
  const r = BigInt.asIntN(64, h);
  return r === -1n ? -2 : Number.isSafeInteger(Number(r)) ? Number(r) : r;
}

/** _LoaderBasics.exec_module: code = self.get_code(module.__name__); exec(code, module.__dict__). */
function execModule(self: PyObject, module: PyObject): PyObject {
  const name = attrOpt(module, "__name__") ?? incref(None);
  let code: PyObject;
  try {
    code = callMethod(self, "get_code", [name]);
  } finally {
    decref(name);
  }
  if (code === None) {
    const n = attrOpt(module, "__name__");
    const r = n === null ? "'?'" : reprStr(n);
    decref(n);
    throw importError(E.ImportErrorType, `cannot load module ${r} when get_code() returns None`);
  }
  if (!(code instanceof PyCode)) {
    decref(code);
    throw typeError("exec() arg 1 must be a string, bytes or code object");
  }
  try {
    execCodeInModule(code, module);
  } finally {
    decref(code);
  }
  return incref(None);
}

function isPackageByFilename(self: PyObject, fullname: PyObject): PyObject {
  const fn = callMethod(self, "get_filename", [fullname]);
  const filename = baseName(strStr(fn));
  decref(fn);
  const dot = filename.lastIndexOf(".");
  const base = dot < 0 ? filename : filename.slice(0, dot);
  const full = strArg(fullname, "fullname");
  const tail = full.slice(full.lastIndexOf(".") + 1);
  return newBool(base === "__init__" && tail !== "__init__");
}

const loaderBasicsMethods: MethodDef[] = [
  { name: "is_package", flags: Meth.O, fn: isPackageByFilename },
  { name: "create_module", flags: Meth.O, fn: () => incref(None) },
  { name: "exec_module", flags: Meth.O, fn: execModule },
  { name: "load_module", flags: Meth.O, fn: (self: PyObject, fullname: PyObject) => loadModuleShim(self, fullname) },
];

/** SourceLoader.get_code for a native SourceFileLoader whose path_stats/get_data are ours. */
function fastSourceGetCode(fullname: string, sourcePath: string): CodeObject {
  try {
    return getCode({
      fullname,
      sourcePath,
      optimize: optimizeLevel(),
      dontWriteBytecode: dontWriteBytecode(),
      checkHashBasedPycs: checkHashBasedPycs,
      compile: (src, path) => compileModuleSource(src, path, optimizeLevel()),
      verbose: verboseEnabled() ? (msg) => verboseMessage(msg) : undefined,
    });
  } catch (e) {
    if (e instanceof HostError) throw osErrorFromHost(e);
    if (e instanceof PycError) throw pycErrorToPy(e, fullname, sourcePath);
    if (e instanceof MarshalError) throw marshalErrorToPy(e);
    throw e;
  }
}
export let checkHashBasedPycs: "default" | "always" | "never" = "default";
export function setCheckHashBasedPycs(v: "default" | "always" | "never"): void {
  checkHashBasedPycs = v;
}

function ownMethod(self: PyObject, name: string, native: PyType): boolean {
  // true when type(self).<name> is the native class's own definition
  const t = self.ob_type;
  const mine = native.tp_dict;
  for (const k of t.tp_mro) {
    const v = k.tp_dict === null ? null : dictGetItemStr0(k.tp_dict, name);
    if (v !== null) return k === native || (k.tp_dict === mine);
  }
  return false;
}
import { dictGetItemStr } from "../objects/dict.ts";
function dictGetItemStr0(d: PyDict, name: string): PyObject | null {
  return dictGetItemStr(d, intern(name));
}

function sourceGetCode(self: PyObject, fullname: PyObject): PyObject {
  const fnObj = callMethod(self, "get_filename", [fullname]);
  const sourcePath = strStr(fnObj);
  decref(fnObj);
  const name = fullname instanceof PyStr ? fullname.value : strStr(fullname);
  if (self.ob_type === SourceFileLoaderType || (ownMethod(self, "get_data", FileLoaderType) && ownMethod(self, "path_stats", SourceFileLoaderType) && ownMethod(self, "source_to_code", SourceLoaderType))) {
    return codeFor(fastSourceGetCode(name, sourcePath));
  }
  // A loader with its own get_data/path_stats: SourceLoader.get_code's protocol through them.
  let sourceMtime: number | null = null;
  const bytecodePath = (() => {
    try {
      return cacheFromSource(sourcePath, optimizeLevel() === 0 ? "" : optimizeLevel());
    } catch {
      return null;
    }
  })();
  if (bytecodePath !== null) {
    let st: PyObject | null = null;
    try {
      st = callMethodOwned(self, "path_stats", [fnObjStr(sourcePath)], 0);
    } catch (e) {
      if (!isInstanceOfType(e, E.OSErrorType) && !isInstanceOfType(e, E.NotImplementedErrorType)) throw e;
    }
    if (st !== null) {
      const mt = getItemStr(st, "mtime");
      sourceMtime = mt === null ? null : Math.trunc(Number(strStr(mt)));
      decref(mt);
      let data: Uint8Array | null = null;
      try {
        const b = callMethodOwned(self, "get_data", [fnObjStr(bytecodePath)], 0);
        if (b instanceof PyBytes) data = b.value;
        decref(b);
      } catch (e) {
        if (!isInstanceOfType(e, E.OSErrorType)) throw e;
      }
      if (data !== null && sourceMtime !== null) {
        try {
          const h = readPycHeader(data, name, bytecodePath);
          const sz = getItemStr(st, "size");
          const size = sz === null ? null : Number(strStr(sz));
          decref(sz);
          if ((h.flags & 1) === 0 && h.mtime === (sourceMtime >>> 0) && (size === null || h.sourceSize === (size >>> 0))) {
            decref(st);
            try {
              return codeFor(codeFromPycBody(data.subarray(16), name, bytecodePath));
            } catch (e) {
              if (e instanceof MarshalError) throw marshalErrorToPy(e);
              if (e instanceof PycError) throw pycErrorToPy(e, name, bytecodePath);
              throw e;
            }
          }
        } catch (e) {
          if (!(e instanceof PycError)) throw e;
        }
      }
      decref(st);
    }
  }
  const src = callMethodOwned(self, "get_data", [fnObjStr(sourcePath)], 0);
  let code: PyObject;
  try {
    code = callMethodOwned(self, "source_to_code", [src, fnObjStr(sourcePath)], 1);
  } finally {
    decref(src);
  }
  if (!dontWriteBytecode() && bytecodePath !== null && sourceMtime !== null && code instanceof PyCode && src instanceof PyBytes) {
    const { writePyc } = pycWriter;
    const data = writePyc(code.co, { kind: "timestamp", mtime: sourceMtime, sourceSize: src.value.length });
    try {
      const r = callMethodOwned(self, "_cache_bytecode", [fnObjStr(sourcePath), fnObjStr(bytecodePath), newBytes(data)], 0);
      decref(r);
    } catch (e) {
      if (!isInstanceOfType(e, E.NotImplementedErrorType) && !isInstanceOfType(e, E.AttributeErrorType)) throw e;
    }
  }
  return code;
}
import { writePyc } from "../bytecode/pyc.ts";
const pycWriter = { writePyc };
/** callMethod with arguments made for the call: the ones from index `from` on are released after it. */
function callMethodOwned(o: PyObject, name: string, args: PyObject[], from: number): PyObject {
  try {
    return callMethod(o, name, args);
  } finally {
    for (let i = from; i < args.length; i++) decref(args[i]!);
  }
}
function fnObjStr(s: string): PyStr {
  return newStr(s);
}
function getItemStr(o: PyObject, key: string): PyObject | null {
  try {
    return callMethodOwned(o, "__getitem__", [newStr(key)], 0);
  } catch (e) {
    if (isInstanceOfType(e, E.KeyErrorType)) {
      decref(e as PyObject);
      return null;
    }
    throw e;
  }
}

function sourceToCode(_self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const [data, path] = parseArgs("source_to_code", args, kw, ["data", "path", "_optimize"], { required: 2 });
  const p = path instanceof PyStr ? path.value : strStr(path!);
  let src: Uint8Array | string;
  if (data instanceof PyBytes) src = data.value;
  else if (data instanceof PyStr) src = data.value;
  else throw typeError("compile() arg 1 must be a string, bytes or AST object");
  return codeFor(compileModuleSource(src, p, optimizeLevel()));
}

function getSource(self: PyObject, fullname: PyObject): PyObject {
  const path = callMethod(self, "get_filename", [fullname]);
  let data: PyObject;
  try {
    data = callMethod(self, "get_data", [path]);
  } catch (e) {
    if (isInstanceOfType(e, E.OSErrorType)) {
      throw importError(E.ImportErrorType, "source not available through get_data()", fullname instanceof PyStr ? fullname.value : null);
    }
    throw e;
  } finally {
    decref(path);
  }
  if (!(data instanceof PyBytes)) {
    decref(data);
    throw typeError("get_data() must return bytes");
  }
  const r = newStr(decodeSource(data.value));
  decref(data);
  return r;
}

const sourceLoaderMethods: MethodDef[] = [
  { name: "path_mtime", flags: Meth.O, fn: () => {
    throw newOSError();
  } },
  { name: "path_stats", flags: Meth.O, fn: (self: PyObject, path: PyObject) => {
    const mt = callMethod(self, "path_mtime", [path]);
    const d = newDict();
    dictSetItem(d, intern("mtime"), mt);
    decref(mt);
    return d;
  } },
  { name: "_cache_bytecode", flags: Meth.FASTCALL, fn: (self: PyObject, args: PyObject[]) => {
    return callMethod(self, "set_data", [args[1]!, args[2]!]);
  } },
  { name: "set_data", flags: Meth.KEYWORDS, fn: () => incref(None) },
  { name: "get_source", flags: Meth.O, fn: getSource },
  { name: "source_to_code", flags: Meth.KEYWORDS, fn: sourceToCode },
  { name: "get_code", flags: Meth.O, fn: sourceGetCode },
];

function newOSError(): PyBaseException {
  return call(E.OSErrorType, []) as PyBaseException;
}

const fileLoaderMethods: MethodDef[] = [
  { name: "get_filename", flags: Meth.KEYWORDS, fn: (self: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [name] = parseArgs("get_filename", args, kw, ["name"], { required: 0 });
    checkName(self, name);
    return incref(dget(self, "path") ?? None);
  } },
  { name: "get_data", flags: Meth.O, fn: (_self: PyObject, path: PyObject) => newBytes(readBytes(strArg(path, "path"))) },
  { name: "get_resource_reader", flags: Meth.O, fn: () => incref(None) },
  { name: "load_module", flags: Meth.KEYWORDS, fn: (self: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [name] = parseArgs("load_module", args, kw, ["fullname"], { required: 0 });
    return loadModuleShim(self, checkName(self, name));
  } },
];


function sourcelessGetCode(self: PyObject, fullname: PyObject): PyObject {
  const pathObj = callMethod(self, "get_filename", [fullname]);
  const path = strStr(pathObj);
  const data = callMethod(self, "get_data", [pathObj]);
  decref(pathObj);
  const name = fullname instanceof PyStr ? fullname.value : strStr(fullname);
  if (!(data instanceof PyBytes)) {
    decref(data);
    throw typeError("get_data() must return bytes");
  }
  try {
    readPycHeader(data.value, name, path);
    return codeFor(codeFromPycBody(data.value.subarray(16), name, path));
  } catch (e) {
    if (e instanceof PycError) throw pycErrorToPy(e, name, path);
    if (e instanceof MarshalError) throw marshalErrorToPy(e);
    throw e;
  } finally {
    decref(data);
  }
}


function multiBaseClass(qualname: string, bases: PyType[], methods: MethodDef[]): PyType {
  const u = new PyType(TypeType, qualname, bases[0]!, TPFlags.BASETYPE);
  u.tp_bases = bases;
  u.tp_dictoffset = true;
  u.tp_methods = methods;
  readyType(u);
  u.tp_solid = ObjectType;
  return u;
}
import { TypeType, ObjectType } from "../objects/types.ts";
import { TPFlags } from "../objects/object.ts";
import { readyType } from "../objects/typeobject.ts";

// ---- _load_module_shim (legacy load_module) -----------------------------------------------------

import { setLoadModuleShim, moduleFromSpec, initModuleAttrs, specFromLoader } from "./importlib_bootstrap.ts";
import { verboseEnabled, verboseMessage } from "../vm/import_trace.ts";
let loadModuleShim: (loader: PyObject, fullname: PyObject) => PyObject = (loader, fullname) => {
  // _load_module_shim: spec_from_loader, then exec into the existing or a new module
  const spec = specFromLoader(fullname, loader, null, null);
  const mods = sysGet("modules") as PyDict;
  const existing = dictGetItem(mods, fullname);
  if (existing !== null) {
    const r = callMethod(loader, "exec_module", [existing]);
    decref(r);
    decref(spec);
    return incref(dictGetItem(mods, fullname) ?? existing);
  }
  const m = moduleFromSpec(spec);
  dictSetItem(mods, fullname, m);
  try {
    const r = callMethod(loader, "exec_module", [m]);
    decref(r);
  } catch (e) {
    dictDelItemIf(mods, fullname);
    throw e;
  } finally {
    decref(spec);
  }
  decref(m);
  return incref(dictGetItem(mods, fullname) ?? None);
};
export function loadModuleShimPy(loader: PyObject, fullname: PyObject): PyObject {
  return loadModuleShim(loader, fullname);
}
export function setLoadModuleShimImpl(f: typeof loadModuleShim): void {
  loadModuleShim = f;
}

// ---- spec_from_file_location ----------------------------------------------------------------------

const POPULATE = null;

/** spec_from_file_location(name, location, loader, submodule_search_locations) — null = not given. */
export function specFromFileLocation(name: PyObject, location: PyObject | null, loader: PyObject | null, ssl: PyObject | null | undefined): PyObject {
  let loc: string;
  if (location === null || location === None) {
    loc = "<unknown>";
    if (loader !== null && loader !== None) {
      const gf = attrOpt(loader, "get_filename");
      if (gf !== null) {
        try {
          const r = call(gf, [name]);
          loc = strStr(r);
          decref(r);
        } catch (e) {
          if (!isInstanceOfType(e, E.ImportErrorType)) throw e;
        } finally {
          decref(gf);
        }
      }
    }
  } else {
    loc = location instanceof PyStr ? location.value : strStr(location);
    loc = absPath(loc, host().cwd());
  }
  const spec = newInstance(ModuleSpecType);
  dset(spec, "name", name);
  dset(spec, "loader", loader ?? None);
  dsetNew(spec, "origin", newStr(loc));
  dset(spec, "loader_state", None);
  dset(spec, "submodule_search_locations", None);
  dsetNew(spec, "_uninitialized_submodules", newList([]));
  dset(spec, "_set_fileattr", True);
  dset(spec, "_cached", None);
  let ld = loader;
  if (ld === null || ld === None) {
    let cls: PyType | null = null;
    if (SOURCE_SUFFIXES.some((s) => loc.endsWith(s))) cls = SourceFileLoaderType;
    else if (BYTECODE_SUFFIXES.some((s) => loc.endsWith(s))) cls = SourcelessFileLoaderType;
    if (cls === null) {
      decref(spec);
      return incref(None);
    }
    ld = newLoader(cls, name, loc);
    dsetNew(spec, "loader", ld);
  }
  if (ssl === POPULATE || ssl === undefined) {
    const ip = attrOpt(ld, "is_package");
    if (ip !== null) {
      try {
        const r = call(ip, [name]);
        if (isTrue(r)) dsetNew(spec, "submodule_search_locations", newList([]));
        decref(r);
      } catch (e) {
        if (!isInstanceOfType(e, E.ImportErrorType)) throw e;
      } finally {
        decref(ip);
      }
    }
  } else {
    dset(spec, "submodule_search_locations", ssl);
  }
  const l = dget(spec, "submodule_search_locations");
  if (l instanceof PyList && l.items.length === 0 && loc !== "") {
    listAppend(l, newStrNoLeak(dirName(loc)));
  }
  return spec;
}
function newStrNoLeak(s: string): PyStr {
  const o = newStr(s);
  o.ob_refcnt--; // listAppend takes its own reference
  return o;
}

function newLoader(cls: PyType, name: PyObject, path: string): PyObject {
  const l = newInstance(cls);
  dset(l, "name", name);
  dsetNew(l, "path", newStr(path));
  return l;
}

// ---- namespace packages ---------------------------------------------------------------------------

/** _NamespacePath: a list of directories recomputed from the parent's path when that changes. */
class NSState {
  constructor(public name: string, public path: PyObject[], public lastParent: string[] | null, public epoch: number) {}
}
const nsStates = new WeakMap<PyObject, NSState>();
let nsEpoch = 0;

function parentPath(name: string): string[] {
  const dot = name.lastIndexOf(".");
  let p: PyObject | null = null;
  if (dot < 0) {
    p = sysGet("path");
    if (p !== null) p.ob_refcnt++;
  } else {
    const mods = sysGet("modules") as PyDict;
    const parent = dictGetItem(mods, newStrNoLeak(name.slice(0, dot)));
    if (parent !== null) p = attrOpt(parent, "__path__");
  }
  if (p === null) return [];
  const items = iterableToArray(p);
  decref(p);
  const r = items.map((x) => (x instanceof PyStr ? x.value : "\u0000"));
  for (const x of items) decref(x);
  return r;
}
function nsRecalc(o: PyObject): PyObject[] {
  const st = nsStates.get(o);
  if (st === undefined) return [];
  const pp = parentPath(st.name);
  if (st.lastParent === null || st.epoch !== nsEpoch || pp.length !== st.lastParent.length || pp.some((x, i) => x !== st.lastParent![i])) {
    const spec = pathFinderGetSpec(st.name, pp.map((x) => newStrNoLeak(x)));
    if (spec !== null && spec !== None) {
      const loader = attrOpt(spec, "loader");
      if (loader === None || loader === null) {
        const ssl = attrOpt(spec, "submodule_search_locations");
        if (ssl !== null && ssl !== None) {
          const items = iterableToArray(ssl);
          for (const x of st.path) decref(x);
          st.path = items;
        }
        decref(ssl);
      }
      decref(loader);
    }
    decref(spec);
    st.lastParent = pp;
    st.epoch = nsEpoch;
  }
  return st.path;
}
function nsList(o: PyObject): PyList {
  const items = nsRecalc(o);
  for (const x of items) x.ob_refcnt++;
  return newList(items.slice());
}

export function newNamespacePath(name: string, path: PyObject): PyObject {
  const o = newInstance(NamespacePathType);
  const items = iterableToArray(path);
  nsStates.set(o, new NSState(name, items, parentPath(name), nsEpoch));
  return o;
}


// ---- FileFinder -------------------------------------------------------------------------------------

interface FinderState {
  path: string;
  loaders: [string, PyObject][];
  mtime: number;
  entries: Set<string> | null;
}
const finderStates = new WeakMap<PyObject, FinderState>();

function finderInit(self: PyObject, args: PyObject[], kw: PyObject | null): void {
  const nk = kw === null ? 0 : (kw as PyTuple).items.length;
  if (nk > 0) throw typeError("FileFinder() takes no keyword arguments");
  if (args.length < 1) throw typeError("FileFinder.__init__() missing 1 required positional argument: 'path'");
  const p = args[0]!;
  let path = p instanceof PyStr ? p.value : strStr(p);
  const loaders: [string, PyObject][] = [];
  for (const det of args.slice(1)) {
    const pair = iterableToArray(det);
    if (pair.length !== 2) throw valueError("loader details must be (loader, suffixes) pairs");
    const sufs = iterableToArray(pair[1]!);
    for (const s of sufs) loaders.push([strStr(s), incref(pair[0]!)]);
    for (const x of [...pair, ...sufs]) decref(x);
  }
  if (path === "" || path === ".") path = host().cwd();
  else path = absPath(path, host().cwd());
  dsetNew(self, "path", newStr(path));
  dsetNew(self, "_loaders", newList(loaders.map(([s, l]) => newTuple([newStr(s), incref(l)]))));
  dsetNew(self, "_path_mtime", newInt(-1));
  finderStates.set(self, { path, loaders, mtime: -1, entries: null });
}

function finderState(self: PyObject): FinderState {
  let st = finderStates.get(self);
  if (st === undefined) {
    const p = attrStr(self, "path") ?? host().cwd();
    st = { path: p, loaders: defaultLoaders(), mtime: -1, entries: null };
    finderStates.set(self, st);
  }
  return st;
}
function defaultLoaders(): [string, PyObject][] {
  return [[".py", SourceFileLoaderType], [".pyc", SourcelessFileLoaderType]];
}

function isFile(p: string): boolean {
  const st = host().stat(p);
  return st !== null && st.isFile;
}
function isDir(p: string): boolean {
  const st = host().stat(p);
  return st !== null && st.isDir;
}

/** FileFinder.find_spec: `null` when not found. Returns a new reference. */
export function fileFinderFind(self: PyObject, fullname: PyObject, st: FinderState): PyObject | null {
  const full = strArg(fullname, "fullname");
  const tail = full.slice(full.lastIndexOf(".") + 1);
  const dst = host().stat(st.path);
  const mtime = dst === null ? -1 : dst.mtimeMs;
  if (mtime !== st.mtime || st.entries === null) {
    let names: string[] = [];
    try {
      names = host().listdir(st.path);
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
    }
    st.entries = new Set(names);
    st.mtime = mtime;
  }
  const cache = st.entries;
  let isNamespace = false;
  const basePath = pathJoin(st.path, tail);
  if (cache.has(tail)) {
    for (const [suffix, loader] of st.loaders) {
      const full2 = pathJoin(basePath, "__init__" + suffix);
      if (isFile(full2)) return getSpec(loader, fullname, full2, [basePath]);
    }
    isNamespace = isDir(basePath);
  }
  for (const [suffix, loader] of st.loaders) {
    if (cache.has(tail + suffix)) {
      const fp = pathJoin(st.path, tail + suffix);
      if (isFile(fp)) return getSpec(loader, fullname, fp, null);
    }
  }
  if (isNamespace) {
    const spec = newSpec(full, None, null);
    dsetNew(spec, "submodule_search_locations", newList([newStr(basePath)]));
    return spec;
  }
  return null;
}
function getSpec(loaderClass: PyObject, fullname: PyObject, path: string, smsl: string[] | null): PyObject {
  let loader: PyObject;
  if (loaderClass === SourceFileLoaderType || loaderClass === SourcelessFileLoaderType) {
    loader = newLoader(loaderClass as PyType, fullname, path);
  } else {
    const p = newStr(path);
    loader = call(loaderClass, [fullname, p]);
    decref(p);
  }
  const loc = newStr(path);
  const ssl = smsl === null ? null : newList(smsl.map((s) => newStr(s)));
  try {
    return specFromFileLocation(fullname, loc, loader, ssl);
  } finally {
    decref(loc);
    decref(ssl);
    decref(loader);
  }
}


function makePathHook(cls: PyObject, details: PyObject[]): PyObject {
  const held = details.map((d) => incref(d));
  return newBuiltinFunction({
    name: "path_hook_for_FileFinder", flags: Meth.O, fn: (_s: PyObject | null, path: PyObject) => {
      const p = strArg(path, "path");
      if (!isDir(p === "" ? host().cwd() : p)) throw importError(E.ImportErrorType, "only directories are supported", null, p);
      return call(cls, [path, ...held]);
    },
  });
}

// ---- PathFinder ---------------------------------------------------------------------------------------

/** PathFinder._path_importer_cache(entry): the finder for a sys.path entry, or None. */
export function pathImporterCache(entry: PyStr): PyObject {
  let key: PyStr = entry;
  if (entry.value === "") {
    key = newStrNoLeak(host().cwd());
  }
  const cache = sysGet("path_importer_cache");
  if (cache instanceof PyDict) {
    const f = dictGetItem(cache, key);
    if (f !== null) return incref(f);
  } else if (cache !== null) {
    try {
      return callMethod(cache, "__getitem__", [key]);
    } catch (e) {
      if (!isInstanceOfType(e, E.KeyErrorType)) throw e;
    }
  }
  const finder = pathHooks(key);
  if (cache instanceof PyDict) dictSetItem(cache, key, finder);
  else if (cache !== null) decref(callMethod(cache, "__setitem__", [key, finder]));
  return finder;
}
function pathHooks(path: PyStr): PyObject {
  const hooks = sysGet("path_hooks");
  if (hooks === null || hooks === None) return incref(None);
  const list = iterableToArray(hooks);
  try {
    for (const hook of list) {
      try {
        return call(hook, [path]);
      } catch (e) {
        if (isInstanceOfType(e, E.ImportErrorType)) {
          decref(e);
          continue;
        }
        throw e;
      }
    }
  } finally {
    for (const h of list) decref(h);
  }
  return incref(None);
}

/** PathFinder._get_spec(fullname, path): a spec (maybe a namespace one with loader None) or null. */
export function pathFinderGetSpec(fullname: string, entries: PyObject[]): PyObject | null {
  const name = newStr(fullname);
  const nsPath: PyObject[] = [];
  try {
    for (const entry of entries) {
      if (!(entry instanceof PyStr)) continue;
      const finder = pathImporterCache(entry);
      try {
        if (finder === None) continue;
        let spec: PyObject | null;
        if (finder.ob_type === FileFinderType) {
          spec = fileFinderFind(finder, name, finderState(finder));
        } else {
          const fs = attrOpt(finder, "find_spec");
          if (fs !== null) {
            spec = call(fs, [name]);
            decref(fs);
          } else {
            spec = legacyGetSpec(name, finder);
          }
          if (spec === None) {
            decref(spec);
            spec = null;
          }
        }
        if (spec === null) continue;
        const loader = attrOpt(spec, "loader");
        if (loader !== null && loader !== None) {
          decref(loader);
          return spec;
        }
        decref(loader);
        const portions = attrOpt(spec, "submodule_search_locations");
        decref(spec);
        if (portions === null || portions === None) {
          decref(portions);
          throw importError(E.ImportErrorType, "spec missing loader");
        }
        nsPath.push(...iterableToArray(portions));
        decref(portions);
      } finally {
        decref(finder);
      }
    }
    const spec = newSpec(fullname, None, null);
    dsetNew(spec, "submodule_search_locations", newList(nsPath));
    return spec;
  } finally {
    decref(name);
  }
}
function legacyGetSpec(name: PyObject, finder: PyObject): PyObject | null {
  const fl = attrOpt(finder, "find_loader");
  if (fl !== null) {
    const r = call(fl, [name]);
    decref(fl);
    const items = iterableToArray(r);
    decref(r);
    const [loader, portions] = items as [PyObject, PyObject];
    if (loader !== None) return specFromLoader(name, loader, null, null);
    const spec = newSpec(strStr(name), None, null);
    dset(spec, "submodule_search_locations", portions);
    return spec;
  }
  const fm = attrOpt(finder, "find_module");
  if (fm === null) return null;
  const loader = call(fm, [name]);
  decref(fm);
  if (loader === None) return null;
  return specFromLoader(name, loader, null, null);
}

/** PathFinder.find_spec(fullname, path=None): new reference or null. */
export function pathFinderFindSpec(fullname: string, path: PyObject | null): PyObject | null {
  let entries: PyObject[];
  if (path === null || path === None) {
    const sp = sysGet("path");
    entries = sp instanceof PyList ? sp.items.slice() : sp === null ? [] : iterableToArray(sp);
    if (!(sp instanceof PyList)) {
      /* iterableToArray returned new refs; they stay alive for the search */
    }
  } else if (path instanceof PyList) {
    entries = path.items.slice();
  } else {
    entries = iterableToArray(path);
  }
  const spec = pathFinderGetSpec(fullname, entries);
  if (spec === null) return null;
  const loader = attrOpt(spec, "loader");
  const hasLoader = loader !== null && loader !== None;
  decref(loader);
  if (hasLoader) return spec;
  const ns = attrOpt(spec, "submodule_search_locations");
  const nonEmpty = ns !== null && ns !== None && length(ns) > 0;
  if (!nonEmpty) {
    decref(ns);
    decref(spec);
    return null;
  }
  dset(spec, "origin", None);
  dsetNew(spec, "submodule_search_locations", newNamespacePath(fullname, ns!));
  decref(ns);
  return spec;
}

function invalidateCaches(): void {
  const cache = sysGet("path_importer_cache");
  if (cache instanceof PyDict) {
    const dead: PyObject[] = [];
    for (let i = dictNext(cache, 0); i >= 0; i = dictNext(cache, i + 1)) {
      const k = cache.ekeys[i]!, v = cache.evalues[i]!;
      if (v === None || !(k instanceof PyStr) || !k.value.startsWith("/")) {
        dead.push(k);
        continue;
      }
      const ic = attrOpt(v, "invalidate_caches");
      if (ic !== null) {
        decref(call(ic, []));
        decref(ic);
      }
    }
    for (const k of dead) dictDelItemIf(cache, k);
  }
  nsEpoch++;
}


// ---- module-level functions -----------------------------------------------------------------------

export function cacheFromSourcePy(args: PyObject[], kw: PyObject | null): PyObject {
  const [path, debugOverride, optimization] = parseArgs("cache_from_source", args, kw, ["path", "debug_override", "optimization"], { required: 1, kwonly: 2 });
  const p = path instanceof PyStr ? path.value : strStr(path!);
  let opt: string | number;
  if (debugOverride !== null && debugOverride !== None) {
    if (optimization !== null && optimization !== None) throw typeError("debug_override or optimization must be set to None");
    opt = isTrue(debugOverride) ? "" : 1;
  } else if (optimization === null || optimization === None) {
    opt = optimizeLevel() === 0 ? "" : optimizeLevel();
  } else {
    opt = strStr(optimization);
  }
  try {
    return newStr(cacheFromSource(p, opt));
  } catch (e) {
    if (e instanceof CachePathError) throw valueError(e.msg);
    throw e;
  }
}
export function sourceFromCachePy(path: PyObject): PyObject {
  const p = path instanceof PyStr ? path.value : strStr(path);
  try {
    return newStr(sourceFromCache(p));
  } catch (e) {
    if (e instanceof CachePathError) throw valueError(e.msg);
    throw e;
  }
}

export const MAGIC_NUMBER = MAGIC_BYTES;
export { ModuleSpecType, iterNext };


// ---- type objects: created at start-up (initImportSystem), after the builtin types are ready ----

export let LoaderBasicsType: PyType;
export let SourceLoaderType: PyType;
export let FileLoaderType: PyType;
export let SourceFileLoaderType: PyType;
export let SourcelessFileLoaderType: PyType;
export let ExtensionFileLoaderType: PyType;
export let NamespacePathType: PyType;
export let NamespaceLoaderType: PyType;
export let FileFinderType: PyType;
export let PathFinderType: PyType;

export function initExternalTypes(): void {
  LoaderBasicsType = nativeClass(Q + "_LoaderBasics", null, loaderBasicsMethods);
  SourceLoaderType = nativeClass(Q + "SourceLoader", LoaderBasicsType, sourceLoaderMethods);
  FileLoaderType = nativeClass(Q + "FileLoader", null, fileLoaderMethods, [], loaderInit);
  FileLoaderType.tp_richcompare = loaderEq;
  FileLoaderType.tp_hash = loaderHash;
  SourceFileLoaderType = multiBaseClass(Q + "SourceFileLoader", [FileLoaderType, SourceLoaderType], [
    { name: "path_stats", flags: Meth.O, fn: (_self: PyObject, path: PyObject) => {
      const p = strArg(path, "path");
      const st = host().stat(p);
      if (st === null) throw osErrorFromHost(new HostError("ENOENT", p, "No such file or directory"));
      const d = newDict();
      dictSetItem(d, intern("mtime"), newFloat(st.mtimeMs / 1000));
      dictSetItem(d, intern("size"), newInt(st.size));
      return d;
    } },
    { name: "_cache_bytecode", flags: Meth.FASTCALL, fn: (self: PyObject, args: PyObject[]) => callMethod(self, "set_data", [args[1]!, args[2]!]) },
    { name: "set_data", flags: Meth.KEYWORDS, fn: (_self: PyObject, args: PyObject[], kw: PyObject | null) => {
      const [path, data] = parseArgs("set_data", args, kw, ["path", "data", "_mode"], { required: 2 });
      if (data instanceof PyBytes) setData(strArg(path, "path"), data.value);
      return incref(None);
    } },
  ]);
  SourcelessFileLoaderType = multiBaseClass(Q + "SourcelessFileLoader", [FileLoaderType, LoaderBasicsType], [
    { name: "get_code", flags: Meth.O, fn: sourcelessGetCode },
    { name: "get_source", flags: Meth.O, fn: () => incref(None) },
  ]);
  ExtensionFileLoaderType = multiBaseClass(Q + "ExtensionFileLoader", [FileLoaderType, LoaderBasicsType], [
    { name: "create_module", flags: Meth.O, fn: (self: PyObject) => {
      const n = dget(self, "name");
      throw importError(E.ImportErrorType, `extension modules are not supported by tspy: ${n === null ? "?" : strStr(n)}`);
    } },
    { name: "get_code", flags: Meth.O, fn: () => incref(None) },
    { name: "get_source", flags: Meth.O, fn: () => incref(None) },
  ]);
  setLoadModuleShim((l, n) => loadModuleShim(l, n));
  setSpecFromFileLocation((name, location, loader, ssl) => specFromFileLocation(name, location, loader, ssl === null ? POPULATE : ssl));
  NamespacePathType = nativeClass(Q + "_NamespacePath", null, [
    { name: "append", flags: Meth.O, fn: (o: PyObject, v: PyObject) => {
      const st = nsStates.get(o);
      if (st !== undefined) st.path.push(incref(v));
      return incref(None);
    } },
    { name: "_recalculate", flags: Meth.NOARGS, fn: (o: PyObject) => nsList(o) },
  ], [
    { name: "_path", get: (o) => {
      const st = nsStates.get(o);
      return st === undefined ? newList([]) : newList(st.path.map((x) => incref(x)));
    }, set: null },
    { name: "_name", get: (o) => newStr(nsStates.get(o)?.name ?? ""), set: null },
  ]);
  NamespacePathType.tp_repr = (o) => {
    const l = nsList(o);
    const r = `_NamespacePath(${reprStr(l)})`;
    decref(l);
    return newStr(r);
  };
  NamespacePathType.tp_iter = (o) => {
    const l = nsList(o);
    const it = getIter(l);
    decref(l);
    return it;
  };
  NamespacePathType.sq_length = (o) => nsRecalc(o).length;
  NamespacePathType.mp_length = (o) => nsRecalc(o).length;
  NamespacePathType.sq_contains = (o, v) => nsRecalc(o).some((x) => eq(x, v));
  NamespacePathType.mp_subscript = (o, k) => {
    const l = nsList(o);
    try {
      return callMethod(l, "__getitem__", [k]);
    } finally {
      decref(l);
    }
  };
  NamespacePathType.mp_ass_subscript = (o, k, v) => {
    const st = nsStates.get(o);
    if (st === undefined || !(k instanceof PyInt) || v === null) throw typeError("unsupported _NamespacePath assignment");
    const i = Number(k.value);
    const old = st.path[i];
    st.path[i] = incref(v);
    decref(old ?? null);
  };
  NamespaceLoaderType = nativeClass(Q + "NamespaceLoader", null, [
    { name: "is_package", flags: Meth.O, fn: () => incref(True) },
    { name: "get_source", flags: Meth.O, fn: () => newStr("") },
    { name: "get_code", flags: Meth.O, fn: () => codeFor(compileModuleSource("", "<string>", 0)) },
    { name: "create_module", flags: Meth.O, fn: () => incref(None) },
    { name: "exec_module", flags: Meth.O, fn: () => incref(None) },
    { name: "load_module", flags: Meth.O, fn: (self: PyObject, fullname: PyObject) => loadModuleShim(self, fullname) },
    { name: "get_resource_reader", flags: Meth.O, fn: () => incref(None) },
  ], [], (self, args, kw) => {
    const [name, path] = parseArgs("NamespaceLoader", args, kw, ["name", "path", "path_finder"]);
    const p = path instanceof PyObject && path.ob_type === NamespacePathType ? incref(path) : newNamespacePath(strArg(name, "name"), path!);
    dsetNew(self, "_path", p);
  });
  setNamespaceLoaderFactory((path) => {
    const l = newInstance(NamespaceLoaderType);
    dset(l, "_path", path);
    return l;
  });
  FileFinderType = nativeClass(Q + "FileFinder", null, [
    { name: "find_spec", flags: Meth.KEYWORDS, fn: (self: PyObject, args: PyObject[], kw: PyObject | null) => {
      const [fullname] = parseArgs("find_spec", args, kw, ["fullname", "target"], { required: 1 });
      return fileFinderFind(self, fullname!, finderState(self)) ?? incref(None);
    } },
    { name: "invalidate_caches", flags: Meth.NOARGS, fn: (self: PyObject) => {
      const st = finderState(self);
      st.mtime = -1;
      st.entries = null;
      dsetNew(self, "_path_mtime", newInt(-1));
      return incref(None);
    } },
    { name: "_fill_cache", flags: Meth.NOARGS, fn: (self: PyObject) => {
      const st = finderState(self);
      st.entries = null;
      return incref(None);
    } },
    { name: "find_module", flags: Meth.O, fn: (self: PyObject, fullname: PyObject) => {
      const spec = fileFinderFind(self, fullname, finderState(self));
      if (spec === null) return incref(None);
      const l = attrOpt(spec, "loader") ?? incref(None);
      decref(spec);
      return l;
    } },
    { name: "path_hook", flags: Meth.FASTCALL | Meth.CLASS, fn: (cls: PyObject, details: PyObject[]) => makePathHook(cls, details) },
  ], [], finderInit);
  FileFinderType.tp_repr = (o) => newStr(`FileFinder(${strRepr(finderState(o).path)})`);
  PathFinderType = nativeClass(Q + "PathFinder", null, [
    { name: "find_spec", flags: Meth.KEYWORDS | Meth.CLASS, fn: (_cls: PyObject, args: PyObject[], kw: PyObject | null) => {
      const [fullname, path] = parseArgs("find_spec", args, kw, ["fullname", "path", "target"], { required: 1 });
      return pathFinderFindSpec(strArg(fullname, "fullname"), path) ?? incref(None);
    } },
    { name: "find_module", flags: Meth.KEYWORDS | Meth.CLASS, fn: (_cls: PyObject, args: PyObject[], kw: PyObject | null) => {
      const [fullname, path] = parseArgs("find_module", args, kw, ["fullname", "path"], { required: 1 });
      const spec = pathFinderFindSpec(strArg(fullname, "fullname"), path);
      if (spec === null) return incref(None);
      const l = attrOpt(spec, "loader") ?? incref(None);
      decref(spec);
      return l;
    } },
    { name: "invalidate_caches", flags: Meth.NOARGS | Meth.CLASS, fn: () => {
      invalidateCaches();
      return incref(None);
    } },
    { name: "_path_importer_cache", flags: Meth.O | Meth.CLASS, fn: (_c: PyObject, p: PyObject) => pathImporterCache(p as PyStr) },
    { name: "_path_hooks", flags: Meth.O | Meth.CLASS, fn: (_c: PyObject, p: PyObject) => pathHooks(p as PyStr) },
  ]);
}
