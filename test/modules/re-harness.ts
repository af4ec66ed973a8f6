/**
 * Differential harness for the re engine: a case names a pattern, flags, an operation and its
 * arguments; `runPython` evaluates a whole list in ONE python3 process (scripts/re_oracle.py) and
 * `runTs` evaluates one case with src/modules/re, producing the same JSON shape.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RegexError, compile, toCodePoints, type CompiledPattern, type MatchResult, type Template } from "../../src/modules/re/api.ts";

export type Op = "compile" | "match" | "search" | "fullmatch" | "finditer" | "scanmatch" | "findall" | "split" | "sub" | "expand"
  | "debug";

export interface Case {
  p: string;
  f?: number;
  /** bytes pattern / subject / template (given as Latin-1 text) */
  b?: boolean;
  op: Op;
  s?: string;
  pos?: number;
  endpos?: number;
  /** replacement template */
  r?: string;
  /** sub count / split maxsplit */
  n?: number;
}

export interface Result {
  ok?: unknown;
  /** python3 took longer than the time limit (runPython's timeout): not compared. */
  timeout?: boolean;
  exc?: [string, string];
  /** debug op: what was printed before the exception */
  out?: string;
  w: [string, string][];
}

const root = join(fileURLToPath(import.meta.url), "..", "..", "..");

export function runPython(cases: Case[], timeout = 0): Result[] {
  const r = spawnSync("python3", [join(root, "scripts", "re_oracle.py")], {
    input: JSON.stringify(cases),
    env: { ...process.env, RE_ORACLE_TIMEOUT: String(timeout) },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error("re_oracle.py failed: " + r.stderr);
  return JSON.parse(r.stdout) as Result[];
}

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function text(a: ArrayLike<number>, start: number, end: number, isb: boolean): unknown {
  let s = "";
  for (let i = start; i < end; i++) {
    const c = a[i]!;
    s += c < 0x10000 ? String.fromCharCode(c) : String.fromCodePoint(c);
  }
  return isb ? { b: s } : s;
}

function mVal(m: MatchResult | null): unknown {
  if (m === null) return null;
  const regs: number[][] = [];
  for (let i = 0; i < m.spans.length; i += 2) regs.push([m.spans[i]!, m.spans[i + 1]!]);
  return [regs, m.lastindex < 0 ? null : m.lastindex];
}

function expand(t: Template, m: MatchResult, subj: Int32Array | Uint8Array): number[] {
  const pieces = t.expand(m.spans, (a, b) => Array.from(subj.subarray(a, b)), (chars) => chars);
  return pieces.flat();
}

const compiled = new Map<string, CompiledPattern | RegexError>();

/** compile() memoised per (pattern, flags, type), like the oracle's. */
function compileCached(c: Case, src: Int32Array | Uint8Array): CompiledPattern {
  const key = `${c.b ? "b" : "s"}${c.f ?? 0}:${c.p}`;
  let r = compiled.get(key);
  if (r === undefined) {
    try {
      r = compile(src, c.f ?? 0);
    } catch (e) {
      if (!(e instanceof RegexError)) throw e;
      r = e;
    }
    compiled.set(key, r);
  }
  if (r instanceof RegexError) throw r;
  return r;
}

export function runTs(c: Case): Result {
  const isb = c.b === true;
  const conv = (x: string): Int32Array | Uint8Array => (isb ? latin1(x) : toCodePoints(x));
  const w: [string, string][] = [];
  if (c.op === "debug") {
    try {
      const p = compile(conv(c.p), (c.f ?? 0) | 128);
      for (const x of p.warnings) w.push([x.category, x.message]);
      return { ok: p.debugOutput, w };
    } catch (e) {
      if (!(e instanceof RegexError)) throw e;
      for (const x of e.warnings) w.push([x.category, x.message]);
      return { exc: [e.kind, e.message], out: e.debugOutput, w };
    }
  }
  let p: CompiledPattern | null = null;
  try {
    p = compileCached(c, conv(c.p));
    for (const x of p.warnings) w.push([x.category, x.message]);
    const s = conv(c.s ?? "");
    const pos = c.pos ?? 0;
    const endpos = c.endpos ?? Infinity;
    const slice = (a: number, b: number): unknown => text(s, a, b, isb);
    let val: unknown;
    switch (c.op) {
      case "compile":
        val = [p.flags, p.groups, Array.from(p.groupindex.entries())];
        break;
      case "match": val = mVal(p.match(s, pos, endpos)); break;
      case "search": val = mVal(p.search(s, pos, endpos)); break;
      case "fullmatch": val = mVal(p.fullmatch(s, pos, endpos)); break;
      case "finditer":
      case "scanmatch": {
        const sc = p.scanner(s, pos, endpos);
        const out: unknown[] = [];
        for (;;) {
          const m = c.op === "finditer" ? sc.search() : sc.match();
          if (m === null || (c.op === "scanmatch" && out.length >= 50)) break;
          out.push(mVal(m));
          if (c.op === "scanmatch" && out.length >= 50) break;
        }
        val = out;
        break;
      }
      case "findall": {
        const groups = p.groups;
        const empty = isb ? { b: "" } : "";
        val = p.findall(s, pos, endpos, (sp) => {
          const g = (i: number): unknown => (sp[2 * i]! < 0 ? empty : slice(sp[2 * i]!, sp[2 * i + 1]!));
          if (groups === 0) return g(0);
          if (groups === 1) return g(1);
          const t: unknown[] = [];
          for (let i = 1; i <= groups; i++) t.push(g(i));
          return t;
        });
        break;
      }
      case "split":
        val = p.split(s, c.n ?? 0, slice, () => null);
        break;
      case "sub": {
        const t = p.template(conv(c.r ?? ""));
        for (const x of t.warnings) w.push([x.category, x.message]);
        const pc = p;
        const res = pc.sub(s, c.n ?? 0, (m) => expand(t, m, s), (a, b) => Array.from(s.subarray(a, b)));
        const all: number[] = [];
        for (const piece of res.pieces) all.push(...piece);
        val = [text(all, 0, all.length, isb), res.n];
        break;
      }
      case "expand": {
        const m = p.search(s);
        if (m === null) { val = null; break; }
        const t = p.template(conv(c.r ?? ""));
        for (const x of t.warnings) w.push([x.category, x.message]);
        const out = expand(t, m, s);
        val = text(out, 0, out.length, isb);
        break;
      }
    }
    return { ok: val, w };
  } catch (e) {
    if (e instanceof RegexError) {
      if (p === null) for (const x of e.warnings) w.push([x.category, x.message]);
      else for (const x of e.warnings) if (!w.some((y) => y[1] === x.message)) w.push([x.category, x.message]);
      return { exc: [e.kind, e.message], w };
    }
    throw e;
  }
}

/** Compares all cases; returns descriptions of the mismatches. */
export function compareAll(cases: Case[], expected: Result[]): string[] {
  const bad: string[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    if (expected[i]!.timeout) continue;
    let got: Result;
    try {
      got = runTs(c);
    } catch (e) {
      bad.push(`${JSON.stringify(c)}\n  python: ${JSON.stringify(expected[i])}\n  tspy threw: ${(e as Error).stack}`);
      continue;
    }
    const a = JSON.stringify(got);
    const b = JSON.stringify(expected[i]);
    if (a !== b) bad.push(`${JSON.stringify(c)}\n  python: ${b}\n  tspy:   ${a}`);
  }
  return bad;
}
