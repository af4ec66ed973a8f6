/**
 * The `re` module programs get (lib/re over the native _sre): a fixed sample of the engine's
 * hand-written cases (every 8th of test/modules/re-cases.ts) runs through
 * scripts/re_module_cases.py under python3 and under tspy; every result (value or exception,
 * plus warnings) must be identical. scripts/re-module-check.ts runs all of them and a fuzz sample.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CASES } from "./re-cases.ts";

const root = join(fileURLToPath(import.meta.url), "..", "..", "..");

function results(cmd: string, args: string[], input: string): string[] {
  const r = spawnSync(cmd, [...args, join(root, "scripts/re_module_cases.py")], {
    input, encoding: "utf8", maxBuffer: 1 << 26, timeout: 240_000, env: { ...process.env, PYTHONHASHSEED: "0" },
  });
  assert.equal(r.status, 0, `${cmd} failed: ${(r.stderr ?? "").slice(-2000)}`);
  return r.stdout.split("\n").filter((l) => l.length > 0).map((l) => JSON.stringify(JSON.parse(l)));
}

test("re module: sample of the engine cases identical to python3 through tspy's re", () => {
  const sample = CASES.filter((_, i) => i % 8 === 0);
  const input = JSON.stringify(sample);
  const want = results("python3", [], input);
  const got = results("node", [join(root, "bin/tspy.js")], input);
  const bad: string[] = [];
  for (let i = 0; i < sample.length; i++) {
    if (want[i] !== got[i]) bad.push(`${JSON.stringify(sample[i])}\n  python3: ${want[i]}\n  tspy:    ${got[i]}`);
  }
  assert.equal(bad.length, 0, `${bad.length} of ${sample.length} differ:\n${bad.slice(0, 20).join("\n")}`);
});
