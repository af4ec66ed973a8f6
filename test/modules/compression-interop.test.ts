// gzip / zipfile / zlib interoperability: files written by tspy must be byte-identical with
// python3's and each side must read the other's (test/modules/compression_interop.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const script = join(here, "compression_interop.py");
const env = { ...process.env, PYTHONHASHSEED: "0", TZ: "UTC" };

function py(args: string[]): string {
  const r = spawnSync("python3", [script, ...args], { env, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}
function tspy(args: string[]): string {
  const bin = process.env["TSPY_BIN"] ?? join(root, "bin", "tspy.js");
  const r = spawnSync(process.execPath, [bin, script, ...args], { env, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test("gzip/zip/zlib files written by tspy and python3 are identical and cross-readable", () => {
  const a = mkdtempSync(join(tmpdir(), "tspy-interop-a-"));
  const b = mkdtempSync(join(tmpdir(), "tspy-interop-b-"));
  try {
    tspy(["write", a]);
    py(["write", b]);
    const byPython = py(["check", a]);   // python3 reads tspy's files
    const byTspy = tspy(["check", b]);   // tspy reads python3's files
    assert.equal(byPython, byTspy);      // same digests: byte-identical files
    assert.equal(byPython.trim().split("\n").length, 4);
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
