/**
 * Text codecs for str.encode / bytes.decode / str(bytes, encoding) (Objects/unicodeobject.c and
 * Python/codecs.c): utf-8, utf-8-sig, ascii, latin-1, the single-byte charmap codecs (tables
 * from src/tokenizer/codec-tables.ts), utf-16 and utf-32 (with and without BOM), unicode-escape
 * and raw-unicode-escape, with the standard error handlers (strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass).
 *
 * Errors are raised as CPython does: UnicodeEncodeError / UnicodeDecodeError built from
 * (encoding, object, start, end, reason) over the maximal run of bad characters or the bad
 * byte sequence, LookupError for unknown encodings / error handlers.
 */
import { PyObject } from "./object.ts";
import { PyStr, newStr } from "./str.ts";
import { PyBytes, newBytes, bufferOf } from "./bytes.ts";
import { typeError, newException } from "./errors.ts";
import { LookupErrorType, UnicodeEncodeErrorType, UnicodeDecodeErrorType, PyBaseException } from "./exceptions.ts";
import { lookupCodec, CodecKind } from "../tokenizer/encoding.ts";
import { newInt } from "./int.ts";
import { call } from "./abstract.ts";
import { dealloc } from "../memory/refcount.ts";
import { toCodePoints } from "./str_case.ts";
import { lookupUnicodeName } from "../parser/unicode-names.ts";
import { NAMES, CJK_RANGES } from "../parser/unicode-names-data.ts";
import { NAME_NONE, NAME_INDEX } from "./unicode_db.ts";

const enum K { UTF8, UTF8SIG, ASCII, LATIN1, TABLE, UTF16, UTF16LE, UTF16BE, UTF32, UTF32LE, UTF32BE, UNIESC, RAWUNIESC }
interface TextCodec {
  kind: K;
  name: string; // the name errors show ('utf-8', 'ascii', 'latin-1', 'charmap', ...)
  table: string; // decoding table for charmaps
}

/** Resolve an encoding name as the codec registry does (LookupError for unknown/non-text). */
function resolve(encoding: string, decoding = false): TextCodec {
  const c = lookupCodec(encoding);
  if (c === null) {
    const n = encoding.toLowerCase().replace(/[-\s]/gu, "_");
    if (n === "unicode_escape") return { kind: K.UNIESC, name: "unicodeescape", table: "" };
    if (n === "raw_unicode_escape") return { kind: K.RAWUNIESC, name: "rawunicodeescape", table: "" };
    throw newException(LookupErrorType, `unknown encoding: ${encoding}`);
  }
  switch (c.kind) {
    case CodecKind.Utf8: return { kind: K.UTF8, name: "utf-8", table: "" };
    case CodecKind.Utf8Sig: return { kind: K.UTF8SIG, name: "utf-8", table: "" };
    case CodecKind.Ascii: return { kind: K.ASCII, name: "ascii", table: "" };
    case CodecKind.Latin1: return { kind: K.LATIN1, name: "latin-1", table: "" };
    case CodecKind.Table: return { kind: K.TABLE, name: "charmap", table: c.table };
    case CodecKind.Utf16: return { kind: K.UTF16, name: "utf-16", table: "" };
    case CodecKind.Utf16LE: return { kind: K.UTF16LE, name: "utf-16-le", table: "" };
    case CodecKind.Utf16BE: return { kind: K.UTF16BE, name: "utf-16-be", table: "" };
    case CodecKind.Utf32: return { kind: K.UTF32, name: "utf-32", table: "" };
    case CodecKind.Utf32LE: return { kind: K.UTF32LE, name: "utf-32-le", table: "" };
    case CodecKind.Utf32BE: return { kind: K.UTF32BE, name: "utf-32-be", table: "" };
    case CodecKind.NonText:
      throw newException(LookupErrorType, `'${encoding}' is not a text encoding; use codecs.${decoding ? "decode" : "encode"}() to handle arbitrary codecs`);
    default:
      if (c.module === "unicode_escape") return { kind: K.UNIESC, name: "unicodeescape", table: "" };
      if (c.module === "raw_unicode_escape") return { kind: K.RAWUNIESC, name: "rawunicodeescape", table: "" };
      throw newException(LookupErrorType, `unknown encoding: ${encoding}`);
  }
}

