/**
 * memoryview (Objects/memoryobject.c), one-dimensional: a window (`offset`, `stride`, `length`
 * items of `itemsize` bytes) on the memory of bytes, bytearray or another memoryview, typed by a
 * native struct format ('B', 'b', 'c', 'h', 'i', 'q', 'f', 'd', '?', ... optionally '@'-prefixed),
 * little-endian as on the platforms CPython runs on here. A view on a bytearray counts as one of
 * its exports (the bytearray cannot be resized) until release().
 */
import { PyObject } from "./object.ts";
import { MemoryViewType, MemoryIterType, NotImplemented, None } from "./types.ts";
import { PyBytes, PyByteArray, PyMemoryView, newBytes, bufferOf, bufferReaders, memoryviewBytes, memoryviewReleased } from "./bytes.ts";
import { newStr, PyStr } from "./str.ts";
import { newInt, newIntAny, True, False, PyInt, newBool, toBig } from "./int.ts";
import { PyFloat, newFloat } from "./float.ts";
import { newList } from "./list.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { typeError, indexError, valueError, newException, notImplementedError } from "./errors.ts";
import { asSsize, index as toIndex, hexId, isTrue, asDouble, iterableToArray } from "./abstract.ts";
import { parseArgs, checkArity } from "./args.ts";
import { dealloc } from "../memory/refcount.ts";
import { hexWithSep } from "./bytes_methods.ts";
import { bytesHashValue } from "./pyhash.ts";
import { BufferErrorType } from "./exceptions.ts";

function dec(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
function M(o: PyObject): PyMemoryView {
  const m = o as PyMemoryView;
  if (m.released) throw memoryviewReleased();
  return m;
}

const SIZES: Record<string, number> = {
  c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, e: 2, i: 4, I: 4, f: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, d: 8, P: 8,
};
/** The item code of a native single-character format ('@' allowed), or null. */
function formatCode(fmt: string): string | null {
  const f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
  return f.length === 1 && SIZES[f] !== undefined ? f : null;
}

/** A new view on `obj` (memoryview(obj)). */
export function newMemoryView(obj: PyObject): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    const m = M(obj);
    const base = m.obj!;
    const v = new PyMemoryView(base, m.mem, m.offset, m.stride, m.length, m.itemsize, m.format, m.readonly);
    v.ndim = m.ndim;
    base.ob_refcnt++;
    if (base instanceof PyByteArray) base.exports++;
    return v;
  }
  if (obj instanceof PyBytes) {
    obj.ob_refcnt++;
    return new PyMemoryView(obj, obj.value, 0, 1, obj.value.length, 1, "B", true);
  }
  if (obj instanceof PyByteArray) {
    obj.ob_refcnt++;
    obj.exports++;
    return new PyMemoryView(obj, obj.value, 0, 1, obj.value.length, 1, "B", false);
  }
  // a registered exporter (array.array): a read-only view of a snapshot of its bytes (its items
  // are not bytes in memory here, so the view cannot alias them; writes raise TypeError)
  for (const reader of bufferReaders) {
    const b = reader.read(obj);
    if (b === null) continue;
    const [format, itemsize] = reader.layout(obj);
    obj.ob_refcnt++;
    return new PyMemoryView(obj, b, 0, itemsize, b.length / itemsize, itemsize, format, true);
  }
  throw typeError(`memoryview: a bytes-like object is required, not '${obj.ob_type.tp_name}'`);
}
function release(m: PyMemoryView): void {
  if (m.released) return;
  if (m.exports > 0) throw newException(BufferErrorType, `memoryview has ${m.exports} exported buffer${m.exports === 1 ? "" : "s"}`);
  m.released = true;
  const base = m.obj;
  m.obj = null;
  if (base !== null) {
    if (base instanceof PyByteArray) base.exports--;
    dec(base);
  }
}

const dv = new DataView(new ArrayBuffer(8));
/** Unpack the item at byte position p. */
function unpack(m: PyMemoryView, p: number): PyObject {
  const code = formatCode(m.format)!;
  const mem = m.mem;
  for (let k = 0; k < m.itemsize; k++) dv.setUint8(k, mem[p + k]!);
  switch (code) {
    case "B": return newInt(mem[p]!);
    case "b": return newInt(dv.getInt8(0));
    case "c": return newBytes(mem.slice(p, p + 1));
    case "?": return newBool(mem[p] !== 0);
    case "h": return newInt(dv.getInt16(0, true));
    case "H": return newInt(dv.getUint16(0, true));
    case "i": return newInt(dv.getInt32(0, true));
    case "I": return newInt(dv.getUint32(0, true));
    case "l": case "q": case "n": return newIntAny(dv.getBigInt64(0, true));
    case "L": case "Q": case "N": case "P": return newIntAny(dv.getBigUint64(0, true));
    case "f": return newFloat(dv.getFloat32(0, true));
    case "d": return newFloat(dv.getFloat64(0, true));
    case "e": return newFloat(halfToFloat(dv.getUint16(0, true)));
  }
  throw notImplementedError(`memoryview: format ${m.format} not supported`);
}
function halfToFloat(h: number): number {
  const s = h >> 15 ? -1 : 1, e = (h >> 10) & 31, f = h & 1023;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}
