// PEP 659 quickening against python3: the same module (compiled by python3) runs under tspy and
// under python3 with the same warm-up; dis.dis(f, adaptive=True) must then name the same
// specialised instructions for each function (LOAD_GLOBAL_BUILTIN, BINARY_OP_ADD_INT,
// LOAD_ATTR_INSTANCE_VALUE, CALL_PY_EXACT_ARGS, the superinstructions...).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { NodeHost } from "../../src/host/node.ts";
import { setHost } from "../../src/host/host.ts";
import { loads } from "../../src/bytecode/marshal.ts";
import { CodeObject } from "../../src/bytecode/code.ts";
import { dis } from "../../src/bytecode/dis.ts";
import { runCodeObject } from "../../src/vm/run.ts";
import "../../src/vm/specialize.ts";
import { codeFor } from "../../src/objects/codeobject.ts";

setHost(new NodeHost());

const PROGRAM = `
import sys

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y

def ints(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * 2 - 1
        i += 1
    return total

def attrs(ps):
    t = 0.0
    for p in ps:
        t = t + p.x + p.norm()
        p.y = p.x
    return t

def seqs(l, d, pairs):
    s = 0
    for a, b in pairs:
        s += l[a] + d["k"] + len(l)
        l[b] = a
    return s

def strings(words):
    out = ""
    n = 0
    for w in words:
        out = out + w
        if w == "b":
            n += 1
    return n

def calls(n):
    acc = []
    for i in range(n):
        acc.append(ints(3))
    return acc

def floats(xs):
    t = 0.0
    for x in xs:
        if x < 0.5:
            t = t + x * 2.0
    return t / sys.maxsize

def generic(a, b):
    return a / b, a % b, a < b

def run():
    ps = [P(1.0, 2.0), P(3.0, 4.0)]
    for _ in range(20):
        ints(30)
        attrs(ps)
        seqs([1, 2, 3], {"k": 5}, [(0, 1), (1, 2)])
        strings(["a", "b", "c"])
        calls(5)
        floats([0.1, 0.7, 0.3])
        generic(7, 2)

run()
`;

const FUNCS = ["ints", "attrs", "seqs", "strings", "calls", "floats", "generic", "run", "__init__", "norm"];

/** One python3 run: the module's marshalled code, and each function's adaptive dis after run(). */
function oracle(): { code: string; dis: Record<string, string> } {
  const script = `
import dis, io, json, marshal, sys
src = sys.stdin.read()
co = compile(src, "prog.py", "exec")
ns = {"__name__": "__main__"}
exec(co, ns)
out = {}
for name in ${JSON.stringify(FUNCS)}:
    f = ns.get(name) or getattr(ns["P"], name)
    buf = io.StringIO()
    dis.dis(f, adaptive=True, file=buf)
    out[name] = buf.getvalue()
print(json.dumps({"code": marshal.dumps(co).hex(), "dis": out}))
`;
  return JSON.parse(execFileSync("python3", ["-c", script], { input: PROGRAM, encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } }));
}

function findCode(co: CodeObject, name: string): CodeObject | null {
  for (const c of co.co_consts) {
    if (c instanceof CodeObject) {
      if (c.co_name === name) return c;
      const r = findCode(c, name);
      if (r !== null) return r;
    }
  }
  return null;
}

test("after warm-up, dis(adaptive=True) shows the specialised instructions python3 shows", () => {
  const want = oracle();
  const bytes = Uint8Array.from(want.code.match(/../g)!.map((h) => parseInt(h, 16)));
  const co = loads(bytes) as CodeObject;
  // code objects are freed with the last function that holds them: the test holds the module's
  // code (and with it, in co_consts, the functions' code) so that dis sees the quickened code
  const held = codeFor(co);
  assert.ok(held.ob_refcnt >= 1);
  assert.equal(runCodeObject(co, ["prog.py"]), 0);
  const specialised = new Set<string>();
  for (const name of FUNCS) {
    const fco = findCode(co, name)!;
    const got = dis(fco, { adaptive: true });
    assert.equal(got, want.dis[name], `adaptive dis of ${name}`);
    for (const m of got.matchAll(/ ([A-Z][A-Z_]+)(?= |$)/gm)) specialised.add(m[1]!);
  }
  // the families the test is meant to cover really are specialised
  for (const op of ["LOAD_GLOBAL_BUILTIN", "LOAD_GLOBAL_MODULE", "BINARY_OP_ADD_INT", "BINARY_OP_SUBTRACT_INT",
    "BINARY_OP_MULTIPLY_INT", "BINARY_OP_ADD_FLOAT", "BINARY_OP_MULTIPLY_FLOAT", "BINARY_OP_INPLACE_ADD_UNICODE",
    "COMPARE_OP_INT_JUMP", "COMPARE_OP_FLOAT_JUMP", "COMPARE_OP_STR_JUMP", "LOAD_ATTR_INSTANCE_VALUE",
    "STORE_ATTR_INSTANCE_VALUE", "LOAD_ATTR_MODULE", "LOAD_METHOD_WITH_VALUES", "LOAD_METHOD_NO_DICT",
    "PRECALL_PYFUNC", "CALL_PY_EXACT_ARGS", "PRECALL_NO_KW_LEN", "PRECALL_NO_KW_LIST_APPEND", "PRECALL_BUILTIN_CLASS",
    "BINARY_SUBSCR_LIST_INT", "BINARY_SUBSCR_DICT", "STORE_SUBSCR_LIST_INT", "UNPACK_SEQUENCE_TWO_TUPLE",
    "LOAD_FAST__LOAD_FAST", "STORE_FAST__LOAD_FAST", "LOAD_FAST__LOAD_CONST", "JUMP_BACKWARD_QUICK", "RESUME_QUICK"]) {
    assert.ok(specialised.has(op), `${op} appears in some adaptive disassembly`);
  }
});

test("before warm-up the adaptive code is co_code", () => {
  const co = loads(Uint8Array.from(execFileSync("python3", ["-c",
    "import marshal,sys; sys.stdout.write(marshal.dumps(compile('def f(x):\\n    return x + 1\\n', 'p.py', 'exec')).hex())"],
  { encoding: "utf8" }).match(/../g)!.map((h) => parseInt(h, 16)))) as CodeObject;
  const f = findCode(co, "f")!;
  assert.equal(dis(f, { adaptive: true }), dis(f));
});
