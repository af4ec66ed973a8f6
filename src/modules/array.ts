/**
 * The `array` builtin module: array.array of C values with typecodes b B u h H i I l L q Q f d
 * (Linux x86-64 sizes: l/L/q/Q 8 bytes, u a 4-byte wchar_t). The items are kept as a JS array
 * of numbers (bigints for 64-bit values past 2**53; code points for 'u'), converted on entry
 * with CPython's range checks and messages. Sequence protocol, slices, comparisons, repr,
 * bytes/list/unicode/file conversions, byteswap, pickling through _array_reconstructor.
 * Not done: the buffer protocol (memoryview(array), bytes(array)).
 */
import { PyObject, PyType, TPFlags, Meth } from "../objects/object.ts";
import { TypeType, ObjectType, None, NotImplemented } from "../objects/types.ts";
import { PyInt, newIntAny, True, False, normBig } from "../objects/int.ts";
import { PyFloat, newFloat, floatRepr } from "../objects/float.ts";
import { PyStr, newStr, strRepr } from "../objects/str.ts";
import { PyBytes, PyByteArray, newBytes, bufferOf, registerBufferReader } from "../objects/bytes.ts";
import { PyList, newList } from "../objects/list.ts";
import { newTuple } from "../objects/tuple.ts";
import { PySlice } from "../objects/slice.ts";
import { asDouble, index, getIter, iterNext, callMethod, richCompareBool, getAttr } from "../objects/abstract.ts";
import { parseArgs, checkArity } from "../objects/args.ts";
import { typeError, valueError, overflowError, indexError, newException } from "../objects/errors.ts";
import { readyType } from "../objects/typeobject.ts";
import * as E from "../objects/exceptions.ts";
import { DECREF } from "../memory/refcount.ts";
import { buildModule, pyNone, pyInt, type ModDef } from "./modutil.ts";
import { hexId } from "../objects/abstract.ts";
import { intern } from "../objects/str.ts";
import type { PyModule } from "../objects/module.ts";
import { importModuleByName } from "../vm/import.ts";
import { hashNotImplemented } from "../objects/slots.ts";
import { seqIterReduce, clampedIndex, noneResult } from "../objects/iter_reduce.ts";

type Val = number | bigint;
const TYPECODES = "bBuhHiIlLqQfd";
const SIZE: Record<string, number> = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };

export class PyArray extends PyObject {
  declare tc: string;
  declare items: Val[];
  declare exports: number;
  constructor(t: PyType, tc: string, items: Val[]) {
    super(t);
    this.tc = tc;
    this.items = items;
    this.exports = 0;
  }
}
export const ArrayType = new PyType(TypeType, "array.array", ObjectType, TPFlags.BASETYPE | TPFlags.SEQUENCE);

const isFloatTc = (tc: string) => tc === "f" || tc === "d";

