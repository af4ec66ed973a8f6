/**
 * compile(..., PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT), as codeop uses it:
 * "incomplete input" exactly where python3 says so, other errors otherwise.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { parse } from "../../src/parser/parse.ts";
import { CompileError } from "../../src/parser/errors.ts";

const SOURCES = ["if x:", "if x:\n", "if x:\n  pass", "if x:\n  pass\n", "x = (", "x = '''abc", "x = 'abc", "x = 1", "def f():\n  return 1\n\n",
  "x = (1,\n2", "1 +", "@d", "class A:", "a b", "x = [1,", "\"\"\"", "if x:\n  pass\nelse:", "for x in y:\n  pass\n  ", "x = 1 +\\", "f(**", "lambda:"];

const PY = `
import json, sys
out = []
for src in json.load(sys.stdin):
    for mode in ["single", "exec"]:
        try:
            compile(src, "<input>", mode, 0x200 | 0x4000 | 0x400)
            out.append("ok")
        except SyntaxError as e:
            out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
print(json.dumps(out))
`;

test("incomplete input (codeop flags): same verdicts as python3", () => {
  const r = spawnSync("python3", ["-c", PY], { input: JSON.stringify(SOURCES), encoding: "utf8" });
  const want = JSON.parse(r.stdout) as unknown[];
  let k = 0;
  for (const src of SOURCES) {
    for (const mode of ["single", "exec"] as const) {
      let got: unknown;
      try {
        parse(src, { filename: "<input>", mode, allowIncompleteInput: true, dontImplyDedent: true });
        got = "ok";
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        got = [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
      }
      assert.deepEqual(got, want[k++], `${JSON.stringify(src)} (${mode})`);
    }
  }
});
