// Differential tests of tspy's bundled library (lib/) against CPython's own modules.
// Each test/lib/cases/NAME.py runs in one python3 process (test/lib/harness.py): every case
// executes against CPython's module and against ours, and the transcripts must be identical.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(join(here, "cases")).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();

interface Result { module: string; checks: number; mismatches: { case: string; line: number; cpython: string; ours: string }[] }

for (const name of names) {
  test(`lib/${name} behaves like CPython's ${name}`, () => {
    const r = spawnSync("python3", [join(here, "harness.py"), "--json", name], { encoding: "utf8", maxBuffer: 1 << 26 });
    assert.equal(r.status, 0, r.stderr);
    const [res] = JSON.parse(r.stdout) as Result[];
    assert.ok(res!.checks > 0, "no checks ran");
    const report = res!.mismatches.slice(0, 10).map((m) => `[${m.case}] line ${m.line}\n  cpython: ${m.cpython}\n  ours:    ${m.ours}`).join("\n");
    assert.equal(res!.mismatches.length, 0, `${res!.mismatches.length}/${res!.checks} differ:\n${report}`);
  });
}
