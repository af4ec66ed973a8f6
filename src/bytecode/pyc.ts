/**
 * .pyc files (PEP 3147 cache layout, PEP 552 header) as CPython 3.11's importlib reads and
 * writes them.
 *
 * Layout (16-byte header, then marshal data of one code object):
 *   0  magic: MAGIC_NUMBER (3495) as uint16 LE, then b"\r\n"
 *   4  flags: uint32 LE; bit 0 = hash-based, bit 1 = check_source (only with bit 0)
 *   8  timestamp pyc: source mtime (uint32 LE, int(st_mtime) & 0xFFFFFFFF)
 *      hash-based pyc: 8-byte SipHash-1-3 of the source (_imp.source_hash)
 *  12  timestamp pyc: source size (uint32 LE, st_size & 0xFFFFFFFF)
 *
 * Errors are PycError (ImportError or EOFError, importlib's messages) or MarshalError for a
 * corrupt body — Python exceptions, never JS ones.
 */
import { MAGIC_NUMBER } from "../version.ts";
import { CodeObject } from "./code.ts";
import { loads, MarshalError } from "./marshal.ts";
import { dumps } from "./marshal.ts";
import { loadsFast } from "./marshal-fast.ts";
import { bytesRepr } from "../objects/bytes.ts";
import { strRepr } from "../objects/str.ts";

/** importlib.util.MAGIC_NUMBER: the 4 bytes every 3.11 .pyc starts with. */
export const MAGIC_BYTES: Uint8Array = new Uint8Array([MAGIC_NUMBER & 0xff, MAGIC_NUMBER >> 8, 0x0d, 0x0a]);
/** importlib's _RAW_MAGIC_NUMBER: the magic bytes as a little-endian uint32 (the source-hash key). */
export const RAW_MAGIC_NUMBER = (MAGIC_BYTES[0]! | (MAGIC_BYTES[1]! << 8) | (MAGIC_BYTES[2]! << 16) | (MAGIC_BYTES[3]! << 24)) >>> 0;

export const PYC_HASH_BASED = 0b01;
export const PYC_CHECK_SOURCE = 0b10;

export type PycErrorType = "ImportError" | "EOFError";

/** A .pyc the import system rejects: the exception importlib raises (name/path as ImportError's). */
export class PycError extends Error {
  constructor(readonly type: PycErrorType, readonly msg: string, readonly modName: string | null = null, readonly pycPath: string | null = null) {
    super(`${type}: ${msg}`);
  }
}

export interface PycHeader {
  flags: number;
  /** Timestamp pycs: the recorded source mtime and size (uint32). */
  mtime?: number;
  sourceSize?: number;
  /** Hash-based pycs: the recorded 8-byte source hash. */
  hash?: Uint8Array;
}

export interface Pyc extends PycHeader {
  code: CodeObject;
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}
function putU32(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff; b[at + 1] = (v >>> 8) & 0xff; b[at + 2] = (v >>> 16) & 0xff; b[at + 3] = (v >>> 24) & 0xff;
}

/**
 * importlib's _classify_pyc plus the header fields: checks magic (first), length, flags.
 * `name` is the module name the messages show; `path` the .pyc path.
 */
export function readPycHeader(data: Uint8Array, name = "<pyc>", path: string | null = null): PycHeader {
  const magic = data.subarray(0, 4);
  let same = magic.length === 4;
  for (let i = 0; same && i < 4; i++) same = magic[i] === MAGIC_BYTES[i];
  if (!same) throw new PycError("ImportError", `bad magic number in ${strRepr(name)}: ${bytesRepr(magic)}`, name, path);
  if (data.length < 16) throw new PycError("EOFError", `reached EOF while reading pyc header of ${strRepr(name)}`);
  const flags = u32(data, 4);
  if ((flags & ~0b11) !== 0) throw new PycError("ImportError", `invalid flags ${flags} in ${strRepr(name)}`, name, path);
  if ((flags & PYC_HASH_BASED) !== 0) return { flags, hash: data.slice(8, 16) };
  return { flags, mtime: u32(data, 8), sourceSize: u32(data, 12) };
}

/**
 * importlib's _compile_bytecode: the marshalled body must be a code object.
 * Marshal errors propagate as MarshalError, as CPython lets them propagate.
 */
export function codeFromPycBody(body: Uint8Array, name = "<pyc>", path: string | null = null): CodeObject {
  // the fast path reads what the compiler writes; anything else (and every error) is the generic reader's
  const v = loadsFast(body) ?? loads(body);
  if (!(v instanceof CodeObject)) throw new PycError("ImportError", `Non-code object in ${strRepr(path ?? "<pyc>")}`, name, path);
  return v;
}

/** Read a whole .pyc: header, then the code object. Throws PycError or MarshalError. */
export function readPyc(data: Uint8Array, name = "<pyc>", path: string | null = null): Pyc {
  const h = readPycHeader(data, name, path);
  return { ...h, code: codeFromPycBody(data.subarray(16), name, path) };
}

/** _validate_timestamp_pyc: the recorded mtime/size must be the source's. */
export function validateTimestampPyc(h: PycHeader, sourceMtime: number, sourceSize: number | null, name = "<pyc>", path: string | null = null): void {
  const m = Number(BigInt.asUintN(32, BigInt(Math.trunc(sourceMtime))));
  if (h.mtime !== m) throw new PycError("ImportError", `bytecode is stale for ${strRepr(name)}`, name, path);
  if (sourceSize !== null && h.sourceSize !== (sourceSize >>> 0)) {
    throw new PycError("ImportError", `bytecode is stale for ${strRepr(name)}`, name, path);
  }
}

/** _validate_hash_pyc: the recorded hash must be the source's. */
export function validateHashPyc(h: PycHeader, sourceHash: Uint8Array, name = "<pyc>", path: string | null = null): void {
  let same = h.hash !== undefined && h.hash.length === 8 && sourceHash.length === 8;
  for (let i = 0; same && i < 8; i++) same = h.hash![i] === sourceHash[i];
  if (!same) throw new PycError("ImportError", `hash in bytecode doesn't match hash of source ${strRepr(name)}`, name, path);
}

export type PycMode =
  | { kind: "timestamp"; mtime: number; sourceSize: number }
  | { kind: "hash"; checkSource: boolean; sourceHash: Uint8Array };

/**
 * A .pyc's bytes (importlib's _code_to_timestamp_pyc / _code_to_hash_pyc): header + marshal.dumps(code).
 */
export function writePyc(code: CodeObject, mode: PycMode): Uint8Array {
  const body = dumps(code);
  const out = new Uint8Array(16 + body.length);
  out.set(MAGIC_BYTES, 0);
  if (mode.kind === "timestamp") {
    putU32(out, 4, 0);
    putU32(out, 8, Number(BigInt.asUintN(32, BigInt(Math.trunc(mode.mtime)))));
    putU32(out, 12, mode.sourceSize >>> 0);
  } else {
    if (mode.sourceHash.length !== 8) throw new RangeError("writePyc: source hash must be 8 bytes");
    putU32(out, 4, PYC_HASH_BASED | (mode.checkSource ? PYC_CHECK_SOURCE : 0));
    out.set(mode.sourceHash, 8);
  }
  out.set(body, 16);
  return out;
}

export { MarshalError };
