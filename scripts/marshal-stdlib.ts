/**
 * Whole-stdlib marshal check: python3 compiles every stdlib file and marshals the code object
 * (scripts/bytecode_oracle.py, cached in .cache/bc-oracle); tspy's loads must give the same
 * structure, and tspy's dumps must load back in python3 / be byte-identical.
 * usage: npx tsx scripts/marshal-stdlib.ts [--regen] [--dumps]
 */
import { readFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import { loads, dumps } from "../src/bytecode/marshal.ts";
import { describe } from "../test/bytecode/describe.ts";
import { stdlibFiles, ORACLE_DIR, ensureOracle } from "./stdlib-oracle.ts";

const args = process.argv.slice(2);
const index = ensureOracle(args.includes("--regen"));
let ok = 0, total = 0, same = 0, sameLen = 0;
const dumpDiffs: string[] = [];
const failures: string[] = [];
for (const e of index) {
  if (!e.ok) continue;
  total++;
  const data = new Uint8Array(readFileSync(join(ORACLE_DIR, e.key + ".marshal")));
  try {
    const got = describe(loads(data));
    const want = JSON.parse(readFileSync(join(ORACLE_DIR, e.key + ".json"), "utf8"));
    if (isDeepStrictEqual(got, want)) ok++;
    else failures.push(e.file);
    const again = dumps(loads(data));
    if (Buffer.compare(Buffer.from(again), Buffer.from(data)) === 0) same++;
    else {
      dumpDiffs.push(e.key + " " + e.file);
      if (again.length === data.length) sameLen++;
    }
  } catch (err) {
    failures.push(`${e.file}: ${err}`);
  }
}
for (const f of failures.slice(0, 20)) console.log("DIFF", f);
console.log(`marshal.loads: ${ok}/${total} stdlib code objects identical to python3's`);
for (const f of dumpDiffs.slice(0, 10)) console.log("DUMPS DIFF", f);
console.log(`marshal.dumps: ${same}/${total} byte-identical to python3's marshal.dumps (${sameLen} more of the same length)`);
void stdlibFiles; void existsSync; void execFileSync;
