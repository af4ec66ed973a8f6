import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { isWordChar, isIdStart, isIdContinue, isPrintable, isSpace } from "../../src/tokenizer/unicode.ts";

// For each predicate, python3 lists every code point where it holds; we compare all 0x110000.
const PY = `
import re, sys
w = re.compile(r'\\w')
preds = [lambda c: bool(w.match(c)), str.isidentifier, lambda c: ('a' + c).isidentifier(), str.isprintable, str.isspace]
for p in preds:
    sys.stdout.write(','.join(str(i) for i in range(0x110000) if p(chr(i))) + '\\n')
`;

test("Unicode classes match python3 for every code point", () => {
  const r = spawnSync("python3", ["-c", PY], { encoding: "utf8", maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split("\n");
  const ours = [isWordChar, isIdStart, isIdContinue, isPrintable, isSpace];
  for (let k = 0; k < ours.length; k++) {
    const f = ours[k]!;
    const expected = new Set(lines[k]!.split(",").map(Number));
    for (let cp = 0; cp < 0x110000; cp++) {
      if (f(cp) !== expected.has(cp)) assert.fail(`predicate ${f.name} differs at U+${cp.toString(16)}`);
    }
  }
});
