/**
 * Debug aid: show tspy's and python3's instructions with decoded locations side by side for one
 * function of one file, marking the first difference.
 * Usage: npx tsx scripts/explain-code.ts FILE QUALNAME [-O|-OO]
 */
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { opname, cacheEntries } from "../src/bytecode/opcodes.ts";
import { compileAST } from "../src/compiler/index.ts";
import type * as A from "../src/ast/nodes.ts";
import { buildAST, type Json } from "../test/support/pyast.ts";
import { encodeCode } from "../test/support/compare.ts";

const here = dirname(fileURLToPath(import.meta.url));
const [file, qual, opt] = process.argv.slice(2) as [string, string, string | undefined];
const optimize = opt === "-O" ? 1 : opt === "-OO" ? 2 : 0;
const ast = JSON.parse(execFileSync("python3", [join(here, "py-ast-json.py"), file], { maxBuffer: 1 << 30 }).toString());
const code = JSON.parse(execFileSync("python3", [join(here, "py-code-dump.py"), ...(opt ? [opt] : []), file], { maxBuffer: 1 << 30 }).toString());
const ours = encodeCode(compileAST(buildAST(ast.ast) as A.mod, { filename: file, optimize }));

function find(c: Json, q: string): Json | null {
  const o = c as { [k: string]: Json };
  if (o.qualname === q) return c;
  for (const k of o.consts as Json[]) {
    if ((k as { t: string }).t === "code") {
      const r = find(k, q);
      if (r) return r;
    }
  }
  return null;
}

function bytes(h: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < h.length; i += 2) out.push(parseInt(h.slice(i, i + 2), 16));
  return out;
}

function decodeLines(h: string, first: number): string[] {
  const b = bytes(h);
  const out: string[] = [];
  let i = 0, line = first;
  const varint = () => { let v = 0, s = 0, x; do { x = b[i++]!; v |= (x & 63) << s; s += 6; } while (x & 64); return v; };
  const svarint = () => { const v = varint(); return v & 1 ? -(v >> 1) : v >> 1; };
  while (i < b.length) {
    const f = b[i++]!;
    const code = (f >> 3) & 15, len = (f & 7) + 1;
    let s: string;
    if (code === 15) s = "-";
    else if (code === 14) { line += svarint(); const el = line + varint(); const c = varint() - 1, ec = varint() - 1; s = `${line}-${el}:${c}-${ec}`; }
    else if (code === 13) { line += svarint(); s = `${line} nocol`; }
    else if (code >= 10) { line += code - 10; const c = b[i++]!, ec = b[i++]!; s = `${line}:${c}-${ec}`; }
    else { const x = b[i++]!; const c = code * 8 + (x >> 4); s = `${line}:${c}-${c + (x & 15)}`; }
    for (let k = 0; k < len; k++) out.push(s);
  }
  return out;
}

function rows(c: Json): string[] {
  const o = c as { [k: string]: Json };
  const code = bytes(o.code as string);
  const locs = decodeLines(o.linetable as string, o.firstlineno as number);
  const out: string[] = [];
  for (let u = 0; u < code.length / 2; ) {
    const op = code[2 * u]!, arg = code[2 * u + 1]!;
    out.push(`${String(u).padStart(4)} ${opname[op]} ${arg}  @${locs[u]}`);
    u += 1 + (op === 0 ? 0 : cacheEntries[op]!);
  }
  return out;
}

const a = find(ours, qual), b = find(code.code, qual);
if (!a || !b) { console.log("not found"); process.exit(1); }
const ra = rows(a), rb = rows(b);
let marked = false;
for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
  const x = ra[i] ?? "", y = rb[i] ?? "";
  const m = x !== y && !marked ? "!!" : "  ";
  if (x !== y) marked = true;
  console.log(`${m} ${x.padEnd(50)} | ${y}`);
}
for (const f of ["consts", "names", "localsplusnames", "stacksize", "exceptiontable", "flags"]) {
  const x = JSON.stringify((a as { [k: string]: Json })[f]), y = JSON.stringify((b as { [k: string]: Json })[f]);
  if (x !== y) console.log(`${f}: ours ${x.slice(0, 500)}\n     theirs ${y.slice(0, 500)}`);
}
