// tspy -m py_compile / -m compileall against python3's: same output, exit status and set of .pyc
// files (python3's cpython-311 names read as tspy-311), and python3 runs the .pyc tspy wrote.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, cpSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";

const TSPY = join(import.meta.dirname, "../../bin/tspy.js");
const env = { ...process.env };
delete env.SOURCE_DATE_EPOCH;

function tree(): string {
  const d = mkdtempSync(join(tmpdir(), "tspy-cc-"));
  mkdirSync(join(d, "sub/deeper"), { recursive: true });
  writeFileSync(join(d, "a.py"), "x = 1\nprint('a says', x * 2)\n");
  writeFileSync(join(d, "bad.py"), "def f(:\n");
  writeFileSync(join(d, "ind.py"), "if 1:\npass\n");
  writeFileSync(join(d, "notes.txt"), "not python\n");
  writeFileSync(join(d, "sub/b.py"), "y = 2\n");
  writeFileSync(join(d, "sub/deeper/c.py"), "z = 3\n");
  return d;
}
function pycs(d: string): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    for (const n of readdirSync(p)) {
      const f = join(p, n);
      if (statSync(f).isDirectory()) walk(f);
      else if (n.endsWith(".pyc")) out.push(relative(d, f).replace("cpython-311", "tspy-311"));
    }
  };
  walk(d);
  return out.sort();
}
function run(exe: "tspy" | "python3", args: string[], cwd: string) {
  const r = exe === "tspy"
    ? spawnSync(process.execPath, [TSPY, ...args], { cwd, env, encoding: "utf8" })
    : spawnSync("python3", args, { cwd, env, encoding: "utf8" });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

const CASES = [
  ["-m", "compileall", "."], ["-m", "compileall", "-q", "."], ["-m", "compileall", "-qq", "-f", "."],
  ["-m", "compileall", "-l", "."], ["-m", "compileall", "-r", "1", "."], ["-m", "compileall", "-b", "a.py", "sub"],
  ["-m", "compileall", "-x", "bad|ind", "."], ["-m", "compileall", "-d", "/dest", "sub"],
  ["-m", "compileall", "-s", "sub", "-p", "/pre", "sub"], ["-m", "compileall", "-o", "1", "-o", "2", "a.py"],
  ["-m", "compileall", "--invalidation-mode", "unchecked-hash", "a.py"], ["-m", "compileall", "-j", "1", "sub"],
  ["-m", "compileall", "nodir"], ["-m", "compileall", "-Z"], ["-m", "compileall", "--invalidation-mode", "x", "."],
  ["-m", "py_compile", "a.py", "sub/b.py"], ["-m", "py_compile", "bad.py"], ["-m", "py_compile", "ind.py"],
  ["-m", "py_compile", "-q", "bad.py"], ["-m", "py_compile", "missing.py"], ["-m", "py_compile"],
];

test("compileall and py_compile command lines match python3 (output, status, files written)", () => {
  for (const args of CASES) {
    const base = tree();
    const mine = mkdtempSync(join(tmpdir(), "tspy-cc-"));
    try {
      cpSync(base, mine, { recursive: true });
      const want = run("python3", args, base);
      const got = run("tspy", args, mine);
      const label = args.join(" ");
      assert.equal(got.out.split(mine).join(base), want.out, label);
      assert.equal(got.err.replace(/^usage: /u, "usage: "), want.err, label);
      assert.equal(got.status, want.status, label);
      assert.deepEqual(pycs(mine), pycs(base), label);
    } finally {
      rmSync(base, { recursive: true, force: true });
      rmSync(mine, { recursive: true, force: true });
    }
  }
});

test("python3 runs the .pyc files compileall and py_compile wrote", () => {
  const d = tree();
  try {
    assert.equal(run("tspy", ["-m", "compileall", "-q", "."], d).status, 1);
    assert.equal(run("python3", ["__pycache__/a.tspy-311.pyc"], d).out, "a says 2\n");
    assert.equal(run("tspy", ["-m", "py_compile", "a.py"], d).status, 0);
    assert.equal(run("python3", ["__pycache__/a.tspy-311.pyc"], d).out, "a says 2\n");
    assert.equal(run("tspy", ["__pycache__/a.tspy-311.pyc"], d).out, "a says 2\n");
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});
