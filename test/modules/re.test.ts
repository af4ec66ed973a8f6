/**
 * Differential test of src/modules/re against python3's re: every hand-written case of
 * re-cases.ts (compile errors and warnings, match / search / fullmatch spans and lastindex,
 * findall, finditer, scanner.match, split, sub, expand) must give exactly CPython's result.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { CASES } from "./re-cases.ts";
import { compareAll, runPython } from "./re-harness.ts";

test(`re: ${CASES.length} hand-written cases identical to python3`, () => {
  const expected = runPython(CASES);
  const bad = compareAll(CASES, expected);
  assert.equal(bad.length, 0, `${bad.length} of ${CASES.length} differ:\n${bad.slice(0, 40).join("\n")}`);
});
