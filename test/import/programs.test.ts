import { test } from "node:test";
import assert from "node:assert/strict";
// @ts-ignore: plain ESM script
import { runImportCases } from "../../scripts/run-import-cases.mjs";

test("every tests/programs/import_*/ case behaves as under python3 (fresh and with its __pycache__)", () => {
  const results: { name: string; ok: boolean }[] = runImportCases([], { verbose: true });
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  assert.ok(results.length > 0);
  assert.deepEqual(failed, [], `${failed.length} of ${results.length} runs differ`);
});
