/** Dev helper: npx tsx scripts/compare-snippets.ts [valid|invalid] — mismatches with python3. */
import { INVALID, VALID } from "../test/parser/snippets.ts";
import { pythonVerdicts, tspyVerdict } from "../test/parser/oracle.ts";

const which = process.argv[2] ?? "both";
const list = which === "valid" ? VALID : which === "invalid" ? INVALID : [...VALID, ...INVALID];
const want = pythonVerdicts(list);
let same = 0;
list.forEach((s, i) => {
  const got = tspyVerdict(s);
  if (JSON.stringify(got) === JSON.stringify(want[i])) { same++; return; }
  console.log("SNIPPET", JSON.stringify(s));
  console.log("  py ", JSON.stringify(want[i]).slice(0, 600));
  console.log("  ts ", JSON.stringify(got).slice(0, 600));
});
console.log(`${same}/${list.length} identical`);
