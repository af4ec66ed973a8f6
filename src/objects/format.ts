/**
 * Formatting: format() dispatch (PyObject_Format), str.format / format_map's field syntax
 * (Objects/stringlib/unicode_format.h) and printf-style `%` formatting for str
 * (PyUnicode_Format). The format-spec mini-language itself is in format_spec.ts.
 * Format strings are walked by code point, so error positions match CPython's.
 */
import { PyObject, isSubtype } from "./object.ts";
import { None, StrType, IntType, FloatType, BoolType, TupleType, DictType, ComplexType } from "./types.ts";
import { PyStr, newStr } from "./str.ts";
import { PyInt } from "./int.ts";
import { PyFloat } from "./float.ts";
import { PyComplex } from "./complex.ts";
import { PyTuple } from "./tuple.ts";
import { typeError, valueError, indexError, keyError, overflowError } from "./errors.ts";
import {
  lookupSpecial, call, str as strOf, repr as reprOf, getAttr, getItem, asDouble, index as indexOf,
} from "./abstract.ts";
import { intern } from "./str.ts";
import { dealloc } from "../memory/refcount.ts";
import { asciiOf } from "./str_methods.ts";
import { newInt, intToDecimalString, toBig } from "./int.ts";
import { PyDict } from "./dict.ts";
import { toCodePoints } from "./str_case.ts";
import { decimalValue } from "./unicode_ctype.ts";
import {
  formatStrWithSpec, formatIntWithSpec, formatFloatWithSpec, formatComplexWithSpec,
} from "./format_spec.ts";
import { doubleToString, DTSF_ALT } from "./dtoa.ts";
import { TypeErrorType, PyBaseException } from "./exceptions.ts";
import { floatToIntValue } from "./float_ops.ts";
import { PyBytes, PyByteArray, newBytes, bufferOf } from "./bytes.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

// ---- format(): dispatch ---------------------------------------------------------------------

/** format(o, spec) (new str): PyObject_Format. */
export function formatObject(o: PyObject, spec: string): PyObject {
  const t = o.ob_type;
  if (spec === "" && (t === StrType || t === IntType)) return strOf(o);
  if (t === StrType) return newStr(formatStrWithSpec((o as PyStr).value, spec));
  if (t === IntType) return newStr(formatIntWithSpec((o as PyInt).value, spec));
  if (t === FloatType) return spec === "" ? strOf(o) : newStr(formatFloatWithSpec((o as PyFloat).value, spec));
  const meth = lookupSpecial(o, intern("__format__"));
  if (meth === null) throw typeError(`Type ${t.tp_name} doesn't define __format__`);
  const sp = newStr(spec);
  try {
    const r = call(meth, [sp]);
    if (!(r instanceof PyStr)) {
      const n = r.ob_type.tp_name;
      decref(r);
      throw typeError(`__format__ must return a str, not ${n}`);
    }
    return r;
  } finally {
    decref(meth);
    decref(sp);
  }
}

/** str.__format__ with a non-empty spec. */
export function formatStrSpec(s: string, spec: string): PyObject {
  return newStr(formatStrWithSpec(s, spec));
}
/** int.__format__: str(self) for an empty spec. */
export function formatInt(v: number | bigint, spec: string, typeNameS = "int"): string {
  return formatIntWithSpec(v, spec, typeNameS);
}
/** float.__format__ (non-empty spec). */
export function formatFloat(x: number, spec: string): string {
  return formatFloatWithSpec(x, spec);
}
/** complex.__format__ (non-empty spec). */
export function formatComplex(re: number, im: number, spec: string): string {
  return formatComplexWithSpec(re, im, spec);
}

// ---- str.format -----------------------------------------------------------------------------

const enum Auto { INIT, AUTO, MANUAL }

