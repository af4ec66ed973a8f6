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
 *   "TSPYIMG1" | u32 count | count x (u32 nameLen | name (utf-8, source path relative to the
 *   library) | u32 sourceLen | source bytes | u32 pycLen | pyc bytes (pycLen 0: not precompiled));
 *   integers little-endian. Entries are decoded as views into the image: no copy.
 */
const IMAGE_MAGIC = "TSPYIMG1";

export function encodeLibImage(entries: Map<string, LibEntry>): Uint8Array {
  const parts: Uint8Array[] = [];
  const u32 = (n: number) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n >>> 0, true);
    parts.push(b);
  };
  parts.push(utf8Encode(IMAGE_MAGIC));
  u32(entries.size);
  for (const [name, e] of entries) {
    const nb = utf8Encode(name);
    u32(nb.length);
    parts.push(nb);
    u32(e.source.length);
    parts.push(e.source);
    const pyc = e.pyc ?? new Uint8Array(0);
    u32(pyc.length);
    parts.push(pyc);
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

/** The entries of an image; null when it is not one (wrong magic, truncated). */
export function decodeLibImage(image: Uint8Array): Map<string, LibEntry> | null {
  const out = new Map<string, LibEntry>();
  if (image.length < 12) return null;
  for (let i = 0; i < IMAGE_MAGIC.length; i++) if (image[i] !== IMAGE_MAGIC.charCodeAt(i)) return null;
  const dv = new DataView(image.buffer, image.byteOffset, image.byteLength);
  let pos = 8;
  const count = dv.getUint32(pos, true);
  pos += 4;
  const take = (): Uint8Array | null => {
    if (pos + 4 > image.length) return null;
    const len = dv.getUint32(pos, true);
    pos += 4;
    if (pos + len > image.length) return null;
    const b = image.subarray(pos, pos + len);
    pos += len;
    return b;
  };
  for (let k = 0; k < count; k++) {
    const name = take();
    const source = take();
    const pyc = take();
    if (name === null || source === null || pyc === null) return null;
    out.set(utf8Decode(name, 0, name.length), { source, pyc: pyc.length === 0 ? null : pyc });
  }
  return out;
}

/** A LibSource over a decoded image: each source, and its .pyc at the source's __pycache__ path. */
export function imageSource(entries: Map<string, LibEntry>): LibSource {
  const files = new Map<string, Uint8Array>();
  for (const [name, e] of entries) {
    files.set(name, e.source);
    if (e.pyc !== null) files.set(libPycPath(name), e.pyc);
  }
  return {
    read: (rel) => files.get(rel) ?? null,
    files: () => [...files.keys()],
  };
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
