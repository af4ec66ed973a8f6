// CPython's hash functions and set layout, and _imp.source_hash, against python3.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  sourceHash, hashSecret, hashStr, hashBytes, hashInt, hashFloat, hashComplex, hashTuple, hashFrozenSet, setOrder,
} from "../../src/objects/hash.ts";
import { RAW_MAGIC_NUMBER } from "../../src/bytecode/pyc.ts";

function py(code: string, seed = "0"): string {
  return execFileSync("python3", ["-c", code], { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: seed } });
}

const strs = ["", "a", "abc", "é", "€x", "\u{1F600}", "hello world", "x".repeat(100), "ab\u0000cd", "\u00ff\u0100"];

test("_imp.source_hash", () => {
  const sources = ["", "x = 1\n", "é".repeat(37), "a".repeat(1000)];
  const want = JSON.parse(py(`import _imp, json, importlib._bootstrap_external as be
print(json.dumps([be._RAW_MAGIC_NUMBER] + [_imp.source_hash(be._RAW_MAGIC_NUMBER, s.encode()).hex() for s in ${JSON.stringify(sources)}]))`));
  assert.equal(RAW_MAGIC_NUMBER, want[0]);
  sources.forEach((s, i) => assert.equal(Buffer.from(sourceHash(RAW_MAGIC_NUMBER, Buffer.from(s))).toString("hex"), want[i + 1], JSON.stringify(s)));
});

test("str and bytes hashes for PYTHONHASHSEED=0 and =12345", () => {
  for (const seed of [0, 12345]) {
    const want = JSON.parse(py(`import json; print(json.dumps([str(hash(s)) for s in ${JSON.stringify(strs)}] + [str(hash(s.encode())) for s in ${JSON.stringify(strs)}]))`, String(seed)));
    const secret = hashSecret(seed);
    strs.forEach((s, i) => {
      assert.equal(hashStr(s, secret).toString(), want[i], `str ${JSON.stringify(s)} seed ${seed}`);
      assert.equal(hashBytes(Buffer.from(s), secret).toString(), want[strs.length + i], `bytes ${JSON.stringify(s)} seed ${seed}`);
    });
  }
});

test("int, float, complex, tuple, frozenset hashes", () => {
  const ints = [0n, 1n, -1n, -2n, 2n ** 61n - 1n, 2n ** 61n, -(2n ** 64n), 10n ** 40n];
  const floats = [0, -0, 1.5, -0.1, 1e300, 5e-324, Infinity, -Infinity, 3.141592653589793, 2 ** 70, -(2 ** -80)];
  const want = JSON.parse(py(`import json, math
print(json.dumps([str(hash(i)) for i in [${ints.join(",")}]] + [str(hash(f)) for f in [${floats.map((f) => `float("${f}")`).join(",")}]]
  + [str(hash(complex(1.5, -2))), str(hash((1, 'a', 2.5))), str(hash(())), str(hash(frozenset({1, 2, 3}))), str(hash(frozenset()))]))`));
  let k = 0;
  for (const i of ints) assert.equal(hashInt(i).toString(), want[k++], `int ${i}`);
  for (const f of floats) assert.equal(hashFloat(f)!.toString(), want[k++], `float ${f}`);
  assert.equal(hashComplex(1.5, -2)!.toString(), want[k++]);
  const z = hashSecret(0);
  assert.equal(hashTuple([hashInt(1n), hashStr("a", z), hashFloat(2.5)!]).toString(), want[k++]);
  assert.equal(hashTuple([]).toString(), want[k++]);
  assert.equal(hashFrozenSet([1n, 2n, 3n]).toString(), want[k++]);
  assert.equal(hashFrozenSet([]).toString(), want[k++]);
});

test("set iteration order follows CPython's table", () => {
  const groups = [
    ["replace", "delete", "insert", "equal"],
    Array.from({ length: 40 }, (_, i) => `k${i}`),
    ["a", "b", "c", "d", "e", "f", "g", "h", "i"],
  ];
  const intGroups = [[1n, 9n, 17n, 25n, 33n], [5n, 3n, 1000n, -1n, 2n ** 62n, 7n, 15n, 23n, 31n, 39n, 47n, 55n, 63n]];
  const want = JSON.parse(py(`import json
out = []
for g in ${JSON.stringify(groups)} + ${JSON.stringify(intGroups.map((g) => g.map(String)))}:
    g = [int(x) if x.lstrip('-').isdigit() else x for x in g]
    s = set()
    for x in g: s.add(x)
    out.append([str(x) for x in s])
print(json.dumps(out))`));
  const z = hashSecret(0);
  groups.forEach((g, i) => assert.deepEqual(setOrder(g.map((s) => hashStr(s, z))).map((j) => g[j]), want[i]));
  intGroups.forEach((g, i) => assert.deepEqual(setOrder(g.map(hashInt)).map((j) => String(g[j])), want[groups.length + i]));
});
