// Builds the tspy command-line bundle (dist/tspy.js) with esbuild.
// Runs by itself on `npm install` (the "prepare" script), so `npx tspy` works on a fresh clone.
import { build } from "esbuild";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, relative, sep } from "node:path";
import { readdirSync, readFileSync, statSync } from "node:fs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// The bundled library: cli/lib_bundle.ts becomes the table of lib/**/*.py (path -> source), served
// at /tspy/lib by src/host/libbundle.ts, so the bundle needs no file system for its library.
const libBundle = {
  name: "tspy-lib-bundle",
  setup(b) {
    b.onLoad({ filter: /[\\/]cli[\\/]lib_bundle\.ts$/ }, () => {
      const table = {};
      const walk = (dir) => {
        for (const name of readdirSync(dir).sort()) {
          const p = join(dir, name);
          if (statSync(p).isDirectory()) {
            if (name !== "__pycache__") walk(p);
          } else if (name.endsWith(".py")) {
            table[relative(join(root, "lib"), p).split(sep).join("/")] = readFileSync(p, "utf8");
          }
        }
      };
      walk(join(root, "lib"));
      return { contents: `export const LIB_TABLE = ${JSON.stringify(table)};\n`, loader: "js" };
    });
  },
};
// The precompiled library (dist/tspy-lib.pyc): scripts/precompile-lib.ts, bundled and run here,
// compiles every lib/ .py with tspy's compiler; cli/run.ts serves them as the sources' .pyc files.
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
  const r = precompileLib(root, join(root, "dist/tspy-lib.pyc"));
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
  plugins: [libBundle],
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
  plugins: [libBundle],
  define: { "import.meta.url": "globalThis.__tspyBundleUrl" },
});
