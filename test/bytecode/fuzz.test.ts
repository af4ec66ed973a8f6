// Robustness: mutated and truncated marshal data / .pyc files must end in MarshalError/PycError
// (Python exceptions), never a JS exception; dis of whatever loads must not throw either
// (except DisError, the IndexError python3's dis raises too).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { loads, dumps, MarshalError } from "../../src/bytecode/marshal.ts";
import { readPyc, PycError } from "../../src/bytecode/pyc.ts";
import { CodeObject } from "../../src/bytecode/code.ts";
import { dis, DisError, codeInfo } from "../../src/bytecode/dis.ts";

const seeds: Uint8Array[] = (JSON.parse(execFileSync("python3", ["-c", `
import marshal, json
srcs = ["def f(a, *b, c=1, **d):\\n    try:\\n        return [x for x in a if x in {1, 2}]\\n    except E as e:\\n        raise\\n",
        "class C:\\n    x = 1.5 + 2j\\n    y = (b'ab', 'é', None, ..., 10**30)\\n", "import os\\nprint(f'{os!r:>3}')\\n"]
out = [marshal.dumps(compile(s, 'f.py', 'exec')).hex() for s in srcs]
out.append(marshal.dumps([1, {'a': (2, frozenset({3}))}, {4}, StopIteration, 1.5, 'x' * 300]).hex())
print(json.dumps(out))`], { encoding: "utf8" })) as string[]).map((h) => new Uint8Array(Buffer.from(h, "hex")));

/** A small deterministic PRNG (xorshift32). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}

function mutate(data: Uint8Array, r: () => number): Uint8Array {
  const d = data.slice();
  const kind = Math.floor(r() * 4);
  if (kind === 0) return d.subarray(0, Math.floor(r() * d.length));
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * d.length);
    if (kind === 1) d[at] = Math.floor(r() * 256);
    else if (kind === 2) d[at] = d[at]! ^ (1 << Math.floor(r() * 8));
    else d[at] = [0x72, 0x29, 0x28, 0x63, 0x73, 0x7a, 0x75, 0x6c, 0x30, 0x80, 0xff, 0x00][Math.floor(r() * 12)]!;
  }
  return d;
}

test("mutated marshal data: only MarshalError; what loads disassembles and dumps", () => {
  const r = rng(12345);
  let loaded = 0;
  for (let k = 0; k < 4000; k++) {
    const data = mutate(seeds[k % seeds.length]!, r);
    let v;
    try {
      v = loads(data);
    } catch (e) {
      assert.ok(e instanceof MarshalError, `loads threw ${e}`);
      continue;
    }
    loaded++;
    try {
      dumps(v);
    } catch (e) {
      assert.ok(e instanceof MarshalError, `dumps threw ${e}`);
    }
    if (v instanceof CodeObject) {
      try {
        dis(v);
        codeInfo(v);
      } catch (e) {
        assert.ok(e instanceof DisError, `dis threw ${e}`);
      }
    }
  }
  assert.ok(loaded > 100, `only ${loaded} mutations loaded`);
});

test("mutated .pyc files: only PycError or MarshalError", () => {
  const r = rng(777);
  const header = new Uint8Array([0xa7, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
  for (let k = 0; k < 1500; k++) {
    const body = seeds[k % 3]!;
    const pyc = new Uint8Array(16 + body.length);
    pyc.set(header);
    pyc.set(body, 16);
    try {
      readPyc(mutate(pyc, r), "m", "m.pyc");
    } catch (e) {
      assert.ok(e instanceof PycError || e instanceof MarshalError, `readPyc threw ${e}`);
    }
  }
});
