/**
 * open() and the io / _io modules (Modules/_io/_iomodule.c, Lib/io.py).
 *
 * open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
 * opener=None) validates the mode as CPython does, then stacks FileIO -> BufferedReader/
 * Writer/Random -> TextIOWrapper (text mode; its `mode` attribute is the mode given).
 * The `io` module re-exports _io's classes under their public names (IOBase, RawIOBase, ...)
 * plus open, open_code, text_encoding, UnsupportedOperation, DEFAULT_BUFFER_SIZE and SEEK_*.
 */
import { PyObject, PyType } from "../objects/object.ts";
import { dealloc } from "../memory/refcount.ts";
import { None, TypeType } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newInt } from "../objects/int.ts";
import { newTuple } from "../objects/tuple.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyDict, newDict, dictSetItemStr } from "../objects/dict.ts";
import { newModule, PyModule } from "../objects/module.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { readyType } from "../objects/typeobject.ts";
import * as A from "../objects/abstract.ts";
import * as E from "../objects/exceptions.ts";
import { typeError, valueError } from "../objects/errors.ts";
import { parseArgs } from "../objects/args.ts";
import {
  ALL_IO_TYPES, IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType, FileIOType, BytesIOType,
  BufferedReaderType, BufferedWriterType, BufferedRandomType, TextIOWrapperType, StringIOType, DEFAULT_BUFFER_SIZE,
  setUnsupportedOperationMaker, unsupportedOperationType, dec, intArg,
} from "./io_base.ts";
import { PyFileIO, fileioInit, stdFileIO } from "./io_raw.ts";
import { newBuffered } from "./io_buffered.ts";
import { newTextIOWrapper, PyTextIOWrapper } from "./io_text.ts";
import { warn } from "./warnings.ts";

/** open(): the builtin and io.open. */
export function openFn(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [file, modeO, bufO, encO, errO, nlO, closefdO, opener] = parseArgs("open", args, kw,
    ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], { required: 1 });
  // an os.PathLike file is opened by (and named after) its __fspath__() str or bytes, as
  // CPython's io.open does; fsPathOwned is that owned result, released once FileIO has it
  let fileObj = file!;
  let fsPathOwned: PyObject | null = null;
  if (!(fileObj instanceof PyStr) && !(fileObj instanceof PyInt) && fileObj.ob_type.tp_name !== "bytes") {
    const fspath = A.lookupSpecial(fileObj, intern("__fspath__"));
    if (fspath !== null) {
      let r: PyObject;
      try {
        r = A.call(fspath, []);
      } finally {
        if (--fspath.ob_refcnt === 0) dealloc(fspath);
      }
      if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
        const tn = r.ob_type.tp_name;
        dec(r);
        throw typeError(`expected ${fileObj.ob_type.tp_name}.__fspath__() to return str or bytes, not ${tn}`);
      }
      fileObj = fsPathOwned = r;
    } else if (fileObj.ob_type.nb_index === null) throw typeError(`expected str, bytes or os.PathLike object, not ${fileObj.ob_type.tp_name}`);
  }
  try {
    return openFile(fileObj, modeO, bufO, encO, errO, nlO, closefdO, opener);
  } finally {
    if (fsPathOwned !== null) dec(fsPathOwned);
  }
}

