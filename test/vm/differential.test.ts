import { test } from "node:test";
import assert from "node:assert/strict";
// @ts-ignore: plain ESM script
import { runDifferential } from "../../scripts/run-differential.mjs";

test("every program of tests/programs behaves as under python3 (stdout, stderr, exit status)", async () => {
  const results: { name: string; ok: boolean }[] = await runDifferential([], { verbose: true });
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  assert.deepEqual(failed, [], `${failed.length} of ${results.length} programs differ`);
});
