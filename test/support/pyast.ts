/**
 * Rebuild tspy AST nodes from the JSON that scripts/py-ast-json.py writes (python3's ast.parse),
 * through the generated factories, so the compiler can be tested before/independently of tspy's
 * own parser. Also decodes the tagged constants and code objects of scripts/py-code-dump.py.
 */
import * as N from "../../src/ast/nodes.ts";
import { NODE_INFO, type AST } from "../../src/ast/nodes.ts";
import { None, Ellipsis, Complex, ConstTuple, ConstFrozenSet, type ConstValue } from "../../src/objects/constant.ts";

const KIND_BY_NAME = new Map<string, number>();
NODE_INFO.forEach((info, i) => KIND_BY_NAME.set(info.name, i));

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function decodeFloat(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan") return NaN;
  return Number(s);
}

export function decodeConst(j: Json): ConstValue {
  const o = j as { [k: string]: Json };
  switch (o.t) {
    case "None": return None;
    case "Ellipsis": return Ellipsis;
    case "bool": return o.v as boolean;
    case "int": return BigInt(o.v as string);
    case "float": return decodeFloat(o.v as string);
    case "complex": return new Complex(decodeFloat(o.re as string), decodeFloat(o.im as string));
    case "str": return o.v as string;
    case "bytes": {
      const h = o.v as string;
      const b = new Uint8Array(h.length / 2);
      for (let i = 0; i < b.length; i++) b[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
      return b;
    }
    case "tuple": return new ConstTuple((o.v as Json[]).map(decodeConst));
    case "frozenset": return new ConstFrozenSet((o.v as Json[]).map(decodeConst));
  }
  throw new Error("bad constant " + JSON.stringify(j));
}

const factories = N as unknown as Record<string, unknown>;

/** JSON node -> AST node (recursively). Iterative-safe for the depths ast.parse produces. */
export function buildAST(j: Json): AST {
  const o = j as { [k: string]: Json };
  const name = o._type as string;
  const kind = KIND_BY_NAME.get(name);
  if (kind === undefined) throw new Error("unknown node " + name);
  const info = NODE_INFO[kind]!;
  if (info.isSingleton) return factories[name] as AST;
  const args: unknown[] = [];
  for (const f of info.fields) {
    const v = o[f.name];
    if (f.type === "constant") args.push(decodeConst(v!));
    else args.push(convertField(v ?? null, f.type, f.seq));
  }
  for (const a of info.attributes) args.push(o[a.name] ?? null);
  const fn = (factories[name] ?? factories[name + "_"]) as (...a: unknown[]) => AST;
  return fn(...args);
}

const BUILTIN = new Set(["identifier", "string", "int", "constant"]);

function convertField(v: Json, type: string, seq: boolean): unknown {
  if (seq) return (v as Json[]).map((x) => (x === null ? null : BUILTIN.has(type) ? x : buildAST(x)));
  if (v === null) return null;
  if (BUILTIN.has(type)) return v;
  return buildAST(v);
}
