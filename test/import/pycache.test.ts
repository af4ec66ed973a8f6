// The __pycache__ protocol end to end: tspy writes NAME.tspy-311.pyc on import, reuses it while
// fresh, rewrites it when stale, truncated, of the wrong magic or flags; a corrupt body behind a
// valid header fails the import as CPython's does; -B / PYTHONDONTWRITEBYTECODE /
// sys.dont_write_bytecode write nothing; -O uses .opt-1. Cross-checks: python3 runs the .pyc tspy
// wrote, tspy runs and imports .pyc files python3 wrote (timestamp and hash-based).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync, statSync, mkdirSync, copyFileSync, utimesSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";

const TSPY = join(import.meta.dirname, "../../bin/tspy.js");
const env: Record<string, string | undefined> = { ...process.env, PYTHONHASHSEED: "0" };
delete env.PYTHONDONTWRITEBYTECODE;
delete env.PYTHONPATH;

function run(cmd: "tspy" | "python3", args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const argv = cmd === "tspy" ? [process.execPath, [TSPY, ...args]] as const : ["python3", args] as const;
  const r = spawnSync(argv[0], argv[1] as string[], { cwd, env: { ...env, ...extraEnv }, encoding: "utf8", timeout: 60000 });
  return { out: r.stdout, err: r.stderr, status: r.status };
}
function folder(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), "tspy-pyc-"));
  for (const [k, v] of Object.entries(files)) {
    mkdirSync(join(d, k, ".."), { recursive: true });
    writeFileSync(join(d, k), v);
  }
  return d;
}
const MOD = 'print("mod", __name__)\nVALUE = [1, 2.5, "s", b"b", (None, True), frozenset({3})]\ndef f(x):\n    return x * 2\nprint(f(21), VALUE)\n';
const MAIN = "import mod\nprint('main done')\n";
const PYC = "__pycache__/mod.tspy-311.pyc";

