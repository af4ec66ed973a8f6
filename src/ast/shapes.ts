/**
 * Settle the object shapes (V8 maps) of every AST node kind before any compiler code is optimized.
 *
 * V8 records per map and field what a field has held so far (a constant never rewritten, one map
 * of values, small integers only) and optimized code relies on it. The first node of a rare kind
 * (the first `nonlocal` or `match` of a run), the first rewrite of a field by the AST optimiser
 * (fold.ts replaces children in place) and the first value of another kind in a field all widen
 * that record, and every optimized function relying on it is thrown away and compiled again: the
 * large visitor functions of the symbol table and the code generator were recompiled several
 * times per run that way. Making one node of each kind here and storing values of every sort into
 * its fields widens the records once, at start-up, when nothing depends on them yet.
 */
import * as A from "./nodes.ts";

let settled = false;

export function settleNodeShapes(): void {
  if (settled) return;
  settled = true;
  const factories = A as unknown as Record<string, (...args: unknown[]) => Record<string, unknown>>;
  const obj = { _kind: -1 };
  const smiList: unknown[] = [];
  const objList: unknown[] = [obj];
  for (const info of A.NODE_INFO) {
    if (info.isSingleton) continue;
    const make = factories[info.name === "arguments" ? "arguments_" : info.name];
    if (typeof make !== "function") continue;
    const args: unknown[] = [];
    for (const f of info.fields) args.push(f.seq ? objList : obj);
    for (let i = 0; i < info.attributes.length; i++) args.push(0);
    const n = make(...args);
    for (const f of info.fields) {
      if (f.seq) {
        n[f.name] = smiList;
        n[f.name] = objList;
      } else {
        n[f.name] = 0;
        n[f.name] = "";
        n[f.name] = null;
        n[f.name] = obj;
      }
    }
    for (const a of info.attributes) {
      n[a.name] = null;
      n[a.name] = 1;
    }
  }
}