/** Pack `v` into the item at byte position p (memoryview's value checks and messages). */
function pack(m: PyMemoryView, p: number, v: PyObject): void {
  const code = formatCode(m.format)!;
  const badType = () => typeError(`memoryview: invalid type for format '${m.format}'`);
  const badValue = () => valueError(`memoryview: invalid value for format '${m.format}'`);
  const intOf = (): bigint => {
    if (!(v instanceof PyInt) && v.ob_type.nb_index === null) throw badType();
    const i = toIndex(v);
    const x = toBig(i.value);
    dec(i);
    return x;
  };
  const inRange = (x: bigint, lo: bigint, hi: bigint) => {
    if (x < lo || x > hi) throw badValue();
  };
  switch (code) {
    case "B": { const x = intOf(); inRange(x, 0n, 255n); dv.setUint8(0, Number(x)); break; }
    case "b": { const x = intOf(); inRange(x, -128n, 127n); dv.setInt8(0, Number(x)); break; }
    case "h": { const x = intOf(); inRange(x, -32768n, 32767n); dv.setInt16(0, Number(x), true); break; }
    case "H": { const x = intOf(); inRange(x, 0n, 65535n); dv.setUint16(0, Number(x), true); break; }
    case "i": { const x = intOf(); inRange(x, -(2n ** 31n), 2n ** 31n - 1n); dv.setInt32(0, Number(x), true); break; }
    case "I": { const x = intOf(); inRange(x, 0n, 2n ** 32n - 1n); dv.setUint32(0, Number(x), true); break; }
    case "l": case "q": case "n": { const x = intOf(); inRange(x, -(2n ** 63n), 2n ** 63n - 1n); dv.setBigInt64(0, x, true); break; }
    case "L": case "Q": case "N": case "P": { const x = intOf(); inRange(x, 0n, 2n ** 64n - 1n); dv.setBigUint64(0, x, true); break; }
    case "c": {
      if (!(v instanceof PyBytes) || v.value.length !== 1) throw badValue();
      dv.setUint8(0, v.value[0]!);
      break;
    }
    case "?": dv.setUint8(0, isTrue(v) ? 1 : 0); break;
    case "f": case "d": case "e": {
      if (!(v instanceof PyFloat) && !(v instanceof PyInt) && v.ob_type.nb_float === null) throw badType();
      const x = asDouble(v);
      if (code === "d") dv.setFloat64(0, x, true);
      else if (code === "f") dv.setFloat32(0, x, true);
      else throw notImplementedError("memoryview: format e not supported");
      break;
    }
  }
  for (let k = 0; k < m.itemsize; k++) m.mem[p + k] = dv.getUint8(k);
}

function itemIndex(m: PyMemoryView, key: PyObject): number {
  let i = asSsize(key, () => indexError(`cannot fit '${key.ob_type.tp_name}' into an index-sized integer`));
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) throw indexError("index out of bounds on dimension 1");
  return m.offset + i * m.stride;
}
function tolist(m: PyMemoryView): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < m.length; i++) out.push(unpack(m, m.offset + i * m.stride));
  return out;
}

