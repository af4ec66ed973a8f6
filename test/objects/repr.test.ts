import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { floatRepr } from "../../src/objects/float.ts";
import { strRepr } from "../../src/objects/str.ts";
import { bytesRepr } from "../../src/objects/bytes.ts";
import { complexRepr } from "../../src/objects/complex.ts";

function python(code: string): any {
  return JSON.parse(execFileSync("python3", ["-c", code], { encoding: "utf8" }));
}

test("float repr is CPython's shortest repr", () => {
  const values: number[] = [0, -0, 1, -1, 0.1, 1 / 3, 1e16, 1e15, 123456789012345680, 1e-4, 1e-5, 1.5e-5, 2 ** 60,
    5e-324, 1.7976931348623157e308, 1e22, 1e21, 123.456, 0.000123, 9.999999999999999e15, Infinity, -Infinity, NaN];
  for (let i = 0; i < 300; i++) values.push((Math.random() - 0.5) * 10 ** Math.floor(Math.random() * 40 - 20));
  const input = JSON.stringify(values.map((v) => (Object.is(v, -0) ? "-0.0" : Number.isFinite(v) ? v.toString() : String(v).replace("Infinity", "inf"))));
  const expected: string[] = JSON.parse(execFileSync("python3", ["-c", "import json,sys; print(json.dumps([repr(float(x)) for x in json.load(sys.stdin)]))"], { input, encoding: "utf8" }));
  assert.deepEqual(values.map(floatRepr), expected);
});

test("str, bytes and complex repr are CPython's", () => {
  const strs = ["", "a", "'", '"', "'\"", "\\", "\t\n\r\x00\x7f\x80\xa0\xad", "é日本", "\u200b\u2028\ufeff", "😀", "\ud800", "a'b", "\x1b[0m"];
  const exp: string[] = python(`import json; print(json.dumps([repr(s) for s in ${JSON.stringify(strs).replace(/\\ud800/g, "\\\\ud800")}]))`.replace('"\\\\ud800"', '"\\ud800"'));
  assert.deepEqual(strs.map(strRepr), exp);
  const bs = [[], [39], [34], [39, 34], [0, 9, 10, 13, 92, 127, 128, 255, 65]];
  const expB: string[] = python(`import json; print(json.dumps([repr(bytes(b)) for b in ${JSON.stringify(bs)}]))`);
  assert.deepEqual(bs.map((b) => bytesRepr(Uint8Array.from(b))), expB);
  const cs: [number, number][] = [[0, 1], [1, 2], [-0, -1], [1.5, -2.5], [0, 0], [-0, 0], [1e20, 1e-20]];
  const expC: string[] = python(`import json; print(json.dumps([repr(complex(a, b)) for a, b in [(0.0,1.0),(1.0,2.0),(-0.0,-1.0),(1.5,-2.5),(0.0,0.0),(-0.0,0.0),(1e20,1e-20)]]))`);
  assert.deepEqual(cs.map(([a, b]) => complexRepr(a, b)), expC);
});
