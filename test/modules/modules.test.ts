// Differential tests of the builtin modules written in TypeScript (math, time, struct, os, ...):
// each test/modules/cases/NAME.py prints one line per check; it runs once under python3 and once
// under tspy (dist/tspy.js, built by `npm test`), and the transcripts must be identical.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const casesDir = join(here, "cases");
const names = readdirSync(casesDir).filter((f) => f.endsWith(".py")).sort();
const env = { ...process.env, PYTHONHASHSEED: "0", TZ: "UTC" };

function run(cmd: string, args: string[]): { out: string; status: number | null } {
  const r = spawnSync(cmd, args, { cwd: casesDir, env, encoding: "utf8", maxBuffer: 1 << 28 });
  return { out: r.stdout + (r.stderr ? "\n[stderr]\n" + r.stderr : ""), status: r.status };
}

for (const name of names) {
  test(`modules/${name} matches python3`, () => {
    const file = join(casesDir, name);
    const want = run("python3", [file]);
    const got = run(process.execPath, ["--stack-size=4000", join(root, "bin", "tspy.js"), file]);
    const wl = want.out.split("\n"), gl = got.out.split("\n");
    const diffs: string[] = [];
    for (let i = 0; i < Math.max(wl.length, gl.length); i++) {
      if (wl[i] !== gl[i]) diffs.push(`line ${i + 1}\n  python3: ${wl[i]}\n  tspy:    ${gl[i]}`);
    }
    assert.equal(diffs.length, 0, `${diffs.length}/${wl.length} lines differ:\n${diffs.slice(0, 12).join("\n")}`);
    assert.equal(got.status, want.status);
  });
}
