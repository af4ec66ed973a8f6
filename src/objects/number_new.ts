/** int(), float(), bool() and complex() constructors, and int/float methods (int.bit_length...). */
import { kwCount } from "./args.ts";
import { PyObject, PyType } from "./object.ts";
import { IntType, FloatType, BoolType, StrType, ComplexType, None } from "./types.ts";
import { PyInt, newIntAny, newInt, newBool, True, False, normBig, intBitLength, toBig, intToDecimalString, maxStrDigits } from "./int.ts";
import { PyFloat, newFloat, floatRepr } from "./float.ts";
import { PyStr, newStr, strRepr } from "./str.ts";
import { PyBytes } from "./bytes.ts";
import { PyComplex } from "./complex.ts";
import { typeError, valueError, overflowError } from "./errors.ts";
import { parseArgs } from "./args.ts";
import { isTrue, lookupSpecial, call, asDouble, index as toIndex, reprStr } from "./abstract.ts";
import { intern } from "./str.ts";
import { dealloc } from "../memory/refcount.ts";
import { floatToIntValue, asIntegerRatio } from "./float_ops.ts";
import { newTuple } from "./tuple.ts";
import { formatInt } from "./format.ts";
import { formatFloatWithSpec } from "./format_spec.ts";
import { str as strOf } from "./abstract.ts";
import { intHash } from "./pyhash.ts";

function dec(x: PyObject): void {
  if (--x.ob_refcnt === 0) dealloc(x);
}

const WS = /^[\s\u0085]+|[\s\u0085]+$/gu;
/** int(str, base): Python's literal rules (underscores between digits, prefixes with base 0). */
export function parseIntLiteral(text: string, base: number, shown: string): number | bigint {
  const bad = () => valueError(`invalid literal for int() with base ${base}: ${shown}`);
  let s = text.replace(WS, "");
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.substring(1);
  }
  let b = base;
  const lower = s.toLowerCase();
  if (b === 0) {
    if (lower.startsWith("0x")) { b = 16; s = s.substring(2); }
    else if (lower.startsWith("0o")) { b = 8; s = s.substring(2); }
    else if (lower.startsWith("0b")) { b = 2; s = s.substring(2); }
    else {
      b = 10;
      if (/^0+(_?0)*$/u.test(s)) return 0;
      if (s.startsWith("0")) throw bad();
    }
    if (s.startsWith("_")) s = s.substring(1);
  } else if ((b === 16 && lower.startsWith("0x")) || (b === 8 && lower.startsWith("0o")) || (b === 2 && lower.startsWith("0b"))) {
    s = s.substring(2);
    if (s.startsWith("_")) s = s.substring(1);
  }
  if (s === "" || s.startsWith("_") || s.endsWith("_") || s.includes("__")) throw bad();
  s = s.replace(/_/gu, "");
  // non-ASCII decimal digits
  s = s.replace(/\p{Nd}/gu, (c) => (c >= "0" && c <= "9" ? c : String(digitValue(c))));
  let v = 0n;
  const B = BigInt(b);
  if (b === 10 && s.length > maxStrDigits && maxStrDigits > 0) {
    throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (s.length < 15 && b <= 36) {
    let n = 0;
    for (const c of s) {
      const d = digitOf(c);
      if (d < 0 || d >= b) throw bad();
      n = n * b + d;
    }
    return neg ? 0 - n : n;
  }
  for (const c of s) {
    const d = digitOf(c);
    if (d < 0 || d >= b) throw bad();
    v = v * B + BigInt(d);
  }
  return normBig(neg ? -v : v);
}
function digitOf(c: string): number {
  const x = c.charCodeAt(0);
  if (x >= 48 && x <= 57) return x - 48;
  if (x >= 97 && x <= 122) return x - 87;
  if (x >= 65 && x <= 90) return x - 55;
  return -1;
}
function digitValue(c: string): number {
  const cp = c.codePointAt(0)!;
  // decimal digit blocks are runs of 10 starting at a code point whose value is 0
  for (let z = cp; z > cp - 10; z--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(z - 1)) || (cp - z + 1) % 10 === 0 && false) return cp - z;
  }
  return (cp - 0x30) % 10;
}