test("import writes __pycache__/mod.tspy-311.pyc, python3 runs it with the source's output", () => {
  const d = folder({ "mod.py": MOD, "main.py": MAIN });
  try {
    const r = run("tspy", ["main.py"], d);
    assert.equal(r.status, 0, r.err);
    assert.ok(existsSync(join(d, PYC)));
    const pyc = readFileSync(join(d, PYC));
    assert.deepEqual([...pyc.subarray(0, 4)], [0xa7, 0x0d, 0x0d, 0x0a]);
    const src = run("python3", ["mod.py"], d);
    const viaPyc = run("python3", [PYC], d);
    assert.equal(viaPyc.err, "");
    assert.equal(viaPyc.out, src.out);
    // python3 imports it too when it is named with python3's tag
    copyFileSync(join(d, PYC), join(d, "__pycache__/mod.cpython-311.pyc"));
    const imp = run("python3", ["main.py"], d);
    assert.equal(imp.out, run("tspy", ["main.py"], d).out);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

test("a fresh .pyc is reused, a stale one is rewritten", () => {
  const d = folder({ "mod.py": MOD, "main.py": MAIN });
  try {
    run("tspy", ["main.py"], d);
    const first = readFileSync(join(d, PYC));
    // make the cache recognisable: still a valid header, different code (prints 'cached')
    const marker = run("python3", ["-c", `import marshal,sys; c=compile('print("from cache")','mod.py','exec'); d=open('${PYC}','rb').read(16); open('${PYC}','wb').write(d+marshal.dumps(c))`], d);
    assert.equal(marker.status, 0, marker.err);
    assert.equal(run("tspy", ["main.py"], d).out, "from cache\nmain done\n");
    // the source changes (size differs): the cache is stale and rewritten
    writeFileSync(join(d, "mod.py"), MOD + "print('changed')\n");
    const r = run("tspy", ["main.py"], d);
    assert.match(r.out, /changed\nmain done\n$/u);
    assert.notDeepEqual(readFileSync(join(d, PYC)), first);
    // same size, other mtime: stale too
    writeFileSync(join(d, "mod.py"), MOD + "print('CHANGED')\n");
    utimesSync(join(d, "mod.py"), new Date(2001, 1, 1), new Date(2001, 1, 1));
    assert.match(run("tspy", ["main.py"], d).out, /CHANGED\nmain done\n$/u);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

for (const [what, mangle] of [
  ["truncated header", (b: Buffer) => b.subarray(0, 10)],
  ["empty file", (_b: Buffer) => Buffer.alloc(0)],
  ["wrong magic", (b: Buffer) => Buffer.concat([Buffer.from([0x0d, 0x0d, 0x0d, 0x0a]), b.subarray(4)])],
  ["unknown flags", (b: Buffer) => { const c = Buffer.from(b); c[4] = 0x0c; return c; }],
] as const) {
  test(`a .pyc with a ${what} is ignored and rewritten`, () => {
    const d = folder({ "mod.py": MOD, "main.py": MAIN });
    try {
      const good = run("tspy", ["main.py"], d);
      const bytes = readFileSync(join(d, PYC));
      writeFileSync(join(d, PYC), mangle(bytes));
      const r = run("tspy", ["main.py"], d);
      assert.equal(r.err, "");
      assert.equal(r.out, good.out);
      assert.deepEqual(readFileSync(join(d, PYC)), bytes);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
}

test("a corrupt body behind a valid header fails the import as in CPython", () => {
  const d = folder({ "mod.py": MOD, "main.py": "try:\n    import mod\nexcept Exception as e:\n    print(type(e).__name__, e)\n" });
  try {
    run("tspy", ["main.py"], d);
    run("python3", ["main.py"], d);
    for (const body of [Buffer.from([0x63]), Buffer.from("zzzz"), Buffer.alloc(0)]) {
      for (const tag of ["tspy-311", "cpython-311"]) {
        const p = join(d, `__pycache__/mod.${tag}.pyc`);
        writeFileSync(p, Buffer.concat([readFileSync(p).subarray(0, 16), body]));
      }
      const want = run("python3", ["main.py"], d);
      const got = run("tspy", ["main.py"], d);
      assert.equal(got.out, want.out);
      assert.equal(got.status, want.status);
    }
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

test("-B, PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode write nothing; -O writes .opt-1", () => {
  const d = folder({ "mod.py": MOD, "main.py": MAIN, "main2.py": "import sys\nsys.dont_write_bytecode = True\nimport mod\n" });
  try {
    assert.equal(run("tspy", ["-B", "main.py"], d).status, 0);
    assert.equal(existsSync(join(d, "__pycache__")), false);
    run("tspy", ["main.py"], d, { PYTHONDONTWRITEBYTECODE: "1" });
    assert.equal(existsSync(join(d, "__pycache__")), false);
    run("tspy", ["main2.py"], d);
    assert.equal(existsSync(join(d, "__pycache__")), false);
    assert.equal(run("tspy", ["-c", "import sys; print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)", "-B"], d).out, "0 False\n");
    assert.equal(run("tspy", ["-B", "-c", "import sys; print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)"], d).out, "1 True\n");
    run("tspy", ["-O", "main.py"], d);
    assert.deepEqual(readdirSync(join(d, "__pycache__")), ["mod.tspy-311.opt-1.pyc"]);
    run("tspy", ["-OO", "main.py"], d);
    assert.deepEqual(readdirSync(join(d, "__pycache__")).sort(), ["mod.tspy-311.opt-1.pyc", "mod.tspy-311.opt-2.pyc"]);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

test("tspy runs and imports .pyc files written by python3 (timestamp, checked and unchecked hash)", () => {
  const d = folder({ "mod.py": MOD, "main.py": MAIN });
  try {
    const want = run("python3", ["main.py"], d).out;
    assert.equal(run("python3", ["-m", "py_compile", "mod.py"], d).status, 0);
    const cp = join(d, "__pycache__/mod.cpython-311.pyc");
    assert.equal(run("tspy", [cp], d).out, run("python3", ["mod.py"], d).out);
    // sourceless: mod.pyc beside main.py, no mod.py
    const e = folder({ "main.py": MAIN });
    try {
      copyFileSync(cp, join(e, "mod.pyc"));
      const r = run("tspy", ["main.py"], e);
      assert.equal(r.out, run("python3", ["main.py"], e).out);
      assert.equal(existsSync(join(e, "__pycache__")), false);
    } finally {
      rmSync(e, { recursive: true, force: true });
    }
    // hash-based .pyc under tspy's tag: used while the hash matches, rewritten hash-based after
    for (const mode of ["CHECKED_HASH", "UNCHECKED_HASH"]) {
      rmSync(join(d, "__pycache__"), { recursive: true, force: true });
      const gen = run("python3", ["-c", `import py_compile; py_compile.compile('mod.py', cfile='${PYC}', invalidation_mode=py_compile.PycInvalidationMode.${mode})`], d);
      assert.equal(gen.status, 0, gen.err);
      const before = readFileSync(join(d, PYC));
      assert.equal(run("tspy", ["main.py"], d).out, want);
      assert.deepEqual(readFileSync(join(d, PYC)), before);
      writeFileSync(join(d, "mod.py"), MOD.replace("21", "22"));
      const r = run("tspy", ["main.py"], d).out;
      if (mode === "CHECKED_HASH") {
        assert.match(r, /^mod mod\n44 /u);
        const after = readFileSync(join(d, PYC));
        assert.equal(after[4], 3); // still hash-based, check_source
      } else {
        assert.match(r, /^mod mod\n42 /u); // unchecked: the cache wins, as in CPython
      }
      writeFileSync(join(d, "mod.py"), MOD);
    }
    void statSync;
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});
