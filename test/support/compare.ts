/**
 * Field-by-field comparison of tspy code objects with python3's (as dumped by
 * scripts/py-code-dump.py). Used by scripts/compare-code.ts and the compiler tests.
 */
import { CodeObject } from "../../src/bytecode/code.ts";
import { opname } from "../../src/bytecode/opcodes.ts";
import { Complex, ConstTuple, ConstFrozenSet, PyNone, PyEllipsis, type ConstValue } from "../../src/objects/constant.ts";
import { compileAST, compileSource } from "../../src/compiler/index.ts";
import { CompileError } from "../../src/parser/errors.ts";
import type * as A from "../../src/ast/nodes.ts";
import { buildAST, type Json } from "./pyast.ts";

export type { Json };

function hex(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += b[i]!.toString(16).padStart(2, "0");
  return s;
}

function fmtFloat(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (Object.is(x, -0)) return "-0.0";
  return String(x);
}

/** Our constant in the dump's JSON shape (floats normalised for comparison). */
export function encodeConst(v: ConstValue): Json {
  switch (typeof v) {
    case "boolean": return { t: "bool", v };
    case "bigint": return { t: "int", v: v.toString() };
    case "number": return { t: "float", v: fmtFloat(v) };
    case "string": return { t: "str", v };
  }
  if (v instanceof PyNone) return { t: "None" };
  if (v instanceof PyEllipsis) return { t: "Ellipsis" };
  if (v instanceof Complex) return { t: "complex", re: fmtFloat(v.real), im: fmtFloat(v.imag) };
  if (v instanceof Uint8Array) return { t: "bytes", v: hex(v) };
  if (v instanceof ConstTuple) return { t: "tuple", v: v.items.map(encodeConst) };
  if (v instanceof ConstFrozenSet) return { t: "frozenset", v: v.items.map(encodeConst) };
  return encodeCode(v as CodeObject);
}

export function encodeCode(co: CodeObject): Json {
  return {
    t: "code",
    argcount: co.co_argcount,
    posonlyargcount: co.co_posonlyargcount,
    kwonlyargcount: co.co_kwonlyargcount,
    stacksize: co.co_stacksize,
    flags: co.co_flags,
    code: hex(co.co_code),
    consts: co.co_consts.map(encodeConst),
    names: co.co_names,
    localsplusnames: co.co_localsplusnames,
    localspluskinds: hex(co.co_localspluskinds),
    filename: co.co_filename,
    name: co.co_name,
    qualname: co.co_qualname,
    firstlineno: co.co_firstlineno,
    linetable: hex(co.co_linetable),
    exceptiontable: hex(co.co_exceptiontable),
  };
}

