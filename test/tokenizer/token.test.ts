import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { tokName, tokNameOf, EXACT_TOKEN_TYPES, TokenType } from "../../src/tokenizer/token.ts";

const py = spawnSync("python3", ["-c",
  "import token, json; print(json.dumps({'names': {str(k): v for k, v in token.tok_name.items()}, 'exact': token.EXACT_TOKEN_TYPES}))"],
  { encoding: "utf8" });
const oracle = JSON.parse(py.stdout) as { names: Record<string, string>; exact: Record<string, number> };

test("tok_name matches python3's token module", () => {
  const ours: Record<string, string> = {};
  for (let i = 0; i < tokName.length; i++) ours[String(i)] = tokName[i]!;
  ours[String(TokenType.NT_OFFSET)] = tokNameOf(TokenType.NT_OFFSET)!;
  assert.deepEqual(ours, oracle.names);
});

test("EXACT_TOKEN_TYPES matches python3's token module", () => {
  assert.deepEqual(Object.fromEntries(EXACT_TOKEN_TYPES), oracle.exact);
});
