// __pycache__ paths and SourceLoader.get_code's rules (reuse, stale, corrupt, hash-based).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, utimesSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NodeHost } from "../../src/host/node.ts";
import { setHost } from "../../src/host/host.ts";
import { cacheFromSource, sourceFromCache, getCode, CachePathError, type GetCodeRequest } from "../../src/bytecode/pycache.ts";
import { readPyc, writePyc, PycError } from "../../src/bytecode/pyc.ts";
import { loads, MarshalError } from "../../src/bytecode/marshal.ts";
import { CodeObject } from "../../src/bytecode/code.ts";
import { sourceHash } from "../../src/objects/hash.ts";
import { RAW_MAGIC_NUMBER } from "../../src/bytecode/pyc.ts";

setHost(new NodeHost());

function py(code: string): string {
  return execFileSync("python3", ["-c", code], { encoding: "utf8" });
}

test("cache_from_source / source_from_cache match importlib (with tspy's tag)", () => {
  const paths = ["/a/b/mod.py", "mod.py", "/a/pkg/__init__.py", "/a/x.tar.py", "/a/.hidden", "/a/noext"];
  const opts: (number | string)[] = ["", 1, 2, "x1"];
  const want = JSON.parse(py(`import importlib.util as u, json
out = []
for p in ${JSON.stringify(paths)}:
    for o in ${JSON.stringify(opts)}:
        out.append(u.cache_from_source(p, optimization=o).replace('cpython-311', 'tspy-311'))
for bad in ['a.b', '/x/__pycache__/m.py', '/x/__pycache__/m.tspy-311.opt-.pyc', '/x/__pycache__/m.tspy-311.foo-1.pyc']:
    try: out.append(u.source_from_cache(bad))
    except ValueError as e: out.append('ValueError: ' + str(e))
print(json.dumps(out))`));
  let k = 0;
  for (const p of paths) for (const o of opts) assert.equal(cacheFromSource(p, o), want[k++], `${p} ${o}`);
  for (const bad of ["a.b", "/x/__pycache__/m.py", "/x/__pycache__/m.tspy-311.opt-.pyc", "/x/__pycache__/m.tspy-311.foo-1.pyc"]) {
    let got: string;
    try { got = sourceFromCache(bad); } catch (e) { got = e instanceof CachePathError ? `ValueError: ${e.msg}` : String(e); }
    assert.equal(got, want[k++], bad);
  }
  assert.equal(sourceFromCache("/a/b/__pycache__/mod.tspy-311.opt-2.pyc"), "/a/b/mod.py");
  assert.throws(() => cacheFromSource("m.py", "a-b"), CachePathError);
});

test("get_code: writes, reuses, and rewrites stale, truncated, corrupt or foreign pycs", () => {
  const dir = mkdtempSync(join(tmpdir(), "tspy-pycache-"));
  const src = join(dir, "m.py");
  writeFileSync(src, "x = 1\n");
  utimesSync(src, 1_700_000_000, 1_700_000_000);
  const codeHex = py(`import marshal; print(marshal.dumps(compile(open(${JSON.stringify(src)}).read(), ${JSON.stringify(src)}, 'exec')).hex())`).trim();
  let compiles = 0;
  const req = (extra: Partial<GetCodeRequest> = {}): GetCodeRequest => ({
    fullname: "m", sourcePath: src, optimize: 0, dontWriteBytecode: false,
    compile: () => { compiles++; return loads(Buffer.from(codeHex, "hex")) as CodeObject; }, ...extra,
  });
  const pyc = join(dir, "__pycache__", "m.tspy-311.pyc");

  getCode(req());
  assert.equal(compiles, 1);
  assert.ok(existsSync(pyc));
  const written = readPyc(new Uint8Array(readFileSync(pyc)));
  assert.equal(written.mtime, 1_700_000_000);
  assert.equal(written.sourceSize, 6);
  // python3's importlib accepts the header for this source, and the body is its code object
  assert.equal(py(`import importlib._bootstrap_external as be, marshal, os
data = open(${JSON.stringify(pyc)}, 'rb').read()
st = os.stat(${JSON.stringify(src)})
be._classify_pyc(data, 'm', {}); be._validate_timestamp_pyc(data, int(st.st_mtime), st.st_size, 'm', {})
print(marshal.loads(data[16:]) == marshal.loads(bytes.fromhex(${JSON.stringify(codeHex)})))`).trim(), "True");

  getCode(req());
  assert.equal(compiles, 1, "fresh pyc reused");

  utimesSync(src, 1_700_000_100, 1_700_000_100);
  getCode(req());
  assert.equal(compiles, 2, "stale mtime recompiles");
  getCode(req());
  assert.equal(compiles, 2);

  const good = readFileSync(pyc);
  writeFileSync(pyc, good.subarray(0, 10));
  getCode(req());
  assert.equal(compiles, 3, "truncated header recompiles");
  const bad = Buffer.from(readFileSync(pyc)); bad[0] ^= 0xff;
  writeFileSync(pyc, bad);
  getCode(req());
  assert.equal(compiles, 4, "wrong magic recompiles");
  assert.deepEqual(readFileSync(pyc), good);

  writeFileSync(pyc, good.subarray(0, 30));
  assert.throws(() => getCode(req()), (e: unknown) => e instanceof MarshalError && e.msg === "marshal data too short");
  writeFileSync(pyc, Buffer.concat([good.subarray(0, 16), Buffer.from("N")]));
  assert.throws(() => getCode(req()), (e: unknown) => e instanceof PycError && e.msg.startsWith("Non-code object in"));

  getCode(req({ optimize: 2 }));
  assert.ok(existsSync(join(dir, "__pycache__", "m.tspy-311.opt-2.pyc")));

  // hash-based: checked pycs follow the source, unchecked ones do not (unless "always")
  const code = loads(Buffer.from(codeHex, "hex")) as CodeObject;
  const hashOf = (s: Buffer) => sourceHash(RAW_MAGIC_NUMBER, s);
  writeFileSync(pyc, writePyc(code, { kind: "hash", checkSource: true, sourceHash: hashOf(readFileSync(src)) }));
  const before = compiles;
  getCode(req());
  assert.equal(compiles, before, "checked hash matches");
  writeFileSync(src, "x = 2\n");
  getCode(req());
  assert.equal(compiles, before + 1, "checked hash mismatch recompiles");
  const h = readPyc(new Uint8Array(readFileSync(pyc)));
  assert.equal(h.flags, 3, "stays a checked hash-based pyc");
  assert.deepEqual(h.hash, hashOf(readFileSync(src)));
  writeFileSync(pyc, writePyc(code, { kind: "hash", checkSource: false, sourceHash: new Uint8Array(8) }));
  getCode(req());
  assert.equal(compiles, before + 1, "unchecked hash is trusted");
  getCode(req({ checkHashBasedPycs: "always" }));
  assert.equal(compiles, before + 2, "--check-hash-based-pycs always");

  const n = compiles;
  const mtime = statSync(pyc).mtimeMs;
  getCode(req({ dontWriteBytecode: true, checkHashBasedPycs: "always" }));
  assert.equal(compiles, n, "the rewritten pyc is valid now");
  assert.equal(statSync(pyc).mtimeMs, mtime);
});
