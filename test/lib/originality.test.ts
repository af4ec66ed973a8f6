// tspy's Python library must be our own code: no lib/ file may share more than a small part of
// its lines (or a long run of lines) with CPython's module of the same name (scripts/originality.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

test("lib/ modules are not copies of CPython's standard library", () => {
  const r = spawnSync("python3", ["scripts/originality.py", "--json"], { encoding: "utf8" });
  const results = JSON.parse(r.stdout) as { file: string; ok: boolean; share: number; run: number }[];
  const bad = results.filter((x) => !x.ok).map((x) => `${x.file}: ${(100 * x.share).toFixed(0)}% shared, run ${x.run}`);
  assert.deepEqual(bad, []);
  assert.equal(r.status, 0);
});
