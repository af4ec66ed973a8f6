// dis against python3: dis.dis text for a stdlib sample and feature snippets (code objects made by
// python3, read back through tspy's marshal), get_instructions fields, code_info, options, the
// CLI (`tspy -m dis` on .py and .pyc files) and errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loads } from "../../src/bytecode/marshal.ts";
import { CodeObject } from "../../src/bytecode/code.ts";
import {
  dis, disassemble, getInstructions, codeInfo, Bytecode, findlabels, findlinestarts, argvalRepr, prettyFlags,
} from "../../src/bytecode/dis.ts";
import { stdlibSample } from "./sample.ts";
import { coLines, coPositions } from "../../src/bytecode/linetable.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const mask = (s: string) => s.replace(/0x[0-9a-f]+/g, "0x?");

function py(code: string, input?: string): string {
  return execFileSync("python3", ["-c", code], { encoding: "utf8", input, env: { ...process.env, PYTHONHASHSEED: "0" }, maxBuffer: 1 << 28 });
}

const SNIPPETS: string[] = [
  `x = 1\nprint(f"{x!r}{x!s:>3}{x!a}{x:{x}}{x}")\n`,
  `def f(a, b=1, *args, c, d=2, **kw) -> int:\n    def g(): return a + c\n    return g\n`,
  `async def h(x):\n    async with x as y:\n        async for z in y:\n            await z\n    return [i async for i in x]\n`,
  `try:\n    a = 1 / 0\nexcept (ZeroDivisionError, TypeError) as e:\n    raise ValueError from e\nelse:\n    pass\nfinally:\n    print('done')\n`,
  `try:\n    pass\nexcept* OSError as e:\n    pass\n`,
  `with open('x') as f, open('y') as g:\n    data = f.read()\n`,
  `match p:\n    case {"x": 1, **rest}: pass\n    case [1, 2, *others]: pass\n    case Point(x=0, y=yy) if yy > 1: pass\n    case str() | bytes(): pass\n    case _: pass\n`,
  `a = [x for x in range(10) if x % 2]\nb = {x: y for x, y in zip(a, a)}\nc = {x for x in a}\nd = (x for x in a)\n`,
  `import os.path as p\nfrom . import a, b as c\nfrom os import *\n`,
  `x = 1\nx += 2; x -= 3; x *= 4; x @= 5; x /= 6; x //= 7; x %= 8; x **= 9; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1\ny = x < 1, x <= 1, x == 1, x != 1, x > 1, x >= 1, x is None, x is not None, x in (), x not in ()\n`,
  `class C(Base, metaclass=M):\n    'doc'\n    a: int = 1\n    def m(self):\n        return super().m(key=1, other=2)\n`,
  `def gen():\n    x = yield 1\n    yield from range(x)\n    nonlocal_ = lambda: x\n    del x\n`,
  `global_var = 0\ndef f():\n    global global_var\n    global_var = [1, 2, 3][1:2]\n    return print(*a, **k), -global_var, not global_var, ~global_var\n`,
  "x = (" + Array.from({ length: 300 }, (_, i) => `${i}.5`).join(", ") + ")\ny = [" + Array.from({ length: 300 }, (_, i) => `v${i}`).join(", ") + "]\n",
  "\n".repeat(1200) + "def late(x):\n    if x:\n        return 1\n    return 2\n",
  "def big(x):\n" + Array.from({ length: 1500 }, (_, i) => `    x = x + ${i}\n`).join("") + "    return x\n",
  `while x:\n    if y: break\n    if z: continue\nelse:\n    pass\nfor i in range(3):\n    pass\n`,
  `x = 1 if a else 2\nassert x, "msg"\nz = a and b or c\n`,
  `s = {"a", "b", "c"}\nif k in {"if", "else", "endif"}: pass\nif n in {1, 2, 3, 40}: pass\nt = (1, (2.5, 3j), b"x", None, ..., True, frozenset())\n`,
];

interface Oracle {
  dis: string; info: string[]; instrs: unknown[][]; labels: number[]; linestarts: [number, number][]; marshal: string;
  lines: unknown[][]; positions: unknown[][];
}

