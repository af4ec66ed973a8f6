/**
 * Compare tspy's libm (src/modules/libm.ts) with glibc's, bit for bit, and time it.
 *
 *   npx tsx scripts/libm-compare.ts [-n N] [-s SEED] [-f sin,cos,...] [-v] [--fresh]
 *
 * The oracle results come from scripts/libm_oracle.py (one python3 process, ctypes on libm.so.6:
 * the functions CPython's math module calls), cached under .cache/libm/<seed>-<N>/.
 * Prints, per function: inputs, mismatches (results whose bit patterns differ; any nan equals any
 * nan), the largest difference in ulps, and ns/call of tspy's function over the same inputs.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as M from "../src/modules/libm.ts";

const args = process.argv.slice(2);
let n = 300000, seed = 1, verbose = false, fresh = false;
let only: string[] | null = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "-n") n = Number(args[++i]);
  else if (a === "-s") seed = Number(args[++i]);
  else if (a === "-f") only = args[++i]!.split(",");
  else if (a === "-v") verbose = true;
  else if (a === "--fresh") fresh = true;
}

const ONE = ["exp", "exp2", "log", "log2", "sin", "cos", "tan", "asin", "acos", "atan"] as const;
const TWO = ["pow", "atan2"] as const;
const names = [...ONE, ...TWO].filter((f) => !only || only.includes(f));
const dir = `.cache/libm/${seed}-${n}`;
const missing = names.filter((f) => !existsSync(`${dir}/${f}.bin`));
if (fresh || missing.length) {
  execFileSync("python3", ["scripts/libm_oracle.py", dir, String(n), String(seed), (fresh ? names : missing).join(",")], {
    stdio: "inherit",
  });
}

const b64 = new Float64Array(1);
const bu = new BigUint64Array(b64.buffer);
function bits(x: number): bigint {
  b64[0] = x;
  return bu[0]!;
}
function ulps(a: number, b: number): number {
  // distance in representable doubles (same sign assumed; else huge)
  const ia = bits(a), ib = bits(b);
  if ((ia >> 63n) !== (ib >> 63n)) return Infinity;
  const d = ia > ib ? ia - ib : ib - ia;
  return Number(d);
}
const hex = (x: number) => bits(x).toString(16).padStart(16, "0");

let total = 0;
for (const name of names) {
  const buf = readFileSync(`${dir}/${name}.bin`);
  const all = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
  const two = (TWO as readonly string[]).includes(name);
  const xs = all.subarray(0, n);
  const ys = two ? all.subarray(n, 2 * n) : null;
  const want = all.subarray(two ? 2 * n : n, two ? 3 * n : 2 * n);
  const got = new Float64Array(n);
  const fn = (M as unknown as Record<string, (a: number, b?: number) => number>)[name]!;
  // warm up, then time the whole array
  for (let i = 0; i < Math.min(n, 20000); i++) got[i] = ys ? fn(xs[i]!, ys[i]!) : fn(xs[i]!);
  const t0 = process.hrtime.bigint();
  if (ys) for (let i = 0; i < n; i++) got[i] = fn(xs[i]!, ys[i]!);
  else for (let i = 0; i < n; i++) got[i] = fn(xs[i]!);
  const ns = Number(process.hrtime.bigint() - t0) / n;
  let bad = 0, maxU = 0;
  const shown: string[] = [];
  for (let i = 0; i < n; i++) {
    const g = got[i]!, w = want[i]!;
    if (g !== g && w !== w) continue;
    if (bits(g) === bits(w)) continue;
    bad++;
    const u = ulps(g, w);
    if (u > maxU) maxU = u;
    if (verbose && shown.length < 12) {
      const arg = ys ? `${xs[i]!}, ${ys[i]!}` : `${xs[i]!}`;
      shown.push(`    ${name}(${arg}) = ${w} [${hex(w)}], tspy ${g} [${hex(g)}]`);
    }
  }
  total += bad;
  console.log(`${name.padEnd(6)} ${String(n).padStart(8)} inputs  ${String(bad).padStart(7)} mismatches  max ${maxU === Infinity ? "sign" : maxU} ulp  ${ns.toFixed(1).padStart(7)} ns/call`);
  for (const s of shown) console.log(s);
}
console.log(`total mismatches: ${total}`);
process.exitCode = total ? 1 : 0;
