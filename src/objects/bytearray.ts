/**
 * The bytearray type (Objects/bytearrayobject.c): a mutable byte buffer. Layout in bytes.ts
 * (PyByteArray: `value` the live bytes, a view of the capacity buffer `buf`). While a
 * memoryview exports the buffer (`exports > 0`) its size cannot change (BufferError).
 * Shared methods come from bytes_methods.ts with bytearray results.
 */
import { PyObject } from "./object.ts";
import { ByteArrayType, ByteArrayIterType, NotImplemented, None } from "./types.ts";
import { PyByteArray, PyBytes, newByteArray, bufferOf, PyMemoryView } from "./bytes.ts";
import { newStr, PyStr } from "./str.ts";
import { newInt, PyInt } from "./int.ts";
import { PyList } from "./list.ts";
import { PyTuple, newTuple } from "./tuple.ts";
import { PySlice, sliceIndices, sliceUnpack, sliceAdjust } from "./slice.ts";
import { typeError, indexError, valueError, memoryError, newException } from "./errors.ts";
import { asSsize, getIter, iterNext, getAttrStr, lookupAttrStr } from "./abstract.ts";
import { parseArgs, checkArity } from "./args.ts";
import { encodeToArray } from "./codecs.ts";
import { dealloc } from "../memory/refcount.ts";
import { sharedMethods, fromhexMethod, V, indexOfBytes } from "./bytes_methods.ts";
import { byteValue, bytesContains, compareBytes, cmpResult } from "./bytes_type.ts";
import { hashNotImplemented } from "./slots.ts";
import { percentFormatBytes } from "./format.ts";
import { BufferErrorType, TypeErrorType, PyBaseException } from "./exceptions.ts";
import { isSubtype } from "./object.ts";

function dec(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
function BA(o: PyObject): PyByteArray {
  return o as PyByteArray;
}

/** ob_alloc (capacity counting the trailing NUL CPython keeps): 0 for a never-filled bytearray. */
function allocOf(o: PyByteArray): number {
  return o.buf.length === 0 ? 0 : o.buf.length + 1;
}
/** PyByteArray_Resize: set the size (contents kept up to it), with CPython's allocation policy. */
export function resizeByteArray(o: PyByteArray, n: number): void {
  if (n === o.value.length) return;
  if (o.exports > 0) throw newException(BufferErrorType, "Existing exports of data: object cannot be re-sized");
  if (n > 0x7fffffff) throw memoryError();
  const alloc = allocOf(o);
  let newAlloc: number;
  if (n + 1 <= alloc) {
    if (n >= alloc / 2) {
      o.value = o.buf.subarray(0, n);
      return;
    }
    newAlloc = n + 1;
  } else if (n <= alloc * 1.125) newAlloc = n + (n >> 3) + (n < 9 ? 3 : 6);
  else newAlloc = n + 1;
  const nb = new Uint8Array(newAlloc - 1);
  nb.set(o.value.subarray(0, Math.min(n, o.value.length)));
  o.buf = nb;
  o.value = nb.subarray(0, n);
}
/** Replace self[a:b] with `data` (the slice assignment / deletion primitive). */
function setRange(o: PyByteArray, a: number, b: number, data: Uint8Array): void {
  const old = o.value;
  const growth = data.length - (b - a);
  if (growth === 0) {
    old.set(data, a);
    return;
  }
  const tail = old.slice(b);
  const d = data.slice();
  resizeByteArray(o, old.length + growth);
  o.value.set(d, a);
  o.value.set(tail, a + d.length);
}

/** The bytes of an iterable of ints for bytearray (message "byte must be in range(0, 256)"). */
function bytesOfIterable(x: PyObject, convertError: (e: PyBaseException) => PyBaseException | null): Uint8Array {
  const out: number[] = [];
  if (x instanceof PyList || x instanceof PyTuple) {
    // as a list iterator does: the length is read again at each step (an item's __index__
    // may change the list), the item held while it runs
    for (let i = 0; i < x.items.length; i++) {
      const v = x.items[i]!;
      v.ob_refcnt++;
      try {
        out.push(byteValue(v));
      } finally {
        dec(v);
      }
    }
    return Uint8Array.from(out);
  }
  let it: PyObject;
  try {
    it = getIter(x);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorType)) {
      const r = convertError(e);
      if (r !== null) {
        dec(e);
        throw r;
      }
    }
    throw e;
  }
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      try {
        out.push(byteValue(v));
      } finally {
        dec(v);
      }
    }
  } finally {
    dec(it);
  }
  return Uint8Array.from(out);
}

