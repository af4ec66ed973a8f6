/**
 * Watching a run from the command line: -X importtime (CPython's table: header once, one line per
 * module loaded, nested imports indented under the module that made them), -v (importlib's
 * verbose messages: which .pyc served a module, "import 'name' # loader"), and tspy's own
 * -X tspy-trace (every executed instruction with the value stack). The user modules' lines are
 * compared with python3's; timings and addresses differ by nature and are masked.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./support.ts";

const dir = mkdtempSync(join(tmpdir(), "tspy-trace-"));
mkdirSync(join(dir, "pkg"));
writeFileSync(join(dir, "pkg", "__init__.py"), "from . import inner\n");
writeFileSync(join(dir, "pkg", "inner.py"), "import leaf\nVALUE = leaf.X + 1\n");
writeFileSync(join(dir, "leaf.py"), "X = 41\n");
writeFileSync(join(dir, "main.py"), "import pkg\nimport leaf\nprint(pkg.inner.VALUE)\n");

const ours = (stderr: string, names: string[]) =>
  stderr.split("\n").filter((l) => names.some((n) => l.endsWith(" " + n) || l.endsWith("| " + n)));

test("-X importtime: header, one line per loaded module, nesting and self <= cumulative", () => {
  const py = run("python3", ["-B", "-X", "importtime", "main.py"], { cwd: dir });
  const ts = run("tspy", ["-B", "-X", "importtime", "main.py"], { cwd: dir });
  assert.equal(ts.stdout, py.stdout);
  assert.equal(ts.status, 0);
  const header = "import time: self [us] | cumulative | imported package";
  assert.equal(ts.stderr.split("\n").filter((l) => l === header).length, 1);
  assert.equal(ts.stderr.split("\n")[0], header);
  const shape = (l: string) => l.replace(/^import time: +(\d+) \| +(\d+) \| /, "import time: N | N | ");
  const names = ["pkg", "pkg.inner", "leaf"];
  assert.deepEqual(ours(ts.stderr, names).map(shape), ours(py.stderr, names).map(shape));
  for (const l of ts.stderr.split("\n").slice(1)) {
    if (l === "") continue;
    const m = /^import time: +(\d+) \| +(\d+) \| ( *)\S+$/.exec(l);
    assert.ok(m !== null, l);
    assert.ok(Number(m[1]) <= Number(m[2]), l);
  }
});

test("-v: .pyc matches and import lines for user modules as python3's", () => {
  // a first run of each writes the .pyc files the second one reports
  run("python3", ["main.py"], { cwd: dir });
  run("tspy", ["main.py"], { cwd: dir });
  const mask = (s: string) => s.split("\n").filter((l) => l.includes(dir))
    .map((l) => l.replace(/ at 0x[0-9a-f]+>/, " at ADDR>").replace(/cpython-311|tspy-311/g, "TAG").split(dir).join("DIR"));
  const py = run("python3", ["-v", "main.py"], { cwd: dir });
  const ts = run("tspy", ["-v", "main.py"], { cwd: dir });
  assert.equal(ts.stdout, py.stdout);
  const userLines = (s: string) => mask(s).filter((l) => /leaf|pkg/.test(l));
  assert.deepEqual(userLines(ts.stderr), userLines(py.stderr));
  const imports = (s: string) => s.split("\n").filter((l) => /^import '(pkg|pkg\.inner|leaf)' #/.test(l)).map((l) => l.replace(/ at 0x[0-9a-f]+>/, ""));
  assert.deepEqual(imports(ts.stderr), imports(py.stderr));
  assert.equal(imports(ts.stderr).length, 3);
});

test("-X tspy-trace: every instruction with its stack, the program's output unchanged", () => {
  writeFileSync(join(dir, "t.py"), "x = 1\ndef f(a):\n    return a + x\nprint(f(2))\n");
  const plain = run("tspy", ["t.py"], { cwd: dir });
  const ts = run("tspy", ["-X", "tspy-trace", "t.py"], { cwd: dir });
  assert.equal(ts.stdout, plain.stdout);
  assert.equal(ts.stdout, "3\n");
  const lines = ts.stderr.trimEnd().split("\n");
  assert.ok(lines.every((l) => l.startsWith("[trace] ")), lines.find((l) => !l.startsWith("[trace] ")));
  assert.ok(lines.includes("[trace] f 3 @2 LOAD_FAST 0 (a) | stack: "));
  assert.ok(lines.includes("[trace] f 3 @4 LOAD_GLOBAL 0 (x) | stack: 2"));
  assert.ok(lines.some((l) => /^\[trace\] f 3 @\d+ BINARY_OP 0 \| stack: 2, 1$/.test(l)));
  assert.ok(lines.includes("[trace] <module> 4 @22 PRECALL 1 | stack: <NULL>, <built-in function print>, <NULL>, <function f>, 2"));
  assert.equal(lines.at(-1), "[trace] <module> 4 @54 RETURN_VALUE | stack: None");
});

test("-X tspy-opstats: execution counts per instruction form and family, output unchanged", () => {
  // a loop of six dispatches per iteration (FOR_ITER, STORE_FAST__LOAD_FAST, LOAD_FAST,
  // BINARY_OP_ADD_INT, STORE_FAST, JUMP_BACKWARD_QUICK, as dis(adaptive=True) shows them):
  // 1000 more iterations must count exactly 6000 more instructions, 1000 more of each form
  const counts = (n: number) => {
    writeFileSync(join(dir, "s.py"), `def f(n):\n    x = 0\n    for i in range(n):\n        x = x + i\n    return x\nprint(f(${n}))\n`);
    const t = run("tspy", ["-X", "tspy-opstats", "s.py"], { cwd: dir });
    assert.equal(t.status, 0);
    assert.equal(t.stdout, `${(n * (n - 1)) / 2}\n`);
    const m = /^tspy opstats: (\d+) instructions executed$/mu.exec(t.stderr);
    assert.ok(m !== null, t.stderr);
    const by = new Map<string, number>();
    let sum = 0;
    for (const l of t.stderr.split("\n")) {
      const r = /^ +(\d+) +[\d.]+ +[\d.]+  (\S+)/u.exec(l);
      if (r !== null) {
        by.set(r[2]!, Number(r[1]));
        sum += Number(r[1]);
      }
    }
    assert.equal(sum, Number(m[1]));
    const fam = /^BINARY_OP +(\d+) +([\d.]+)$/mu.exec(t.stderr);
    assert.ok(fam !== null, t.stderr);
    return { total: Number(m[1]), by, binop: Number(fam[1]) };
  };
  const a = counts(1000), b = counts(2000);
  assert.equal(b.total - a.total, 6000);
  for (const op of ["FOR_ITER", "STORE_FAST__LOAD_FAST", "LOAD_FAST", "BINARY_OP_ADD_INT", "STORE_FAST", "JUMP_BACKWARD_QUICK"]) {
    assert.equal((b.by.get(op) ?? 0) - (a.by.get(op) ?? 0), 1000, op);
  }
  assert.equal(b.binop - a.binop, 1000);
});
