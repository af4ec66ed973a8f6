/** The bytes type: the slots and methods needed first (repr, len, index, iteration, decode...). */
import { PyObject } from "./object.ts";
import { BytesType, BytesIterType, NotImplemented, None } from "./types.ts";
import { PyBytes, newBytes, bytesRepr } from "./bytes.ts";
import { newStr, PyStr } from "./str.ts";
import { newInt, True, False, PyInt } from "./int.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { typeError, indexError, valueError } from "./errors.ts";
import { asIndexForSeq, iterableToArray, asSsize } from "./abstract.ts";
import { parseArgs } from "./args.ts";
import { decodeBytes, encodeStr } from "./codecs.ts";
import { bytesHashValue } from "./pyhash.ts";
import { newList } from "./list.ts";

const B = (o: PyObject) => (o as PyBytes).value;
BytesType.tp_repr = (o) => newStr(bytesRepr(B(o)));
BytesType.tp_hash = (o) => {
  const b = o as PyBytes;
  if (b.hash === -1) b.hash = bytesHashValue(b.value);
  return b.hash;
};
BytesType.sq_length = (o) => B(o).length;
BytesType.sq_concat = (a, b) => {
  if (!(b instanceof PyBytes)) throw typeError(`can't concat ${b.ob_type.tp_name} to bytes`);
  const x = B(a), y = b.value;
  const r = new Uint8Array(x.length + y.length);
  r.set(x);
  r.set(y, x.length);
  return newBytes(r);
};
BytesType.sq_repeat = (a, n) => {
  const x = B(a);
  const r = new Uint8Array(Math.max(0, n) * x.length);
  for (let i = 0; i < n; i++) r.set(x, i * x.length);
  return newBytes(r);
};
BytesType.sq_contains = (o, v) => {
  const b = B(o);
  if (v instanceof PyInt) {
    const n = Number(v.value);
    if (n < 0 || n > 255) throw valueError("byte must be in range(0, 256)");
    return b.includes(n);
  }
  if (!(v instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${v.ob_type.tp_name}'`);
  return indexOfBytes(b, v.value, 0) >= 0;
};
function indexOfBytes(h: Uint8Array, n: Uint8Array, from: number): number {
  outer: for (let i = from; i + n.length <= h.length; i++) {
    for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}
BytesType.mp_subscript = (o, key) => {
  const b = B(o);
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, b.length);
    const r = new Uint8Array(Math.max(0, n));
    for (let i = 0, j = start; i < n; i++, j += step) r[i] = b[j]!;
    return newBytes(r);
  }
  let i = asIndexForSeq(key, "byte");
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) throw indexError("index out of range");
  return newInt(b[i]!);
};
BytesType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyBytes)) return NotImplemented;
  const x = B(a), y = b.value;
  let c = 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n && c === 0; i++) c = x[i]! - y[i]!;
  if (c === 0) c = x.length - y.length;
  const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0;
  return r ? True : False;
};
class PyBytesIter extends PyObject {
  declare b: Uint8Array;
  declare i: number;
  constructor(b: Uint8Array) {
    super(BytesIterType);
    this.b = b;
    this.i = 0;
  }
}
BytesType.tp_iter = (o) => new PyBytesIter(B(o));
BytesIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
BytesIterType.tp_iternext = (o) => {
  const it = o as PyBytesIter;
  return it.i < it.b.length ? newInt(it.b[it.i++]!) : null;
};
BytesType.tp_new = (type, args, kw) => {
  const [src, enc, errors] = parseArgs("bytes", args, kw, ["source", "encoding", "errors"], { required: 0 });
  let v: Uint8Array;
  if (src === null) v = new Uint8Array(0);
  else if (src instanceof PyStr) {
    if (enc === null) throw typeError("string argument without an encoding");
    v = (encodeStr(src.value, (enc as PyStr).value, errors === null ? "strict" : (errors as PyStr).value) as PyBytes).value;
  } else if (src instanceof PyBytes) v = src.value.slice();
  else if (src instanceof PyInt) {
    const n = asSsize(src);
    if (n < 0) throw valueError("negative count");
    v = new Uint8Array(n);
  } else {
    const items = iterableToArray(src);
    v = new Uint8Array(items.length);
    items.forEach((x, i) => {
      if (!(x instanceof PyInt)) throw typeError(`'${x.ob_type.tp_name}' object cannot be interpreted as an integer`);
      const n = Number(x.value);
      if (n < 0 || n > 255) throw valueError("bytes must be in range(0, 256)");
      v[i] = n;
    });
  }
  return type === BytesType ? newBytes(v) : new PyBytes(type, v);
};
BytesType.tp_methods = [
  { name: "decode", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [enc, errors] = parseArgs("decode", args, kw, ["encoding", "errors"], { required: 0 });
    return newStr(decodeBytes(B(o), enc === null ? "utf-8" : (enc as PyStr).value, errors === null ? "strict" : (errors as PyStr).value));
  } },
  { name: "hex", flags: 1, fn: (o: PyObject) => newStr(Array.from(B(o), (x) => x.toString(16).padStart(2, "0")).join("")) },
  { name: "join", flags: 2, fn: (o: PyObject, it: PyObject) => {
    const items = iterableToArray(it);
    const sep = B(o);
    const parts: number[] = [];
    items.forEach((x, i) => {
      if (!(x instanceof PyBytes)) throw typeError(`sequence item ${i}: expected a bytes-like object, ${x.ob_type.tp_name} found`);
      if (i > 0) parts.push(...sep);
      parts.push(...x.value);
    });
    return newBytes(Uint8Array.from(parts));
  } },
  { name: "split", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const b = B(o);
    const out: PyObject[] = [];
    if (args.length === 0 || args[0] === None) {
      let i = 0;
      while (i < b.length) {
        while (i < b.length && isSpace(b[i]!)) i++;
        if (i >= b.length) break;
        let j = i;
        while (j < b.length && !isSpace(b[j]!)) j++;
        out.push(newBytes(b.slice(i, j)));
        i = j;
      }
      return newList(out);
    }
    const sep = B(args[0]!);
    let i = 0;
    for (;;) {
      const j = indexOfBytes(b, sep, i);
      if (j < 0) break;
      out.push(newBytes(b.slice(i, j)));
      i = j + sep.length;
    }
    out.push(newBytes(b.slice(i)));
    return newList(out);
  } },
  { name: "startswith", flags: 2, fn: (o: PyObject, p: PyObject) => {
    const b = B(o), x = B(p);
    return x.length <= b.length && x.every((c, i) => b[i] === c) ? True : False;
  } },
  { name: "upper", flags: 1, fn: (o: PyObject) => newBytes(B(o).map((c) => (c >= 97 && c <= 122 ? c - 32 : c))) },
  { name: "lower", flags: 1, fn: (o: PyObject) => newBytes(B(o).map((c) => (c >= 65 && c <= 90 ? c + 32 : c))) },
];
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
/** PyObject_Bytes-like conversion used by int.from_bytes (temporary). */
export function bytesFromObject(o: PyObject): PyBytes {
  if (o instanceof PyBytes) { o.ob_refcnt++; return o; }
  return BytesType.tp_new!(BytesType, [o], null) as PyBytes;
}