// __doc__: the constructor's call forms, then what they make
ByteArrayType.tp_doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n" +
  "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytearray of that many null bytes\n" +
  "bytearray() -> empty bytearray\n\nA mutable sequence of bytes, made from integers in range(256), an encoded string, " +
  "a copy of a bytes-like object, or a count of zero bytes.";
ByteArrayType.tp_new = (type) => new PyByteArray(type, new Uint8Array(0));
ByteArrayType.tp_init = (self, args, kw) => {
  const [x, encoding, errors] = parseArgs("bytearray", args, kw, ["source", "encoding", "errors"], { required: 0 });
  if (encoding !== null && !(encoding instanceof PyStr)) throw typeError(`bytearray() argument 'encoding' must be str, not ${encoding.ob_type.tp_name}`);
  if (errors !== null && !(errors instanceof PyStr)) throw typeError(`bytearray() argument 'errors' must be str, not ${errors.ob_type.tp_name}`);
  const o = BA(self);
  if (o.value.length !== 0) resizeByteArray(o, 0);
  if (x === null) {
    if (encoding !== null || errors !== null) {
      throw typeError(encoding !== null ? "encoding without a string argument" : "errors without a string argument");
    }
    return;
  }
  let data: Uint8Array;
  if (x instanceof PyStr) {
    if (encoding === null) throw typeError("string argument without an encoding");
    data = encodeToArray(x.value, encoding.value, errors === null ? "strict" : errors.value);
  } else {
    if (encoding !== null || errors !== null) {
      throw typeError(encoding !== null ? "encoding without a string argument" : "errors without a string argument");
    }
    let count: number | null = null;
    if (x.ob_type.nb_index !== null) {
      try {
        count = asSsize(x);
      } catch (e) {
        if (!(e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorType))) throw e;
        dec(e);
      }
    }
    if (count !== null) {
      if (count < 0) throw valueError("negative count");
      resizeByteArray(o, count);
      return;
    }
    const b = bufferOf(x);
    if (b !== null) data = b.slice();
    else data = bytesOfIterable(x, () => typeError(`cannot convert '${x.ob_type.tp_name}' object to bytearray`));
  }
  resizeByteArray(o, data.length);
  o.value.set(data);
};