MemoryViewType.tp_new = (_type, args, kw) => {
  const [obj] = parseArgs("memoryview", args, kw, ["object"]);
  return newMemoryView(obj!);
};
MemoryViewType.tp_dealloc = (o) => {
  const m = o as PyMemoryView;
  if (!m.released) {
    m.exports = 0;
    release(m);
  }
};
MemoryViewType.tp_repr = (o) => newStr(`<${(o as PyMemoryView).released ? "released " : ""}memory at ${hexId(o)}>`);
MemoryViewType.sq_length = (o) => {
  const m = M(o);
  if (m.ndim === 0) throw typeError("0-dim memory has no length");
  return m.length;
};
MemoryViewType.mp_subscript = (o, key) => {
  const m = M(o);
  if (m.ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) return unpack(m, m.offset);
    throw typeError("invalid indexing of 0-dim memory");
  }
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, m.length);
    const v = newMemoryView(m);
    v.offset = m.offset + start * m.stride;
    v.stride = m.stride * step;
    v.length = n;
    return v;
  }
  if (key.ob_type.nb_index !== null) return unpack(m, itemIndex(m, key));
  if (key instanceof PyTuple) throw notImplementedError("multi-dimensional sub-views are not implemented");
  throw typeError("memoryview: invalid slice key");
};
// memory_item: the sequence protocol (reversed(), PySequence_GetItem) reads items by position
MemoryViewType.sq_item = (o, i) => {
  const m = M(o);
  if (m.ndim === 0) throw typeError("invalid indexing of 0-dim memory");
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) throw indexError("index out of bounds on dimension 1");
  return unpack(m, m.offset + i * m.stride);
};
MemoryViewType.mp_ass_subscript = (o, key, v) => {
  const m = M(o);
  if (m.readonly) throw typeError("cannot modify read-only memory");
  if (v === null) throw typeError("cannot delete memory");
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, m.length);
    const src = bufferOf(v);
    if (src === null) throw typeError(`a bytes-like object is required, not '${v.ob_type.tp_name}'`);
    const srcFmt = v instanceof PyMemoryView ? v.format : "B";
    const srcLen = v instanceof PyMemoryView ? v.length : src.length;
    if (formatCode(srcFmt) !== formatCode(m.format) || srcLen !== n) {
      throw valueError("memoryview assignment: lvalue and rvalue have different structures");
    }
    const data = src.slice();
    for (let i = 0; i < n; i++) {
      const p = m.offset + (start + i * step) * m.stride;
      m.mem.set(data.subarray(i * m.itemsize, (i + 1) * m.itemsize), p);
    }
    return;
  }
  if (key.ob_type.nb_index !== null) {
    pack(m, itemIndex(m, key), v);
    return;
  }
  throw typeError("memoryview: invalid slice key");
};
/** The unpacked items of a buffer-like object for comparisons, or null. */
function itemsOf(o: PyObject): [string, PyObject[]] | null {
  if (o instanceof PyMemoryView) return [formatCode(o.format) ?? o.format, tolist(o)];
  const b = bufferOf(o);
  if (b === null) return null;
  return ["B", Array.from(b, (x) => newInt(x))];
}
MemoryViewType.tp_richcompare = (a, b, op) => {
  if (op !== 2 && op !== 3) return NotImplemented;
  const x = a as PyMemoryView;
  let eq: boolean;
  if (a === b) eq = true;
  else if (x.released || (b instanceof PyMemoryView && b.released)) eq = false;
  else {
    const ia = itemsOf(a), ib = itemsOf(b);
    if (ia === null || ib === null) return NotImplemented;
    if (ia[1].length !== ib[1].length) eq = false;
    else if (ia[0] === ib[0] && (ia[0] === "B" || ia[0] === "b" || ia[0] === "c")) {
      eq = true;
      for (let i = 0; i < ia[1].length; i++) {
        const p = ia[1][i]!, q = ib[1][i]!;
        const pv = p instanceof PyBytes ? p.value[0] : (p as PyInt).value;
        const qv = q instanceof PyBytes ? q.value[0] : (q as PyInt).value;
        if (pv !== qv) {
          eq = false;
          break;
        }
      }
    } else {
      eq = true;
      for (let i = 0; i < ia[1].length && eq; i++) {
        const r = richEq(ia[1][i]!, ib[1][i]!);
        if (!r) eq = false;
      }
    }
    for (const it of ia[1]) dec(it);
    for (const it of ib[1]) dec(it);
  }
  return eq === (op === 2) ? True : False;
};
import { richCompareBool } from "./abstract.ts";
function richEq(a: PyObject, b: PyObject): boolean {
  return richCompareBool(a, b, 2);
}
MemoryViewType.tp_hash = (o) => {
  const m = M(o);
  if (m.hash !== -1) return m.hash;
  if (!m.readonly) throw valueError("cannot hash writable memoryview object");
  const c = formatCode(m.format);
  if (c !== "B" && c !== "b" && c !== "c") throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  m.hash = bytesHashValue(memoryviewBytes(m));
  return m.hash;
};

class PyMemIter extends PyObject {
  view: PyMemoryView | null;
  i: number;
  constructor(v: PyMemoryView) {
    super(MemoryIterType);
    v.ob_refcnt++;
    this.view = v;
    this.i = 0;
  }
}
MemoryViewType.tp_iter = (o) => {
  const m = M(o);
  if (m.ndim === 0) throw typeError("invalid indexing of 0-dim memory");
  return new PyMemIter(m);
};
MemoryIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
MemoryIterType.tp_iternext = (o) => {
  const it = o as PyMemIter;
  const v = it.view;
  if (v === null) return null;
  if (v.released) throw memoryviewReleased();
  if (it.i < v.length) return unpack(v, v.offset + it.i++ * v.stride);
  it.view = null;
  dec(v);
  return null;
};
MemoryIterType.tp_dealloc = (o) => {
  const it = o as PyMemIter;
  if (it.view !== null) dec(it.view);
};

