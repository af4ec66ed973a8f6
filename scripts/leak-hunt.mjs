// Leak hunt, after CPython's `regrtest -R WARMUPS:RUNS`: runs every tests/programs/*.py
// WARMUPS + RUNS times in ONE tspy process (scripts/leak_hunt.py, with -X showrefcount). The
// warm-up runs fill the caches a first run fills (imports, interned names, bounded caches); after
// each measured run the live tracked objects and the reference total must be back to the values
// of the run before.
// Usage: node scripts/leak-hunt.mjs [-w WARMUPS] [-n RUNS] [--cpython] [-v] [filter...]
//   (defaults -w 2 -n 3; needs a build). Prints per program "stable" or its deltas per measured
//   run, then "N/M programs stable". --cpython runs the same driver under python3 for the programs
//   that grow: when CPython's tracked objects grow in every measured run too, the program keeps
//   the objects itself (a registry, atexit, the main context's variables) and the line says so.
// TSPY_BIN: another build of the CLI (default bin/tspy.js). test/memory/leaks.test.ts imports huntLeaks.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const progdir = join(root, "tests/programs");

/**
 * Programs that cannot run under the driver, each with its cause (they are reported as not
 * measured, never as stable).
 */
export const CANNOT_RUN = {
  "thread_preempt.py": "hangs inside exec(): a busy thread is not preempted while the main thread runs nested in exec() (thread switching, not memory)",
  "pdb_main.py": "pdb.main() runs its target as __main__ (clearing and refilling the __main__ module's dict): that is the driver's own namespace (as under CPython)",
};

/** Run `args` (program paths) in one driver process; returns the JSON lines by name. */
function runDriver(bin, argv0, runs, paths, timeout) {
  const r = spawnSync(bin, [...argv0, join(root, "scripts/leak_hunt.py"), String(runs), ...paths],
    { encoding: "utf8", maxBuffer: 1 << 28, timeout, cwd: progdir, env: { ...process.env, PYTHONHASHSEED: "0" } });
  const out = new Map();
  for (const line of (r.stdout || "").split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const o = JSON.parse(line);
      if (typeof o.name === "string" && !out.has(o.name)) out.set(o.name, o);
    } catch {
      // a program's own output that looks like JSON: ignore
    }
  }
  return { out, status: r.status, signal: r.signal };
}

/** Deltas between consecutive runs after the warm-ups. */
function measuredDeltas(values, warmups) {
  const d = [];
  for (let i = Math.max(warmups, 1); i < values.length; i++) d.push(values[i] - values[i - 1]);
  return d;
}

/**
 * Run the named corpus programs warmups + runs times each; returns per program
 * { name, tracked: [...], refs: [...], error, measured, stable, dts, drs, dt, dr } (dts/drs: the
 * deltas of the measured runs; dt/dr: of the last one).
 */
export function huntLeaks(names, runs, tspyBin = process.env.TSPY_BIN || join(root, "bin/tspy.js"), warmups = 1) {
  const results = [];
  const total = warmups + runs;
  // a few programs per process: a crash or hang loses little; after a driver death the rest of the
  // batch runs again in a new process (output is in order: the first missing program is the one)
  const BATCH = 8;
  for (let i = 0; i < names.length; i += BATCH) {
    let batch = names.slice(i, i + BATCH).filter((n) => {
      if (CANNOT_RUN[n] === undefined) return true;
      results.push({ name: n, error: `cannot run under the driver: ${CANNOT_RUN[n]}`, tracked: [], refs: [] });
      return false;
    });
    while (batch.length !== 0) {
      const r = runDriver(process.execPath, ["--stack-size=4000", tspyBin, "-X", "showrefcount"], total,
        batch.map((n) => join(progdir, n)), 300000);
      let k = 0;
      while (k < batch.length && r.out.has(batch[k])) results.push(r.out.get(batch[k++]));
      if (k < batch.length) {
        results.push({ name: batch[k], error: `driver died (status ${r.status}${r.signal ? ", " + r.signal : ""})`, tracked: [], refs: [] });
        k++;
      }
      batch = batch.slice(k);
    }
  }
  for (const o of results) {
    const t = o.tracked ?? [], rf = o.refs ?? [];
    o.measured = t.length === total && total >= 2;
    if (!o.measured) continue;
    o.dts = measuredDeltas(t, warmups);
    o.drs = measuredDeltas(rf, warmups);
    o.dt = o.dts[o.dts.length - 1];
    o.dr = o.drs[o.drs.length - 1];
    o.stable = o.dts.every((d) => d === 0) && o.drs.every((d) => d === 0);
  }
  return results;
}

/** The tracked-object deltas of the same runs under python3 (CPython, no reference total). */
function cpythonDeltas(names, warmups, runs) {
  const r = runDriver("python3", [], warmups + runs, names.map((n) => join(progdir, n)), 300000);
  const m = new Map();
  for (const [name, o] of r.out) if (o.tracked && o.tracked.length === warmups + runs) m.set(name, measuredDeltas(o.tracked, warmups));
  return m;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (flag, dflt) => {
    const i = args.indexOf(flag);
    if (i < 0) return dflt;
    const v = Number(args[i + 1]);
    args.splice(i, 2);
    return v;
  };
  const runs = opt("-n", 3);
  const warmups = opt("-w", 2);
  const verbose = args.includes("-v");
  const withCPython = args.includes("--cpython");
  const filters = args.filter((a) => a !== "-v" && a !== "--cpython");
  let names = readdirSync(progdir).filter((n) => n.endsWith(".py")).sort();
  if (filters.length) names = names.filter((n) => filters.some((f) => n.includes(f)));
  const results = huntLeaks(names, runs, undefined, warmups);
  const growing = results.filter((o) => o.measured && !o.stable).map((o) => o.name);
  const cpy = withCPython && growing.length ? cpythonDeltas(growing, warmups, runs) : new Map();
  let stable = 0, checked = 0, asCPython = 0;
  for (const o of results) {
    if (!o.measured) {
      console.log(`${o.name.padEnd(34)} not measured: ${o.error}`);
      continue;
    }
    checked++;
    if (o.stable) stable++;
    const note = o.error ? ` (raised ${o.error})` : "";
    let cnote = "";
    const c = cpy.get(o.name);
    if (c !== undefined) {
      const grows = c.every((d) => d >= 1);
      if (grows) asCPython++;
      cnote = grows ? `; CPython grows too: tracked ${c.map((d) => "+" + d).join(" ")} (the program keeps them)` : `; CPython: tracked ${c.join(" ")}`;
    }
    if (!o.stable || verbose) {
      const what = o.stable ? "stable" : `grows: tracked ${o.dts.map((d) => (d >= 0 ? "+" : "") + d).join(" ")}, refs ${o.drs.map((d) => (d >= 0 ? "+" : "") + d).join(" ")}`;
      console.log(`${o.name.padEnd(34)} ${what}${note}${cnote}` + (verbose ? `  tracked ${o.tracked.join(" ")} refs ${o.refs.join(" ")}` : ""));
    }
  }
  console.log(`${stable}/${checked} programs stable (${warmups} warm-up + ${runs} measured runs each; ${results.length - checked} not measured)` +
    (withCPython ? `; of the ${checked - stable} others, ${asCPython} grow under CPython too` : ""));
}
