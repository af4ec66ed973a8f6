// The Python-level `ast` module (src/modules/ast/, lib/ast.py) against python3: every node class
// of _ast as python3 has it, and ast.dump/ast.unparse over a fixed sample of the stdlib
// (scripts/ast-stdlib.mjs runs the whole stdlib).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
// @ts-ignore -- a plain .mjs script
import { astStdlib } from "../../scripts/ast-stdlib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

const CLASSES = `
import _ast
for name in sorted(dir(_ast)):
    c = getattr(_ast, name)
    if not isinstance(c, type) or not issubclass(c, _ast.AST):
        if isinstance(c, int):
            print(name, c)
        continue
    nones = sorted(k for k, v in vars(c).items() if v is None and k != '__doc__')
    print(name, c.__module__, [b.__name__ for b in c.__mro__], c._fields, getattr(c, '_attributes', None),
          c.__match_args__, repr(c.__doc__), nones)
`;

test("_ast: every class, its fields, attributes, doc and None defaults as python3's", () => {
  const want = execFileSync("python3", ["-c", CLASSES], { encoding: "utf8" });
  const got = execFileSync(process.execPath, [join(root, "bin/tspy.js"), "-c", CLASSES], { encoding: "utf8" });
  assert.equal(got, want);
});

test("ast.dump(include_attributes=True) and ast.unparse identical to python3 on a stdlib sample", async () => {
  const { total, bad } = await astStdlib({ sample: 24, jobs: 2, chunkSize: 12 });
  assert.equal(total, 24);
  assert.deepEqual(bad.dump.map((b: { file: string }) => b.file), []);
  assert.deepEqual(bad.unparse.map((b: { file: string }) => b.file), []);
});
