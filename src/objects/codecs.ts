/** The text codecs str.encode / bytes.decode need first: utf-8, ascii, latin-1 (strict errors). */
import { PyObject } from "./object.ts";
import { PyStr, newStr } from "./str.ts";
import { PyBytes, newBytes } from "./bytes.ts";
import { typeError, newException } from "./errors.ts";
import { LookupErrorType, UnicodeEncodeErrorType, UnicodeDecodeErrorType } from "./exceptions.ts";

function normEncoding(e: string): string {
  const n = e.toLowerCase().replace(/[-_ ]/gu, "");
  if (n === "utf8" || n === "u8" || n === "utf") return "utf-8";
  if (n === "ascii" || n === "usascii" || n === "646") return "ascii";
  if (n === "latin1" || n === "latin" || n === "iso88591" || n === "l1" || n === "8859") return "latin-1";
  throw newException(LookupErrorType, `unknown encoding: ${e}`);
}

export function encodeStr(s: string, encoding: string, errors: string): PyObject {
  const enc = normEncoding(encoding);
  if (enc === "utf-8") {
    const out: number[] = [];
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      if (c >= 0xd800 && c < 0xe000) {
        if (errors === "surrogatepass") { out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)); continue; }
        if (errors === "ignore") continue;
        if (errors === "replace") { out.push(63); continue; }
        throw newException(UnicodeEncodeErrorType, `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${i}: surrogates not allowed`);
      }
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return newBytes(Uint8Array.from(out));
  }
  const limit = enc === "ascii" ? 128 : 256;
  const out: number[] = [];
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (errors === "ignore") continue;
    else if (errors === "replace") out.push(63);
    else {
      const hex = c < 256 ? `\\x${c.toString(16).padStart(2, "0")}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, "0")}` : `\\U${c.toString(16).padStart(8, "0")}`;
      throw newException(UnicodeEncodeErrorType, `'${enc === "ascii" ? "ascii" : "latin-1"}' codec can't encode character '${hex}' in position ${i}: ordinal not in range(${limit})`);
    }
  }
  return newBytes(Uint8Array.from(out));
}

export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const enc = normEncoding(encoding);
  if (enc === "utf-8") {
    let out = "";
    let i = 0;
    while (i < b.length) {
      const c = b[i]!;
      let cp = -1, n = 0;
      if (c < 0x80) { cp = c; n = 1; }
      else if (c >= 0xc2 && c < 0xe0) { n = 2; cp = c & 31; }
      else if (c >= 0xe0 && c < 0xf0) { n = 3; cp = c & 15; }
      else if (c >= 0xf0 && c < 0xf5) { n = 4; cp = c & 7; }
      let ok = n > 0 && i + n <= b.length;
      for (let k = 1; ok && k < n; k++) {
        const d = b[i + k]!;
        if ((d & 0xc0) !== 0x80) ok = false;
        else cp = (cp << 6) | (d & 63);
      }
      if (ok && n === 3 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) ok = false;
      if (ok && n === 4 && (cp < 0x10000 || cp > 0x10ffff)) ok = false;
      if (!ok) {
        if (errors === "ignore") { i++; continue; }
        if (errors === "replace") { out += "\ufffd"; i++; continue; }
        if (errors === "surrogateescape") { out += String.fromCharCode(0xdc00 + c); i++; continue; }
        const reason = n === 0 ? "invalid start byte" : i + n > b.length ? "unexpected end of data" : "invalid continuation byte";
        throw newException(UnicodeDecodeErrorType, `'utf-8' codec can't decode byte 0x${c.toString(16).padStart(2, "0")} in position ${i}: ${reason}`);
      }
      out += String.fromCodePoint(cp);
      i += n;
    }
    return out;
  }
  let out = "";
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (enc === "ascii" && c >= 128) {
      if (errors === "ignore") continue;
      if (errors === "replace") { out += "\ufffd"; continue; }
      throw newException(UnicodeDecodeErrorType, `'ascii' codec can't decode byte 0x${c.toString(16)} in position ${i}: ordinal not in range(128)`);
    }
    out += String.fromCharCode(c);
  }
  return out;
}

export function decodeBytesToStr(o: PyObject, encoding: string, errors: string): PyStr {
  if (!(o instanceof PyBytes)) {
    if (o instanceof PyStr) throw typeError("decoding str is not supported");
    throw typeError(`decoding to str: need a bytes-like object, ${o.ob_type.tp_name} found`);
  }
  return newStr(decodeBytes(o.value, encoding, errors));
}

/** UTF-8 bytes of a JS string (for the host's byte streams). */
export function utf8Encode(s: string): Uint8Array {
  return (encodeStr(s, "utf-8", "surrogatepass") as PyBytes).value;
}
