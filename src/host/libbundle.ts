/**
 * The bundled library as a read-only folder: a Host overlay that serves LIB_ROOT ("/tspy/lib")
 * from a LibSource (the library image built into dist/ by scripts/build.mjs, or, when running from
 * the repository, the lib/ folder read through the real host). Everything else goes to the
 * underlying host. The import system, tracebacks and open() see an ordinary directory tree;
 * writes under LIB_ROOT fail with EROFS (so no __pycache__ is written there).
 *
 * Invariant: every file under LIB_ROOT has the same fixed mtime (BUNDLE_MTIME_MS), so a .pyc
 * served next to its source (__pycache__/NAME.tspy-311.pyc, written with that mtime) is fresh.
 * The build writes the library image (scripts/precompile-lib.ts -> dist/tspy-lib.img): every
 * source together with the .pyc compiled from exactly that source, in one file, so the two cannot
 * drift apart and nothing is hashed or decoded at start-up.
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
  /** A file's size without reading it (when the source knows it), or null when it does not exist. */
  size?(rel: string): number | null;
}

/** One module of the library image: its source and the timestamp .pyc compiled from it (or null). */
export interface LibEntry {
  source: Uint8Array;
  pyc: Uint8Array | null;
}

/** "json/decoder.py" -> "json/__pycache__/decoder.tspy-311.pyc" (importlib's cache_from_source). */
export function libPycPath(src: string): string {
  const slash = src.lastIndexOf("/");
  const dir = slash < 0 ? "" : src.slice(0, slash + 1);
  const base = src.slice(slash + 1, src.length - 3);
  return dir + "__pycache__/" + base + "." + CACHE_TAG + ".pyc";
}

/*
 * The library image (dist/tspy-lib.img, written by scripts/precompile-lib.ts):
 *   "TSPYIMG2" | u32 count | u32 indexBytes | index | data
 *   index: count x (u32 nameLen | name (utf-8, source path relative to the library) |
 *                   u32 sourceOffset | u32 sourceLength | u32 pycOffset | u32 pycLength)
 *   offsets are from the start of the file; pycLength 0: not precompiled; integers little-endian.
 * The index comes first so a reader needs two small reads to know every file, and reads a
 * module's bytes only when it is imported (start-up reads no module at all).
 */
const IMAGE_MAGIC = "TSPYIMG2";

export function encodeLibImage(entries: Map<string, LibEntry>): Uint8Array {
  const names = [...entries.keys()].map((n) => utf8Encode(n));
  let indexBytes = 0;
  for (const nb of names) indexBytes += 4 + nb.length + 16;
  let dataSize = 0;
  for (const e of entries.values()) dataSize += e.source.length + (e.pyc?.length ?? 0);
  const headerSize = 16 + indexBytes;
  const out = new Uint8Array(headerSize + dataSize);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) out[i] = IMAGE_MAGIC.charCodeAt(i);
  dv.setUint32(8, entries.size, true);
  dv.setUint32(12, indexBytes, true);
  let ip = 16, dp = headerSize, k = 0;
  for (const e of entries.values()) {
    const nb = names[k++]!;
    dv.setUint32(ip, nb.length, true);
    out.set(nb, ip + 4);
    ip += 4 + nb.length;
    const pyc = e.pyc ?? new Uint8Array(0);
    dv.setUint32(ip, dp, true);
    dv.setUint32(ip + 4, e.source.length, true);
    out.set(e.source, dp);
    dp += e.source.length;
    dv.setUint32(ip + 8, dp, true);
    dv.setUint32(ip + 12, pyc.length, true);
    out.set(pyc, dp);
    dp += pyc.length;
    ip += 16;
  }
  return out;
}

/** Where one module's bytes are in an image. */
interface ImageSpan {
  sourceOffset: number;
  sourceLength: number;
  pycOffset: number;
  pycLength: number;
}

