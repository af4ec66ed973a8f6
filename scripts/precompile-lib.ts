/**
 * Builds the library image at build time (called by scripts/build.mjs): every lib/**\/*.py is
 * stored with the .pyc tspy's own parser and compiler make of it exactly as an import compiles it
 * (filename /tspy/lib/REL, optimize 0; a timestamp .pyc with mtime BUNDLE_MTIME_MS and the
 * source's size) in dist/tspy-lib.img (format: src/host/libbundle.ts). A file that does not
 * compile is stored without a .pyc (the import then raises the error, as python3 would).
 * usage: npx tsx scripts/precompile-lib.ts [out]   (default dist/tspy-lib.img)
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, renameSync } from "node:fs";
import { join, relative, sep, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../src/parser/parse.ts";
import { compileAST } from "../src/compiler/index.ts";
import { writePyc } from "../src/bytecode/pyc.ts";
import { LIB_ROOT, BUNDLE_MTIME_MS, encodeLibImage, type LibEntry } from "../src/host/libbundle.ts";

export function precompileLib(root: string, out: string): { compiled: number; failed: string[] } {
  const entries = new Map<string, LibEntry>();
  const failed: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== "__pycache__") walk(p);
      } else if (name.endsWith(".py")) {
        const rel = relative(join(root, "lib"), p).split(sep).join("/");
        const source = new Uint8Array(readFileSync(p));
        const filename = LIB_ROOT + "/" + rel;
        try {
          const code = compileAST(parse(source, { filename }), { filename, optimize: 0 });
          const pyc = writePyc(code, { kind: "timestamp", mtime: Math.trunc(BUNDLE_MTIME_MS / 1000), sourceSize: source.length });
          entries.set(rel, { source, pyc });
        } catch {
          entries.set(rel, { source, pyc: null });
          failed.push(rel);
        }
      }
    }
  };
  walk(join(root, "lib"));
  mkdirSync(dirname(out), { recursive: true });
  // written whole or not at all: a reader never sees half an image
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, encodeLibImage(entries));
  renameSync(tmp, out);
  return { compiled: entries.size - failed.length, failed };
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] !== undefined && (process.argv[1] === self || process.argv[1].endsWith("precompile-lib.ts"))) {
  const root = join(dirname(self), "..");
  const r = precompileLib(root, process.argv[2] ?? join(root, "dist", "tspy-lib.img"));
  console.log(`precompiled ${r.compiled} library modules${r.failed.length ? `; not compiled: ${r.failed.join(", ")}` : ""}`);
}
