/**
 * The `re` module as programs get it (lib/re over the native _sre), checked case by case against
 * python3: the engine's hand-written cases (test/modules/re-cases.ts) and a fuzz sample
 * (test/modules/re-gen.ts) go through scripts/re_module_cases.py under python3 and under tspy,
 * and every result (value or exception, plus warnings) must be identical.
 *
 *   npx tsx scripts/re-module-check.ts [--fuzz N] [-v]     (prints "N/M identical")
 */
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { CASES } from "../test/modules/re-cases.ts";
import { sampleBytes, sampleCaseFold, sampleCases } from "../test/modules/re-gen.ts";
import type { Case } from "../test/modules/re-harness.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const verbose = args.includes("-v");
const fi = args.indexOf("--fuzz");
const fuzz = fi >= 0 ? Number(args[fi + 1]) : 0;

/** Results per case, in chunks (a chunk that runs out of time loses only its remaining cases). */
function runWith(cmd: string, argv: string[], cases: Case[]): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < cases.length; i += CHUNK) {
    const part = cases.slice(i, i + CHUNK);
    const r = spawnSync(cmd, [...argv, join(root, "scripts/re_module_cases.py")], {
      input: JSON.stringify(part), encoding: "utf8", maxBuffer: 1 << 28, timeout: 120_000,
      env: { ...process.env, PYTHONHASHSEED: "0" },
    });
    const lines = (r.stdout ?? "").split("\n").filter((l) => l.length > 0);
    if (r.status !== 0 && verbose) console.log(`${cmd}: chunk at ${i} ended with ${r.status ?? r.signal}: ${(r.stderr ?? "").slice(-500)}`);
    for (let k = 0; k < part.length; k++) out.push(k < lines.length ? JSON.stringify(JSON.parse(lines[k]!)) : null);
  }
  return out;
}
const CHUNK = 400;

function check(name: string, cases: Case[]): [number, number] {
  const want = runWith("python3", [], cases);
  const got = runWith("node", [join(root, "bin/tspy.js")], cases);
  let same = 0;
  const bad: string[] = [];
  for (let i = 0; i < cases.length; i++) {
    const a = want[i];
    const b = got[i];
    if (a !== null && a === b) same++;
    else bad.push(`${JSON.stringify(cases[i])}\n   python3: ${a}\n   tspy:    ${b}`);
  }
  console.log(`${name}: ${same}/${cases.length} identical`);
  if (verbose) for (const b of bad.slice(0, 40)) console.log(" - " + b);
  return [same, cases.length];
}

let same = 0;
let total = 0;
const add = ([a, b]: [number, number]) => {
  same += a;
  total += b;
};
// debug cases go through the same module path; catastrophic fuzz patterns are avoided by
// keeping the sample small (python3 has no time limit here)
add(check("hand-written cases", CASES as Case[]));
if (fuzz > 0) {
  add(check("fuzz str", sampleCases(20240611, fuzz)));
  add(check("fuzz bytes", sampleBytes(20240612, fuzz >> 1)));
  add(check("fuzz case-insensitive", sampleCaseFold(20240613, fuzz)));
}
console.log(`total: ${same}/${total} identical`);