ByteArrayType.tp_repr = (o) => {
  const name = o.ob_type.tp_name;
  const short = name.lastIndexOf(".") >= 0 ? name.substring(name.lastIndexOf(".") + 1) : name;
  return newStr(`${short}(${bytearrayRepr(V(o))})`);
};
ByteArrayType.tp_str = ByteArrayType.tp_repr;
/** bytearray_repr's b'...' part: ' is always escaped, the quote is " only when ' occurs before any ". */
function bytearrayRepr(b: Uint8Array): string {
  let quote = "'";
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x22) {
      quote = "'";
      break;
    } else if (b[i] === 0x27) quote = '"';
  }
  const H = "0123456789abcdef";
  let out = "b" + quote;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === 0x27 || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + H[c >> 4] + H[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
ByteArrayType.tp_hash = hashNotImplemented;
ByteArrayType.sq_length = (o) => V(o).length;
ByteArrayType.sq_concat = (a, b) => {
  const x = bufferOf(a), y = bufferOf(b);
  if (x === null || y === null) throw typeError(`can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  const r = new Uint8Array(x.length + y.length);
  r.set(x);
  r.set(y, x.length);
  return newByteArray(r);
};
ByteArrayType.sq_inplace_concat = (a, b) => {
  const y = bufferOf(b);
  if (y === null) throw typeError(`can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  const o = BA(a);
  const add = y.slice();
  const n = o.value.length;
  resizeByteArray(o, n + add.length);
  o.value.set(add, n);
  a.ob_refcnt++;
  return a;
};
function repeatBytes(x: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || x.length === 0) return new Uint8Array(0);
  if (x.length * n > 0x7fffffff) throw memoryError();
  const r = new Uint8Array(n * x.length);
  for (let i = 0; i < n; i++) r.set(x, i * x.length);
  return r;
}
ByteArrayType.sq_repeat = (a, n) => newByteArray(repeatBytes(V(a), n));
ByteArrayType.sq_inplace_repeat = (a, n) => {
  const o = BA(a);
  const r = repeatBytes(o.value, n);
  resizeByteArray(o, r.length);
  o.value.set(r);
  a.ob_refcnt++;
  return a;
};
ByteArrayType.sq_contains = (o, v) => bytesContains(V(o), v);
ByteArrayType.mp_subscript = (o, key) => {
  if (key instanceof PySlice) {
    // the indices first: their __index__ may change the bytearray
    const [x, y, z] = sliceUnpack(key);
    const b = V(o);
    const [start, , step, n] = sliceAdjust(x, y, z, b.length);
    if (n <= 0) return newByteArray(new Uint8Array(0));
    if (step === 1) return newByteArray(b.slice(start, start + n));
    const r = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) r[i] = b[j]!;
    return newByteArray(r);
  }
  if (key.ob_type.nb_index === null) throw typeError(`bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
  let i = asSsize(key, () => indexError(`cannot fit '${key.ob_type.tp_name}' into an index-sized integer`));
  const b = V(o);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) throw indexError("bytearray index out of range");
  return newInt(b[i]!);
};
ByteArrayType.sq_item = (o, i) => {
  const b = V(o);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) throw indexError("bytearray index out of range");
  return newInt(b[i]!);
};
ByteArrayType.mp_ass_subscript = (self, key, v) => {
  const o = BA(self);
  const b = o.value;
  if (!(key instanceof PySlice)) {
    if (key.ob_type.nb_index === null) throw typeError(`bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
    let i = asSsize(key, () => indexError(`cannot fit '${key.ob_type.tp_name}' into an index-sized integer`));
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw indexError("bytearray index out of range");
    if (v === null) setRange(o, i, i + 1, new Uint8Array(0));
    else b[i] = byteValue(v);
    return;
  }
  const [start, stop, step, n] = sliceIndices(key, b.length);
  let data: Uint8Array;
  if (v === null) data = new Uint8Array(0);
  else if (v === self) data = b.slice();
  else {
    const buf = bufferOf(v);
    if (buf !== null) data = buf.slice();
    else if (v instanceof PyInt || v instanceof PyStr) {
      throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else data = bytesOfIterable(v, () => typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
  }
  if (step === 1) {
    setRange(o, start, Math.max(start, stop), data);
    return;
  }
  if (data.length === 0) {
    // assigning nothing to an extended slice deletes it (as CPython's needed == 0 path)
    if (n <= 0) return;
    const keep: number[] = [];
    const del = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) del.add(j);
    for (let i = 0; i < b.length; i++) if (!del.has(i)) keep.push(b[i]!);
    if (o.exports > 0) throw newException(BufferErrorType, "Existing exports of data: object cannot be re-sized");
    resizeByteArray(o, keep.length);
    o.value.set(keep);
    return;
  }
  if (data.length !== n) throw valueError(`attempt to assign bytes of size ${data.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) b[j] = data[i]!;
};
ByteArrayType.tp_richcompare = (a, b, op) => {
  const x = bufferOf(a);
  if (b instanceof PyStr || x === null) return NotImplemented;
  const y = bufferOf(b);
  if (y === null) return NotImplemented;
  return cmpResult(compareBytes(x, y), op);
};
ByteArrayType.nb_binary[6] = (a, b) => {
  if (!(a instanceof PyByteArray)) return NotImplemented;
  return newByteArray(percentFormatBytes(a.value, b));
};

class PyByteArrayIter extends PyObject {
  seq: PyByteArray | null;
  i: number;
  constructor(seq: PyByteArray) {
    super(ByteArrayIterType);
    seq.ob_refcnt++;
    this.seq = seq;
    this.i = 0;
  }
}
ByteArrayType.tp_iter = (o) => new PyByteArrayIter(BA(o));
ByteArrayIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
ByteArrayIterType.tp_iternext = (o) => {
  const it = o as PyByteArrayIter;
  if (it.seq === null) return null;
  const b = it.seq.value;
  if (it.i < b.length) return newInt(b[it.i++]!);
  const s = it.seq;
  it.seq = null;
  dec(s);
  return null;
};
ByteArrayIterType.tp_dealloc = (o) => {
  const it = o as PyByteArrayIter;
  if (it.seq !== null) dec(it.seq);
};
ByteArrayIterType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => {
    const it = o as PyByteArrayIter;
    return newInt(it.seq === null ? 0 : Math.max(0, it.seq.value.length - it.i));
  } },
  // pickling: iter(seq) and the position (an exhausted iterator: iter(()))
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => seqIterReduce((o as PyByteArrayIter).seq, (o as PyByteArrayIter).i, () => newTuple([])) },
  { name: "__setstate__", flags: 2, fn: (o: PyObject, st: PyObject) => {
    const it = o as PyByteArrayIter;
    if (it.seq !== null) it.i = clampedIndex(st, 0, it.seq.value.length);
    return noneResult();
  } },
];

const makeBA = (b: Uint8Array): PyObject => newByteArray(b);
ByteArrayType.tp_methods = [
  ...sharedMethods(makeBA),
  fromhexMethod(ByteArrayType, makeBA),
  { name: "append", flags: 2, fn: (self: PyObject, x: PyObject) => {
    const o = BA(self);
    const v = byteValue(x);
    const n = o.value.length;
    resizeByteArray(o, n + 1);
    o.value[n] = v;
    return None;
  } },
  { name: "extend", flags: 2, fn: (self: PyObject, x: PyObject) => {
    const o = BA(self);
    let data: Uint8Array;
    const b = bufferOf(x);
    if (b !== null) data = b.slice();
    else data = bytesOfIterable(x, () => typeError(`can't extend bytearray with ${x.ob_type.tp_name}`));
    const n = o.value.length;
    resizeByteArray(o, n + data.length);
    o.value.set(data, n);
    return None;
  } },
  { name: "insert", flags: 3, fn: (self: PyObject, args: PyObject[]) => {
    checkArity("insert", args, 2, 2);
    const o = BA(self);
    let i = asSsize(args[0]!);
    const v = byteValue(args[1]!);
    const n = o.value.length;
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    }
    if (i > n) i = n;
    setRange(o, i, i, Uint8Array.of(v));
    return None;
  } },
  { name: "pop", flags: 3, fn: (self: PyObject, args: PyObject[]) => {
    checkArity("pop", args, 0, 1);
    const o = BA(self);
    const n = o.value.length;
    let i = args.length > 0 ? asSsize(args[0]!) : -1;
    if (n === 0) throw indexError("pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError("pop index out of range");
    const v = o.value[i]!;
    setRange(o, i, i + 1, new Uint8Array(0));
    return newInt(v);
  } },
  { name: "remove", flags: 2, fn: (self: PyObject, x: PyObject) => {
    const o = BA(self);
    const v = byteValue(x);
    const i = o.value.indexOf(v);
    if (i < 0) throw valueError("value not found in bytearray");
    setRange(o, i, i + 1, new Uint8Array(0));
    return None;
  } },
  { name: "reverse", flags: 1, fn: (self: PyObject) => {
    BA(self).value.reverse();
    return None;
  } },
  { name: "clear", flags: 1, fn: (self: PyObject) => {
    resizeByteArray(BA(self), 0);
    return None;
  } },
  { name: "copy", flags: 1, fn: (self: PyObject) => newByteArray(V(self).slice()) },
  { name: "__alloc__", flags: 1, fn: (self: PyObject) => newInt(allocOf(BA(self))) },
  { name: "__sizeof__", flags: 1, fn: (self: PyObject) => newInt(56 + allocOf(BA(self))) },
  { name: "__reduce__", flags: 1, fn: (self: PyObject) => reduce(self, 2) },
  { name: "__reduce_ex__", flags: 3, fn: (self: PyObject, args: PyObject[]) => {
    checkArity("__reduce_ex__", args, 0, 1);
    return reduce(self, args.length > 0 ? asSsize(args[0]!) : 0);
  } },
];
/** bytearray.__reduce_ex__: (type, (latin-1 str, 'latin-1') or (bytes,), dict). */
function reduce(self: PyObject, proto: number): PyObject {
  let d = lookupAttrStr(self, "__dict__");
  if (d === null) {
    None.ob_refcnt++;
    d = None;
  }
  const t = self.ob_type;
  t.ob_refcnt++;
  const b = V(self);
  let args: PyObject;
  if (proto < 3) {
    let s = "";
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
    args = b.length === 0 ? newTuple([]) : newTuple([newStr(s), newStr("latin-1")]);
  } else args = newTuple([newBytesCopy(b)]);
  return newTuple([t, args, d]);
}
import { newBytes } from "./bytes.ts";
function newBytesCopy(b: Uint8Array): PyBytes {
  return newBytes(b.slice());
}
export { PyMemoryView, getAttrStr, indexOfBytes };
import { seqIterReduce, clampedIndex, noneResult } from "./iter_reduce.ts";
