// marshal.loads/dumps against python3: structure of python3's code objects, byte identity,
// round trips both ways, and the errors CPython raises for malformed data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { loads, dumps, MarshalError, MarshalList, MarshalDict } from "../../src/bytecode/marshal.ts";
import { Complex, ConstTuple, ConstFrozenSet, None } from "../../src/objects/constant.ts";
import { describe } from "./describe.ts";
import { stdlibSample } from "./sample.ts";

const ORACLE = join(import.meta.dirname, "..", "..", "scripts", "bytecode_oracle.py");

function py(code: string, input?: string): string {
  return execFileSync("python3", ["-c", code], { encoding: "utf8", input, env: { ...process.env, PYTHONHASHSEED: "0" }, maxBuffer: 1 << 28 });
}

const sample = stdlibSample(40);
const oracle: { file: string; marshal: string; desc: unknown }[] = JSON.parse(py(`
import sys, json, marshal, runpy
sys.path.insert(0, ${JSON.stringify(join(import.meta.dirname, "..", "..", "scripts"))})
from bytecode_oracle import describe
out = []
for path in json.loads(sys.stdin.read()):
    code = compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)
    out.append({"file": path, "marshal": marshal.dumps(code).hex(), "desc": describe(code)})
print(json.dumps(out))
`, JSON.stringify(sample)));
void ORACLE;

test("loads gives python3's structure for stdlib code objects", () => {
  for (const o of oracle) assert.deepEqual(describe(loads(Buffer.from(o.marshal, "hex"))), o.desc, o.file);
});

test("dumps of python3's code objects loads back equal in python3", () => {
  const ours = oracle.map((o) => ({ file: o.file, data: Buffer.from(dumps(loads(Buffer.from(o.marshal, "hex")))).toString("hex") }));
  const res = py(`
import sys, json, marshal
bad = []
for o in json.loads(sys.stdin.read()):
    code = compile(open(o["file"], 'rb').read(), o["file"], 'exec', dont_inherit=True)
    back = marshal.loads(bytes.fromhex(o["data"]))
    def same(a, b):
        if a != b or a.co_filename != b.co_filename or a.co_qualname != b.co_qualname: return False
        return all(same(x, y) for x, y in zip(a.co_consts, b.co_consts) if hasattr(x, 'co_code'))
    if not same(code, back): bad.append(o["file"])
print(json.dumps(bad))
`, JSON.stringify(ours));
  assert.deepEqual(JSON.parse(res), []);
});

test("dumps is byte-identical to python3's for most of the sample", () => {
  let same = 0;
  for (const o of oracle) if (Buffer.from(dumps(loads(Buffer.from(o.marshal, "hex")))).toString("hex") === o.marshal) same++;
  assert.ok(same >= oracle.length * 0.6, `${same}/${oracle.length}`);
});

test("constants and marshal-only values round-trip with python3", () => {
  const src = `[None, True, False, ..., 0, -5, 256, 2**31-1, -2**31, 2**31, -2**63, 10**100, -(10**40),
    1.5, -0.0, float('inf'), float('nan'), 1e300, 2j, complex(-0.0, 1.25), 'abc', 'a b', 'é', '\\ud800x', 'x'*300, 'é'*300,
    b'', b'\\x00\\xff', (), (1,), tuple(range(300)), frozenset(), frozenset({1, 2, 'a'}), [1, [2]], {'a': 1, 2: (3,)}, {1, 2}, StopIteration]`;
  const hex = py(`import marshal; print(marshal.dumps(${src}).hex())`).trim();
  const v = loads(Buffer.from(hex, "hex"));
  assert.ok(v instanceof MarshalList);
  const ours = Buffer.from(dumps(v)).toString("hex");
  const ok = py(`import marshal, math
a = marshal.loads(bytes.fromhex(${JSON.stringify(ours)})); b = ${src}
print(repr(a) == repr(b))`).trim();
  assert.equal(ok, "True");
  for (const version of [0, 1, 2, 3]) {
    const theirs = py(`import marshal; print(marshal.dumps(${src}, ${version}).hex())`).trim();
    const mine = Buffer.from(dumps(v, version)).toString("hex");
    const eq = py(`import marshal
print(repr(marshal.loads(bytes.fromhex(${JSON.stringify(mine)}))) == repr(marshal.loads(bytes.fromhex(${JSON.stringify(theirs)}))))`).trim();
    assert.equal(eq, "True", `version ${version}`);
  }
});

