// dis.stack_effect against python3 for every opcode, a spread of opargs and the three jump modes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { disStackEffect, StackEffectError } from "../../src/bytecode/stackeffect.ts";

const ARGS = [null, 0, 1, 2, 3, 4, 5, 7, 8, 15, 255, 256, 258, 1000, 65535, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31];
const JUMPS = [null, true, false];

test("dis.stack_effect matches python3", () => {
  const ops = Array.from({ length: 256 + 12 }, (_, i) => i - 12);
  const want: string[] = JSON.parse(execFileSync("python3", ["-c", `
import dis, json
out = []
for op in ${JSON.stringify(ops)}:
    for a in json.loads(${JSON.stringify(JSON.stringify(ARGS))}):
        for j in [None, True, False]:
            try: out.append(str(dis.stack_effect(op, a, jump=j)) if a is not None else str(dis.stack_effect(op, jump=j)))
            except Exception as e: out.append(type(e).__name__ + ": " + str(e))
print(json.dumps(out))`], { encoding: "utf8" }));
  let k = 0;
  for (const op of ops) for (const a of ARGS) for (const j of JUMPS) {
    let got: string;
    try { got = String(disStackEffect(op, a, j)); } catch (e) { got = e instanceof StackEffectError ? `${e.type}: ${e.msg}` : String(e); }
    assert.equal(got, want[k++], `op ${op} arg ${a} jump ${j}`);
  }
});
