import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { collect, generate } from "../../scripts/gen-ast.ts";
import { NODE_INFO, K } from "../../src/ast/nodes.ts";

const py = JSON.parse(execFileSync("python3", ["-c", `
import ast, json, re
out = {}
for name in dir(ast):
    c = getattr(ast, name)
    if isinstance(c, type) and issubclass(c, ast.AST) and c is not ast.AST and c.__doc__ and c.__module__ == 'ast':
        doc = c.__doc__
        m = re.match(r'^(\\w+)(?:\\((.*)\\))?$', doc.split(' = ')[-1].strip()) if '|' not in doc else None
        if m and m.group(1) == name:
            out[name] = {"base": c.__mro__[1].__name__, "fields": list(c._fields), "attributes": list(c._attributes), "sig": m.group(2) or ""}
print(json.dumps(out))
`], { encoding: "utf8" }));

test("every python3 AST node class is declared, with the same base, fields and attributes", () => {
  const ours = new Map(NODE_INFO.map((n) => [n.name, n]));
  for (const [name, info] of Object.entries<any>(py)) {
    const n = ours.get(name);
    assert.ok(n, `missing node ${name}`);
    assert.deepEqual(n.fields.map((f) => f.name), info.fields, name);
    assert.deepEqual(n.attributes.map((f) => f.name), info.attributes, name);
    const base = info.base === "AST" ? name : info.base;
    assert.equal(n.base, base, name);
    const sig = n.fields.map((f) => `${f.type}${f.seq ? "*" : f.opt ? "?" : ""} ${f.name}`).join(", ");
    assert.equal(sig, info.sig, name);
  }
  for (const n of NODE_INFO) assert.ok(py[n.name], `${n.name} is not a python3 node class`);
  assert.equal(NODE_INFO.length, Object.keys(py).length);
  assert.equal(NODE_INFO[K.BinOp]!.name, "BinOp");
});

test("src/ast/nodes.ts is up to date with the declaration", () => {
  assert.equal(readFileSync(new URL("../../src/ast/nodes.ts", import.meta.url), "utf8"), generate());
  assert.ok(collect().length > 100);
});
