/**
 * The command line against python3: options, environment variables, sys.argv / sys.flags /
 * sys.orig_argv, exit statuses, scripts from stdin. Each case runs `tspy ARGS` and
 * `python3 ARGS` with the same stdin and a clean environment and compares stdout, stderr and the
 * exit status (program names normalised: see support.ts).
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bothAsync, run, type RunOpts } from "./support.ts";

const dir = mkdtempSync(join(tmpdir(), "tspy-cli-"));
writeFileSync(join(dir, "imod.py"), "X = 5\nprint('module ran', __name__)\n");
writeFileSync(join(dir, "argv.py"), "import sys\nprint(sys.argv)\nprint(__name__, __file__ == sys.argv[0] or __file__)\n");
writeFileSync(join(dir, "shebang.py"), "this line is skipped by -x\nimport sys\nprint('ran', sys.argv[1:])\n1/0\n");
writeFileSync(join(dir, "fail.py"), "def f():\n    raise ValueError('bad')\nf()\n");
writeFileSync(join(dir, "syntax.py"), "x = (1,\nprint(x\n");
writeFileSync(join(dir, "startup.py"), "print('from startup')\nSTARTED = 1\n");
mkdirSync(join(dir, "app"));
writeFileSync(join(dir, "app", "__main__.py"), "import sys\nprint('main of app', sys.argv)\n");
mkdirSync(join(dir, "empty"));

const FLAGS = "import sys; f = sys.flags; print(f); print(sys.dont_write_bytecode, sys.warnoptions, sys._xoptions)";
const STREAMS = "import sys\nfor s in (sys.stdin, sys.stdout, sys.stderr): print(s.name, s.encoding, s.errors, s.line_buffering, s.write_through, type(s.buffer).__name__, s.mode)";

interface Case { name: string; args: string[]; o?: RunOpts }
const cases: Case[] = [
  // options and sys.argv / sys.orig_argv
  { name: "-c with arguments", args: ["-c", "import sys; print(sys.argv, sys.orig_argv[1:])", "a", "-b", "--", "c"] },
  { name: "-c glued to its argument, options grouped", args: ["-Bqc", "import sys; print(sys.argv, sys.flags.quiet, sys.flags.dont_write_bytecode)", "x"] },
  { name: "-- ends the options", args: ["--", join(dir, "argv.py"), "-c", "x"] },
  { name: "script arguments are not options", args: [join(dir, "argv.py"), "-O", "--version"] },
  { name: "- reads the program from stdin, with arguments", args: ["-", "a", "b"], o: { input: "import sys\nprint(sys.argv)\n" } },
  { name: "piped program with no arguments", args: [], o: { input: "import sys\nprint(sys.argv, __name__)\nprint(input('never shown? '))\n" } },
  { name: "directory with __main__.py", args: [join(dir, "app"), "z"] },
  { name: "directory without __main__.py", args: [join(dir, "empty")] },
  { name: "missing script file", args: [join(dir, "nope.py")] },
  { name: "-x skips the first line", args: ["-x", join(dir, "shebang.py"), "1"] },
  { name: "-V", args: ["-V"] },
  { name: "--version", args: ["--version"] },
  // sys.flags
  { name: "flags: none", args: ["-c", FLAGS] },
  { name: "flags: -E -s -S -B -q -O", args: ["-E", "-s", "-S", "-B", "-q", "-O", "-c", FLAGS] },
  { name: "flags: -I -OO -b -d", args: ["-I", "-OO", "-b", "-d", "-c", FLAGS] },
  { name: "flags: -bb -P -u -R", args: ["-bb", "-P", "-u", "-R", "-c", FLAGS] },
  { name: "flags: -X dev -X utf8 -X other=1", args: ["-X", "dev", "-Xutf8", "-X", "other=1", "-c", FLAGS] },
  { name: "flags: -X int_max_str_digits", args: ["-X", "int_max_str_digits=1000", "-c", FLAGS + "; print(sys.get_int_max_str_digits())"] },
  { name: "flags: -W options in order", args: ["-W", "error", "-Wignore::DeprecationWarning", "-c", FLAGS] },
  { name: "-O removes asserts", args: ["-O", "-c", "assert False, 'kept'\nprint(__debug__)"] },
  // bad command lines: status 2 and the usage lines
  { name: "unknown short option", args: ["-Z"] },
  { name: "unknown long option", args: ["--frobnicate"] },
  { name: "-c without argument", args: ["-c"] },
  { name: "-m without argument", args: ["-m"] },
  { name: "-W without argument", args: ["-W"] },
  { name: "-X without argument", args: ["-X"] },
  { name: "bad --check-hash-based-pycs", args: ["--check-hash-based-pycs", "sometimes", "-c", "pass"] },
  { name: "bad -X int_max_str_digits", args: ["-X", "int_max_str_digits=5", "-c", "pass"] },
  { name: "bad -X utf8", args: ["-X", "utf8=2", "-c", "pass"] },
  // environment variables
  { name: "PYTHONDONTWRITEBYTECODE", args: ["-c", FLAGS], o: { env: { PYTHONDONTWRITEBYTECODE: "1" } } },
  { name: "PYTHONOPTIMIZE=2 PYTHONVERBOSE=0", args: ["-c", "import sys; print(sys.flags.optimize, sys.flags.verbose)"], o: { env: { PYTHONOPTIMIZE: "2", PYTHONVERBOSE: "0" } } },
  { name: "PYTHONWARNINGS with -W and -X dev", args: ["-X", "dev", "-W", "error", "-c", FLAGS], o: { env: { PYTHONWARNINGS: "ignore,once::UserWarning" } } },
  { name: "-E ignores PYTHON* variables", args: ["-E", "-c", FLAGS], o: { env: { PYTHONWARNINGS: "ignore", PYTHONOPTIMIZE: "1", PYTHONDONTWRITEBYTECODE: "1" } } },
  { name: "PYTHONPATH comes after the script folder", args: ["-c", "import sys; print(sys.path[:3])"], o: { env: { PYTHONPATH: "/opt/a:/opt/b" } } },
  { name: "-P / PYTHONSAFEPATH: no script folder", args: ["-c", "import sys; print(sys.path[:1])"], o: { env: { PYTHONSAFEPATH: "1", PYTHONPATH: "/opt/a" } } },
  { name: "unset PYTHONHASHSEED: hash randomisation on", args: ["-c", "import sys; print(sys.flags.hash_randomization)"] },
  { name: "PYTHONHASHSEED=0", args: ["-c", "import sys; print(sys.flags.hash_randomization, hash('abc'))"], o: { env: { PYTHONHASHSEED: "0" } } },
  { name: "bad PYTHONHASHSEED", args: ["-c", "pass"], o: { env: { PYTHONHASHSEED: "nope" } } },
  { name: "PYTHONUNBUFFERED", args: ["-c", STREAMS], o: { env: { PYTHONUNBUFFERED: "1" } } },
  { name: "PYTHONINSPECT: the prompt after the program", args: ["-c", "x = 5"], o: { input: "x * 2\n", env: { PYTHONINSPECT: "1" } } },
  { name: "PYTHONSTARTUP runs before the prompt (-i)", args: ["-i", "-q"], o: { input: "STARTED\n", env: { PYTHONSTARTUP: join(dir, "startup.py") } } },
  { name: "PYTHONSTARTUP is not read by a script", args: ["-c", "print(1)"], o: { env: { PYTHONSTARTUP: join(dir, "startup.py") } } },
  { name: "NO_COLOR is accepted", args: ["-c", "1/0"], o: { env: { NO_COLOR: "1" } } },
  // exit statuses
  { name: "sys.exit(n)", args: ["-c", "import sys; sys.exit(300)"] },
  { name: "sys.exit('message')", args: ["-c", "import sys; print('out'); sys.exit('bye')"] },
  { name: "sys.exit(None)", args: ["-c", "raise SystemExit"] },
  { name: "uncaught exception: traceback, status 1", args: [join(dir, "fail.py")] },
  { name: "syntax error: status 1", args: [join(dir, "syntax.py")] },
  { name: "SystemExit in a script with output pending", args: ["-c", "print('a', end='')\nraise SystemExit(3)"] },
  // -i after a program, and the interactive loop on a pipe
  { name: "-i after -c, with a traceback", args: ["-i", "-c", "y = 2\n1/0"], o: { input: "y + 1\nimport sys; sys.exit(4)\n" } },
  { name: "-i after a script", args: ["-i", join(dir, "argv.py")], o: { input: "sys.argv\n" } },
  { name: "-i after -m: the prompt in the module's globals", args: ["-i", "-m", "imod"], o: { input: "X * 2, __name__\n", cwd: dir } },
  { name: "-i: banner, prompts and statements", args: ["-i"], o: { input: "x = 1\nif x:\n  print(x)\n\nx\n_ + 1\ndef f(:\nfor i in range(2):\n    i\n\n" } },
  { name: "-i: EOF inside a statement", args: ["-i", "-q"], o: { input: "if 1:\n  print(2)" } },
  // streams
  { name: "standard streams on pipes", args: ["-c", STREAMS] },
  { name: "-u: unbuffered streams", args: ["-u", "-c", STREAMS] },
  { name: "-X utf8 error handlers", args: ["-X", "utf8", "-c", STREAMS] },
  { name: "input() with a prompt, EOFError at the end", args: ["-c", "print(input('name? '))\nprint(input())\ninput('more? ')"], o: { input: "ann\nbob" } },
  { name: "sys.stdin iteration and .buffer", args: ["-c", "import sys\nprint(sys.stdin.readline(), end='')\nprint(sys.stdin.buffer.read(3))\nprint(list(sys.stdin))"], o: { input: "one\ntwo\nthree\n" } },
  { name: "binary writes to stdout.buffer between text", args: ["-c", "import sys\nprint('a')\nsys.stdout.flush()\nsys.stdout.buffer.write(b'b\\n')\nprint('c')"] },
  { name: "print(flush=True) and stderr order", args: ["-c", "import sys\nprint('o1')\nsys.stderr.write('e1\\n')\nprint('o2', flush=True)\nsys.stderr.write('e2\\n')"] },
];

describe("tspy and python3 compared", { concurrency: 3 }, () => {
for (const c of cases) {
  test(c.name, async () => {
    const [t, p] = await bothAsync(c.args, c.o);
    assert.equal(t.stdout, p.stdout, "stdout");
    assert.equal(t.stderr.replace(/\(tspy [^)]*\)/u, "X").replace(/^Python 3\.11\.7 .*\n/u, "Python\n"),
      p.stderr.replace(/\(main, [^)]*\) \[GCC [^\]]*\]/u, "X").replace(/^Python 3\.11\.7 .*\n/u, "Python\n"), "stderr");
    assert.equal(t.status, p.status, "status");
  });
}
});

test("-h / --help: python3's usage line, every option listed", () => {
  const t = run("tspy", ["-h"]);
  const p = run("python3", ["-h"]);
  assert.equal(t.status, 0);
  assert.equal(t.stdout.split("\n")[0], p.stdout.split("\n")[0]);
  for (const opt of ["-b", "-B", "-c cmd", "-d", "-E", "-h", "-i", "-I", "-m mod", "-O", "-OO", "-P", "-q", "-s", "-S", "-u", "-v", "-V", "-W arg", "-x", "-X opt", "--check-hash-based-pycs", "--help-env", "--help-xoptions", "--help-all"]) {
    assert.ok(t.stdout.includes("\n" + opt + " "), opt);
  }
  assert.equal(run("tspy", ["--help"]).stdout, t.stdout);
  assert.match(run("tspy", ["--help-xoptions"]).stdout, /-X tspy-trace/u);
  assert.match(run("tspy", ["--help-env"]).stdout, /PYTHONSTARTUP/u);
});

test("-VV names tspy and its Node.js", () => {
  const t = run("tspy", ["-VV"]);
  assert.equal(t.status, 0);
  assert.match(t.stdout, /^Python 3\.11\.7 \(tspy \d+\.\d+\.\d+, TypeScript on Node\.js [\d.]+\)/u);
});

test("stdout that cannot be flushed at exit: status 120, as python3", () => {
  const t = run("tspy", ["-c", "import os, sys\nsys.stdout = open('/dev/full', 'w')\nprint('x')"]);
  const p = run("python3", ["-c", "import os, sys\nsys.stdout = open('/dev/full', 'w')\nprint('x')"]);
  assert.equal(t.status, p.status);
  assert.equal(t.status, 120);
  assert.equal(t.stderr.replace(/<_io.TextIOWrapper[^>]*>/u, "S"), p.stderr.replace(/<_io.TextIOWrapper[^>]*>/u, "S"));
});

test("a large stdin is read fast", () => {
  const data = "x".repeat(99) + "\n";
  const input = data.repeat(200000); // 20 MB
  const t0 = performance.now();
  const t = run("tspy", ["-c", "import sys\nd = sys.stdin.read()\nprint(len(d), d.count('\\n'))\nb = sys.stdin.buffer.read()\nprint(len(b))"], { input });
  const ms = performance.now() - t0;
  assert.equal(t.stdout, "20000000 200000\n0\n");
  assert.ok(ms < 20000, `took ${ms} ms`);
  const lines = run("tspy", ["-c", "import sys\nn = 0\nfor line in sys.stdin: n += len(line)\nprint(n)"], { input: data.repeat(20000) });
  assert.equal(lines.stdout, "2000000\n");
});

test("unset PYTHONHASHSEED (or -E): str hashes differ between runs, as python3's do", () => {
  const prog = ["-c", "print(hash('abc'), hash(b'abc'))"];
  for (const args of [prog, ["-E", ...prog]]) {
    const env: Record<string, string> = args[0] === "-E" ? { PYTHONHASHSEED: "0" } : {};
    const runs = [0, 1, 2].map(() => run("tspy", args, { env }).stdout);
    assert.equal(new Set(runs).size, 3, runs.join(" / "));
  }
  assert.equal(run("tspy", prog, { env: { PYTHONHASHSEED: "0" } }).stdout, run("python3", prog, { env: { PYTHONHASHSEED: "0" } }).stdout);
});
