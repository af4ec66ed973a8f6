// Leak hunt in CI (a fixed sample; `node scripts/leak-hunt.mjs` checks the whole corpus): each
// program runs 4 times in one tspy process (-X showrefcount): 2 warm-up runs (as the script's
// default; a first run can leave a cache that settles in the second), then after each of the 2
// measured runs the live tracked objects and the reference total must be back to the values
// of the run before. Needs a build.
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
  // leaks fixed in session 6: a frame's f_locals dict, SimpleNamespace cycles, async generator
  // hooks, logging's handler registry, trace state of frames left with tracing off
  "gen_protocol.py", "frames_introspection.py", "bi_simplenamespace.py", "asyncio_misc.py",
  "unittest_logs.py", "pdb_breakpoints.py", "trace_setprofile.py",
  // session 7: code objects are reference-counted (exec/eval/compile of strings, code.replace)
  "bi_exec_eval.py", "misc_code.py", "warnings_compile.py", "mem_code_lifetime.py",
];

test("corpus sample: no reference or tracked-object growth from run to run", () => {
  const results: { name: string; measured: boolean; stable: boolean; dts: number[]; drs: number[]; error?: string }[] = huntLeaks(SAMPLE, 2, undefined, 2);
  const bad = results.filter((r) => !r.measured || !r.stable)
    .map((r) => r.measured ? `${r.name}: tracked ${r.dts.join(" ")}, refs ${r.drs.join(" ")} per measured run` : `${r.name}: ${r.error}`);
  assert.deepEqual(bad, []);
});