function intFromObject(x: PyObject): number | bigint {
  if (x instanceof PyInt) return x.value;
  const t = x.ob_type;
  if (t.nb_int !== null) {
    const r = t.nb_int(x);
    if (!(r instanceof PyInt)) {
      const n = r.ob_type.tp_name;
      dec(r);
      throw typeError(`__int__ returned non-int (type ${n})`);
    }
    const v = r.value;
    dec(r);
    return v;
  }
  if (t.nb_index !== null) {
    const r = toIndex(x);
    const v = r.value;
    dec(r);
    return v;
  }
  const trunc = lookupSpecial(x, intern("__trunc__"));
  if (trunc !== null) {
    const r = call(trunc, []);
    dec(trunc);
    if (r instanceof PyInt) {
      const v = r.value;
      dec(r);
      return v;
    }
    const v = intFromObject(r);
    dec(r);
    return v;
  }
  if (x instanceof PyStr) return parseIntLiteral(x.value, 10, strRepr(x.value));
  if (x instanceof PyBytes) {
    let s = "";
    for (const b of x.value) s += String.fromCharCode(b);
    return parseIntLiteral(s, 10, reprStr(x));
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name}'`);
}

IntType.tp_new = (type, args, kw) => {
  const [x, base] = parseArgs("int", args, kw, ["x", "base"], { required: 0, posonly: 1 });
  let v: number | bigint;
  if (x === null) {
    if (base !== null) throw typeError("int() missing string argument");
    v = 0;
  } else if (base === null) v = intFromObject(x);
  else {
    const b = Number(toIndex(base).value);
    if (b !== 0 && (b < 2 || b > 36)) throw valueError("int() base must be >= 2 and <= 36, or 0");
    let s: string;
    if (x instanceof PyStr) s = x.value;
    else if (x instanceof PyBytes) s = String.fromCharCode(...x.value);
    else throw typeError("int() can't convert non-string with explicit base");
    v = parseIntLiteral(s, b, x instanceof PyStr ? strRepr(x.value) : reprStr(x));
  }
  if (type === IntType) return newIntAny(v);
  return new PyInt(type, v);
};
BoolType.tp_new = (type, args, kw) => {
  if (kw !== null && kwCount(kw) > 0) throw typeError("bool() takes no keyword arguments");
  if (args.length > 1) throw typeError(`bool expected at most 1 argument, got ${args.length}`);
  return newBool(args.length === 1 && isTrue(args[0]!));
};

