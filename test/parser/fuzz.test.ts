/**
 * Mutated stdlib fragments (scripts/fuzz-parser.ts, fixed seeds): the same verdict as python3's
 * ast.parse() — the same SyntaxError (class, msg, positions) or success with the same tree.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { fstringSources, mutants, randomSources } from "../../scripts/fuzz-parser.ts";
import { pythonVerdicts, tspyVerdict } from "./oracle.ts";

test("mutated stdlib fragments: same verdict as python3", () => {
  const list = mutants(600);
  const want = pythonVerdicts(list);
  const bad: string[] = [];
  list.forEach((src, i) => {
    const got = tspyVerdict(src);
    if (JSON.stringify(got) !== JSON.stringify(want[i])) bad.push(`${JSON.stringify(src)}\n  python: ${JSON.stringify(want[i]).slice(0, 300)}\n  tspy:   ${JSON.stringify(got).slice(0, 300)}`);
  });
  assert.equal(bad.length, 0, bad.join("\n"));
});

test("random token soup: same verdict as python3, never a JS error", () => {
  const list = randomSources(1000);
  const want = pythonVerdicts(list);
  const bad: string[] = [];
  list.forEach((src, i) => {
    const got = tspyVerdict(src);
    if (JSON.stringify(got) !== JSON.stringify(want[i])) bad.push(`${JSON.stringify(src)}\n  python: ${JSON.stringify(want[i]).slice(0, 300)}\n  tspy:   ${JSON.stringify(got).slice(0, 300)}`);
  });
  assert.equal(bad.length, 0, bad.join("\n"));
});

test("random f-strings: same verdict as python3", () => {
  const list = fstringSources(800);
  const want = pythonVerdicts(list);
  const bad: string[] = [];
  list.forEach((src, i) => {
    const got = tspyVerdict(src);
    if (JSON.stringify(got) !== JSON.stringify(want[i])) bad.push(`${JSON.stringify(src)}\n  python: ${JSON.stringify(want[i]).slice(0, 300)}\n  tspy:   ${JSON.stringify(got).slice(0, 300)}`);
  });
  assert.equal(bad.length, 0, bad.join("\n"));
});
