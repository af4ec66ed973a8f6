import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { Op, opname, cacheEntries, opflags, HAS_JREL, HAS_JABS, HAS_CONST, HAS_NAME, HAS_LOCAL, HAS_FREE, HAS_COMPARE, SPECIALIZATIONS, NB_OPS, CMP_OP } from "../../src/bytecode/opcodes.ts";

const facts = JSON.parse(execFileSync("python3", ["-c", `
import opcode, dis, json
print(json.dumps({
  "opname": dis._all_opname, "cache": opcode._inline_cache_entries,
  "jrel": opcode.hasjrel, "jabs": opcode.hasjabs, "const": opcode.hasconst, "name": opcode.hasname,
  "local": opcode.haslocal, "free": opcode.hasfree, "compare": opcode.hascompare,
  "spec": opcode._specializations, "nb": opcode._nb_ops, "cmp": opcode.cmp_op}))
`], { encoding: "utf8" }));

test("opcode names and numbers are python3's", () => {
  for (let i = 0; i < 256; i++) assert.equal(opname[i], facts.opname[i], `opcode ${i}`);
  assert.equal(Op.LOAD_FAST, 124);
});

test("cache entries and flags are python3's", () => {
  for (let i = 0; i < 256; i++) {
    if (facts.opname[i].startsWith("<")) continue;
    if (i < facts.cache.length && !Object.values(facts.spec).flat().includes(facts.opname[i])) assert.equal(cacheEntries[i], facts.cache[i], facts.opname[i]);
  }
  const check = (flag: number, list: number[]) => {
    for (let i = 0; i < 256; i++) {
      const base = !Object.values(facts.spec).flat().includes(facts.opname[i]);
      if (base) assert.equal((opflags[i]! & flag) !== 0, list.includes(i), facts.opname[i]);
    }
  };
  check(HAS_JREL, facts.jrel); check(HAS_JABS, facts.jabs); check(HAS_CONST, facts.const);
  check(HAS_NAME, facts.name); check(HAS_LOCAL, facts.local); check(HAS_FREE, facts.free); check(HAS_COMPARE, facts.compare);
});

test("specialisation families, NB_* and compare ops are python3's", () => {
  const spec: Record<string, string[]> = {};
  for (const [b, s] of SPECIALIZATIONS) spec[Op[b]] = s.map((x) => Op[x]);
  assert.deepEqual(spec, facts.spec);
  assert.deepEqual(NB_OPS, facts.nb);
  assert.deepEqual([...CMP_OP], facts.cmp);
});
