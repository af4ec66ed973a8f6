/**
 * The CFG view (src/compiler/cfgview.ts, `tspy -m cfg`, `-X dump-passes`): the final stage's
 * instructions are exactly python3's (offset, opname, arg) per code object; the text for a small
 * program is stable and shows the expected blocks and edges; DOT parses (Graphviz via
 * @viz-js/viz); --svg writes an SVG; -X dump-passes prints every pass.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileSource } from "../../src/compiler/index.ts";
import { formatCfgText, formatCfgDot, CFG_STAGES, type CfgSnapshot } from "../../src/compiler/cfgview.ts";

function snapshots(src: string): CfgSnapshot[] {
  const out: CfgSnapshot[] = [];
  compileSource(src, { filename: "<cfg>", cfgHook: (s) => out.push(s) });
  return out;
}

const PROGRAMS = [
  "x = 1 if y else 2\n",
  "def f(x):\n    for i in range(x):\n        if i % 2:\n            continue\n        try:\n            print(i)\n" +
    "        except ValueError as e:\n            return e\n    return None\n",
  "def g(a):\n    def h():\n        return a\n    with open(a) as fp:\n        while fp:\n            yield h()\n",
  "class C:\n    async def m(self, *, k=1):\n        match self:\n            case [1, *r]: return r\n            case {'a': v}: return v\n" +
    "            case _: return [x async for x in k]\n",
];

test("final-stage instructions are python3's, code object by code object", () => {
  const want = JSON.parse(execFileSync("python3", ["-c", `
import dis, json, sys, types
def walk(co, out):
    out.append([co.co_qualname, [[i.offset, i.opname, i.arg] for i in dis.get_instructions(co)]])
    for c in co.co_consts:
        if isinstance(c, types.CodeType): walk(c, out)
res = []
for src in json.loads(sys.stdin.read()):
    out = []
    walk(compile(src, "<cfg>", "exec"), out)
    res.append(out)
print(json.dumps(res))`], { input: JSON.stringify(PROGRAMS), encoding: "utf8" })) as [string, [number, string, number | null][]][][];
  PROGRAMS.forEach((src, k) => {
    const finals = snapshots(src).filter((s) => s.stage === "final").sort((a, b) => a.seq - b.seq);
    const got = finals.map((s) => [s.qualname, s.blocks.flatMap((b) => b.instrs.map((i) => [i.offset, i.opname, i.arg]))]);
    assert.deepEqual(got, want[k], src);
  });
});

test("every stage is reported, in order, for each code object", () => {
  const snaps = snapshots(PROGRAMS[1]!);
  const byUnit = new Map<number, string[]>();
  for (const s of snaps) byUnit.set(s.seq, [...(byUnit.get(s.seq) ?? []), s.stage]);
  assert.equal(byUnit.size, 2);
  for (const stages of byUnit.values()) assert.deepEqual(stages, CFG_STAGES);
});

test("text output is stable and shows the blocks and edges of a conditional", () => {
  const text = () => snapshots(PROGRAMS[0]!).filter((s) => s.stage === "codegen" || s.stage === "final").map(formatCfgText).join("");
  const a = text();
  assert.equal(a, text());
  assert.equal(a, [
    "-- before optimisation (after code generation) --",
    "B0 [entry]:",
    "     0  RESUME                      0",
    "     1  LOAD_NAME                   0 (y)",
    "     1  POP_JUMP_IF_FALSE       -> B2",
    "    successors: B3 (fall-through), B2 (jump)",
    "B3:",
    "     1  LOAD_CONST                  0 (1)",
    "     -  JUMP                    -> B1",
    "    successors: B1 (jump)",
    "B2:",
    "     1  LOAD_CONST                  1 (2)",
    "    successors: B1 (fall-through)",
    "B1 [exit]:",
    "     1  STORE_NAME                  1 (x)",
    "     -  LOAD_CONST                  2 (None)",
    "     -  RETURN_VALUE",
    "    successors: none",
    "-- after optimisation (final) --",
    "B0 [entry]:",
    "     0      0 RESUME                      0",
    "     1      2 LOAD_NAME                   0 (y)",
    "     1      4 POP_JUMP_FORWARD_IF_FALSE    2 (to B2)",
    "    successors: B3 (fall-through), B2 (jump)",
    "B3:",
    "     1      6 LOAD_CONST                  0 (1)",
    "     1      8 JUMP_FORWARD                1 (to B1)",
    "    successors: B1 (jump)",
    "B2:",
    "     1     10 LOAD_CONST                  1 (2)",
    "    successors: B1 (fall-through)",
    "B1 [exit]:",
    "     1     12 STORE_NAME                  1 (x)",
    "     1     14 LOAD_CONST                  2 (None)",
    "     1     16 RETURN_VALUE",
    "    successors: none",
    "",
  ].join("\n"));
});

test("exception edges: SETUP_* targets before, handlers after labelling", () => {
  const snaps = snapshots(PROGRAMS[1]!).filter((s) => s.qualname === "f");
  const before = snaps.find((s) => s.stage === "codegen")!;
  const after = snaps.find((s) => s.stage === "final")!;
  assert.ok(before.blocks.some((b) => b.edges.some((e) => e.kind === "exception" && e.detail === "SETUP_FINALLY")));
  assert.ok(after.blocks.some((b) => b.edges.some((e) => e.kind === "exception" && e.detail === "lasti")));
  assert.ok(after.blocks.some((b) => b.notes.includes("handler")));
  assert.ok(!after.blocks.some((b) => b.instrs.some((i) => i.opname.startsWith("SETUP_"))));
});

test("DOT parses (Graphviz) and the CLI writes an SVG; -X dump-passes prints each pass", async () => {
  const dot = formatCfgDot(snapshots(PROGRAMS.join("")));
  const viz = await import("@viz-js/viz");
  const svg = (await viz.instance()).renderString(dot, { format: "svg" });
  assert.match(svg, /<svg[\s>]/);

  const dir = mkdtempSync(join(tmpdir(), "tspy-cfg-"));
  try {
    const py = join(dir, "p.py");
    writeFileSync(py, PROGRAMS[1]!);
    const out = join(dir, "p.svg");
    const r = spawnSync(process.execPath, ["bin/tspy.js", "-m", "cfg", "--svg", out, "--function", "f", py], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(out));
    assert.match(readFileSync(out, "utf8"), /<svg[\s>]/);

    const d = spawnSync(process.execPath, ["bin/tspy.js", "-m", "cfg", "--dot", py], { encoding: "utf8" });
    assert.equal(d.status, 0, d.stderr);
    assert.match(d.stdout, /^digraph cfg \{/);

    const x = spawnSync(process.execPath, ["bin/tspy.js", "-X", "dump-passes", "-m", "dis", py], { encoding: "utf8" });
    assert.equal(x.status, 0, x.stderr);
    for (const stage of CFG_STAGES) assert.ok(x.stderr.includes(`== Code object f (line 1): ${stage} ==`), stage);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
