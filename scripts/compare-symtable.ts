/**
 * Differential test of the symbol table through the `symtable`-module API
 * (src/compiler/symtable-api.ts) against python3's symtable module (scripts/py-symtable-dump.py).
 * ASTs come from python3's ast.parse (scripts/py-ast-json.py).
 *
 * Usage: npx tsx scripts/compare-symtable.ts [--stdlib] [--limit N] [FILE...]
 * Prints "N/M identical" and exits 1 when any file differs.
 */
import { spawn } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { symtable, Function, Class, type SymbolTable } from "../src/compiler/symtable-api.ts";
import { CompileError } from "../src/parser/errors.ts";
import type * as A from "../src/ast/nodes.ts";
import { buildAST, type Json } from "../test/support/pyast.ts";
import { stdlibFiles } from "../test/support/stdlib.ts";

const here = dirname(fileURLToPath(import.meta.url));

const PREDS: [string, keyof import("../src/compiler/symtable-api.ts").Symbol][] = [
  ["r", "is_referenced"], ["p", "is_parameter"], ["g", "is_global"], ["n", "is_nonlocal"],
  ["d", "is_declared_global"], ["l", "is_local"], ["a", "is_annotated"], ["f", "is_free"],
  ["i", "is_imported"], ["s", "is_assigned"], ["N", "is_namespace"],
];

/** Our table in the JSON shape of py-symtable-dump.py. */
export function dumpTable(t: SymbolTable): Json {
  const d: { [k: string]: Json } = {
    type: t.get_type(), name: t.get_name(), lineno: t.get_lineno(), optimized: t.is_optimized(), nested: t.is_nested(),
  };
  const syms: { [k: string]: Json } = {};
  for (const name of t.get_identifiers().sort()) {
    const s = t.lookup(name);
    syms[name] = [t.get_flags(name)!, PREDS.filter(([, m]) => (s[m] as () => boolean).call(s)).map(([c]) => c).join("")];
  }
  const sorted: { [k: string]: Json } = {};
  for (const k of Object.keys(syms).sort(pyCmp)) sorted[k] = syms[k]!;
  d.symbols = sorted;
  if (t instanceof Function) {
    d.params = t.get_parameters().sort(pyCmp);
    d.locals = t.get_locals().sort(pyCmp);
    d.globals = t.get_globals().sort(pyCmp);
    d.nonlocals = t.get_nonlocals().sort(pyCmp);
    d.frees = t.get_frees().sort(pyCmp);
  }
  if (t instanceof Class) d.methods = t.get_methods().sort(pyCmp);
  d.children = t.get_children().map(dumpTable);
  return d;
}

function pyCmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function canon(j: Json): string {
  // python sorts by code point, we by UTF-16: re-sort symbol keys canonically
  return JSON.stringify(j, (_k, v) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const o: { [k: string]: unknown } = {};
      for (const k of Object.keys(v).sort()) o[k] = (v as { [k: string]: unknown })[k];
      return o;
    }
    return v;
  });
}

export function compareSymtable(astLine: Json, tableLine: Json): string | null {
  const a = astLine as { [k: string]: Json }, t = tableLine as { [k: string]: Json };
  if (a.error) return t.error ? null : "parse error";
  let ours: Json;
  try {
    ours = dumpTable(symtable(buildAST(a.ast!) as A.mod, a.file as string));
  } catch (e) {
    if (e instanceof CompileError) {
      const pe = t.error as { [k: string]: Json } | undefined;
      if (pe && pe.msg === e.msg) return null;
      return `error: ours ${e.msg} vs ${JSON.stringify(t.error ?? null)}`;
    }
    return `crash: ${(e as Error).stack?.split("\n").slice(0, 3).join(" | ")}`;
  }
  if (t.error) return `error: python raised ${JSON.stringify(t.error)}`;
  const x = canon(ours), y = canon(t.table!);
  if (x === y) return null;
  let k = 0;
  while (k < x.length && x[k] === y[k]) k++;
  return `table: ...${x.slice(Math.max(0, k - 120), k + 80)} vs ...${y.slice(Math.max(0, k - 120), k + 80)}`;
}

async function* oracle(script: string, files: string[]): AsyncGenerator<Json> {
  const p = spawn("python3", [join(here, script), "--serve"], { stdio: ["pipe", "pipe", "inherit"] });
  p.stdin.write(files.join("\n") + "\n");
  p.stdin.end();
  for await (const line of createInterface({ input: p.stdout, crlfDelay: Infinity })) yield JSON.parse(line) as Json;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let files: string[] = [];
  let limit = Infinity;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--stdlib") files.push(...stdlibFiles());
    else if (argv[i] === "--limit") limit = Number(argv[++i]);
    else files.push(argv[i]!);
  }
  files = files.slice(0, limit);
  const tables = oracle("py-symtable-dump.py", files);
  let same = 0, n = 0;
  for await (const a of oracle("py-ast-json.py", files)) {
    const t = (await tables.next()).value as Json;
    n++;
    const r = compareSymtable(a, t);
    if (r === null) same++;
    else console.log(`DIFF ${(a as { file: string }).file}: ${r}`);
  }
  console.log(`${same}/${n} identical`);
  process.exit(same === n ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