/** Convert a Python value for typecode tc (CPython's setitem functions and their messages). */
function toVal(tc: string, o: PyObject): Val {
  if (tc === "u") {
    if (!(o instanceof PyStr) || o.value.length === 0 || [...o.value].length !== 1) throw typeError("array item must be unicode character");
    return o.value.codePointAt(0)!;
  }
  if (tc === "f") return Math.fround(asDouble(o));
  if (tc === "d") return asDouble(o);
  if (o instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const i = index(o);
  const v = BigInt(i.value);
  DECREF(i);
  const chk = (lo: bigint, hi: bigint, name: string) => {
    if (v > hi) throw overflowError(`${name} is greater than maximum`);
    if (v < lo) throw overflowError(`${name} is less than minimum`);
  };
  switch (tc) {
    case "b": chk(-128n, 127n, "signed char"); break;
    case "B": chk(0n, 255n, "unsigned byte integer"); break;
    case "h": chk(-32768n, 32767n, "signed short integer"); break;
    case "H": chk(0n, 65535n, "unsigned short"); break;
    case "i":
      if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw overflowError("Python int too large to convert to C long");
      chk(-2147483648n, 2147483647n, "signed integer");
      break;
    case "I":
      if (v < 0n) throw overflowError("can't convert negative value to unsigned int");
      if (v > 0xffffffffffffffffn) throw overflowError("Python int too large to convert to C unsigned long");
      chk(0n, 4294967295n, "unsigned int");
      break;
    case "l":
      if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw overflowError("Python int too large to convert to C long");
      break;
    case "L":
      if (v < 0n) throw overflowError("can't convert negative value to unsigned int");
      if (v > 0xffffffffffffffffn) throw overflowError("Python int too large to convert to C unsigned long");
      break;
    case "q":
      if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw overflowError("int too big to convert");
      break;
    case "Q":
      if (v < 0n) throw overflowError("can't convert negative int to unsigned");
      if (v > 0xffffffffffffffffn) throw overflowError("int too big to convert");
      break;
  }
  return normBig(v);
}
function toObj(tc: string, v: Val): PyObject {
  if (tc === "u") return newStr(String.fromCodePoint(v as number));
  if (isFloatTc(tc)) return newFloat(v as number);
  return newIntAny(v);
}

// ---- bytes <-> values ---------------------------------------------------------------------------

function toBytes(a: PyArray): Uint8Array {
  const sz = SIZE[a.tc]!;
  const out = new Uint8Array(a.items.length * sz);
  const dv = new DataView(out.buffer);
  a.items.forEach((v, i) => {
    const o = i * sz;
    switch (a.tc) {
      case "f": dv.setFloat32(o, v as number, true); break;
      case "d": dv.setFloat64(o, v as number, true); break;
      case "b": dv.setInt8(o, v as number); break;
      case "B": dv.setUint8(o, v as number); break;
      case "h": dv.setInt16(o, v as number, true); break;
      case "H": dv.setUint16(o, v as number, true); break;
      case "i": dv.setInt32(o, v as number, true); break;
      case "I": case "u": dv.setUint32(o, v as number, true); break;
      case "l": case "q": dv.setBigInt64(o, BigInt(v), true); break;
      default: dv.setBigUint64(o, BigInt(v), true);
    }
  });
  return out;
}
// an array's machine bytes are its buffer: bytes(), int(), re, binascii... read them (a copy)
registerBufferReader({
  read: (o) => (o instanceof PyArray ? toBytes(o) : null),
  layout: (o) => [(o as PyArray).tc === "u" ? "w" : (o as PyArray).tc, SIZE[(o as PyArray).tc]!],
});
function fromBytes(tc: string, b: Uint8Array): Val[] {
  const sz = SIZE[tc]!;
  if (b.length % sz !== 0) throw valueError("bytes length not a multiple of item size");
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: Val[] = [];
  for (let o = 0; o < b.length; o += sz) {
    switch (tc) {
      case "f": out.push(dv.getFloat32(o, true)); break;
      case "d": out.push(dv.getFloat64(o, true)); break;
      case "b": out.push(dv.getInt8(o)); break;
      case "B": out.push(dv.getUint8(o)); break;
      case "h": out.push(dv.getInt16(o, true)); break;
      case "H": out.push(dv.getUint16(o, true)); break;
      case "i": out.push(dv.getInt32(o, true)); break;
      case "I": case "u": out.push(dv.getUint32(o, true)); break;
      case "l": case "q": out.push(normBig(dv.getBigInt64(o, true))); break;
      default: out.push(normBig(dv.getBigUint64(o, true)));
    }
  }
  return out;
}

// ---- helpers --------------------------------------------------------------------------------------

function A(o: PyObject): PyArray {
  if (!(o instanceof PyArray)) throw typeError(`descriptor requires a 'array.array' object but received a '${o.ob_type.tp_name}'`);
  return o;
}
/** New arrays made from an array (slices, copies, concatenation) are plain array.array. */
function newArrayLike(a: PyArray, items: Val[]): PyArray {
  return new PyArray(ArrayType, a.tc, items);
}
function valEq(a: Val, b: Val): boolean {
  return typeof a === typeof b ? a === b : Number(a) === Number(b) && BigInt(Math.trunc(Number(a))) === BigInt(Math.trunc(Number(b)));
}
/** Index of the first item equal to o (Python equality on the item objects). */
function findItem(a: PyArray, o: PyObject, start: number, stop: number): number {
  for (let i = start; i < Math.min(stop, a.items.length); i++) {
    const it = toObj(a.tc, a.items[i]!);
    try {
      if (richCompareBool(it, o, 2)) return i;
    } finally {
      DECREF(it);
    }
  }
  return -1;
}
function normIndex(i: number, n: number): number {
  return i < 0 ? i + n : i;
}
function sliceIndices(s: PySlice, n: number): [number, number, number] {
  const r = callMethod(s, "indices", [newIntAny(n)]);
  const items = (r as unknown as { items: PyObject[] }).items;
  const out: [number, number, number] = [Number((items[0] as PyInt).value), Number((items[1] as PyInt).value), Number((items[2] as PyInt).value)];
  DECREF(r);
  return out;
}
function extendFrom(a: PyArray, o: PyObject): void {
  if (o instanceof PyArray) {
    if (o.tc !== a.tc) throw typeError("can only extend with array of same kind");
    a.items.push(...o.items);
    return;
  }
  const it = getIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      try {
        a.items.push(toVal(a.tc, x));
      } finally {
        DECREF(x);
      }
    }
  } finally {
    DECREF(it);
  }
}
function idxArg(o: PyObject | undefined, d: number): number {
  if (o === undefined) return d;
  const i = index(o);
  const v = i.value;
  DECREF(i);
  return typeof v === "number" ? v : v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

const MFORMAT: Record<string, number> = { b: 1, B: 0, u: 20, h: 4, H: 2, i: 8, I: 6, l: 12, L: 10, q: 12, Q: 10, f: 14, d: 16 };

let ready = false;
function initArrayType(): void {
  if (ready) return;
  ready = true;
  const T = ArrayType;
  T.tp_new = (type, args, kw) => {
    if ((type === ArrayType) && kw !== null && (kw as unknown as { items: PyObject[] }).items.length > 0) throw typeError("array.array() takes no keyword arguments");
    // keyword values follow the positionals in args (kw names them); a subclass may take
    // keywords for its own __init__, which array's construction ignores
    const npos = args.length - (kw === null ? 0 : (kw as unknown as { items: PyObject[] }).items.length);
    if (npos < 1 || npos > 2) throw typeError(`array() takes at ${npos < 1 ? "least 1 argument" : "most 2 arguments"} (${npos} given)`);
    const tco = args[0]!;
    if (!(tco instanceof PyStr) || [...tco.value].length !== 1) {
      throw typeError(`array() argument 1 must be a unicode character, not ${tco instanceof PyStr ? "str" : tco.ob_type.tp_name}`);
    }
    const tc = tco.value;
    if (!TYPECODES.includes(tc)) throw valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    const a = new PyArray(type, tc, []);
    const init = npos > 1 ? args[1] : undefined;
    if (init !== undefined) {
      if (init instanceof PyStr) {
        if (tc !== "u") throw typeError(`cannot use a str to initialize an array with typecode '${tc}'`);
        for (const ch of init.value) a.items.push(ch.codePointAt(0)!);
      } else if (init instanceof PyArray && init.tc === "u" && tc !== "u") {
        throw typeError(`cannot use a unicode array to initialize an array with typecode '${tc}'`);
      } else if (init instanceof PyArray && init.tc !== tc) {
        for (const v of init.items) {
          const o = toObj(init.tc, v);
          try {
            a.items.push(toVal(tc, o));
          } finally {
            DECREF(o);
          }
        }
      } else if (init instanceof PyBytes || init instanceof PyByteArray) {
        a.items = fromBytes(tc, init.value);
      } else extendFrom(a, init);
    }
    return a;
  };
  T.tp_repr = (o) => {
    const a = o as PyArray;
    const name = a.ob_type.ht_qualname.includes(".") ? a.ob_type.ht_qualname.split(".").pop()! : a.ob_type === ArrayType ? "array" : a.ob_type.ht_qualname;
    if (a.items.length === 0) return newStr(`${name}('${a.tc}')`);
    if (a.tc === "u") return newStr(`${name}('u', ${strRepr(a.items.map((c) => String.fromCodePoint(c as number)).join(""))})`);
    const parts = a.items.map((v) => (isFloatTc(a.tc) ? floatRepr(v as number) : String(v)));
    return newStr(`${name}('${a.tc}', [${parts.join(", ")}])`);
  };
  T.sq_length = (o) => (o as PyArray).items.length;
  const getItem = (o: PyObject, i: number): PyObject => {
    const a = o as PyArray;
    const j = normIndex(i, a.items.length);
    if (j < 0 || j >= a.items.length) throw indexError("array index out of range");
    return toObj(a.tc, a.items[j]!);
  };
  T.sq_item = getItem;
  T.mp_length = T.sq_length;
  T.mp_subscript = (o, key) => {
    const a = o as PyArray;
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, a.items.length);
      const out: Val[] = [];
      if (step > 0) for (let i = start; i < stop; i += step) out.push(a.items[i]!);
      else for (let i = start; i > stop; i += step) out.push(a.items[i]!);
      return newArrayLike(a, out);
    }
    if (key.ob_type.nb_index === null) throw typeError("array indices must be integers");
    return getItem(o, idxArg(key, 0));
  };
  T.mp_ass_subscript = (o, key, v) => {
    const a = o as PyArray;
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, a.items.length);
      const idx: number[] = [];
      if (step > 0) for (let i = start; i < stop; i += step) idx.push(i);
      else for (let i = start; i > stop; i += step) idx.push(i);
      if (v === null) {
        const del = new Set(idx);
        a.items = a.items.filter((_, i) => !del.has(i));
        return;
      }
      if (!(v instanceof PyArray)) throw typeError(`can only assign array (not "${v.ob_type.tp_name}") to array slice`);
      if (v.tc !== a.tc) throw typeError("bad argument type for built-in operation");
      const src = v.items.slice();
      if (step === 1) {
        a.items.splice(start, Math.max(0, stop - start), ...src);
        return;
      }
      if (src.length !== idx.length) throw valueError(`attempt to assign array of size ${src.length} to extended slice of size ${idx.length}`);
      idx.forEach((i, k) => (a.items[i] = src[k]!));
      return;
    }
    if (key.ob_type.nb_index === null) throw typeError("array indices must be integers");
    const j = normIndex(idxArg(key, 0), a.items.length);
    if (j < 0 || j >= a.items.length) throw indexError(v === null ? "array assignment index out of range" : "array assignment index out of range");
    if (v === null) a.items.splice(j, 1);
    else a.items[j] = toVal(a.tc, v);
  };
  T.sq_contains = (o, v) => findItem(o as PyArray, v, 0, Infinity) >= 0;
  T.tp_iter = (o) => newArrayIter(o as PyArray);
  T.sq_concat = (x, y) => {
    const a = x as PyArray;
    if (!(y instanceof PyArray)) throw typeError(`can only append array (not "${y.ob_type.tp_name}") to array`);
    if (y.tc !== a.tc) throw typeError("bad argument type for built-in operation");
    return newArrayLike(a, a.items.concat(y.items));
  };
  T.sq_repeat = (x, n) => {
    const a = x as PyArray;
    const out: Val[] = [];
    for (let i = 0; i < n; i++) out.push(...a.items);
    return newArrayLike(a, out);
  };
  T.sq_inplace_concat = (x, y) => {
    const a = x as PyArray;
    if (!(y instanceof PyArray)) throw typeError(`can only extend array with array (not "${y.ob_type.tp_name}")`);
    extendFrom(a, y);
    a.ob_refcnt++;
    return a;
  };
  T.sq_inplace_repeat = (x, n) => {
    const a = x as PyArray;
    const src = a.items.slice();
    a.items = [];
    for (let i = 0; i < n; i++) a.items.push(...src);
    a.ob_refcnt++;
    return a;
  };
  T.tp_richcompare = (x, y, op) => {
    if (!(y instanceof PyArray)) return incr(NotImplemented);
    const a = x as PyArray, b = y;
    if ((op === 2 || op === 3) && a.items.length !== b.items.length) return incr(op === 2 ? False : True);
    const n = Math.min(a.items.length, b.items.length);
    let i = 0;
    for (; i < n; i++) {
      if (!valEq(a.items[i]!, b.items[i]!)) break;
    }
    let c: number;
    if (i < n) {
      const va = a.items[i]!, vb = b.items[i]!;
      c = va < vb ? -1 : va > vb ? 1 : Number.isNaN(Number(va)) || Number.isNaN(Number(vb)) ? NaN : 0;
      if (op === 2) return incr(False);
      if (op === 3) return incr(True);
    } else c = a.items.length - b.items.length;
    let r: boolean;
    switch (op) {
      case 0: r = c < 0; break;
      case 1: r = c <= 0; break;
      case 2: r = c === 0; break;
      case 3: r = c !== 0; break;
      case 4: r = c > 0; break;
      default: r = c >= 0;
    }
    return incr(r ? True : False);
  };
  T.tp_hash = hashNotImplemented;     // mutable: unhashable, __hash__ is None
  T.tp_methods = [
    { name: "append", flags: Meth.O, fn: (o: PyObject, v: PyObject) => { A(o).items.push(toVal(A(o).tc, v)); return pyNone(); } },
    { name: "extend", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], k: PyObject | null) => {
      const [v] = parseArgs("extend", a, k, ["bb"], { posonly: 1 });
      extendFrom(A(o), v!);
      return pyNone();
    } },
    { name: "insert", flags: Meth.FASTCALL, fn: (o: PyObject, args: PyObject[]) => {
      if (args.length !== 2) throw typeError(`insert expected 2 arguments, got ${args.length}`);
      const a = A(o);
      let i = idxArg(args[0]!, 0);
      const v = toVal(a.tc, args[1]!);
      const n = a.items.length;
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      a.items.splice(i, 0, v);
      return pyNone();
    } },
    { name: "pop", flags: Meth.FASTCALL, fn: (o: PyObject, args: PyObject[]) => {
      checkArity("pop", args, 0, 1);
      const a = A(o);
      if (a.items.length === 0) throw indexError("pop from empty array");
      const i = normIndex(idxArg(args[0], -1), a.items.length);
      if (i < 0 || i >= a.items.length) throw indexError("pop index out of range");
      const v = a.items.splice(i, 1)[0]!;
      return toObj(a.tc, v);
    } },
    { name: "remove", flags: Meth.O, fn: (o: PyObject, v: PyObject) => {
      const a = A(o);
      const i = findItem(a, v, 0, Infinity);
      if (i < 0) throw valueError("array.remove(x): x not in array");
      a.items.splice(i, 1);
      return pyNone();
    } },
    { name: "index", flags: Meth.FASTCALL, fn: (o: PyObject, args: PyObject[]) => {
      const a = A(o);
      if (args.length < 1 || args.length > 3) throw typeError(`index expected at least 1 argument, got ${args.length}`);
      const n = a.items.length;
      let start = idxArg(args[1], 0), stop = idxArg(args[2], n);
      if (start < 0) start = Math.max(0, start + n);
      if (stop < 0) stop = Math.max(0, stop + n);
      const i = findItem(a, args[0]!, start, stop);
      if (i < 0) throw valueError("array.index(x): x not in array");
      return pyInt(i);
    } },
    { name: "count", flags: Meth.O, fn: (o: PyObject, v: PyObject) => {
      const a = A(o);
      let c = 0;
      for (let i = 0; i < a.items.length; i++) {
        const it = toObj(a.tc, a.items[i]!);
        if (richCompareBool(it, v, 2)) c++;
        DECREF(it);
      }
      return pyInt(c);
    } },
    { name: "reverse", flags: Meth.NOARGS, fn: (o: PyObject) => { A(o).items.reverse(); return pyNone(); } },
    { name: "byteswap", flags: Meth.NOARGS, fn: (o: PyObject) => {
      const a = A(o);
      const sz = SIZE[a.tc]!;
      const b = toBytes(a);
      for (let i = 0; i < b.length; i += sz) b.subarray(i, i + sz).reverse();
      a.items = fromBytes(a.tc, b);
      return pyNone();
    } },
    { name: "buffer_info", flags: Meth.NOARGS, fn: (o: PyObject) => newTuple([newIntAny(parseInt(hexId(o), 16)), pyInt(A(o).items.length)]) },
    { name: "tobytes", flags: Meth.NOARGS, fn: (o: PyObject) => newBytes(toBytes(A(o))) },
    { name: "frombytes", flags: Meth.O, fn: (o: PyObject, b: PyObject) => {
      const a = A(o);
      const buf = bufferOf(b);
      if (buf === null) throw typeError(`a bytes-like object is required, not '${b.ob_type.tp_name}'`);
      a.items.push(...fromBytes(a.tc, buf));
      return pyNone();
    } },
    { name: "tolist", flags: Meth.NOARGS, fn: (o: PyObject) => newList(A(o).items.map((v) => toObj(A(o).tc, v))) },
    { name: "fromlist", flags: Meth.O, fn: (o: PyObject, l: PyObject) => {
      const a = A(o);
      if (!(l instanceof PyList)) throw typeError("arg must be list");
      const vals = l.items.map((x) => toVal(a.tc, x));
      a.items.push(...vals);
      return pyNone();
    } },
    { name: "tounicode", flags: Meth.NOARGS, fn: (o: PyObject) => {
      const a = A(o);
      if (a.tc !== "u") throw valueError("tounicode() may only be called on unicode type arrays");
      return newStr(a.items.map((c) => String.fromCodePoint(c as number)).join(""));
    } },
    { name: "fromunicode", flags: Meth.O, fn: (o: PyObject, s: PyObject) => {
      const a = A(o);
      if (!(s instanceof PyStr)) throw typeError(`fromunicode() argument must be str, not ${s.ob_type.tp_name}`);
      if (a.tc !== "u") throw valueError("fromunicode() may only be called on unicode type arrays");
      for (const ch of s.value) a.items.push(ch.codePointAt(0)!);
      return pyNone();
    } },
    { name: "tofile", flags: Meth.O, fn: (o: PyObject, f: PyObject) => {
      const b = newBytes(toBytes(A(o)));
      try {
        DECREF(callMethod(f, "write", [b]));
      } finally {
        DECREF(b);
      }
      return pyNone();
    } },
    { name: "fromfile", flags: Meth.FASTCALL, fn: (o: PyObject, args: PyObject[]) => {
      if (args.length !== 2) throw typeError(`fromfile expected 2 arguments, got ${args.length}`);
      const a = A(o);
      const n = idxArg(args[1]!, 0);
      if (n < 0) throw valueError("negative count");
      const sz = SIZE[a.tc]!;
      const r = callMethod(args[0]!, "read", [newIntAny(n * sz)]);
      try {
        if (!(r instanceof PyBytes)) throw typeError("read() didn't return bytes");
        const whole = Math.floor(r.value.length / sz) * sz;
        a.items.push(...fromBytes(a.tc, r.value.subarray(0, whole)));
        if (r.value.length !== n * sz) throw newException(E.EOFErrorType, "read() didn't return enough bytes");
      } finally {
        DECREF(r);
      }
      return pyNone();
    } },
    { name: "__copy__", flags: Meth.NOARGS, fn: (o: PyObject) => newArrayLike(A(o), A(o).items.slice()) },
    { name: "__deepcopy__", flags: Meth.O, fn: (o: PyObject) => newArrayLike(A(o), A(o).items.slice()) },
    { name: "__reduce_ex__", flags: Meth.O, fn: (o: PyObject, protoO: PyObject) => {
      const a = A(o);
      const pi = index(protoO);
      const proto = Number(pi.value);
      DECREF(pi);
      a.ob_type.ob_refcnt++;
      let d: PyObject | null = null;
      try {
        d = getAttr(a, intern("__dict__"));
      } catch (e) {
        if (e instanceof PyObject) DECREF(e);
        d = null;
      }
      // protocols 0-2: type(a)(typecode, a.tolist()); from 3: the machine-format reconstructor
      if (proto < 3) {
        const items = newList(a.items.map((v) => toObj(a.tc, v)));
        return newTuple([a.ob_type, newTuple([newStr(a.tc), items]), d ?? pyNone()]);
      }
      const recon = getAttr(arrayModule!, intern("_array_reconstructor"));
      return newTuple([recon, newTuple([a.ob_type, newStr(a.tc), pyInt(MFORMAT[a.tc]!), newBytes(toBytes(a))]), d ?? pyNone()]);
    } },
    { name: "__sizeof__", flags: Meth.NOARGS, fn: (o: PyObject) => pyInt(64 + A(o).items.length * SIZE[A(o).tc]!) },
  ];
  T.tp_getset = [
    { name: "typecode", get: (o: PyObject) => newStr(A(o).tc), set: null },
    { name: "itemsize", get: (o: PyObject) => pyInt(SIZE[A(o).tc]!), set: null },
  ];
  readyType(T);
}
function incr(o: PyObject): PyObject {
  o.ob_refcnt++;
  return o;
}