const HANDLERS = new Set(["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]);
function checkHandler(errors: string): void {
  if (!HANDLERS.has(errors)) throw newException(LookupErrorType, `unknown error handler name '${errors}'`);
}

function dec(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
function unicodeError(type: typeof UnicodeEncodeErrorType, encoding: string, obj: PyObject, start: number, end: number, reason: string): PyBaseException {
  const args = [newStr(encoding), obj, newInt(start), newInt(end), newStr(reason)];
  try {
    return call(type, args) as PyBaseException;
  } finally {
    for (let i = 0; i < args.length; i++) if (i !== 1) dec(args[i]!);
  }
}
function hexN(n: number, w: number): string {
  return n.toString(16).padStart(w, "0");
}
function backslashEsc(c: number): string {
  return c < 0x100 ? "\\x" + hexN(c, 2) : c < 0x10000 ? "\\u" + hexN(c, 4) : "\\U" + hexN(c, 8);
}

// ---- encoding -------------------------------------------------------------------------------

/** Bytes under construction. */
class ByteSink {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

let reverseTables = new Map<string, Map<number, number>>();
function reverseTable(t: string): Map<number, number> {
  let m = reverseTables.get(t);
  if (m === undefined) {
    m = new Map();
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c !== 0xfffe && !m.has(c)) m.set(c, i);
    }
    reverseTables.set(t, m);
  }
  return m;
}

/** unicodedata.name(chr(c)) for errors="namereplace", or null when it has none. */
let nameTable: Map<number, string> | null = null;
const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];
function charName(c: number): string | null {
  if (c >= 0xac00 && c <= 0xd7a3) {
    const s = c - 0xac00;
    return "HANGUL SYLLABLE " + JAMO_L[Math.floor(s / 588)]! + JAMO_V[Math.floor((s % 588) / 28)]! + JAMO_T[s % 28]!;
  }
  for (const [a, b] of CJK_RANGES) if (c >= a && c <= b) return "CJK UNIFIED IDEOGRAPH-" + c.toString(16).toUpperCase();
  if (nameTable === null) {
    const none = new Set(NAME_NONE.split(",").map((x) => parseInt(x, 36)));
    const which = new Map(NAME_INDEX.split(",").map((x) => {
      const [k, v] = x.split(":");
      return [parseInt(k!, 36), Number(v)] as [number, number];
    }));
    const m = new Map<number, string>();
    let cp = 0, prev = "", i = 0, n = 0, last = -1;
    const t = NAMES();
    while (i < t.length) {
      let nl = t.indexOf("\n", i);
      if (nl < 0) nl = t.length;
      const sp = t.indexOf(" ", i);
      cp += parseInt(t.slice(i, sp), 36);
      const k = parseInt(t[sp + 1]!, 36);
      const name = prev.slice(0, k) + t.slice(sp + 2, nl);
      n = cp === last ? n + 1 : 0;
      last = cp;
      if (!none.has(cp) && n === (which.get(cp) ?? 0)) m.set(cp, name);
      prev = name;
      i = nl + 1;
    }
    nameTable = m;
  }
  return nameTable.get(c) ?? null;
}

/** Encode code point c with codec (or -1 when it cannot be encoded); pushes to sink. */
function encodeOne(codec: TextCodec, c: number, sink: ByteSink, surrogatepass: boolean): boolean {
  switch (codec.kind) {
    case K.ASCII:
      if (c >= 128) return false;
      sink.push(c);
      return true;
    case K.LATIN1:
      if (c >= 256) return false;
      sink.push(c);
      return true;
    case K.TABLE: {
      const b = reverseTable(codec.table).get(c);
      if (b === undefined) return false;
      sink.push(b);
      return true;
    }
    case K.UTF8: case K.UTF8SIG:
      if (c >= 0xd800 && c < 0xe000 && !surrogatepass) return false;
      if (c < 0x80) sink.push(c);
      else if (c < 0x800) {
        sink.push(0xc0 | (c >> 6));
        sink.push(0x80 | (c & 63));
      } else if (c < 0x10000) {
        sink.push(0xe0 | (c >> 12));
        sink.push(0x80 | ((c >> 6) & 63));
        sink.push(0x80 | (c & 63));
      } else {
        sink.push(0xf0 | (c >> 18));
        sink.push(0x80 | ((c >> 12) & 63));
        sink.push(0x80 | ((c >> 6) & 63));
        sink.push(0x80 | (c & 63));
      }
      return true;
    case K.UTF16: case K.UTF16LE: case K.UTF16BE: {
      if (c >= 0xd800 && c < 0xe000 && !surrogatepass) return false;
      const be = codec.kind === K.UTF16BE;
      const put = (u: number) => {
        if (be) {
          sink.push(u >> 8);
          sink.push(u & 255);
        } else {
          sink.push(u & 255);
          sink.push(u >> 8);
        }
      };
      if (c < 0x10000) put(c);
      else {
        put(0xd800 + ((c - 0x10000) >> 10));
        put(0xdc00 + ((c - 0x10000) & 0x3ff));
      }
      return true;
    }
    case K.UTF32: case K.UTF32LE: case K.UTF32BE: {
      if (c >= 0xd800 && c < 0xe000 && !surrogatepass) return false;
      const bs = [c & 255, (c >> 8) & 255, (c >> 16) & 255, (c >>> 24) & 255];
      if (codec.kind === K.UTF32BE) bs.reverse();
      for (const b of bs) sink.push(b);
      return true;
    }
  }
  return false;
}
function encodeReason(codec: TextCodec): string {
  switch (codec.kind) {
    case K.ASCII: return "ordinal not in range(128)";
    case K.LATIN1: return "ordinal not in range(256)";
    case K.TABLE: return "character maps to <undefined>";
    default: return "surrogates not allowed";
  }
}

/** str.encode(encoding, errors): a new bytes object. */
export function encodeStr(s: string, encoding: string, errors: string): PyObject {
  return newBytes(encodeToArray(s, encoding, errors));
}
export function encodeToArray(s: string, encoding: string, errors: string): Uint8Array {
  const codec = resolve(encoding);
  if (codec.kind === K.UNIESC || codec.kind === K.RAWUNIESC) return escapeEncode(s, codec.kind === K.RAWUNIESC);
  const cps = toCodePoints(s);
  const sink = new ByteSink();
  if (codec.kind === K.UTF8SIG) {
    sink.push(0xef);
    sink.push(0xbb);
    sink.push(0xbf);
  } else if (codec.kind === K.UTF16) {
    sink.push(0xff);
    sink.push(0xfe);
  } else if (codec.kind === K.UTF32) {
    sink.push(0xff);
    sink.push(0xfe);
    sink.push(0);
    sink.push(0);
  }
  encodeAll(codec, s, cps, sink, errors);
  return sink.result();
}
/**
 * The code points into the sink, error handlers applied. (A function of its own: V8 compiles a
 * long first loop on stack; code after it that has never run then deoptimises that code at every
 * later call.)
 */
function encodeAll(codec: TextCodec, s: string, cps: number[], sink: ByteSink, errors: string): void {
  const utfLike = codec.kind === K.UTF8 || codec.kind === K.UTF8SIG || codec.kind >= K.UTF16;
  let i = 0;
  while (i < cps.length) {
    const c = cps[i]!;
    if (encodeOne(codec, c, sink, false)) {
      i++;
      continue;
    }
    // a run of characters the codec cannot encode
    let end = i + 1;
    const tmp = new ByteSink();
    while (end < cps.length && !encodeOne(codec, cps[end]!, tmp, false)) end++;
    if (errors !== "strict") checkHandler(errors);
    switch (errors) {
      case "ignore":
        break;
      case "replace":
        for (let k = i; k < end; k++) {
          if (!encodeOne(codec, 63, sink, false)) throw encodeErr(codec, s, i, end);
        }
        break;
      case "backslashreplace":
        for (let k = i; k < end; k++) encodeAsciiText(codec, backslashEsc(cps[k]!), sink, s, i, end);
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < end; k++) encodeAsciiText(codec, `&#${cps[k]!};`, sink, s, i, end);
        break;
      case "namereplace":
        for (let k = i; k < end; k++) {
          const nm = charName(cps[k]!);
          encodeAsciiText(codec, nm === null ? backslashEsc(cps[k]!) : `\\N{${nm}}`, sink, s, i, end);
        }
        break;
      case "surrogateescape":
        for (let k = i; k < end; k++) {
          const ch = cps[k]!;
          if (ch < 0xdc80 || ch > 0xdcff || utfLike && codec.kind !== K.UTF8 && codec.kind !== K.UTF8SIG) {
            throw encodeErr(codec, s, k, k + 1, i, end);
          }
          sink.push(ch - 0xdc00);
        }
        break;
      case "surrogatepass":
        for (let k = i; k < end; k++) {
          const ch = cps[k]!;
          if (!utfLike || ch < 0xd800 || ch >= 0xe000) throw encodeErr(codec, s, k, end, i, end);
          encodeOne(codec, ch, sink, true);
        }
        break;
      default:
        throw encodeErr(codec, s, i, end);
    }
    i = end;
  }
}
/** The UnicodeEncodeError for s[start:end] (the handler refused cps [hs, he) as a whole). */
function encodeErr(codec: TextCodec, s: string, start: number, end: number, _hs = start, _he = end): PyBaseException {
  const o = newStr(s);
  try {
    return unicodeError(UnicodeEncodeErrorType, codec.name, o, start, end, encodeReason(codec));
  } finally {
    dec(o);
  }
}
function encodeAsciiText(codec: TextCodec, text: string, sink: ByteSink, s: string, start: number, end: number): void {
  for (let i = 0; i < text.length; i++) {
    if (!encodeOne(codec, text.charCodeAt(i), sink, false)) throw encodeErr(codec, s, start, end);
  }
}

