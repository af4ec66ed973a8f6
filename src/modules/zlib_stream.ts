/**
 * The z_stream layer under the `zlib` module: pako (a line-by-line port of zlib 1.2.x; with
 * `legacyHash` it produces zlib's exact deflate output) driven the way CPython's zlibmodule.c
 * drives zlib, so results are byte-identical with python3's, including the output-buffer
 * growth that decides where level-0 (stored) deflate cuts its blocks.
 *
 * Layout: a ZStream's `input`/`next_in`/`avail_in` is the caller's buffer; `output` is the
 * current block of an OutBuf and `next_out`/`avail_out` index into it. A ZStream never keeps a
 * reference to a Python object.
 */
import {
  ZStream, zlibDeflateInit2, zlibDeflate, zlibDeflateEnd, zlibDeflateSetDictionary,
  zlibInflateInit2, zlibInflate, zlibInflateEnd, zlibInflateSetDictionary,
  type Z_FlushMode, type Z_Strategy,
} from "pako";

export const Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3, Z_MEM_ERROR = -4, Z_BUF_ERROR = -5;
export const Z_NO_FLUSH = 0, Z_SYNC_FLUSH = 2, Z_FINISH = 4;

import { memoryError } from "../objects/errors.ts";

export { ZStream };
export const EMPTY = new Uint8Array(0);

/** A zeroed byte array; a size the JS heap refuses is Python's MemoryError, as a failed malloc. */
function alloc(n: number): Uint8Array<ArrayBuffer> {
  try {
    return new Uint8Array(n);
  } catch (e) {
    if (e instanceof RangeError) throw memoryError();
    throw e;
  }
}

/** The block sizes of CPython's _BlocksOutputBuffer: block i of an output has BLOCK_SIZES[i] bytes (the last repeats). */
const KB = 1024, MB = 1024 * 1024;
const BLOCK_SIZES = [32 * KB, 64 * KB, 256 * KB, 1 * MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB, 32 * MB, 32 * MB, 32 * MB, 32 * MB, 64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB];

/**
 * An output buffer made of blocks (CPython's _BlocksOutputBuffer). Invariant: the stream's
 * `output` is the last block and `allocated` is the sum of the block lengths; `maxLength` < 0
 * means unlimited.
 */
export class OutBuf {
  blocks: Uint8Array[] = [];
  allocated = 0;
  maxLength = -1;

  /** First block of min(maxLength, 32 KiB) bytes (32 KiB when unlimited). */
  initAndGrow(strm: ZStream, maxLength: number): void {
    const size = maxLength >= 0 && maxLength < BLOCK_SIZES[0]! ? maxLength : BLOCK_SIZES[0]!;
    this.maxLength = maxLength;
    this.push(strm, size);
  }
  /** First block of exactly `size` bytes (decompress's bufsize); unlimited afterwards. */
  initWithSize(strm: ZStream, size: number): void {
    this.maxLength = -1;
    this.push(strm, size);
  }
  /** Append the next block (only when avail_out is 0), clipped to what maxLength leaves. */
  grow(strm: ZStream): void {
    const n = this.blocks.length;
    let size = BLOCK_SIZES[n < BLOCK_SIZES.length ? n : BLOCK_SIZES.length - 1]!;
    if (this.maxLength >= 0 && size > this.maxLength - this.allocated) size = this.maxLength - this.allocated;
    this.push(strm, size);
  }
  private push(strm: ZStream, size: number): void {
    const b = alloc(size);
    this.blocks.push(b);
    this.allocated += size;
    strm.output = b;
    strm.next_out = 0;
    strm.avail_out = size;
  }
  /** Bytes produced so far. */
  dataSize(strm: ZStream): number {
    return this.allocated - strm.avail_out;
  }
  /** The produced bytes as one array. */
  finish(strm: ZStream): Uint8Array {
    const total = this.allocated - strm.avail_out;
    const out = alloc(total);
    let pos = 0;
    for (const b of this.blocks) {
      const n = Math.min(b.length, total - pos);
      out.set(n === b.length ? b : b.subarray(0, n), pos);
      pos += n;
      if (pos === total) break;
    }
    return out;
  }
}

/** Feed `data` as the stream's whole input. */
export function setInput(strm: ZStream, data: Uint8Array): void {
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
}

export function newStream(): ZStream {
  const s = new ZStream();
  s.input = EMPTY;
  s.output = new Uint8Array(0);
  return s;
}

