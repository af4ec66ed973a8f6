/**
 * Larger random campaigns for the re engine than the CI test runs: random patterns (the
 * generators of test/modules/re-gen.ts) through python3 and tspy, reporting N/M identical.
 * Usage: npx tsx scripts/re-fuzz.ts [seed] [runs] [str|bytes|fold]
 */
import { compareAll, runPython } from "../test/modules/re-harness.ts";
import { sampleBytes, sampleCaseFold, sampleCases } from "../test/modules/re-gen.ts";

const seed = Number(process.argv[2] ?? Date.now() % 100000);
const runs = Number(process.argv[3] ?? 5000);
const kind = process.argv[4] ?? "str";
const sample = kind === "bytes" ? sampleBytes : kind === "fold" ? sampleCaseFold : sampleCases;
const cases = sample(seed, runs);
const expected = runPython(cases, 0.25);
const compared = expected.filter((r) => !r.timeout).length;
const bad = compareAll(cases, expected);
console.log(`seed ${seed}, ${kind}: ${compared - bad.length}/${compared} cases identical (${cases.length - compared} timed out in python3)`);
for (const b of bad.slice(0, 20)) console.log(b);
process.exit(bad.length === 0 ? 0 : 1);
