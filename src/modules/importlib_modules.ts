/**
 * The builtin modules of the import machinery: `_frozen_importlib`, `_frozen_importlib_external`,
 * `_imp` and `_tspy` (hooks the bundled library uses). Each factory builds its module once.
 */
import { PyObject, PyType, Meth, TPFlags, type MethodDef } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, intern, newStr } from "../objects/str.ts";
import { PyInt, newInt, True, False, newBool } from "../objects/int.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { PyDict, dictSetItemStr, dictGetItemStr } from "../objects/dict.ts";
import { PyBytes, newBytes } from "../objects/bytes.ts";
import { PyModule, newModule } from "../objects/module.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { parseArgs } from "../objects/args.ts";
import { typeError, valueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { isTrue, strStr, reprStr } from "../objects/abstract.ts";
import { PyCode, codeFor } from "../objects/codeobject.ts";
import { typeModified } from "../objects/typeobject.ts";
import { sourceHash } from "../objects/hash.ts";
import { RAW_MAGIC_NUMBER, MAGIC_BYTES, writePyc } from "../bytecode/pyc.ts";
import { fixCoFilename } from "../bytecode/pycache.ts";
import { CACHE_TAG } from "../version.ts";
import { host } from "../host/host.ts";
import { decref, incref, importError, withOSError, attrOpt } from "../vm/import_util.ts";
import { isBuiltinModuleName, createBuiltinModule, builtinModuleNames } from "../vm/import_registry.ts";
import * as B from "./importlib_bootstrap.ts";
import * as X from "./importlib_external.ts";
import { compileModuleSource, execCodeInDict } from "../vm/import_exec.ts";
import { gcdImport, findSpec, importModuleLevel, handleFromlist, resolveName, findAndLoad, loadUnlocked } from "../vm/import.ts";
import { optimizeLevel } from "./importlib_paths.ts";

function put(d: PyDict, name: string, v: PyObject): void {
  dictSetItemStr(d, intern(name), v);
  decref(v);
}
function addFunctions(m: PyModule, defs: MethodDef[]): void {
  const mn = intern((dictGetItemStr(m.dict!, intern("__name__")) as PyStr).value);
  for (const def of defs) put(m.dict!, def.name, newBuiltinFunction(def, mn));
}
function once(make: () => PyModule): () => PyObject {
  let m: PyModule | null = null;
  return () => {
    if (m === null) m = make();
    return incref(m);
  };
}
function strArg(o: PyObject | null, what: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${what} must be str, not ${o === null ? "NoneType" : o.ob_type.tp_name}`);
  return o.value;
}

// ---- _frozen_importlib -------------------------------------------------------------------------------

export const makeFrozenImportlib = once(() => {
  const m = newModule("_frozen_importlib");
  const d = m.dict!;
  for (const t of [B.ModuleSpecType, B.BuiltinImporterType, B.FrozenImporterType]) {
    dictSetItemStr(d, intern(t.tp_name.slice(t.tp_name.lastIndexOf(".") + 1)), t);
  }
  addFunctions(m, [
    { name: "module_from_spec", flags: Meth.O, fn: (_s: null, spec: PyObject) => B.moduleFromSpec(spec) },
    { name: "spec_from_loader", flags: Meth.KEYWORDS, fn: (_s: null, args: PyObject[], kw: PyObject | null) => {
      const [name, loader, origin, isPackage] = parseArgs("spec_from_loader", args, kw, ["name", "loader", "origin", "is_package"], { required: 2, kwonly: 2 });
      return B.specFromLoader(name!, loader!, origin, isPackage);
    } },
    { name: "_init_module_attrs", flags: Meth.KEYWORDS, fn: (_s: null, args: PyObject[], kw: PyObject | null) => {
      const [spec, module, override] = parseArgs("_init_module_attrs", args, kw, ["spec", "module", "override"], { required: 2 });
      B.initModuleAttrs(spec!, module!, override !== null && isTrue(override));
      return incref(module!);
    } },
    { name: "_gcd_import", flags: Meth.KEYWORDS, fn: (_s: null, args: PyObject[], kw: PyObject | null) => {
      const [name, pkg, level] = parseArgs("_gcd_import", args, kw, ["name", "package", "level"], { required: 1 });
      return gcdImport(name!, pkg, level instanceof PyInt ? Number(level.value) : 0);
    } },
    { name: "_find_spec", flags: Meth.KEYWORDS, fn: (_s: null, args: PyObject[], kw: PyObject | null) => {
      const [name, path, target] = parseArgs("_find_spec", args, kw, ["name", "path", "target"], { required: 2 });
      return findSpec(strArg(name, "name"), path, target === null || target === None ? null : target) ?? incref(None);
    } },
    { name: "_find_and_load", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => findAndLoad(strArg(args[0] ?? null, "name")) },
    { name: "_load", flags: Meth.O, fn: (_s: null, spec: PyObject) => loadUnlocked(spec) },
    { name: "_resolve_name", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      return newStr(resolveName(strArg(args[0] ?? null, "name"), strArg(args[1] ?? null, "package"), Number((args[2] as PyInt).value)));
    } },
    { name: "_handle_fromlist", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      handleFromlist(args[0]!, args[1]!, args.length > 3 && isTrue(args[3]!));
      return incref(args[0]!);
    } },
    { name: "__import__", flags: Meth.KEYWORDS, fn: importFunction },
    { name: "_load_module_shim", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => X.loadModuleShimPy(args[0]!, args[1]!) },
  ]);
  return m;
});

/** builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0). */
export function importFunction(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [name, globals, , fromlist, level] = parseArgs("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], { required: 1 });
  let lv = 0;
  if (level !== null) {
    if (!(level instanceof PyInt)) throw typeError(`'${level.ob_type.tp_name}' object cannot be interpreted as an integer`);
    lv = Number(level.value);
  }
  return importModuleLevel(name!, globals, fromlist, lv);
}

// ---- _frozen_importlib_external ------------------------------------------------------------------------

export const makeFrozenImportlibExternal = once(() => {
  const m = newModule("_frozen_importlib_external");
  const d = m.dict!;
  for (const t of [X.PathFinderType, X.FileFinderType, X.FileLoaderType, X.SourceLoaderType, X.SourceFileLoaderType,
    X.SourcelessFileLoaderType, X.ExtensionFileLoaderType, X.NamespaceLoaderType, X.NamespacePathType, X.LoaderBasicsType]) {
    dictSetItemStr(d, intern(t.tp_name.slice(t.tp_name.lastIndexOf(".") + 1)), t);
  }
  addFunctions(m, [
    { name: "spec_from_file_location", flags: Meth.KEYWORDS, fn: (_s: null, args: PyObject[], kw: PyObject | null) => {
      const [name, location, loader, ssl] = parseArgs("spec_from_file_location", args, kw, ["name", "location", "loader", "submodule_search_locations"], { required: 1, kwonly: 2 });
      return X.specFromFileLocation(name!, location, loader === None ? null : loader, ssl);
    } },
    { name: "cache_from_source", flags: Meth.KEYWORDS, fn: (_s: null, args: PyObject[], kw: PyObject | null) => X.cacheFromSourcePy(args, kw) },
    { name: "source_from_cache", flags: Meth.O, fn: (_s: null, p: PyObject) => X.sourceFromCachePy(p) },
    { name: "decode_source", flags: Meth.O, fn: (_s: null, b: PyObject) => {
      if (!(b instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${b.ob_type.tp_name}'`);
      return newStr(X.decodeSource(b.value));
    } },
    { name: "_get_supported_file_loaders", flags: Meth.NOARGS, fn: () => newList([
      newTuple([incref(X.ExtensionFileLoaderType), newList([])]),
      newTuple([incref(X.SourceFileLoaderType), newList([newStr(".py")])]),
      newTuple([incref(X.SourcelessFileLoaderType), newList([newStr(".pyc")])]),
    ]) },
  ]);
  put(d, "MAGIC_NUMBER", newBytes(MAGIC_BYTES.slice()));
  put(d, "_RAW_MAGIC_NUMBER", newInt(RAW_MAGIC_NUMBER));
  put(d, "SOURCE_SUFFIXES", newList([newStr(".py")]));
  put(d, "BYTECODE_SUFFIXES", newList([newStr(".pyc")]));
  put(d, "DEBUG_BYTECODE_SUFFIXES", newList([newStr(".pyc")]));
  put(d, "OPTIMIZED_BYTECODE_SUFFIXES", newList([newStr(".pyc")]));
  put(d, "EXTENSION_SUFFIXES", newList([]));
  put(d, "path_sep", newStr("/"));
  put(d, "path_separators", newStr("/"));
  put(d, "_pycache_prefix", incref(None));
  return m;
});

