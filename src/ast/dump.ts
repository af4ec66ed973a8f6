/**
 * ast.dump() exactly as CPython 3.11's Lib/ast.py formats it (annotate_fields,
 * include_attributes, indent), over tspy's AST (src/ast/nodes.ts).
 *
 * Rules reproduced: a field whose value is None is left out when the field is optional (the class
 * default is None) and every later field is then written with its name; a node is written on one
 * line when all its parts are "simple" and it has at most 3 of them; lists of nodes are never
 * simple unless empty.
 */
import { NODE_INFO, type AST, type FieldInfo } from "./nodes.ts";
import { constRepr, type ConstValue } from "../objects/constant.ts";
import { reprString } from "../tokenizer/unicode.ts";
import { STR_CODE_POINTS, reprCodePoints } from "./surrogates.ts";

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** Number of spaces, or the indent string; null/undefined = one line. */
  indent?: number | string | null;
}

interface Ctx { annotate: boolean; attrs: boolean; indent: string | null }

function isNode(v: unknown): v is AST {
  return typeof v === "object" && v !== null && typeof (v as { _kind?: unknown })._kind === "number";
}

function formatScalar(v: unknown, f: FieldInfo): string {
  if (v === null || v === undefined) return "None";
  switch (f.type) {
    case "identifier": case "string": return reprString(v as string);
    case "int": return String(v);
    case "constant": return typeof v === "string" ? reprString(v) : constRepr(v as ConstValue);
  }
  return String(v);
}

/** _format(node, level): returns [text, simple]. */
function format(c: Ctx, node: unknown, level: number, f: FieldInfo | null): [string, boolean] {
  let prefix: string, sep: string;
  if (c.indent !== null) {
    level += 1;
    const pad = c.indent.repeat(level);
    prefix = "\n" + pad;
    sep = ",\n" + pad;
  } else {
    prefix = "";
    sep = ", ";
  }
  if (isNode(node)) {
    const info = NODE_INFO[node._kind]!;
    const args: string[] = [];
    let allsimple = true;
    let keywords = c.annotate;
    const rec = node as unknown as Record<string, unknown>;
    for (const fi of info.fields) {
      const value = rec[fi.name];
      if ((value === null || value === undefined) && fi.opt) {
        keywords = true;
        continue;
      }
      const cps = fi.type === "constant" ? STR_CODE_POINTS.get(node) : undefined;
      const [s, simple] = cps !== undefined ? [reprCodePoints(cps), true] : format(c, value, level, fi);
      allsimple = allsimple && simple;
      args.push(keywords ? fi.name + "=" + s : s);
    }
    if (c.attrs && info.attributes.length) {
      for (const fi of info.attributes) {
        const value = rec[fi.name];
        if ((value === null || value === undefined) && fi.opt) continue;
        const [s, simple] = format(c, value, level, fi);
        allsimple = allsimple && simple;
        args.push(fi.name + "=" + s);
      }
    }
    if (allsimple && args.length <= 3) return [info.name + "(" + args.join(", ") + ")", args.length === 0];
    return [info.name + "(" + prefix + args.join(sep) + ")", false];
  }
  if (Array.isArray(node)) {
    if (node.length === 0) return ["[]", true];
    const parts: string[] = [];
    for (const x of node) parts.push(format(c, x, level, f)[0]);
    return ["[" + prefix + parts.join(sep) + "]", false];
  }
  return [f !== null ? formatScalar(node, f) : String(node), true];
}

export function dump(node: AST, opts: DumpOptions = {}): string {
  let indent: string | null = null;
  if (opts.indent !== undefined && opts.indent !== null) {
    indent = typeof opts.indent === "string" ? opts.indent : " ".repeat(Math.max(0, opts.indent));
  }
  const c: Ctx = { annotate: opts.annotateFields ?? true, attrs: opts.includeAttributes ?? false, indent };
  return format(c, node, 0, null)[0];
}
