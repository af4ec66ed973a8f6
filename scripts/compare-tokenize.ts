// Whole-stdlib check of `tspy -m tokenize [-e] FILE` against `python3 -m tokenize [-e] FILE`.
// Usage: npx tsx scripts/compare-tokenize.ts [--diff] [paths...]   (default: every stdlib .py file)
// Prints "N/M identical" for each mode and lists the files that differ (--diff: and how).
import { pythonOracle, sameAs, stdlibFiles, stdoutText, tspyTokenize } from "../test/tokenizer/tokenize-oracle.ts";

const args = process.argv.slice(2);
const showDiff = args.includes("--diff");
const paths = args.filter((a) => !a.startsWith("--"));
const files = paths.length > 0 ? paths : stdlibFiles();

let t0 = Date.now();
const oracle = pythonOracle(files);
const tOracle = Date.now() - t0;
t0 = Date.now();
const bad: [string, boolean][] = [];
const same = [0, 0];
for (const f of files) {
  for (const exact of [false, true]) {
    const e = oracle.get(`${exact ? 1 : 0}|${f}`);
    let ok = false;
    try {
      ok = e !== undefined && sameAs(tspyTokenize(f, exact), e, false);
    } catch (err) {
      console.log(`JS exception on ${f}${exact ? " (-e)" : ""}: ${(err as Error).stack}`);
    }
    if (ok) same[exact ? 1 : 0]!++;
    else bad.push([f, exact]);
  }
}
const tTspy = Date.now() - t0;
for (const [f, exact] of bad) {
  console.log(`DIFF ${exact ? "-e " : ""}${f}`);
  if (showDiff) {
    const full = pythonOracle([f], true).get(`${exact ? 1 : 0}|${f}`)!;
    const r = tspyTokenize(f, exact);
    if (r.status !== full.status) console.log(`  status: tspy ${r.status}, python ${full.status}`);
    for (const [name, a, b] of [["stdout", stdoutText(r), full.out], ["stderr", r.stderr, full.err]] as const) {
      if (a === b) continue;
      const la = a.split("\n"), lb = b.split("\n");
      let i = 0;
      while (i < la.length && la[i] === lb[i]) i++;
      console.log(`  ${name} line ${i + 1}:\n    tspy:   ${JSON.stringify(la[i])}\n    python: ${JSON.stringify(lb[i])}`);
    }
  }
}
console.log(`plain: ${same[0]}/${files.length} identical`);
console.log(`-e:    ${same[1]}/${files.length} identical`);
console.log(`(python oracle ${(tOracle / 1000).toFixed(1)}s${tOracle < 1000 ? ", cached" : ""}; tspy ${(tTspy / 1000).toFixed(1)}s)`);
process.exitCode = bad.length === 0 ? 0 : 1;