test("simple values are byte-identical to python3's marshal.dumps", () => {
  const values: [string, unknown][] = [
    ["1", 1n], ["-1", -1n], ["2**40", 2n ** 40n], ["-(10**30)", -(10n ** 30n)], ["1.5", 1.5], ["'abc'", "abc"], ["'a b'", "a b"],
    ["b'xy'", new Uint8Array([120, 121])], ["(1, 'a', None)", new ConstTuple([1n, "a", None])],
    ["complex(1, 2)", new Complex(1, 2)], ["frozenset({'b', 'a', 3})", new ConstFrozenSet(["b", "a", 3n])],
    ["{'k': [1.5, 1.5]}", new MarshalDict(["k"], [new MarshalList([1.5, 1.5])])], ["'\\u20ac'", "\u20ac"],
  ];
  const theirs = py(`import marshal\nfor v in [${values.map((v) => v[0]).join(", ")}]: print(marshal.dumps(v).hex())`).trim().split("\n");
  values.forEach(([src, v], i) => assert.equal(Buffer.from(dumps(v as never)).toString("hex"), theirs[i], src));
});

test("malformed data raises CPython's exception and message", () => {
  const cases = [
    "", "N", "z", ")", "f", "i\\x01", "0", "(\\x01\\x00\\x00\\x000", "\\x00", "{0", "{i\\x01\\x00\\x00\\x00",
    "u\\x02\\x00\\x00\\x00\\xed\\xa0", "u\\x03\\x00\\x00\\x00\\xed\\xa0\\x80", "u\\x02\\x00\\x00\\x00\\xc3(",
    "u\\x01\\x00\\x00\\x00\\x80", "u\\x03\\x00\\x00\\x00\\xe2\\x82", "u\\x04\\x00\\x00\\x00\\xf0\\x9f\\x98\\x00",
    "l\\x01\\x00\\x00\\x00\\x00\\x00", "l\\x01\\x00\\x00\\x00\\x00\\x80", "r\\x00\\x00\\x00\\x00", "r\\xff\\xff\\xff\\xff",
    "<\\x01\\x00\\x00\\x00[\\x00\\x00\\x00\\x00", "f\\x03abc", "f\\x04-inf", "f\\x031e5", "s\\xff\\xff\\xff\\x7f",
    "(\\xff\\xff\\xff\\xff", "a\\x01\\x00\\x00\\x00\\x80", "\\xbe\\x01\\x00\\x00\\x00r\\x00\\x00\\x00\\x00",
    "c" + "\\x00".repeat(20) + "N".repeat(30), "S", "I\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00", "[\\x02\\x00\\x00\\x00N",
    "(\\x01\\x00\\x00\\x00".repeat(2100),
  ];
  const expected: string[] = JSON.parse(py(`import marshal, json
out = []
for s in ${"[" + cases.map((c) => `b"${c}"`).join(", ") + "]"}:
    try: out.append("ok " + repr(marshal.loads(s))[:60])
    except Exception as e: out.append(type(e).__name__ + ": " + str(e))
print(json.dumps(out))`));
  cases.forEach((c, i) => {
    const data = Buffer.from(eval(`"${c}"`) as string, "latin1");
    let got: string;
    try {
      loads(new Uint8Array(data));
      got = "ok";
    } catch (e) {
      assert.ok(e instanceof MarshalError, `${c}: ${e}`);
      got = `${e.type}: ${e.msg}`;
    }
    const want = expected[i]!.startsWith("ok ") ? "ok" : expected[i]!;
    assert.equal(got, want, c.slice(0, 40));
  });
});
