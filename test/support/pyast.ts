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

const BUILTIN = new Set(["identifier", "string", "int", "constant"]);

function isNodeField(type: string): boolean {
  return !BUILTIN.has(type);
}

/** JSON node -> AST node, bottom-up with an explicit stack (ASTs may be thousands deep). */
export function buildAST(root: Json): AST {
  const built = new Map<object, AST>();
  const stack: [{ [k: string]: Json }, boolean][] = [[root as { [k: string]: Json }, false]];
  while (stack.length) {
    const [o, done] = stack.pop()!;
    const name = o._type as string;
    const kind = KIND_BY_NAME.get(name);
    if (kind === undefined) throw new Error("unknown node " + name);
    const info = NODE_INFO[kind]!;
    if (done) {
      built.set(o, construct(o, info, built));
      continue;
    }
    stack.push([o, true]);
    for (const f of info.fields) {
      if (!isNodeField(f.type)) continue;
      const v = o[f.name];
      if (v === null || v === undefined) continue;
      if (f.seq) {
        for (const x of v as Json[]) if (x !== null) stack.push([x as { [k: string]: Json }, false]);
      } else {
        stack.push([v as { [k: string]: Json }, false]);
      }
    }
  }
  return built.get(root as object)!;
}

function construct(o: { [k: string]: Json }, info: (typeof NODE_INFO)[number], built: Map<object, AST>): AST {
  const name = info.name;
  if (info.isSingleton) return factories[name] as AST;
  const args: unknown[] = [];
  for (const f of info.fields) {
    const v = o[f.name] ?? null;
    if (f.type === "constant") args.push(decodeConst(v!));
    else if (!isNodeField(f.type)) args.push(v);
    else if (f.seq) args.push((v as Json[]).map((x) => (x === null ? null : built.get(x as object)!)));
    else args.push(v === null ? null : built.get(v as object)!);
  }
  for (const a of info.attributes) args.push(o[a.name] ?? null);
  const fn = (factories[name] ?? factories[name + "_"]) as (...a: unknown[]) => AST;
  return fn(...args);
}
