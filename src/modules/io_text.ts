/**
 * Text I/O (Modules/_io/textio.c, stringio.c):
 *
 *  - TextIOWrapper over a binary buffer. Reading decodes everything the buffer still holds on
 *    first need (`decoded`, from byte position `decStart`; `dpos` is the next unread code
 *    unit), keeping the text untranslated so tell() can give the byte position of the next
 *    character (the cookie CPython returns when no decoder state is pending). Newline modes as
 *    CPython: None = universal + translate to "\n", "" = universal untranslated, "\n" / "\r" /
 *    "\r\n" = that terminator (written in place of "\n"). Writes encode and go straight to the
 *    buffer (flushed at "\n" with line_buffering, always with write_through); a write drops the
 *    read cache without moving the buffer, as CPython's does.
 *  - StringIO: a str buffer with a position in code points; newline handling as
 *    TextIOWrapper's, applied when writing.
 */
import { PyObject, PyType } from "../objects/object.ts";
import { None, BytesType } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newInt, newIntAny, True, False } from "../objects/int.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyBytes, newBytes } from "../objects/bytes.ts";
import * as A from "../objects/abstract.ts";
import * as E from "../objects/exceptions.ts";
import { typeError, valueError, newException } from "../objects/errors.ts";
import { parseArgs } from "../objects/args.ts";
import { encodeStr, decodeBytes } from "../objects/codecs.ts";
import { dictGetItemStr } from "../objects/dict.ts";
import {
  TextIOWrapperType, StringIOType, PyIOObject, dec, none, bool, closedError, unsupported, sizeArg, intArg,
  iobaseFinalize,
} from "./io_base.ts";
import { PyBuffered, bufRead, bufWrite, bufFlush, bufTell, bufSeek, bufClose } from "./io_buffered.ts";

// ---- codecs --------------------------------------------------------------------------------------

