// The bundled library through the import system: every lib/**/*.py is found on sys.path at
// /tspy/lib by PathFinder, compiles through its loader, and (reported, not asserted: it depends
// on the VM's coverage) how many modules import completely.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = join(import.meta.dirname, "../..");
const TSPY = join(ROOT, "bin/tspy.js");

function libModules(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (n !== "__pycache__") walk(p);
      } else if (n.endsWith(".py")) {
        const rel = relative(join(ROOT, "lib"), p).split(sep).join("/").slice(0, -3);
        out.push(rel.endsWith("/__init__") ? rel.slice(0, -9).replace(/\//gu, ".") : rel.replace(/\//gu, "."));
      }
    }
  };
  walk(join(ROOT, "lib"));
  return out;
}

const SCRIPT = `
import sys, importlib.machinery as M
names = sys.argv[1:]
found = compiled = 0
problems = []
for name in names:
    parts = name.split('.')
    path = ['/tspy/lib/' + '/'.join(parts[:-1])] if len(parts) > 1 else None
    spec = M.PathFinder.find_spec(name, path)
    if spec is None or not spec.origin.startswith('/tspy/lib/'):
        problems.append(name + ': not found')
        continue
    found += 1
    try:
        code = spec.loader.get_code(name)
        assert type(code).__name__ == 'code'
        compiled += 1
    except BaseException as e:
        problems.append(name + ': ' + type(e).__name__ + ': ' + str(e))
print(found, compiled)
for p in problems:
    print(p)
`;

test("every lib/ module is found at /tspy/lib and compiles through its loader", () => {
  const names = libModules();
  const r = spawnSync(process.execPath, [TSPY, "-c", SCRIPT, ...names], { encoding: "utf8" });
  assert.equal(r.stderr, "");
  const [counts, ...problems] = r.stdout.trim().split("\n");
  assert.deepEqual(problems, []);
  assert.equal(counts, `${names.length} ${names.length}`);
});

test("lib/ modules import (count reported)", () => {
  const names = libModules();
  let ok = 0;
  const failed: string[] = [];
  const r = spawnSync(process.execPath, [TSPY, "-c", `
import sys
for n in sys.argv[1:]:
    try:
        __import__(n)
        print('ok', n)
    except BaseException as e:
        print('fail', n, type(e).__name__, str(e)[:80])
`, ...names], { encoding: "utf8" });
  for (const line of r.stdout.split("\n")) {
    if (line.startsWith("ok ")) ok++;
    else if (line.startsWith("fail ")) failed.push(line.slice(5));
  }
  console.log(`lib modules importing: ${ok}/${names.length}${failed.length ? "\n  " + failed.join("\n  ") : ""}`);
  assert.ok(ok > 0);
});