const PY_ORACLE = `
import dis, io, json, marshal, sys, types
out = []
for src, name in json.loads(sys.stdin.read()):
    if src is None:
        src = open(name, 'rb').read()
    co = marshal.loads(marshal.dumps(compile(src, name, 'exec', dont_inherit=True)))
    buf = io.StringIO(); dis.dis(co, file=buf)
    codes = [co] + [c for c in co.co_consts if isinstance(c, types.CodeType)]
    instrs = [[i.opname, i.opcode, i.arg, repr(i.argval), i.argrepr, i.offset, i.starts_line, i.is_jump_target, list(i.positions)]
              for c in codes for i in dis.get_instructions(c)]
    out.append({"dis": buf.getvalue(), "info": [dis.code_info(c) for c in codes], "instrs": instrs,
                "labels": dis.findlabels(co.co_code), "linestarts": list(dis.findlinestarts(co)), "marshal": marshal.dumps(co).hex(),
                "lines": [list(c.co_lines()) for c in codes], "positions": [list(c.co_positions()) for c in codes]})
print(json.dumps(out))
`;

function oracleFor(sources: [string | null, string][]): Oracle[] {
  return JSON.parse(py(PY_ORACLE, JSON.stringify(sources)));
}

test("dis of a stdlib sample matches python3", () => {
  const files = stdlibSample(30);
  const oracle = oracleFor(files.map((f) => [null, f]));
  oracle.forEach((o, k) => {
    const co = loads(Buffer.from(o.marshal, "hex")) as CodeObject;
    assert.equal(mask(dis(co)), mask(o.dis), files[k]);
  });
});

test("dis text, get_instructions, code_info, findlabels, findlinestarts for feature snippets", () => {
  const oracle = oracleFor(SNIPPETS.map((s, i) => [s, `snippet${i}.py`]));
  oracle.forEach((o, k) => {
    const co = loads(Buffer.from(o.marshal, "hex")) as CodeObject;
    assert.equal(mask(dis(co)), mask(o.dis), `snippet ${k}`);
    const codes = [co, ...co.co_consts.filter((c): c is CodeObject => c instanceof CodeObject)];
    const instrs = codes.flatMap((c) => getInstructions(c).map((i) => [
      i.opname, i.opcode, i.arg, argvalRepr(i.argval), i.argrepr, i.offset, i.starts_line, i.is_jump_target,
      [i.positions.lineno, i.positions.end_lineno, i.positions.col_offset, i.positions.end_col_offset],
    ]));
    assert.deepEqual(instrs.map((x) => mask(JSON.stringify(x))), o.instrs.map((x) => mask(JSON.stringify(x))), `instructions of snippet ${k}`);
    assert.deepEqual(codes.map((c) => mask(codeInfo(c))), o.info.map(mask), `code_info of snippet ${k}`);
    assert.deepEqual(findlabels(co.co_code), o.labels);
    assert.deepEqual(findlinestarts(co), o.linestarts);
    assert.deepEqual(codes.map((c) => coLines(c)), o.lines, `co_lines of snippet ${k}`);
    assert.deepEqual(codes.map((c) => coPositions(c)), o.positions, `co_positions of snippet ${k}`);
  });
});

