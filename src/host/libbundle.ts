/**
 * The bundled library as a read-only folder: a Host overlay that serves LIB_ROOT ("/tspy/lib")
 * from a LibSource (the sources bundled into dist/ by scripts/build.mjs, or, when running from
 * the repository, the lib/ folder read through the real host). Everything else goes to the
 * underlying host. The import system, tracebacks and open() see an ordinary directory tree;
 * writes under LIB_ROOT fail with EROFS (so no __pycache__ is written there).
 *
 * Invariant: every file under LIB_ROOT has the same fixed mtime (BUNDLE_MTIME_MS), so a .pyc
 * bundled next to its source (__pycache__/NAME.tspy-311.pyc, written with that mtime) is fresh.
 */
import { Host, HostError, HostStat } from "./host.ts";
import { utf8Encode } from "../tokenizer/utf8.ts";

export const LIB_ROOT = "/tspy/lib";
export const BUNDLE_MTIME_MS = 1_000_000_000_000;

/** Files of the library by path relative to the library root ("json/decoder.py"). */
export interface LibSource {
  /** The bytes of a file, or null when it does not exist. */
  read(rel: string): Uint8Array | null;
  /** Every file path (relative, '/'-separated). Called once; the tree is derived from it. */
  files(): string[];
}

/** A LibSource over an in-memory table (path -> text or base64 bytes "b64:..."). */
export function tableSource(table: Record<string, string>): LibSource {
  const cache = new Map<string, Uint8Array>();
  return {
    read(rel) {
      const hit = cache.get(rel);
      if (hit !== undefined) return hit;
      const s = table[rel];
      if (s === undefined) return null;
      const b = s.startsWith("b64:") ? base64Decode(s.slice(4)) : utf8Encode(s);
      cache.set(rel, b);
      return b;
    },
    files: () => Object.keys(table),
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
