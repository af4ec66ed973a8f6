/**
 * The `posix` builtin module: the operating-system primitives lib/os.py builds on, all through
 * the host (src/host/host.ts): stat/lstat/fstat (os.stat_result), listdir, scandir (DirEntry),
 * mkdir/rmdir/unlink/remove/rename/replace, getcwd/chdir, access, chmod, utime, readlink,
 * symlink, urandom, process ids, uname, umask, cpu_count, strerror, putenv/unsetenv, environ
 * (bytes -> bytes), fspath, get_terminal_size, _exit, and fd-level open/read/write/close.
 * Host failures become OSError(errno, strerror, filename[, filename2]) — FileNotFoundError and
 * the other subclasses by errno, as CPython's OSError constructor maps them.
 */
import { PyObject, PyType, Meth } from "../objects/object.ts";
import { TypeType, ObjectType, None } from "../objects/types.ts";
import { PyInt, newIntAny, newInt } from "../objects/int.ts";
import { newFloat } from "../objects/float.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyBytes, PyByteArray, newBytes, bufferOf } from "../objects/bytes.ts";
import { PyTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { newDict, dictSetItem } from "../objects/dict.ts";
import { call, lookupSpecial, call0, typeName } from "../objects/abstract.ts";
import { parseArgs } from "../objects/args.ts";
import { typeError, valueError } from "../objects/errors.ts";
import { readyType } from "../objects/typeobject.ts";
import * as E from "../objects/exceptions.ts";
import type { PyBaseException } from "../objects/exceptions.ts";
import { DECREF } from "../memory/refcount.ts";
import { host, HostError, type HostStatFull } from "../host/host.ts";
import { buildModule, pyInt, pyStr, pyNone, pyBool, asLong, type ModDef } from "./modutil.ts";
import { newStructSeqType, newStructSeqFull, PyStructSeq } from "./structseq_full.ts";
import { errnoNumber, strerror } from "./errno.ts";
import type { PyModule } from "../objects/module.ts";

// ---- paths ---------------------------------------------------------------------------------------

/** A path argument: [JS string, was bytes]. */
type PathArg = { s: string; bytes: boolean; fd: number | null; obj: PyObject };

const FSPATH = intern("__fspath__");
function decodeFs(b: Uint8Array): string {
  // utf-8 with surrogateescape
  let s = "";
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let cp = -1, n = 0;
    if (c < 0x80) {
      cp = c;
      n = 1;
    } else if (c >= 0xc2 && c < 0xe0 && i + 1 < b.length && (b[i + 1]! & 0xc0) === 0x80) {
      cp = ((c & 0x1f) << 6) | (b[i + 1]! & 0x3f);
      n = 2;
    } else if (c >= 0xe0 && c < 0xf0 && i + 2 < b.length && (b[i + 1]! & 0xc0) === 0x80 && (b[i + 2]! & 0xc0) === 0x80) {
      cp = ((c & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f);
      n = 3;
      if (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000)) cp = -1;
    } else if (c >= 0xf0 && c < 0xf5 && i + 3 < b.length && (b[i + 1]! & 0xc0) === 0x80 && (b[i + 2]! & 0xc0) === 0x80 && (b[i + 3]! & 0xc0) === 0x80) {
      cp = ((c & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f);
      n = 4;
      if (cp < 0x10000 || cp > 0x10ffff) cp = -1;
    }
    if (cp < 0) {
      s += String.fromCharCode(0xdc00 + c);
      i++;
    } else {
      s += String.fromCodePoint(cp);
      i += n;
    }
  }
  return s;
}
function encodeFs(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp >= 0xdc80 && cp <= 0xdcff) {
      out.push(cp - 0xdc00);
      continue;
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    void cp;
    cp = 0;
  }
  return Uint8Array.from(out);
}

