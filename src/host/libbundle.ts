/**
 * The bundled library as a read-only folder: a Host overlay that serves LIB_ROOT ("/tspy/lib")
 * from a LibSource (the sources bundled into dist/ by scripts/build.mjs, or, when running from
 * the repository, the lib/ folder read through the real host). Everything else goes to the
 * underlying host. The import system, tracebacks and open() see an ordinary directory tree;
 * writes under LIB_ROOT fail with EROFS (so no __pycache__ is written there).
 *
 * Invariant: every file under LIB_ROOT has the same fixed mtime (BUNDLE_MTIME_MS), so a .pyc
 * bundled next to its source (__pycache__/NAME.tspy-311.pyc, written with that mtime) is fresh.
 * The build precompiles the library that way (scripts/precompile-lib.ts -> dist/tspy-lib.pyc):
 * tableSource serves each of those .pyc files only while its source's hash matches.
 */
import { Host, HostError, HostStat } from "./host.ts";
import { utf8Encode, utf8Decode } from "../tokenizer/utf8.ts";
import { CACHE_TAG } from "../version.ts";

export const LIB_ROOT = "/tspy/lib";
export const BUNDLE_MTIME_MS = 1_000_000_000_000;

/** Files of the library by path relative to the library root ("json/decoder.py"). */
export interface LibSource {
  /** The bytes of a file, or null when it does not exist. */
  read(rel: string): Uint8Array | null;
  /** Every file path (relative, '/'-separated). Called once; the tree is derived from it. */
  files(): string[];
}

/**
 * A LibSource over an in-memory table (path -> text or base64 bytes "b64:..."), with the
 * precompiled library (decodeLibPycs) when given: each entry appears as the source's
 * __pycache__/NAME.tspy-311.pyc, served only while the source served from `table` still has the
 * hash it was compiled from (else the file reads as missing and the importer compiles the source).
 */
export function tableSource(table: Record<string, string>, pycs: Map<string, LibPyc> | null = null): LibSource {
  const cache = new Map<string, Uint8Array>();
  /** pyc path -> source path, for the precompiled entries. */
  const pycPaths = new Map<string, string>();
  if (pycs !== null) for (const src of pycs.keys()) if (table[src] !== undefined) pycPaths.set(libPycPath(src), src);
  const readTable = (rel: string): Uint8Array | null => {
    const hit = cache.get(rel);
    if (hit !== undefined) return hit;
    const s = table[rel];
    if (s === undefined) return null;
    const b = s.startsWith("b64:") ? base64Decode(s.slice(4)) : utf8Encode(s);
    cache.set(rel, b);
    return b;
  };
  return {
    read(rel) {
      const src = pycPaths.get(rel);
      if (src === undefined) return readTable(rel);
      const entry = pycs!.get(src)!;
      const source = readTable(src);
      if (source === null || source.length !== entry.sourceSize || libSourceHash(source) !== entry.sourceHash) return null;
      return entry.pyc;
    },
    files: () => [...Object.keys(table), ...pycPaths.keys()],
  };
}

/** One precompiled library module: its timestamp .pyc (mtime BUNDLE_MTIME_MS) and its source's hash. */
export interface LibPyc {
  sourceHash: number;
  sourceSize: number;
  pyc: Uint8Array;
}

/** "json/decoder.py" -> "json/__pycache__/decoder.tspy-311.pyc" (importlib's cache_from_source). */
export function libPycPath(src: string): string {
  const slash = src.lastIndexOf("/");
  const dir = slash < 0 ? "" : src.slice(0, slash + 1);
  const base = src.slice(slash + 1, src.length - 3);
  return dir + "__pycache__/" + base + "." + CACHE_TAG + ".pyc";
}

/** The hash a precompiled module is checked against: FNV-1a (32 bits) of the source bytes. */
export function libSourceHash(b: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return h >>> 0;
}

/*
 * The precompiled-library blob (dist/tspy-lib.pyc, written by scripts/precompile-lib.ts):
 *   "TSPYLIB1" | u32 count | count x (u32 nameLen | name (utf-8, source path relative to the
 *   library) | u32 sourceHash | u32 sourceSize | u32 pycLen | pyc bytes); integers little-endian.
 */
const BLOB_MAGIC = "TSPYLIB1";

export function encodeLibPycs(entries: Map<string, LibPyc>): Uint8Array {
  const parts: Uint8Array[] = [];
  const u32 = (n: number) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n >>> 0, true);
    parts.push(b);
  };
  parts.push(utf8Encode(BLOB_MAGIC));
  u32(entries.size);
  for (const [name, e] of entries) {
    const nb = utf8Encode(name);
    u32(nb.length);
    parts.push(nb);
    u32(e.sourceHash);
    u32(e.sourceSize);
    u32(e.pyc.length);
    parts.push(e.pyc);
  }
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const p of parts) {
    out.set(p, n);
    n += p.length;
  }
  return out;
}

