// Runs the lib differential cases (test/lib/cases/*.py) on tspy itself and compares each
// statement's transcript with CPython's. Usage: node scripts/lib_vm_check.mjs [module...]
// Prints, per module, "N/M identical" (statements), and with -v the first differences.
// Needs a build (node scripts/build.mjs) and python3 (for the expected transcripts).
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const verbose = args.includes("-v");
let names = args.filter((a) => a !== "-v");
if (names.length === 0) {
  names = readdirSync(join(root, "test/lib/cases")).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();
}
const dir = mkdtempSync(join(tmpdir(), "libvm-"));
let total = 0, same = 0;
for (const name of names) {
  const exp = spawnSync("python3", [join(root, "test/lib/harness.py"), "--export", name], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (exp.status !== 0) { console.log(`${name}: export failed\n${exp.stderr}`); continue; }
  const exported = JSON.parse(exp.stdout);
  const script = spawnSync("python3", [join(root, "test/lib/harness.py"), "--export-script", name], { encoding: "utf8", maxBuffer: 1 << 28 });
  const file = join(dir, `run_lib_cases_${name}.py`);
  writeFileSync(file, script.stdout);
  const run = spawnSync(process.execPath, [join(root, "bin/tspy.js"), file], { encoding: "utf8", maxBuffer: 1 << 28, timeout: 300000 });
  let got = null;
  try { got = JSON.parse(run.stdout)[0]; } catch { got = null; }
  let n = 0, ok = 0;
  const diffs = [];
  exported[0].cases.forEach((c, ci) => {
    c.expected.forEach((e, si) => {
      n++;
      const g = got && got[ci] ? got[ci][si] : undefined;
      if (g === e) ok++;
      else if (diffs.length < 5) diffs.push(`  [${c.title}] ${c.stmts[si] ? c.stmts[si].src.slice(0, 80) : "?"}\n    cpython: ${String(e).slice(0, 200)}\n    tspy:    ${String(g ?? (run.stderr || "").split("\n").slice(-3).join(" | ")).slice(0, 200)}`);
    });
  });
  total += n; same += ok;
  console.log(`${name}: ${ok}/${n} identical`);
  if (verbose && diffs.length) console.log(diffs.join("\n"));
}
console.log(`total: ${same}/${total} identical`);
