/**
 * A fixed sample of the stdlib (every 9th file, ~200): `tspy -m ast -a` output identical to
 * python3's (compared by SHA-1). The whole stdlib: npx tsx scripts/compare-ast.ts.
 * The files with str literals made of surrogate escapes ("\ud834\udd1e") are always included.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mine, oracle, stdlibFiles } from "../../scripts/compare-ast.ts";

const SURROGATE_FILES = ["test_capi/test_unicode.py", "test_codeccallbacks.py", "test_codecs.py", "test_json/test_scanstring.py",
  "test_sqlite3/test_userfunctions.py", "test_unicode.py"];

test("stdlib sample: tspy -m ast -a output identical to python3", () => {
  const files = stdlibFiles().filter((f, i) => i % 9 === 0 || SURROGATE_FILES.some((s) => f.endsWith("/test/" + s)));
  const want = oracle(files);
  const bad: string[] = [];
  for (const f of files) {
    const o = want.get(f)!;
    const m = mine(f);
    const ok = o.sha1 !== undefined ? m.sha1 === o.sha1 : JSON.stringify(m.error) === JSON.stringify(o.error);
    if (!ok) bad.push(`${f}: python ${o.sha1 ?? JSON.stringify(o.error)} tspy ${m.sha1 ?? JSON.stringify(m.error)}`);
  }
  assert.ok(files.length > 150);
  assert.equal(bad.length, 0, bad.join("\n"));
});
