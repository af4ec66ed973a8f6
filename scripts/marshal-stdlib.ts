/**
 * Whole-stdlib marshal check: python3 compiles every stdlib file and marshals the code object
 * (scripts/bytecode_oracle.py, cached in .cache/bc-oracle); tspy's loads must give the same
 * structure, and tspy's dumps must load back in python3 / be byte-identical.
 * --compile: tspy's parser and compiler compile each file; dumps of that code object must be
 * byte-identical to python3's marshal.dumps(compile(...)) (what a .pyc holds).
 * usage: npx tsx scripts/marshal-stdlib.ts [--regen] [--compile]
 */
import { readFileSync, existsSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import { loads, dumps } from "../src/bytecode/marshal.ts";
import { parse } from "../src/parser/parse.ts";
import { compileAST } from "../src/compiler/index.ts";
import { describe } from "../test/bytecode/describe.ts";
import { stdlibFiles, ORACLE_DIR, ensureOracle } from "./stdlib-oracle.ts";

const args = process.argv.slice(2);
const index = ensureOracle(args.includes("--regen"));
if (args.includes("--compile")) {
  let same = 0, total = 0;
  const diffs: string[] = [];
  for (const e of index) {
    if (!e.ok) continue;
    total++;
    try {
      const co = compileAST(parse(new Uint8Array(readFileSync(e.file)), { filename: e.file }), { filename: e.file });
      const theirs = readFileSync(join(ORACLE_DIR, e.key + ".marshal"));
      if (Buffer.compare(Buffer.from(dumps(co)), theirs) === 0) same++;
      else diffs.push(e.file);
    } catch (err) {
      diffs.push(`${e.file}: ${err}`);
    }
  }
  for (const d of diffs.slice(0, 20)) console.log("DIFF", d);
  console.log(`tspy compile + marshal.dumps: ${same}/${total} byte-identical to python3's marshal.dumps(compile(...))`);
  process.exit(0);
}
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
      writeFileSync(join(ORACLE_DIR, e.key + ".tspy.marshal"), again);
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
// The others must still load in python3 and give the same code objects.
const keys = dumpDiffs.map((d) => d.split(" ")[0]!);
const res = JSON.parse(execFileSync("python3", ["-c", `
import marshal, json, sys, os, types
def same(a, b):
    if type(a) is not type(b): return False
    if isinstance(a, types.CodeType):
        return (a == b and a.co_filename == b.co_filename and a.co_qualname == b.co_qualname
                and all(same(x, y) for x, y in zip(a.co_consts, b.co_consts)))
    if isinstance(a, (tuple, frozenset)): return len(a) == len(b) and a == b
    return a == b or (a != a and b != b)
out = []
for k in json.loads(sys.argv[2]):
    theirs = marshal.loads(open(os.path.join(sys.argv[1], k + ".marshal"), "rb").read())
    try:
        ours = marshal.loads(open(os.path.join(sys.argv[1], k + ".tspy.marshal"), "rb").read())
        out.append(same(theirs, ours))
    except Exception as e:
        out.append(False)
print(json.dumps(out))`, ORACLE_DIR, JSON.stringify(keys)], { encoding: "utf8" })) as boolean[];
const equal = res.filter((x) => x).length;
console.log(`marshal.dumps: ${same + equal}/${total} load back in python3 as equal code objects (${keys.length - equal} differ: ${dumpDiffs.filter((_, i) => !res[i]).map((d) => d.split("/").pop()).join(", ")})`);
void stdlibFiles; void existsSync;
