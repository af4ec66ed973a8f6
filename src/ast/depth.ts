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
const DUMP_START = 6;
const DUMP_LIMIT = 996;

function isNode(v: unknown): v is AST {
  return typeof v === "object" && v !== null && typeof (v as { _kind?: unknown })._kind === "number";
}

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
    if (d > DUMP_LIMIT) dumpExceeded = true;
    const info = NODE_INFO[n._kind]!;
    const rec = n as unknown as Record<string, unknown>;
    for (const f of info.fields) {
      const v = rec[f.name];
      if (Array.isArray(v)) {
        if (v.length && d + 3 > DUMP_LIMIT) dumpExceeded = true;
        for (const x of v) {
          if (isNode(x)) {
            nodes.push(x);
            cdepth.push(info.isSingleton || NODE_INFO[x._kind]!.isSingleton ? c : c + 1);
            ddepth.push(d + 3);
          }
        }
      } else if (isNode(v)) {
        nodes.push(v);
        cdepth.push(NODE_INFO[v._kind]!.isSingleton ? c : c + 1);
        ddepth.push(d + 1);
      } else if (v !== null && v !== undefined && d + 1 > DUMP_LIMIT) {
        dumpExceeded = true;
      }
    }
  }
  return dumpExceeded ? "dump" : null;
}
