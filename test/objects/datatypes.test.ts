// Generated data of the builtin data types is in sync with its sources: the Unicode tables with
// python3's unicodedata (scripts/gen-str-unicode.py) and the types_*.py differential programs
// with their case lists (test/objects/programs_src). The programs themselves run in
// test/vm/differential.test.ts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

test("src/objects/unicode_db.ts matches python3's unicodedata", () => {
  const generated = execFileSync("python3", [join(root, "scripts/gen-str-unicode.py")], { encoding: "utf8", maxBuffer: 1 << 26 });
  assert.ok(generated === readFileSync(join(root, "src/objects/unicode_db.ts"), "utf8"), "regenerate: python3 scripts/gen-str-unicode.py > src/objects/unicode_db.ts");
});

test("tests/programs/types_*.py are generated from test/objects/programs_src", () => {
  execFileSync("python3", [join(root, "test/objects/programs_src/gen.py"), "--check"], { encoding: "utf8" });
});
