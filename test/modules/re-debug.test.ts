/**
 * re.DEBUG: the text CPython prints when compiling with re.DEBUG (parse tree, then the listing of
 * the sre code) must be identical, for the hand-written patterns, the stdlib's patterns and a
 * sample of random ones; on an error after parsing, the text printed before it too.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { CASES } from "./re-cases.ts";
import { compareAll, runPython, type Case } from "./re-harness.ts";
import { sampleCaseFold, sampleCases } from "./re-gen.ts";
import { stdlibPatterns } from "./re-stdlib.ts";

test("re.DEBUG output identical to python3", () => {
  const cases: Case[] = [
    ...CASES.filter((c) => c.op === "compile"),
    ...stdlibPatterns().patterns.map((p) => ({ p: p.p, f: p.f, b: p.b, op: "compile" as const })),
    ...[...sampleCases(77, 600), ...sampleCaseFold(78, 400)].filter((c) => c.op === "compile"),
  ].map((c) => ({ ...c, op: "debug" as const }));
  const expected = runPython(cases);
  const bad = compareAll(cases, expected);
  assert.equal(bad.length, 0, `${bad.length} of ${cases.length} differ:\n${bad.slice(0, 5).join("\n")}`);
});
