// Differential test of the import system: every tests/programs/import_*/ folder is copied to a
// temporary folder and each command line of its `args` file (default `main.py`) runs under
// python3 (the oracle, scripts/import_oracle.py, cached in .cache/import-oracle.json) and under
// tspy, twice (the second run finds the __pycache__ the first one wrote). stdout, stderr and the
// exit status must be identical after normalisation (the folder -> <DIR>, 0x addresses,
// cpython-311 -> tspy-311, the interpreter path before a runpy error).
// Usage: node scripts/run-import-cases.mjs [filter...] [-v]     (prints "N passed, M failed")
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, statSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const progdir = join(root, "tests/programs");
const cacheFile = join(root, ".cache/import-oracle.json");

function caseSha(folder) {
  const h = createHash("sha256");
  const walk = (dir) => {
    const names = readdirSync(dir).sort();
    const files = names.filter((n) => !statSync(join(dir, n)).isDirectory());
    const dirs = names.filter((n) => statSync(join(dir, n)).isDirectory() && n !== "__pycache__");
    for (const f of files) {
      h.update(relative(folder, join(dir, f)));
      h.update(readFileSync(join(dir, f)));
    }
    for (const d of dirs) walk(join(dir, d));
  };
  walk(folder);
  return h.digest("hex");
}

function normalise(text, tmp) {
  return text.split(tmp).join("<DIR>").replace(/0x[0-9a-f]+/g, "0x").replace(/^(tspy|\S*\/bin\/tspy\.js):/gm, "<EXE>:"); // python3 names itself by sys.executable, so does tspy
}

export function runImportCases(filters = [], { verbose = false } = {}) {
  let cases = readdirSync(progdir).filter((n) => n.startsWith("import_") && statSync(join(progdir, n)).isDirectory()).sort();
  if (filters.length) cases = cases.filter((c) => filters.some((f) => c.includes(f)));
  mkdirSync(dirname(cacheFile), { recursive: true });
  const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, "utf8")) : {};
  const stale = cases.filter((c) => !cache[c] || cache[c].sha !== caseSha(join(progdir, c)));
  if (stale.length) {
    const r = spawnSync("python3", [join(root, "scripts/import_oracle.py"), progdir, ...stale], { encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error("oracle failed: " + r.stderr);
    Object.assign(cache, JSON.parse(r.stdout));
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  const tspy = join(root, "bin/tspy.js");
  const env = { ...process.env, PYTHONHASHSEED: "0" };
  delete env.PYTHONPATH;
  delete env.PYTHONDONTWRITEBYTECODE;
  const results = [];
  for (const c of cases) {
    const tmp = mkdtempSync(join(tmpdir(), "tspy-import-"));
    const work = join(tmp, c);
    try {
      cpSync(join(progdir, c), work, { recursive: true, filter: (src) => !src.includes("__pycache__") });
      for (const want of cache[c].runs) {
        for (const pass of ["fresh", "cached"]) {
          const r = spawnSync(process.execPath, ["--stack-size=4000", tspy, ...want.args], { cwd: work, env, encoding: "utf8", timeout: 60000 });
          const got = { stdout: normalise(r.stdout ?? "", work), stderr: normalise(r.stderr ?? "", work), status: r.status };
          const ok = got.stdout === want.stdout && got.stderr === want.stderr && got.status === want.status;
          const name = `${c} [${want.args.join(" ")}] ${pass}`;
          results.push({ name, ok, got, want });
          if (!ok && verbose) {
            console.log(`--- FAIL ${name}`);
            for (const k of ["status", "stdout", "stderr"]) {
              if (got[k] !== want[k]) console.log(`  ${k}: expected\n${String(want[k])}\n  got\n${String(got[k])}`);
            }
          }
        }
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const results = runImportCases(args.filter((a) => !a.startsWith("-")), { verbose: args.includes("-v") });
  const failed = results.filter((r) => !r.ok);
  for (const r of failed) console.log(`FAIL ${r.name}`);
  console.log(`import cases: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}