/** float(str) parsing: Python's float literal syntax plus inf/nan words. */
export function parseFloatText(text: string, shown: string): number {
  const s = text.replace(WS, "");
  const m = /^[+-]?((\d(_?\d)*)?\.?(\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?|inf(inity)?|nan)$/iu.exec(s);
  if (m === null || !/\d|inf|nan/iu.test(s) || /^[+-]?\.?([eE]|$)/u.test(s) || /^[+-]?\.([eE]|$)/u.test(s)) {
    throw valueError(`could not convert string to float: ${shown}`);
  }
  const clean = s.replace(/_/gu, "").toLowerCase();
  if (clean.endsWith("nan")) return NaN;
  if (clean.endsWith("inf") || clean.endsWith("infinity")) return clean.startsWith("-") ? -Infinity : Infinity;
  return Number(clean);
}
FloatType.tp_new = (type, args, kw) => {
  if (kw !== null && kwCount(kw) > 0) throw typeError("float() takes no keyword arguments");
  if (args.length > 1) throw typeError(`float expected at most 1 argument, got ${args.length}`);
  let v = 0;
  if (args.length === 1) {
    const x = args[0]!;
    if (x instanceof PyStr) v = parseFloatText(x.value, strRepr(x.value));
    else if (x instanceof PyBytes) v = parseFloatText(String.fromCharCode(...x.value), reprStr(x));
    else if (x instanceof PyFloat || x instanceof PyInt || x.ob_type.nb_float !== null || x.ob_type.nb_index !== null) v = asDouble(x);
    else throw typeError(`float() argument must be a string or a real number, not '${x.ob_type.tp_name}'`);
  }
  if (type === FloatType) return newFloat(v);
  return new PyFloat(type, v);
};
ComplexType.tp_new = (type, args, kw) => {
  const [re, im] = parseArgs("complex", args, kw, ["real", "imag"], { required: 0 });
  let r = 0, i = 0;
  if (re !== null) {
    if (re instanceof PyStr) {
      const s = re.value.replace(/\s/gu, "").replace(/^\((.*)\)$/u, "$1");
      const m = /^([+-]?[\d.e_+-]*?(?:inf|nan)?)([+-][\d.e_]*(?:inf|nan)?)?j?$/iu.exec(s);
      if (m === null) throw valueError("complex() arg is a malformed string");
      if (s.toLowerCase().endsWith("j") && m[2] === undefined) {
        const t = m[1]!;
        i = t === "" || t === "+" ? 1 : t === "-" ? -1 : parseFloatText(t, "");
      } else {
        r = m[1] === "" ? 0 : parseFloatText(m[1]!, "");
        if (m[2] !== undefined) i = m[2] === "+" ? 1 : m[2] === "-" ? -1 : parseFloatText(m[2], "");
      }
    } else if (re instanceof PyComplex) {
      r = re.real;
      i = re.imag;
    } else r = asDouble(re);
  }
  if (im !== null) {
    if (im instanceof PyComplex) {
      r -= im.imag;
      i = re instanceof PyComplex ? i + im.real : im.real;
    } else i = re instanceof PyComplex ? i + asDouble(im) : asDouble(im);
  }
  return new PyComplex(type, r, i);
};

// ---- int methods --------------------------------------------------------------------------------

function V(o: PyObject): number | bigint {
  return (o as PyInt).value;
}
IntType.tp_methods = [
  { name: "bit_length", flags: 1, fn: (o: PyObject) => newInt(intBitLength(V(o))) },
  { name: "bit_count", flags: 1, fn: (o: PyObject) => {
    const b = toBig(V(o));
    return newInt([...(b < 0n ? -b : b).toString(2)].filter((c) => c === "1").length);
  } },
  { name: "conjugate", flags: 1, fn: (o: PyObject) => newIntAny(V(o)) },
  { name: "as_integer_ratio", flags: 1, fn: (o: PyObject) => newTuple([newIntAny(V(o)), newInt(1)]) },
  { name: "is_integer", flags: 1, fn: () => True },
  { name: "__trunc__", flags: 1, fn: (o: PyObject) => newIntAny(V(o)) },
  { name: "__floor__", flags: 1, fn: (o: PyObject) => newIntAny(V(o)) },
  { name: "__ceil__", flags: 1, fn: (o: PyObject) => newIntAny(V(o)) },
  { name: "__round__", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length === 0 || args[0] === None) return newIntAny(V(o));
    const nd = Number(toIndex(args[0]!).value);
    if (nd >= 0) return newIntAny(V(o));
    const p = 10n ** BigInt(-nd);
    const v = toBig(V(o));
    let q = v / p, r = v % p;
    if (r < 0n) { r += p; q -= 1n; }
    const twice = 2n * r;
    if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
    return newIntAny(normBig(q * p));
  } },
  { name: "__format__", flags: 2, fn: (o: PyObject, spec: PyObject) => {
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    if (spec.value === "") return strOf(o);
    return newStr(formatInt(V(o), spec.value, o.ob_type.tp_name));
  } },
  { name: "__getnewargs__", flags: 1, fn: (o: PyObject) => newTuple([newIntAny(V(o))]) },
  { name: "__sizeof__", flags: 1, fn: (o: PyObject) => {
    const v = toBig(V(o));
    const digits = v === 0n ? 0 : Math.ceil((v < 0n ? -v : v).toString(2).length / 30);
    return newInt(24 + 4 * Math.max(digits, v === 0n ? 0 : 1));
  } },
  { name: "to_bytes", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [len, order, signed] = parseArgs("to_bytes", args, kw, ["length", "byteorder", "signed"], { required: 0, kwonly: 2 });
    const n = len === null ? 1 : Number(toIndex(len).value);
    const little = order !== null && (order as PyStr).value === "little";
    if (order !== null && !little && (order as PyStr).value !== "big") throw valueError("byteorder must be either 'little' or 'big'");
    let v = toBig(V(o));
    const sgn = signed !== null && isTrue(signed);
    if (v < 0n && !sgn) throw overflowError("can't convert negative int to unsigned");
    if (v < 0n) v += 1n << BigInt(8 * n);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[little ? i : n - 1 - i] = Number(v & 255n);
      v >>= 8n;
    }
    if (v !== 0n || (sgn && V(o) >= 0 && n > 0 && (out[little ? n - 1 : 0]! & 0x80) !== 0)) throw overflowError("int too big to convert");
    return newBytesObj(out);
  } },
  { name: "from_bytes", flags: 4 | 8, fn: (type: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [bytes, order, signed] = parseArgs("from_bytes", args, kw, ["bytes", "byteorder", "signed"], { required: 1, kwonly: 2 });
    const b = bytesOf(bytes!);
    const little = order !== null && (order as PyStr).value === "little";
    let v = 0n;
    for (let i = 0; i < b.length; i++) v = (v << 8n) | BigInt(b[little ? b.length - 1 - i : i]!);
    if (signed !== null && isTrue(signed) && b.length > 0 && v >= 1n << BigInt(8 * b.length - 1)) v -= 1n << BigInt(8 * b.length);
    const r = newIntAny(normBig(v));
    if (type === IntType) return r;
    try {
      return call(type, [r]);
    } finally {
      dec(r);
    }
  } },
];
import { newBytes as newBytesObj } from "./bytes.ts";
import { iterableToArray } from "./abstract.ts";
function bytesOf(o: PyObject): Uint8Array {
  if (o instanceof PyBytes) return o.value;
  const items = iterableToArray(o);
  return Uint8Array.from(items.map((x) => Number((x as PyInt).value)));
}
IntType.tp_getset = [
  { name: "real", get: (o) => newIntAny(V(o)), set: null },
  { name: "imag", get: () => newInt(0), set: null },
  { name: "numerator", get: (o) => newIntAny(V(o)), set: null },
  { name: "denominator", get: () => newInt(1), set: null },
];

