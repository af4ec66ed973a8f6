/**
 * Mutation fuzzing of `-m tokenize`: random byte edits of real stdlib files (biased towards the
 * bytes the tokenizer cares about: quotes, backslashes, line ends, brackets, digits, invalid
 * UTF-8, BOMs, coding cookies) must never make tspy throw a JS error or hang, and on a fixed
 * sample of mutated inputs the output must match python3's byte for byte.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTokenize } from "../../cli/tools/tokenize.ts";
import { HostError } from "../../src/host/host.ts";
import { pythonOracle, stdlibFiles, stdoutText } from "./tokenize-oracle.ts";

// A fixed sample of smallish stdlib files, plus the ones with cookies, BOMs or CRs.
const SPECIAL = ["test/tokenizedata/bad_coding2.py", "test/test_source_encoding.py", "test/encoded_modules/module_koi8_r.py",
  "test/encoded_modules/module_iso_8859_1.py", "test/tokenizedata/coding20731.py", "test/tokenizedata/tokenize_tests-utf8-coding-cookie-and-utf8-bom-sig.txt"];
const all = stdlibFiles();
const sample = all.filter((f, i) => i % 37 === 0 && statSync(f).size < 12000)
  .concat(SPECIAL.map((s) => all.find((f) => f.endsWith(s))).filter((f): f is string => f !== undefined));
const sources = sample.map((f) => readFileSync(f));

const CHUNKS = [
  "'", '"', "'''", '"""', "\\", "\n", "\r", "\r\n", "\t", "\f", " ", "    ", "#", "(", ")", "[", "]", "{", "}",
  "0", "1", ".", "e", "j", "x", "_", "r", "b", "f", "u", "rb", "=", ":", "!", "$", "?", "\x00", "\x1c",
  "# coding: latin-1\n", "# -*- coding: cp1252 -*-\n", "# coding: utf8\n", "#coding=koi8-r\n", "# coding: nope\n",
].map((s) => Buffer.from(s, "latin1"));
const BYTES = [0xff, 0xfe, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0xef, 0xbb, 0xbf, 0x80, 0xc0];

type Edit = { at: number; op: number; chunk: number; byte: number; len: number };
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  op: fc.integer({ min: 0, max: 4 }),
  chunk: fc.integer({ min: 0, max: CHUNKS.length - 1 }),
  byte: fc.oneof(fc.constantFrom(...BYTES), fc.integer({ min: 0, max: 255 })),
  len: fc.integer({ min: 1, max: 12 }),
});
const caseArb = fc.record({ file: fc.integer({ min: 0, max: sources.length - 1 }), edits: fc.array(editArb, { minLength: 1, maxLength: 6 }) });

function mutate(src: Uint8Array, edits: Edit[]): Uint8Array {
  let b = Buffer.from(src);
  for (const e of edits) {
    const at = Math.min(b.length, Math.floor(e.at * (b.length + 1)));
    switch (e.op) {
      case 0: b = Buffer.concat([b.subarray(0, at), CHUNKS[e.chunk]!, b.subarray(at)]); break; // insert a chunk
      case 1: b = Buffer.concat([b.subarray(0, at), b.subarray(at + e.len)]); break; // delete bytes
      case 2: if (at < b.length) b[at] = e.byte; break; // replace a byte
      case 3: b = Buffer.concat([b.subarray(0, at), Buffer.from([e.byte]), b.subarray(at)]); break; // insert a byte
      default: b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + e.len * 8), b.subarray(at)]); break; // duplicate
    }
  }
  return b;
}

function runOn(bytes: Uint8Array, path: string, exact: boolean) {
  return runTokenize(exact ? ["-e", path] : [path], {
    readFile: (p) => { if (p === path) return bytes; throw new HostError("ENOENT", p, "no"); },
    readStdin: () => new Uint8Array(0),
  });
}

test("tokenize fuzz: mutated files never raise a JS error or hang", { timeout: 120_000 }, () => {
  fc.assert(fc.property(caseArb, ({ file, edits }) => {
    const bytes = mutate(sources[file]!, edits);
    const t0 = Date.now();
    const r = runOn(bytes, "m.py", false);
    assert.ok(r.status === 0 || r.status === 1, `status ${r.status}`);
    assert.ok(Date.now() - t0 < 5000, "too slow");
  }), { numRuns: 400, seed: Number(process.env.TSPY_FUZZ_SEED ?? 20261124) });
});

test("tokenize fuzz: mutated files give python3's output", { timeout: 300_000 }, () => {
  // TSPY_FUZZ_RUNS / TSPY_FUZZ_SEED run a bigger or different sample by hand.
  const runs = Number(process.env.TSPY_FUZZ_RUNS ?? 300);
  const cases = fc.sample(caseArb, { numRuns: runs, seed: Number(process.env.TSPY_FUZZ_SEED ?? 4242) });
  const dir = mkdtempSync(join(tmpdir(), "tspy-tokfuzz-"));
  try {
    const paths: string[] = [];
    const datas: Uint8Array[] = [];
    cases.forEach(({ file, edits }, i) => {
      const p = join(dir, `m${String(i).padStart(3, "0")}.py`);
      const bytes = mutate(sources[file]!, edits);
      writeFileSync(p, bytes);
      paths.push(p);
      datas.push(bytes);
    });
    const oracle = pythonOracle(paths, true);
    const failures: string[] = [];
    paths.forEach((p, i) => {
      for (const exact of [false, true]) {
        const e = oracle.get(`${exact ? 1 : 0}|${p}`)!;
        const r = runOn(datas[i]!, p, exact);
        if (r.status !== e.status || stdoutText(r) !== e.out || r.stderr !== e.err) {
          failures.push(`${p}${exact ? " -e" : ""} (from ${sample[cases[i]!.file]}, edits ${JSON.stringify(cases[i]!.edits)})`);
        }
      }
    });
    assert.deepEqual(failures, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