function fastCodec(enc: string): string | null {
  const n = enc.toLowerCase().replace(/[-_ ]/gu, "");
  if (n === "utf8") return "utf-8";
  if (n === "latin1" || n === "iso88591") return "latin-1";
  if (n === "ascii" || n === "usascii") return "ascii";
  return null;
}
/** Raise LookupError for an unknown encoding, as codecs.lookup does. */
function lookupEncoding(enc: string): void {
  if (fastCodec(enc) !== null) return;
  const s = newStr(""), e = newStr(enc);
  try {
    dec(A.callMethod(s, "encode", [e]));
  } finally {
    dec(e);
    dec(s);
  }
}
function encodeText(enc: string, errors: string, s: string): Uint8Array {
  const f = fastCodec(enc);
  if (f !== null && (errors === "strict" || errors === "ignore" || errors === "replace" || errors === "surrogatepass")) {
    const b = encodeStr(s, f, errors) as PyBytes;
    const v = b.value;
    dec(b);
    return v;
  }
  const so = newStr(s), eo = newStr(enc), ero = newStr(errors);
  try {
    const r = A.callMethod(so, "encode", [eo, ero]);
    try {
      if (!(r instanceof PyBytes)) throw typeError(`'${enc}' encoder returned '${r.ob_type.tp_name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
      return r.value;
    } finally {
      dec(r);
    }
  } finally {
    dec(so);
    dec(eo);
    dec(ero);
  }
}
function decodeText(enc: string, errors: string, b: Uint8Array): string {
  const f = fastCodec(enc);
  if (f !== null && (errors === "strict" || errors === "ignore" || errors === "replace" || errors === "surrogateescape")) {
    return decodeBytes(b, f, errors);
  }
  const bo = newBytes(b), eo = newStr(enc), ero = newStr(errors);
  try {
    const r = A.callMethod(bo, "decode", [eo, ero]);
    try {
      if (!(r instanceof PyStr)) throw typeError(`decoder should return a string result, not '${r.ob_type.tp_name}'`);
      return r.value;
    } finally {
      dec(r);
    }
  } finally {
    dec(bo);
    dec(eo);
    dec(ero);
  }
}
function encodedLength(enc: string, errors: string, s: string): number {
  if (fastCodec(enc) === "utf-8") {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }
  if (fastCodec(enc) !== null) return s.length;
  return encodeText(enc, errors, s).length;
}

/** Length in code points. */
function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

// ---- newline configuration -------------------------------------------------------------------

interface Newlines {
  readuniversal: boolean;
  readtranslate: boolean;
  readnl: string | null;
  writetranslate: boolean;
  writenl: string | null;
}
function newlineConfig(nl: PyObject | null, fname: string): Newlines {
  if (nl !== null && nl !== None && !(nl instanceof PyStr)) {
    if (fname === "StringIO") throw typeError(`newline must be str or None, not ${nl.ob_type.tp_name}`);
    throw typeError(`${fname}() argument 'newline' must be str or None, not ${nl.ob_type.tp_name}`);
  }
  const v = nl === null || nl === None ? null : (nl as PyStr).value;
  if (v !== null && v !== "" && v !== "\n" && v !== "\r" && v !== "\r\n") {
    throw valueError(`illegal newline value: ${fname === "StringIO" ? A.reprStr(nl!) : v}`);
  }
  return {
    readuniversal: v === null || v === "",
    readtranslate: v === null,
    readnl: v,
    writetranslate: v !== "",
    writenl: v === null ? "\n" : v === "" ? null : v,
  };
}
const NL_CR = 1, NL_LF = 2, NL_CRLF = 4;
function scanNewlines(s: string): number {
  let seen = 0;
  for (let i = s.indexOf("\r"); i >= 0; i = s.indexOf("\r", i + 1)) {
    seen |= s.charCodeAt(i + 1) === 10 ? NL_CRLF : NL_CR;
  }
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) {
    if (i === 0 || s.charCodeAt(i - 1) !== 13) {
      seen |= NL_LF;
      break;
    }
  }
  return seen;
}
function newlinesObj(seen: number): PyObject {
  const parts: string[] = [];
  if (seen & NL_CR) parts.push("\r");
  if (seen & NL_LF) parts.push("\n");
  if (seen & NL_CRLF) parts.push("\r\n");
  if (parts.length === 0) return none();
  if (parts.length === 1) return newStr(parts[0]!);
  return newTuple(parts.map((p) => newStr(p)));
}

/** Take up to n code points (n < 0: all) of s from i, translating \r\n and \r to \n if asked. */
function takeText(s: string, i: number, n: number, translate: boolean): [string, number] {
  if (n < 0) {
    const rest = i === 0 ? s : s.slice(i);
    return [translate ? rest.replace(/\r\n?/gu, "\n") : rest, s.length];
  }
  let out = "";
  let k = 0;
  while (i < s.length && k < n) {
    const c = s.charCodeAt(i);
    if (translate && c === 13) {
      out += "\n";
      i += s.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      out += s.substring(i, i + 2);
      i += 2;
    } else {
      out += s[i];
      i++;
    }
    k++;
  }
  return [out, i];
}
/** The end (exclusive) of the line starting at i, or -1 when no terminator follows. */
function lineEnd(s: string, i: number, nl: Newlines): number {
  if (nl.readtranslate || (nl.readuniversal && !nl.readtranslate)) {
    for (let j = i; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 10) return j + 1;
      if (c === 13) return s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    }
    return -1;
  }
  const t = nl.readnl ?? "\n";
  const j = s.indexOf(t, i);
  return j < 0 ? -1 : j + t.length;
}
/** readline over s from i: [line, new index]; limit in code points (-1: none). */
function readLine(s: string, i: number, limit: number, nl: Newlines): [string, number] {
  let end = lineEnd(s, i, nl);
  if (end < 0) end = s.length;
  let raw = s.slice(i, end);
  if (limit >= 0 && cpLen(raw) > limit) {
    const [t, j] = takeText(s, i, limit, false);
    raw = t;
    end = j;
    // a \r\n cut in half by the limit: CPython keeps the \r and leaves the \n
  }
  return [nl.readtranslate ? raw.replace(/\r\n?/gu, "\n") : raw, end];
}

// ---- TextIOWrapper -------------------------------------------------------------------------------

export class PyTextIOWrapper extends PyIOObject {
  declare buffer: PyObject | null;
  declare encoding: string;
  declare errors: string;
  declare nl: Newlines;
  declare lineBuffering: boolean;
  declare writeThrough: boolean;
  declare decoded: string;
  declare dpos: number;
  declare decStart: number;
  declare telling: boolean;
  declare seen: number;
  declare ok: boolean;
  declare detached: boolean;
  constructor(t: PyType) {
    super(t);
    this.buffer = null;
    this.encoding = "UTF-8";
    this.errors = "strict";
    this.nl = newlineConfig(null, "TextIOWrapper");
    this.lineBuffering = false;
    this.writeThrough = false;
    this.decoded = "";
    this.dpos = 0;
    this.decStart = 0;
    this.telling = true;
    this.seen = 0;
    this.ok = false;
    this.detached = false;
  }
}
function T(o: PyObject): PyTextIOWrapper {
  if (!(o instanceof PyTextIOWrapper)) throw typeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${o.ob_type.tp_name}'`);
  if (!o.ok) throw valueError(o.detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
  return o;
}
function buf(t: PyTextIOWrapper): PyObject {
  return t.buffer!;
}
function callBuf(t: PyTextIOWrapper, meth: string, args: PyObject[] = []): PyObject {
  return A.callMethod(buf(t), meth, args);
}
function boolCall(t: PyTextIOWrapper, meth: string): boolean {
  const r = callBuf(t, meth);
  try {
    return A.isTrue(r);
  } finally {
    dec(r);
  }
}
export function textClosed(t: PyTextIOWrapper): boolean {
  const b = buf(t);
  if (b instanceof PyBuffered && b.raw instanceof PyIOObject && b.ok) {
    const r = b.raw as { fd?: number };
    if (typeof r.fd === "number") return r.fd < 0;
  }
  const c = A.getAttr(b, intern("closed"));
  try {
    return A.isTrue(c);
  } finally {
    dec(c);
  }
}
function checkOpen(t: PyTextIOWrapper): void {
  if (textClosed(t)) throw closedError();
}

function flushBuffer(t: PyTextIOWrapper): void {
  const b = buf(t);
  if (b instanceof PyBuffered && b.ok) bufFlush(b);
  else dec(callBuf(t, "flush"));
}
/** All bytes left in the buffer, decoded into t.decoded (which must be consumed). */
function loadAll(t: PyTextIOWrapper): void {
  const b = buf(t);
  let start = -1;
  let data: Uint8Array;
  if (b instanceof PyBuffered && b.ok) {
    try {
      start = bufTell(b);
    } catch (e) {
      dec(e as PyObject);
      start = -1;
    }
    const r = bufRead(b, -1);
    data = r === None ? new Uint8Array(0) : (r as PyBytes).value;
    dec(r);
  } else {
    if (t.telling) {
      try {
        const p = callBuf(t, "tell");
        start = intArg(p);
        dec(p);
      } catch (e) {
        dec(e as PyObject);
        start = -1;
      }
    }
    const r = callBuf(t, "read");
    try {
      if (r === None) data = new Uint8Array(0);
      else if (r instanceof PyBytes) data = r.value;
      else throw typeError(`underlying read() should have returned a bytes-like object, not '${r.ob_type.tp_name}'`);
    } finally {
      dec(r);
    }
  }
  t.decoded = decodeText(t.encoding, t.errors, data);
  t.dpos = 0;
  t.decStart = start;
  if (t.nl.readuniversal) t.seen |= scanNewlines(t.decoded);
}
function ensureDecoded(t: PyTextIOWrapper): void {
  if (t.dpos >= t.decoded.length) loadAll(t);
}
function dropDecoded(t: PyTextIOWrapper): void {
  t.decoded = "";
  t.dpos = 0;
}
function checkReadableT(t: PyTextIOWrapper): void {
  checkOpen(t);
  if (!boolCall(t, "readable")) throw unsupported("not readable");
}

export function textRead(t: PyTextIOWrapper, n: number): string {
  checkReadableT(t);
  flushBuffer(t);
  if (n < 0) {
    const [head] = takeText(t.decoded, t.dpos, -1, t.nl.readtranslate);
    dropDecoded(t);
    loadAll(t);
    const [rest] = takeText(t.decoded, 0, -1, t.nl.readtranslate);
    dropDecoded(t);
    return head + rest;
  }
  ensureDecoded(t);
  const [s, i] = takeText(t.decoded, t.dpos, n, t.nl.readtranslate);
  t.dpos = i;
  // a \r at the end of what was taken may pair with a \n (translated mode)
  if (t.nl.readtranslate && s.endsWith("\n") && t.decoded.charCodeAt(i - 1) === 13 && t.decoded.charCodeAt(i) === 10) t.dpos++;
  return s;
}
export function textReadline(t: PyTextIOWrapper, limit: number): string {
  checkOpen(t);
  flushBuffer(t);
  ensureDecoded(t);
  const [s, i] = readLine(t.decoded, t.dpos, limit, t.nl);
  t.dpos = i;
  return s;
}
export function textWrite(t: PyTextIOWrapper, s: string): number {
  checkOpen(t);
  if (!boolCall(t, "writable")) throw unsupported("not writable");
  const n = cpLen(s);
  let text = s;
  const hasLF = text.includes("\n");
  if (t.nl.writetranslate && t.nl.writenl !== null && t.nl.writenl !== "\n" && hasLF) text = text.split("\n").join(t.nl.writenl);
  const needFlush = t.writeThrough || (t.lineBuffering && (hasLF || text.includes("\r")));
  if (t.decoded.length > 0) dropDecoded(t);
  const data = encodeText(t.encoding, t.errors, text);
  const b = buf(t);
  if (b instanceof PyBuffered && b.ok) {
    bufWrite(b, data);
    if (needFlush) bufFlush(b);
  } else {
    const bo = newBytes(data);
    try {
      dec(callBuf(t, "write", [bo]));
    } finally {
      dec(bo);
    }
    if (needFlush) dec(callBuf(t, "flush"));
  }
  return n;
}
function textTell(t: PyTextIOWrapper): number {
  checkOpen(t);
  if (!boolCall(t, "seekable")) throw unsupported("underlying stream is not seekable");
  if (!t.telling) throw newException(E.OSErrorType, "telling position disabled by next() call");
  flushBuffer(t);
  if (t.dpos < t.decoded.length && t.decStart >= 0) {
    return t.decStart + encodedLength(t.encoding, t.errors, t.decoded.slice(0, t.dpos));
  }
  const b = buf(t);
  if (b instanceof PyBuffered && b.ok) return bufTell(b);
  const p = callBuf(t, "tell");
  const v = intArg(p);
  dec(p);
  return v;
}
function textSeek(t: PyTextIOWrapper, cookieO: PyObject, whence: number): PyObject {
  checkOpen(t);
  if (!boolCall(t, "seekable")) throw unsupported("underlying stream is not seekable");
  let cookie = intArg(cookieO);
  if (whence === 1) {
    if (cookie !== 0) throw unsupported("can't do nonzero cur-relative seeks");
    cookie = textTell(t);
    whence = 0;
  } else if (whence === 2) {
    if (cookie !== 0) throw unsupported("can't do nonzero end-relative seeks");
    flushBuffer(t);
    dropDecoded(t);
    const b = buf(t);
    if (b instanceof PyBuffered && b.ok) return newIntAny(bufSeek(b, 0, 2));
    const z = newInt(0), two = newInt(2);
    try {
      return callBuf(t, "seek", [z, two]);
    } finally {
      dec(z);
      dec(two);
    }
  } else if (whence !== 0) {
    throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  if (cookie < 0) throw valueError(`negative seek position ${cookie}`);
  flushBuffer(t);
  dropDecoded(t);
  const b = buf(t);
  if (b instanceof PyBuffered && b.ok) bufSeek(b, cookie, 0);
  else {
    const c = newIntAny(cookie);
    try {
      dec(callBuf(t, "seek", [c]));
    } finally {
      dec(c);
    }
  }
  return newIntAny(cookie);
}
function textClose(t: PyTextIOWrapper): void {
  if (textClosed(t)) return;
  let err: unknown = null;
  try {
    flushBuffer(t);
  } catch (e) {
    err = e;
  }
  const b = buf(t);
  try {
    if (b instanceof PyBuffered && b.ok) bufClose(b);
    else dec(callBuf(t, "close"));
  } catch (e) {
    if (err !== null) dec(err as PyObject);
    throw e;
  }
  if (err !== null) throw err;
}

/** TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False). */
function textInit(self: PyObject, args: PyObject[], kw: PyObject | null): void {
  const t = self as PyTextIOWrapper;
  const [bufO, encO, errO, nlO, lbO, wtO] = parseArgs("TextIOWrapper", args, kw,
    ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], { required: 1 });
  t.ok = false;
  if (encO !== null && encO !== None && !(encO instanceof PyStr)) throw typeError(`TextIOWrapper() argument 'encoding' must be str or None, not ${encO.ob_type.tp_name}`);
  if (errO !== null && errO !== None && !(errO instanceof PyStr)) throw typeError(`TextIOWrapper() argument 'errors' must be str or None, not ${errO.ob_type.tp_name}`);
  // encoding="locale" (PEP 597) is the locale's encoding: UTF-8 on the host tspy assumes
  const enc = encO instanceof PyStr && encO.value !== "locale" ? encO.value : "UTF-8";
  if (encO instanceof PyStr && enc.includes("\0")) throw valueError("embedded null character");
  lookupEncoding(enc);
  t.nl = newlineConfig(nlO, "TextIOWrapper");
  t.encoding = enc;
  t.errors = errO instanceof PyStr ? errO.value : "strict";
  t.lineBuffering = lbO !== null && A.isTrue(lbO);
  t.writeThrough = wtO !== null && A.isTrue(wtO);
  bufO!.ob_refcnt++;
  if (t.buffer !== null) dec(t.buffer);
  t.buffer = bufO!;
  t.decoded = "";
  t.dpos = 0;
  t.telling = true;
  t.ok = true;
}
/** A TextIOWrapper over `buffer` (open()). */
export function newTextIOWrapper(buffer: PyObject, encoding: string | null, errors: string | null, newline: PyObject | null, lineBuffering: boolean): PyTextIOWrapper {
  const t = new PyTextIOWrapper(TextIOWrapperType);
  const enc = encoding === null || encoding === "locale" ? "UTF-8" : encoding;
  lookupEncoding(enc);
  t.nl = newlineConfig(newline, "open");
  t.encoding = enc;
  t.errors = errors ?? "strict";
  t.lineBuffering = lineBuffering;
  buffer.ob_refcnt++;
  t.buffer = buffer;
  t.ok = true;
  return t;
}

TextIOWrapperType.tp_new = (type) => new PyTextIOWrapper(type);
TextIOWrapperType.tp_init = textInit;
TextIOWrapperType.tp_finalize = iobaseFinalize;
TextIOWrapperType.tp_dealloc = (o) => {
  const t = o as PyTextIOWrapper;
  const b = t.buffer;
  t.buffer = null;
  if (b !== null) dec(b);
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    dec(d);
  }
};
TextIOWrapperType.tp_repr = (o) => {
  const t = o as PyTextIOWrapper;
  let s = `<${o.ob_type.tp_name}`;
  if (t.ok) {
    for (const attr of ["name", "mode"]) {
      let v: PyObject | null = null;
      try {
        v = attr === "mode" ? (o.dict === null ? null : dictGetItemStr(o.dict, intern("mode"))) : A.lookupAttr(o, intern(attr));
        if (attr === "mode" && v !== null) v.ob_refcnt++;
      } catch (e) {
        if (!(e instanceof PyObject) || !(A.typeName(e) === "ValueError")) throw e;
        dec(e);
        v = null;
      }
      if (v !== null) {
        s += ` ${attr}=${A.reprStr(v)}`;
        dec(v);
      }
    }
  }
  return newStr(`${s} encoding='${t.encoding}'>`);
};
TextIOWrapperType.tp_iter = (o) => {
  checkOpen(T(o));
  o.ob_refcnt++;
  return o;
};
TextIOWrapperType.tp_iternext = (o) => {
  const t = T(o);
  t.telling = false;
  const line = textReadline(t, -1);
  if (line.length === 0) {
    dropDecoded(t);
    t.telling = boolCall(t, "seekable");
    return null;
  }
  return newStr(line);
};
TextIOWrapperType.tp_methods = [
  { name: "read", flags: 3, fn: (o: PyObject, args: PyObject[]) => newStr(textRead(T(o), sizeArg(args[0]))) },
  { name: "readline", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const t = T(o);
    if (args.length > 1) throw typeError(`readline expected at most 1 argument, got ${args.length}`);
    const a = args[0];
    if (a !== undefined && a !== None && a.ob_type.nb_index === null) throw typeError(`'${a.ob_type.tp_name}' object cannot be interpreted as an integer`);
    return newStr(textReadline(t, sizeArg(a)));
  } },
  { name: "write", flags: 2, fn: (o: PyObject, s: PyObject) => {
    const t = T(o);
    if (!(s instanceof PyStr)) throw typeError(`write() argument must be str, not ${s === None ? "None" : s.ob_type.tp_name}`);
    return newInt(textWrite(t, s.value));
  } },
  { name: "flush", flags: 1, fn: (o: PyObject) => {
    const t = T(o);
    checkOpen(t);
    t.telling = boolCall(t, "seekable") && t.telling;
    flushBuffer(t);
    return none();
  } },
  { name: "close", flags: 1, fn: (o: PyObject) => {
    textClose(T(o));
    return none();
  } },
  { name: "tell", flags: 1, fn: (o: PyObject) => newIntAny(textTell(T(o))) },
  { name: "seek", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length < 1 || args.length > 2) throw typeError(`seek expected at least 1 argument, got ${args.length}`);
    return textSeek(T(o), args[0]!, args.length > 1 ? intArg(args[1]!) : 0);
  } },
  { name: "truncate", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const t = T(o);
    flushBuffer(t);
    const pos = args.length === 0 || args[0] === None ? newIntAny(textTell(t)) : (args[0]!.ob_refcnt++, args[0]!);
    dropDecoded(t);
    try {
      return callBuf(t, "truncate", [pos]);
    } finally {
      dec(pos);
    }
  } },
  { name: "detach", flags: 1, fn: (o: PyObject) => {
    const t = T(o);
    flushBuffer(t);
    const b = t.buffer!;
    t.buffer = null;
    t.ok = false;
    t.detached = true;
    return b;
  } },
  { name: "fileno", flags: 1, fn: (o: PyObject) => callBuf(T(o), "fileno") },
  { name: "isatty", flags: 1, fn: (o: PyObject) => callBuf(T(o), "isatty") },
  { name: "readable", flags: 1, fn: (o: PyObject) => callBuf(T(o), "readable") },
  { name: "writable", flags: 1, fn: (o: PyObject) => callBuf(T(o), "writable") },
  { name: "seekable", flags: 1, fn: (o: PyObject) => callBuf(T(o), "seekable") },
  { name: "reconfigure", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const t = T(o);
    const [encO, errO, nlO, lbO, wtO] = parseArgs("reconfigure", args, kw,
      ["encoding", "errors", "newline", "line_buffering", "write_through"], { required: 0, kwonly: 0 });
    if (encO !== null && encO !== None) {
      if (!(encO instanceof PyStr)) throw typeError(`reconfigure() argument 'encoding' must be str or None, not ${encO.ob_type.tp_name}`);
      lookupEncoding(encO.value);
      t.encoding = encO.value;
      if (errO === null || errO === None) t.errors = "strict";
    }
    if (errO !== null && errO !== None) t.errors = (errO as PyStr).value;
    if (nlO !== null) t.nl = newlineConfig(nlO, "reconfigure");
    if (lbO !== null && lbO !== None) t.lineBuffering = A.isTrue(lbO);
    if (wtO !== null && wtO !== None) t.writeThrough = A.isTrue(wtO);
    flushBuffer(t);
    return none();
  } },
];
TextIOWrapperType.tp_getset = [
  { name: "closed", get: (o) => bool(textClosed(T(o))), set: null },
  { name: "name", get: (o) => A.getAttr(buf(T(o)), intern("name")), set: null },
  { name: "encoding", get: (o) => newStr((o as PyTextIOWrapper).encoding), set: null },
  { name: "errors", get: (o) => newStr((o as PyTextIOWrapper).errors), set: null },
  { name: "newlines", get: (o) => ((o as PyTextIOWrapper).nl.readuniversal ? newlinesObj((o as PyTextIOWrapper).seen) : none()), set: null },
  { name: "line_buffering", get: (o) => bool((o as PyTextIOWrapper).lineBuffering), set: null },
  { name: "write_through", get: (o) => bool((o as PyTextIOWrapper).writeThrough), set: null },
  { name: "buffer", get: (o) => {
    const b = buf(T(o));
    b.ob_refcnt++;
    return b;
  }, set: null },
  { name: "_CHUNK_SIZE", get: () => newInt(8192), set: null },
];