/** get_integer of unicode_format.h: the value of an all-decimal-digit string, else -1. */
function fieldInteger(cps: number[], a: number, b: number): number {
  if (a >= b) return -1;
  let v = 0;
  for (let i = a; i < b; i++) {
    const d = decimalValue(cps[i]!);
    if (d < 0) return -1;
    if (v > (0x7fffffffffffffff - d) / 10) throw valueError("Too many decimal digits in format string");
    v = v * 10 + d;
  }
  return v;
}
function sub(cps: number[], a: number, b: number): string {
  let s = "";
  for (let i = a; i < b; i++) s += String.fromCodePoint(cps[i]!);
  return s;
}

/**
 * str.format(*args, **kwargs) / format_map(mapping): `args` is the vectorcall layout (positionals
 * then keyword values named by kwnames); with `mapping`, keyword fields come from it and
 * positional fields are an error.
 */
export function strFormat(tpl: string, args: PyObject[], kwnames: PyObject | null, mapping: PyObject | null = null): PyObject {
  const nkw = kwnames === null ? 0 : (kwnames as PyTuple).items.length;
  const npos = args.length - nkw;
  const state = { auto: Auto.INIT, next: 0 };

  const lookupKw = (key: string): PyObject => {
    const k = newStr(key);
    try {
      if (mapping !== null) return getItem(mapping, k);
      for (let i = 0; i < nkw; i++) {
        if (((kwnames as PyTuple).items[i] as PyStr).value === key) {
          const v = args[npos + i]!;
          v.ob_refcnt++;
          return v;
        }
      }
      throw keyError(k);
    } finally {
      decref(k);
    }
  };

  const getField = (cps: number[], a: number, b: number): PyObject => {
    // field_name_split
    let i = a;
    while (i < b && cps[i] !== 46 && cps[i] !== 91) i++;
    let idx = fieldInteger(cps, a, i);
    const empty = a >= i;
    const numeric = empty || idx !== -1;
    if (state.auto === Auto.INIT && numeric) state.auto = empty ? Auto.AUTO : Auto.MANUAL;
    if (numeric) {
      if (state.auto === Auto.MANUAL) {
        if (empty) throw valueError("cannot switch from manual field specification to automatic field numbering");
      } else if (!empty) throw valueError("cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) idx = state.next++;
    let obj: PyObject;
    if (idx === -1) obj = lookupKw(sub(cps, a, i));
    else {
      if (mapping !== null) throw valueError("Format string contains positional fields");
      if (idx >= npos) throw indexError(`Replacement index ${idx} out of range for positional args tuple`);
      obj = args[idx]!;
      obj.ob_refcnt++;
    }
    // the rest: .attr and [key] parts, applied one by one
    try {
      while (i < b) {
        const c = cps[i++]!;
        let nameA: number, nameB: number, isAttr: boolean;
        if (c === 46) {
          isAttr = true;
          nameA = i;
          while (i < b && cps[i] !== 46 && cps[i] !== 91) i++;
          nameB = i;
        } else if (c === 91) {
          isAttr = false;
          nameA = i;
          while (i < b && cps[i] !== 93) i++;
          if (i >= b) throw valueError("Missing ']' in format string");
          nameB = i++;
        } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
        if (nameA === nameB) throw valueError("Empty attribute in format string");
        let next: PyObject;
        if (isAttr) {
          const n = newStr(sub(cps, nameA, nameB));
          try {
            next = getAttr(obj, n);
          } finally {
            decref(n);
          }
        } else {
          const k = fieldInteger(cps, nameA, nameB);
          const key = k === -1 ? newStr(sub(cps, nameA, nameB)) : newInt(k);
          try {
            next = getItem(obj, key);
          } finally {
            decref(key);
          }
        }
        decref(obj);
        obj = next;
      }
    } catch (e) {
      decref(obj);
      throw e;
    }
    return obj;
  };

  const render = (cps: number[], a: number, b: number, depth: number): string => {
    if (depth <= 0) throw valueError("Max string recursion exceeded");
    let out = "";
    let pos = a;
    while (pos < b) {
      // literal text up to '{' or '}'
      const start = pos;
      let c = 0;
      let markup = false;
      while (pos < b) {
        c = cps[pos++]!;
        if (c === 123 || c === 125) {
          markup = true;
          break;
        }
      }
      const atEnd = pos >= b;
      let len = pos - start;
      if (c === 125 && markup && (atEnd || cps[pos] !== 125)) throw valueError("Single '}' encountered in format string");
      if (atEnd && c === 123 && markup) throw valueError("Single '{' encountered in format string");
      if (markup && !atEnd) {
        if (c === cps[pos]) {
          pos++;
          markup = false;
        } else len--;
      }
      out += sub(cps, start, start + len);
      if (!markup) continue;
      const [text, np] = renderField(cps, pos, b, depth);
      out += text;
      pos = np;
    }
    return out;
  };

  /** parse_field + output_markup from cps[a] (just past the '{'); returns [text, position after '}']. */
  const renderField = (cps: number[], a: number, b: number, depth: number): [string, number] => {
    let p = a;
    let c = 0;
    while (p < b) {
      c = cps[p++]!;
      if (c === 123) throw valueError("unexpected '{' in field name");
      if (c === 91) {
        while (p < b && cps[p] !== 93) p++;
        c = 0;
        continue;
      }
      if (c === 125 || c === 58 || c === 33) break;
    }
    const nameEnd = p - 1;
    let conv = 0;
    let specA = 0, specB = 0;
    let expand = false;
    if (c === 33 || c === 58) {
      let haveSpec = true;
      if (c === 33) {
        if (p >= b) throw valueError("end of string while looking for conversion specifier");
        conv = cps[p++]!;
        if (p < b) {
          const d = cps[p++]!;
          if (d === 125) haveSpec = false;
          else if (d !== 58) throw valueError("expected ':' after conversion specifier");
        }
      }
      if (haveSpec) {
        specA = p;
        let count = 1;
        let ok = false;
        while (p < b) {
          const d = cps[p++]!;
          if (d === 123) {
            expand = true;
            count++;
          } else if (d === 125) {
            if (--count === 0) {
              specB = p - 1;
              ok = true;
              break;
            }
          }
        }
        if (!ok) throw valueError("unmatched '{' in format spec");
      }
    } else if (c !== 125) throw valueError("expected '}' before end of string");

    let obj = getField(cps, a, nameEnd);
    try {
      if (conv !== 0) {
        let o: PyObject;
        if (conv === 114) o = reprOf(obj);
        else if (conv === 115) o = strOf(obj);
        else if (conv === 97) o = asciiOf(obj);
        else if (conv > 32 && conv < 127) throw valueError(`Unknown conversion specifier ${String.fromCharCode(conv)}`);
        else throw valueError(`Unknown conversion specifier \\x${conv.toString(16)}`);
        decref(obj);
        obj = o;
      }
      const spec = expand ? render(cps, specA, specB, depth - 1) : sub(cps, specA, specB);
      const r = formatObject(obj, spec) as PyStr;
      const v = r.value;
      decref(r);
      return [v, p];
    } finally {
      decref(obj);
    }
  };

  const cps = toCodePoints(tpl);
  return newStr(render(cps, 0, cps.length, 2));
}

// ---- printf-style % -------------------------------------------------------------------------

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

/**
 * PyMapping_Check-like test for %-formatting's dict mode: not a tuple, and for str not a str;
 * for bytes not bytes, str or bytearray (_PyBytes_FormatEx).
 */
function isMappingArg(o: PyObject, bytesMode: boolean): boolean {
  if (o.ob_type.mp_subscript === null || o instanceof PyTuple) return false;
  return bytesMode ? !(o instanceof PyBytes || o instanceof PyStr || o instanceof PyByteArray) : !(o instanceof PyStr);
}

/** fmt % args for str (PyUnicode_Format). */
export function percentFormat(fmt: string, argsIn: PyObject): PyObject {
  return newStr(percentCore(toCodePoints(fmt), argsIn, false));
}
/** fmt % args for bytes and bytearray (_PyBytes_FormatEx): the result bytes. */
export function percentFormatBytes(fmt: Uint8Array, argsIn: PyObject): Uint8Array {
  const s = percentCore(Array.from(fmt), argsIn, true);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
function latin1Of(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}
/** %b / %s of bytes formatting: a buffer or __bytes__. */
function bytesConv(v: PyObject): string {
  const b = bufferOf(v);
  if (b !== null) return latin1Of(b);
  const f = lookupSpecial(v, intern("__bytes__"));
  if (f !== null) {
    const r = call(f, []);
    decref(f);
    if (!(r instanceof PyBytes)) {
      const n = r.ob_type.tp_name;
      decref(r);
      throw typeError(`__bytes__ returned non-bytes (type ${n})`);
    }
    const s = latin1Of(r.value);
    decref(r);
    return s;
  }
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${v.ob_type.tp_name}'`);
}
function bytesChar(v: PyObject): string {
  if ((v instanceof PyBytes || v instanceof PyByteArray) && v.value.length === 1) return String.fromCharCode(v.value[0]!);
  if (v.ob_type.nb_index === null) throw typeError("%c requires an integer in range(256) or a single byte");
  const r = indexOf(v);
  const x = r.value;
  decref(r);
  if (x < 0 || x > 255) throw overflowError("%c arg not in range(256)");
  return String.fromCharCode(Number(x));
}

function percentCore(cps: number[], argsIn: PyObject, bytesMode: boolean): string {
  let args = argsIn;
  let argsOwned = false;
  let arglen: number, argidx: number;
  if (args instanceof PyTuple) {
    arglen = args.items.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const dict = isMappingArg(args, bytesMode) ? args : null;
  const nextArg = (): PyObject => {
    if (argidx < arglen) {
      const i = argidx++;
      if (arglen < 0) return args;
      return (args as PyTuple).items[i]!;
    }
    throw typeError("not enough arguments for format string");
  };
  let out = "";
  let pos = 0;
  let cnt = cps.length;
  try {
    while (--cnt >= 0) {
      if (cps[pos] !== 37) {
        const start = pos++;
        while (cnt >= 0 && cps[pos] !== 37 && pos < cps.length) {
          pos++;
          cnt--;
        }
        if (pos >= cps.length) cnt = -1;
        out += sub(cps, start, pos);
        continue;
      }
      pos++;
      // unicode_format_arg
      let ch = pos < cps.length ? cps[pos]! : 0;
      if (ch === 37) {
        pos++;
        cnt--;
        out += "%";
        continue;
      }
      let flags = 0, width = -1, prec = -1;
      if (ch === 40) {
        if (dict === null) throw typeError("format requires a mapping");
        pos++;
        cnt--;
        const keystart = pos;
        let pcount = 1;
        while (pcount > 0 && --cnt >= 0) {
          const c = cps[pos]!;
          if (c === 41) pcount--;
          else if (c === 40) pcount++;
          pos++;
        }
        if (cnt < 0 || pcount > 0) throw valueError("incomplete format key");
        const key = bytesMode ? newBytes(Uint8Array.from(cps.slice(keystart, pos - 1))) : newStr(sub(cps, keystart, pos - 1));
        let v: PyObject;
        try {
          v = getItem(dict, key);
        } finally {
          decref(key);
        }
        if (argsOwned) decref(args);
        args = v;
        argsOwned = true;
        arglen = -1;
        argidx = -2;
      }
      while (--cnt >= 0) {
        ch = cps[pos++]!;
        if (ch === 45) flags |= F_LJUST;
        else if (ch === 43) flags |= F_SIGN;
        else if (ch === 32) flags |= F_BLANK;
        else if (ch === 35) flags |= F_ALT;
        else if (ch === 48) flags |= F_ZERO;
        else break;
      }
      if (ch === 42) {
        const v = nextArg();
        if (!(v instanceof PyInt)) throw typeError("* wants int");
        width = ssize(v);
        if (width < 0) {
          flags |= F_LJUST;
          width = -width;
        }
        if (--cnt >= 0) ch = cps[pos++]!;
      } else if (ch >= 48 && ch <= 57) {
        width = ch - 48;
        while (--cnt >= 0) {
          ch = cps[pos++]!;
          if (ch < 48 || ch > 57) break;
          if (width > (0x7fffffffffffffff - (ch - 48)) / 10) throw valueError("width too big");
          width = width * 10 + (ch - 48);
        }
      }
      if (ch === 46) {
        prec = 0;
        if (--cnt >= 0) ch = cps[pos++]!;
        if (ch === 42) {
          const v = nextArg();
          if (!(v instanceof PyInt)) throw typeError("* wants int");
          const pv = v.value;
          if (pv > 0x7fffffff || pv < -0x80000000) throw overflowError("Python int too large to convert to C int");
          prec = Number(pv);
          if (prec < 0) prec = 0;
          if (--cnt >= 0) ch = cps[pos++]!;
        } else if (ch >= 48 && ch <= 57) {
          prec = ch - 48;
          while (--cnt >= 0) {
            ch = cps[pos++]!;
            if (ch < 48 || ch > 57) break;
            if (prec > (0x7fffffff - (ch - 48)) / 10) throw valueError("precision too big");
            prec = prec * 10 + (ch - 48);
          }
        }
      }
      if (cnt >= 0 && (ch === 104 || ch === 108 || ch === 76)) {
        if (--cnt >= 0) ch = cps[pos++]!;
      }
      if (cnt < 0) throw valueError("incomplete format");
      // unicode_format_arg_format
      const v = nextArg();
      const conv = String.fromCodePoint(ch);
      let s: string;
      let numeric = false;
      switch (conv) {
        case "s": case "r": case "a": case "b": {
          if (bytesMode) {
            if (conv === "s" || conv === "b") s = bytesConv(v);
            else {
              const so = asciiOf(v);
              s = so.value;
              decref(so);
            }
            break;
          }
          if (conv === "b") {
            const shown = ch >= 31 && ch <= 126 ? conv : "?";
            throw valueError(`unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${pos - 1}`);
          }
          const so = conv === "s" ? strOf(v) : conv === "r" ? reprOf(v) : asciiOf(v);
          s = so.value;
          decref(so);
          break;
        }
        case "i": case "d": case "u": case "o": case "x": case "X":
          s = formatLongArg(v, conv, flags, prec);
          numeric = true;
          break;
        case "e": case "E": case "f": case "F": case "g": case "G": {
          const x = asDouble(v);
          s = doubleToString(x, conv, prec < 0 ? 6 : prec, flags & F_ALT ? DTSF_ALT : 0);
          numeric = true;
          break;
        }
        case "c":
          s = bytesMode ? bytesChar(v) : String.fromCodePoint(formatChar(v));
          break;
        default: {
          const shown = ch >= 31 && ch <= 126 ? conv : "?";
          throw valueError(`unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${pos - 1}`);
        }
      }
      out += outputArg(s, conv === "b" ? "s" : conv, flags, width, prec, numeric);
      if (dict !== null && argidx < arglen) throw typeError(`not all arguments converted during ${bytesMode ? "bytes" : "string"} formatting`);
    }
    if (argidx < arglen && dict === null) throw typeError(`not all arguments converted during ${bytesMode ? "bytes" : "string"} formatting`);
  } finally {
    if (argsOwned) decref(args);
  }
  return out;
}
function ssize(v: PyInt): number {
  const x = v.value;
  if (typeof x === "bigint") {
    if (x > 0x7fffffffffffffffn || x < -0x8000000000000000n) throw overflowError("Python int too large to convert to C ssize_t");
    return Number(x);
  }
  return x;
}

/** mainformatlong + _PyUnicode_FormatLong: sign, "0x"-style prefix (alt), digits padded to prec. */
function formatLongArg(v: PyObject, type: string, flags: number, prec: number): string {
  let iv: number | bigint;
  const t = v.ob_type;
  const isNumber = t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || v instanceof PyComplex;
  const wrong = () => typeError(type === "o" || type === "x" || type === "X"
    ? `%${type} format: an integer is required, not ${t.tp_name}`
    : `%${type} format: a real number is required, not ${t.tp_name}`);
  if (!isNumber) throw wrong();
  if (v instanceof PyInt) iv = v.value;
  else {
    try {
      if (type === "o" || type === "x" || type === "X") {
        const r = indexOf(v);
        iv = r.value;
        decref(r);
      } else iv = numberLong(v);
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorType)) {
        decref(e);
        throw wrong();
      }
      throw e;
    }
  }
  const neg = iv < 0;
  const a = neg ? -toBig(iv) : toBig(iv);
  let digits: string;
  if (type === "o") digits = a.toString(8);
  else if (type === "x" || type === "X") digits = a.toString(16);
  else digits = typeof iv === "number" ? String(Math.abs(iv)) : intToDecimalString(a);
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  let prefix = "";
  if (flags & F_ALT && type !== "d" && type !== "i" && type !== "u") prefix = type === "o" ? "0o" : "0x";
  let s = (neg ? "-" : "") + prefix + digits;
  if (type === "X") s = s.toUpperCase();
  return s;
}
/** PyNumber_Long for %d of a non-int number (float truncates; __int__, __index__, __trunc__). */
function numberLong(v: PyObject): number | bigint {
  if (v instanceof PyFloat) return floatToIntValue(v.value);
  const t = v.ob_type;
  if (t.nb_int !== null) {
    const r = t.nb_int(v);
    if (!(r instanceof PyInt)) {
      const n = r.ob_type.tp_name;
      decref(r);
      throw typeError(`__int__ returned non-int (type ${n})`);
    }
    const x = r.value;
    decref(r);
    return x;
  }
  const r = indexOf(v);
  const x = r.value;
  decref(r);
  return x;
}
/** formatchar: a one-character str or an int (via __index__) in range(0x110000). */
function formatChar(v: PyObject): number {
  if (v instanceof PyStr) {
    const c = toCodePoints(v.value);
    if (c.length === 1) return c[0]!;
    throw typeError("%c requires int or char");
  }
  let x: number | bigint;
  try {
    const r = indexOf(v);
    x = r.value;
    decref(r);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorType)) {
      decref(e);
      throw typeError("%c requires int or char");
    }
    throw e;
  }
  if (x < 0 || x > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
  return Number(x);
}
/** unicode_format_arg_output: precision truncation, sign, '0x' prefix and padding. */
function outputArg(s: string, conv: string, flags: number, width: number, prec: number, numeric: boolean): string {
  let cps: number[] | null = null;
  let len = s.length;
  for (let i = 0; i < s.length; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800) {
      cps = toCodePoints(s);
      len = cps.length;
      break;
    }
  }
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return s;
  if ((conv === "s" || conv === "r" || conv === "a") && prec >= 0 && len > prec) len = prec;
  const charAt = (i: number) => (cps === null ? s.charCodeAt(i) : cps[i]!);
  let pindex = 0;
  let signchar = "";
  let sign = numeric;
  const fill = sign && flags & F_ZERO ? "0" : " ";
  if (sign) {
    const c = charAt(0);
    if (c === 45 || c === 43) {
      signchar = String.fromCharCode(c);
      len--;
      pindex++;
    } else if (flags & F_SIGN) signchar = "+";
    else if (flags & F_BLANK) signchar = " ";
    else sign = false;
  }
  if (width < len) width = len;
  let out = "";
  if (sign) {
    if (fill !== " ") out += signchar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (conv === "x" || conv === "X" || conv === "o");
  if (altPrefix) {
    if (fill !== " ") {
      out += "0" + conv;
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === " ") {
    if (sign) out += signchar;
    if (altPrefix) {
      out += "0" + conv;
      pindex += 2;
    }
  }
  if (len > 0) out += cps === null ? s.substring(pindex, pindex + len) : String.fromCodePoint(...cps.slice(pindex, pindex + len));
  if (width > len) out += " ".repeat(width - len);
  return out;
}
export { TupleType, DictType, ComplexType, None, PyComplex, PyDict, isSubtype, BoolType };
