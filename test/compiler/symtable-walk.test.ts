/**
 * The Python-level symtable module (lib/symtable.py over _symtable) against python3's, on a
 * fixed stdlib sample: scripts/symtable_walk.py walks every table and symbol under both
 * (identifier order included); `node scripts/symtable-walk.mjs --all` does the whole stdlib.
 * Needs a build (npm test builds first).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
// @ts-expect-error: a plain .mjs script without types
import { symtableWalk } from "../../scripts/symtable-walk.mjs";

test("symtable module: python3 and tspy walk a stdlib sample identically", () => {
  const r = symtableWalk({ sample: 40 }) as { total: number; same: number; diffs: string[] };
  assert.equal(r.diffs.join("\n"), "");
  assert.equal(r.same, r.total);
});
