/**
 * Differential test of the compiler: for each Python file, python3's compile() (through
 * scripts/py-code-dump.py) against tspy's compiler fed with python3's ast.parse (through
 * scripts/py-ast-json.py, until tspy's parser is used). Compares every code object field,
 * recursively, and reports the first difference per file.
 *
 * Usage: npx tsx scripts/compare-code.ts [--stdlib] [-O|-OO] [--limit N] [--verbose] [--tspy-parser] [FILE...]
 *   --stdlib        all .py files of python3's stdlib (site-packages excluded)
 *   --tspy-parser   parse with tspy's own parser (src/parser) instead of python3's ast.parse
 * Prints "N/M identical" and exits 1 when any file differs.
 */
import { spawn } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { readFileSync } from "node:fs";
import { compareFile, compareSource, type Json } from "../test/support/compare.ts";
import { stdlibFiles } from "../test/support/stdlib.ts";
export { stdlibFiles };

const here = dirname(fileURLToPath(import.meta.url));

/** Run a --serve oracle over the files, yielding one parsed line per file, in order. */
async function* oracle(script: string, args: string[], files: string[]): AsyncGenerator<Json> {
  const p = spawn("python3", [join(here, script), ...args, "--serve"], { stdio: ["pipe", "pipe", "inherit"] });
  p.stdin.write(files.join("\n") + "\n");
  p.stdin.end();
  const rl = createInterface({ input: p.stdout, crlfDelay: Infinity });
  for await (const line of rl) yield JSON.parse(line) as Json;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let files: string[] = [];
  let opt: string[] = [];
  let limit = Infinity;
  let verbose = false;
  let ownParser = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--stdlib") files.push(...stdlibFiles());
    else if (a === "-O" || a === "-OO") opt = [a];
    else if (a === "--limit") limit = Number(argv[++i]);
    else if (a === "--verbose") verbose = true;
    else if (a === "--tspy-parser") ownParser = true;
    else files.push(a);
  }
  files = files.slice(0, limit);
  const optimize = opt[0] === "-O" ? 1 : opt[0] === "-OO" ? 2 : 0;
  const codes = oracle("py-code-dump.py", opt, files);
  const asts = ownParser ? (async function* () { for (const f of files) yield { file: f } as Json; })() : oracle("py-ast-json.py", [], files);
  let same = 0, n = 0;
  const causes = new Map<string, number>();
  const t0 = Date.now();
  const timing = { build: 0, compile: 0 };
  for await (const a of asts) {
    const c = (await codes.next()).value as Json;
    n++;
    let r: string | null;
    if (ownParser) {
      const f = (a as { file: string }).file;
      const t1 = performance.now();
      r = compareSource(f, readFileSync(f), c, optimize);
      timing.compile += performance.now() - t1;
    } else {
      r = compareFile(a, c, optimize, timing);
    }
    if (r === null) same++;
    else {
      const key = r.split(":")[0]!;
      causes.set(key, (causes.get(key) ?? 0) + 1);
      if (verbose || files.length <= 20) console.log(`DIFF ${(a as { file: string }).file}: ${r}`);
    }
  }
  const top = [...causes.entries()].sort((x, y) => y[1] - x[1]).slice(0, 30);
  for (const [k, v] of top) console.log(`  ${v}  ${k}`);
  console.log(`${same}/${n} identical (tspy compile ${(timing.compile / 1000).toFixed(1)}s, AST loading ${(timing.build / 1000).toFixed(1)}s, total ${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  process.exit(same === n ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
