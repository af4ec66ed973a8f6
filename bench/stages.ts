/**
 * Front-end and compiler benchmarks over the whole standard library, in one process.
 * Invoked by bench/frontend.mjs and bench/compile.mjs (bundled with esbuild first).
 *   node stages.js frontend|compile FILELIST
 * Prints JSON: { seconds, bytes, files, failed, peakRssMB }.
 */
import { readFileSync } from "node:fs";
import { parse } from "../src/parser/parse.ts";
import { compileAST } from "../src/compiler/index.ts";
import { dumps } from "../src/bytecode/marshal.ts";

const [stage, listFile] = process.argv.slice(2) as [string, string];
const files = readFileSync(listFile, "utf8").split("\n").filter(Boolean);
const sources = files.map((f) => readFileSync(f));
let peak = process.memoryUsage().rss;
let failed = 0;
let bytes = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < sources.length; i++) {
  const src = sources[i]!;
  bytes += src.length;
  try {
    const tree = parse(src, { filename: files[i] });
    if (stage === "compile") dumps(compileAST(tree, { filename: files[i] }));
  } catch {
    failed++;
  }
  if ((i & 63) === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ seconds, bytes, files: files.length, failed, peakRssMB: peak / 2 ** 20 }));
