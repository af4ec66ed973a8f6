// CPython's own test files under tspy: runs python3's Lib/test/test_*.py (read from python3's
// installation at run time, never copied) with tspy's unittest through test/cpython/driver.py,
// and reports per file the cases passed of run, with failures / errors / skips, next to the
// number of tests python3 itself runs for the file.
//
// Usage: node scripts/cpython-tests.mjs [names...] [--timeout S] [--write] [-v]
//   names     test file names (test_int ...); default: the list below
//   --write   rewrite the table in docs/conformance.md
//   -v        print each failing test with its exception line
// A file that does not finish within the timeout (default 300 s) is reported with the tests
// that ended before it was stopped.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT = [
  "test_int", "test_list", "test_dict", "test_set", "test_math", "test_string", "test_re", "test_json",
  "test_itertools", "test_functools", "test_collections", "test_bool", "test_tuple", "test_float",
  "test_bisect", "test_heapq",
  // added in session 7
  "test_enumerate", "test_range", "test_operator", "test_fnmatch", "test_shlex", "test_textwrap",
  "test_base64", "test_binascii", "test_copy", "test_contextlib", "test_struct", "test_fractions",
  "test_pprint", "test_calendar", "test_difflib", "test_random", "test_statistics", "test_bytes",
  "test_dataclasses", "test_typing", "test_array", "test_memoryview",
];

const argv = process.argv.slice(2);
const verbose = argv.includes("-v");
const write = argv.includes("--write");
const ti = argv.indexOf("--timeout");
const timeoutS = ti >= 0 ? Number(argv[ti + 1]) : 300;
const names = argv.filter((a, i) => !a.startsWith("-") && !(ti >= 0 && i === ti + 1));
const files = names.length ? names : DEFAULT;

const stdlib = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" })
  .stdout.trim();

/** python3's own count of tests run for each file (cached: it does not change). */
function python3Counts(list) {
  const dir = join(root, ".cache");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "cpython-tests-python3.json");
  const cache = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  for (const name of list) {
    if (cache[name] !== undefined) continue;
    const r = spawnSync("python3", ["-m", "unittest", `test.${name}`], { encoding: "utf8", timeout: 600_000 });
    const m = /Ran (\d+) tests?/.exec(r.stderr ?? "");
    cache[name] = m ? Number(m[1]) : null;
  }
  writeFileSync(file, JSON.stringify(cache, null, 1));
  return cache;
}

function runFile(name) {
  return new Promise((resolve) => {
    const child = spawn("node", [join(root, "bin/tspy.js"), join(root, "test/cpython/driver.py"), stdlib, name], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutS * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      const counts = { PASS: 0, FAIL: 0, ERROR: 0, SKIP: 0, XFAIL: 0, XPASS: 0 };
      let status = timedOut ? `timeout after ${timeoutS}s` : "incomplete";
      for (const line of out.split("\n")) {
        const word = line.split(" ", 1)[0];
        if (word in counts) counts[word]++;
        else if (word === "DONE") status = status.startsWith("done, ") ? status : "done";
        else if (word === "CRASH") status = "done, a class stopped by " + line.slice(6);
        else if (word === "IMPORT-ERROR") status = "import fails: " + line.slice(13);
      }
      if (status === "incomplete") {
        const last = err.trim().split("\n").pop() ?? "";
        status = `stopped (exit ${code}): ${last.slice(0, 120)}`;
      }
      resolve({ name, counts, status, detail: err });
    });
  });
}

const py = python3Counts(files);
const rows = [];
for (const name of files) {
  const t0 = Date.now();
  const r = await runFile(name);
  const c = r.counts;
  const run = c.PASS + c.FAIL + c.ERROR + c.XFAIL + c.XPASS;
  const passed = c.PASS + c.XFAIL;
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  rows.push({ ...r, run, passed, python3: py[name], secs });
  console.log(`${name}: ${passed}/${run} passed (failed ${c.FAIL}, errors ${c.ERROR}, skipped ${c.SKIP}; python3 runs ${py[name]}) ${r.status}, ${secs}s`);
  if (verbose) for (const l of r.detail.split("\n").filter((x) => x.startsWith("  ")).slice(0, 60)) console.log(l);
}
const tp = rows.reduce((a, r) => a + r.passed, 0);
const tr = rows.reduce((a, r) => a + r.run, 0);
console.log(`total: ${tp}/${tr} passed`);

if (write) {
  const doc = join(root, "docs/conformance.md");
  const begin = "<!-- cpython-tests:begin -->";
  const end = "<!-- cpython-tests:end -->";
  let text = existsSync(doc) ? readFileSync(doc, "utf8") : "";
  // rows of files this run did not measure (other helpers' runs) are kept, after the measured ones
  const ran = new Set(rows.map((r) => r.name));
  const kept = text.includes(begin)
    ? text.slice(text.indexOf(begin), text.indexOf(end)).split("\n")
      .filter((l) => /^\| test_\w+ \|/.test(l) && !ran.has(l.split("|")[1].trim()))
    : [];
  const table = [
    "| file | passed / run | failed | errors | skipped | python3 runs | status |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.name} | ${r.passed} / ${r.run} | ${r.counts.FAIL} | ${r.counts.ERROR} | ${r.counts.SKIP} | ${r.python3 ?? "?"} | ${r.status.replace(/\|/g, "\\|")} |`),
    ...kept,
    `| **total (${rows.length} measured files)** | **${tp} / ${tr}** | | | | | |`,
  ].join("\n");
  const block = `${begin}\n${table}\n${end}`;
  if (text.includes(begin)) text = text.slice(0, text.indexOf(begin)) + block + text.slice(text.indexOf(end) + end.length);
  else text += (text ? "\n" : "") + block + "\n";
  writeFileSync(doc, text);
}
