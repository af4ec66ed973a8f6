// Builds the tspy command-line bundle (dist/tspy.js) with esbuild.
// Runs by itself on `npm install` (the "prepare" script), so `npx tspy` works on a fresh clone.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
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
