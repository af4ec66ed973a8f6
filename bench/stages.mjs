// Shared driver of bench/frontend.mjs and bench/compile.mjs: bundles bench/stages.ts, lists the
// standard library's .py files, runs tspy's and python3's loops in the same run (best of 3) and
// prints result lines as JSON for bench/run.mjs. With --cpu (bench/run.mjs --cpu passes it on)
// every figure is user+system CPU seconds instead of wall seconds: the loops' own (process CPU
// over the loop), the whole-process rows' through /usr/bin/time.
import { build } from "esbuild";
import { spawnSync, execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, cpSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export async function runStage(stage, cpu = process.argv.includes("--cpu") && existsSync("/usr/bin/time")) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const cache = join(root, ".cache/bench");
  mkdirSync(cache, { recursive: true });
  const out = join(cache, "stages.mjs");
  await build({ entryPoints: [join(root, "bench/stages.ts")], outfile: out, bundle: true, platform: "node", format: "esm", logLevel: "error" });
  const stdlib = execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
  const files = execFileSync("find", [stdlib, "-name", "*.py", "-not", "-path", "*/site-packages/*"], { encoding: "utf8" }).trim().split("\n").sort();
  const list = join(cache, "files.txt");
  writeFileSync(list, files.join("\n") + "\n");
  const bestOf = (cmd, args) => {
    let bestRun = null;
    for (let i = 0; i < 3; i++) {
      const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 24 });
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
      const x = JSON.parse(r.stdout.trim().split("\n").pop());
      if (cpu) x.seconds = x.cpu;
      if (!bestRun || x.seconds < bestRun.seconds) bestRun = x;
    }
    return bestRun;
  };
  const ts = bestOf(process.execPath, ["--max-old-space-size=8192", "--stack-size=8000", out, stage, list]);
  const py = bestOf("python3", [join(root, "bench/stages.py"), stage, list]);
  const mb = ts.bytes / 2 ** 20;
  if (stage === "compile") {
    // The yardstick: python3 -m compileall -f -q on a copy of the same files.
    const copy = join(cache, "stdlib-copy");
    spawnSync("rm", ["-rf", copy]);
    mkdirSync(copy, { recursive: true });
    cpSync(stdlib, copy, { recursive: true, filter: (src) => !/\/(site-packages|__pycache__)(\/|$)/.test(src) });
    // Both sides as whole processes doing the same work: start-up, read and stat each file,
    // compile, write each .pyc (tspy: bench/stages.ts "pyc" into a scratch directory).
    const wall = (cmd, args) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = process.hrtime.bigint();
        const r = cpu
          ? spawnSync("/usr/bin/time", ["-f", "%U %S", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 26 })
          : spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });
        // compileall exits with 1 when some files do not compile (the stdlib has 17 such)
        if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
        let t = Number(process.hrtime.bigint() - t0) / 1e9;
        if (cpu) {
          // /usr/bin/time appends "user sys" as the last line of stderr
          const [u, s] = r.stderr.trimEnd().split("\n").pop().split(" ").map(Number);
          t = u + s;
        }
        best = Math.min(best, t);
      }
      return best;
    };
    const ca = wall("python3", ["-m", "compileall", "-f", "-q", copy]);
    const tp = wall(process.execPath, ["--max-old-space-size=8192", "--stack-size=8000", out, "pyc", list]);
    console.log(JSON.stringify({ name: "stdlib vs compileall -f -q", python: ca, tspy: tp, note: (cpu ? "user+sys CPU seconds; " : "") + "whole processes: python3 -m compileall -f -q on a copy of the files; tspy reads, compiles and writes every .pyc (start-up, reads, stats, writes included on both sides)" }));
  }
  const what = stage === "frontend" ? "tokenize+parse stdlib" : "compile+marshal stdlib";
  console.log(JSON.stringify({
    name: what, python: py.seconds, tspy: ts.seconds,
    note: `${cpu ? "user+sys CPU seconds; " : ""}${ts.files} files, ${mb.toFixed(1)} MB: tspy ${(mb / ts.seconds).toFixed(1)} MB/s, peak RSS ${ts.peakRssMB.toFixed(0)} MB (${ts.failed} rejected); python3 ${(mb / py.seconds).toFixed(1)} MB/s, peak RSS ${py.peakRssMB.toFixed(0)} MB (${py.failed} rejected)`,
  }));
}
