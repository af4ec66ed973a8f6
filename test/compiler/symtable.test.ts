/**
 * The symtable-module API (src/compiler/symtable-api.ts) against python3's symtable module, on
 * the compiler snippets and a fixed stdlib sample; scripts/compare-symtable.ts --stdlib does all.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Json } from "../support/pyast.ts";
import { SNIPPETS } from "./snippets.ts";
import { stdlibFiles } from "../support/stdlib.ts";
import { compareSymtable } from "../../scripts/compare-symtable.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
function oracle(script: string, files: string[]): Json[] {
  const out = execFileSync("python3", [join(root, "scripts", script), ...files], { maxBuffer: 1 << 30 }).toString();
  return out.split("\n").filter((l) => l).map((l) => JSON.parse(l) as Json);
}

test("symtable API matches python3's symtable module", () => {
  const dir = mkdtempSync(join(tmpdir(), "tspy-symtable-"));
  try {
    const files = Object.values(SNIPPETS).map((src, i) => {
      const p = join(dir, `s${i}.py`);
      writeFileSync(p, src);
      return p;
    });
    files.push(...stdlibFiles().filter((_, i) => i % 30 === 7));
    const asts = oracle("py-ast-json.py", files), tables = oracle("py-symtable-dump.py", files);
    const fails: string[] = [];
    files.forEach((f, i) => {
      const r = compareSymtable(asts[i]!, tables[i]!);
      if (r !== null) fails.push(`${f}: ${r}`);
    });
    assert.deepEqual(fails, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
