// The Python-level `ast` module over python3's stdlib: for every .py file (site-packages
// excluded), compares tspy's ast.dump(ast.parse(src), include_attributes=True) and
// ast.unparse(ast.parse(src)) with python3's (sha256 of each, computed by the same probe script,
// scripts/ast_stdlib_probe.py, run under both). python3 runs once over all files (cached in
// .cache/ast-stdlib/); tspy runs the files in chunks, `--jobs` processes at a time.
// Usage: node scripts/ast-stdlib.mjs [--sample N] [--jobs J] [--verbose] [substring filters...]
//   prints "dump: N/M identical", "unparse: N/M identical" and exits 1 when any differ.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, statSync, unlinkSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const probe = join(root, "scripts/ast_stdlib_probe.py");
const cachedir = join(root, ".cache/ast-stdlib");

function stdlibDir() {
  const r = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" });
  return r.stdout.trim();
}

function listPy(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      let st;
      try { st = statSync(p); } catch { continue; }
      if (st.isDirectory()) {
        if (name !== "site-packages" && name !== "__pycache__") walk(p);
      } else if (name.endsWith(".py")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function parseLines(text) {
  const m = new Map();
  for (const line of text.split("\n")) {
    const parts = line.split("\t");
    if (parts.length === 3) m.set(parts[0], { dump: parts[1], unparse: parts[2] });
  }
  return m;
}

/** python3's answers for `files` (cached by the list's hash and python3's version). */
function oracle(files) {
  mkdirSync(cachedir, { recursive: true });
  const ver = spawnSync("python3", ["--version"], { encoding: "utf8" }).stdout.trim();
  const key = createHash("sha256").update(ver + "\n" + files.join("\n")).update(readFileSync(probe)).digest("hex").slice(0, 16);
  const cacheFile = join(cachedir, `oracle-${key}.tsv`);
  if (existsSync(cacheFile)) return parseLines(readFileSync(cacheFile, "utf8"));
  const listFile = join(cachedir, `list-${key}.txt`);
  writeFileSync(listFile, files.join("\n") + "\n");
  const r = spawnSync("python3", [probe, listFile], { encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, PYTHONHASHSEED: "0" } });
  if (r.status !== 0) throw new Error("python3 probe failed: " + r.stderr);
  writeFileSync(cacheFile, r.stdout);
  return parseLines(r.stdout);
}

/** tspy's answers: one process per chunk; a file that kills its process is marked CRASH. */
async function tspyRun(files, jobs, chunkSize) {
  const tspy = join(root, "bin/tspy.js");
  const results = new Map();
  const queue = [];
  for (let i = 0; i < files.length; i += chunkSize) queue.push(files.slice(i, i + chunkSize));
  let n = 0;
  const runChunk = (chunk) => new Promise((resolve) => {
    const listFile = join(cachedir, `tspy-chunk-${process.pid}-${n++}.txt`);
    writeFileSync(listFile, chunk.join("\n") + "\n");
    const p = spawn(process.execPath, ["--stack-size=4000", tspy, probe, listFile], { env: { ...process.env, PYTHONHASHSEED: "0" } });
    let out = "", err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => p.kill("SIGKILL"), 600000);
    p.on("close", () => {
      clearTimeout(timer);
      try { unlinkSync(listFile); } catch { /* already gone */ }
      resolve({ got: parseLines(out), err });
    });
  });
  async function worker() {
    while (queue.length) {
      const chunk = queue.shift();
      const { got, err } = await runChunk(chunk);
      for (const [k, v] of got) results.set(k, v);
      // the first file without an answer crashed the process: record it, retry the rest
      const missing = chunk.findIndex((f) => !got.has(f));
      if (missing >= 0) {
        const msg = err.trim().split("\n").slice(-1)[0] ?? "";
        results.set(chunk[missing], { dump: "CRASH " + msg, unparse: "CRASH " + msg });
        const rest = chunk.slice(missing + 1).filter((f) => !got.has(f));
        if (rest.length) queue.push(rest);
      }
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker));
  return results;
}

export async function astStdlib({ sample = 0, jobs = 2, filters = [], verbose = false, chunkSize = 60 } = {}) {
  let files = listPy(stdlibDir());
  if (filters.length) files = files.filter((f) => filters.some((s) => f.includes(s)));
  if (sample > 0 && sample < files.length) {
    const step = files.length / sample;
    files = Array.from({ length: sample }, (_, i) => files[Math.floor(i * step)]);
  }
  const want = oracle(files);
  const got = await tspyRun(files, jobs, chunkSize);
  const bad = { dump: [], unparse: [] };
  for (const f of files) {
    const w = want.get(f), g = got.get(f);
    for (const k of ["dump", "unparse"]) {
      if (!w || !g || w[k] !== g[k]) bad[k].push({ file: f, want: w?.[k], got: g?.[k] });
    }
  }
  return { total: files.length, bad };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = { filters: [], verbose: false, sample: 0, jobs: 2 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--sample") opt.sample = Number(args[++i]);
    else if (a === "--jobs") opt.jobs = Number(args[++i]);
    else if (a === "-v" || a === "--verbose") opt.verbose = true;
    else opt.filters.push(a);
  }
  const t0 = Date.now();
  const { total, bad } = await astStdlib(opt);
  for (const k of ["dump", "unparse"]) {
    if (opt.verbose) for (const b of bad[k]) console.log(`${k} differs: ${b.file} (python3 ${b.want?.slice(0, 20)}, tspy ${b.got?.slice(0, 60)})`);
    console.log(`${k}: ${total - bad[k].length}/${total} identical`);
  }
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(bad.dump.length + bad.unparse.length ? 1 : 0);
}