let arrayModule: PyModule | null = null;

/** arrayiterator: the array and the next position; `arr` is null once exhausted. */
class PyArrayIter extends PyObject {
  declare arr: PyArray | null;
  declare i: number;
  constructor(arr: PyArray) {
    super(ArrayIterType);
    arr.ob_refcnt++;
    this.arr = arr;
    this.i = 0;
  }
}
const ArrayIterType = new PyType(TypeType, "arrayiterator", ObjectType, 0);
function newArrayIter(a: PyArray): PyObject {
  if (ArrayIterType.tp_iternext === null) initArrayIterType();
  return new PyArrayIter(a);
}
function initArrayIterType(): void {
  const I = ArrayIterType;
  I.tp_iter = (o) => (o.ob_refcnt++, o);
  I.tp_iternext = (o) => {
    const it = o as PyArrayIter;
    const a = it.arr;
    if (a === null) return null;
    if (it.i < a.items.length) return toObj(a.tc, a.items[it.i++]!);
    it.arr = null;
    DECREF(a);
    return null;
  };
  I.tp_dealloc = (o) => {
    const it = o as PyArrayIter;
    if (it.arr !== null) DECREF(it.arr);
  };
  I.tp_methods = [
    // pickling: iter(array) and the position (exhausted: iter(()))
    { name: "__reduce__", flags: Meth.NOARGS, fn: (o: PyObject) => seqIterReduce((o as PyArrayIter).arr, (o as PyArrayIter).i, () => newTuple([])) },
    { name: "__setstate__", flags: Meth.O, fn: (o: PyObject, st: PyObject) => {
      const it = o as PyArrayIter;
      if (it.arr !== null) it.i = clampedIndex(st, 0, it.arr.items.length);
      return noneResult();
    } },
  ];
  readyType(I);
}
export function makeArrayModule(): PyModule {
  initArrayType();
  const defs: ModDef[] = [
    { name: "_array_reconstructor", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      if (args.length !== 4) throw typeError(`_array_reconstructor expected 4 arguments, got ${args.length}`);
      const [t, tco, , data] = args as [PyObject, PyObject, PyObject, PyObject];
      if (!(t instanceof PyType)) throw typeError(`first argument must be a type object, not ${t.ob_type.tp_name}`);
      if (!(tco instanceof PyStr) || !TYPECODES.includes(tco.value)) throw valueError("second argument must be a valid type code");
      if (!(data instanceof PyBytes)) throw typeError(`fourth argument should be bytes, not ${data.ob_type.tp_name}`);
      return new PyArray(t, tco.value, fromBytes(tco.value, data.value));
    } },
  ];
  ArrayType.ob_refcnt += 2;
  const m = buildModule("array", defs, { array: ArrayType, ArrayType: ArrayType, typecodes: newStr(TYPECODES) });
  arrayModule = m;
  registerAsMutableSequence();
  return m;
}
/** As CPython's array_modexec: collections.abc.MutableSequence.register(array). */
function registerAsMutableSequence(): void {
  const fromlist = newTuple([newStr("MutableSequence")]);
  let abc: PyObject;
  try {
    abc = importModuleByName("collections.abc", fromlist, 0);
  } finally {
    DECREF(fromlist);
  }
  try {
    const seq = getAttr(abc, intern("MutableSequence"));
    try {
      DECREF(callMethod(seq, "register", [ArrayType]));
    } finally {
      DECREF(seq);
    }
  } finally {
    DECREF(abc);
  }
}
void parseArgs;
void strRepr;
