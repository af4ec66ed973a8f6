// The precompiled library (scripts/precompile-lib.ts -> dist/tspy-lib.pyc, served by
// src/host/libbundle.ts): the blob round-trips, a .pyc is served only while its source's hash
// matches, the stored code is what an import compiles, and the bundle's modules keep the same
// __file__, __cached__ and co_filename as compiled ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import {
  tableSource, encodeLibPycs, decodeLibPycs, libSourceHash, libPycPath, LIB_ROOT, BUNDLE_MTIME_MS, type LibPyc,
} from "../../src/host/libbundle.ts";
import { parse } from "../../src/parser/parse.ts";
import { compileAST } from "../../src/compiler/index.ts";
import { writePyc } from "../../src/bytecode/pyc.ts";
import { utf8Encode } from "../../src/tokenizer/utf8.ts";

const root = join(import.meta.dirname, "../..");

function entry(src: string, rel: string): LibPyc {
  const b = utf8Encode(src);
  const filename = LIB_ROOT + "/" + rel;
  const code = compileAST(parse(b, { filename }), { filename, optimize: 0 });
  return { sourceHash: libSourceHash(b), sourceSize: b.length, pyc: writePyc(code, { kind: "timestamp", mtime: BUNDLE_MTIME_MS / 1000, sourceSize: b.length }) };
}

test("blob round-trips; a .pyc is served only for the source it was compiled from", () => {
  const m = new Map([["pkg/mod.py", entry("x = 1\n", "pkg/mod.py")], ["top.py", entry("y = 2\n", "top.py")]]);
  const back = decodeLibPycs(encodeLibPycs(m))!;
  assert.deepEqual([...back.keys()], ["pkg/mod.py", "top.py"]);
  assert.deepEqual(back.get("top.py")!.pyc, m.get("top.py")!.pyc);
  assert.equal(decodeLibPycs(utf8Encode("not a blob at all")), null);
  assert.equal(libPycPath("pkg/mod.py"), "pkg/__pycache__/mod.tspy-311.pyc");
  // same sources: served; changed source: missing (compiled on import instead)
  const same = tableSource({ "pkg/mod.py": "x = 1\n", "top.py": "y = 2\n" }, back);
  assert.ok(same.files().includes("pkg/__pycache__/mod.tspy-311.pyc"));
  assert.deepEqual(same.read("pkg/__pycache__/mod.tspy-311.pyc"), m.get("pkg/mod.py")!.pyc);
  const changed = tableSource({ "pkg/mod.py": "x = 3\n", "top.py": "y = 2\n" }, back);
  assert.equal(changed.read("pkg/__pycache__/mod.tspy-311.pyc"), null);
  assert.notEqual(changed.read("__pycache__/top.tspy-311.pyc"), null);
});

test("bundled library modules load from the precompiled blob with unchanged names", { skip: !existsSync(join(root, "dist/tspy-lib.pyc")) }, () => {
  const blob = decodeLibPycs(new Uint8Array(readFileSync(join(root, "dist/tspy-lib.pyc"))))!;
  assert.ok(blob.size > 0);
  const prog = [
    "import json.decoder, collections",
    "print(json.__file__, json.__cached__, json.decoder.__spec__.cached)",
    "print(json.loads.__code__.co_filename, collections.namedtuple.__code__.co_filename)",
    "import os; print(os.path.exists(json.__cached__))",
  ].join("\n");
  const r = spawnSync("node", [join(root, "bin/tspy.js"), "-c", prog], { encoding: "utf8" });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, [
    "/tspy/lib/json/__init__.py /tspy/lib/json/__pycache__/__init__.tspy-311.pyc /tspy/lib/json/__pycache__/decoder.tspy-311.pyc",
    "/tspy/lib/json/__init__.py /tspy/lib/collections/__init__.py",
    "True",
    "",
  ].join("\n"));
});