/** open() once the file argument is a str, bytes or file descriptor (borrowed). */
function openFile(fileObj: PyObject, modeO: PyObject | null, bufO: PyObject | null, encO: PyObject | null,
  errO: PyObject | null, nlO: PyObject | null, closefdO: PyObject | null, opener: PyObject | null): PyObject {
  if (modeO !== null && !(modeO instanceof PyStr)) throw typeError(`open() argument 'mode' must be str, not ${modeO.ob_type.tp_name}`);
  const mode = modeO === null ? "r" : modeO.value;
  for (const [n, o] of [["encoding", encO], ["errors", errO], ["newline", nlO]] as [string, PyObject | null][]) {
    if (o !== null && o !== None && !(o instanceof PyStr)) throw typeError(`open() argument '${n}' must be str or None, not ${o.ob_type.tp_name}`);
  }
  const buffering = bufO === null ? -1 : intArg(bufO);
  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"xrwabt+".includes(c) || seen.has(c)) throw valueError(`invalid mode: '${mode}'`);
    seen.add(c);
    if (c === "x") creating = true;
    else if (c === "r") reading = true;
    else if (c === "w") writing = true;
    else if (c === "a") appending = true;
    else if (c === "+") updating = true;
    else if (c === "t") text = true;
    else if (c === "b") binary = true;
  }
  let rawmode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
  if (text && binary) throw valueError("can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) {
    throw valueError("must have exactly one of create/read/write/append mode");
  }
  if (!creating && !reading && !writing && !appending) throw valueError("Must have exactly one of create/read/write/append mode and at most one plus");
  const isStr = (o: PyObject | null) => o !== null && o !== None;
  if (binary && isStr(encO)) throw valueError("binary mode doesn't take an encoding argument");
  if (binary && isStr(errO)) throw valueError("binary mode doesn't take an errors argument");
  if (binary && isStr(nlO)) throw valueError("binary mode doesn't take a newline argument");
  if (binary && buffering === 1) {
    warn(E.RuntimeWarningType, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", 1);
  }
  rawmode += "";
  // the raw file
  const raw = new PyFileIO(FileIOType);
  const rawArgs: PyObject[] = [fileObj, newStr(rawmode)];
  const closefd = closefdO === null ? null : closefdO;
  try {
    const kwn: string[] = [];
    if (closefd !== null) {
      rawArgs.push(closefd);
      kwn.push("closefd");
    }
    if (opener !== null) {
      rawArgs.push(opener);
      kwn.push("opener");
    }
    const kwt = kwn.length === 0 ? null : newTuple(kwn.map((k) => newStr(k)));
    try {
      fileioInit(raw, rawArgs, kwt);
    } finally {
      if (kwt !== null) dec(kwt);
    }
  } catch (e) {
    dec(raw);
    throw e;
  } finally {
    dec(rawArgs[1]!);
  }
  let result: PyObject = raw;
  try {
    let bufsize = buffering;
    const lineBuffering = buffering === 1 || (buffering < 0 && raw.fd >= 0 && false);
    if (bufsize === 1 || bufsize < 0) bufsize = DEFAULT_BUFFER_SIZE;
    if (bufsize === 0) {
      if (binary) return raw;
      throw valueError("can't have unbuffered text I/O");
    }
    const btype = updating ? BufferedRandomType : creating || writing || appending ? BufferedWriterType : BufferedReaderType;
    const buffer = newBuffered(btype, raw, bufsize);
    dec(raw);
    result = buffer;
    if (binary) return buffer;
    const t: PyTextIOWrapper = newTextIOWrapper(buffer, encO instanceof PyStr ? encO.value : null, errO instanceof PyStr ? errO.value : null, nlO, lineBuffering);
    dec(buffer);
    result = t;
    const m = newStr(mode);
    A.setAttr(t, intern("mode"), m);
    dec(m);
    return t;
  } catch (e) {
    try {
      dec(A.callMethod(result, "close", []));
    } catch (e2) {
      dec(e2 as PyObject);
    }
    dec(result);
    throw e;
  }
}

// ---- modules ----------------------------------------------------------------------------------

let ready = false;
/** Ready the io types and say how io.UnsupportedOperation is made (once; io_base.ts makes it on first use). */
export function initIOTypes(): void {
  if (ready) return;
  ready = true;
  // their slots are all set: dict entries on first use (readyType's deferDict)
  for (const t of ALL_IO_TYPES) readyType(t, true);
  setUnsupportedOperationMaker(() => {
    const ns = newDict();
    dictSetItemStr(ns, intern("__module__"), newStr("io"));
    const name = newStr("UnsupportedOperation");
    const bases = newTuple([(E.OSErrorType.ob_refcnt++, E.OSErrorType), (E.ValueErrorType.ob_refcnt++, E.ValueErrorType)]);
    const t = A.call(TypeType, [name, bases, ns]) as PyType;
    dec(name);
    dec(bases);
    dec(ns);
    return t;
  });
}

