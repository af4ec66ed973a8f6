/**
 * Every grammar feature (test/parser/snippets.ts VALID) parses to the same tree as python3's
 * ast.parse(type_comments=True), compared as ast.dump(include_attributes=True).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { FEATURE_VERSION, VALID } from "./snippets.ts";
import { pythonVerdicts, tspyVerdict } from "./oracle.ts";

test("valid snippets: same AST (with positions) as python3", () => {
  const want = pythonVerdicts(VALID);
  const bad: string[] = [];
  VALID.forEach((s, i) => {
    const got = tspyVerdict(s);
    if (JSON.stringify(got) !== JSON.stringify(want[i])) {
      bad.push(`${JSON.stringify(s)}\n  python: ${JSON.stringify(want[i]).slice(0, 300)}\n  tspy:   ${JSON.stringify(got).slice(0, 300)}`);
    }
  });
  assert.equal(bad.length, 0, bad.join("\n"));
});

test("feature_version: newer syntax is the SyntaxError python3 gives", () => {
  const want = pythonVerdicts(FEATURE_VERSION);
  const bad: string[] = [];
  FEATURE_VERSION.forEach((s, i) => {
    const got = tspyVerdict(s);
    if (JSON.stringify(got) !== JSON.stringify(want[i])) bad.push(`${JSON.stringify(s)}\n  python: ${JSON.stringify(want[i])}\n  tspy:   ${JSON.stringify(got)}`);
  });
  assert.equal(bad.length, 0, bad.join("\n"));
});
