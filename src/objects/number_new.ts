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

/** Raise "invalid literal for int() with base N: 'text'" (repr truncated to 200 characters). */
function invalidLiteral(base: number, o: PyObject): never {
  throw valueError(`invalid literal for int() with base ${base}: ${trunc200(reprStr(o))}`);
}
/** PyLong_FromUnicodeObject / _PyLong_FromBytes. */
function intFromText(o: PyObject, base: number): number | bigint {
  let v: number | bigint | null;
  if (o instanceof PyStr) v = parseIntAscii(transformDecimalAndSpace(o.value), base);
  else {
    const b = bufferOf(o)!;
    let s = "";
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
    v = s.indexOf("\0") >= 0 ? null : parseIntAscii(s, base);
    if (v === null) {
      const shown = newBytes(b.slice(0, 200));
      try {
        invalidLiteral(base, shown);
      } finally {
        dec(shown);
      }
    }
  }
  if (v === null) invalidLiteral(base, o);
  return v;
}

/** PyNumber_Long(x): int(x) with one argument. */
export function numberLong(x: PyObject): number | bigint {
  if (x.ob_type === IntType) return (x as PyInt).value;
  const t = x.ob_type;
  if (t.nb_int !== null) {
    const r = t.nb_int(x);
    if (!(r instanceof PyInt)) {
      const n = r.ob_type.tp_name;
      dec(r);
      throw typeError(`__int__ returned non-int (type ${n})`);
    }
    if (r.ob_type !== IntType) {
      warn(DeprecationWarningType, `__int__ returned non-int (type ${r.ob_type.tp_name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
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
    try {
      warn(DeprecationWarningType, "The delegation of int() to __trunc__ is deprecated.");
    } catch (e) {
      dec(trunc);
      throw e;
    }
    const r = call(trunc, []);
    dec(trunc);
    if (r instanceof PyInt) {
      const v = r.value;
      dec(r);
      return v;
    }
    if (r.ob_type.nb_index === null) {
      const n = r.ob_type.tp_name;
      dec(r);
      throw typeError(`__trunc__ returned non-Integral (type ${n})`);
    }
    const i = toIndex(r);
    dec(r);
    const v = i.value;
    dec(i);
    return v;
  }
  if (x instanceof PyStr || bufferOf(x) !== null) return intFromText(x, 10);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name}'`);
}

IntType.tp_new = (type, args, kw) => {
  // int(x): the common call, without the argument parser
  const [x, base] = kw === null && args.length === 1 ? [args[0]!, null] : parseArgs("int", args, kw, ["x", "base"], { required: 0, posonly: 1 });
  let v: number | bigint;
  if (x === null) {
    if (base !== null) throw typeError("int() missing string argument");
    v = 0;
  } else if (base === null) v = numberLong(x);
  else {
    // PyNumber_AsSsize_t(base, NULL): out-of-range values clamp (then fail the range check)
    const bi = toIndex(base);
    const bv = bi.value;
    dec(bi);
    const b = typeof bv === "number" ? bv : bv > 0n ? Infinity : -Infinity;
    if ((b !== 0 && b < 2) || b > 36) throw valueError("int() base must be >= 2 and <= 36, or 0");
    if (x instanceof PyStr || x instanceof PyBytes || x instanceof PyByteArray) v = intFromText(x, b);
    else throw typeError("int() can't convert non-string with explicit base");
  }
  if (type === IntType) return newIntAny(v);
  return new PyInt(type, v);
};
BoolType.tp_new = (_type, args, kw) => {
  if (kw !== null && kwCount(kw) > 0) throw typeError("bool() takes no keyword arguments");
  if (args.length > 1) throw typeError(`bool expected at most 1 argument, got ${args.length}`);
  return newBool(args.length === 1 && isTrue(args[0]!));
};

/** PyFloat_FromString for str or a bytes-like object. */
function floatFromText(x: PyObject): number {
  let v: number | null;
  if (x instanceof PyStr) v = parseFloatText(x.value);
  else {
    const b = bufferOf(x)!;
    let s = "";
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
    // bytes are not transformed: non-ASCII bytes are simply invalid
    v = /[^\x00-\x7f]/u.test(s) ? null : parseFloatText(s);
  }
  if (v === null) throw valueError(`could not convert string to float: ${reprStr(x)}`);
  return v;
}
/** PyNumber_Float(x) value. */
export function numberFloat(x: PyObject): number {
  // only an exact float skips __float__ (a subclass's own __float__ is called)
  if (x.ob_type === FloatType) return (x as PyFloat).value;
  const t = x.ob_type;
  if (t.nb_float !== null || t.nb_index !== null) {
    if (t.nb_float !== null && !(x instanceof PyInt)) {
      const r = t.nb_float(x);
      if (!(r instanceof PyFloat)) {
        const n = r.ob_type.tp_name;
        dec(r);
        throw typeError(`${t.tp_name}.__float__ returned non-float (type ${n})`);
      }
      if (r.ob_type !== FloatType) {
        warn(DeprecationWarningType, `${t.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
      }
      const v = r.value;
      dec(r);
      return v;
    }
    if (x instanceof PyFloat) return x.value;
    return asDouble(x);
  }
  if (x instanceof PyFloat) return x.value;
  if (x instanceof PyStr || bufferOf(x) !== null) return floatFromText(x);
  throw typeError(`float() argument must be a string or a real number, not '${t.tp_name}'`);
}
FloatType.tp_new = (type, args, kw) => {
  // keywords are refused unless a subclass's own __init__ takes them (they are ignored here)
  const nkw = kw === null ? 0 : kwCount(kw);
  if (nkw > 0 && (type === FloatType || type.tp_init === FloatType.tp_init)) throw typeError("float() takes no keyword arguments");
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`float expected at most 1 argument, got ${npos}`);
  const v = npos === 1 ? numberFloat(args[0]!) : 0;
  if (type === FloatType) return newFloat(v);
  return new PyFloat(type, v);
};

/** try_complex_special_method: __complex__'s result, or null when there is none. */
function complexSpecial(o: PyObject): [number, number] | null {
  const f = lookupSpecial(o, intern("__complex__"));
  if (f === null) return null;
  const r = call(f, []);
  dec(f);
  if (!(r instanceof PyComplex)) {
    const n = r.ob_type.tp_name;
    dec(r);
    throw typeError(`__complex__ returned non-complex (type ${n})`);
  }
  if (r.ob_type !== ComplexType) {
    try {
      warn(DeprecationWarningType, `__complex__ returned non-complex (type ${r.ob_type.tp_name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`);
    } catch (e) {
      dec(r);
      throw e;
    }
  }
  const v: [number, number] = [r.real, r.imag];
  dec(r);
  return v;
}
function isNumberLike(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_float !== null || t.nb_index !== null || o instanceof PyComplex;
}
ComplexType.tp_new = (type, args, kw) => {
  const [r, i] = parseArgs("complex", args, kw, ["real", "imag"], { required: 0 });
  let re = 0, im = 0;
  if (r !== null && r instanceof PyStr) {
    if (i !== null) throw typeError("complex() can't take second arg if first is a string");
    const v = parseComplexText(r.value, reprStr(r));
    if (v === null) throw valueError("complex() arg is a malformed string");
    return type === ComplexType ? newComplex(v[0], v[1]) : new PyComplex(type, v[0], v[1]);
  }
  if (i !== null && i instanceof PyStr) throw typeError("complex() second arg can't be a string");
  let crReal = 0, crImag = 0, crIsComplex = false;
  if (r !== null) {
    const sp = complexSpecial(r);
    if (sp !== null) {
      [crReal, crImag] = sp;
      crIsComplex = true;
    } else if (r instanceof PyComplex) {
      if (i === null && type === ComplexType && r.ob_type === ComplexType) {
        r.ob_refcnt++;
        return r;
      }
      crReal = r.real;
      crImag = r.imag;
      crIsComplex = true;
    } else if (isNumberLike(r)) crReal = numberFloat(r);
    else throw typeError(`complex() first argument must be a string or a number, not '${r.ob_type.tp_name}'`);
  }
  let ciReal = 0, ciImag = 0, ciIsComplex = false;
  if (i !== null) {
    if (i instanceof PyComplex) {
      ciReal = i.real;
      ciImag = i.imag;
      ciIsComplex = true;
    } else if (isNumberLike(i)) ciReal = numberFloat(i);
    else throw typeError(`complex() second argument must be a number, not '${i.ob_type.tp_name}'`);
  }
  if (ciIsComplex) crReal -= ciImag;
  if (crIsComplex && i !== null) ciReal += crImag;
  re = crReal;
  im = i === null ? crImag : ciReal;
  return type === ComplexType ? newComplex(re, im) : new PyComplex(type, re, im);
};
import { newComplex } from "./complex.ts";
import { warn } from "../modules/warnings.ts";
import { indexHooks } from "./abstract.ts";
indexHooks.deprecated = (message) => warn(DeprecationWarningType, message);
import { DeprecationWarningType } from "./exceptions.ts";
import { transformDecimalAndSpace, parseIntAscii, parseFloatText, parseComplexText, trunc200 } from "./number_parse.ts";
import { PyByteArray, bufferOf, newBytes } from "./bytes.ts";
import "./int_methods.ts";

// ---- float methods that need other modules ------------------------------------------------------

FloatType.tp_methods.push(
  { name: "__format__", flags: 2, fn: (o: PyObject, spec: PyObject) => {
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    if (spec.value === "") return strOf(o);
    return newStr(formatFloatWithSpec((o as PyFloat).value, spec.value, o.ob_type.tp_name));
  } },
  { name: "__round__", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    checkArity("__round__", args, 0, 1);
    return floatRound((o as PyFloat).value, args.length === 0 ? None : args[0]!);
  } },
  { name: "hex", flags: 1, fn: (o: PyObject) => newStr(floatHex((o as PyFloat).value)) },
  { name: "fromhex", flags: 2 | 8, fn: (type: PyObject, s: PyObject) => {
    if (!(s instanceof PyStr)) throw typeError("bad argument type for built-in operation");
    const r = newFloat(floatFromHex(s.value));
    if (type === FloatType) return r;
    try {
      return call(type, [r]);
    } finally {
      dec(r);
    }
  } },
  { name: "__getformat__", flags: 2 | 8, fn: (_type: PyObject, s: PyObject) => {
    if (!(s instanceof PyStr)) throw typeError(`__getformat__() argument must be str, not ${argTypeName(s)}`);
    if (s.value !== "double" && s.value !== "float") throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
    return newStr("IEEE, little-endian");
  } },
);
/** C's round(): half away from zero, exactly. */
function cRound(x: number): number {
  if (!Number.isFinite(x)) return x;
  let t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) t += x < 0 ? -1 : 1;
  return t;
}
import { checkArity } from "./args.ts";
import { argTypeName } from "./str_methods.ts";
import { floatFromHex } from "./float_ops.ts";
/** round(x[, n]) for floats (float___round___impl / double_round): correctly rounded via dtoa. */
export function floatRound(x: number, nd: PyObject): PyObject {
  if (nd === None) {
    let r = cRound(x);
    if (Math.abs(x - r) === 0.5) r = 2 * cRound(x / 2);
    return newIntAny(floatToIntValue(r));
  }
  // PyNumber_AsSsize_t(ndigits, NULL): out-of-range ndigits clamp to the C range
  const ix = toIndex(nd);
  const iv = ix.value;
  dec(ix);
  const n = typeof iv === "number" ? iv : iv > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  if (!Number.isFinite(x)) return newFloat(x);
  if (n > 323) return newFloat(x);
  if (n < -308) return newFloat(0 * x);
  const d = dtoa(x, 3, n);
  const r = Number(`${d.neg ? "-" : ""}0${d.digits}e${d.decpt - d.digits.length}`);
  if (!Number.isFinite(r)) throw overflowError("rounded value too large to represent");
  return newFloat(r);
}
import { dtoa } from "./dtoa.ts";
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
