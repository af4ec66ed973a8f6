/**
 * Turning bytes given to compile()/ast.parse() into the UTF-8 buffer the tokenizer reads, with
 * the C tokenizer's rules (Parser/tokenizer.c decode_str: check_bom, check_coding_spec on the
 * first two lines, get_normal_name) and its error reports: a problem found here is a
 * SyntaxError(msg, (filename, 0, -1, None)) (CPython's _PyPegen_raise_tokenizer_init_error).
 *
 * Without a BOM or cookie the bytes are used as they are (invalid UTF-8 is found later, where
 * CPython finds it: in identifiers and string literals; comments may hold anything) and error
 * offsets stay in bytes, as CPython's do when tok->encoding is NULL.
 */
import { CompileError } from "./errors.ts";
import { utf8Encode, utf8SeqLen } from "../tokenizer/utf8.ts";
import { CodecError, decodeBytes, lookupCodec } from "../tokenizer/encoding.ts";

export interface PreparedSource { buf: Uint8Array; charOffsets: boolean }

function initError(filename: string, msg: string): CompileError {
  return new CompileError("SyntaxError", msg, filename, 0, -1, null, null, null);
}

/** get_normal_name: spellings of utf-8 and latin-1 (first 12 chars, '_' = '-', lower case). */
function normalName(s: string): string {
  let buf = "";
  for (let i = 0; i < 12 && i < s.length; i++) {
    const c = s[i]!;
    buf += c === "_" ? "-" : c.toLowerCase();
  }
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8";
  if (buf === "latin-1" || buf === "iso-8859-1" || buf === "iso-latin-1" || buf.startsWith("latin-1-")
      || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) return "iso-8859-1";
  return s;
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * get_coding_spec on b[start:end): undefined = not a comment-only line (stop looking),
 * null = no cookie here, else the (normalised) encoding name.
 */
function codingSpec(b: Uint8Array, start: number, end: number): string | null | undefined {
  const size = end - start;
  let i = 0;
  for (; i < size - 6; i++) {
    const c = b[start + i];
    if (c === 0x23) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) return stopUnlessBlank(b, start, end);
  }
  for (; i < size - 6; i++) {
    const t = start + i;
    if (b[t] === 0x63 && b[t + 1] === 0x6f && b[t + 2] === 0x64 && b[t + 3] === 0x69 && b[t + 4] === 0x6e && b[t + 5] === 0x67) {
      let k = t + 6;
      if (b[k] !== 0x3a && b[k] !== 0x3d) continue;
      do k++; while (b[k] === 0x20 || b[k] === 0x09);
      const begin = k;
      while (k < b.length && (isAlnum(b[k]!) || b[k] === 0x2d || b[k] === 0x5f || b[k] === 0x2e)) k++;
      if (begin < k) {
        let name = "";
        for (let q = begin; q < k; q++) name += String.fromCharCode(b[q]!);
        return normalName(name);
      }
    }
  }
  return stopUnlessBlank(b, start, end);
}

/** No cookie: undefined when the line holds something besides blanks and a comment. */
function stopUnlessBlank(b: Uint8Array, start: number, end: number): null | undefined {
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c === 0x23 || c === 0x0a || c === 0x0d) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) return undefined;
  }
  return null;
}

function lineEndOf(b: Uint8Array, start: number): number {
  const nl = b.indexOf(0x0a, start);
  return nl < 0 ? b.length : nl + 1;
}

/** decode_str for bytes input. */
export function prepareBytes(src: Uint8Array, filename: string): PreparedSource {
  let start = 0;
  let encoding: string | null = null;
  if (src.length >= 3 && src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) {
    start = 3;
    encoding = "utf-8";
  }
  const bom = encoding !== null;
  let cs: string | null | undefined = null;
  const e1 = lineEndOf(src, start);
  if (e1 > start && src[e1 - 1] === 0x0a) {
    cs = codingSpec(src, start, e1);
    if (cs === null && e1 < src.length) {
      const e2 = lineEndOf(src, e1);
      if (src[e2 - 1] === 0x0a) cs = codingSpec(src, e1, e2);
    }
  }
  if (typeof cs === "string") {
    if (bom) {
      if (cs !== "utf-8") throw initError(filename, `encoding problem: ${cs} with BOM`);
    } else encoding = cs;
  }
  if (encoding === null) {
    return { buf: start ? src.subarray(start) : src, charOffsets: false };
  }
  if (encoding === "utf-8") return { buf: src.subarray(start), charOffsets: true };
  if (lookupCodec(encoding) === null) throw initError(filename, `unknown encoding: ${encoding}`);
  let text: string;
  try {
    text = decodeBytes(src, start, src.length, encoding);
  } catch (e) {
    if (e instanceof CodecError) throw initError(filename, e.pyMessage);
    throw e;
  }
  return { buf: utf8Encode(text), charOffsets: true };
}

/** Offset of the first invalid UTF-8 sequence in b[start:end), or null. */
export function firstInvalidUtf8(b: Uint8Array, start: number, end: number): number | null {
  for (let i = start; i < end;) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    const n = utf8SeqLen(b, i, end);
    if (n === 0) return i;
    i += n;
  }
  return null;
}

/** str(UnicodeDecodeError) of the strict UTF-8 decoder for the bad sequence at `at` (positions from `base`). */
export function utf8ErrorMessage(b: Uint8Array, at: number, base: number): string {
  const c = b[at]!;
  let reason = "invalid start byte";
  let endPos = at + 1;
  let need = 0, lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c < 0xe0) need = 1;
  else if (c >= 0xe0 && c < 0xf0) { need = 2; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
  else if (c >= 0xf0 && c < 0xf5) { need = 3; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
  if (need) {
    let k = 1;
    for (; k <= need; k++) {
      if (at + k >= b.length) { reason = "unexpected end of data"; break; }
      const x = b[at + k]!;
      if (x < lo || x > hi) { reason = "invalid continuation byte"; break; }
      lo = 0x80; hi = 0xbf;
    }
    endPos = at + k;
  }
  const s = at - base, e = endPos - base;
  return e - s === 1
    ? `'utf-8' codec can't decode byte 0x${c.toString(16).padStart(2, "0")} in position ${s}: ${reason}`
    : `'utf-8' codec can't decode bytes in position ${s}-${e - 1}: ${reason}`;
}
