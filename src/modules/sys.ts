/**
 * The sys module (minimal for now): argv, modules, path, the standard streams, recursion limit,
 * version information, exc_info/exception, getrefcount, _getframe, exit, maxsize...
 * The standard streams are _io.TextIOWrapper-like objects over the host's fds 0/1/2:
 * stdout is block-buffered (flushed at exit, on flush(), and past 8 KiB), stderr line-buffered.
 */
import { asyncgenHooks } from "../objects/asyncgen.ts";
import { PyObject, PyType } from "../objects/object.ts";
import { CACHE_TAG } from "../version.ts";
import * as T from "../objects/types.ts";
import { None } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newInt, newIntAny, True, False, setMaxStrDigits, maxStrDigits } from "../objects/int.ts";
import { newFloat } from "../objects/float.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { PyDict, newDict, dictSetItemStr, dictGetItemStr } from "../objects/dict.ts";
import { newModule, PyModule } from "../objects/module.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { typeError, valueError, newException } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { call, strStr, iterableToArray } from "../objects/abstract.ts";
import { checkArity } from "../objects/args.ts";
import { ts, currentHandledException, switchState } from "../vm/state.ts";
import { host } from "../host/host.ts";
import { utf8Encode, decodeBytes } from "../objects/codecs.ts";
import { newStructSeqType, newStructSeq } from "../objects/structseq.ts";
import { PY_VERSION } from "../version.ts";
import { dealloc } from "../memory/refcount.ts";
import type { Frame } from "../vm/frame.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}

// ---- standard streams -------------------------------------------------------------------------

/**
 * Flush a standard stream (best effort: the stream may have been closed or replaced); used at exit
 * and before tracebacks are written.
 */
export function flushStream(s: PyObject): void {
  if (s instanceof PyTextIOWrapper) {
    if (!s.ok || s.buffer === null) return;
    try {
      if (textClosed(s)) return;
    } catch (e) {
      dec(e as PyObject);
      return;
    }
  }
  dec(callMethodSys(s, "flush", []));
}
import { PyTextIOWrapper, textClosed } from "./io_text.ts";
import { makeStdStream } from "./io.ts";
import { callMethod as callMethodSys } from "../objects/abstract.ts";

// ---- the module -------------------------------------------------------------------------------

let sysModule: PyModule | null = null;
/** sys.__stdin__, sys.__stdout__, sys.__stderr__ (the streams tspy made at start-up). */
export const stdStreams: PyObject[] = [];

/** sys.<name> (borrowed), or null. */
export function sysGet(name: string): PyObject | null {
  if (sysModule === null) return null;
  return dictGetItemStr(sysModule.dict!, intern(name));
}
export function sysSet(name: string, v: PyObject): void {
  dictSetItemStr(sysModule!.dict!, intern(name), v);
}

function fn(name: string, flags: number, f: Function) {
  return { name, flags, fn: f };
}

let frameGetter: (depth: number) => Frame | null = () => null;
export function setFrameGetter(f: (depth: number) => Frame | null): void {
  frameGetter = f;
}

