/**
 * Precompiles the bundled library at build time (called by scripts/build.mjs): every lib/**\/*.py
 * is compiled by tspy's own parser and compiler exactly as an import compiles it (filename
 * /tspy/lib/REL, optimize 0), written as a timestamp .pyc (mtime BUNDLE_MTIME_MS, the source's
 * size) and stored with the source's hash in dist/tspy-lib.pyc (format: src/host/libbundle.ts).
 * A file that does not compile is left out (the import then raises the error, as before).
 * usage: npx tsx scripts/precompile-lib.ts [out]   (default dist/tspy-lib.pyc)
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { join, relative, sep, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../src/parser/parse.ts";
import { compileAST } from "../src/compiler/index.ts";
import { writePyc } from "../src/bytecode/pyc.ts";
import { LIB_ROOT, BUNDLE_MTIME_MS, encodeLibPycs, libSourceHash, type LibPyc } from "../src/host/libbundle.ts";

export function precompileLib(root: string, out: string): { compiled: number; failed: string[] } {
  const entries = new Map<string, LibPyc>();
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
          entries.set(rel, { sourceHash: libSourceHash(source), sourceSize: source.length, pyc });
        } catch {
          failed.push(rel);
        }
      }
    }
  };
  walk(join(root, "lib"));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, encodeLibPycs(entries));
  return { compiled: entries.size, failed };
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] !== undefined && (process.argv[1] === self || process.argv[1].endsWith("precompile-lib.ts"))) {
  const root = join(dirname(self), "..");
  const r = precompileLib(root, process.argv[2] ?? join(root, "dist", "tspy-lib.pyc"));
  console.log(`precompiled ${r.compiled} library modules${r.failed.length ? `; not compiled: ${r.failed.join(", ")}` : ""}`);
}
