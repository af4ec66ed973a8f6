// npm run bench: times real programs under python3 and tspy in the same run and prints ratios.
// Sections: startup, front end (tokenize+parse the stdlib), compile (the stdlib), programs.
// Usage: node bench/run.mjs [--only SECTION] [--runs N] [--cpu] [--write] [--filter NAME]
//   --write  replaces the generated table in docs/performance.md
//   --cpu    measure user+sys CPU seconds (via /usr/bin/time) instead of wall time: steadier on a
//            machine shared with other jobs
//   --filter only the programs whose file name contains NAME
// TSPY=path/to/tspy.js runs another build of tspy (default bin/tspy.js). The startup section times
// the tspy command next to it (bin/tspy, what `npx tspy` runs: a sh script that starts node with its
// options), or node on the .js file when there is none.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 3;
const cpu = args.includes("--cpu") && existsSync("/usr/bin/time");
const filter = args.includes("--filter") ? args[args.indexOf("--filter") + 1] : null;
const TSPY = [process.execPath, process.env.TSPY ?? join(root, "bin/tspy.js")];
const TSPY_COMMAND = TSPY[1].endsWith(".js") && existsSync(TSPY[1].slice(0, -3)) ? [TSPY[1].slice(0, -3)] : TSPY;

function timeOnce(cmd, argv, opts = {}) {
  if (cpu) {
    // /usr/bin/time appends "user sys" as the last line of stderr
    const r = spawnSync("/usr/bin/time", ["-f", "%U %S", cmd, ...argv], { encoding: "utf8", maxBuffer: 1 << 28, ...opts });
    const lines = r.stderr.trimEnd().split("\n");
    const [u, sy] = lines.pop().split(" ").map(Number);
    r.stderr = lines.length ? lines.join("\n") + "\n" : "";
    return { t: u + sy, r };
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: "utf8", maxBuffer: 1 << 28, ...opts });
  const t = Number(process.hrtime.bigint() - t0) / 1e9;
  return { t, r };
}

/** Best wall time of `runs` runs, and the last result (for output comparison). */
function best(cmd, argv, opts) {
  let min = Infinity, last = null;
  for (let i = 0; i < runs; i++) {
    const { t, r } = timeOnce(cmd, argv, opts);
    last = r;
    if (r.status !== 0) return { t: NaN, r };
    min = Math.min(min, t);
  }
  return { t: min, r: last };
}

const rows = [];
function row(section, name, py, ts, note = "") {
  const ratio = Number.isFinite(py) && Number.isFinite(ts) ? ts / py : NaN;
  rows.push({ section, name, py, ts, ratio, note });
  const f = (x) => (Number.isFinite(x) ? x.toFixed(3) + "s" : "—");
  console.log(`${section.padEnd(10)} ${name.padEnd(26)} python3 ${f(py).padStart(9)}  tspy ${f(ts).padStart(9)}  ratio ${Number.isFinite(ratio) ? ratio.toFixed(2) + "x" : "—"} ${note}`);
}

function geomean(xs) {
  const v = xs.filter(Number.isFinite);
  return v.length ? Math.exp(v.reduce((a, x) => a + Math.log(x), 0) / v.length) : NaN;
}

// ---- start-up ---------------------------------------------------------------------
if (!only || only === "startup") {
  const py = best("python3", ["-c", "pass"]);
  const ts = best(TSPY_COMMAND[0], [...TSPY_COMMAND.slice(1), "-c", "pass"]);
  const node = best(process.execPath, ["-e", "0"]);
  // node parses its certificate store at start when NODE_EXTRA_CA_CERTS is set (the tspy command
  // starts node without it): node's time both ways
  let nodeNote = `node -e 0: ${node.t.toFixed(3)}s`;
  if (process.env.NODE_EXTRA_CA_CERTS !== undefined) {
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    nodeNote += `, ${best(process.execPath, ["-e", "0"], { env }).t.toFixed(3)}s without NODE_EXTRA_CA_CERTS`;
  }
  row("startup", "-c pass", py.t, ts.t, `(${nodeNote})${ts.r.status ? " tspy failed" : ""}`);
  // issue 6's import target: within 1.5x of python3
  const imports = "import json, re, collections, dataclasses, typing";
  const pyI = best("python3", ["-c", imports]);
  const tsI = best(TSPY_COMMAND[0], [...TSPY_COMMAND.slice(1), "-c", imports]);
  row("startup", "-c import json,re,...", pyI.t, tsI.t, `json, re, collections, dataclasses, typing${tsI.r.status ? " tspy failed" : ""}`);
}

// ---- sections implemented by stage-specific scripts (bench/<name>.mjs print JSON) ---
for (const name of ["frontend", "compile"]) {
  if (only && only !== name) continue;
  const script = join(root, "bench", `${name}.mjs`);
  if (!existsSync(script)) continue;
  const r = spawnSync(process.execPath, ["--max-old-space-size=8192", script, ...(cpu ? ["--cpu"] : [])], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    console.log(`${name}: failed\n${r.stderr}`);
    continue;
  }
  for (const line of r.stdout.trim().split("\n")) {
    const x = JSON.parse(line);
    row(name, x.name, x.python, x.tspy, x.note ?? "");
  }
}

// ---- programs ---------------------------------------------------------------------
if (!only || only === "programs") {
  const dir = join(root, "bench/programs");
  const ratios = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".py") && (!filter || f.includes(filter))).sort()) {
    const p = join(dir, f);
    const py = best("python3", [p]);
    const ts = best(TSPY[0], [TSPY[1], p]);
    let note = "";
    if (ts.r.status !== 0) note = "tspy fails";
    else if (ts.r.stdout !== py.r.stdout) { note = "OUTPUT DIFFERS"; ts.t = NaN; }
    row("programs", f, py.t, ts.t, note);
    ratios.push(ts.t / py.t);
  }
  const g = geomean(ratios);
  console.log(`programs geometric mean ratio: ${Number.isFinite(g) ? g.toFixed(2) + "x" : "—"} (${ratios.filter(Number.isFinite).length}/${ratios.length} programs run)`);
  rows.push({ section: "programs", name: "geometric mean", py: NaN, ts: NaN, ratio: g, note: `${ratios.filter(Number.isFinite).length}/${ratios.length} run` });
}

if (args.includes("--write")) {
  const f = (x) => (Number.isFinite(x) ? x.toFixed(3) : "—");
  const table = ["| section | benchmark | python3 (s) | tspy (s) | tspy/python3 | note |", "|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.section} | ${r.name} | ${f(r.py)} | ${f(r.ts)} | ${Number.isFinite(r.ratio) ? r.ratio.toFixed(2) + "×" : "—"} | ${r.note} |`)].join("\n");
  const doc = join(root, "docs/performance.md");
  const text = readFileSync(doc, "utf8");
  const start = "<!-- bench:start -->", end = "<!-- bench:end -->";
  const out = text.slice(0, text.indexOf(start) + start.length) + `\nMeasured ${new Date().toISOString().slice(0, 10)}, best of ${runs} runs (${cpu ? "user+sys CPU seconds" : "wall seconds"}), on this project's 2-core machine.\n\n` + table + "\n" + text.slice(text.indexOf(end));
  writeFileSync(doc, out);
}
