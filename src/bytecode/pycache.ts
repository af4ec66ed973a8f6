/**
 * The __pycache__ protocol (PEP 3147, PEP 488, PEP 552) as importlib's SourceLoader runs it:
 * where a module's .pyc lives, when a cached .pyc is used, and writing a fresh one.
 *
 *   cacheFromSource("pkg/mod.py", opt)  -> "pkg/__pycache__/mod.tspy-311.pyc" (".opt-1", ".opt-2")
 *   sourceFromCache(pycPath)           -> the source path (ValueError messages as importlib's)
 *   getCode(request)                   -> SourceLoader.get_code: a valid cached .pyc, else compile
 *                                         the source and write the .pyc atomically
 *
 * Rules (importlib._bootstrap_external): a .pyc whose header fails (_classify_pyc: wrong magic,
 * truncated header, unknown flags) or is stale (timestamp: mtime/size differ; checked hash:
 * source hash differs) is ignored and rewritten. A .pyc with a valid header whose body is
 * corrupt raises the marshal error, as CPython does (the import fails; nothing is rewritten).
 * Unreadable or unwritable caches are skipped silently.
 */
import { host, HostError } from "../host/host.ts";
import { CACHE_TAG } from "../version.ts";
import { CodeObject } from "./code.ts";
import {
  readPycHeader, codeFromPycBody, validateHashPyc, validateTimestampPyc, writePyc, PycError, RAW_MAGIC_NUMBER,
  PYC_HASH_BASED, PYC_CHECK_SOURCE, type PycHeader,
} from "./pyc.ts";
import { sourceHash } from "../objects/hash.ts";
import { strRepr } from "../objects/str.ts";

export const PYCACHE = "__pycache__";
export const BYTECODE_SUFFIX = ".pyc";
const OPT = "opt-";

/** A ValueError raised by the path functions (importlib's messages). */
export class CachePathError extends Error {
  readonly type = "ValueError";
  constructor(readonly msg: string) {
    super(`ValueError: ${msg}`);
  }
}

function splitPath(p: string): [string, string] {
  const i = p.lastIndexOf("/");
  return i < 0 ? ["", p] : [p.slice(0, i), p.slice(i + 1)];
}
function joinPath(head: string, ...parts: string[]): string {
  let out = head;
  for (const part of parts) out = out === "" ? part : out.endsWith("/") ? out + part : out + "/" + part;
  return out;
}
function isAlnum(s: string): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!/^[\p{L}\p{N}]$/u.test(ch)) return false;
  return true;
}

/**
 * importlib.util.cache_from_source(path, optimization): optimization '' (or 0) gives no
 * ".opt-" part; anything else must be alphanumeric.
 */
export function cacheFromSource(path: string, optimization: number | string = ""): string {
  const [head, tail] = splitPath(path);
  const dot = tail.lastIndexOf(".");
  const base = dot < 0 ? "" : tail.slice(0, dot);
  const rest = dot < 0 ? tail : tail.slice(dot + 1);
  let almost = (base !== "" ? base : rest) + (dot < 0 ? "" : ".") + CACHE_TAG;
  const opt = optimization === 0 ? "" : String(optimization);
  if (opt !== "") {
    if (!isAlnum(opt)) throw new CachePathError(`${strRepr(opt)} is not alphanumeric`);
    almost = `${almost}.${OPT}${opt}`;
  }
  return joinPath(head, PYCACHE, almost + BYTECODE_SUFFIX);
}

/** importlib.util.source_from_cache(path): the .py a PEP 3147/488 .pyc path belongs to. */
export function sourceFromCache(path: string): string {
  const [head, pycacheFilename] = splitPath(path);
  const [head2, pycache] = splitPath(head);
  if (pycache !== PYCACHE) throw new CachePathError(`${PYCACHE} not bottom-level directory in ${strRepr(path)}`);
  const dots = pycacheFilename.split(".").length - 1;
  if (dots !== 2 && dots !== 3) throw new CachePathError(`expected only 2 or 3 dots in ${strRepr(pycacheFilename)}`);
  if (dots === 3) {
    const optLevel = pycacheFilename.split(".").slice(-2)[0]!;
    if (!optLevel.startsWith(OPT)) throw new CachePathError(`optimization portion of filename does not start with ${strRepr(OPT)}`);
    const level = optLevel.slice(OPT.length);
    if (!isAlnum(level)) throw new CachePathError(`optimization level ${strRepr(optLevel)} is not an alphanumeric value`);
  }
  const baseFilename = pycacheFilename.slice(0, pycacheFilename.indexOf("."));
  return joinPath(head2, baseFilename + ".py");
}

/** _imp._fix_co_filename: point a cached code tree at the source path it was loaded for. */
export function fixCoFilename(co: CodeObject, path: string): void {
  if (co.co_filename === path) return;
  const old = co.co_filename;
  const walk = (c: CodeObject) => {
    if (c.co_filename !== old) return;
    c.co_filename = path;
    for (const k of c.co_consts) if (k instanceof CodeObject) walk(k);
  };
  walk(co);
}