/** Python's float repr vs JS String(): compare numerically. */
function normConst(j: Json): Json {
  const o = j as { [k: string]: Json };
  if (o === null || typeof o !== "object") return j;
  if (o.t === "float") return { t: "float", v: fmtFloat(Number(o.v === "inf" ? Infinity : o.v === "-inf" ? -Infinity : o.v === "nan" ? NaN : o.v)) };
  if (o.t === "complex") {
    const f = (s: Json) => fmtFloat(s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" ? NaN : Number(s));
    return { t: "complex", re: f(o.re!), im: f(o.im!) };
  }
  if (o.t === "tuple") return { t: "tuple", v: (o.v as Json[]).map(normConst) };
  if (o.t === "frozenset") return { t: "frozenset", v: (o.v as Json[]).map((x) => JSON.stringify(normConst(x))).sort() };
  return j;
}

const FIELDS = ["name", "qualname", "firstlineno", "argcount", "posonlyargcount", "kwonlyargcount", "flags",
  "names", "localsplusnames", "localspluskinds", "consts", "code", "stacksize", "linetable", "exceptiontable"] as const;

function disasm(codeHex: string, at: number): string {
  const out: string[] = [];
  for (let i = Math.max(0, at - 6); i < Math.min(codeHex.length / 4, at + 6); i++) {
    const op = parseInt(codeHex.slice(4 * i, 4 * i + 2), 16), arg = parseInt(codeHex.slice(4 * i + 2, 4 * i + 4), 16);
    out.push((i === at ? ">" : "") + opname[op] + " " + arg);
  }
  return out.join(", ");
}

/** First difference between two dumped code objects, or null. */
export function diffCode(ours: Json, theirs: Json, path: string): string | null {
  const a = ours as { [k: string]: Json }, b = theirs as { [k: string]: Json };
  const where = path ? path + "/" + String(b.qualname) : String(b.qualname);
  for (const f of FIELDS) {
    if (f === "consts") {
      const ca = a.consts as Json[], cb = b.consts as Json[];
      const n = Math.max(ca.length, cb.length);
      for (let i = 0; i < n; i++) {
        const x = ca[i], y = cb[i];
        if (x === undefined || y === undefined) return `consts: ${where} length ${ca.length} vs ${cb.length}`;
        const xo = x as { [k: string]: Json }, yo = y as { [k: string]: Json };
        if (xo.t === "code" && yo.t === "code") {
          const d = diffCode(x, y, where);
          if (d) return d;
          continue;
        }
        const xs = JSON.stringify(normConst(x)), ys = JSON.stringify(normConst(y));
        if (xs !== ys) return `consts: ${where}[${i}] ours ${xs.slice(0, 200)} vs ${ys.slice(0, 200)}`;
      }
      continue;
    }
    const xs = JSON.stringify(a[f]), ys = JSON.stringify(b[f]);
    if (xs !== ys) {
      if (f === "code") {
        const ha = a.code as string, hb = b.code as string;
        let k = 0;
        while (k < ha.length && ha[k] === hb[k]) k++;
        const unit = k >> 2;
        return `code: ${where} unit ${unit}: ours [${disasm(ha, unit)}] vs [${disasm(hb, unit)}]`;
      }
      return `${f}: ${where} ours ${xs.slice(0, 300)} vs ${ys.slice(0, 300)}`;
    }
  }
  return null;
}

/** Compile source bytes with tspy's own parser + compiler and compare with the code line. */
export function compareSource(file: string, src: Uint8Array, codeLine: Json, optimize: number, mode: "exec" | "eval" | "single" = "exec"): string | null {
  const cl = codeLine as { [k: string]: Json };
  let ours: CodeObject;
  try {
    ours = compileSource(src, { filename: file, optimize, mode });
  } catch (e) {
    if (e instanceof CompileError) {
      if (!cl.error) return `error: we raised ${e.type}: ${e.msg} (${e.lineno}:${e.offset})`;
      const pe = cl.error as { [k: string]: Json };
      if (pe.type !== e.type || pe.msg !== e.msg || pe.lineno !== e.lineno || pe.offset !== e.offset) {
        return `error-mismatch: ours ${e.type}: ${e.msg} (${e.lineno}:${e.offset}) vs ${pe.type}: ${pe.msg} (${pe.lineno}:${pe.offset})`;
      }
      return null;
    }
    return `crash: ${(e as Error).stack?.split("\n").slice(0, 4).join(" | ")}`;
  }
  if (cl.error) return `error: python raised ${JSON.stringify(cl.error)}, we compiled`;
  return diffCode(encodeCode(ours), cl.code!, "");
}

/** Compile the AST line with tspy and compare with the code line; null when identical. */
export function compareFile(astLine: Json, codeLine: Json, optimize: number, timing?: { build: number; compile: number }, flags = 0): string | null {
  const al = astLine as { [k: string]: Json }, cl = codeLine as { [k: string]: Json };
  const file = al.file as string;
  if (al.error) return cl.error ? null : `parse: python's ast.parse failed: ${JSON.stringify(al.error)}`;
  let ours: CodeObject;
  try {
    const t0 = performance.now();
    const mod = buildAST(al.ast!) as A.mod;
    const t1 = performance.now();
    ours = compileAST(mod, { filename: file, optimize, flags });
    if (timing) {
      timing.build += t1 - t0;
      timing.compile += performance.now() - t1;
    }
  } catch (e) {
    if (e instanceof CompileError) {
      if (!cl.error) return `error: we raised ${e.type}: ${e.msg} (${e.lineno}:${e.offset})`;
      const pe = cl.error as { [k: string]: Json };
      if (pe.type !== e.type || pe.msg !== e.msg || pe.lineno !== e.lineno || pe.offset !== e.offset) {
        return `error-mismatch: ours ${e.type}: ${e.msg} (${e.lineno}:${e.offset}) vs ${pe.type}: ${pe.msg} (${pe.lineno}:${pe.offset})`;
      }
      return null;
    }
    return `crash: ${(e as Error).stack?.split("\n").slice(0, 4).join(" | ")}`;
  }
  if (cl.error) return `error: python raised ${JSON.stringify(cl.error)}, we compiled`;
  return diffCode(encodeCode(ours), cl.code!, "");
}
