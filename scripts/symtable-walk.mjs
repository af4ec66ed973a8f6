// The symtable module, differential over the standard library: scripts/symtable_walk.py runs under
// python3 and under tspy (lib/symtable.py over the native _symtable) on the same files; every
// file's digest of the whole walk (tables, identifiers, every Symbol predicate) must match.
// Usage: node scripts/symtable-walk.mjs [--all | --sample N]   (default: a fixed sample of 120)
// Needs a build (dist/tspy.js). Prints "symtable walk: N/M files identical".
import { readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const STD = execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();

function pyFiles(dir, out = []) {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (n === "site-packages" || n === "__pycache__") continue;
    const st = statSync(p);
    if (st.isDirectory()) pyFiles(p, out);
    else if (n.endsWith(".py")) out.push(p);
  }
  return out;
}

export function symtableWalk({ all = false, sample = 120 } = {}) {
  let files = pyFiles(STD);
  if (!all) {
    const step = Math.max(1, Math.floor(files.length / sample));
    files = files.filter((_, i) => i % step === 0).slice(0, sample);
  }
  const script = join(root, "scripts/symtable_walk.py");
  const run = (cmd, args) => {
    const lines = [];
    for (let i = 0; i < files.length; i += 200) {
      const r = execFileSync(cmd, [...args, script, ...files.slice(i, i + 200)], {
        encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, PYTHONHASHSEED: "0" },
      });
      lines.push(...r.trimEnd().split("\n"));
    }
    return lines;
  };
  const want = run("python3", []);
  const got = run(process.execPath, ["--stack-size=4000", join(root, "bin/tspy.js")]);
  const diffs = [];
  let orderOnly = 0;
  want.forEach((w, i) => {
    const g = got[i] ?? "";
    if (g === w) return;
    const ws = w.split(" "), gs = g.split(" ");
    if (ws.length === 3 && gs.length === 3 && ws[2] === gs[2]) orderOnly++;
    diffs.push(`  want: ${w}\n   got: ${g}`);
  });
  return { total: files.length, same: files.length - diffs.length, orderOnly, diffs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const r = symtableWalk({ all: args.includes("--all"), sample: args.includes("--sample") ? Number(args[args.indexOf("--sample") + 1]) : 120 });
  for (const d of r.diffs.slice(0, 20)) console.log(d);
  console.log(`symtable walk: ${r.same}/${r.total} stdlib files identical (python3 vs tspy)`);
  console.log(`     ${r.orderOnly} more identical up to the order of identifiers (free names a class passes on, in CPython's set order)`);
  process.exit(r.diffs.length ? 1 : 0);
}