// ---- _imp -------------------------------------------------------------------------------------------------

export const makeImp = once(() => {
  const m = newModule("_imp");
  addFunctions(m, [
    { name: "is_builtin", flags: Meth.O, fn: (_s: null, n: PyObject) => newInt(isBuiltinModuleName(strArg(n, "name")) ? 1 : 0) },
    { name: "create_builtin", flags: Meth.O, fn: (_s: null, spec: PyObject) => {
      const n = attrOpt(spec, "name");
      const name = n instanceof PyStr ? n.value : null;
      decref(n);
      if (name === null || !isBuiltinModuleName(name)) throw importError(E.ImportErrorType, `no built-in module named ${name ?? "?"}`, name);
      return createBuiltinModule(name);
    } },
    { name: "exec_builtin", flags: Meth.O, fn: () => newInt(0) },
    { name: "exec_dynamic", flags: Meth.O, fn: () => newInt(0) },
    { name: "create_dynamic", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      const n = attrOpt(args[0]!, "name");
      const name = n instanceof PyStr ? n.value : "?";
      decref(n);
      throw importError(E.ImportErrorType, `extension modules are not supported by tspy: ${name}`, name);
    } },
    { name: "is_frozen", flags: Meth.O, fn: () => incref(False) },
    { name: "is_frozen_package", flags: Meth.O, fn: () => incref(False) },
    { name: "find_frozen", flags: Meth.KEYWORDS, fn: () => incref(None) },
    { name: "get_frozen_object", flags: Meth.KEYWORDS, fn: (_s: null, args: PyObject[]) => {
      throw importError(E.ImportErrorType, `No such frozen object named ${args[0] === undefined ? "?" : reprStr(args[0])}`);
    } },
    { name: "init_frozen", flags: Meth.O, fn: () => incref(None) },
    { name: "acquire_lock", flags: Meth.NOARGS, fn: () => incref(None) },
    { name: "release_lock", flags: Meth.NOARGS, fn: () => incref(None) },
    { name: "lock_held", flags: Meth.NOARGS, fn: () => incref(False) },
    { name: "extension_suffixes", flags: Meth.NOARGS, fn: () => newList([]) },
    { name: "_fix_co_filename", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      const c = args[0];
      if (!(c instanceof PyCode)) throw typeError(`_fix_co_filename() argument 1 must be code, not ${c === undefined ? "nothing" : c.ob_type.tp_name}`);
      fixCoFilename(c.co, strArg(args[1] ?? null, "path"));
      return incref(None);
    } },
    { name: "source_hash", flags: Meth.KEYWORDS, fn: (_s: null, args: PyObject[], kw: PyObject | null) => {
      const [key, source] = parseArgs("source_hash", args, kw, ["key", "source"]);
      if (!(key instanceof PyInt)) throw typeError("an integer is required");
      const b = source as PyObject;
      const v = (b as unknown as { value?: unknown }).value;
      if (!(v instanceof Uint8Array)) throw typeError(`a bytes-like object is required, not '${b.ob_type.tp_name}'`);
      return newBytes(sourceHash(Number(BigInt.asUintN(32, BigInt(key.value))), v));
    } },
    { name: "_override_multi_interp_extensions_check", flags: Meth.O, fn: () => newInt(-1) },
  ]);
  put(m.dict!, "check_hash_based_pycs", newStr(X.checkHashBasedPycs));
  put(m.dict!, "pyc_magic_number_token", newInt(RAW_MAGIC_NUMBER));
  return m;
});

