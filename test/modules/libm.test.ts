// tspy's libm (src/modules/libm.ts) against glibc's, bit for bit: scripts/libm_oracle.py computes a
// fixed sample (3000 inputs per function: tiny, [-1,1], [-10,10], wide, huge, integers, special
// values; pairs for pow and atan2) with the C library in one python3 process (ctypes on libm.so.6,
// the functions CPython's math module calls); every result must have the same bits.
// See docs/internals/libm.md; the full-size comparison is `npx tsx scripts/libm-compare.ts`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import * as M from "../../src/modules/libm.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const N = 3000;
const EXACT = ["exp", "exp2", "log", "log2", "pow", "sin", "cos", "tan", "asin", "acos", "atan", "atan2"];
const TWO = new Set(["pow", "atan2"]);

const dir = mkdtempSync(join(tmpdir(), "tspy-libm-"));
const gen = spawnSync("python3", [join(root, "scripts", "libm_oracle.py"), dir, String(N), "7"], { encoding: "utf8" });

const b64 = new Float64Array(1);
const bu = new BigUint64Array(b64.buffer);
function bits(x: number): bigint {
  b64[0] = x;
  return bu[0]!;
}
function ulps(a: number, b: number): number {
  const ia = bits(a), ib = bits(b);
  if (ia >> 63n !== ib >> 63n) return Infinity;
  return Number(ia > ib ? ia - ib : ib - ia);
}

/** [mismatches, largest ulp distance, first few mismatches as text] for one function. */
function compare(name: string): [number, number, string[]] {
  const buf = readFileSync(join(dir, name + ".bin"));
  const all = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
  const two = TWO.has(name);
  const fn = (M as unknown as Record<string, (a: number, b?: number) => number>)[name]!;
  let bad = 0, worst = 0;
  const shown: string[] = [];
  for (let i = 0; i < N; i++) {
    const x = all[i]!, y = two ? all[N + i]! : 0, want = all[(two ? 2 : 1) * N + i]!;
    const got = two ? fn(x, y) : fn(x);
    if ((got !== got && want !== want) || bits(got) === bits(want)) continue;
    bad++;
    worst = Math.max(worst, ulps(got, want));
    if (shown.length < 5) shown.push(`${name}(${two ? `${x}, ${y}` : x}) = ${want}, tspy ${got}`);
  }
  return [bad, worst, shown];
}

test("python3 oracle ran", () => {
  assert.equal(gen.status, 0, gen.stderr);
});

for (const name of EXACT) {
  test(`${name}: same bits as glibc on ${N} inputs`, () => {
    const [bad, , shown] = compare(name);
    assert.equal(bad, 0, shown.join("\n"));
  });
}
test("cleanup", () => {
  rmSync(dir, { recursive: true, force: true });
});
