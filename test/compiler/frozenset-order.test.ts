/**
 * Frozenset constants against python3 (PYTHONHASHSEED=0): their iteration order as `dis` prints
 * it, and the .pyc bytes (which frozensets are one shared object). CPython rebuilds a folded
 * set up to three times (source order, constant merging, string interning); interning.ts
 * models which strings interning replaces: identifiers of the module, strings interned at
 * start-up, one-character strings whose interned object is not the singleton.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { compileSource } from "../../src/compiler/index.ts";
import { dis } from "../../src/bytecode/dis.ts";
import { dumps } from "../../src/bytecode/marshal.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

// Words interned at start-up (name, ignore, ...) or not (delta, zeta, ...) with and without
// site-packages: python3 here imports more modules through site-packages' .pth files (e.g.
// random, interning 'alpha', 'kappa', ...), which tspy does not model.
const WORDS = ["delta", "epsilon", "zeta", "eta", "iota", "omicron", "upsilon", "phi", "chi", "psi", "omega",
  "name", "value", "type", "path", "self", "ignore", "link", "read", "write", "close", "x1", "y2"];
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789".split("");

/** A deterministic pseudo-random pick of k items. */
function pick<T>(items: readonly T[], k: number, seed: number): T[] {
  const out: T[] = [];
  let s = seed;
  while (out.length < k) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const x = items[s % items.length]!;
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

function programs(): string[] {
  const progs: string[] = [];
  const lit = (xs: string[]) => "{" + xs.map((x) => `'${x}'`).join(", ") + "}";
  // sets of words (some are identifiers of the module, some interned at start-up) and letters
  for (let p = 0; p < 4; p++) {
    let src = "";
    if (p % 2 === 1) src += "def helper(delta, chi, omega=1):\n    return delta.psi + chi\n";
    for (let i = 0; i < 12; i++) {
      const items = i % 3 === 2 ? pick(LETTERS, 3 + (i % 5), p * 100 + i) : pick(WORDS, 4 + (i % 6), p * 100 + i);
      src += `def f${i}(v):\n    if v in ${lit(items)}:\n        return ${i}\n    for w in ${lit(items.slice().reverse())}:\n        print(w)\n    return ${lit(items)}\n`;
    }
    progs.push(src);
  }
  // equal frozensets in functions with equal (merged co_consts) and different constants; an
  // identifier used as a constant (keyword name) before the set
  progs.push([
    "def g1(v): return v in {'name', 'phi', 'chi', 'delta', 'eta'}",
    "def g2(v): return v in {'name', 'phi', 'chi', 'delta', 'eta'}",
    "def g3(v): return v in {'name', 'phi', 'chi', 'delta', 'eta'}, 3",
    "def h1(v): return v in {'q', 'w', 'j', 'z'}, 1",
    "def h2(v): return v in {'q', 'w', 'j', 'z'}, 2",
    "print(sep='', end='')",
    "def k1(v): return v in {'sep', 'end', 'omega', 'zeta', 'iota'}, 1",
    "def k2(v): return v in {'sep', 'end', 'omega', 'zeta', 'iota'}, 2",
    "def m1(v): return v in {1, 2.5, 'x', (1, 'y'), b'z', 'psi'}, 1",
    "",
  ].join("\n"));
  return progs;
}

test("frozenset constants: dis order and marshal bytes match python3", () => {
  const dir = mkdtempSync(join(tmpdir(), "tspy-fsorder-"));
  try {
    const files = programs().map((src, i) => {
      const f = join(dir, `p${i}.py`);
      writeFileSync(f, src);
      return f;
    });
    const list = join(dir, "files.txt");
    writeFileSync(list, files.join("\n") + "\n");
    const out = join(dir, "out");
    execFileSync("python3", [join(root, "scripts", "bytecode_oracle.py"), out, "@" + list], {
      stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, PYTHONHASHSEED: "0" },
    });
    const mask = (s: string) => s.replace(/0x[0-9a-f]+/g, "0x?");
    files.forEach((f, i) => {
      const key = String(i).padStart(5, "0");
      const co = compileSource(readFileSync(f), { filename: f });
      const want = mask(readFileSync(join(out, key + ".disc"), "utf8")).split("\n").filter((l) => l.includes("frozenset"));
      const got = mask(dis(co)).split("\n").filter((l) => l.includes("frozenset"));
      assert.deepEqual(got, want, f);
      assert.ok(Buffer.from(dumps(co)).equals(readFileSync(join(out, key + ".marshal"))), `${f}: marshal bytes`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
