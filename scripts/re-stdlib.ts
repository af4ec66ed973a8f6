/**
 * Every regular expression of the python3 stdlib through tspy's re engine and python3's:
 * compile, then findall / finditer over the file it comes from. Reports N/M identical.
 * Usage: npx tsx scripts/re-stdlib.ts [chars of each file, default 100000] [python3 time limit per case, s]
 */
import { compareAll, runPython } from "../test/modules/re-harness.ts";
import { stdlibCases } from "../test/modules/re-stdlib.ts";

const chars = Number(process.argv[2] ?? 100000);
const cases = stdlibCases(1, chars);
const t0 = performance.now();
const expected = runPython(cases, Number(process.argv[3] ?? 2));
const t1 = performance.now();
const bad = compareAll(cases, expected);
const t2 = performance.now();
const timeouts = expected.filter((r) => r.timeout).length;
console.log(`${cases.length / 3} stdlib patterns, ${cases.length - timeouts - bad.length}/${cases.length - timeouts} cases identical, ` +
  `${timeouts} too slow in python3 ` +
  `(python3 ${((t1 - t0) / 1000).toFixed(1)} s, tspy ${((t2 - t1) / 1000).toFixed(1)} s)`);
for (const b of bad.slice(0, 20)) console.log(b.slice(0, 1500));
process.exit(bad.length === 0 ? 0 : 1);