export function makeSys(argv: string[], executable: string): PyModule {
  const m = newModule("sys");
  sysModule = m;
  const d = m.dict!;
  const set = (k: string, v: PyObject) => {
    dictSetItemStr(d, intern(k), v);
    dec(v);
  };
  const stdin = makeStdStream(0), stdout = makeStdStream(1), stderr = makeStdStream(2);
  stdStreams.push(stdin, stdout, stderr);
  for (const [k, v] of [["stdin", stdin], ["stdout", stdout], ["stderr", stderr]] as const) {
    v.ob_refcnt++;
    set(k, v);
    v.ob_refcnt++;
    set(`__${k}__`, v);
  }
  set("argv", newList(argv.map((a) => newStr(a))));
  set("orig_argv", newList(argv.map((a) => newStr(a))));
  set("path", newList([]));
  set("modules", newDict());
  set("meta_path", newList([]));
  set("path_hooks", newList([]));
  set("path_importer_cache", newDict());
  set("builtin_module_names", newTuple(["builtins", "sys", "_io", "marshal"].map((n) => newStr(n))));
  set("platform", newStr("linux"));
  set("byteorder", newStr("little"));
  set("maxsize", newIntAny(9223372036854775807n));
  set("maxunicode", newInt(0x10ffff));
  set("executable", newStr(executable));
  set("prefix", newStr("/usr/local"));
  set("exec_prefix", newStr("/usr/local"));
  set("base_prefix", newStr("/usr/local"));
  set("platlibdir", newStr("lib"));
  set("dont_write_bytecode", False);
  set("pycache_prefix", None);
  const [maj, min, mic] = PY_VERSION.split(".").map(Number) as [number, number, number];
  set("version", newStr(`${PY_VERSION} (tspy)`));
  set("hexversion", newInt((maj << 24) | (min << 16) | (mic << 8) | 0xf0));
  set("api_version", newInt(1013));
  const vi = newStructSeqType("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
  set("version_info", newStructSeq(vi, [newInt(maj), newInt(min), newInt(mic), newStr("final"), newInt(0)]));
  const cacheTag = newStr(CACHE_TAG), implName = newStr("tspy"), multiarch = newStr("x86_64-linux-gnu");
  const hexv = newInt((maj << 24) | (min << 16) | (mic << 8) | 0xf0);
  const vinfo = dictGetItemStr(d, intern("version_info"))!;
  set("implementation", newNamespace([["name", implName], ["cache_tag", cacheTag], ["version", vinfo], ["hexversion", hexv], ["_multiarch", multiarch]]));
  for (const x of [cacheTag, implName, multiarch, hexv]) dec(x);
  set("float_repr_style", newStr("short"));
  set("abiflags", newStr(""));
  set("base_exec_prefix", newStr("/usr/local"));
  set("thread_info", newStructSeq(newStructSeqType("sys.thread_info", ["name", "lock", "version"]), [newStr("pthread"), newStr("semaphore"), newStr("NPTL 2.36")]));
  set("stdlib_module_names", call(FrozenSetTypeRef(), [newTuple(STDLIB_NAMES.split(" ").map((n) => newStr(n)))]));
  set("float_info", newStructSeq(newStructSeqType("sys.float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]),
    [newFloat(Number.MAX_VALUE), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021), newInt(-307), newInt(15), newInt(53), newFloat(Number.EPSILON), newInt(2), newInt(1)]));
  set("int_info", newStructSeq(newStructSeqType("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]),
    [newInt(30), newInt(4), newInt(4300), newInt(640)]));
  set("hash_info", newStructSeq(newStructSeqType("sys.hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]),
    [newInt(64), newIntAny(2305843009213693951n), newInt(314159), newInt(0), newInt(1000003), newStr("siphash13"), newInt(64), newInt(128), newInt(0)]));
  set("flags", newStructSeq(newStructSeqType("sys.flags", ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"]),
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1].map((x) => (typeof x === "number" ? newInt(x) : x))));
  const defs = [
    fn("exit", 3, (_s: PyObject | null, args: PyObject[]) => {
      checkArity("exit", args, 0, 1);
      throw call(E.SystemExitType, args);
    }),
    fn("getrecursionlimit", 1, () => newInt(ts.recursionLimit)),
    fn("setrecursionlimit", 2, (_s: PyObject | null, n: PyObject) => {
      if (!(n instanceof PyInt)) throw typeError(`'${n.ob_type.tp_name}' object cannot be interpreted as an integer`);
      const v = Number(n.value);
      if (v < 1) throw valueError("recursion limit must be greater or equal than 1");
      if (v <= ts.depth) throw newException(E.RecursionErrorType, `cannot set the recursion limit to ${v} at the recursion depth ${ts.depth}: the limit is too low`);
      ts.recursionLimit = v;
      return None;
    }),
    fn("exc_info", 1, () => {
      const e = currentHandledException();
      if (e === null) return newTuple([None, None, None]);
      e.ob_type.ob_refcnt++;
      e.ob_refcnt++;
      const tb = (e as E.PyBaseException).traceback ?? None;
      tb.ob_refcnt++;
      return newTuple([e.ob_type, e, tb]);
    }),
    fn("exception", 1, () => {
      const e = currentHandledException() ?? None;
      e.ob_refcnt++;
      return e;
    }),
    fn("getrefcount", 2, (_s: PyObject | null, o: PyObject) => newInt(o.ob_refcnt + 1)),
    fn("getsizeof", 3, (_s: PyObject | null, args: PyObject[]) => {
      checkArity("getsizeof", args, 1, 2);
      const r = call(lookupSizeof(args[0]!), []);
      return r;
    }),
    fn("intern", 2, (_s: PyObject | null, s: PyObject) => {
      if (!(s instanceof PyStr)) throw typeError(`intern() argument must be str, not ${s.ob_type.tp_name}`);
      return intern(s.value);
    }),
    fn("_getframe", 3, (_s: PyObject | null, args: PyObject[]) => {
      const depth = args.length > 0 ? Number((args[0] as PyInt).value) : 0;
      const f = frameGetter(depth);
      if (f === null) throw valueError("call stack is not deep enough");
      f.ob_refcnt++;
      return f;
    }),
    fn("get_int_max_str_digits", 1, () => newInt(maxStrDigits)),
    fn("set_int_max_str_digits", 4, (_s: PyObject | null, args: PyObject[]) => {
      const n = Number((args[0] as PyInt).value);
      if (n !== 0 && n < 640) throw valueError("maxdigits must be 0 or larger than 640");
      setMaxStrDigits(n);
      return None;
    }),
    fn("getdefaultencoding", 1, () => newStr("utf-8")),
    fn("getfilesystemencoding", 1, () => newStr("utf-8")),
    fn("getfilesystemencodeerrors", 1, () => newStr("surrogateescape")),
    fn("is_finalizing", 1, () => False),
    fn("getswitchinterval", 1, () => newFloat(switchState.interval)),
    fn("setswitchinterval", 2, (_s: PyObject | null, v: PyObject) => {
      const x = asDoubleSys(v);
      if (x <= 0) throw valueError("switch interval must be strictly positive");
      switchState.interval = x;
      return None;
    }),
    fn("getallocatedblocks", 1, () => newInt(0)),
    fn("get_coroutine_origin_tracking_depth", 1, () => newInt(coroDepth)),
    fn("set_coroutine_origin_tracking_depth", 4, (_s: PyObject | null, args: PyObject[]) => {
      const n = Number((args[0] as PyInt).value);
      if (n < 0) throw valueError("depth must be >= 0");
      coroDepth = n;
      return None;
    }),
    fn("get_asyncgen_hooks", 1, () => {
      asyncgenHooks[0].ob_refcnt++;
      asyncgenHooks[1].ob_refcnt++;
      return newStructSeq(asyncgenHooksType(), [asyncgenHooks[0], asyncgenHooks[1]]);
    }),
    fn("set_asyncgen_hooks", 4, (_s: PyObject | null, args: PyObject[], kw: PyObject | null) => {
      const nk = kw === null ? 0 : (kw as PyTuple).items.length;
      const np = args.length - nk;
      const vals: (PyObject | null)[] = [np > 0 ? args[0]! : null, np > 1 ? args[1]! : null];
      for (let i = 0; i < nk; i++) {
        const k = ((kw as PyTuple).items[i] as PyStr).value;
        if (k === "firstiter") vals[0] = args[np + i]!;
        else if (k === "finalizer") vals[1] = args[np + i]!;
        else throw typeError(`set_asyncgen_hooks() got an unexpected keyword argument '${k}'`);
      }
      for (let i = 0; i < 2; i++) {
        const v = vals[i];
        if (v === null) continue;
        if (v !== None && !isCallableSys(v)) throw typeError(`callable ${i === 0 ? "firstiter" : "finalizer"} expected, got ${v.ob_type.tp_name}`);
        v.ob_refcnt++;
        dec(asyncgenHooks[i]!);
        asyncgenHooks[i] = v;
      }
      return None;
    }),
    fn("settrace", 2, (_s: PyObject | null, f: PyObject) => (setTrace(f), None)),
    fn("gettrace", 1, () => getTrace()),
    fn("setprofile", 2, (_s: PyObject | null, f: PyObject) => (setProfile(f), None)),
    fn("getprofile", 1, () => getProfile()),
    fn("call_tracing", 3, (_s: PyObject | null, args: PyObject[]) => {
      checkArity("call_tracing", args, 2, 2);
      if (!(args[1] instanceof PyTuple)) throw typeError(`call_tracing() argument 2 must be tuple, not ${args[1]!.ob_type.tp_name}`);
      return callTracing(args[0]!, (args[1] as PyTuple).items);
    }),
    fn("addaudithook", 2, () => None),
    fn("_current_frames", 1, () => {
      const dd = newDict();
      const f = frameGetter(0);
      if (f !== null) {
        const k = newInt(1);
        dictSetItem(dd, k, f);
        dec(k);
      }
      return dd;
    }),
    fn("excepthook", 3, (_s: PyObject | null, args: PyObject[]) => {
      checkArity("excepthook", args, 3, 3);
      excepthookImpl(args[1]!);
      return None;
    }),
    fn("breakpointhook", 4, (_s: PyObject | null, args: PyObject[], kw: PyObject | null) => breakpointhookImpl(args, kw)),
    fn("displayhook", 2, (_s: PyObject | null, o: PyObject) => displayhookImpl(o)),
    fn("unraisablehook", 2, (_s: PyObject | null, o: PyObject) => {
      unraisablehookImpl(o);
      return None;
    }),
    fn("audit", 3, () => None),
  ];
  for (const def of defs) {
    const f = newBuiltinFunction(def, intern("sys"));
    dictSetItemStr(d, intern(def.name), f);
    if (def.name === "excepthook" || def.name === "breakpointhook" || def.name === "displayhook" || def.name === "unraisablehook") dictSetItemStr(d, intern(`__${def.name}__`), f);
    dec(f);
  }
  set("copyright", newStr(COPYRIGHT_TEXT));
  set("warnoptions", newList([]));
  set("_xoptions", newDict());
  return m;
}
import { getAttr } from "../objects/abstract.ts";
function lookupSizeof(o: PyObject): PyObject {
  return getAttr(o, intern("__sizeof__"));
}
export { PyDict, PyType, PyTuple, strStr, iterableToArray };

// ---- hooks the VM installs (avoids import cycles) -----------------------------------------------

let excepthookImpl: (exc: PyObject) => void = () => {};
let breakpointhookImpl: (args: PyObject[], kw: PyObject | null) => PyObject = () => None;
let displayhookImpl: (o: PyObject) => PyObject = () => None;
let unraisablehookImpl: (o: PyObject) => void = () => {};
export function setSysHooks(h: {
  excepthook: (exc: PyObject) => void;
  breakpointhook: (args: PyObject[], kw: PyObject | null) => PyObject;
  displayhook: (o: PyObject) => PyObject;
  unraisablehook: (o: PyObject) => void;
}): void {
  excepthookImpl = h.excepthook;
  breakpointhookImpl = h.breakpointhook;
  displayhookImpl = h.displayhook;
  unraisablehookImpl = h.unraisablehook;
}
const COPYRIGHT_TEXT = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

// ---- state of sys's simple setters -------------------------------------------------------------

let coroDepth = 0;
import { setTrace, getTrace, setProfile, getProfile, callTracing } from "../vm/pytrace.ts";
let asyncgenHooksT: PyType | null = null;
function asyncgenHooksType(): PyType {
  asyncgenHooksT ??= newStructSeqType("asyncgen_hooks", ["firstiter", "finalizer"]);
  return asyncgenHooksT;
}
import { newNamespace } from "../objects/namespace.ts";
import { asDouble as asDoubleSys, isCallable as isCallableSys } from "../objects/abstract.ts";
import { dictSetItem } from "../objects/dict.ts";
import { FrozenSetType } from "../objects/types.ts";
function FrozenSetTypeRef(): PyType {
  return FrozenSetType;
}
/** sys.stdlib_module_names of CPython 3.11 (the names, for membership tests). */
const STDLIB_NAMES = "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio _queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo";
