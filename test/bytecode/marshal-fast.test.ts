// The .pyc fast path (src/bytecode/marshal-fast.ts) against the generic reader: on python3's
// marshalled code objects it must take every one and give the same value; on truncated and
// bit-flipped data it either declines (null) or gives what loads() gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { loads } from "../../src/bytecode/marshal.ts";
import { loadsFast } from "../../src/bytecode/marshal-fast.ts";
import { CodeObject } from "../../src/bytecode/code.ts";
import { Complex, ConstTuple, ConstFrozenSet } from "../../src/objects/constant.ts";
import { stdlibSample } from "./sample.ts";

/** Structural equality of two loads() results, with shared objects shared the same way. */
function same(a: unknown, b: unknown, seen = new Map<unknown, unknown>()): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b) return false;
  if (typeof a === "number") return Object.is(a, b);
  if (typeof a !== "object" || a === null || b === null) return false;
  const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
  if (x.constructor !== y.constructor) return false;
  if (seen.has(a)) return seen.get(a) === b;
  seen.set(a, b);
  if (a instanceof Uint8Array) return a.length === (b as Uint8Array).length && a.every((v, i) => v === (b as Uint8Array)[i]);
  if (a instanceof ConstTuple || a instanceof ConstFrozenSet) {
    const bi = (b as ConstTuple).items;
    return a.items.length === bi.length && a.items.every((v, i) => same(v, bi[i], seen));
  }
  if (a instanceof Complex) return Object.is(a.real, (b as Complex).real) && Object.is(a.imag, (b as Complex).imag);
  if (a instanceof CodeObject || Array.isArray(a)) return Object.keys(x).every((k) => same(x[k], y[k], seen));
  return false;
}

const sample = stdlibSample(60);
const bodies: Uint8Array[] = (JSON.parse(execFileSync("python3", ["-c", `
import sys, json, marshal
out = []
for path in json.loads(sys.stdin.read()):
    out.append(marshal.dumps(compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)).hex())
out.append(marshal.dumps((1, -2**70, 2.5, 3j, b'x', 'caf\\u00e9', '\\udc80', frozenset({1, 2}), frozenset(), (), None, True, ...)).hex())
print(json.dumps(out))
`], { encoding: "utf8", input: JSON.stringify(sample), maxBuffer: 1 << 28 })) as string[]).map((h) => Uint8Array.from(Buffer.from(h, "hex")));

test("fast path: python3's code objects read exactly as loads() reads them", () => {
  for (const b of bodies) {
    const f = loadsFast(b);
    assert.notEqual(f, null);
    assert.ok(same(f, loads(b)));
  }
});

test("fast path: truncated or corrupted data is declined or read as loads() reads it", () => {
  let declined = 0;
  for (const b of bodies.slice(0, 20)) {
    const variants: Uint8Array[] = [];
    for (let cut = 0; cut < b.length; cut += Math.max(1, b.length >> 5)) variants.push(b.subarray(0, cut));
    for (let k = 0; k < 32; k++) {
      const c = b.slice();
      c[(k * 7919) % c.length]! ^= 1 << (k & 7);
      variants.push(c);
    }
    for (const v of variants) {
      const f = loadsFast(v);
      if (f === null) {
        declined++;
        continue;
      }
      let g: unknown;
      assert.doesNotThrow(() => { g = loads(v); });
      assert.ok(same(f, g));
    }
  }
  assert.ok(declined > 0);
});
