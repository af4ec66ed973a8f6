/**
 * Property tests: random small patterns (re-gen.ts) give exactly python3's results for every
 * operation: over a small ASCII alphabet as str and as bytes patterns, and case-insensitive
 * patterns over the characters with special case rules. Cases come from fast-check with a fixed
 * seed and are evaluated in one python3 process per test; a case python3 needs more than 0.25 s
 * for (catastrophic backtracking) is not compared. RE_FUZZ_SEED / RE_FUZZ_RUNS change the sample.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareAll, runPython, type Case } from "./re-harness.ts";
import { sampleBytes, sampleCaseFold, sampleCases } from "./re-gen.ts";

const seed = Number(process.env.RE_FUZZ_SEED ?? 20240611);
const runs = Number(process.env.RE_FUZZ_RUNS ?? 1500);

function check(cases: Case[]): void {
  const expected = runPython(cases, 0.25);
  const bad = compareAll(cases, expected);
  assert.equal(bad.length, 0, `${bad.length} of ${cases.length} differ:\n${bad.slice(0, 30).join("\n")}`);
}

test(`re: ${runs} random str patterns (seed ${seed}) identical to python3`, () => {
  check(sampleCases(seed, runs));
});

test(`re: ${runs >> 1} random bytes patterns identical to python3`, () => {
  check(sampleBytes(seed + 1, runs >> 1));
});

test(`re: ${runs} random case-insensitive patterns identical to python3`, () => {
  check(sampleCaseFold(seed + 2, runs));
});
