// Stress: millions of short-lived objects and many reference cycles run with a small JS heap
// (--max-old-space-size): memory stays bounded (no JS out-of-memory), and the live tracked objects
// after each collection do not grow from round to round. Needs a build (bin/tspy.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tspy = process.env.TSPY_BIN || join(root, "bin/tspy.js");

test("millions of short-lived objects and cycles run in a bounded heap", () => {
  const rounds = 20;
  // per round: 20000 iterations of 6 objects + 5000 two-node cycles and self-referencing lists
  const r = spawnSync(process.execPath, ["--max-old-space-size=96", tspy, join(root, "test/memory/stress.py"), String(rounds)],
    { encoding: "utf8", timeout: 120000 });
  assert.equal(r.status, 0, `tspy failed: ${r.stderr.slice(-2000)}`);
  const live = r.stdout.trim().split("\n").map((l) => Number(l.split(" ")[1]));
  assert.equal(live.length, rounds);
  // after warm-up, every round ends with the same number of live tracked objects
  const steady = live.slice(2);
  assert.ok(Math.max(...steady) - Math.min(...steady) <= 2, `live tracked objects vary: ${live.join(" ")}`);
});