// ---- StringIO ----------------------------------------------------------------------------------

export class PyStringIO extends PyIOObject {
  declare text: string;
  /** Position in code points (may be past the end). */
  declare pos: number;
  declare nl: Newlines;
  declare seen: number;
  declare astral: boolean;
  declare ok: boolean;
  constructor(t: PyType) {
    super(t);
    this.text = "";
    this.pos = 0;
    this.nl = newlineConfig(newStr("\n"), "StringIO");
    this.seen = 0;
    this.astral = false;
    this.ok = false;
  }
}
function S(o: PyObject): PyStringIO {
  if (!(o instanceof PyStringIO)) throw typeError(`descriptor requires a '_io.StringIO' object but received a '${o.ob_type.tp_name}'`);
  if (!o.ok) throw valueError("I/O operation on uninitialized object");
  if (o.closedFlag) throw valueError("I/O operation on closed file");
  return o;
}
/** Code unit index of code point `cp` in s. */
function cuIndex(x: PyStringIO, cp: number): number {
  if (!x.astral) return cp;
  let i = 0, k = 0;
  while (i < x.text.length && k < cp) {
    const c = x.text.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < x.text.length ? 2 : 1;
    k++;
  }
  return i + (cp - k);
}
function sLen(x: PyStringIO): number {
  return x.astral ? cpLen(x.text) : x.text.length;
}
function sWrite(x: PyStringIO, s: string): number {
  const n = cpLen(s);
  let text = s;
  if (x.nl.readuniversal) x.seen |= scanNewlines(text);
  if (x.nl.readtranslate) text = text.replace(/\r\n?/gu, "\n");
  if (x.nl.writetranslate && x.nl.writenl !== null && x.nl.writenl !== "\n") text = text.split("\n").join(x.nl.writenl);
  if (text.length === 0) return n;
  if (/[\ud800-\udfff]/u.test(text)) x.astral = true;
  const len = sLen(x);
  if (x.pos > len) x.text += "\0".repeat(x.pos - len);
  const at = cuIndex(x, x.pos);
  const tl = cpLen(text);
  const endCu = cuIndex(x, x.pos + tl);
  x.text = x.text.slice(0, at) + text + x.text.slice(endCu);
  x.pos += tl;
  return n;
}
function sRead(x: PyStringIO, n: number): string {
  const len = sLen(x);
  if (x.pos >= len) return "";
  const start = cuIndex(x, x.pos);
  if (n < 0 || x.pos + n > len) n = len - x.pos;
  const end = cuIndex(x, x.pos + n);
  x.pos += n;
  return x.text.slice(start, end);
}
function sReadline(x: PyStringIO, limit: number): string {
  const len = sLen(x);
  if (x.pos >= len) return "";
  const start = cuIndex(x, x.pos);
  const nl: Newlines = x.nl.readtranslate ? { ...x.nl, readtranslate: false, readuniversal: false, readnl: "\n" } : x.nl;
  const [line, end] = readLine(x.text, start, limit, nl);
  x.pos += cpLen(x.text.slice(start, end));
  return line;
}
StringIOType.tp_new = (type) => new PyStringIO(type);
StringIOType.tp_init = (self, args, kw) => {
  const x = self as PyStringIO;
  const [init, nlO] = parseArgs("StringIO", args, kw, ["initial_value", "newline"], { required: 0 });
  if (init !== null && init !== None && !(init instanceof PyStr)) throw typeError(`initial_value must be str or None, not ${init.ob_type.tp_name}`);
  x.nl = newlineConfig(nlO === null ? newStr("\n") : nlO, "StringIO");
  if (x.nl.readuniversal && !x.nl.readtranslate) x.nl = { ...x.nl };
  x.text = "";
  x.pos = 0;
  x.seen = 0;
  x.astral = false;
  x.ok = true;
  x.closedFlag = false;
  if (init instanceof PyStr && init.value.length > 0) {
    sWrite(x, init.value);
    x.pos = 0;
  }
};
StringIOType.tp_iternext = (o) => {
  const line = sReadline(S(o), -1);
  return line.length === 0 ? null : newStr(line);
};
StringIOType.tp_methods = [
  { name: "getvalue", flags: 1, fn: (o: PyObject) => newStr(S(o).text) },
  { name: "read", flags: 3, fn: (o: PyObject, args: PyObject[]) => newStr(sRead(S(o), sizeArg(args[0]))) },
  { name: "readline", flags: 3, fn: (o: PyObject, args: PyObject[]) => newStr(sReadline(S(o), sizeArg(args[0]))) },
  { name: "write", flags: 2, fn: (o: PyObject, s: PyObject) => {
    const x = S(o);
    if (!(s instanceof PyStr)) throw typeError(`string argument expected, got '${s.ob_type.tp_name}'`);
    return newInt(sWrite(x, s.value));
  } },
  { name: "seek", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const x = S(o);
    if (args.length < 1 || args.length > 2) throw typeError(`seek expected at least 1 argument, got ${args.length}`);
    const pos = intArg(args[0]!);
    const whence = args.length > 1 ? intArg(args[1]!) : 0;
    if (whence !== 0 && whence !== 1 && whence !== 2) throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0 && whence === 0) throw valueError(`Negative seek position ${pos}`);
    if (whence !== 0 && pos !== 0) throw newException(E.OSErrorType, "Can't do nonzero cur-relative seeks");
    if (whence === 2) x.pos = sLen(x);
    else if (whence === 0) x.pos = pos;
    return newIntAny(x.pos);
  } },
  { name: "tell", flags: 1, fn: (o: PyObject) => newIntAny(S(o).pos) },
  { name: "truncate", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const x = S(o);
    const size = args.length === 0 || args[0] === None ? x.pos : intArg(args[0]!);
    if (size < 0) throw valueError(`Negative size value ${size}`);
    if (size < sLen(x)) x.text = x.text.slice(0, cuIndex(x, size));
    return newIntAny(size);
  } },
  { name: "close", flags: 1, fn: (o: PyObject) => {
    (o as PyStringIO).closedFlag = true;
    return none();
  } },
  { name: "readable", flags: 1, fn: (o: PyObject) => (S(o), True) },
  { name: "writable", flags: 1, fn: (o: PyObject) => (S(o), True) },
  { name: "seekable", flags: 1, fn: (o: PyObject) => (S(o), True) },
  { name: "__getstate__", flags: 1, fn: (o: PyObject) => {
    const x = S(o);
    const d = o.dict;
    if (d !== null) d.ob_refcnt++;
    return newTuple([newStr(x.text), x.nl.readnl === null ? none() : newStr(x.nl.readnl), newIntAny(x.pos), d ?? none()]);
  } },
];
StringIOType.tp_getset = [
  { name: "closed", get: (o) => bool((o as PyStringIO).closedFlag), set: null },
  { name: "line_buffering", get: (o) => (S(o), False), set: null },
  { name: "newlines", get: (o) => {
    const x = S(o);
    return x.nl.readuniversal ? newlinesObj(x.seen) : none();
  }, set: null },
];
StringIOType.tp_dealloc = (o) => {
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    dec(d);
  }
};
export { BytesType, PyInt, PyTuple };
