// Builds the tspy command-line bundle (dist/tspy.js) with esbuild.
// Runs by itself on `npm install` (the "prepare" script), so `npx tspy` works on a fresh clone.
import { build } from "esbuild";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { readFileSync, writeFileSync, rmSync } from "node:fs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// The library image (dist/tspy-lib.img): scripts/precompile-lib.ts, bundled and run here, stores
// every lib/ .py with the .pyc tspy's compiler makes of it; cli/run.ts serves it at /tspy/lib.
await build({
  entryPoints: [join(root, "scripts/precompile-lib.ts")],
  outfile: join(root, ".cache/precompile-lib.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
{
  const { precompileLib } = await import(pathToFileURL(join(root, ".cache/precompile-lib.mjs")).href + "?t=" + Date.now());
  const r = precompileLib(root, join(root, "dist/tspy-lib.img"));
  if (r.failed.length > 0) console.warn(`precompile-lib: not compiled (compiled on import instead): ${r.failed.join(", ")}`);
}
await build({
  entryPoints: [join(root, "cli/tspy.ts")],
  outfile: join(root, "dist/tspy.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
// The same program as a CommonJS script: bin/tspy.js compiles it with a V8 code cache
// (dist/tspy.cjs.cache, or ~/.cache/tspy), which saves most of the parse/compile time at start-up.
// import.meta.url is the ESM bundle's URL, set by the launcher.
await build({
  entryPoints: [join(root, "cli/tspy.ts")],
  outfile: join(root, "dist/tspy.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "error",
  define: { "import.meta.url": "globalThis.__tspyBundleUrl" },
});
// bin/tspy.js reads the bundle as latin-1 when it is pure ASCII (about 15 times faster than UTF-8
// decoding at start-up): esbuild escapes non-ASCII text in strings but leaves it in comments, so
// any non-ASCII character left is written as a \u escape (valid in comments, strings, regular
// expressions and identifiers alike).
// The file is written already wrapped in the CommonJS function bin/tspy.js compiles: the launcher
// then hands V8 the string it read, not a concatenation V8 would copy (flatten) before compiling.
{
  const cjs = join(root, "dist/tspy.cjs");
  const text = readFileSync(cjs, "utf8");
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  writeFileSync(cjs, "(function (exports, require, module, __filename, __dirname) {" + ascii + "\n})");
}
// the precompiled library's former file (before the library image)
rmSync(join(root, "dist/tspy-lib.pyc"), { force: true });
