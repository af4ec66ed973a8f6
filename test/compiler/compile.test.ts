/**
 * Differential tests of the compiler against python3's compile(): hand-written snippets (every
 * statement/expression kind, folding, errors), the three compile modes, -O/-OO, and a fixed
 * sample of the stdlib. The ASTs come from python3's ast.parse (scripts/py-ast-json.py); the
 * whole stdlib comparison is scripts/compare-code.ts.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { compareFile, compareSource, type Json } from "../support/compare.ts";
import { SNIPPETS, ERROR_SNIPPETS, foldingProgram } from "./snippets.ts";
import { stdlibFiles } from "../support/stdlib.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function oracle(script: string, args: string[], files: string[]): Json[] {
  const out = execFileSync("python3", [join(root, "scripts", script), ...args, ...files], { maxBuffer: 1 << 30 }).toString();
  return out.split("\n").filter((l) => l).map((l) => JSON.parse(l) as Json);
}

function run(files: string[], opts: { optimize?: number; mode?: string; flags?: number } = {}): string[] {
  const optimize = opts.optimize ?? 0;
  const modeArgs = opts.mode ? ["--mode", opts.mode] : [];
  const flagArgs = opts.flags ? ["--flags", String(opts.flags)] : [];
  const optArgs = optimize === 1 ? ["-O"] : optimize === 2 ? ["-OO"] : [];
  const asts = oracle("py-ast-json.py", modeArgs, files);
  const codes = oracle("py-code-dump.py", [...optArgs, ...modeArgs, ...flagArgs], files);
  const fails: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const r = compareFile(asts[i]!, codes[i]!, optimize, undefined, opts.flags ?? 0);
    if (r !== null) fails.push(`${files[i]}: ${r}`);
  }
  return fails;
}

const dir = mkdtempSync(join(tmpdir(), "tspy-compiler-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

function writeAll(prefix: string, sources: string[]): string[] {
  return sources.map((src, i) => {
    const p = join(dir, `${prefix}${i}.py`);
    writeFileSync(p, src);
    return p;
  });
}

const names = Object.keys(SNIPPETS);
const snippetFiles = writeAll("s", names.map((n) => SNIPPETS[n]!));

test("snippets compile to python3's code objects", () => {
  assert.deepEqual(run(snippetFiles), []);
});

test("constant folding matches python3 over a grid of constants and operators", () => {
  assert.deepEqual(run(writeAll("fold", [foldingProgram()])), []);
});

test("snippets with -O and -OO", () => {
  assert.deepEqual(run(snippetFiles, { optimize: 1 }), []);
  assert.deepEqual(run(snippetFiles, { optimize: 2 }), []);
});

test("eval and single modes", () => {
  const exprs = writeAll("e", ["x + 1\n", "[i for i in y]\n", "lambda: (yield)\n", "f(*a, **k) if c else d\n"]);
  assert.deepEqual(run(exprs, { mode: "eval" }), []);
  const singles = writeAll("i", ["x + 1\n", "a = 1\n", "for i in x: i\n", "x: int = 3\n", "if x:\n    y\n"]);
  assert.deepEqual(run(singles, { mode: "single" }), []);
});

test("compile flags: top-level await, inherited future flags", () => {
  const files = writeAll("f", [
    "await x\nasync for i in y: pass\nasync with z: pass\n[i async for i in y]\nr = [await q for q in w]\n",
    "x = 1\ndef f(): return (yield)\n",
  ]);
  assert.deepEqual(run(files, { flags: 0x2000 }), []);
  assert.deepEqual(run(files.slice(1), { flags: 0x1000000 | 0x20000 }), []);
});

test("symtable and compiler errors match python3 (message and position)", () => {
  const files = writeAll("x", ERROR_SNIPPETS);
  const asts = oracle("py-ast-json.py", [], files);
  const codes = oracle("py-code-dump.py", [], files);
  const fails: string[] = [];
  for (let i = 0; i < files.length; i++) {
    assert.ok((codes[i] as { error?: Json }).error, `python3 accepted error snippet ${i}`);
    const r = compareFile(asts[i]!, codes[i]!, 0);
    if (r !== null) fails.push(`#${i} ${JSON.stringify(ERROR_SNIPPETS[i]).slice(0, 60)}: ${r}`);
  }
  assert.deepEqual(fails, []);
});

test("stdlib sample (every 25th file) is identical", () => {
  const all = stdlibFiles();
  const sample = all.filter((_, i) => i % 25 === 0);
  assert.deepEqual(run(sample), []);
});

test("large and deep programs: EXTENDED_ARG, many locals/constants, nesting limits", () => {
  const files = writeAll("big", [
    "def f():\n" + Array.from({ length: 20000 }, (_, i) => `    v${i} = ${i}\n`).join("") + "    return v5\n",
    "x = [" + Array.from({ length: 3000 }, (_, i) => `'s${i}'`).join(",") + "]\n",
    "def f(x):\n    while x:\n" + Array.from({ length: 3000 }, (_, i) => `        if x == ${i}:\n            x = g(${i})\n`).join("") + "    return x\n",
    "x = 1" + "+1".repeat(2900) + "\n",
    "x = 1" + "+1".repeat(5000) + "\n",
    Array.from({ length: 99 }, (_, i) => "    ".repeat(i) + `if x${i}:\n`).join("") + "    ".repeat(99) + "pass\n",
  ]);
  assert.deepEqual(run(files), []);
});

test("tspy's own parser + compiler: snippets and stdlib sample", () => {
  const files = [...snippetFiles, ...stdlibFiles().filter((_, i) => i % 40 === 3)];
  const codes = oracle("py-code-dump.py", [], files);
  const fails: string[] = [];
  files.forEach((f, i) => {
    const r = compareSource(f, readFileSync(f), codes[i]!, 0);
    if (r !== null) fails.push(`${f}: ${r}`);
  });
  assert.deepEqual(fails, []);
});