let openFunction: PyObject | null = null;
/** The one `open` builtin function object (builtins.open is io.open). Borrowed. */
export function getOpenFunction(): PyObject {
  if (openFunction === null) {
    openFunction = newBuiltinFunction({ name: "open", flags: 4, fn: (s: PyObject | null, a: PyObject[], k: PyObject | null) => {
      initIOTypes();
      return openFn(s, a, k);
    } }, intern("io"));
  }
  return openFunction;
}
function addFunctions(d: PyDict, modName: string): void {
  const mn = intern(modName);
  dictSetItemStr(d, intern("open"), getOpenFunction());
  const defs = [
    { name: "open_code", flags: 4, fn: (_s: PyObject | null, args: PyObject[], kw: PyObject | null) => {
      const [path] = parseArgs("open_code", args, kw, ["path"], { required: 1 });
      if (!(path instanceof PyStr)) throw typeError(`open_code() argument 'path' must be str, not ${path!.ob_type.tp_name}`);
      const m = newStr("rb");
      try {
        return openFn(null, [path, m], null);
      } finally {
        dec(m);
      }
    } },
    { name: "text_encoding", flags: 3, fn: (_s: PyObject | null, args: PyObject[]) => {
      if (args.length < 1 || args.length > 2) throw typeError(`text_encoding expected at least 1 argument, got ${args.length}`);
      const e = args[0]!;
      if (e !== None) {
        e.ob_refcnt++;
        return e;
      }
      return newStr("locale");
    } },
  ];
  for (const def of defs) {
    const f = newBuiltinFunction(def, mn);
    dictSetItemStr(d, intern(def.name), f);
    dec(f);
  }
}
function addCommon(d: PyDict): void {
  const set = (k: string, v: PyObject) => {
    dictSetItemStr(d, intern(k), v);
  };
  set("DEFAULT_BUFFER_SIZE", newInt(DEFAULT_BUFFER_SIZE));
  set("UnsupportedOperation", unsupportedOperationType());
  set("FileIO", FileIOType);
  set("BytesIO", BytesIOType);
  set("StringIO", StringIOType);
  set("BufferedReader", BufferedReaderType);
  set("BufferedWriter", BufferedWriterType);
  set("BufferedRandom", BufferedRandomType);
  set("TextIOWrapper", TextIOWrapperType);
  set("BlockingIOError", E.BlockingIOErrorType);
}
let ioC: PyModule | null = null;
export function makeIOCModule(): PyModule {
  if (ioC !== null) {
    ioC.ob_refcnt++;
    return ioC;
  }
  initIOTypes();
  const m = newModule("_io");
  const d = m.dict!;
  addFunctions(d, "_io");
  addCommon(d);
  dictSetItemStr(d, intern("_IOBase"), IOBaseType);
  dictSetItemStr(d, intern("_RawIOBase"), RawIOBaseType);
  dictSetItemStr(d, intern("_BufferedIOBase"), BufferedIOBaseType);
  dictSetItemStr(d, intern("_TextIOBase"), TextIOBaseType);
  ioC = m;
  m.ob_refcnt++;
  return m;
}
let io: PyModule | null = null;
export function makeIOModule(): PyModule {
  if (io !== null) {
    io.ob_refcnt++;
    return io;
  }
  initIOTypes();
  const m = newModule("io");
  const d = m.dict!;
  addFunctions(d, "io");
  addCommon(d);
  dictSetItemStr(d, intern("IOBase"), IOBaseType);
  dictSetItemStr(d, intern("RawIOBase"), RawIOBaseType);
  dictSetItemStr(d, intern("BufferedIOBase"), BufferedIOBaseType);
  dictSetItemStr(d, intern("TextIOBase"), TextIOBaseType);
  for (const [k, v] of [["SEEK_SET", 0], ["SEEK_CUR", 1], ["SEEK_END", 2]] as [string, number][]) {
    const n = newInt(v);
    dictSetItemStr(d, intern(k), n);
    dec(n);
  }
  const all = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
    "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
    "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
    "text_encoding", "IncrementalNewlineDecoder"];
  const l = A.call(ListTypeRef(), []);
  for (const n of all) {
    const s = newStr(n);
    dec(A.callMethod(l, "append", [s]));
    dec(s);
  }
  dictSetItemStr(d, intern("__all__"), l);
  dec(l);
  io = m;
  m.ob_refcnt++;
  return m;
}
import { ListType } from "../objects/types.ts";
function ListTypeRef(): PyType {
  return ListType;
}

/**
 * How the standard streams are made (set by the CLI before the runtime starts), as CPython's
 * create_stdio: stdin/stdout use errors "strict" ("surrogateescape" in UTF-8 mode), stderr
 * "backslashreplace"; stdout is line-buffered on a terminal and block-buffered otherwise, stderr
 * is always line-buffered; unbuffered (-u) puts the FileIO itself under stdout/stderr with
 * write_through.
 */
export const stdStreamConfig = { unbuffered: false, utf8Mode: false };

/** The standard streams as io objects: TextIOWrapper(BufferedWriter/Reader(FileIO(fd))). */
export function makeStdStream(fd: 0 | 1 | 2): PyTextIOWrapper {
  initIOTypes();
  const raw = stdFileIO(fd, fd === 0 ? "<stdin>" : fd === 1 ? "<stdout>" : "<stderr>");
  const unbuffered = fd !== 0 && stdStreamConfig.unbuffered;
  let b: PyObject;
  if (unbuffered) b = raw;
  else {
    b = newBuffered(fd === 0 ? BufferedReaderType : BufferedWriterType, raw, DEFAULT_BUFFER_SIZE);
    dec(raw);
  }
  const nl = newStr("\n");
  const tty = fd === 1 && !unbuffered && (host().isatty?.(fd) ?? false);
  const errors = fd === 2 ? "backslashreplace" : stdStreamConfig.utf8Mode ? "surrogateescape" : "strict";
  const t = newTextIOWrapper(b, "utf-8", errors, nl, (fd === 2 && !unbuffered) || tty);
  t.writeThrough = stdStreamConfig.unbuffered;
  dec(nl);
  dec(b);
  const m = newStr(fd === 0 ? "r" : "w");
  A.setAttr(t, intern("mode"), m);
  dec(m);
  return t;
}
import { host } from "../host/host.ts";
export { PyTextIOWrapper };
