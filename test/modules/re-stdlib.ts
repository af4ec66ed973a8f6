/**
 * The regular expressions of the python3 stdlib (scripts/re_stdlib_patterns.py) as differential
 * cases: each pattern compiled, and run with findall / finditer over the text of the stdlib file
 * it comes from.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Case } from "./re-harness.ts";

const root = join(fileURLToPath(import.meta.url), "..", "..", "..");

interface StdlibPattern { p: string; f: number; b: boolean; file: string }

/** The stdlib's patterns; the list (an ast walk of every stdlib file) is cached in .cache/. */
export function stdlibPatterns(): { patterns: StdlibPattern[]; stdlib: string } {
  const stdlib = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" })
    .stdout.trim();
  const cacheDir = join(root, ".cache");
  const cache = join(cacheDir, "re-stdlib-patterns.json");
  const script = join(root, "scripts", "re_stdlib_patterns.py");
  let text: string | null = null;
  if (existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, "utf8")) as { stdlib: string; script: string; patterns: string };
    if (cached.stdlib === stdlib && cached.script === readFileSync(script, "utf8")) text = cached.patterns;
  }
  if (text === null) {
    const r = spawnSync("python3", [script], { encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(r.stderr);
    text = r.stdout;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cache, JSON.stringify({ stdlib, script: readFileSync(script, "utf8"), patterns: text }));
  }
  return { patterns: JSON.parse(text) as StdlibPattern[], stdlib };
}

/** Cases for every pattern (or every `step`-th), on the first `chars` characters of its file. */
export function stdlibCases(step = 1, chars = 20000): Case[] {
  const { patterns, stdlib } = stdlibPatterns();
  const cases: Case[] = [];
  const texts = new Map<string, string>();
  for (let i = 0; i < patterns.length; i += step) {
    const { p, f, b, file } = patterns[i]!;
    let text = texts.get(file);
    if (text === undefined) {
      const raw = readFileSync(join(stdlib, file));
      text = b ? raw.toString("latin1") : raw.toString("utf8");
      texts.set(file, text);
    }
    const s = text.slice(0, chars);
    cases.push({ p, f, b, op: "compile" }, { p, f, b, op: "findall", s }, { p, f, b, op: "finditer", s });
  }
  return cases;
}

/** The pattern / subject table of the stdlib's test/re_tests.py: search, findall, finditer, sub. */
export function reTestsCases(): Case[] {
  const r = spawnSync("python3", ["-c",
    "import json; from test import re_tests; print(json.dumps([[t[0], t[1]] for t in re_tests.tests + re_tests.benchmarks]))"],
  { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  const cases: Case[] = [];
  for (const [p, s] of JSON.parse(r.stdout) as [string, string][]) {
    for (const f of [0, 2]) {
      cases.push({ p, f, op: "compile" }, { p, f, op: "search", s }, { p, f, op: "findall", s }, { p, f, op: "finditer", s },
        { p, f, op: "sub", s, r: "<\\g<0>>" }, { p, f, op: "fullmatch", s });
    }
  }
  return cases;
}
