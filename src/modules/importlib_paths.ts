/**
 * The path rules importlib applies through sys state: cache_from_source with sys.flags.optimize
 * and sys.implementation.cache_tag, _get_cached(origin), sys.dont_write_bytecode.
 */
import { PyStr, intern } from "../objects/str.ts";
import { PyInt } from "../objects/int.ts";
import { isTrue, lookupAttr } from "../objects/abstract.ts";
import { sysGet } from "./sys.ts";
import { cacheFromSource } from "../bytecode/pycache.ts";
import { decref } from "../vm/import_util.ts";

/** sys.flags.optimize (0 when unset). */
export function optimizeLevel(): number {
  const flags = sysGet("flags");
  if (flags === null) return 0;
  const v = lookupAttr(flags, intern("optimize"));
  const n = v instanceof PyInt ? Number(v.value) : 0;
  decref(v);
  return n;
}
/** sys.dont_write_bytecode. */
export function dontWriteBytecode(): boolean {
  const v = sysGet("dont_write_bytecode");
  return v !== null && isTrue(v);
}
export const SOURCE_SUFFIXES = [".py"];
export const BYTECODE_SUFFIXES = [".pyc"];

/** _get_cached(filename): the .pyc path for a source origin, the origin for a .pyc, else null. */
export function cachedFromOrigin(origin: string): string | null {
  if (origin.endsWith(".py")) {
    try {
      return cacheFromSource(origin, optimizeLevel() === 0 ? "" : optimizeLevel());
    } catch {
      return null;
    }
  }
  if (origin.endsWith(".pyc")) return origin;
  return null;
}
export { PyStr };
