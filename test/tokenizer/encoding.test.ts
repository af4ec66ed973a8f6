/**
 * encoding.ts against python3: codec lookup (codecs.lookup) over every alias and module name and
 * spelling variants of them; bytes.decode() results and exact error messages on random byte
 * strings; tokenize.detect_encoding() on cookie / BOM variants.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { CODEC_ALIASES, CODEC_MODULES } from "../../src/tokenizer/codec-tables.ts";
import { CodecError, decodeBytes, detectEncoding, lookupCodec } from "../../src/tokenizer/encoding.ts";

function python(code: string, input: string): any {
  const r = spawnSync("python3", ["-c", code], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test("lookupCodec agrees with codecs.lookup", () => {
  const names = new Set<string>();
  for (const n of [...Object.keys(CODEC_ALIASES), ...Object.values(CODEC_ALIASES), ...Object.keys(CODEC_MODULES)]) {
    names.add(n);
    names.add(n.toUpperCase());
    names.add(n.replace(/_/g, "-"));
    names.add(n.replace(/_/g, ""));
    names.add("-" + n + "--");
    names.add(n.replace(/_/g, "."));
  }
  for (const n of ["", "utf", "utf-8-", "u.t.f.8", "utf..8", "aliases", "mbcs", "dbcs", "oem", "latin", "latin-9",
    "x", "8859", "iso8859", "__init__", "utf-8 ", "UTF-8-SIG", "koi8", "tis620", "tis-620"]) names.add(n);
  const list = [...names];
  const expected: (string | null)[] = python(
    "import codecs, json, sys\nout = []\nfor n in json.load(sys.stdin):\n    try: out.append(codecs.lookup(n).name)\n    except LookupError: out.append(None)\nprint(json.dumps(out))",
    JSON.stringify(list));
  const ours = list.map((n) => lookupCodec(n)?.name ?? null);
  const diffs = list.filter((_, i) => ours[i] !== expected[i]).map((n, i) => `${n}: ${ours[i]} vs ${expected[i]}`);
  assert.deepEqual(diffs, []);
});

test("decodeBytes gives python's text or python's exact error", () => {
  let seed = 12345;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const interesting = [0x00, 0x0a, 0x41, 0x7f, 0x80, 0x81, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
    0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xfe, 0xff, 0xd8, 0xdc, 0xbb];
  const samples: number[][] = [];
  for (let i = 0; i < 400; i++) {
    const len = rnd(9);
    const b: number[] = [];
    for (let k = 0; k < len; k++) b.push(rnd(3) === 0 ? rnd(256) : interesting[rnd(interesting.length)]!);
    samples.push(b);
  }
  samples.push([0xef, 0xbb, 0xbf, 0xff], [0xff, 0xfe, 0x41, 0x00], [0xfe, 0xff, 0x00, 0x41], [0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]);
  const codecs = ["utf-8", "utf8", "u8", "utf-8-sig", "ascii", "us", "latin-1", "cp1252", "koi8-r", "cp437", "mac-roman",
    "iso8859-7", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "hex", "rot13", "nope"];
  const jobs = codecs.flatMap((c) => samples.map((s) => [c, s] as const));
  const expected: [string, string][] = python(
    "import json, sys\nout = []\nfor c, b in json.load(sys.stdin):\n    try: out.append(['ok', bytes(b).decode(c)])\n    except Exception as e: out.append([type(e).__name__, str(e)])\nprint(json.dumps(out))",
    JSON.stringify(jobs));
  const diffs: string[] = [];
  jobs.forEach(([c, s], i) => {
    let got: [string, string];
    try {
      got = ["ok", decodeBytes(Uint8Array.from(s), 0, s.length, c)];
    } catch (e) {
      if (!(e instanceof CodecError)) throw e;
      got = [e.pyType, e.pyMessage];
    }
    if (got[0] !== expected[i]![0] || got[1] !== expected[i]![1]) diffs.push(`${c} ${JSON.stringify(s)}: ${JSON.stringify(got)} vs ${JSON.stringify(expected[i])}`);
  });
  assert.deepEqual(diffs.slice(0, 5), []);
});

test("detectEncoding agrees with tokenize.detect_encoding", () => {
  const inputs = [
    "", "\n", "x = 1\n", "# coding: latin-1\n", "# coding=utf8\n", "#!python\n# -*- coding: koi8-r -*-\n",
    "x\n# coding: latin-1\n", "\n\n# coding: latin-1\n", "# coding: nope\n", "#\n# coding: nope\n", "# coding:\n",
    "\xef\xbb\xbf", "\xef\xbb\xbfx\n", "\xef\xbb\xbf# coding: utf-8\n", "\xef\xbb\xbf# coding: latin-1\n",
    "\xef\xbb\xbf\n# coding: utf_8\n", "# \xff\n", "\n# \xff\n", "x\n# \xff\n", "# coding: Latin-1-foo\n",
    "  \t\f# vim: fileencoding=cp1252\n", "# coding: utf-8-sig\n", "# coding: UTF8\n", "#coding:ascii   \r\n",
    "# coding: iso_latin_1_x\n", "\f\n# coding: latin1\n", "   ", "   \n# coding: cp1252",
  ];
  const expected: [string, string][] = python(
    "import io, json, sys, tokenize\nout = []\nfor s in json.load(sys.stdin):\n" +
    "    try: out.append(['ok', tokenize.detect_encoding(io.BytesIO(s.encode('latin-1')).readline)[0]])\n" +
    "    except SyntaxError as e: out.append(['SyntaxError', str(e)])\nprint(json.dumps(out))",
    JSON.stringify(inputs));
  inputs.forEach((s, i) => {
    let got: [string, string];
    try {
      got = ["ok", detectEncoding(Uint8Array.from(Buffer.from(s, "latin1")), null).encoding];
    } catch (e) {
      if (!(e instanceof CodecError)) throw e;
      got = [e.pyType, e.pyMessage];
    }
    assert.deepEqual(got, expected[i], JSON.stringify(s));
  });
});
