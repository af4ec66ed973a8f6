/**
 * Front-end and compiler benchmarks over the whole standard library, in one process.
 * Invoked by bench/frontend.mjs and bench/compile.mjs (bundled with esbuild first).
 *   node stages.js frontend|compile|pyc FILELIST
 *   frontend  parse every file (sources read before the clock starts)
 *   compile   parse + compile + marshal.dumps every file (sources read before the clock)
 *   pyc       what `python -m compileall -f` does per file, all inside the clock: read the
 *             source, stat it, compile, write the .pyc (header + marshal data) to a scratch
 *             directory; the fair partner of python3 -m compileall
 * Prints JSON: { seconds, cpu, bytes, files, failed, peakRssMB } (seconds: wall time of the loop;
 * cpu: the process's user+system CPU seconds over the loop, GC threads included).
 */
import { readFileSync, writeFileSync, statSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "../src/parser/parse.ts";
import { compileAST } from "../src/compiler/index.ts";
import { dumps } from "../src/bytecode/marshal.ts";
import { writePyc } from "../src/bytecode/pyc.ts";

const [stage, listFile] = process.argv.slice(2) as [string, string];
const files = readFileSync(listFile, "utf8").split("\n").filter(Boolean);
const sources = stage === "pyc" ? [] : files.map((f) => readFileSync(f));
const outDir = stage === "pyc" ? mkdtempSync(join(tmpdir(), "tspy-bench-pyc-")) : "";
let peak = process.memoryUsage().rss;
let failed = 0;
let bytes = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (let i = 0; i < files.length; i++) {
  try {
    if (stage === "pyc") {
      const src = readFileSync(files[i]!);
      const st = statSync(files[i]!);
      bytes += src.length;
      const code = compileAST(parse(src, { filename: files[i] }), { filename: files[i] });
      writeFileSync(join(outDir, i + ".pyc"), writePyc(code, { kind: "timestamp", mtime: st.mtimeMs / 1000, sourceSize: st.size }));
    } else {
      const src = sources[i]!;
      bytes += src.length;
      const tree = parse(src, { filename: files[i] });
      if (stage === "compile") dumps(compileAST(tree, { filename: files[i] }));
    }
  } catch {
    failed++;
  }
  if ((i & 63) === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cu = process.cpuUsage(c0);
const cpu = (cu.user + cu.system) / 1e6;
peak = Math.max(peak, process.memoryUsage().rss);
if (outDir) rmSync(outDir, { recursive: true, force: true });
console.log(JSON.stringify({ seconds, cpu, bytes, files: files.length, failed, peakRssMB: peak / 2 ** 20 }));
