/** The bytes type: slots, constructor and methods (Objects/bytesobject.c); shared methods in bytes_methods.ts. */
import { PyObject, PyType } from "./object.ts";
import { BytesType, BytesIterType, NotImplemented, None } from "./types.ts";
import { PyBytes, PyByteArray, newBytes, bytesRepr, bufferOf } from "./bytes.ts";
import { newStr, PyStr } from "./str.ts";
import { newInt, True, False } from "./int.ts";
import { PyList } from "./list.ts";
import { PyTuple } from "./tuple.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { typeError, indexError, valueError, overflowError, memoryError } from "./errors.ts";
import { asSsize, getIter, iterNext, lookupSpecial, call, index as toIndex } from "./abstract.ts";
import { parseArgs } from "./args.ts";
import { encodeToArray } from "./codecs.ts";
import { bytesHashValue } from "./pyhash.ts";
import { intern } from "./str.ts";
import { dealloc } from "../memory/refcount.ts";
import { sharedMethods, fromhexMethod, indexOfBytes, V } from "./bytes_methods.ts";
import { percentFormatBytes } from "./format.ts";
import { TypeErrorType, PyBaseException } from "./exceptions.ts";
import { isSubtype } from "./object.ts";

// __doc__: the constructor's call forms, then what they make
BytesType.tp_doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n" +
  "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes of that many null bytes\n" +
  "bytes() -> empty bytes object\n\nAn immutable sequence of bytes, made from integers in range(256), an encoded " +
  "string, a copy of a bytes-like object, or a count of zero bytes.";

function dec(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** An int argument as a byte value (0..255), or ValueError "byte must be in range(0, 256)". */
export function byteValue(o: PyObject, msg = "byte must be in range(0, 256)"): number {
  const i = toIndex(o);
  const v = i.value;
  dec(i);
  if (v < 0 || v > 255) throw valueError(msg);
  return Number(v);
}

/** The bytes of an iterable of ints (_PyBytes_FromList / _FromTuple / _FromIterator). */
export function bytesFromIterable(o: PyObject): Uint8Array {
  const out: number[] = [];
  if (o instanceof PyList || o instanceof PyTuple) {
    // the list is read again at each step: an item's __index__ may change it (as in CPython,
    // which re-reads the size); the item is held while it runs
    for (let i = 0; i < o.items.length; i++) {
      const x = o.items[i]!;
      x.ob_refcnt++;
      try {
        out.push(byteValue(x, "bytes must be in range(0, 256)"));
      } finally {
        dec(x);
      }
    }
    return Uint8Array.from(out);
  }
  const it = getIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      try {
        out.push(byteValue(x, "bytes must be in range(0, 256)"));
      } finally {
        dec(x);
      }
    }
  } finally {
    dec(it);
  }
  return Uint8Array.from(out);
}

/** PyBytes_FromObject's contents. */
function fromObjectValue(x: PyObject): Uint8Array {
  const b = bufferOf(x);
  if (b !== null) return b.slice();
  if (x instanceof PyList || x instanceof PyTuple) return bytesFromIterable(x);
  if (!(x instanceof PyStr)) {
    let it: PyObject | null = null;
    try {
      it = getIter(x);
    } catch (e) {
      if (!(e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorType))) throw e;
      dec(e);
    }
    if (it !== null) {
      try {
        return bytesFromIterable(it);
      } finally {
        dec(it);
      }
    }
  }
  throw typeError(`cannot convert '${x.ob_type.tp_name}' object to bytes`);
}

/** __bytes__'s result, or null when the type has none. */
function callDunderBytes(x: PyObject): PyBytes | null {
  const f = lookupSpecial(x, intern("__bytes__"));
  if (f === null) return null;
  const r = call(f, []);
  dec(f);
  if (!(r instanceof PyBytes)) {
    const n = r.ob_type.tp_name;
    dec(r);
    throw typeError(`__bytes__ returned non-bytes (type ${n})`);
  }
  return r;
}

