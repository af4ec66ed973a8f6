/**
 * `tspy -m tokenize` as a command, against `python3 -m tokenize`: argument parsing (argparse's
 * behaviour), standard input mode (streamed, no ENCODING token, surrogateescape), exit statuses.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./tokenize-oracle.ts";
import { runTokenize } from "../../cli/tools/tokenize.ts";
import { HostError } from "../../src/host/host.ts";
import { readFileSync } from "node:fs";

function both(args: string[], input: Uint8Array, cwd: string) {
  const py = spawnSync("python3", ["-m", "tokenize", ...args], { input, cwd });
  const ts = spawnSync(process.execPath, [join(ROOT, "bin", "tspy.js"), "-m", "tokenize", ...args], { input, cwd });
  return { py, ts };
}

function same(label: string, args: string[], input: Uint8Array, cwd: string): string[] {
  const { py, ts } = both(args, input, cwd);
  const out: string[] = [];
  if (ts.status !== py.status) out.push(`${label}: status ${ts.status} != ${py.status}`);
  if (!Buffer.from(ts.stdout).equals(Buffer.from(py.stdout))) out.push(`${label}: stdout\n${ts.stdout}\n--- python:\n${py.stdout}`);
  if (!Buffer.from(ts.stderr).equals(Buffer.from(py.stderr))) out.push(`${label}: stderr\n${ts.stderr}\n--- python:\n${py.stderr}`);
  return out;
}

// python3's tokenize.main() for many argument lists, in one process (cwd = dir).
const PY_MAIN = `
import contextlib, io, json, os, sys, tokenize
os.chdir(sys.argv[1])
out = []
for argv in json.load(sys.stdin):
    o, e = io.StringIO(), io.StringIO()
    sys.argv = ['tokenize'] + argv
    status = 0
    with contextlib.redirect_stdout(o), contextlib.redirect_stderr(e):
        try:
            tokenize.main()
        except SystemExit as x:
            status = x.code if isinstance(x.code, int) else 1
    out.append([status, o.getvalue(), e.getvalue()])
print(json.dumps(out))
`;

test("tokenize CLI: arguments are parsed as argparse does", () => {
  const dir = mkdtempSync(join(tmpdir(), "tspy-tokcli-"));
  try {
    writeFileSync(join(dir, "a.py"), "x = (1 +\n 2)\n");
    const argvs = [
      ["-h"], ["--help"], ["--h"], ["--he"], ["-eh"], ["-he"], ["-x", "-h"], ["-h", "-ex"],
      ["-e", "a.py"], ["--exact", "a.py"], ["--ex", "a.py"], ["--e", "a.py"], ["-ee", "a.py"], ["a.py", "-e"],
      ["-ex", "a.py"], ["-hx"], ["-ehx"], ["--exact=1", "a.py"], ["--help=", "a.py"], ["-e=1", "a.py"],
      ["-x"], ["--x"], ["--exacto", "a.py"], ["a.py", "b.py"], ["a.py", "-x", "b"], ["-xe", "a.py"],
      ["--", "-e"], ["-e", "--", "a.py"], ["-"], ["-1"], ["missing.py"], ["."], ["a.py", "--", "b"],
    ];
    const r = spawnSync("python3", ["-c", PY_MAIN, dir], { input: JSON.stringify(argvs), encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const expected: [number, string, string][] = JSON.parse(r.stdout);
    const input = {
      readFile: (p: string) => {
        try { return readFileSync(join(dir, p)); } catch (e: any) { throw new HostError(e.code, p, e.message); }
      },
      readStdin: () => new Uint8Array(0),
    };
    const failures: string[] = [];
    argvs.forEach((argv, i) => {
      const t = runTokenize(argv, input);
      const got = [t.status, Buffer.from(t.stdout).toString("utf8"), t.stderr];
      if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
        failures.push(`${argv.join(" ")}: ${JSON.stringify(got)} vs ${JSON.stringify(expected[i])}`);
      }
    });
    // The command itself: output streams and exit statuses.
    for (const argv of [["-h"], ["-x"], ["-e", "a.py"], ["missing.py"]]) failures.push(...same(argv.join(" "), argv, new Uint8Array(0), dir));
    assert.deepEqual(failures, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("tokenize CLI: standard input is tokenized as text and streamed up to an error", () => {
  const dir = mkdtempSync(join(tmpdir(), "tspy-tokcli-"));
  try {
    const inputs: [string, Uint8Array][] = [
      ["empty", Buffer.from("")],
      ["simple", Buffer.from("import os\nprint(os.sep)\n")],
      ["crlf and lone cr", Buffer.from("x = 1\r\ny = 2\rz\n")],
      ["invalid utf-8", Buffer.from("x = '\xff\xe2\x82'\n", "latin1")],
      ["bom", Buffer.from("\xef\xbb\xbfx = 1\n", "latin1")],
      ["cookie is ignored", Buffer.from("# coding: latin-1\nx = '\xe9'\n", "latin1")],
      ["indentation error midway", Buffer.from("if x:\n    a = 1\n  b = 2\n")],
      ["EOF in statement", Buffer.from("x = (1,\n")],
      ["EOF in string", Buffer.from("x = '''\n")],
      ["no newline at EOF", Buffer.from("if x:\n  y")],
    ];
    const failures: string[] = [];
    for (const [label, input] of inputs) {
      failures.push(...same(label, [], input, dir));
      failures.push(...same(label + " -e", ["-e"], input, dir));
      if (label === "simple" || label === "indentation error midway") failures.push(...same(label + " ''", [""], input, dir));
    }
    assert.deepEqual(failures, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
