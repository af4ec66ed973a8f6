/**
 * The tspy command (bin/tspy, package.json "bin"): a sh script that starts node on bin/tspy.js
 * with its options, NODE_EXTRA_CA_CERTS moved aside (node would parse its certificate store at
 * start) and put back for the program. The other command-line tests run `node bin/tspy.js`; these
 * run the command itself, directly and through a symlink as npm installs it (node_modules/.bin).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, cleanEnv } from "./support.ts";

const COMMAND = join(ROOT, "bin", "tspy");
const dir = mkdtempSync(join(tmpdir(), "tspy-launcher-"));
mkdirSync(join(dir, ".bin"));
const LINK = join(dir, ".bin", "tspy");
symlinkSync(COMMAND, LINK);

function run(cmd: string, args: string[], env: Record<string, string> = {}, input = ""): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(cmd, args, { input, env: cleanEnv(env), cwd: dir, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const PROG = "import sys; print(sys.argv, sys.stdin.read().upper()); sys.exit(3)";

test("the tspy command runs a program as python3 does, directly and through a symlink", () => {
  const py = run("python3", ["-c", PROG, "a", "-x"], {}, "input\n");
  for (const cmd of [COMMAND, LINK]) {
    const r = run(cmd, ["-c", PROG, "a", "-x"], {}, "input\n");
    assert.deepEqual(r, py, cmd);
  }
});

test("NODE_EXTRA_CA_CERTS: the program and its children see it, node does not load it", () => {
  // a file that does not exist: node itself would warn "Ignoring extra certs from ..." on stderr
  const ca = join(dir, "no-such-ca.pem");
  const prog = [
    "import os, subprocess, sys",
    "print(os.environ.get('NODE_EXTRA_CA_CERTS'), sorted(k for k in os.environ if k.startswith('TSPY')))",
    "print(subprocess.run(['sh', '-c', 'echo \"$NODE_EXTRA_CA_CERTS\"'], capture_output=True, text=True).stdout.strip())",
  ].join("\n");
  for (const cmd of [COMMAND, LINK]) {
    const r = run(cmd, ["-c", prog], { NODE_EXTRA_CA_CERTS: ca });
    assert.equal(r.stderr, "", cmd);
    assert.equal(r.stdout, `${ca} []\n${ca}\n`, cmd);
    assert.equal(r.status, 0);
  }
  // set and empty stays set and empty; unset stays unset
  assert.equal(run(COMMAND, ["-c", "import os; print(repr(os.environ.get('NODE_EXTRA_CA_CERTS')))"], { NODE_EXTRA_CA_CERTS: "" }).stdout, "''\n");
  assert.equal(run(COMMAND, ["-c", "import os; print(repr(os.environ.get('NODE_EXTRA_CA_CERTS')))"]).stdout, "None\n");
});

test("sys.executable is the command, and running it starts tspy again", () => {
  const r = run(COMMAND, ["-c", "import sys, subprocess; print(sys.executable); print(subprocess.run([sys.executable, '-c', 'print(6 * 7)'], capture_output=True, text=True).stdout.strip())"]);
  assert.equal(r.stdout, `${COMMAND}\n42\n`);
});

test("the command's str hashes are per run unless PYTHONHASHSEED is set", () => {
  const prog = "print(hash('a'), hash(b'abc'))";
  const a = run(COMMAND, ["-c", prog]).stdout, b = run(COMMAND, ["-c", prog]).stdout;
  assert.notEqual(a, b);
  const py = run("python3", ["-c", prog], { PYTHONHASHSEED: "7" }).stdout;
  assert.equal(run(COMMAND, ["-c", prog], { PYTHONHASHSEED: "7" }).stdout, py);
});
