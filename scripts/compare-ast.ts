/**
 * Whole-stdlib check of the parser: `tspy -m ast -a FILE` against `python3 -m ast -a FILE` for
 * every .py file of python3's stdlib (or the files / directories given), compared by SHA-1 of the
 * printed dump. python3's side runs once (scripts/ast_oracle.py) and is cached in .cache/.
 *
 *   npx tsx scripts/compare-ast.ts [--diff N] [--time] [paths...]
 *
 * Prints "N/M identical" and the files that differ (with --diff N, the first differing lines of
 * up to N of them).
 */
import { readFileSync, readdirSync, statSync, mkdirSync, existsSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parse } from "../src/parser/parse.ts";
import { dump } from "../src/ast/dump.ts";
import { CompileError } from "../src/parser/errors.ts";
import { astDepthExceeds } from "../src/ast/depth.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const STDLIB = "/root/.pyenv/versions/3.11.7/lib/python3.11";

export function stdlibFiles(dir = STDLIB): string[] {
  const out: string[] = [];
  (function walk(d: string) {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        if (name === "site-packages" || name === "__pycache__") continue;
        walk(p);
      } else if (name.endsWith(".py")) out.push(p);
    }
  })(dir);
  return out;
}

export interface OracleEntry { file: string; sha1?: string; error?: [string, string, number | null, number | null, number | null, number | null]; dump?: string }

/** python3's results for these files (cached in .cache/ast-oracle.json by path + size + mtime). */
export function oracle(files: string[], withDump = false): Map<string, OracleEntry> {
  const cacheDir = join(ROOT, ".cache");
  const cacheFile = join(cacheDir, "ast-oracle.json");
  let cache: Record<string, OracleEntry & { key: string }> = {};
  if (!withDump && existsSync(cacheFile)) {
    try { cache = JSON.parse(readFileSync(cacheFile, "utf8")); } catch { cache = {}; }
  }
  const keyOf = (f: string) => { const s = statSync(f); return `${s.size}:${s.mtimeMs}`; };
  const missing = files.filter((f) => withDump || !cache[f] || cache[f]!.key !== keyOf(f));
  if (missing.length) {
    const r = spawnSync("python3", [join(ROOT, "scripts/ast_oracle.py"), ...(withDump ? ["--dump"] : [])], {
      input: missing.join("\n") + "\n", encoding: "utf8", maxBuffer: 1 << 30,
    });
    if (r.status !== 0) throw new Error("ast_oracle.py failed: " + r.stderr);
    for (const line of r.stdout.split("\n")) {
      if (!line) continue;
      const e = JSON.parse(line) as OracleEntry;
      cache[e.file] = { ...e, key: keyOf(e.file) };
    }
    if (!withDump) {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cacheFile, JSON.stringify(cache));
    }
  }
  const m = new Map<string, OracleEntry>();
  for (const f of files) m.set(f, cache[f]!);
  return m;
}

export interface Mine { sha1?: string; error?: OracleEntry["error"]; dump?: string }

export function mine(file: string, keepDump = false): Mine {
  const src = readFileSync(file);
  try {
    const tree = parse(new Uint8Array(src.buffer, src.byteOffset, src.length), { filename: file, typeComments: true, sourceIsFile: true });
    const depth = astDepthExceeds(tree);
    if (depth === "construction") return { error: ["RecursionError", "maximum recursion depth exceeded during ast construction", null, null, null, null] };
    const text = dump(tree, { includeAttributes: true, indent: 3 }) + "\n";
    const sha1 = createHash("sha1").update(text, "utf8").digest("hex");
    return keepDump ? { sha1, dump: text } : { sha1 };
  } catch (e) {
    if (e instanceof CompileError) return { error: [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset] };
    return { error: ["JS:" + (e as Error).name, String((e as Error).stack).slice(0, 400), null, null, null, null] };
  }
}

function main(): void {
  const args = process.argv.slice(2);
  let diffN = 0;
  let time = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--diff") diffN = Number(args[++i]);
    else if (args[i] === "--time") time = true;
    else paths.push(args[i]!);
  }
  let files: string[] = [];
  if (paths.length === 0) files = stdlibFiles();
  else for (const p of paths) files.push(...(statSync(p).isDirectory() ? stdlibFiles(p) : [p]));
  const want = oracle(files);
  let same = 0;
  const bad: string[] = [];
  const t0 = performance.now();
  for (const f of files) {
    const o = want.get(f)!;
    const m = mine(f);
    const ok = o.sha1 !== undefined ? m.sha1 === o.sha1 : JSON.stringify(m.error) === JSON.stringify(o.error);
    if (ok) same++;
    else bad.push(f);
  }
  const t1 = performance.now();
  for (const f of bad) {
    const o = want.get(f)!;
    const m = mine(f);
    console.log(`DIFF ${f}: python=${o.sha1 ?? JSON.stringify(o.error)} tspy=${m.sha1 ?? JSON.stringify(m.error)}`);
  }
  for (const f of bad.slice(0, diffN)) {
    const o = oracle([f], true).get(f)!;
    const m = mine(f, true);
    const a = (o.dump ?? JSON.stringify(o.error)).split("\n");
    const b = (m.dump ?? JSON.stringify(m.error)).split("\n");
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) {
        console.log(`--- ${f} line ${i + 1}`);
        for (let k = Math.max(0, i - 6); k < Math.min(a.length, i + 3); k++) console.log(`  py  ${a[k]}`);
        for (let k = Math.max(0, i - 6); k < Math.min(b.length, i + 3); k++) console.log(`  ts  ${b[k]}`);
        break;
      }
    }
  }
  if (time) console.log(`tspy parse+dump: ${((t1 - t0) / 1000).toFixed(1)} s`);
  console.log(`${same}/${files.length} identical`);
}

if (process.argv[1] && process.argv[1].endsWith("compare-ast.ts")) main();
