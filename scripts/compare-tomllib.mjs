// tomllib against python3 on every .toml file under the given directories (default: the
// test_tomllib data sets of the Pythons installed under /root/.pyenv, and this repository): each
// file's parse result or error message must be identical. Both interpreters run
// scripts/tomllib_dump.py once over the whole list.
// Usage: node scripts/compare-tomllib.mjs [dir...]   (prints "N/M identical")
import { readdirSync, statSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let dirs = process.argv.slice(2);
if (dirs.length === 0) {
  const pyenv = "/root/.pyenv/versions";
  if (existsSync(pyenv)) {
    for (const v of readdirSync(pyenv)) {
      const lib = join(pyenv, v, "lib");
      if (!existsSync(lib)) continue;
      for (const p of readdirSync(lib)) {
        const d = join(lib, p, "test", "test_tomllib", "data");
        if (existsSync(d)) dirs.push(d);
      }
    }
  }
  dirs.push(join(root, "tests"));
}
const files = [];
function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p);
    else if (name.endsWith(".toml")) files.push(p);
  }
}
for (const d of dirs) if (existsSync(d)) walk(d);
files.sort();
mkdirSync(join(root, ".cache"), { recursive: true });
const listing = join(root, ".cache", "tomllib-files.txt");
writeFileSync(listing, files.join("\n") + "\n");
const dump = join(root, "scripts", "tomllib_dump.py");
const opts = { encoding: "utf8", maxBuffer: 1 << 28 };
const want = spawnSync("python3", [dump, listing], opts).stdout.split("\n");
const got = spawnSync(process.execPath, [join(root, "bin", "tspy.js"), dump, listing], opts).stdout.split("\n");
let same = 0;
for (let i = 0; i < files.length; i++) {
  if (want[i] === got[i]) same++;
  else console.log(`--- ${files[i]}\n  python3: ${want[i]}\n  tspy:    ${got[i]}`);
}
console.log(`${same}/${files.length} identical`);
process.exitCode = same === files.length ? 0 : 1;
