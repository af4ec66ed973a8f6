import { test } from "node:test";
import assert from "node:assert/strict";
// @ts-ignore: plain ESM script
import { runDifferential } from "../../scripts/run-differential.mjs";

test("every program of tests/programs, compiled by python3, behaves as under python3", async () => {
  const results: { name: string; ok: boolean }[] = await runDifferential([], { verbose: true, mode: "pyc" });
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  assert.deepEqual(failed, [], `${failed.length} of ${results.length} programs differ`);
});

test("every program of tests/programs, compiled by tspy, behaves as under python3", async () => {
  const results: { name: string; ok: boolean }[] = await runDifferential([], { verbose: true, mode: "source" });
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  assert.deepEqual(failed, [], `${failed.length} of ${results.length} programs differ`);
});
