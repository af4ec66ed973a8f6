// The library image (scripts/precompile-lib.ts -> dist/tspy-lib.img, served by
// src/host/libbundle.ts): the image round-trips, each source is served with the .pyc compiled
// from it, the stored code is what an import compiles, and the bundle's modules keep the same
// __file__, __cached__ and co_filename as compiled ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import {
  imageSource, encodeLibImage, decodeLibImage, memoryLibImage, openLibImage, libPycPath, LIB_ROOT, BUNDLE_MTIME_MS, type LibEntry,
} from "../../src/host/libbundle.ts";
import { parse } from "../../src/parser/parse.ts";
import { compileAST } from "../../src/compiler/index.ts";
import { writePyc } from "../../src/bytecode/pyc.ts";
import { utf8Encode } from "../../src/tokenizer/utf8.ts";

const root = join(import.meta.dirname, "../..");

function openLibImageCounting(image: Uint8Array, count: () => void) {
  return openLibImage((off, len) => {
    count();
    return image.subarray(off, off + len);
  }, image.length);
}

function entry(src: string, rel: string): LibEntry {
  const b = utf8Encode(src);
  const filename = LIB_ROOT + "/" + rel;
  const code = compileAST(parse(b, { filename }), { filename, optimize: 0 });
  return { source: b, pyc: writePyc(code, { kind: "timestamp", mtime: BUNDLE_MTIME_MS / 1000, sourceSize: b.length }) };
}

test("the image round-trips; sources and their .pyc files appear as a folder tree", () => {
  const m = new Map([
    ["pkg/mod.py", entry("x = 1\n", "pkg/mod.py")],
    ["top.py", entry("y = 2\n", "top.py")],
    ["bad.py", { source: utf8Encode("def (:\n"), pyc: null }],
  ]);
  const back = decodeLibImage(encodeLibImage(m))!;
  assert.deepEqual([...back.keys()], ["pkg/mod.py", "top.py", "bad.py"]);
  assert.deepEqual(back.get("top.py")!.pyc, m.get("top.py")!.pyc);
  assert.equal(back.get("bad.py")!.pyc, null);
  assert.equal(decodeLibImage(utf8Encode("not an image at all")), null);
  // truncated images are refused, not half read
  const whole = encodeLibImage(m);
  for (const cut of [9, 13, 20, whole.length - 1]) assert.equal(decodeLibImage(whole.subarray(0, cut)), null);
  // read on demand: only the header and index until a file is asked for
  let reads = 0;
  const lazy = imageSource(openLibImageCounting(whole, () => reads++)!);
  assert.equal(reads, 2);
  assert.ok(lazy.files().includes("top.py"));
  assert.equal(reads, 2);
  assert.deepEqual(lazy.read("top.py"), utf8Encode("y = 2\n"));
  assert.deepEqual(lazy.read("top.py"), utf8Encode("y = 2\n"));
  assert.equal(reads, 3);
  assert.equal(libPycPath("pkg/mod.py"), "pkg/__pycache__/mod.tspy-311.pyc");
  const src = imageSource(memoryLibImage(whole)!);
  assert.deepEqual(src.files().sort(), ["bad.py", "pkg/__pycache__/mod.tspy-311.pyc", "pkg/mod.py", "top.py", "__pycache__/top.tspy-311.pyc"].sort());
  assert.deepEqual(src.read("pkg/__pycache__/mod.tspy-311.pyc"), m.get("pkg/mod.py")!.pyc);
  assert.deepEqual(src.read("top.py"), utf8Encode("y = 2\n"));
  assert.equal(src.read("__pycache__/bad.tspy-311.pyc"), null);
  assert.equal(src.read("missing.py"), null);
});

test("bundled library modules load from the image with unchanged names", { skip: !existsSync(join(root, "dist/tspy-lib.img")) }, () => {
  const image = decodeLibImage(new Uint8Array(readFileSync(join(root, "dist/tspy-lib.img"))))!;
  assert.ok(image.size > 0);
  for (const [name, e] of image) assert.notEqual(e.pyc, null, `${name} precompiled`);
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