// ---- _tspy ------------------------------------------------------------------------------------------------

/** _abc's set_collection_flag_recursive: static (immutable) types such as bytes are left alone. */
function setFlagDeep(t: PyType, flag: number, clear: number): void {
  if ((t.tp_flags & TPFlags.HEAPTYPE) === 0) return;
  t.tp_flags = (t.tp_flags & ~clear) | flag;
  typeModified(t);
  for (const s of t.tp_subclasses) setFlagDeep(s, flag, clear);
}

export const makeTspy = once(() => {
  const m = newModule("_tspy");
  addFunctions(m, [
    { name: "abc_set_collection_flag", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      const cls = args[0];
      const flag = args[1] instanceof PyStr ? args[1].value : "";
      if (!(cls instanceof PyType)) throw typeError("abc_set_collection_flag() argument 1 must be a type");
      if (flag === "sequence") setFlagDeep(cls, TPFlags.SEQUENCE, TPFlags.MAPPING);
      else if (flag === "mapping") setFlagDeep(cls, TPFlags.MAPPING, TPFlags.SEQUENCE);
      else throw valueError("flag must be 'sequence' or 'mapping'");
      return incref(None);
    } },
    // compile(source, filename, optimize) -> code: the import system's source_to_code
    { name: "compile_source", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      const src = args[0]!;
      const filename = strArg(args[1] ?? null, "filename");
      const opt = args[2] instanceof PyInt ? Number(args[2].value) : -1;
      const data = src instanceof PyBytes ? src.value : src instanceof PyStr ? src.value : null;
      if (data === null) throw typeError("compile_source() argument 1 must be str or bytes");
      return codeFor(compileModuleSource(data, filename, opt < 0 ? optimizeLevel() : opt));
    } },
    // pyc bytes for a code object: timestamp (mtime, size) or hash-based (source bytes, check_source)
    { name: "pyc_data", flags: Meth.KEYWORDS, fn: (_s: null, args: PyObject[], kw: PyObject | null) => {
      const [code, mtime, size, srcb, check] = parseArgs("pyc_data", args, kw, ["code", "mtime", "source_size", "source", "check_source"], { required: 1 });
      if (!(code instanceof PyCode)) throw typeError("pyc_data() argument 1 must be code");
      if (srcb !== null && srcb !== None) {
        const v = (srcb as PyBytes).value;
        return newBytes(writePyc(code.co, { kind: "hash", checkSource: check !== null && isTrue(check), sourceHash: sourceHash(RAW_MAGIC_NUMBER, v) }));
      }
      const mt = mtime instanceof PyInt ? Number(mtime.value) : 0;
      const sz = size instanceof PyInt ? Number(size.value) : 0;
      return newBytes(writePyc(code.co, { kind: "timestamp", mtime: mt, sourceSize: sz }));
    } },
    { name: "listdir", flags: Meth.O, fn: (_s: null, p: PyObject) => {
      const path = strArg(p, "path");
      return newList(withOSError(() => host().listdir(path === "" ? "." : path)).sort().map((n) => newStr(n)));
    } },
    { name: "stat", flags: Meth.O, fn: (_s: null, p: PyObject) => {
      const path = strArg(p, "path");
      const st = host().stat(path);
      if (st === null) return incref(None);
      return newTuple([newBool(st.isFile), newBool(st.isDir), newInt(st.size), newInt(Math.trunc(st.mtimeMs / 1000)), newInt(st.mode)]);
    } },
    { name: "read_bytes", flags: Meth.O, fn: (_s: null, p: PyObject) => newBytes(X.readBytes(strArg(p, "path"))) },
    { name: "write_bytes_atomic", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      const path = strArg(args[0] ?? null, "path");
      const b = args[1];
      if (!(b instanceof PyBytes)) throw typeError("write_bytes_atomic() argument 2 must be bytes");
      withOSError(() => {
        const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
        if (dir !== "" && host().stat(dir) === null) host().mkdir(dir);
        host().writeFileAtomic(path, b.value);
      });
      return incref(None);
    } },
    { name: "getcwd", flags: Meth.NOARGS, fn: () => newStr(host().cwd()) },
    { name: "exec_code", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      const c = args[0], g = args[1];
      if (!(c instanceof PyCode)) throw typeError("exec_code() argument 1 must be code");
      if (!(g instanceof PyDict)) throw typeError("exec_code() argument 2 must be dict");
      execCodeInDict(c, g);
      return incref(None);
    } },
  ]);
  put(m.dict!, "cache_tag", newStr(CACHE_TAG));
  return m;
});

export function builtinNamesTuple(): PyObject {
  return newTuple(builtinModuleNames().map((n) => newStr(n)));
}
export { True };
