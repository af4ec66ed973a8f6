import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
// @ts-ignore: plain ESM script
import { runDifferential } from "../../scripts/run-differential.mjs";

test("every program of tests/programs, compiled by python3, behaves as under python3", async () => {
  const results: { name: string; ok: boolean }[] = await runDifferential([], { verbose: true, mode: "pyc" });
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  assert.deepEqual(failed, [], `${failed.length} of ${results.length} programs differ`);
});

test("every program of tests/programs, compiled by tspy, behaves as under python3 (known compiler gaps excepted)", async () => {
  const xfail = new Set(readFileSync("tests/programs/source-xfail.txt", "utf8").split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#")).map((l) => l.split(/\s+/)[0]!));
  const results: { name: string; ok: boolean }[] = await runDifferential([], { verbose: false, mode: "source" });
  const failed = results.filter((r) => !r.ok && !xfail.has(r.name)).map((r) => r.name);
  assert.deepEqual(failed, [], `${failed.length} of ${results.length} programs differ`);
});

test("a sample of tests/programs behaves as under python3 with the experimental JIT tier translating every code object", async () => {
  // TSPY_JIT=eager: src/vm/jit.ts translates each code object on its first entry after quickening
  const results: { name: string; ok: boolean }[] = await runDifferential([], { verbose: true, mode: "pyc", env: { TSPY_JIT: "eager" }, every: 6 });
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  assert.ok(results.length > 90, `sample of ${results.length}`);
  assert.deepEqual(failed, [], `${failed.length} of ${results.length} programs differ`);
});

test("the JIT tier translates hot code and its functions give the interpreter's results", async () => {
  const { spawnSync } = await import("node:child_process");
  const prog = [
    "def f(n):",
    "    t = 0.0; xs = [1, 2, 3]",
    "    for i in range(n):",
    "        a, b = divmod(i, 7)",
    "        t += xs[i % 3] * 0.5 + a - b",
    "        if i == 5000: xs.append(4)",
    "    return t, len(xs)",
    "class P:",
    "    def __init__(self, v): self.v = v",
    "    def get(self): return self.v",
    "print([f(n) for n in (10, 20000)], sum(P(i).get() for i in range(3000)))",
  ].join("\n");
  const run = (env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, ["--stack-size=4000", "bin/tspy.js", ...args, "-c", prog], { encoding: "utf8", env: { ...process.env, ...env } });
  const py = spawnSync("python3", ["-c", prog], { encoding: "utf8" });
  const jit = run({}, ["-X", "tspy_jit=dump"]);
  assert.equal(jit.stdout, py.stdout);
  assert.match(jit.stderr, /---- jit f\nconst /);
  assert.match(jit.stderr, /---- jit P\.get\n/);
  assert.equal(run({ TSPY_JIT: "0" }).stdout, py.stdout);
});
