// .pyc reading/writing against python3's py_compile and importlib.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPyc, readPycHeader, writePyc, PycError, validateTimestampPyc, MAGIC_BYTES } from "../../src/bytecode/pyc.ts";
import { MarshalError } from "../../src/bytecode/marshal.ts";
import { describe } from "./describe.ts";

const dir = mkdtempSync(join(tmpdir(), "tspy-pyc-"));
const src = join(dir, "mod.py");
writeFileSync(src, "import os\ndef f(x, *, y=2):\n    return [i * y for i in x]\nclass C:\n    'doc'\n");

function py(code: string): string {
  return execFileSync("python3", ["-c", code], { encoding: "utf8" });
}

const modes = ["TIMESTAMP", "CHECKED_HASH", "UNCHECKED_HASH"] as const;
const oracle = JSON.parse(py(`
import py_compile, json, os, sys, marshal
sys.path.insert(0, ${JSON.stringify(join(import.meta.dirname, "..", "..", "scripts"))})
from bytecode_oracle import describe
out = {}
for m in ${JSON.stringify(modes)}:
    p = py_compile.compile(${JSON.stringify(src)}, cfile=${JSON.stringify(dir)} + '/' + m + '.pyc',
                           invalidation_mode=getattr(py_compile.PycInvalidationMode, m))
    data = open(p, 'rb').read()
    st = os.stat(${JSON.stringify(src)})
    out[m] = {"path": p, "desc": describe(marshal.loads(data[16:])), "mtime": int(st.st_mtime) & 0xFFFFFFFF, "size": st.st_size}
print(json.dumps(out))
`));

test("reads python3's timestamp and hash-based pycs", () => {
  for (const m of modes) {
    const o = oracle[m];
    const data = new Uint8Array(readFileSync(o.path));
    const pyc = readPyc(data, "mod", o.path);
    assert.deepEqual(describe(pyc.code), o.desc, m);
    if (m === "TIMESTAMP") {
      assert.equal(pyc.flags, 0);
      assert.equal(pyc.mtime, o.mtime);
      assert.equal(pyc.sourceSize, o.size);
      validateTimestampPyc(pyc, o.mtime, o.size, "mod");
      assert.throws(() => validateTimestampPyc(pyc, o.mtime + 1, o.size, "mod"), (e: unknown) => e instanceof PycError && e.msg === "bytecode is stale for 'mod'");
    } else {
      assert.equal(pyc.flags, m === "CHECKED_HASH" ? 3 : 1);
      assert.equal(pyc.hash!.length, 8);
    }
  }
});

test("pycs tspy writes load in python3", () => {
  const o = oracle.TIMESTAMP;
  const pyc = readPyc(new Uint8Array(readFileSync(o.path)), "mod", o.path);
  const mine = writePyc(pyc.code, { kind: "timestamp", mtime: o.mtime, sourceSize: o.size });
  const out = join(dir, "mine.pyc");
  writeFileSync(out, mine);
  const res = py(`
import importlib.util, marshal, sys
data = open(${JSON.stringify(out)}, 'rb').read()
theirs = open(${JSON.stringify(o.path)}, 'rb').read()
print(data[:16] == theirs[:16], marshal.loads(data[16:]) == marshal.loads(theirs[16:]))
`).trim();
  assert.equal(res, "True True");
  const hashed = writePyc(pyc.code, { kind: "hash", checkSource: true, sourceHash: new Uint8Array(8).fill(7) });
  const h = readPycHeader(hashed);
  assert.equal(h.flags, 3);
  assert.deepEqual([...h.hash!], [7, 7, 7, 7, 7, 7, 7, 7]);
});

test("bad headers raise importlib's errors", () => {
  const good = new Uint8Array(readFileSync(oracle.TIMESTAMP.path));
  const check = (data: Uint8Array, type: string, msg: string) => {
    assert.throws(() => readPyc(data, "mod"), (e: unknown) => {
      assert.ok(e instanceof PycError || e instanceof MarshalError, String(e));
      assert.equal(`${e.type}: ${e.msg}`, `${type}: ${msg}`);
      return true;
    });
  };
  check(new Uint8Array([1, 2]), "ImportError", "bad magic number in 'mod': b'\\x01\\x02'");
  const wrong = good.slice(); wrong[0] = 0x6f;
  check(wrong, "ImportError", `bad magic number in 'mod': b'o\\r\\r\\n'`);
  check(good.slice(0, 10), "EOFError", "reached EOF while reading pyc header of 'mod'");
  const flags = good.slice(); flags[4] = 4;
  check(flags, "ImportError", "invalid flags 4 in 'mod'");
  check(good.slice(0, 40), "EOFError", "marshal data too short");
  check(good.slice(0, 16), "EOFError", "EOF read where object expected");
  const nc = new Uint8Array([...MAGIC_BYTES, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x4e]);
  assert.throws(() => readPyc(nc, "mod", "/x/mod.pyc"), (e: unknown) => e instanceof PycError && e.msg === "Non-code object in '/x/mod.pyc'");
});
