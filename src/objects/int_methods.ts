/** int's methods and computed attributes (Objects/longobject.c int_* clinic functions). */
import { PyObject } from "./object.ts";
import { IntType, None, NotImplemented } from "./types.ts";
import { PyInt, newIntAny, newInt, normBig, intBitLength, toBig, intDivmodValues } from "./int.ts";
import { PyStr, newStr } from "./str.ts";
import { typeError, valueError, overflowError } from "./errors.ts";
import { parseArgs } from "./args.ts";
import { isTrue, call, index as toIndex, asSsize, str as strOf } from "./abstract.ts";
import { dealloc } from "../memory/refcount.ts";
import { newTuple } from "./tuple.ts";
import { formatInt } from "./format.ts";
import { newBytes } from "./bytes.ts";
import { bytesFromObject } from "./bytes_type.ts";
import { argTypeName } from "./str_methods.ts";

function dec(x: PyObject): void {
  if (--x.ob_refcnt === 0) dealloc(x);
}
function V(o: PyObject): number | bigint {
  return (o as PyInt).value;
}
/** The value as an exact int (long_long: int(True) is 1). */
function asExact(o: PyObject): PyObject {
  if (o.ob_type === IntType) {
    o.ob_refcnt++;
    return o;
  }
  return newIntAny(V(o));
}
function popcount(v: bigint): number {
  let n = 0;
  let x = v < 0n ? -v : v;
  while (x > 0n) {
    let w = Number(x & 0xffffffffn);
    w = w - ((w >>> 1) & 0x55555555);
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    n += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    x >>= 32n;
  }
  return n;
}
function byteorderArg(fname: string, o: PyObject | null): boolean {
  if (o === null) return false;
  if (!(o instanceof PyStr)) throw typeError(`${fname}() argument 'byteorder' must be str, not ${argTypeName(o)}`);
  if (o.value === "little") return true;
  if (o.value === "big") return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

IntType.tp_methods = [
  { name: "bit_length", flags: 1, fn: (o: PyObject) => newInt(intBitLength(V(o))) },
  { name: "bit_count", flags: 1, fn: (o: PyObject) => newInt(popcount(toBig(V(o)))) },
  { name: "conjugate", flags: 1, fn: asExact },
  { name: "as_integer_ratio", flags: 1, fn: (o: PyObject) => newTuple([asExact(o), newInt(1)]) },
  { name: "__trunc__", flags: 1, fn: asExact },
  { name: "__floor__", flags: 1, fn: asExact },
  { name: "__ceil__", flags: 1, fn: asExact },
  { name: "__divmod__", flags: 2, fn: (o: PyObject, w: PyObject) => intDivmodObj(o, w) },
  { name: "__rdivmod__", flags: 2, fn: (o: PyObject, w: PyObject) => intDivmodObj(w, o) },
  { name: "__round__", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length > 1) throw typeError(`__round__ expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return asExact(o);
    const ndo = toIndex(args[0]!);
    const nd = ndo.value;
    dec(ndo);
    if (nd >= 0) return asExact(o);
    const v = toBig(V(o));
    // 10 ** -ndigits beyond twice |self|: the result is 0 (no need to build the power)
    const digits = Math.ceil(intBitLength(v < 0n ? -v : v) * Math.LOG10E * Math.LN2) + 1;
    if (-toBig(nd) > BigInt(digits)) return newIntAny(0);
    // self - divmod_near(self, 10 ** -ndigits)[1]
    const p = 10n ** (-toBig(nd));
    let q = v / p, r = v % p;
    if (r < 0n) {
      r += p;
      q -= 1n;
    }
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
    const bits = intBitLength(V(o));
    return newInt(24 + 4 * Math.max(1, Math.ceil(bits / 30)));
  } },
  { name: "to_bytes", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [len, order, signed] = parseArgs("to_bytes", args, kw, ["length", "byteorder", "signed"], { required: 0, kwonly: 2 });
    const n = len === null ? 1 : asSsize(len);
    const little = byteorderArg("to_bytes", order);
    const sgn = signed !== null && isTrue(signed);
    if (n < 0) throw valueError("length argument must be non-negative");
    let v = toBig(V(o));
    if (v < 0n && !sgn) throw overflowError("can't convert negative int to unsigned");
    const bits = intBitLength(V(o));
    if (bits > 8 * n - (sgn ? 1 : 0) && !(sgn && v < 0n && v === -(1n << BigInt(8 * n - 1)))) {
      throw overflowError("int too big to convert");
    }
    if (v < 0n) v += 1n << BigInt(8 * n);
    const out = new Uint8Array(n);
    // through the hex digits: linear (peeling a byte at a time off a bigint is quadratic)
    const hex = v.toString(16);
    const nb = (hex.length + 1) >> 1; // significant bytes (<= n, checked above)
    for (let j = 0; j < nb; j++) {
      const end = hex.length - 2 * j;
      const byte = parseInt(hex.slice(Math.max(0, end - 2), end), 16);
      out[little ? j : n - 1 - j] = byte;
    }
    return newBytes(out);
  } },
  { name: "from_bytes", flags: 4 | 8, fn: (type: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [bytes, order, signed] = parseArgs("from_bytes", args, kw, ["bytes", "byteorder", "signed"], { required: 1, kwonly: 2 });
    const little = byteorderArg("from_bytes", order);
    const sgn = signed !== null && isTrue(signed);
    const bo = bytesFromObject(bytes!);
    const b = bo.value;
    // one bigint from the hex digits, most significant byte first (linear, not quadratic)
    const HEX = "0123456789abcdef";
    const parts: string[] = new Array(b.length);
    for (let i = 0; i < b.length; i++) {
      const x = b[little ? b.length - 1 - i : i]!;
      parts[i] = HEX[x >> 4]! + HEX[x & 15]!;
    }
    let v = b.length === 0 ? 0n : BigInt("0x" + parts.join(""));
    dec(bo);
    if (sgn && b.length > 0 && v >= 1n << BigInt(8 * b.length - 1)) v -= 1n << BigInt(8 * b.length);
    const r = newIntAny(normBig(v));
    if (type === IntType) return r;
    try {
      return call(type, [r]);
    } finally {
      dec(r);
    }
  } },
];
function intDivmodObj(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
  const [q, r] = intDivmodValues(a.value, b.value);
  return newTuple([newIntAny(q), newIntAny(r)]);
}
IntType.tp_getset = [
  { name: "real", get: asExact, set: null },
  { name: "imag", get: () => newInt(0), set: null },
  { name: "numerator", get: asExact, set: null },
  { name: "denominator", get: () => newInt(1), set: null },
];
export { None };

// bool compares and hashes as int (CPython's bool type inherits int's slots)
import { BoolType } from "./types.ts";
if (BoolType.tp_richcompare === null) BoolType.tp_richcompare = IntType.tp_richcompare;
if (BoolType.tp_hash === null) BoolType.tp_hash = IntType.tp_hash;
