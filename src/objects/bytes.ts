/** bytes: formatting shared by the compiler (constants) and the VM. */

const HEX = "0123456789abcdef";

/** repr(bytes): b'...' (or b"..." when it holds ' and no "), escaping as CPython does. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === quote || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

// ---- the run-time bytes object -------------------------------------------------------------

import { PyObject, IMMORTAL } from "./object.ts";
import { BytesType } from "./types.ts";

/** bytes (immutable; `value` is never written after creation) and bytearray share this layout. */
export class PyBytes extends PyObject {
  declare value: Uint8Array;
  declare hash: number | bigint;
  constructor(type: import("./object.ts").PyType, value: Uint8Array) {
    super(type);
    this.value = value;
    this.hash = -1;
  }
}
/**
 * A new reference to a bytes object holding `v` (taken over). b"" and the one-byte objects are
 * shared immortal singletons, as CPython's empty bytes and byte characters.
 */
export function newBytes(v: Uint8Array): PyBytes {
  if (v.length <= 1) {
    const k = v.length === 0 ? 256 : v[0]!;
    let o = byteSingletons[k];
    if (o === undefined) {
      o = byteSingletons[k] = new PyBytes(BytesType, v.length === 0 ? new Uint8Array(0) : Uint8Array.of(k));
      o.ob_refcnt = IMMORTAL;
    }
    return o;
  }
  return new PyBytes(BytesType, v);
}
const byteSingletons: PyBytes[] = [];

import { ByteArrayType, MemoryViewType } from "./types.ts";

/**
 * bytearray: `value` is the live contents, a view of the first `value.length` bytes of the
 * capacity buffer `buf` (over-allocated as CPython does, so appends are amortised O(1)).
 * `exports` counts memoryviews holding the buffer: while > 0 the size cannot change.
 */
export class PyByteArray extends PyObject {
  value: Uint8Array;
  buf: Uint8Array;
  exports: number;
  constructor(type: import("./object.ts").PyType, value: Uint8Array) {
    super(type);
    this.buf = value;
    this.value = value;
    this.exports = 0;
  }
}
export function newByteArray(v: Uint8Array): PyByteArray {
  return new PyByteArray(ByteArrayType, v);
}

/**
 * memoryview (one-dimensional): a window on the bytes of `obj` (bytes, bytearray or another
 * exporter), `mem` the exporter's memory at creation, `offset`/`stride` in bytes, `length` items
 * of `itemsize` bytes in struct `format`. `ndim` is 1, or 0 for a cast to a scalar shape.
 */
export class PyMemoryView extends PyObject {
  obj: PyObject | null;
  mem: Uint8Array;
  offset: number;
  stride: number;
  length: number;
  itemsize: number;
  format: string;
  readonly: boolean;
  released: boolean;
  exports: number;
  ndim: number;
  hash: number | bigint;
  constructor(obj: PyObject, mem: Uint8Array, offset: number, stride: number, length: number, itemsize: number, format: string, readonly: boolean) {
    super(MemoryViewType);
    this.obj = obj;
    this.mem = mem;
    this.offset = offset;
    this.stride = stride;
    this.length = length;
    this.itemsize = itemsize;
    this.format = format;
    this.readonly = readonly;
    this.released = false;
    this.exports = 0;
    this.ndim = 1;
    this.hash = -1;
  }
}

/** The bytes of a contiguous memoryview (a copy when strided). */
export function memoryviewBytes(m: PyMemoryView): Uint8Array {
  const n = m.length * m.itemsize;
  if (m.stride === m.itemsize) return m.mem.subarray(m.offset, m.offset + n);
  const out = new Uint8Array(n);
  for (let i = 0; i < m.length; i++) {
    const src = m.offset + i * m.stride;
    out.set(m.mem.subarray(src, src + m.itemsize), i * m.itemsize);
  }
  return out;
}

/**
 * The contents of a bytes-like object (buffer protocol, PyBUF_SIMPLE), or null when `o` is not
 * one. For bytearray and memoryview the result aliases the object's memory; callers must not
 * keep it across calls into Python code. For a registered exporter (array.array) it is a copy.
 */
export function bufferOf(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes || o instanceof PyByteArray) return o.value;
  if (o instanceof PyMemoryView) {
    if (o.released) throw memoryviewReleased();
    return memoryviewBytes(o);
  }
  return bufferReaders.length === 0 ? null : readRegistered(o);
}
/**
 * Exporters outside src/objects (array.array) register a reader here: it returns a copy of the
 * object's bytes, or null when the object is not theirs, and the struct format and item size of
 * those bytes. bufferOf serves them for reading; a copy cannot be written through, so code that
 * writes into a buffer accepts bytearray / writable memoryviews explicitly, never bufferOf's.
 */
export interface BufferReader {
  read(o: PyObject): Uint8Array | null;
  /** [struct format, item size] of o's items (o is one read() accepted). */
  layout(o: PyObject): [string, number];
}
export const bufferReaders: BufferReader[] = [];
export function registerBufferReader(reader: BufferReader): void {
  bufferReaders.push(reader);
}
function readRegistered(o: PyObject): Uint8Array | null {
  for (let i = 0; i < bufferReaders.length; i++) {
    const r = bufferReaders[i]!.read(o);
    if (r !== null) return r;
  }
  return null;
}
import { newException } from "./errors.ts";
import { ValueErrorType } from "./exceptions.ts";
export function memoryviewReleased(): import("./exceptions.ts").PyBaseException {
  return newException(ValueErrorType, "operation forbidden on released memoryview object");
}
