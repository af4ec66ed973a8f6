/**
 * Time tspy's parser + compiler over python3's stdlib (source bytes -> code objects, in memory).
 * For realistic numbers run it bundled: npx esbuild scripts/bench-compile.ts --bundle
 * --platform=node --format=esm --outfile=/tmp/bench-compile.mjs && node /tmp/bench-compile.mjs
 * (under tsx every cross-module access goes through a getter). Compare with
 * `PYTHONPYCACHEPREFIX=$(mktemp -d) python3 -m compileall -q -f <stdlib>`.
 */
import { readFileSync } from "node:fs";
import { compileSource } from "../src/compiler/index.ts";
import { stdlibFiles } from "../test/support/stdlib.ts";

const files = stdlibFiles();
const srcs = files.map((f) => readFileSync(f));
for (let rep = 0; rep < 2; rep++) {
  const t0 = performance.now();
  let errors = 0;
  for (let i = 0; i < files.length; i++) {
    try {
      compileSource(srcs[i]!, { filename: files[i]! });
    } catch {
      errors++;
    }
  }
  console.log(`pass ${rep + 1}: ${files.length} files in ${((performance.now() - t0) / 1000).toFixed(1)}s (${errors} errors)`);
}