test("options: depth, show_caches, first_line, current_offset, lasti", () => {
  const src = "def f(x):\n    def g():\n        return x.y[0] + len(x)\n    return g\n";
  const want = JSON.parse(py(`
import dis, io, json, marshal
co = marshal.loads(marshal.dumps(compile(${JSON.stringify(src)}, 'o.py', 'exec')))
def cap(fn):
    buf = io.StringIO(); fn(buf); return buf.getvalue()
f = co.co_consts[0]
print(json.dumps({
  "depth0": cap(lambda b: dis.dis(co, file=b, depth=0)),
  "depth1": cap(lambda b: dis.dis(co, file=b, depth=1)),
  "caches": cap(lambda b: dis.dis(co, file=b, show_caches=True)),
  "lasti": cap(lambda b: dis.disassemble(f, 4, file=b)),
  "bytecode": dis.Bytecode(f, first_line=100, current_offset=6).dis(),
  "bytecode_instrs": [[i.offset, i.starts_line, i.is_jump_target] for i in dis.Bytecode(f, first_line=100)],
  "info": dis.Bytecode(f).info(),
  "marshal": marshal.dumps(co).hex(),
}))`));
  const co = loads(Buffer.from(want.marshal, "hex")) as CodeObject;
  const f = co.co_consts[0] as CodeObject;
  assert.equal(mask(dis(co, { depth: 0 })), mask(want.depth0));
  assert.equal(mask(dis(co, { depth: 1 })), mask(want.depth1));
  assert.equal(mask(dis(co, { show_caches: true })), mask(want.caches));
  assert.equal(mask(disassemble(f, 4)), mask(want.lasti));
  const bc = new Bytecode(f, { first_line: 100, current_offset: 6 });
  assert.equal(mask(bc.dis()), mask(want.bytecode));
  assert.deepEqual([...new Bytecode(f, { first_line: 100 })].map((i) => [i.offset, i.starts_line, i.is_jump_target]), want.bytecode_instrs);
  assert.equal(mask(bc.info()), mask(want.info));
});

test("pretty_flags for every bit pattern python3 knows", () => {
  const flags = [0, 1, 3, 0x43, 0x20000, 0x4000000 | 0x13, -1, 2 ** 31 - 1];
  const want = JSON.parse(py(`import dis, json; print(json.dumps([dis.pretty_flags(f) for f in ${JSON.stringify(flags)}]))`));
  assert.deepEqual(flags.map(prettyFlags), want);
});

function tspy(args: string[], input?: string): { out: string; err: string; status: number } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "tspy.js"), ...args], { encoding: "utf8", input, env: { ...process.env, PYTHONHASHSEED: "0" } });
  return { out: r.stdout, err: r.stderr, status: r.status ?? -1 };
}
function python(args: string[], input?: string): { out: string; err: string; status: number } {
  const r = spawnSync("python3", args, { encoding: "utf8", input, env: { ...process.env, PYTHONHASHSEED: "0" } });
  return { out: r.stdout, err: r.stderr, status: r.status ?? -1 };
}

test("tspy -m dis FILE / .pyc / stdin / errors", (t) => {
  if (spawnSync(process.execPath, [join(ROOT, "bin", "tspy.js"), "-m", "dis", "-h"]).status !== 0) {
    t.skip("CLI not built (node scripts/build.mjs)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "tspy-dis-"));
  const file = join(dir, "m.py");
  writeFileSync(file, SNIPPETS.slice(0, 12).join(""));
  const mine = tspy(["-m", "dis", file]);
  const theirs = python(["-m", "dis", file]);
  assert.equal(mask(mine.out), mask(theirs.out));
  assert.equal(mine.status, 0);

  // a .pyc python3 wrote: tspy disassembles its code object
  const pyc = join(dir, "m.pyc");
  py(`import py_compile; py_compile.compile(${JSON.stringify(file)}, cfile=${JSON.stringify(pyc)})`);
  const pycDis = py(`import dis, marshal; dis.dis(marshal.loads(open(${JSON.stringify(pyc)}, 'rb').read()[16:]))`);
  assert.equal(mask(tspy(["-m", "dis", pyc]).out), mask(pycDis));

  assert.equal(mask(tspy(["-m", "dis"], "x = 1\n").out), mask(python(["-m", "dis"], "x = 1\n").out));
  assert.equal(mask(tspy(["-m", "dis", "-"], "y = 2\n").out), mask(python(["-m", "dis", "-"], "y = 2\n").out));

  for (const args of [["-m", "dis", join(dir, "missing.py")], ["-m", "dis", file, "extra"], ["-m", "dis", "-h"], ["-m", "dis", "--bogus"]]) {
    const a = tspy(args), b = python(args);
    assert.equal(a.status, b.status, args.join(" "));
    assert.equal(a.err, b.err, args.join(" "));
    assert.equal(a.out, b.out, args.join(" "));
  }
  const bad = join(dir, "bad.py");
  writeFileSync(bad, "def (\n");
  const a = tspy(["-m", "dis", bad]), b = python(["-m", "dis", bad]);
  assert.equal(a.status, 1);
  assert.equal(a.err, b.err);
});