// ---- float methods that need other modules ------------------------------------------------------

FloatType.tp_methods.push(
  { name: "__format__", flags: 2, fn: (o: PyObject, spec: PyObject) => {
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    if (spec.value === "") return strOf(o);
    return newStr(formatFloatWithSpec((o as PyFloat).value, spec.value, o.ob_type.tp_name));
  } },
  { name: "__round__", flags: 3, fn: (o: PyObject, args: PyObject[]) => floatRound((o as PyFloat).value, args.length === 0 ? None : args[0]!) },
  { name: "hex", flags: 1, fn: (o: PyObject) => newStr(floatHex((o as PyFloat).value)) },
);
/** round(x[, n]) for floats (float___round___impl / double_round): correctly rounded via dtoa. */
export function floatRound(x: number, nd: PyObject): PyObject {
  if (nd === None) {
    let r = Math.round(x);
    if (Math.abs(x - r) === 0.5) r = 2 * Math.round(x / 2);
    else if (r - x === 0.5) r -= 1; // JS rounds -2.5 to -2 (towards +inf); C's round() is away from zero
    return newIntAny(floatToIntValue(r));
  }
  const n = asSsize(nd);
  if (!Number.isFinite(x)) return newFloat(x);
  if (n > 323) return newFloat(x);
  if (n < -308) return newFloat(0 * x);
  const d = dtoa(x, 3, n);
  const r = Number(`${d.neg ? "-" : ""}0${d.digits}e${d.decpt - d.digits.length}`);
  if (!Number.isFinite(r)) throw overflowError("rounded value too large to represent");
  return newFloat(r);
}
import { dtoa } from "./dtoa.ts";
import { asSsize } from "./abstract.ts";
function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  const sign = x < 0 ? "-" : "";
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  let e = (hi >>> 20) & 0x7ff;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, "0");
  let lead = "1";
  if (e === 0) {
    lead = "0";
    e = -1022;
  } else e -= 1023;
  return `${sign}0x${lead}.${mant}p${e >= 0 ? "+" : ""}${e}`;
}
export { floatRepr, asIntegerRatio, intHash, StrType, PyType, newStr, normBig };