/** unicode_escape / raw_unicode_escape encoders. */
function escapeEncode(s: string, raw: boolean): Uint8Array {
  const sink = new ByteSink();
  for (const c of toCodePoints(s)) {
    if (raw) {
      if (c < 0x100) sink.push(c);
      else sink.pushAscii(c < 0x10000 ? "\\u" + hexN(c, 4) : "\\U" + hexN(c, 8));
      continue;
    }
    if (c === 92) sink.pushAscii("\\\\");
    else if (c === 9) sink.pushAscii("\\t");
    else if (c === 10) sink.pushAscii("\\n");
    else if (c === 13) sink.pushAscii("\\r");
    else if (c < 32 || c >= 127) sink.pushAscii(backslashEsc(c));
    else sink.push(c);
  }
  return sink.result();
}

// ---- decoding -------------------------------------------------------------------------------

/** Decode error handler result: the replacement text, or null to raise. */
function decodeHandler(errors: string, b: Uint8Array, start: number, end: number, codec: TextCodec): string | null {
  switch (errors) {
    case "strict": return null;
    case "ignore": return "";
    case "replace": return "\ufffd";
    case "backslashreplace": {
      let out = "";
      for (let k = start; k < end; k++) out += "\\x" + hexN(b[k]!, 2);
      return out;
    }
    case "surrogateescape": {
      let out = "";
      for (let k = start; k < end; k++) {
        if (b[k]! < 128) return null;
        out += String.fromCharCode(0xdc00 + b[k]!);
      }
      return out;
    }
    case "surrogatepass": {
      const s = surrogatePassDecode(codec, b, start);
      return s;
    }
    case "xmlcharrefreplace": case "namereplace":
      throw typeError(`don't know how to handle UnicodeDecodeError in error callback`);
  }
  checkHandler(errors);
  return null;
}
/** surrogatepass for decoding: an encoded surrogate at b[start], or null. */
let passLength = 0;
function surrogatePassDecode(codec: TextCodec, b: Uint8Array, i: number): string | null {
  let c = -1;
  switch (codec.kind) {
    case K.UTF8: case K.UTF8SIG:
      if (i + 2 < b.length && (b[i]! & 0xf0) === 0xe0 && (b[i + 1]! & 0xc0) === 0x80 && (b[i + 2]! & 0xc0) === 0x80) {
        c = ((b[i]! & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f);
        passLength = 3;
      }
      break;
    case K.UTF16LE: case K.UTF16BE: case K.UTF16:
      if (i + 1 < b.length) {
        c = codec.kind === K.UTF16BE ? (b[i]! << 8) | b[i + 1]! : b[i]! | (b[i + 1]! << 8);
        passLength = 2;
      }
      break;
    case K.UTF32LE: case K.UTF32BE: case K.UTF32:
      if (i + 3 < b.length) {
        c = codec.kind === K.UTF32BE ? ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0
          : (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
        passLength = 4;
      }
      break;
  }
  if (c < 0xd800 || c >= 0xe000) return null;
  return String.fromCharCode(c);
}

class StrSink {
  parts: string[] = [];
  cur = "";
  add(s: string): void {
    this.cur += s;
    if (this.cur.length > 8192) {
      this.parts.push(this.cur);
      this.cur = "";
    }
  }
  result(): string {
    this.parts.push(this.cur);
    return this.parts.join("");
  }
}

/** One UTF-8 sequence at i: [codepoint, length] or [-1, bad length, reason]. */
function utf8At(b: Uint8Array, i: number): [number, number, string] {
  const c = b[i]!;
  let need: number, lo = 0x80, hi = 0xbf, cp: number;
  if (c < 0x80) return [c, 1, ""];
  if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2; cp = c & 0x0f;
    if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3; cp = c & 0x07;
    if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f;
  } else return [-1, 1, "invalid start byte"];
  for (let j = 1; j <= need; j++) {
    if (i + j >= b.length) return [-1, b.length - i, "unexpected end of data"];
    const d = b[i + j]!;
    if (d < lo || d > hi) return [-1, j, "invalid continuation byte"];
    cp = (cp << 6) | (d & 0x3f);
    lo = 0x80;
    hi = 0xbf;
  }
  return [cp, need + 1, ""];
}

function decodeErr(codec: TextCodec, b: Uint8Array, start: number, end: number, reason: string): PyBaseException {
  const o = newBytes(b);
  try {
    return unicodeError(UnicodeDecodeErrorType, codec.name, o, start, end, reason);
  } finally {
    dec(o);
  }
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  let codec = resolve(encoding, true);
  const out = new StrSink();
  let i = 0;
  const fail = (start: number, end: number, reason: string): number => {
    const r = decodeHandler(errors, b, start, end, codec);
    if (r === null) throw decodeErr(codec, b, start, end, reason);
    out.add(r);
    if (errors === "surrogatepass") return start + passLength;
    return end;
  };
  switch (codec.kind) {
    case K.UTF8: case K.UTF8SIG: {
      if (codec.kind === K.UTF8SIG && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
      let run = i;
      while (i < b.length) {
        if (b[i]! < 0x80) {
          i++;
          continue;
        }
        if (run < i) out.add(latin1(b, run, i));
        const [cp, n, reason] = utf8At(b, i);
        if (cp >= 0) {
          out.add(String.fromCodePoint(cp));
          i += n;
        } else i = fail(i, i + n, reason);
        run = i;
      }
      if (run < i) out.add(latin1(b, run, i));
      break;
    }
    case K.ASCII:
      while (i < b.length) {
        const c = b[i]!;
        if (c < 128) {
          out.add(String.fromCharCode(c));
          i++;
        } else i = fail(i, i + 1, "ordinal not in range(128)");
      }
      break;
    case K.LATIN1:
      out.add(latin1(b, 0, b.length));
      break;
    case K.TABLE:
      while (i < b.length) {
        const c = codec.table.charCodeAt(b[i]!);
        if (c !== 0xfffe) {
          out.add(String.fromCharCode(c));
          i++;
        } else i = fail(i, i + 1, "character maps to <undefined>");
      }
      break;
    case K.UTF16: case K.UTF16LE: case K.UTF16BE: {
      let be = codec.kind === K.UTF16BE;
      if (codec.kind === K.UTF16 && b.length >= 2) {
        if (b[0] === 0xff && b[1] === 0xfe) i = 2;
        else if (b[0] === 0xfe && b[1] === 0xff) {
          i = 2;
          be = true;
        }
      }
      if (codec.kind === K.UTF16) codec = { kind: be ? K.UTF16BE : K.UTF16LE, name: be ? "utf-16-be" : "utf-16-le", table: "" };
      const u16 = (k: number) => (be ? (b[k]! << 8) | b[k + 1]! : b[k]! | (b[k + 1]! << 8));
      while (i < b.length) {
        if (i + 1 >= b.length) {
          i = fail(i, b.length, "truncated data");
          continue;
        }
        const u = u16(i);
        if (u < 0xd800 || u >= 0xe000) {
          out.add(String.fromCharCode(u));
          i += 2;
        } else if (u >= 0xdc00) i = fail(i, i + 2, "illegal encoding");
        else if (i + 3 >= b.length) i = fail(i, b.length, "unexpected end of data");
        else {
          const v = u16(i + 2);
          if (v >= 0xdc00 && v < 0xe000) {
            out.add(String.fromCharCode(u, v));
            i += 4;
          } else i = fail(i, i + 2, "illegal UTF-16 surrogate");
        }
      }
      break;
    }
    case K.UTF32: case K.UTF32LE: case K.UTF32BE: {
      let be = codec.kind === K.UTF32BE;
      if (codec.kind === K.UTF32 && b.length >= 4) {
        if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
        else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
          i = 4;
          be = true;
        }
      }
      if (codec.kind === K.UTF32) codec = { kind: be ? K.UTF32BE : K.UTF32LE, name: be ? "utf-32-be" : "utf-32-le", table: "" };
      while (i < b.length) {
        if (i + 3 >= b.length) {
          i = fail(i, b.length, "truncated data");
          continue;
        }
        const c = be ? ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0
          : (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
        if (c > 0x10ffff) i = fail(i, i + 4, "code point not in range(0x110000)");
        else if (c >= 0xd800 && c < 0xe000) i = fail(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
        else {
          out.add(String.fromCodePoint(c));
          i += 4;
        }
      }
      break;
    }
    case K.UNIESC: case K.RAWUNIESC:
      return escapeDecode(b, codec, errors);
  }
  return out.result();
}
function latin1(b: Uint8Array, s: number, e: number): string {
  let out = "";
  for (let k = s; k < e; k += 4096) out += String.fromCharCode.apply(null, Array.from(b.subarray(k, Math.min(e, k + 4096))));
  return out;
}

/** unicode_escape / raw_unicode_escape decoders. */
function escapeDecode(b: Uint8Array, codec: TextCodec, errors: string): string {
  const raw = codec.kind === K.RAWUNIESC;
  const out = new StrSink();
  let i = 0;
  const fail = (start: number, end: number, reason: string): number => {
    const r = decodeHandler(errors, b, start, end, codec);
    if (r === null) throw decodeErr(codec, b, start, end, reason);
    out.add(r);
    return end;
  };
  const hexAt = (k: number, n: number, what: string): number => {
    let v = 0;
    for (let j = 0; j < n; j++) {
      const c = b[k + j];
      const d = c === undefined ? -1 : c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (d < 0) return -1 - j;
      v = v * 16 + d;
    }
    void what;
    return v;
  };
  while (i < b.length) {
    const c = b[i]!;
    if (c !== 92) {
      out.add(String.fromCharCode(c));
      i++;
      continue;
    }
    if (raw) {
      // only \uXXXX and \UXXXXXXXX after an odd number of backslashes
      const n = b[i + 1] === 117 ? 4 : b[i + 1] === 85 ? 8 : 0;
      if (n === 0) {
        out.add("\\");
        i++;
        continue;
      }
      const v = hexAt(i + 2, n, "");
      if (v < 0) {
        i = fail(i, Math.min(b.length, i + 2 - v - 1), n === 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
        continue;
      }
      if (v > 0x10ffff) {
        i = fail(i, i + 2 + n, "\\Uxxxxxxxx out of range");
        continue;
      }
      out.add(String.fromCodePoint(v));
      i += 2 + n;
      continue;
    }
    if (i + 1 >= b.length) {
      i = fail(i, b.length, "\\ at end of string");
      continue;
    }
    const e = b[i + 1]!;
    i += 2;
    switch (e) {
      case 10: break;
      case 92: out.add("\\"); break;
      case 39: out.add("'"); break;
      case 34: out.add('"'); break;
      case 98: out.add("\b"); break;
      case 102: out.add("\f"); break;
      case 116: out.add("\t"); break;
      case 110: out.add("\n"); break;
      case 114: out.add("\r"); break;
      case 118: out.add("\v"); break;
      case 97: out.add("\x07"); break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = e - 48;
        if (i < b.length && b[i]! >= 48 && b[i]! <= 55) {
          v = v * 8 + b[i++]! - 48;
          if (i < b.length && b[i]! >= 48 && b[i]! <= 55) v = v * 8 + b[i++]! - 48;
        }
        out.add(String.fromCharCode(v));
        break;
      }
      case 120: case 117: case 85: {
        const n = e === 120 ? 2 : e === 117 ? 4 : 8;
        const v = hexAt(i, n, "");
        if (v < 0) {
          i = fail(i - 2, Math.min(b.length, i - v - 1), `truncated \\${String.fromCharCode(e)}${"X".repeat(n)} escape`.replace("\\uXXXX", "\\uXXXX"));
          continue;
        }
        if (v > 0x10ffff) {
          i = fail(i - 2, i + n, "illegal Unicode character");
          continue;
        }
        out.add(String.fromCodePoint(v));
        i += n;
        break;
      }
      case 78: {
        // \N{name}
        let ok = false;
        if (b[i] === 123) {
          const close = b.indexOf(125, i + 1);
          if (close > i + 1) {
            const cp = lookupUnicodeName(latin1(b, i + 1, close));
            if (cp >= 0) {
              out.add(String.fromCodePoint(cp));
              i = close + 1;
              ok = true;
            } else {
              i = fail(i - 2, close + 1, "unknown Unicode character name");
              ok = true;
            }
          }
        }
        if (!ok) i = fail(i - 2, b.length, "malformed \\N character escape");
        break;
      }
      default:
        out.add("\\" + String.fromCharCode(e));
    }
  }
  return out.result();
}

/** str(obj, encoding, errors): decode a bytes-like object. */
export function decodeBytesToStr(o: PyObject, encoding: string, errors: string): PyStr {
  const b = bufferOf(o);
  if (b === null) {
    if (o instanceof PyStr) throw typeError("decoding str is not supported");
    throw typeError(`decoding to str: need a bytes-like object, ${o.ob_type.tp_name} found`);
  }
  return newStr(decodeBytes(b, encoding, errors));
}

/** UTF-8 bytes of a JS string (for the host's byte streams; lone surrogates pass through). */
export function utf8Encode(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.slice(0, n);
}
export { PyBytes };
