/**
 * The `binascii` builtin module: hexlify/b2a_hex (with sep and bytes_per_sep), unhexlify/
 * a2b_hex, b2a_base64/a2b_base64 (with strict_mode), crc32, crc_hqx, b2a_uu/a2b_uu,
 * b2a_qp/a2b_qp, and binascii.Error / binascii.Incomplete, with CPython's messages. The a2b_*
 * functions accept ASCII str as well as bytes-like objects.
 */
import { PyObject, PyType, Meth } from "../objects/object.ts";
import { TypeType } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newIntAny } from "../objects/int.ts";
import { newBytes, bufferOf } from "../objects/bytes.ts";
import { newTuple } from "../objects/tuple.ts";
import { newDict, dictSetItemStr } from "../objects/dict.ts";
import { isTrue } from "../objects/abstract.ts";
import { parseArgs } from "../objects/args.ts";
import { newException, typeError, valueError } from "../objects/errors.ts";
import { typeCall } from "../objects/typeobject.ts";
import * as E from "../objects/exceptions.ts";
import { DECREF } from "../memory/refcount.ts";
import { buildModule, indexValue, type ModDef } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

let ErrorType: PyType = E.ValueErrorType;
let IncompleteType: PyType = E.ExceptionType;
const binError = (m: string) => newException(ErrorType, m);

function bytesArg(o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}
/** ascii_buffer_converter: bytes-like or an ASCII-only str. */
function asciiArg(o: PyObject): Uint8Array {
  if (o instanceof PyStr) {
    const s = o.value;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) throw valueError("string argument should contain only ASCII characters");
      out[i] = c;
    }
    return out;
  }
  const b = bufferOf(o);
  if (b === null) throw typeError(`argument should be bytes, buffer or ASCII string, not '${o.ob_type.tp_name}'`);
  return b;
}