/** The entries of a blob; null when it is not one (wrong magic, truncated). */
export function decodeLibPycs(blob: Uint8Array): Map<string, LibPyc> | null {
  const out = new Map<string, LibPyc>();
  if (blob.length < 12) return null;
  for (let i = 0; i < BLOB_MAGIC.length; i++) if (blob[i] !== BLOB_MAGIC.charCodeAt(i)) return null;
  const dv = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  let pos = 8;
  const count = dv.getUint32(pos, true);
  pos += 4;
  for (let k = 0; k < count; k++) {
    if (pos + 4 > blob.length) return null;
    const nameLen = dv.getUint32(pos, true);
    pos += 4;
    if (pos + nameLen + 12 > blob.length) return null;
    const name = utf8Decode(blob, pos, pos + nameLen);
    pos += nameLen;
    const sourceHash = dv.getUint32(pos, true);
    const sourceSize = dv.getUint32(pos + 4, true);
    const pycLen = dv.getUint32(pos + 8, true);
    pos += 12;
    if (pos + pycLen > blob.length) return null;
    out.set(name, { sourceHash, sourceSize, pyc: blob.subarray(pos, pos + pycLen) });
    pos += pycLen;
  }
  return out;
}
/** A LibSource over a real directory, read through `base` (the repository's lib/ when unbundled). */
export function directorySource(base: Host, dir: string): LibSource {
  return {
    read(rel) {
      try {
        return base.readFile(dir + "/" + rel);
      } catch {
        return null;
      }
    },
    files() {
      const out: string[] = [];
      const walk = (rel: string) => {
        let names: string[];
        try {
          names = base.listdir(rel === "" ? dir : dir + "/" + rel);
        } catch {
          return;
        }
        for (const n of names) {
          if (n === "__pycache__") continue;
          const r = rel === "" ? n : rel + "/" + n;
          const st = base.stat(dir + "/" + r);
          if (st === null) continue;
          if (st.isDir) walk(r);
          else if (n.endsWith(".py")) out.push(r);
        }
      };
      walk("");
      return out;
    },
  };
}

function base64Decode(s: string): Uint8Array {
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let n = 0, bits = 0, acc = 0;
  for (let i = 0; i < s.length; i++) {
    const v = A.indexOf(s[i]!);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function erofs(p: string): HostError {
  return new HostError("EROFS", p, `EROFS: read-only file system, '${p}'`);
}
function enoent(p: string): HostError {
  return new HostError("ENOENT", p, `ENOENT: no such file or directory, '${p}'`);
}

/** The overlay host: LIB_ROOT from `lib`, the rest from `base`. */
export function libOverlayHost(base: Host, lib: LibSource): Host {
  let dirs: Map<string, Set<string>> | null = null;
  const tree = (): Map<string, Set<string>> => {
    if (dirs !== null) return dirs;
    dirs = new Map([["", new Set()]]);
    for (const f of lib.files()) {
      const parts = f.split("/");
      let cur = "";
      for (let i = 0; i < parts.length; i++) {
        const next = cur === "" ? parts[i]! : cur + "/" + parts[i]!;
        dirs.get(cur)!.add(parts[i]!);
        if (i < parts.length - 1 && !dirs.has(next)) dirs.set(next, new Set());
        cur = next;
      }
    }
    return dirs;
  };
  /** The path relative to LIB_ROOT, or null when outside it. */
  const rel = (p: string): string | null => {
    if (p === LIB_ROOT) return "";
    if (!p.startsWith(LIB_ROOT + "/")) return null;
    let r = p.slice(LIB_ROOT.length + 1);
    while (r.endsWith("/")) r = r.slice(0, -1);
    return r;
  };
  const isFile = (r: string): boolean => {
    const slash = r.lastIndexOf("/");
    const d = tree().get(slash < 0 ? "" : r.slice(0, slash));
    return d !== undefined && d.has(r.slice(slash + 1)) && !tree().has(r);
  };
  // Delegation by prototype: host services this file does not know about go to `base`.
  const overlay = Object.create(base) as Host;
  Object.assign(overlay, {
    readFile(p: string): Uint8Array {
      const r = rel(p);
      if (r === null) return base.readFile(p);
      if (tree().has(r)) throw new HostError("EISDIR", p, `EISDIR: illegal operation on a directory, read`);
      const b = isFile(r) ? lib.read(r) : null;
      if (b === null) throw enoent(p);
      return b;
    },
    writeFileAtomic(p: string, data: Uint8Array): void {
      if (rel(p) !== null) throw erofs(p);
      base.writeFileAtomic(p, data);
    },
    stat(p: string): HostStat | null {
      const r = rel(p);
      if (r === null) {
        if (LIB_ROOT.startsWith(p + "/") || p === "/tspy") {
          return base.stat(p) ?? { isFile: false, isDir: true, size: 0, mtimeMs: BUNDLE_MTIME_MS, mode: 0o40555 };
        }
        return base.stat(p);
      }
      if (tree().has(r)) return { isFile: false, isDir: true, size: 0, mtimeMs: BUNDLE_MTIME_MS, mode: 0o40555 };
      if (!isFile(r)) return null;
      const b = lib.read(r);
      if (b === null) return null;
      return { isFile: true, isDir: false, size: b.length, mtimeMs: BUNDLE_MTIME_MS, mode: 0o100444 };
    },
    listdir(p: string): string[] {
      const r = rel(p);
      if (r === null) return base.listdir(p);
      const d = tree().get(r);
      if (d === undefined) throw isFile(r) ? new HostError("ENOTDIR", p, `ENOTDIR: not a directory, '${p}'`) : enoent(p);
      return [...d];
    },
    mkdir(p: string): void {
      if (rel(p) !== null) throw erofs(p);
      base.mkdir(p);
    },
  });
  return overlay;
}