/** An opened image: its index, and its bytes read on demand. */
export interface LibImage {
  readonly spans: Map<string, ImageSpan>;
  /** `length` bytes at `offset` (within the image: the index was checked against its size). */
  readAt(offset: number, length: number): Uint8Array;
}

/**
 * Open an image of `size` bytes through `readAt` (positional reads); null when it is not one
 * (wrong magic, truncated, an entry outside the file). Only the header and the index are read.
 */
export function openLibImage(readAt: (offset: number, length: number) => Uint8Array, size: number): LibImage | null {
  if (size < 16) return null;
  const head = readAt(0, 16);
  if (head.length < 16) return null;
  for (let i = 0; i < 8; i++) if (head[i] !== IMAGE_MAGIC.charCodeAt(i)) return null;
  const hv = new DataView(head.buffer, head.byteOffset, 16);
  const count = hv.getUint32(8, true);
  const indexBytes = hv.getUint32(12, true);
  if (16 + indexBytes > size) return null;
  const index = readAt(16, indexBytes);
  if (index.length < indexBytes) return null;
  const dv = new DataView(index.buffer, index.byteOffset, index.byteLength);
  const spans = new Map<string, ImageSpan>();
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 4 > indexBytes) return null;
    const nameLen = dv.getUint32(p, true);
    if (p + 4 + nameLen + 16 > indexBytes) return null;
    const name = utf8Decode(index, p + 4, p + 4 + nameLen);
    p += 4 + nameLen;
    const span = {
      sourceOffset: dv.getUint32(p, true), sourceLength: dv.getUint32(p + 4, true),
      pycOffset: dv.getUint32(p + 8, true), pycLength: dv.getUint32(p + 12, true),
    };
    p += 16;
    if (span.sourceOffset + span.sourceLength > size || span.pycOffset + span.pycLength > size) return null;
    spans.set(name, span);
  }
  return { spans, readAt };
}

/** The entries of a whole image in memory (views into it, no copy); null when it is not one. */
export function decodeLibImage(image: Uint8Array): Map<string, LibEntry> | null {
  const opened = openLibImage((off, len) => image.subarray(off, off + len), image.length);
  if (opened === null) return null;
  const out = new Map<string, LibEntry>();
  for (const [name, sp] of opened.spans) {
    out.set(name, {
      source: image.subarray(sp.sourceOffset, sp.sourceOffset + sp.sourceLength),
      pyc: sp.pycLength === 0 ? null : image.subarray(sp.pycOffset, sp.pycOffset + sp.pycLength),
    });
  }
  return out;
}

/**
 * A LibSource over an image: each source, and its .pyc at the source's __pycache__ path, read
 * from the image the first time it is asked for (then kept).
 */
export function imageSource(image: LibImage): LibSource {
  const where = new Map<string, [number, number]>();
  for (const [name, sp] of image.spans) {
    where.set(name, [sp.sourceOffset, sp.sourceLength]);
    if (sp.pycLength !== 0) where.set(libPycPath(name), [sp.pycOffset, sp.pycLength]);
  }
  const cache = new Map<string, Uint8Array>();
  return {
    read(rel) {
      const hit = cache.get(rel);
      if (hit !== undefined) return hit;
      const w = where.get(rel);
      if (w === undefined) return null;
      const b = image.readAt(w[0], w[1]);
      if (b.length !== w[1]) return null;
      cache.set(rel, b);
      return b;
    },
    files: () => [...where.keys()],
    size: (rel) => where.get(rel)?.[1] ?? null,
  };
}

/** An image held whole in memory as a LibImage (tests; a browser that fetched the file). */
export function memoryLibImage(image: Uint8Array): LibImage | null {
  return openLibImage((off, len) => image.subarray(off, off + len), image.length);
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
      const size = lib.size !== undefined ? lib.size(r) : lib.read(r)?.length ?? null;
      if (size === null) return null;
      return { isFile: true, isDir: false, size, mtimeMs: BUNDLE_MTIME_MS, mode: 0o100444 };
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
