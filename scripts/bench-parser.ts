/**
 * Parser speed over the whole stdlib: tspy's parse() vs python3's ast.parse() (which also builds
 * the Python-level tree), same files, source already in memory.
 *   npx tsx scripts/bench-parser.ts [--no-python]
 */
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { parse } from "../src/parser/parse.ts";
import { stdlibFiles } from "./compare-ast.ts";

const files = stdlibFiles();
const sources = files.map((f) => { const b = readFileSync(f); return new Uint8Array(b.buffer, b.byteOffset, b.length); });
let bytes = 0;
for (const s of sources) bytes += s.length;
function run(): number {
  const t0 = performance.now();
  for (let i = 0; i < sources.length; i++) {
    try { parse(sources[i]!, { filename: files[i]!, typeComments: true }); } catch { /* errors count as parsed */ }
  }
  return performance.now() - t0;
}
run(); // warm-up
const times = [run(), run()];
const best = Math.min(...times);
console.log(`tspy parse: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${(best / 1000).toFixed(2)} s (${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s)`);
if (!process.argv.includes("--no-python")) {
  const py = `
import ast, sys, time
files = sys.stdin.read().split("\\n")
srcs = [open(f, "rb").read() for f in files if f]
def run():
    t0 = time.perf_counter()
    for s in srcs:
        try: ast.parse(s, type_comments=True)
        except Exception: pass
    return time.perf_counter() - t0
run()
print("%.2f" % min(run(), run()))
`;
  const r = spawnSync("python3", ["-c", py], { input: files.join("\n"), encoding: "utf8" });
  console.log(`python3 ast.parse: ${r.stdout.trim()} s`);
}
