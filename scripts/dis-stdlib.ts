/**
 * Whole-stdlib dis check (code addresses masked), against scripts/bytecode_oracle.py's output
 * cached in .cache/bc-oracle:
 *   default      python3's code object, marshalled and read back with tspy's marshal.loads, must
 *                disassemble as python3's dis.dis prints it (for the marshal round trip: .pyc)
 *   --compile    `tspy -m dis FILE` against `python3 -m dis FILE`: tspy's own parser and
 *                compiler make the code object
 *   --lines      co_lines() and co_positions() of every code object (tspy's linetable.ts against
 *                python3's, compared through a SHA-1 of their JSON per file)
 * usage: npx tsx scripts/dis-stdlib.ts [--regen] [--compile | --lines] [--show N]
 */
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { coLines, coPositions } from "../src/bytecode/linetable.ts";
import { join } from "node:path";
import { loads } from "../src/bytecode/marshal.ts";
import { CodeObject } from "../src/bytecode/code.ts";
import { dis } from "../src/bytecode/dis.ts";
import { parse } from "../src/parser/parse.ts";
import { compileAST } from "../src/compiler/index.ts";
import { ORACLE_DIR, ensureOracle } from "./stdlib-oracle.ts";

const args = process.argv.slice(2);
const show = args.includes("--show") ? Number(args[args.indexOf("--show") + 1]) : 5;
const index = ensureOracle(args.includes("--regen"));
const viaCompiler = args.includes("--compile");
if (args.includes("--lines")) {
  const entries = index.filter((e) => e.ok);
  const want = JSON.parse(execFileSync("python3", ["-c", `
import hashlib, json, marshal, sys, types, os
def walk(co, out):
    out.append([list(co.co_lines()), list(co.co_positions())])
    for c in co.co_consts:
        if isinstance(c, types.CodeType): walk(c, out)
res = []
for k in json.loads(sys.stdin.read()):
    out = []
    walk(marshal.loads(open(os.path.join(sys.argv[1], k + ".marshal"), "rb").read()), out)
    res.append(hashlib.sha1(json.dumps(out, separators=(",", ":")).encode()).hexdigest())
print(json.dumps(res))`, ORACLE_DIR], { input: JSON.stringify(entries.map((e) => e.key)), encoding: "utf8", maxBuffer: 1 << 26 })) as string[];
  let same = 0;
  entries.forEach((e, i) => {
    const out: unknown[] = [];
    const walk = (co: CodeObject) => {
      out.push([coLines(co), coPositions(co)]);
      for (const c of co.co_consts) if (c instanceof CodeObject) walk(c);
    };
    walk(loads(new Uint8Array(readFileSync(join(ORACLE_DIR, e.key + ".marshal")))) as CodeObject);
    if (createHash("sha1").update(JSON.stringify(out)).digest("hex") === want[i]) same++;
    else console.log("DIFF", e.file);
  });
  console.log(`co_lines/co_positions: ${same}/${entries.length} stdlib files identical to python3's`);
  process.exit(0);
}
const mask = (s: string) => s.replace(/0x[0-9a-f]+/g, "0x?");
let ok = 0, total = 0, okUpToNone = 0;

/**
 * CPython hashes None by its address, which changes from run to run: a frozenset holding None
 * has no fixed order. Two lines that differ only in the order of such frozensets' items match.
 */
function sameUpToNoneSets(x: string, y: string): boolean {
  const re = /frozenset\(\{([^{}]*)\}\)/g;
  const norm = (s: string) => s.replace(re, (m, body: string) => body.split(", ").includes("None") ? "frozenset({" + body.split(", ").sort().join(", ") + "})" : m);
  return norm(x) === norm(y);
}
const fails: string[] = [];
const causes = new Map<string, number>();

/** A known cause for the first differing line, by its shape. */
function causeOf(got: string, want: string): string {
  if (/\\ud[89ab][0-9a-f]{2}\\ud[c-f][0-9a-f]{2}/.test(want) && !/\\ud[89ab][0-9a-f]{2}\\ud[c-f][0-9a-f]{2}/.test(got)) {
    return "str constant with a surrogate pair written as two escapes (one astral character in a JS string)";
  }
  const setItems = (l: string) => {
    const m = /frozenset\(\{(.*)\}\)/.exec(l);
    return m ? m[1]!.split(", ").sort().join(", ") : null;
  };
  const g = setItems(got);
  if (g !== null && g === setItems(want)) return "frozenset order (a string interned at start-up by site-packages?)";
  return "other";
}
for (const e of index) {
  if (!e.ok) continue;
  total++;
  const want = mask(readFileSync(join(ORACLE_DIR, e.key + (viaCompiler ? ".disc" : ".dis")), "utf8"));
  let got: string;
  try {
    const code = viaCompiler
      ? compileAST(parse(new Uint8Array(readFileSync(e.file)), { filename: e.file }), { filename: e.file })
      : loads(new Uint8Array(readFileSync(join(ORACLE_DIR, e.key + ".marshal"))));
    got = mask(dis(code as CodeObject));
  } catch (err) {
    got = String(err);
  }
  if (got === want) { ok++; continue; }
  const a = got.split("\n"), b = want.split("\n");
  if (a.length === b.length && a.every((l, i) => l === b[i] || sameUpToNoneSets(l, b[i]!))) {
    okUpToNone++;
    continue;
  }
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const cause = causeOf(a[i] ?? "", b[i] ?? "");
  causes.set(cause, (causes.get(cause) ?? 0) + 1);
  fails.push(`${e.key} ${e.file} [${cause}]\n   got: ${a[i]}\n  want: ${b[i]}`);
}
for (const f of fails.slice(0, show)) console.log(f);
for (const [cause, n] of causes) console.log(`  ${n} file(s): ${cause}`);
console.log(viaCompiler
  ? `tspy -m dis: ${ok}/${total} stdlib files print what python3 -m dis prints`
  : `dis: ${ok}/${total} stdlib files disassemble identically to python3's dis.dis`);
console.log(`     ${okUpToNone} more identical up to the order of frozensets holding None (CPython hashes None by address)`);

