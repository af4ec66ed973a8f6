import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

const TSPY = ["bin/tspy.js"];

function tspy(args: string[]) {
  return spawnSync(process.execPath, [...TSPY, ...args], { encoding: "utf8" });
}

test("--version prints the Python version tspy implements", () => {
  const r = tspy(["--version"]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Python 3\.11\.7 \(tspy \d+\.\d+\.\d+\)\n$/);
});

test("an unknown option is a usage error with status 2, as in python3", () => {
  const r = tspy(["-Z"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^Unknown option: -Z\nusage: tspy /);
});

test("a missing script file is reported as python3 reports it, status 2", () => {
  const r = tspy(["no/such/file.py"]);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "tspy: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n");
});
