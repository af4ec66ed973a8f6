/**
 * Every .py file of the stdlib (1790, site-packages excluded) through `-m tokenize` and
 * `-m tokenize -e`: tspy's output must be python3's byte for byte (SHA-1 of stdout and stderr,
 * and the exit status). python3's side runs in one process (scripts/tokenize-oracle.py, about
 * 45 s) and is cached under .cache/; tspy's runs in-process. The same check with a report of
 * differences: npx tsx scripts/compare-tokenize.ts [--diff].
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { pythonOracle, sameAs, stdlibFiles, tspyTokenize } from "./tokenize-oracle.ts";

test("tokenize: all stdlib files identical to python3 (plain and -e)", { timeout: 600_000 }, () => {
  const files = stdlibFiles();
  assert.ok(files.length >= 1790, `found ${files.length} stdlib files`);
  const oracle = pythonOracle(files);
  const differing: string[] = [];
  for (const f of files) {
    for (const exact of [false, true]) {
      const e = oracle.get(`${exact ? 1 : 0}|${f}`);
      if (e === undefined || !sameAs(tspyTokenize(f, exact), e, false)) differing.push(`${exact ? "-e " : ""}${f}`);
    }
  }
  assert.deepEqual(differing, []);
});
