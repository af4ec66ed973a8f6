// Differential tests of the builtin modules written in TypeScript (math, time, struct, os, ...):
// each test/modules/cases/NAME.py prints one line per check; it runs once under python3 and once
// under tspy (dist/tspy.js, built by `npm test`), and the transcripts must be identical.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const casesDir = join(here, "cases");
const names = readdirSync(casesDir).filter((f) => f.endsWith(".py")).sort();

/** Distance in units in the last place between two doubles (Infinity when not comparable). */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.sign(a) !== Math.sign(b)) return Infinity;
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, Math.abs(a));
  buf.setFloat64(8, Math.abs(b));
  return Math.abs(Number(buf.getBigUint64(0) - buf.getBigUint64(8)));
}
/**
 * Two lines that differ only in their last token, both floats within `tol` ulps: the results of
 * libm functions (glibc's exp, log, sin... are correctly rounded in all but ~0.1% of cases, ours
 * in all; see docs/internals/modules.md).
 */
function nearMiss(w: string, g: string, tol: number): boolean {
  const i = w.lastIndexOf(" "), j = g.lastIndexOf(" ");
  if (i < 0 || w.slice(0, i) !== g.slice(0, j)) return false;
  const a = Number(w.slice(i + 1)), b = Number(g.slice(j + 1));
  return !Number.isNaN(a) && !Number.isNaN(b) && ulps(a, b) <= tol;
}
const env = { ...process.env, PYTHONHASHSEED: "0", TZ: "UTC" };

function run(cmd: string, args: string[]): { out: string; status: number | null } {
  const r = spawnSync(cmd, args, { cwd: casesDir, env, encoding: "utf8", maxBuffer: 1 << 28 });
  return { out: r.stdout + (r.stderr ? "\n[stderr]\n" + r.stderr : ""), status: r.status };
}

for (const name of names) {
  test(`modules/${name} matches python3`, () => {
    const file = join(casesDir, name);
    const want = run("python3", [file]);
    const got = run(process.execPath, ["--stack-size=4000", process.env["TSPY_BIN"] ?? join(root, "bin", "tspy.js"), file]);
    const wl = want.out.split("\n"), gl = got.out.split("\n");
    // "# ulp-tolerance: N" in a case file accepts libm results within N ulps (counted, reported)
    const m = /# ulp-tolerance: (\d+)/u.exec(readFileSync(file, "utf8"));
    const tol = m ? Number(m[1]) : -1;
    const diffs: string[] = [];
    let near = 0;
    for (let i = 0; i < Math.max(wl.length, gl.length); i++) {
      if (wl[i] === gl[i]) continue;
      if (tol >= 0 && wl[i] !== undefined && gl[i] !== undefined && nearMiss(wl[i]!, gl[i]!, tol)) {
        near++;
        continue;
      }
      diffs.push(`line ${i + 1}\n  python3: ${wl[i]}\n  tspy:    ${gl[i]}`);
    }
    if (near > 0) console.log(`modules/${name}: ${wl.length - near}/${wl.length} lines identical, ${near} within ${tol} ulp`);
    assert.equal(diffs.length, 0, `${diffs.length}/${wl.length} lines differ:\n${diffs.slice(0, 12).join("\n")}`);
    assert.equal(got.status, want.status);
  });
}