/** os.fspath(o): new reference to a str or bytes. */
export function fspath(o: PyObject): PyObject {
  if (o instanceof PyStr || o instanceof PyBytes) {
    o.ob_refcnt++;
    return o;
  }
  const m = lookupSpecial(o, FSPATH);
  if (m === null) throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(o)}`);
  let r: PyObject;
  try {
    r = call0(m);
  } finally {
    DECREF(m);
  }
  if (!(r instanceof PyStr || r instanceof PyBytes)) {
    const n = typeName(r);
    DECREF(r);
    throw typeError(`expected ${typeName(o)}.__fspath__() to return str or bytes, not ${n}`);
  }
  return r;
}

/** path_converter: str, bytes, os.PathLike (and an fd when allowed). */
function pathArg(o: PyObject | null, fname: string, argname: string, allowFd: boolean, allowNone = false): PathArg {
  if (o === null || (allowNone && o === None)) return { s: ".", bytes: false, fd: null, obj: None };
  const kinds = allowFd ? (allowNone ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer") : allowNone ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
  if (allowFd && o instanceof PyInt && o.ob_type.tp_name !== "bool") return { s: "", bytes: false, fd: Number(o.value), obj: o };
  let p: PyObject;
  if (o instanceof PyStr || o instanceof PyBytes) {
    p = o;
    o.ob_refcnt++;
  } else {
    const m = lookupSpecial(o, FSPATH);
    if (m === null) throw typeError(`${fname}: ${argname} should be ${kinds}, not ${typeName(o)}`);
    try {
      p = call0(m);
    } finally {
      DECREF(m);
    }
    if (!(p instanceof PyStr || p instanceof PyBytes)) {
      const n = typeName(p);
      DECREF(p);
      throw typeError(`expected ${typeName(o)}.__fspath__() to return str or bytes, not ${n}`);
    }
  }
  const s = p instanceof PyStr ? p.value : decodeFs((p as PyBytes).value);
  const bytes = p instanceof PyBytes;
  DECREF(p);
  if (s.includes("\0")) throw valueError("embedded null byte");
  return { s, bytes, fd: null, obj: o };
}
function outName(name: string, asBytes: boolean): PyObject {
  return asBytes ? newBytes(encodeFs(name)) : newStr(name);
}

// ---- errors --------------------------------------------------------------------------------------

/** OSError for a host failure, with the path objects as CPython passes them. */
export function osError(e: unknown, file1: PyObject | null = null, file2: PyObject | null = null): unknown {
  if (!(e instanceof HostError)) return e;
  const no = errnoNumber(e.code) ?? 5;
  const args: PyObject[] = [newInt(no), newStr(strerror(no))];
  if (file1 !== null) {
    file1.ob_refcnt++;
    args.push(file1);
    if (file2 !== null) {
      args.push(pyNone());
      file2.ob_refcnt++;
      args.push(file2);
    }
  }
  try {
    return call(E.OSErrorType, args) as PyBaseException;
  } finally {
    for (const a of args) DECREF(a);
  }
}
function hostCall<T>(f: () => T, p1: PyObject | null = null, p2: PyObject | null = null): T {
  try {
    return f();
  } catch (e) {
    throw osError(e, p1, p2);
  }
}

// ---- stat_result -----------------------------------------------------------------------------------

let StatResultType: PyType | null = null;
export function statResultType(): PyType {
  if (StatResultType === null) {
    const t = newStructSeqType("os.stat_result", [
      "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
      "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
    ], 10);
    // statresult_new: float times not given take the integer ones
    const base = t.tp_new!;
    t.tp_new = (type, args, kw) => {
      const r = base(type, args, kw) as PyStructSeq;
      for (let i = 0; i < 3; i++) {
        if (r.extra[i] === None) {
          const v = r.items[7 + i]!;
          v.ob_refcnt++;
          r.extra[i] = v;
        }
      }
      return r;
    };
    StatResultType = t;
  }
  return StatResultType;
}
function nsFloat(ns: bigint): number {
  // CPython: (double)sec + nsec * 1e-9
  const sec = ns / 1000000000n, rem = ns % 1000000000n;
  return Number(sec) + Number(rem) * 1e-9;
}
function nsInt(ns: bigint): number {
  let sec = ns / 1000000000n;
  if (ns < 0n && sec * 1000000000n !== ns) sec -= 1n;
  return Number(sec);
}
export function statObject(st: HostStatFull): PyObject {
  return newStructSeqFull(statResultType(), [
    newIntAny(st.mode), newIntAny(st.ino <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(st.ino) : st.ino), newIntAny(st.dev <= 9007199254740991n ? Number(st.dev) : st.dev),
    newIntAny(st.nlink), newIntAny(st.uid), newIntAny(st.gid), newIntAny(st.size),
    newIntAny(nsInt(st.atimeNs)), newIntAny(nsInt(st.mtimeNs)), newIntAny(nsInt(st.ctimeNs)),
    newFloat(nsFloat(st.atimeNs)), newFloat(nsFloat(st.mtimeNs)), newFloat(nsFloat(st.ctimeNs)),
    newIntAny(st.atimeNs), newIntAny(st.mtimeNs), newIntAny(st.ctimeNs),
    newIntAny(st.blksize), newIntAny(st.blocks), newIntAny(st.rdev <= 9007199254740991n ? Number(st.rdev) : st.rdev),
  ]);
}
/** stat through the host; paths of the bundled library (overlay) get a synthesised result. */
function doStat(p: PathArg, follow: boolean): HostStatFull {
  const h = host();
  try {
    return h.statFull(p.fd ?? p.s, follow);
  } catch (e) {
    if (e instanceof HostError && e.code === "ENOENT" && p.fd === null) {
      const s = h.stat(p.s);
      if (s !== null) {
        const ns = BigInt(Math.round(s.mtimeMs)) * 1000000n;
        return { mode: s.mode, ino: 0n, dev: 0n, nlink: 1, uid: 0, gid: 0, size: s.size, atimeNs: ns, mtimeNs: ns, ctimeNs: ns, blksize: 4096, blocks: Math.ceil(s.size / 512), rdev: 0n };
      }
    }
    throw e;
  }
}

// ---- scandir / DirEntry ------------------------------------------------------------------------------

class PyDirEntry extends PyObject {
  declare name: string;
  declare path: string;
  declare bytes: boolean;
  declare lst: HostStatFull | null;
  declare st: HostStatFull | null;
  constructor(t: PyType, name: string, path: string, bytes: boolean) {
    super(t);
    this.name = name;
    this.path = path;
    this.bytes = bytes;
    this.lst = null;
    this.st = null;
  }
}
class PyScandirIter extends PyObject {
  declare names: string[];
  declare dir: string;
  declare bytes: boolean;
  declare pos: number;
  constructor(t: PyType, names: string[], dir: string, bytes: boolean) {
    super(t);
    this.names = names;
    this.dir = dir;
    this.bytes = bytes;
    this.pos = 0;
  }
}
const DirEntryType = new PyType(TypeType, "posix.DirEntry", ObjectType, 0);
const ScandirIterType = new PyType(TypeType, "posix.ScandirIterator", ObjectType, 0);
const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000;

/** The host's stat of a DirEntry's path; the path object (for the OSError) is made only on failure. */
function entryHostStat(d: PyDirEntry, follow: boolean): HostStatFull {
  try {
    return host().statFull(d.path, follow);
  } catch (e) {
    const name = outName(d.path, d.bytes);
    try {
      throw osError(e, name);
    } finally {
      DECREF(name);
    }
  }
}
function entryLstat(d: PyDirEntry): HostStatFull {
  d.lst ??= entryHostStat(d, false);
  return d.lst;
}
function entryStat(d: PyDirEntry, follow: boolean): HostStatFull {
  if (!follow) return entryLstat(d);
  if (d.st === null) {
    const l = entryLstat(d);
    d.st = (l.mode & S_IFMT) === S_IFLNK ? entryHostStat(d, true) : l;
  }
  return d.st;
}
function entryTest(d: PyDirEntry, follow: boolean, kind: number): boolean {
  try {
    return (entryStat(d, follow).mode & S_IFMT) === kind;
  } catch (e) {
    // a vanished entry or a dangling link is simply not of that kind
    if (e instanceof E.PyBaseException && e.ob_type !== E.OSErrorType && !isFileNotFound(e)) throw e;
    return false;
  }
}
function isFileNotFound(e: PyBaseException): boolean {
  let t: PyType | null = e.ob_type;
  while (t !== null) {
    if (t.tp_name === "FileNotFoundError") return true;
    t = t.tp_base;
  }
  return false;
}
function followKw(fname: string, args: PyObject[], kw: PyObject | null): boolean {
  const [f] = parseArgs(fname, args, kw, ["follow_symlinks"], { required: 0, kwonly: 0 });
  return f === null ? true : isTrueObj(f);
}
import { isTrue as isTrueObj } from "../objects/abstract.ts";

let typesReady = false;
function initTypes(): void {
  if (typesReady) return;
  typesReady = true;
  DirEntryType.tp_getset = [
    { name: "name", get: (o) => outName((o as PyDirEntry).name, (o as PyDirEntry).bytes), set: null },
    { name: "path", get: (o) => outName((o as PyDirEntry).path, (o as PyDirEntry).bytes), set: null },
  ];
  DirEntryType.tp_repr = (o) => {
    const name = outName((o as PyDirEntry).name, (o as PyDirEntry).bytes);
    try {
      return newStr(`<DirEntry ${reprOf(name)}>`);
    } finally {
      DECREF(name);
    }
  };
  DirEntryType.tp_methods = [
    { name: "is_dir", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], k: PyObject | null) => pyBool(entryTest(o as PyDirEntry, followKw("is_dir", a, k), S_IFDIR)) },
    { name: "is_file", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], k: PyObject | null) => pyBool(entryTest(o as PyDirEntry, followKw("is_file", a, k), S_IFREG)) },
    { name: "is_symlink", flags: Meth.NOARGS, fn: (o: PyObject) => pyBool(entryTest(o as PyDirEntry, false, S_IFLNK)) },
    { name: "stat", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], k: PyObject | null) => statObject(entryStat(o as PyDirEntry, followKw("stat", a, k))) },
    { name: "inode", flags: Meth.NOARGS, fn: (o: PyObject) => newIntAny(Number(entryLstat(o as PyDirEntry).ino)) },
    { name: "__fspath__", flags: Meth.NOARGS, fn: (o: PyObject) => outName((o as PyDirEntry).path, (o as PyDirEntry).bytes) },
  ];
  readyType(DirEntryType);
  ScandirIterType.tp_iter = (o) => {
    o.ob_refcnt++;
    return o;
  };
  ScandirIterType.tp_iternext = (o) => {
    const it = o as PyScandirIter;
    if (it.pos >= it.names.length) return null;
    const n = it.names[it.pos++]!;
    const path = it.dir === "." && !it.bytes && it.dir === "." ? joinPath(it.dir, n, true) : joinPath(it.dir, n, false);
    return new PyDirEntry(DirEntryType, n, path, it.bytes);
  };
  ScandirIterType.tp_methods = [
    { name: "close", flags: Meth.NOARGS, fn: (o: PyObject) => {
      (o as PyScandirIter).pos = (o as PyScandirIter).names.length;
      return pyNone();
    } },
    { name: "__enter__", flags: Meth.NOARGS, fn: (o: PyObject) => {
      o.ob_refcnt++;
      return o;
    } },
    { name: "__exit__", flags: Meth.FASTCALL, fn: (o: PyObject) => {
      (o as PyScandirIter).pos = (o as PyScandirIter).names.length;
      return pyBool(false);
    } },
  ];
  readyType(ScandirIterType);
}
function joinPath(dir: string, name: string, dotDefault: boolean): string {
  if (dotDefault) return "./" + name;
  return dir.endsWith("/") ? dir + name : dir + "/" + name;
}
import { reprStr as reprOf } from "../objects/abstract.ts";

// ---- small helpers -----------------------------------------------------------------------------------

function kwFlag(v: PyObject | null, dflt: boolean): boolean {
  return v === null ? dflt : isTrueObj(v);
}
function noDirFd(v: PyObject | null, fname: string): void {
  if (v !== null && v !== None) throw notImpl(`${fname}: dir_fd unavailable on this platform`);
}
const notImpl = (m: string) => newNotImpl(m);
import { notImplementedError as newNotImpl } from "../objects/errors.ts";

/** Positions of the descriptors os.open made (the host reads and writes at explicit offsets). */
const fdStates = new Map<number, { pos: number; append: boolean }>();
function fdState(fd: number): { pos: number; append: boolean } {
  let st = fdStates.get(fd);
  if (st === undefined) {
    st = { pos: 0, append: false };
    fdStates.set(fd, st);
  }
  return st;
}

let TerminalSizeType: PyType | null = null;
let UnameResultType: PyType | null = null;
let TimesResultType: PyType | null = null;

/** Flush sys.stdout / sys.stderr before a child process writes to the same descriptors. */
function environBytes(): PyObject {
  const d = newDict();
  const env = host().env;
  for (const k of Object.keys(env)) {
    const v = env[k];
    if (v === undefined) continue;
    const kb = newBytes(encodeFs(k)), vb = newBytes(encodeFs(v));
    dictSetItem(d, kb, vb);
    DECREF(kb);
    DECREF(vb);
  }
  return d;
}
function envStr(o: PyObject, what: string): string {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return decodeFs(o.value);
  throw typeError(`${what} must be str or bytes, not ${typeName(o)}`);
}

export function makePosixModule(): PyModule {
  initTypes();
  const statRes = statResultType();
  TerminalSizeType ??= newStructSeqType("os.terminal_size", ["columns", "lines"]);
  UnameResultType ??= newStructSeqType("posix.uname_result", ["sysname", "nodename", "release", "version", "machine"]);
  TimesResultType ??= newStructSeqType("posix.times_result", ["user", "system", "children_user", "children_system", "elapsed"]);
  const h = host;
  const defs: ModDef[] = [
    { name: "stat", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p, dirFd, follow] = parseArgs("stat", a, k, ["path", "dir_fd", "follow_symlinks"], { required: 1, kwonly: 1 });
      noDirFd(dirFd, "stat");
      const pa = pathArg(p, "stat", "path", true);
      return statObject(hostCall(() => doStat(pa, kwFlag(follow, true)), pa.obj));
    } },
    { name: "lstat", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p, dirFd] = parseArgs("lstat", a, k, ["path", "dir_fd"], { required: 1, kwonly: 1 });
      noDirFd(dirFd, "lstat");
      const pa = pathArg(p, "lstat", "path", false);
      return statObject(hostCall(() => doStat(pa, false), pa.obj));
    } },
    { name: "fstat", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [fd] = parseArgs("fstat", a, k, ["fd"]);
      const n = asLong(fd!);
      return statObject(hostCall(() => h().statFull(n, true)));
    } },
    { name: "listdir", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p] = parseArgs("listdir", a, k, ["path"], { required: 0 });
      const pa = pathArg(p, "listdir", "path", true, true);
      const names = hostCall(() => h().listdir(pa.s), pa.obj === None ? newStr(".") : pa.obj);
      return newList(names.map((n) => outName(n, pa.bytes)));
    } },
    { name: "scandir", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p] = parseArgs("scandir", a, k, ["path"], { required: 0 });
      const pa = pathArg(p, "scandir", "path", true, true);
      const names = hostCall(() => h().listdir(pa.s), pa.obj === None ? newStr(".") : pa.obj);
      return new PyScandirIter(ScandirIterType, names, p === null || p === None ? "." : pa.s, pa.bytes);
    } },
    { name: "mkdir", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p, mode, dirFd] = parseArgs("mkdir", a, k, ["path", "mode", "dir_fd"], { required: 1, kwonly: 2 });
      noDirFd(dirFd, "mkdir");
      const pa = pathArg(p, "mkdir", "path", false);
      const m = mode === null ? 0o777 : asLong(mode);
      hostCall(() => h().mkdirOne(pa.s, m), pa.obj);
      return pyNone();
    } },
    { name: "rmdir", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p, dirFd] = parseArgs("rmdir", a, k, ["path", "dir_fd"], { required: 1, kwonly: 1 });
      noDirFd(dirFd, "rmdir");
      const pa = pathArg(p, "rmdir", "path", false);
      hostCall(() => h().rmdir(pa.s), pa.obj);
      return pyNone();
    } },
    ...["unlink", "remove"].map((name): ModDef => ({ name, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p, dirFd] = parseArgs(name, a, k, ["path", "dir_fd"], { required: 1, kwonly: 1 });
      noDirFd(dirFd, name);
      const pa = pathArg(p, name, "path", false);
      hostCall(() => h().unlink(pa.s), pa.obj);
      return pyNone();
    } })),
    ...["rename", "replace"].map((name): ModDef => ({ name, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [s1, d1, sfd, dfd] = parseArgs(name, a, k, ["src", "dst", "src_dir_fd", "dst_dir_fd"], { required: 2, kwonly: 2 });
      noDirFd(sfd, name);
      noDirFd(dfd, name);
      const ps = pathArg(s1, name, "src", false), pd = pathArg(d1, name, "dst", false);
      hostCall(() => h().rename(ps.s, pd.s), ps.obj, pd.obj);
      return pyNone();
    } })),
    { name: "getcwd", flags: Meth.NOARGS, fn: () => newStr(h().cwd()) },
    { name: "getcwdb", flags: Meth.NOARGS, fn: () => newBytes(encodeFs(h().cwd())) },
    { name: "chdir", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p] = parseArgs("chdir", a, k, ["path"]);
      const pa = pathArg(p, "chdir", "path", true);
      hostCall(() => h().chdir(pa.s), pa.obj);
      return pyNone();
    } },
    { name: "access", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p, mode] = parseArgs("access", a, k, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], { required: 2, kwonly: 2 });
      const pa = pathArg(p, "access", "path", false);
      const m = asLong(mode!);
      return pyBool(h().access(pa.s, m));
    } },
    { name: "chmod", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p, mode] = parseArgs("chmod", a, k, ["path", "mode", "dir_fd", "follow_symlinks"], { required: 2, kwonly: 2 });
      const pa = pathArg(p, "chmod", "path", true);
      const m = asLong(mode!);
      hostCall(() => h().chmod(pa.s, m), pa.obj);
      return pyNone();
    } },
    { name: "utime", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p, times, ns] = parseArgs("utime", a, k, ["path", "times", "ns", "dir_fd", "follow_symlinks"], { required: 1, kwonly: 2 });
      const pa = pathArg(p, "utime", "path", true);
      let at: number, mt: number;
      if (times !== null && times !== None) {
        if (ns !== null) throw valueError("utime: you may specify either 'times' or 'ns' but not both");
        const t = times as PyTuple;
        if (!(t instanceof PyTuple) || t.items.length !== 2) throw typeError("utime: 'times' must be either a tuple of two ints or None");
        at = asNumber(t.items[0]!);
        mt = asNumber(t.items[1]!);
      } else if (ns !== null) {
        const t = ns as PyTuple;
        if (!(t instanceof PyTuple) || t.items.length !== 2) throw typeError("utime: 'ns' must be a tuple of two ints");
        at = Number((t.items[0] as PyInt).value) / 1e9;
        mt = Number((t.items[1] as PyInt).value) / 1e9;
      } else {
        at = mt = h().time();
      }
      hostCall(() => h().utime(pa.s, at, mt), pa.obj);
      return pyNone();
    } },
    { name: "readlink", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p] = parseArgs("readlink", a, k, ["path", "dir_fd"], { required: 1, kwonly: 1 });
      const pa = pathArg(p, "readlink", "path", false);
      return outName(hostCall(() => h().readlink(pa.s), pa.obj), pa.bytes);
    } },
    { name: "symlink", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [s1, d1] = parseArgs("symlink", a, k, ["src", "dst", "target_is_directory", "dir_fd"], { required: 2, kwonly: 3 });
      const ps = pathArg(s1, "symlink", "src", false), pd = pathArg(d1, "symlink", "dst", false);
      hostCall(() => h().symlink(ps.s, pd.s), ps.obj, pd.obj);
      return pyNone();
    } },
    { name: "urandom", flags: Meth.O, fn: (_s: null, n: PyObject) => {
      const k = asLong(n);
      if (k < 0) throw valueError("negative argument not allowed");
      return newBytes(h().randomBytes(k));
    } },
    { name: "getpid", flags: Meth.NOARGS, fn: () => pyInt(h().processIds().pid) },
    { name: "getppid", flags: Meth.NOARGS, fn: () => pyInt(h().processIds().ppid) },
    { name: "getuid", flags: Meth.NOARGS, fn: () => pyInt(h().processIds().uid) },
    { name: "getgid", flags: Meth.NOARGS, fn: () => pyInt(h().processIds().gid) },
    { name: "geteuid", flags: Meth.NOARGS, fn: () => pyInt(h().processIds().euid) },
    { name: "getegid", flags: Meth.NOARGS, fn: () => pyInt(h().processIds().egid) },
    { name: "getlogin", flags: Meth.NOARGS, fn: () => pyStr(h().env["LOGNAME"] ?? h().env["USER"] ?? "root") },
    { name: "uname", flags: Meth.NOARGS, fn: () => {
      const u = h().uname();
      return newStructSeqFull(UnameResultType!, [newStr(u.sysname), newStr(u.nodename), newStr(u.release), newStr(u.version), newStr(u.machine)]);
    } },
    { name: "times", flags: Meth.NOARGS, fn: () => {
      const cpu = Number(h().cpuTimeNs()) / 1e9;
      return newStructSeqFull(TimesResultType!, [newFloat(cpu), newFloat(0), newFloat(0), newFloat(0), newFloat(Number(h().monotonicNs()) / 1e9)]);
    } },
    { name: "umask", flags: Meth.O, fn: (_s: null, m: PyObject) => pyInt(h().umask(asLong(m))) },
    { name: "cpu_count", flags: Meth.NOARGS, fn: () => {
      const n = h().cpuCount();
      return n > 0 ? pyInt(n) : pyNone();
    } },
    { name: "strerror", flags: Meth.O, fn: (_s: null, c: PyObject) => pyStr(strerror(asLong(c))) },
    { name: "putenv", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 2) throw typeError(`putenv expected 2 arguments, got ${a.length}`);
      const key = envStr(a[0]!, "str"), val = envStr(a[1]!, "str");
      if (key === "" || key.includes("=")) throw valueError("illegal environment variable name");
      if (key.includes("\0") || val.includes("\0")) throw valueError("embedded null byte");
      h().setEnv(key, val);
      return pyNone();
    } },
    { name: "unsetenv", flags: Meth.O, fn: (_s: null, k: PyObject) => {
      const key = envStr(k, "str");
      if (key.includes("=")) throw valueError("illegal environment variable name");
      if (key === "") throw osError(new HostError("EINVAL", "", "EINVAL"));
      h().setEnv(key, null);
      return pyNone();
    } },
    { name: "fspath", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p] = parseArgs("fspath", a, k, ["path"]);
      return fspath(p!);
    } },
    { name: "get_terminal_size", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      const fd = a.length ? asLong(a[0]!) : 1;
      const sz = hostCall(() => h().terminalSize(fd));
      return newStructSeqFull(TerminalSizeType!, [newInt(sz.columns), newInt(sz.lines)]);
    } },
    { name: "isatty", flags: Meth.O, fn: (_s: null, fd: PyObject) => {
      const n = asLong(fd);
      const hh = h();
      if (hh.isatty !== undefined) return pyBool(hh.isatty(n));
      try {
        h().terminalSize(n);
        return pyBool(true);
      } catch {
        return pyBool(false);
      }
    } },
    { name: "system", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [c] = parseArgs("system", a, k, ["command"]);
      const pa = pathArg(c, "system", "command", false);
      // no flush of sys.stdout/stderr: the shell writes to the descriptors at once, ahead of what
      // this process still buffers (python3's order)
      return pyInt(h().system(pa.s));
    } },
    { name: "WEXITSTATUS", flags: Meth.O, fn: (_s: null, st: PyObject) => pyInt((asLong(st) >> 8) & 0xff) },
    { name: "WIFEXITED", flags: Meth.O, fn: (_s: null, st: PyObject) => pyBool((asLong(st) & 0x7f) === 0) },
    { name: "WIFSIGNALED", flags: Meth.O, fn: (_s: null, st: PyObject) => {
      const v = asLong(st) & 0x7f;
      return pyBool(v !== 0 && v !== 0x7f);
    } },
    { name: "WTERMSIG", flags: Meth.O, fn: (_s: null, st: PyObject) => pyInt(asLong(st) & 0x7f) },
    { name: "waitstatus_to_exitcode", flags: Meth.O, fn: (_s: null, st: PyObject) => {
      const v = asLong(st);
      if ((v & 0x7f) === 0) return pyInt((v >> 8) & 0xff);
      const sig = v & 0x7f;
      if (sig !== 0x7f) return pyInt(-sig);
      throw valueError(`invalid wait status: ${v}`);
    } },
    { name: "_exit", flags: Meth.O, fn: (_s: null, st: PyObject) => h().exit(asLong(st)) },
    { name: "device_encoding", flags: Meth.O, fn: () => pyNone() },
    { name: "write", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 2) throw typeError(`write expected 2 arguments, got ${a.length}`);
      const fd = asLong(a[0]!);
      const data = bufferOf(a[1]!);
      if (data === null) throw typeError(`a bytes-like object is required, not '${typeName(a[1]!)}'`);
      if (fd === 1 || fd === 2) {
        h().write(fd, data.slice());
        return pyInt(data.length);
      }
      const st = fdState(fd);
      const n = hostCall(() => h().fileWrite(fd, data.slice(), st.append ? null : st.pos));
      st.pos = st.append ? Number(h().statFull(fd, true).size) : st.pos + n;
      return pyInt(n);
    } },
    { name: "open", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [p, flags, mode, dirFd] = parseArgs("open", a, k, ["path", "flags", "mode", "dir_fd"], { required: 2, kwonly: 3 });
      noDirFd(dirFd, "open");
      const pa = pathArg(p, "open", "path", false);
      const f = asLong(flags!);
      const acc = f & 3;
      const hf = { read: acc === 0 || acc === 2, write: acc === 1 || acc === 2, create: (f & 64) !== 0, exclusive: (f & 128) !== 0, truncate: (f & 512) !== 0, append: (f & 1024) !== 0 };
      const fd = hostCall(() => h().fileOpen(pa.s, hf, mode === null ? 0o777 : asLong(mode)), pa.obj);
      fdStates.set(fd, { pos: 0, append: hf.append });
      return pyInt(fd);
    } },
    { name: "read", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 2) throw typeError(`read expected 2 arguments, got ${a.length}`);
      const fd = asLong(a[0]!), n = asLong(a[1]!);
      if (n < 0) throw osError(new HostError("EINVAL", "", "EINVAL"));
      const st = fdState(fd);
      const buf = new Uint8Array(n);
      const got = hostCall(() => h().fileRead(fd, buf, 0, n, st.pos));
      st.pos += got;
      return newBytes(buf.slice(0, got));
    } },
    { name: "lseek", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 3) throw typeError(`lseek expected 3 arguments, got ${a.length}`);
      const fd = asLong(a[0]!), off = asLong(a[1]!), how = asLong(a[2]!);
      const st = fdState(fd);
      const base = how === 0 ? 0 : how === 1 ? st.pos : how === 2 ? Number(hostCall(() => h().statFull(fd, true)).size) : -1;
      if (base < 0 || base + off < 0) throw osError(new HostError("EINVAL", "", "EINVAL"));
      st.pos = base + off;
      return pyInt(st.pos);
    } },
    { name: "close", flags: Meth.O, fn: (_s: null, fdo: PyObject) => {
      const fd = asLong(fdo);
      hostCall(() => h().fileClose(fd));
      fdStates.delete(fd);
      return pyNone();
    } },
    { name: "ftruncate", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 2) throw typeError(`ftruncate expected 2 arguments, got ${a.length}`);
      const fd = asLong(a[0]!), n = asLong(a[1]!);
      hostCall(() => h().fileTruncate(fd, n));
      return pyNone();
    } },
    { name: "fsync", flags: Meth.O, fn: () => pyNone() },
  ];
  statRes.ob_refcnt++;
  TerminalSizeType.ob_refcnt++;
  UnameResultType.ob_refcnt++;
  TimesResultType.ob_refcnt++;
  DirEntryType.ob_refcnt++;
  const consts: Record<string, PyObject> = {
    stat_result: statRes,
    terminal_size: TerminalSizeType,
    uname_result: UnameResultType,
    times_result: TimesResultType,
    DirEntry: DirEntryType,
    environ: environBytes(),
    error: E.OSErrorType,
    F_OK: pyInt(0), R_OK: pyInt(4), W_OK: pyInt(2), X_OK: pyInt(1),
    O_RDONLY: pyInt(0), O_WRONLY: pyInt(1), O_RDWR: pyInt(2), O_APPEND: pyInt(1024), O_CREAT: pyInt(64), O_EXCL: pyInt(128),
    O_TRUNC: pyInt(512), O_NONBLOCK: pyInt(2048), O_CLOEXEC: pyInt(524288), O_DIRECTORY: pyInt(65536), O_NOFOLLOW: pyInt(131072),
    SEEK_SET: pyInt(0), SEEK_CUR: pyInt(1), SEEK_END: pyInt(2),
    EX_OK: pyInt(0),
  };
  E.OSErrorType.ob_refcnt++;
  void PyByteArray;
  return buildModule("posix", defs, consts);
}
function asNumber(o: PyObject): number {
  if (o instanceof PyInt) return Number(o.value);
  const v = (o as unknown as { value?: unknown }).value;
  if (typeof v === "number") return v;
  throw typeError("utime: 'times' must be either a tuple of two ints or None");
}
export { decodeFs, encodeFs };
