/**
 * Memory options of a run (set by the CLI before the runtime starts) and what they do at exit:
 *   -X showrefcount       a debug build's "[N refs, M blocks]" on stderr at exit;
 *                         sys.gettotalrefcount() exists
 *   PYTHONMALLOCSTATS=1   sys._debugmallocstats()' text on stderr at exit
 *   -X tracemalloc[=N], PYTHONTRACEMALLOC=N   start tracemalloc with N frames at start-up
 *   -X tspy_memory=off    FOR MEASUREMENT ONLY (docs/performance.md): the memory model's
 *                         bookkeeping is switched off (every type's tp_mem is 0: no GC
 *                         counting or tracking, no cycle collection, no simulated addresses,
 *                         no class references from instances, weakrefs not cleared at death).
 *                         Reference counting itself stays: it is the language's semantics.
 */
import { host } from "../host/host.ts";
import { enableRefAccounting, showRefcountLine, debugMallocStatsText } from "./stats.ts";

export const memoryOptions = { showRefcount: false, mallocStats: false, tracemalloc: 0, modelOff: false };

/** From the environment and -X options (ignoreEnvironment: -E / -I). */
export function configureMemory(env: Readonly<Record<string, string | undefined>>, xoptions: readonly string[], ignoreEnvironment: boolean): void {
  for (const x of xoptions) {
    if (x === "showrefcount") memoryOptions.showRefcount = true;
    else if (x === "tracemalloc") memoryOptions.tracemalloc = 1;
    else if (x.startsWith("tracemalloc=")) memoryOptions.tracemalloc = Math.max(1, Number(x.slice(12)) | 0);
    else if (x === "tspy_memory=off") memoryOptions.modelOff = true;
  }
  if (!ignoreEnvironment) {
    if ((env["PYTHONMALLOCSTATS"] ?? "") !== "") memoryOptions.mallocStats = true;
    const tm = env["PYTHONTRACEMALLOC"];
    if (tm !== undefined && tm !== "" && memoryOptions.tracemalloc === 0) memoryOptions.tracemalloc = Math.max(0, Number(tm) | 0);
  }
  if (memoryOptions.showRefcount) enableRefAccounting();
}

/** The end of Py_FinalizeEx: the statistics asked for. */
export function memoryAtExit(): void {
  if (memoryOptions.mallocStats) host().write(2, debugMallocStatsText());
  if (memoryOptions.showRefcount) host().write(2, showRefcountLine());
}
