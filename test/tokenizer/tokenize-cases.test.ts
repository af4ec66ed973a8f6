/**
 * `-m tokenize` on hand-written tricky inputs, differential against python3: every case is
 * written to a temporary file, python3's `-m tokenize [-e]` output is taken from
 * scripts/tokenize-oracle.py (one python3 process) and compared byte for byte with tspy's.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pythonOracle, stdoutText, tspyTokenize } from "./tokenize-oracle.ts";

const enc = (s: string): Uint8Array => Buffer.from(s, "utf8");
const raw = (s: string): Uint8Array => Buffer.from(s, "latin1"); // one byte per char

function prefixCases(): string[] {
  const prefixes = ["", "b", "r", "u", "f", "br", "rb", "fr", "rf", "bu", "ub", "rr", "fb", "bf", "ur", "uf", "brr"];
  const out: string[] = [];
  for (const p of prefixes) {
    const variants = new Set([p, p.toUpperCase(), p.slice(0, 1).toUpperCase() + p.slice(1), p.slice(0, 1) + p.slice(1).toUpperCase()]);
    for (const v of variants) {
      out.push(`x = ${v}'a\\'b' + ${v}"c\\"d" + ${v}'''e\n'f''' + ${v}"""g""" + ${v}''\n`);
    }
  }
  return out;
}

const CASES: [string, Uint8Array][] = [
  ["empty", enc("")],
  ["newline only", enc("\n")],
  ["simple", enc("import sys\nprint(sys.argv)\n")],
  ["no trailing newline", enc("x = 1")],
  ["comment last no newline", enc("x = 1\n# c")],
  ["code and comment last no newline", enc("x = 1 # c")],
  ["whitespace-only last line", enc("x = 1\n   ")],
  ["dedent at EOF", enc("if x:\n    y = 1\n        \n")],
  ["dedent at EOF no newline", enc("if x:\n  if y:\n    z")],
  ["nested blocks", enc("def f():\n    if a:\n        pass\n    else:\n\n        # c\n        return 1\nx = 2\n")],
  ["bad dedent", enc("if x:\n    a\n  b\n")],
  ["tabs", enc("if x:\n\ta = 1\n        b = 2\n\tc = 3\n")],
  ["tab then spaces", enc("if x:\n  \t a\n")],
  ["form feed", enc("\fx = 1\nif y:\n  \f  z = 2\n")],
  ["continuation", enc("x = 1 + \\\n    2\ny = \\\n\\\n3\n")],
  ["continuation crlf", enc("x = 1 + \\\r\n    2\r\n")],
  ["backslash at EOF", enc("x = \\")],
  ["backslash space", enc("x = \\ \n1\n")],
  ["backslash then EOF in statement", enc("x = \\\n")],
  ["unterminated single", enc("x = 'abc\ny = 2\n")],
  ["unterminated double with space", enc('x =  "abc\n')],
  ["unterminated prefixed", enc("x = rb'abc\n")],
  ["unterminated continued single", enc("x = 'abc\\\ndef\ny = 1\n")],
  ["needcont quirk", enc("x = 'a\\\nb\ny = '''c\nd'''\nz = 1\n")],
  ["needcont quirk spanning", enc("x = 'a\\\nb\ny = '''c\nd\ne'''\nz = 1\n")],
  ["needcont reset by closed string", enc("x = 'a\\\nb'\ny = '''c\nd\ne'''\n")],
  ["continued single closes", enc("x = 'a\\\nb' + 'c'\n")],
  ["unterminated triple", enc("x = '''abc\ndef\n")],
  ["triple at EOF no newline", enc('x = """a\nb"""')],
  ["triple with escapes", enc("x = '''a\\'''b\\\\''' + \"\"\"\"\"\"\"\"\n")],
  ["quad quotes", enc("x = ''''a''''\n")],
  ["string prefixes", enc(prefixCases().join(""))],
  ["f-strings", enc("f'{x!r:>{w}}' F\"{'a'}\" rf'{x}\\n' fR'''{\n}''' f'{{}}'\n")],
  ["crlf", enc("x = 1\r\nif x:\r\n    y = (1,\r\n         2)\r\n# c\r\n\r\n")],
  ["lone cr", enc("x = 1\ry = 2\n\r\n  \rz\n# a\rb\nw # c\rd\n")],
  ["cr at EOF", enc("x = 1\r")],
  ["unclosed paren", enc("x = (1,\n2\n")],
  ["unmatched close", enc("x = 1)\ny = 2\n")],
  ["paren continuation comments", enc("x = [  # c\n    1,\n\n    # d\n    2]\n")],
  ["numbers", enc("0 00 0_0 0777 09 09.5 1_000 1__0 1_ 0x 0xdead_BEEF 0b2 0b1_0 0o8 0o7_7 0X1 0B1 0O7\n1e 1e+ 1e5 1E-5 1.e5 .5 .5j 1.j 1j 1J 1.5e+3j 1if 1_000.000_1e-1_0j 1..2 1.__class__ 0_1 0x_1\n")],
  ["operators", enc("a->b := c ** d **= e //= f >>= g <<= h != i <> j ... k .. l @= m ~ n ^= o |= p &= q %= r -= s += t *= u /= v == w <= x >= y\n")],
  ["stray characters", enc("x = $ ? ` ! \\x\n")],
  ["nul bytes", raw("x = 1\x00\ny\x00 = '\x00'\n\x00\n")],
  ["control chars", raw("x = \x01\x02\x7f\x1b\n")],
  ["non-ascii names", enc("ñame = 1\nπ = 3.14\n𝔘𝔫𝔦 = 2\n_x9 = 𝔘𝔫𝔦 + ñame\n")],
  ["non-identifier word chars", enc("x = ² + ٣٤ + ½\ny = a²\n")],
  ["combining marks", enc("e\u0301 = 1\n\u0301x = 2\n")],
  ["astral columns", enc("x = '😀😀' + y  # 😀\nz = 1\n")],
  ["unicode whitespace", enc("x = 1\u00a0+\u30002\n\u2003y\n")],
  ["strip quirk last line", enc("x = 1\n\x1c# c")],
  ["strip quirk nbsp", enc("x = 1\n\u00a0# c")],
  ["bom", raw("\xef\xbb\xbfx = 1\n")],
  ["bom only", raw("\xef\xbb\xbf")],
  ["bom and utf-8 cookie", raw("\xef\xbb\xbf# -*- coding: utf-8 -*-\nx = 1\n")],
  ["bom and latin-1 cookie", raw("\xef\xbb\xbf# coding: latin-1\nx = 1\n")],
  ["bom and utf8 cookie", raw("\xef\xbb\xbf# coding: utf8\nx = 1\n")],
  ["latin-1 cookie", raw("# -*- coding: latin-1 -*-\nx = '\xe9\xff'\n")],
  ["latin1 cookie", raw("# coding=latin1\nx = '\xe9'\n")],
  ["iso-8859-1 variant", raw("# coding: ISO_8859_1-foo\nx = '\xe9'\n")],
  ["cookie second line", raw("#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\nx = '\xc1\xc2'\n")],
  ["cookie after code ignored", raw("x = 1\n# coding: latin-1\ny = '\xe9'\n")],
  ["cookie third line ignored", raw("\n\n# coding: latin-1\n")],
  ["cookie blank first line", raw("   \n# coding: cp1252\nx = '\x80'\n")],
  ["cookie cp1252 undefined byte", raw("# coding: cp1252\nx = '\x81'\n")],
  ["cookie ascii non-ascii", raw("# coding: ascii\nx = 1\ny = '\xe9'\n")],
  ["cookie unknown", enc("# coding: foobar\nx = 1\n")],
  ["cookie unknown second line", enc("\n# coding: uft-8\n")],
  ["cookie hex", enc("# coding: hex\nx = 1\n")],
  ["cookie undefined", enc("# coding: undefined\nx = 1\n")],
  ["cookie shift_jis", raw("# coding: shift_jis\nx = '\x82\xa0\x93\xfa'\n")],
  ["cookie koi8-u", raw("# coding: koi8-u\nx = '\xa4\xc1'\n")],
  ["cookie mac-roman", raw("# coding: mac-roman\nx = '\x8e\xa5'\n")],
  ["cookie utf-16-le bad", raw("# coding: utf-16-le\n")],
  ["cookie u8 bad utf-8", raw("# coding: u8\nx = '\xff'\n")],
  ["cookie utf-16", enc("# coding: utf-16\nx = 1\n")],
  ["cookie case", raw("# CODING: latin-1\n# Coding: latin-1\nx = '\xe9'\n")],
  ["cookie first of two", raw("# coding: latin-1 coding: utf-8\nx = '\xe9'\n")],
  ["cookie no name", enc("# coding: \n# coding=utf-8\nx = 1\n")],
  ["cookie indented", raw("  \f\t# coding: latin-1\nx = '\xe9'\n")],
  ["cookie not a comment", raw("x = 1 # coding: latin-1\n")],
  ["invalid utf-8 first line", raw("x = '\xff'\n")],
  ["invalid utf-8 second line after blank", raw("\n# \xff\n")],
  ["invalid utf-8 second line after code", raw("x = 1\ny = '\xff'\n")],
  ["invalid utf-8 later", raw("x = 1\n\n\nz = '\xe2\x82'\n")],
  ["truncated utf-8 at EOF", raw("x = 1\ny = \xe2\x82")],
  ["surrogate utf-8", raw("x = 1\ny = '\xed\xa0\x80'\n")],
  ["overlong utf-8", raw("x = 1\ny = '\xc0\xaf'\n")],
  ["garbage", raw("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")],
  ["long line", enc("x = " + "1 + ".repeat(3000) + "1\n")],
  ["deep indent", enc(Array.from({ length: 60 }, (_, i) => " ".repeat(i) + "if x:\n").join("") + " ".repeat(60) + "pass\n")],
  ["async keywords", enc("async def f():\n    await x\n    async with a as b: pass\nmatch x:\n    case _: pass\n")],
  ["decorators and ellipsis", enc("@dec\ndef f(*, a: int = ..., **k) -> None: ...\n")],
];

test("tokenize: tricky inputs match python3 byte for byte (plain and -e)", () => {
  const dir = mkdtempSync(join(tmpdir(), "tspy-tok-"));
  try {
    const paths: string[] = [];
    CASES.forEach(([, bytes], i) => {
      const p = join(dir, `case${String(i).padStart(3, "0")}.py`);
      writeFileSync(p, bytes);
      paths.push(p);
    });
    // Errors opening files: a missing file and a directory.
    paths.push(join(dir, "missing.py"));
    const sub = join(dir, "adir.py");
    mkdirSync(sub);
    paths.push(sub);
    const oracle = pythonOracle(paths, true);
    const failures: string[] = [];
    paths.forEach((p, i) => {
      for (const exact of [false, true]) {
        const e = oracle.get(`${exact ? 1 : 0}|${p}`)!;
        const r = tspyTokenize(p, exact);
        const name = i < CASES.length ? CASES[i]![0] : p;
        if (r.status !== e.status) failures.push(`${name}${exact ? " -e" : ""}: status ${r.status} != ${e.status}`);
        else if (stdoutText(r) !== e.out) failures.push(`${name}${exact ? " -e" : ""}: stdout differs\n${firstDiff(stdoutText(r), e.out)}`);
        else if (r.stderr !== e.err) failures.push(`${name}${exact ? " -e" : ""}: stderr differs\n${firstDiff(r.stderr, e.err)}`);
      }
    });
    assert.deepEqual(failures, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function firstDiff(a: string, b: string): string {
  const la = a.split("\n"), lb = b.split("\n");
  let i = 0;
  while (i < la.length && la[i] === lb[i]) i++;
  return `  line ${i + 1}\n  tspy:   ${JSON.stringify(la[i])}\n  python: ${JSON.stringify(lb[i])}`;
}
