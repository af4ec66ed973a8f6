// Leak hunt in CI (a fixed sample; `node scripts/leak-hunt.mjs` checks the whole corpus): each
// program runs 3 times in one tspy process (-X showrefcount); after the warm-up run the live
// tracked objects and the reference total must come back to the same values. Needs a build.
import { test } from "node:test";
import assert from "node:assert/strict";
// @ts-ignore: plain ESM script
import { huntLeaks } from "../../scripts/leak-hunt.mjs";

/** Programs that exercise generators, frames, exceptions, tracebacks, classes and containers. */
const SAMPLE = [
  "generators.py", "gen_yield_from.py", "gen_send_throw.py", "gen_pipeline.py", "gen_advanced.py",
  "classes.py", "cls_basic.py", "cls_super_forms.py", "lang_loops.py", "lang_functions.py",
  "dict_usage.py", "list_usage.py", "set_usage.py", "tuple_usage.py", "exc_chaining.py",
  "exceptions_basic.py", "tb_generator.py", "tb_nested_calls.py", "closures_scopes.py",
  "mem_del_order.py", "mem_gc_cycles.py", "mem_sizeof.py", "mem_stress.py",
];

test("corpus sample: no reference or tracked-object growth from run to run", () => {
  const results: { name: string; measured: boolean; stable: boolean; dt: number; dr: number; error?: string }[] = huntLeaks(SAMPLE, 3);
  const bad = results.filter((r) => !r.measured || !r.stable)
    .map((r) => r.measured ? `${r.name}: +${r.dt} tracked, +${r.dr} refs per run` : `${r.name}: ${r.error}`);
  assert.deepEqual(bad, []);
});
