/**
 * Broken snippets (test/parser/snippets.ts INVALID): the same exception class, message, lineno,
 * offset, end_lineno and end_offset as python3's compile() / ast.parse().
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { INVALID, MODES } from "./snippets.ts";
import { pythonVerdicts, tspyVerdict } from "./oracle.ts";

test("mode edge cases (single, eval, func_type): same result as python3", () => {
  const want = pythonVerdicts(MODES);
  MODES.forEach((s, i) => assert.deepEqual(tspyVerdict(s), want[i], JSON.stringify(s)));
});

test("invalid snippets: same SyntaxError (class, msg, positions) as python3", () => {
  const want = pythonVerdicts(INVALID);
  const bad: string[] = [];
  INVALID.forEach((s, i) => {
    const got = tspyVerdict(s);
    if (JSON.stringify(got) !== JSON.stringify(want[i])) {
      bad.push(`${JSON.stringify(s).slice(0, 200)}\n  python: ${JSON.stringify(want[i]).slice(0, 300)}\n  tspy:   ${JSON.stringify(got).slice(0, 300)}`);
    }
  });
  assert.equal(bad.length, 0, bad.join("\n"));
});