MemoryViewType.tp_getset = [
  { name: "obj", get: (o) => {
    const b = M(o).obj!;
    b.ob_refcnt++;
    return b;
  }, set: null },
  { name: "nbytes", get: (o) => newInt(M(o).length * M(o).itemsize), set: null },
  { name: "readonly", get: (o) => newBool(M(o).readonly), set: null },
  { name: "itemsize", get: (o) => newInt(M(o).itemsize), set: null },
  { name: "format", get: (o) => newStr(M(o).format), set: null },
  { name: "ndim", get: (o) => newInt(M(o).ndim), set: null },
  { name: "shape", get: (o) => (M(o).ndim === 0 ? newTuple([]) : newTuple([newInt(M(o).length)])), set: null },
  { name: "strides", get: (o) => (M(o).ndim === 0 ? newTuple([]) : newTuple([newInt(M(o).stride)])), set: null },
  { name: "suboffsets", get: (o) => {
    M(o);
    return newTuple([]);
  }, set: null },
  { name: "c_contiguous", get: (o) => newBool(contiguous(M(o))), set: null },
  { name: "f_contiguous", get: (o) => newBool(contiguous(M(o))), set: null },
  { name: "contiguous", get: (o) => newBool(contiguous(M(o))), set: null },
];
function contiguous(m: PyMemoryView): boolean {
  return m.length <= 1 || m.stride === m.itemsize;
}

MemoryViewType.tp_methods = [
  { name: "tobytes", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [order] = parseArgs("tobytes", args, kw, ["order"], { required: 0 });
    if (order !== null && order !== None) {
      if (!(order instanceof PyStr)) throw typeError(`tobytes() argument 'order' must be str or None, not ${order.ob_type.tp_name}`);
      if (order.value !== "C" && order.value !== "F" && order.value !== "A") throw valueError("order must be 'C', 'F' or 'A'");
    }
    return newBytes(memoryviewBytes(M(o)).slice());
  } },
  { name: "hex", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => hexWithSep(memoryviewBytes(M(o)), args, kw) },
  { name: "tolist", flags: 1, fn: (o: PyObject) => {
    const m = M(o);
    if (m.ndim === 0) return unpack(m, m.offset);
    return newList(tolist(m));
  } },
  { name: "toreadonly", flags: 1, fn: (o: PyObject) => {
    const v = newMemoryView(M(o));
    v.readonly = true;
    return v;
  } },
  { name: "release", flags: 1, fn: (o: PyObject) => {
    release(o as PyMemoryView);
    return None;
  } },
  { name: "__enter__", flags: 1, fn: (o: PyObject) => {
    M(o);
    o.ob_refcnt++;
    return o;
  } },
  { name: "__exit__", flags: 3, fn: (o: PyObject) => {
    release(o as PyMemoryView);
    return None;
  } },
  { name: "cast", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [fmt, shape] = parseArgs("cast", args, kw, ["format", "shape"], { required: 1 });
    const m = M(o);
    if (!(fmt instanceof PyStr)) throw typeError(`cast() argument 'format' must be str, not ${fmt!.ob_type.tp_name}`);
    if (!contiguous(m)) throw typeError("memoryview: casts are restricted to C-contiguous views");
    const code = formatCode(fmt.value);
    if (code === null) {
      throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    }
    const srcCode = formatCode(m.format)!;
    const isByte = (c: string) => c === "B" || c === "b" || c === "c";
    if (!isByte(srcCode) && !isByte(code)) throw typeError("memoryview: cannot cast between two non-byte formats");
    const nbytes = m.length * m.itemsize;
    const size = SIZES[code]!;
    let ndim = 1;
    let length: number;
    if (shape !== null) {
      const dims = iterableToArray(shape).map((d) => {
        const n = asSsize(d);
        dec(d);
        return n;
      });
      if (dims.length > 1) throw notImplementedError("memoryview: multi-dimensional casts are not implemented");
      ndim = dims.length;
      length = dims.length === 0 ? 1 : dims[0]!;
      if (length * size !== nbytes) throw typeError("memoryview: product(shape) * itemsize != buffer size");
    } else {
      if (nbytes % size !== 0) throw typeError("memoryview: length is not a multiple of itemsize");
      length = nbytes / size;
    }
    const v = newMemoryView(m);
    v.format = fmt.value;
    v.itemsize = size;
    v.stride = size;
    v.length = length;
    v.ndim = ndim;
    return v;
  } },
];
void checkArity;

// object.__sizeof__ reports the CPython instance size
MemoryViewType.tp_basicsize = 168;
