/**
 * Every regular expression literal of the python3 stdlib (re.compile / re.match / ... with a
 * constant pattern and flags): compiled, and run with findall / finditer over the first 2000
 * characters of the file it comes from, must give python3's results (errors and warnings too).
 * scripts/re-stdlib.ts runs the same over longer texts. Also the pattern table of test/re_tests.py.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareAll, runPython } from "./re-harness.ts";
import { reTestsCases, stdlibCases } from "./re-stdlib.ts";

test("re: the stdlib's regular expressions behave as in python3", () => {
  const cases = stdlibCases(1, 2000);
  const expected = runPython(cases, 0.25);
  const bad = compareAll(cases, expected);
  assert.ok(cases.length > 2000, `only ${cases.length} cases`);
  assert.equal(bad.length, 0, `${bad.length} of ${cases.length} differ:\n${bad.slice(0, 10).map((b) => b.slice(0, 1500)).join("\n")}`);
});

test("re: the table of test/re_tests.py (with and without IGNORECASE) behaves as in python3", () => {
  const cases = reTestsCases();
  const expected = runPython(cases, 0.25);
  const bad = compareAll(cases, expected);
  assert.equal(bad.length, 0, `${bad.length} of ${cases.length} differ:\n${bad.slice(0, 10).join("\n")}`);
});
