// Differential test of the VM: every tests/programs/*.py runs under python3 (the oracle, cached in
// .cache/differential/) and under tspy; stdout, stderr and exit status must be identical.
// Two modes: "pyc" runs the .pyc python3 compiled (the VM alone), "source" runs tspy FILE.py
// (tspy's own parser and compiler too).
// Usage: node scripts/run-differential.mjs [filter...] [--verbose] [--source]
//        (prints "N passed, M failed")
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { constants as osConstants } from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const progdir = join(root, "tests/programs");
const cachedir = join(root, ".cache/differential");

export async function runDifferential(filters = [], { verbose = false, jobs = 2, mode = "pyc", env = {}, every = 1 } = {}) {
  mkdirSync(cachedir, { recursive: true });
  let names = readdirSync(progdir).filter((n) => n.endsWith(".py")).sort();
  if (filters.length) names = names.filter((n) => filters.some((f) => n.includes(f)));
  // every > 1: a fixed sample (each every-th program in name order)
  if (every > 1) names = names.filter((_, i) => i % every === 0);
  const cacheFile = join(cachedir, "oracle.json");
  const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, "utf8")) : {};
  // a program's standard input is NAME.stdin when that file exists, else empty
  const stdinOf = (n) => {
    const p = join(progdir, n.slice(0, -3) + ".stdin");
    return existsSync(p) ? readFileSync(p) : Buffer.alloc(0);
  };
  // python3's output depends on the PYTHON* environment too (PYTHONUNBUFFERED changes how a
  // program's output interleaves with its children's): it is part of the cache key
  const pyEnv = Object.entries(process.env).filter(([k]) => k.startsWith("PYTHON")).sort().map(([k, v]) => `${k}=${v}`).join("\n");
  const sha = (n) => createHash("sha256").update(readFileSync(join(progdir, n))).update(stdinOf(n)).update(pyEnv).digest("hex");
  const stale = names.filter((n) => !cache[n] || cache[n].sha !== sha(n) || !cache[n].py || !existsSync(join(cachedir, n.slice(0, -3) + ".pyc")));
  if (stale.length) {
    const r = spawnSync("python3", [join(root, "scripts/differential_oracle.py"), progdir, cachedir, ...stale], {
      encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, PYTHONHASHSEED: "0" },
    });
    if (r.status !== 0) throw new Error("oracle failed: " + r.stderr);
    Object.assign(cache, JSON.parse(r.stdout));
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  const tspy = join(root, "bin/tspy.js");
  const results = [];
  let next = 0;
  async function worker() {
    while (next < names.length) {
      const name = names[next++];
      const target = mode === "source" ? name : join(cachedir, name.slice(0, -3) + ".pyc");
      const got = await new Promise((resolve) => {
        const p = spawn(process.execPath, ["--stack-size=4000", tspy, target], { cwd: progdir, env: { ...process.env, PYTHONHASHSEED: "0", ...env } });
        let out = "", err = "";
        p.stdout.on("data", (d) => (out += d));
        p.stderr.on("data", (d) => (err += d));
        p.stdin.on("error", () => {});
        p.stdin.end(stdinOf(name));
        const timer = setTimeout(() => p.kill("SIGKILL"), 60000);
        p.on("close", (code, signal) => {
          clearTimeout(timer);
          // killed by a signal: python3's subprocess returncode convention (-signum)
          const status = code ?? (signal ? -(osConstants.signals[signal] ?? 0) : null);
          resolve({ stdout: out, stderr: err, status });
        });
      });
      const want = cache[name][mode === "source" ? "py" : "pyc"];
      const ok = got.stdout === want.stdout && got.stderr === want.stderr && got.status === want.status;
      results.push({ name, ok, got, want });
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker));
  results.sort((a, b) => a.name.localeCompare(b.name));
  if (verbose) {
    for (const r of results) {
      if (r.ok) continue;
      console.log(`--- FAIL ${r.name}`);
      for (const k of ["status", "stdout", "stderr"]) {
        if (r.got[k] === r.want[k]) continue;
        console.log(`  ${k}: expected\n${indent(String(r.want[k]))}\n  got\n${indent(String(r.got[k]))}`);
      }
    }
  }
  return results;
}
function indent(s) {
  return s.split("\n").slice(0, 40).map((l) => "    | " + l).join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose") || args.includes("-v");
  const mode = args.includes("--source") ? "source" : "pyc";
  const results = await runDifferential(args.filter((a) => !a.startsWith("-")), { verbose, mode });
  const failed = results.filter((r) => !r.ok);
  for (const r of failed) console.log(`FAIL ${r.name}`);
  console.log(`${mode}: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}