const HEX = "0123456789abcdef";
function hexlify(data: Uint8Array, sepO: PyObject | null, perSepO: PyObject | null): Uint8Array {
  let sep = -1;
  if (sepO !== null) {
    let sb: Uint8Array;
    if (sepO instanceof PyStr) {
      if (sepO.value.length !== 1) throw valueError("sep must be length 1.");
      const c = sepO.value.charCodeAt(0);
      if (c > 127) throw valueError("sep must be ASCII.");
      sb = Uint8Array.of(c);
    } else sb = bytesArg(sepO);
    if (sb.length !== 1) throw valueError("sep must be length 1.");
    sep = sb[0]!;
  }
  const per = perSepO === null ? 1 : Number(indexValue(perSepO));
  const n = data.length;
  if (sep < 0 || per === 0 || n === 0) {
    const out = new Uint8Array(2 * n);
    for (let i = 0; i < n; i++) {
      out[2 * i] = HEX.charCodeAt(data[i]! >> 4);
      out[2 * i + 1] = HEX.charCodeAt(data[i]! & 15);
    }
    return out;
  }
  const group = Math.abs(per);
  const out: number[] = [];
  // groups counted from the right for a positive count, from the left for a negative one
  for (let i = 0; i < n; i++) {
    const pos = per > 0 ? n - i : i;
    if (i > 0 && pos % group === 0) out.push(sep);
    out.push(HEX.charCodeAt(data[i]! >> 4), HEX.charCodeAt(data[i]! & 15));
  }
  return Uint8Array.from(out);
}
function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
function unhexlify(a: Uint8Array): Uint8Array {
  if (a.length % 2 !== 0) throw binError("Odd-length string");
  const out = new Uint8Array(a.length / 2);
  for (let i = 0; i < out.length; i++) {
    const h = hexVal(a[2 * i]!), l = hexVal(a[2 * i + 1]!);
    if (h < 0 || l < 0) throw binError("Non-hexadecimal digit found");
    out[i] = (h << 4) | l;
  }
  return out;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64REV = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64REV[B64.charCodeAt(i)] = i;

function b2aBase64(d: Uint8Array, newline: boolean): Uint8Array {
  const out: number[] = [];
  let i = 0;
  for (; i + 3 <= d.length; i += 3) {
    const v = (d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!;
    out.push(B64.charCodeAt(v >> 18), B64.charCodeAt((v >> 12) & 63), B64.charCodeAt((v >> 6) & 63), B64.charCodeAt(v & 63));
  }
  const rest = d.length - i;
  if (rest === 1) {
    const v = d[i]! << 16;
    out.push(B64.charCodeAt(v >> 18), B64.charCodeAt((v >> 12) & 63), 61, 61);
  } else if (rest === 2) {
    const v = (d[i]! << 16) | (d[i + 1]! << 8);
    out.push(B64.charCodeAt(v >> 18), B64.charCodeAt((v >> 12) & 63), B64.charCodeAt((v >> 6) & 63), 61);
  }
  if (newline) out.push(10);
  return Uint8Array.from(out);
}
function a2bBase64(a: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quad = 0, left = 0, pads = 0, paddingStarted = false;
  if (strict && a.length > 0 && a[0] === 61) throw binError("Leading padding not allowed");
  for (let i = 0; i < a.length; i++) {
    const ch = a[i]!;
    if (ch === 61) {
      paddingStarted = true;
      if (strict && quad === 0) throw binError("Excess padding not allowed");
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < a.length) throw binError("Excess data after padding");
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64REV[ch]!;
    if (v < 0) {
      if (strict) throw binError("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) throw binError("Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0: quad = 1; left = v; break;
      case 1: quad = 2; out.push(((left << 2) | (v >> 4)) & 0xff); left = v & 0x0f; break;
      case 2: quad = 3; out.push(((left << 4) | (v >> 2)) & 0xff); left = v & 0x03; break;
      default: quad = 0; out.push(((left << 6) | v) & 0xff); left = 0;
    }
  }
  if (quad !== 0) {
    if (quad === 1) throw binError(`Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
    throw binError("Incorrect padding");
  }
  return Uint8Array.from(out);
}

let CRC_TABLE: Uint32Array | null = null;
function crc32(d: Uint8Array, crc: number): number {
  if (CRC_TABLE === null) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  for (let i = 0; i < d.length; i++) c = CRC_TABLE[(c ^ d[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
function crcHqx(d: Uint8Array, crc: number): number {
  crc &= 0xffff;
  for (let i = 0; i < d.length; i++) {
    crc ^= d[i]! << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function b2aUu(d: Uint8Array, backtick: boolean): Uint8Array {
  if (d.length > 45) throw binError("At most 45 bytes at once");
  const enc = (v: number) => (backtick && v === 0 ? 96 : 32 + v);
  const out: number[] = [backtick && d.length === 0 ? 96 : 32 + d.length];
  for (let i = 0; i < d.length; i += 3) {
    const v = (d[i]! << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0);
    out.push(enc(v >> 18), enc((v >> 12) & 63), enc((v >> 6) & 63), enc(v & 63));
  }
  out.push(10);
  return Uint8Array.from(out);
}
function a2bUu(a: Uint8Array): Uint8Array {
  let pos = 0;
  let len = a.length;
  let binLen = ((a.length > 0 ? a[pos++]! : 0) - 32) & 63;
  len--;
  const out: number[] = [];
  let left = 0, bits = 0;
  for (; binLen > 0; len--, pos++) {
    let ch = len <= 0 ? 0 : a[pos]!;
    if (ch === 10 || ch === 13 || len <= 0) ch = 0;
    else {
      if (ch < 32 || ch > 96) throw binError("Illegal char");
      ch = (ch - 32) & 63;
    }
    left = (left << 6) | ch;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((left >> bits) & 0xff);
      left &= (1 << bits) - 1;
      binLen--;
    }
  }
  while (len-- > 0) {
    const ch = a[pos++]!;
    if (ch !== 32 && ch !== 96 && ch !== 10 && ch !== 13) throw binError("Trailing garbage");
  }
  return Uint8Array.from(out);
}

const HEXU = "0123456789ABCDEF";
function b2aQp(d: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const MAX = 76;
  const nl = d.indexOf(10);
  const crlf = nl > 0 && d[nl - 1] === 13;
  const out: number[] = [];
  const hex = (c: number) => out.push(61, HEXU.charCodeAt(c >> 4), HEXU.charCodeAt(c & 15));
  const brk = () => {
    out.push(61);
    if (crlf) out.push(13);
    out.push(10);
  };
  let line = 0;
  let i = 0;
  const n = d.length;
  while (i < n) {
    const c = d[i]!;
    const next = i + 1 < n ? d[i + 1]! : -1;
    if (c > 126 || c === 61 || (header && c === 95) ||
        (c === 46 && line === 0 && (i + 1 === n || next === 10 || next === 13 || next === 0)) ||
        (!istext && (c === 13 || c === 10)) ||
        ((c === 9 || c === 32) && i + 1 === n) ||
        (c < 33 && c !== 13 && c !== 10 && (quotetabs || (c !== 9 && c !== 32)))) {
      if (line + 3 >= MAX) {
        brk();
        line = 0;
      }
      hex(c);
      line += 3;
      i++;
    } else if (istext && (c === 10 || (i + 1 < n && c === 13 && next === 10))) {
      line = 0;
      if (out.length > 0 && (out[out.length - 1] === 32 || out[out.length - 1] === 9)) {
        const ch = out.pop()!;
        hex(ch);
      }
      if (crlf) out.push(13);
      out.push(10);
      i += c === 13 ? 2 : 1;
    } else {
      if (i + 1 !== n && next !== 10 && line + 1 >= MAX) {
        brk();
        line = 0;
      }
      line++;
      if (header && c === 32) out.push(95);
      else out.push(c);
      i++;
    }
  }
  return Uint8Array.from(out);
}
function a2bQp(a: Uint8Array, header: boolean): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const n = a.length;
  while (i < n) {
    const c = a[i]!;
    if (c === 61) {
      i++;
      if (i >= n) break;
      const d = a[i]!;
      if (d === 10 || d === 13) {
        if (d !== 10) while (i < n && a[i] !== 10) i++;
        if (i < n) i++;
      } else if (d === 61) {
        out.push(61);
        i++;
      } else if (i + 1 < n && hexVal(d) >= 0 && hexVal(a[i + 1]!) >= 0) {
        out.push((hexVal(d) << 4) | hexVal(a[i + 1]!));
        i += 2;
      } else out.push(61);
    } else if (header && c === 95) {
      out.push(32);
      i++;
    } else {
      out.push(c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

function u32Arg(o: PyObject | null): number {
  if (o === null) return 0;
  if (!(o instanceof PyInt)) {
    if (o.ob_type.nb_index === null) throw typeError(`'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const v = BigInt(indexValue(o));
  return Number(BigInt.asUintN(32, v));
}
function flag(o: PyObject | null, d: boolean): boolean {
  return o === null ? d : isTrue(o);
}

export function makeBinasciiModule(): PyModule {
  const mk = (name: string, base: PyType): PyType => {
    const d = newDict();
    dictSetItemStr(d, intern("__module__"), newStr("binascii"));
    const t = typeCall(TypeType, [newStr(name), newTuple([base]), d], null) as PyType;
    DECREF(d);
    return t;
  };
  ErrorType = mk("Error", E.ValueErrorType);
  IncompleteType = mk("Incomplete", E.ExceptionType);
  const hexDef = (name: string): ModDef => ({ name, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
    const [d, sep, per] = parseArgs(name, a, k, ["data", "sep", "bytes_per_sep"], { required: 1 });
    return newBytes(hexlify(bytesArg(d!), sep, per));
  } });
  const unhexDef = (name: string): ModDef => ({ name, flags: Meth.O, fn: (_s: null, o: PyObject) => newBytes(unhexlify(asciiArg(o))) });
  const defs: ModDef[] = [
    hexDef("hexlify"), hexDef("b2a_hex"), unhexDef("unhexlify"), unhexDef("a2b_hex"),
    { name: "b2a_base64", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [d, nl] = parseArgs("b2a_base64", a, k, ["data", "newline"], { required: 1, posonly: 1, kwonly: 1 });
      return newBytes(b2aBase64(bytesArg(d!), flag(nl, true)));
    } },
    { name: "a2b_base64", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [d, st] = parseArgs("a2b_base64", a, k, ["data", "strict_mode"], { required: 1, posonly: 1, kwonly: 1 });
      return newBytes(a2bBase64(asciiArg(d!), flag(st, false)));
    } },
    { name: "crc32", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length < 1 || a.length > 2) throw typeError(`crc32 expected ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${a.length}`);
      return newIntAny(crc32(bytesArg(a[0]!), u32Arg(a[1] ?? null)));
    } },
    { name: "crc_hqx", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 2) throw typeError(`crc_hqx expected 2 arguments, got ${a.length}`);
      return newIntAny(crcHqx(bytesArg(a[0]!), u32Arg(a[1]!)));
    } },
    { name: "b2a_uu", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [d, bt] = parseArgs("b2a_uu", a, k, ["data", "backtick"], { required: 1, posonly: 1, kwonly: 1 });
      return newBytes(b2aUu(bytesArg(d!), flag(bt, false)));
    } },
    { name: "a2b_uu", flags: Meth.O, fn: (_s: null, o: PyObject) => newBytes(a2bUu(asciiArg(o))) },
    { name: "b2a_qp", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [d, qt, it, hd] = parseArgs("b2a_qp", a, k, ["data", "quotetabs", "istext", "header"], { required: 1 });
      return newBytes(b2aQp(bytesArg(d!), flag(qt, false), flag(it, true), flag(hd, false)));
    } },
    { name: "a2b_qp", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [d, hd] = parseArgs("a2b_qp", a, k, ["data", "header"], { required: 1 });
      return newBytes(a2bQp(asciiArg(d!), flag(hd, false)));
    } },
  ];
  return buildModule("binascii", defs, { Error: ErrorType, Incomplete: IncompleteType });
}