/** PyObject_Bytes(x): bytes(x) without the integer case (new reference). */
export function bytesFromObject(x: PyObject): PyBytes {
  if (x.ob_type === BytesType) {
    x.ob_refcnt++;
    return x as PyBytes;
  }
  const r = callDunderBytes(x);
  if (r !== null) return r;
  return newBytes(fromObjectValue(x));
}

// ---- slots ----------------------------------------------------------------------------------

BytesType.tp_repr = (o) => newStr(bytesRepr(V(o)));
BytesType.tp_str = BytesType.tp_repr;
BytesType.tp_hash = (o) => {
  const b = o as PyBytes;
  if (b.hash === -1) b.hash = bytesHashValue(b.value);
  return b.hash;
};
BytesType.sq_length = (o) => V(o).length;
BytesType.sq_concat = (a, b) => {
  const x = bufferOf(a), y = bufferOf(b);
  if (x === null || y === null) throw typeError(`can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  const r = new Uint8Array(x.length + y.length);
  r.set(x);
  r.set(y, x.length);
  return newBytes(r);
};
BytesType.sq_repeat = (a, n) => {
  const x = V(a);
  if (n <= 0 || x.length === 0) return newBytes(new Uint8Array(0));
  if (n === 1 && a.ob_type === BytesType) {
    a.ob_refcnt++;
    return a;
  }
  if (BigInt(x.length) * BigInt(n) > 0x7fffffffffffffffn) throw overflowError("repeated bytes are too long");
  if (x.length * n > 0x7fffffff) throw memoryError();
  const r = new Uint8Array(n * x.length);
  for (let i = 0; i < n; i++) r.set(x, i * x.length);
  return newBytes(r);
};
/** `v in b` for bytes and bytearray (_Py_bytes_contains). */
export function bytesContains(b: Uint8Array, v: PyObject): boolean {
  if (v.ob_type.nb_index !== null) return b.includes(byteValue(v));
  const sub = bufferOf(v);
  if (sub === null) throw typeError(`a bytes-like object is required, not '${v.ob_type.tp_name}'`);
  return indexOfBytes(b, sub, 0) >= 0;
}
BytesType.sq_contains = (o, v) => bytesContains(V(o), v);
BytesType.mp_subscript = (o, key) => {
  const b = V(o);
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, b.length);
    if (n <= 0) return newBytes(new Uint8Array(0));
    if (step === 1) {
      if (n === b.length && o.ob_type === BytesType) {
        o.ob_refcnt++;
        return o;
      }
      return newBytes(b.slice(start, start + n));
    }
    const r = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) r[i] = b[j]!;
    return newBytes(r);
  }
  if (key.ob_type.nb_index === null) throw typeError(`byte indices must be integers or slices, not ${key.ob_type.tp_name}`);
  let i = asSsize(key, () => indexError(`cannot fit '${key.ob_type.tp_name}' into an index-sized integer`));
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) throw indexError("index out of range");
  return newInt(b[i]!);
};
BytesType.sq_item = (o, i) => {
  const b = V(o);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) throw indexError("index out of range");
  return newInt(b[i]!);
};
/** Compare two byte strings: negative, 0 or positive. */
export function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
export function cmpResult(c: number, op: number): PyObject {
  const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0;
  return r ? True : False;
}
BytesType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyBytes)) return NotImplemented;
  const x = V(a), y = b.value;
  if ((op === 2 || op === 3) && x.length !== y.length) return op === 2 ? False : True;
  return cmpResult(compareBytes(x, y), op);
};
BytesType.nb_binary[6] = (a, b) => {
  if (!(a instanceof PyBytes)) return NotImplemented;
  return newBytes(percentFormatBytes(a.value, b));
};

class PyBytesIter extends PyObject {
  seq: PyObject | null;
  i: number;
  constructor(seq: PyObject) {
    super(BytesIterType);
    seq.ob_refcnt++;
    this.seq = seq;
    this.i = 0;
  }
}
BytesType.tp_iter = (o) => new PyBytesIter(o);
BytesIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
BytesIterType.tp_iternext = (o) => {
  const it = o as PyBytesIter;
  if (it.seq === null) return null;
  const b = V(it.seq);
  if (it.i < b.length) return newInt(b[it.i++]!);
  const s = it.seq;
  it.seq = null;
  dec(s);
  return null;
};
BytesIterType.tp_dealloc = (o) => {
  const it = o as PyBytesIter;
  if (it.seq !== null) dec(it.seq);
};
BytesIterType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => {
    const it = o as PyBytesIter;
    return newInt(it.seq === null ? 0 : Math.max(0, V(it.seq).length - it.i));
  } },
  // pickling: iter(seq) and the position (an exhausted iterator: iter(()))
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => seqIterReduce((o as PyBytesIter).seq, (o as PyBytesIter).i, () => newTuple([])) },
  { name: "__setstate__", flags: 2, fn: (o: PyObject, st: PyObject) => {
    const it = o as PyBytesIter;
    if (it.seq !== null) it.i = clampedIndex(st, 0, V(it.seq).length);
    return noneResult();
  } },
];

BytesType.tp_new = (type, args, kw) => {
  const [x, encoding, errors] = parseArgs("bytes", args, kw, ["source", "encoding", "errors"], { required: 0 });
  let r: PyBytes;
  if (encoding !== null && !(encoding instanceof PyStr)) throw typeError(`bytes() argument 'encoding' must be str, not ${encoding.ob_type.tp_name}`);
  if (errors !== null && !(errors instanceof PyStr)) throw typeError(`bytes() argument 'errors' must be str, not ${errors.ob_type.tp_name}`);
  if (x === null) {
    if (encoding !== null || errors !== null) {
      throw typeError(encoding !== null ? "encoding without a string argument" : "errors without a string argument");
    }
    r = newBytes(new Uint8Array(0));
  } else if (encoding !== null) {
    if (!(x instanceof PyStr)) throw typeError("encoding without a string argument");
    r = newBytes(encodeToArray(x.value, encoding.value, errors === null ? "strict" : errors.value));
  } else if (errors !== null) {
    throw typeError(x instanceof PyStr ? "string argument without an encoding" : "errors without a string argument");
  } else {
    const d = callDunderBytes(x);
    if (d !== null) r = d;
    else if (x instanceof PyStr) throw typeError("string argument without an encoding");
    else if (x.ob_type.nb_index !== null) {
      let size: number | null = null;
      try {
        size = asSsize(x);
      } catch (e) {
        if (!(e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorType))) throw e;
        dec(e);
      }
      if (size === null) r = newBytes(fromObjectValue(x));
      else {
        if (size < 0) throw valueError("negative count");
        if (size > 0x7fffffff) throw memoryError();
        r = newBytes(new Uint8Array(size));
      }
    } else if (x.ob_type === BytesType) {
      x.ob_refcnt++;
      r = x as PyBytes;
    } else r = newBytes(fromObjectValue(x));
  }
  if (type === BytesType) return r;
  const sub = new PyBytes(type, r.value);
  dec(r);
  return sub;
};

const makeBytes = (b: Uint8Array): PyObject => newBytes(b);
BytesType.tp_methods = [
  ...sharedMethods(makeBytes),
  fromhexMethod(BytesType, makeBytes),
  { name: "__getnewargs__", flags: 1, fn: (o: PyObject) => {
    const b = newBytes(V(o));
    return new PyTuple(TupleTypeRef(), [b]);
  } },
  { name: "__bytes__", flags: 1, fn: (o: PyObject) => {
    if (o.ob_type === BytesType) {
      o.ob_refcnt++;
      return o;
    }
    return newBytes(V(o));
  } },
  { name: "__sizeof__", flags: 1, fn: (o: PyObject) => newInt(33 + V(o).length) },
];
import { TupleType } from "./types.ts";
function TupleTypeRef(): PyType {
  return TupleType;
}
export { None, PyByteArray, newBytes };
import "./bytearray.ts";
import "./memoryview.ts";
import { seqIterReduce, clampedIndex, noneResult } from "./iter_reduce.ts";
import { newTuple } from "./tuple.ts";