export interface GetCodeRequest {
  /** The module's full name (for messages) and its source path. */
  fullname: string;
  sourcePath: string;
  /** sys.flags.optimize: 0, 1 (-O) or 2 (-OO); selects the .opt-N cache file. */
  optimize: number;
  /** sys.dont_write_bytecode (-B, PYTHONDONTWRITEBYTECODE). */
  dontWriteBytecode: boolean;
  /** _imp.check_hash_based_pycs (--check-hash-based-pycs): "default", "always" or "never". */
  checkHashBasedPycs?: "default" | "always" | "never";
  /** source_to_code: compile the source bytes (errors propagate). */
  compile: (source: Uint8Array, path: string) => CodeObject;
  /** _bootstrap._verbose_message (python -v). */
  verbose?: (msg: string) => void;
}

/**
 * SourceLoader.get_code: use the cached .pyc when its header is valid and fresh, else compile the
 * source and cache the result. Throws the compile error, a MarshalError (corrupt body of a valid
 * .pyc), a PycError for a non-code .pyc body, or HostError when the source cannot be read.
 */
export function getCode(req: GetCodeRequest): CodeObject {
  const h = host();
  const say = req.verbose ?? (() => {});
  const checkMode = req.checkHashBasedPycs ?? "default";
  const sourcePath = req.sourcePath;
  const bytecodePath = cacheFromSource(sourcePath, req.optimize === 0 ? "" : req.optimize);
  let sourceMtime: number | null = null;
  let sourceBytes: Uint8Array | null = null;
  let hash: Uint8Array | null = null;
  let hashBased = false;
  let checkSource = true;
  const st = h.stat(sourcePath);
  if (st !== null) {
    sourceMtime = Math.trunc(st.mtimeMs / 1000); // int(st.st_mtime)
    let data: Uint8Array | null = null;
    try {
      data = h.readFile(bytecodePath);
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
    }
    if (data !== null) {
      let header: PycHeader | null = null;
      try {
        header = readPycHeader(data, req.fullname, bytecodePath);
        hashBased = (header.flags & PYC_HASH_BASED) !== 0;
        if (hashBased) {
          checkSource = (header.flags & PYC_CHECK_SOURCE) !== 0;
          if (checkMode !== "never" && (checkSource || checkMode === "always")) {
            sourceBytes = h.readFile(sourcePath);
            hash = sourceHash(RAW_MAGIC_NUMBER, sourceBytes);
            validateHashPyc(header, hash, req.fullname, bytecodePath);
          }
        } else {
          validateTimestampPyc(header, sourceMtime, st.size, req.fullname, bytecodePath);
        }
      } catch (e) {
        if (!(e instanceof PycError)) throw e;
        say(e.msg);
        header = null;
      }
      if (header !== null) {
        // (the messages only under -v: strRepr of the path is not free)
        if (req.verbose) say(`${bytecodePath} matches ${sourcePath}`);
        const code = codeFromPycBody(data.subarray(16), req.fullname, bytecodePath);
        if (req.verbose) say(`code object from ${strRepr(bytecodePath)}`);
        fixCoFilename(code, sourcePath);
        return code;
      }
    }
  }
  if (sourceBytes === null) sourceBytes = h.readFile(sourcePath);
  const code = req.compile(sourceBytes, sourcePath);
  say(`code object from ${sourcePath}`);
  if (!req.dontWriteBytecode && sourceMtime !== null) {
    let data: Uint8Array;
    if (hashBased) {
      if (hash === null) hash = sourceHash(RAW_MAGIC_NUMBER, sourceBytes);
      data = writePyc(code, { kind: "hash", checkSource, sourceHash: hash });
    } else {
      data = writePyc(code, { kind: "timestamp", mtime: sourceMtime, sourceSize: sourceBytes.length });
    }
    setData(bytecodePath, data, say);
  }
  return code;
}

/**
 * FileLoader.set_data: create missing directories, then write atomically; any OSError means the
 * bytecode is simply not written.
 */
export function setData(path: string, data: Uint8Array, say: (msg: string) => void = () => {}): boolean {
  const h = host();
  let [parent] = splitPath(path);
  const missing: string[] = [];
  while (parent !== "") {
    const st = h.stat(parent);
    if (st !== null && st.isDir) break;
    const [up, part] = splitPath(parent);
    missing.push(part);
    parent = up;
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    parent = joinPath(parent, missing[i]!);
    try {
      h.mkdir(parent);
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      if (e.code === "EEXIST") continue;
      say(`could not create ${strRepr(parent)}: ${e.message}`);
      return false;
    }
  }
  try {
    h.writeFileAtomic(path, data);
    say(`created ${strRepr(path)}`);
    return true;
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    say(`could not create ${strRepr(path)}: ${e.message}`);
    return false;
  }
}
