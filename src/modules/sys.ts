/**
 * The sys module (minimal for now): argv, modules, path, the standard streams, recursion limit,
 * version information, exc_info/exception, getrefcount, _getframe, exit, maxsize...
 * The standard streams are _io.TextIOWrapper-like objects over the host's fds 0/1/2:
 * stdout is block-buffered (flushed at exit, on flush(), and past 8 KiB), stderr line-buffered.
 */
import { PyObject, PyType } from "../objects/object.ts";
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
import { ts, currentHandledException } from "../vm/state.ts";
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

export class PyTextIO extends PyObject {
  declare fd: 0 | 1 | 2;
  declare buf: string;
  declare name: string;
  declare closed: boolean;
  declare input: string | null;
  declare inPos: number;
  constructor(fd: 0 | 1 | 2, name: string) {
    super(T.TextIOType);
    this.fd = fd;
    this.buf = "";
    this.name = name;
    this.closed = false;
    this.input = null;
    this.inPos = 0;
  }
}
export function flushStream(s: PyTextIO): void {
  if (s.buf.length === 0 || s.fd === 0) return;
  const data = s.buf;
  s.buf = "";
  host().write(s.fd, utf8Encode(data));
}
function checkEncodable(s: string, stream: PyTextIO): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) {
      const ok = c < 0xdc00 && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) < 0xe000;
      if (ok) {
        i++;
        continue;
      }
      if (stream.fd === 2) return s.replace(/[\ud800-\udfff]/gu, (m) => `\\u${m.charCodeAt(0).toString(16)}`);
      throw newException(E.UnicodeEncodeErrorType, `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${i}: surrogates not allowed`);
    }
  }
  return s;
}
T.TextIOType.tp_methods = [
  { name: "write", flags: 2, fn: (o: PyObject, s: PyObject) => {
    const st = o as PyTextIO;
    if (!(s instanceof PyStr)) throw typeError(`write() argument must be str, not ${s.ob_type.tp_name}`);
    if (st.closed) throw valueError("I/O operation on closed file.");
    const text = checkEncodable(s.value, st);
    st.buf += text;
    if (st.fd === 2 ? text.includes("\n") : st.buf.length > 8192) flushStream(st);
    return newInt(Array.from(s.value).length);
  } },
  { name: "flush", flags: 1, fn: (o: PyObject) => {
    flushStream(o as PyTextIO);
    return None;
  } },
  { name: "readline", flags: 3, fn: (o: PyObject) => {
    const st = o as PyTextIO;
    if (st.input === null) st.input = decodeBytes(host().readStdin(), "utf-8", "strict");
    if (st.inPos >= st.input.length) return newStr("");
    let j = st.input.indexOf("\n", st.inPos);
    j = j < 0 ? st.input.length : j + 1;
    const line = st.input.substring(st.inPos, j);
    st.inPos = j;
    return newStr(line);
  } },
  { name: "read", flags: 3, fn: (o: PyObject) => {
    const st = o as PyTextIO;
    if (st.input === null) st.input = decodeBytes(host().readStdin(), "utf-8", "strict");
    const r = st.input.substring(st.inPos);
    st.inPos = st.input.length;
    return newStr(r);
  } },
  { name: "fileno", flags: 1, fn: (o: PyObject) => newInt((o as PyTextIO).fd) },
  { name: "isatty", flags: 1, fn: () => False },
  { name: "writable", flags: 1, fn: (o: PyObject) => ((o as PyTextIO).fd !== 0 ? True : False) },
  { name: "readable", flags: 1, fn: (o: PyObject) => ((o as PyTextIO).fd === 0 ? True : False) },
  { name: "close", flags: 1, fn: (o: PyObject) => {
    flushStream(o as PyTextIO);
    (o as PyTextIO).closed = true;
    return None;
  } },
];
T.TextIOType.tp_getset = [
  { name: "encoding", get: () => newStr("utf-8"), set: null },
  { name: "errors", get: (o) => newStr((o as PyTextIO).fd === 2 ? "backslashreplace" : "strict"), set: null },
  { name: "name", get: (o) => newStr((o as PyTextIO).name), set: null },
  { name: "closed", get: (o) => ((o as PyTextIO).closed ? True : False), set: null },
  { name: "line_buffering", get: (o) => ((o as PyTextIO).fd === 2 ? True : False), set: null },
];
T.TextIOType.tp_repr = (o) => newStr(`<_io.TextIOWrapper name='${(o as PyTextIO).name}' mode='${(o as PyTextIO).fd === 0 ? "r" : "w"}' encoding='utf-8'>`);

// ---- the module -------------------------------------------------------------------------------

let sysModule: PyModule | null = null;
export const stdStreams: PyTextIO[] = [];

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
  const stdin = new PyTextIO(0, "<stdin>"), stdout = new PyTextIO(1, "<stdout>"), stderr = new PyTextIO(2, "<stderr>");
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
  const impl = newDict();
  set("implementation", impl);
  set("float_info", newStructSeq(newStructSeqType("sys.float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]),
    [newFloat(Number.MAX_VALUE), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021), newInt(-307), newInt(15), newInt(53), newFloat(Number.EPSILON), newInt(2), newInt(1)]));
  set("int_info", newStructSeq(newStructSeqType("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]),
    [newInt(30), newInt(4), newInt(4300), newInt(640)]));
  set("hash_info", newStructSeq(newStructSeqType("sys.hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]),
    [newInt(64), newIntAny(2305843009213693951), newInt(314159), newInt(0), newInt(1000003), newStr("siphash13"), newInt(64), newInt(128), newInt(0)]));
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
    fn("audit", 3, () => None),
  ];
  for (const def of defs) {
    const f = newBuiltinFunction(def, intern("sys"));
    dictSetItemStr(d, intern(def.name), f);
    dec(f);
  }
  return m;
}
import { getAttr } from "../objects/abstract.ts";
function lookupSizeof(o: PyObject): PyObject {
  return getAttr(o, intern("__sizeof__"));
}
export { PyDict, PyType, PyTuple, strStr, iterableToArray };
