/**
 * How deep a tree is, measured the two ways python3 -m ast runs out of recursion:
 *  - "construction": CPython's ast2obj (turning the C tree into Python objects) allows 3 levels
 *    per Python frame of the 1000-frame limit, starting at 3 x the caller's depth (5 frames for
 *    `python -m ast`): a RecursionError past 3000;
 *  - "dump": ast.dump's _format recursion (one frame per node or scalar, two more per list),
 *    starting at frame 6: a RecursionError past frame 996.
 * Iterative (explicit stack), so any depth is safe to measure.
 */
import { NODE_INFO, type AST } from "./nodes.ts";

const CONSTRUCTION_START = 15;
const CONSTRUCTION_LIMIT = 3000;
/** Depth of _format(Module) and the recursion limit (see cli/tools/ast-recursion.ts). */
const DUMP_START = 7;
const DUMP_LIMIT = 1000;

function isNode(v: unknown): v is AST {
  return typeof v === "object" && v !== null && typeof (v as { _kind?: unknown })._kind === "number";
}

/**
 * "construction" when CPython's ast2obj runs out of recursion; "dump" when ast.dump's _format
 * may (cli/tools/ast-recursion.ts then finds where); null otherwise.
 */
export function astDepthExceeds(root: AST): "construction" | "dump" | null {
  // stack of [node, construction depth, dump frame depth]
  const nodes: AST[] = [root];
  const cdepth: number[] = [CONSTRUCTION_START + 1];
  const ddepth: number[] = [DUMP_START];
  let dumpExceeded = false;
  while (nodes.length) {
    const n = nodes.pop()!;
    const c = cdepth.pop()!;
    const d = ddepth.pop()!;
    if (c > CONSTRUCTION_LIMIT) return "construction";
    if (d + 1 > DUMP_LIMIT) dumpExceeded = true; // the join of its parts
    const info = NODE_INFO[n._kind]!;
    const rec = n as unknown as Record<string, unknown>;
    const visit = (v: unknown, depth: number) => {
      if (isNode(v)) {
        nodes.push(v);
        cdepth.push(NODE_INFO[v._kind]!.isSingleton ? c : c + 1);
        ddepth.push(depth);
      } else if (depth + 2 > DUMP_LIMIT) dumpExceeded = true; // repr() of a scalar
    };
    for (const f of info.fields) {
      const v = rec[f.name];
      if (Array.isArray(v)) {
        if (v.length && d + 4 > DUMP_LIMIT) dumpExceeded = true;
        for (const x of v) visit(x, d + 4);
      } else if (v !== null && v !== undefined) visit(v, d + 1);
      else if (!f.opt && d + 3 > DUMP_LIMIT) dumpExceeded = true;
    }
    if (d + 3 > DUMP_LIMIT) dumpExceeded = true; // scalar attributes with -a
  }
  return dumpExceeded ? "dump" : null;
}
