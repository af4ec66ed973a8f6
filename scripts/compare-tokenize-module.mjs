// Compares the Python-level tokenize module of tspy (lib/tokenize.py over src/modules/_tokenize.ts)
// with python3's: list(tokenize.tokenize(open(f, 'rb').readline)) for every .py file of python3's
// stdlib (or the files given), via scripts/tokenize-module-digest.py run by both.
// Usage: node scripts/compare-tokenize-module.mjs [--every N] [files...]   prints "N/M identical"
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { readdirSync, statSync } from "node:fs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
let every = 1;
if (args[0] === "--every") { every = Number(args[1]); args.splice(0, 2); }
let files = args;
if (files.length === 0) {
  const lib = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).stdout.trim();
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (n === "site-packages") continue;
      const s = statSync(p);
      if (s.isDirectory()) walk(p); else if (n.endsWith(".py")) files.push(p);
    }
  };
  walk(lib);
  files = files.filter((_, i) => i % every === 0);
}
const script = join(root, "scripts/tokenize-module-digest.py");
const input = files.join("\n") + "\n";
const run = (cmd, argv) => {
  const r = spawnSync(cmd, argv, { input, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return r.stdout.split("\n").filter(Boolean);
};
const want = run("python3", [script]);
const got = run(process.execPath, ["--stack-size=4000", join(root, "bin/tspy.js"), script]);
let same = 0;
for (let i = 0; i < want.length; i++) {
  if (want[i] === got[i]) same++;
  else console.log("DIFF", want[i].split(" ")[0]);
}
console.log(`${same}/${want.length} identical`);
process.exit(same === want.length ? 0 : 1);
