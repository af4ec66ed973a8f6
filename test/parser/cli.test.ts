/**
 * `tspy -m ast` prints what `python3 -m ast` prints (stdout, stderr, status) for files, flags and
 * errors; `tspy FILE` / `-c` / stdin report syntax errors as python3 does. Needs a build
 * (npm test builds first).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "tspy-ast-"));
const FILES: Record<string, string | Uint8Array> = {
  "ok.py": "import os\n\ndef f(a, *b, c=1, **d) -> int:\n    '''doc'''\n    return [x async for x in y] if a else f'{a!r:>{c}}'\n\nclass C(B, metaclass=M):\n    x: int = 1  # type: ignore\n",
  "unicode.py": "é = 'ü' + f'{é}'\nx = 1 + $\n",
  "paren.py": "x = (1,\n",
  "tab.py": "if 1:\n\tif 2:\n        a\n",
  "dedent.py": "if 1:\n    a\n  b\n",
  "nul.py": "x = 1\0\n",
  "badutf8.py": new Uint8Array([0x78, 0x20, 0x3d, 0x20, 0x22, 0xff, 0x22, 0x0a]),
  "latin1.py": new Uint8Array([...Buffer.from("# -*- coding: latin-1 -*-\nx = '"), 0xe9, ...Buffer.from("'\ny = (\n")]),
  "indent.py": "def f():\nreturn 1\n",
  "fstr.py": "x = f'{a b}'\n",
  "typecomment.py": "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n",
  "deep.py": "-".repeat(1500) + "1\n",
  "deeper.py": "-".repeat(5000) + "1\n",
  "deepest.py": "-".repeat(7000) + "1\n",
  "lambdas.py": "lambda:".repeat(2990) + "1\n",
  "deep986.py": "-".repeat(986) + "1\n",
  "deep987.py": "-".repeat(987) + "1\n",
  "binop989.py": Array(989).fill("1").join("+") + "\n",
  "calls.py": "f(".repeat(150) + "-".repeat(386) + "1" + ")".repeat(150) + "\n",
  "attrs.py": "a" + ".b".repeat(1000) + "\n",
  "lists.py": "[".repeat(60) + "-".repeat(760) + "1" + "]".repeat(60) + "\n",
};
for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, name), content);

function run(cmd: string, args: string[], input?: string) {
  const r = spawnSync(cmd, args, { cwd: dir, encoding: "utf8", input, maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const TSPY = join(import.meta.dirname, "../../bin/tspy.js");

function same(pyArgs: string[], input?: string) {
  const py = run("python3", pyArgs, input);
  const ts = run(process.execPath, [TSPY, ...pyArgs], input);
  assert.deepEqual(ts, py, `tspy ${pyArgs.join(" ")}`);
}

test("tspy -m ast matches python3 -m ast: files and flags", () => {
  for (const f of ["ok.py", "typecomment.py"]) {
    for (const flags of [[], ["-a"], ["-i", "0"], ["--indent=1", "-a"], ["--no-type-comments"], ["--mode", "exec"]]) {
      same(["-m", "ast", ...flags, f]);
    }
  }
  same(["-m", "ast", "-m", "eval"], "a + b * c\n");
  same(["-m", "ast", "--mode=single", "-a"], "x = 1\n");
  same(["-m", "ast", "-m", "func_type"], "(int, *str) -> None\n");
});

test("tspy -m ast matches python3 -m ast: errors", () => {
  for (const f of ["unicode.py", "paren.py", "tab.py", "dedent.py", "nul.py", "badutf8.py", "latin1.py", "indent.py", "fstr.py", "deeper.py", "deepest.py", "lambdas.py"]) {
    same(["-m", "ast", f]);
  }
  // ast.dump's own recursion limit: the whole ~1000-frame traceback, as python3 prints it
  for (const f of ["deep.py", "deep986.py", "deep987.py", "binop989.py", "calls.py", "attrs.py", "lists.py"]) {
    same(["-m", "ast", f]);
    same(["-m", "ast", "-a", f]);
  }
  same(["-m", "ast", "no_such_file.py"]);
  for (const args of [["--in", "2", "ok.py"], ["--ind", "2", "-m", "eval", "paren.py"], ["-ai2", "ok.py"], ["-ami", "ok.py"], ["--foo", "ok.py"],
    ["ok.py", "paren.py"], ["-i"], ["-i", "x", "ok.py"], ["--no", "ok.py"], ["-h", "-x"], ["-i", "-1", "-a", "ok.py"], ["-x"], ["-aa", "ok.py"]]) {
    same(["-m", "ast", ...args]);
  }
  same(["-m", "ast", "-m", "bogus", "ok.py"]);
});

test("tspy FILE / -c / stdin report a syntax error as python3 does", () => {
  for (const f of ["unicode.py", "paren.py", "tab.py", "dedent.py", "nul.py", "badutf8.py", "latin1.py", "indent.py", "fstr.py"]) {
    const py = run("python3", [f]);
    const ts = run(process.execPath, [TSPY, f]);
    assert.equal(ts.stderr, py.stderr, f);
    assert.equal(ts.status, py.status, f);
  }
  for (const code of ["x = (", "1 +", "f(a for a in b, c)", "if x\n  pass", "def f():\nreturn"]) {
    const py = run("python3", ["-c", code]);
    const ts = run(process.execPath, [TSPY, "-c", code]);
    assert.equal(ts.stderr, py.stderr, code);
    assert.equal(ts.status, py.status, code);
    const py2 = run("python3", ["-"], code);
    const ts2 = run(process.execPath, [TSPY, "-"], code);
    assert.equal(ts2.stderr, py2.stderr, "stdin: " + code);
  }
});