export function deflateInit2(strm: ZStream, level: number, method: number, wbits: number, memLevel: number, strategy: number): number {
  // legacyHash: zlib's own hash function, so the matches (and so the output) are zlib's
  return zlibDeflateInit2(strm, level, method, wbits, memLevel, strategy as Z_Strategy, true);
}
/** The fields of pako's deflate state that settleBits touches (zlib's deflate_state names). */
interface DeflateBits {
  bi_buf: number;
  bi_valid: number;
  pending_buf: Uint8Array;
  pending: number;
  pending_out: number;
}

/**
 * deflate(), with one difference from pako undone: zlib's flush_pending() first moves the whole
 * bytes of the bit buffer into the pending output (_tr_flush_bits), pako's does not. zlib calls
 * flush_pending after every step that emits bits, so at the end of a zlib deflate() call fewer
 * than 8 bits are buffered; pako can hold one more byte back, which changes how the output is
 * split between calls (compress()/flush() results), not the stream. So after each call the
 * whole bytes are moved (appended after the pending bytes, where zlib's would be) and as much
 * pending output as fits is copied out, as zlib's last flush_pending would have done.
 */
export function deflate(strm: ZStream, flush: number): number {
  const ret = zlibDeflate(strm, flush as Z_FlushMode);
  const s = strm.state as DeflateBits | null;
  if (s !== null && s !== undefined && s.bi_valid >= 8) {
    const buf = s.pending_buf;
    let at = s.pending_out + s.pending;
    buf[at++] = s.bi_buf & 0xff;
    if (s.bi_valid === 16) {
      buf[at] = (s.bi_buf >>> 8) & 0xff;
      s.pending += 2;
      s.bi_buf = 0;
      s.bi_valid = 0;
    } else {
      s.pending += 1;
      s.bi_buf >>>= 8;
      s.bi_valid -= 8;
    }
    const len = Math.min(s.pending, strm.avail_out);
    if (len > 0) {
      strm.output.set(buf.subarray(s.pending_out, s.pending_out + len), strm.next_out);
      strm.next_out += len;
      strm.avail_out -= len;
      strm.total_out += len;
      s.pending_out += len;
      s.pending -= len;
      if (s.pending === 0) s.pending_out = 0;
    }
  }
  return ret;
}
export const deflateEnd = (strm: ZStream): number => zlibDeflateEnd(strm);
export const deflateSetDictionary = (strm: ZStream, d: Uint8Array): number => zlibDeflateSetDictionary(strm, d);
export const inflateInit2 = (strm: ZStream, wbits: number): number => zlibInflateInit2(strm, wbits);
export const inflate = (strm: ZStream, flush: number): number => zlibInflate(strm, flush as Z_FlushMode);
export const inflateEnd = (strm: ZStream): number => zlibInflateEnd(strm);
export const inflateSetDictionary = (strm: ZStream, d: Uint8Array): number => zlibInflateSetDictionary(strm, d);

/** Does the stream have a live state (deflateInit/inflateInit done, End not yet)? */
export function hasState(strm: ZStream): boolean {
  return strm.state !== null && strm.state !== undefined;
}

/**
 * deflateCopy / inflateCopy (pako has neither): a new stream whose state is a deep copy of
 * `src`'s. Typed arrays are copied once each (so two fields sharing one array, such as
 * inflate's lencode/lendyn, still share it in the copy); the deflate tree descriptors are
 * re-pointed at the copy's trees; everything else (numbers, static tables) is shared.
 */
export function copyStream(src: ZStream): ZStream | null {
  if (!hasState(src)) return null;
  const dst = newStream();
  dst.total_in = src.total_in;
  dst.total_out = src.total_out;
  dst.msg = src.msg;
  dst.data_type = src.data_type;
  dst.adler = src.adler;
  const st = src.state as Record<string, any>;
  const memo = new Map<object, object>();
  const copyArray = (a: ArrayBufferView): object => {
    let c = memo.get(a);
    if (c === undefined) {
      c = (a as unknown as Uint8Array).slice();
      memo.set(a, c);
    }
    return c;
  };
  const out = Object.create(Object.getPrototypeOf(st)) as Record<string, any>;
  for (const k of Object.keys(st)) {
    const v = st[k];
    if (k === "strm") out[k] = dst;
    else if (ArrayBuffer.isView(v)) out[k] = copyArray(v);
    else out[k] = v;
  }
  for (const k of Object.keys(st)) {
    const v = st[k];
    // a tree descriptor (deflate's l_desc/d_desc/bl_desc) points at one of the state's trees
    if (v !== null && typeof v === "object" && !ArrayBuffer.isView(v) && "dyn_tree" in v) {
      const d = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
      for (const f of Object.keys(v)) d[f] = v[f];
      d.dyn_tree = copyArray(v.dyn_tree as ArrayBufferView);
      out[k] = d;
    }
  }
  dst.state = out;
  return dst;
}
