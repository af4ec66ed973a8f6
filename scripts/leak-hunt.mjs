// Leak hunt: runs every tests/programs/*.py N times in ONE tspy process (scripts/leak_hunt.py,
// with -X showrefcount) and checks that after the warm-up runs the live tracked objects and the
// reference total come back to the same values run after run.
// Usage: node scripts/leak-hunt.mjs [-n RUNS] [-v] [filter...]   (needs a build)
// Prints per program "stable" or the growth per run, then "N/M programs stable".
// TSPY_BIN: another build of the CLI (default bin/tspy.js). test/memory/leaks.test.ts imports huntLeaks.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const progdir = join(root, "tests/programs");

/**
 * Run the named corpus programs `runs` times each; returns per program
 * { name, tracked: [...], refs: [...], error, stable, dt, dr } (dt/dr: growth over the last run).
 */
export function huntLeaks(names, runs, tspyBin = process.env.TSPY_BIN || join(root, "bin/tspy.js")) {
  const results = [];
  // a few programs per process: a crash or hang loses little
  const BATCH = 8;
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH);
    const r = spawnSync(process.execPath, ["--stack-size=4000", tspyBin, "-X", "showrefcount",
      join(root, "scripts/leak_hunt.py"), String(runs), ...batch.map((n) => join(progdir, n))],
    { encoding: "utf8", maxBuffer: 1 << 28, timeout: 600000, cwd: progdir, env: { ...process.env, PYTHONHASHSEED: "0" } });
    const seen = new Set();
    for (const line of (r.stdout || "").split("\n")) {
      if (!line.startsWith("{")) continue;
      try {
        const o = JSON.parse(line);
        if (!batch.includes(o.name)) continue;
        results.push(o);
        seen.add(o.name);
      } catch {
        // a program's own output that looks like JSON: ignore
      }
    }
    for (const n of batch) if (!seen.has(n)) results.push({ name: n, error: `driver died (status ${r.status})`, tracked: [], refs: [] });
  }
  for (const o of results) {
    const t = o.tracked ?? [], rf = o.refs ?? [];
    o.measured = t.length >= 2;
    if (!o.measured) continue;
    o.dt = t[t.length - 1] - t[t.length - 2];
    o.dr = rf[rf.length - 1] - rf[rf.length - 2];
    o.stable = o.dt === 0 && o.dr === 0;
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  let runs = 4;
  const ni = args.indexOf("-n");
  if (ni >= 0) {
    runs = Number(args[ni + 1]);
    args.splice(ni, 2);
  }
  const verbose = args.includes("-v");
  const filters = args.filter((a) => a !== "-v");
  // programs whose behaviour depends on running as a real process (exit statuses, uncaught
  // errors, recursion limits) still run; their numbers are reported like the others
  let names = readdirSync(progdir).filter((n) => n.endsWith(".py")).sort();
  if (filters.length) names = names.filter((n) => filters.some((f) => n.includes(f)));
  const results = huntLeaks(names, runs);
  let stable = 0, checked = 0;
  for (const o of results) {
    if (!o.measured) {
      console.log(`${o.name.padEnd(34)} not measured: ${o.error}`);
      continue;
    }
    checked++;
    if (o.stable) stable++;
    const note = o.error ? ` (raised ${o.error})` : "";
    if (!o.stable || verbose) {
      console.log(`${o.name.padEnd(34)} ${o.stable ? "stable" : `grows: +${o.dt} tracked, +${o.dr} refs per run`}${note}` +
        (verbose ? `  tracked ${o.tracked.join(" ")} refs ${o.refs.join(" ")}` : ""));
    }
  }
  console.log(`${stable}/${checked} programs stable over ${runs} runs (${results.length - checked} not measured)`);
}
