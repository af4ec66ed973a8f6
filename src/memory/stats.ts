/**
 * Memory statistics: sys._debugmallocstats() text (CPython's layout, from the allocator model),
 * PYTHONMALLOCSTATS, and the debug-build counters behind -X showrefcount and
 * sys.gettotalrefcount().
 *
 * Reference total: a debug build sums every INCREF/DECREF into _Py_RefTotal. tspy keeps its
 * hot paths free of such a counter; when refcount accounting is switched on (-X showrefcount,
 * or the leak checker), every object created from then on is registered and the total is the
 * sum of the registered live objects' counts plus the tracked containers' (immortal objects,
 * whose counts are meaningless, are left out). Blocks are the allocator model's live blocks.
 */
import type { PyObject } from "../objects/object.ts";
import { mallocStats, allocatedBlockCount, freeListLengths } from "./alloc.ts";
import { gcObjects, setObjectRegistry } from "./gc.ts";

function commas(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
/** printone: the label padded to 35 columns, "=", the value right-aligned in 21 with commas. */
function printone(label: string, value: number): string {
  return label.padEnd(35) + "=" + commas(value).padStart(21) + "\n";
}
function allocatorLine(name: string, count: number, size: number): string {
  return printone(`${count} ${name} * ${size} bytes each`.padStart(48) + " ", count * size);
}

export function debugMallocStatsText(): string {
  const st = mallocStats();
  let out = "Small block threshold = 512, in 32 size classes.\n\n";
  out += "class   size   num pools   blocks in use  avail blocks\n";
  out += "-----   ----   ---------   -------------  ------------\n";
  let allocated = 0, available = 0, headers = 0, quant = 0, pools = 0;
  st.classes.forEach((c, i) => {
    if (c.pools === 0) return;
    out += `${String(i).padStart(5)} ${String(c.size).padStart(6)} ${String(c.pools).padStart(11)} ${String(c.inUse).padStart(15)} ${String(c.avail).padStart(13)}\n`;
    allocated += c.inUse * c.size;
    available += c.avail * c.size;
    headers += c.pools * 48;
    quant += c.pools * ((16384 - 48) % c.size);
    pools += c.pools;
  });
  out += "\n";
  out += printone("# arenas allocated total", st.arenasAllocated);
  out += printone("# arenas reclaimed", st.arenasReclaimed);
  out += printone("# arenas highwater mark", st.arenasHighwater);
  out += printone("# arenas allocated current", st.arenasCurrent);
  const narenas = st.arenasCurrent;
  out += printone(`${narenas} arenas * 1048576 bytes/arena`, narenas * 1048576);
  out += "\n";
  out += printone("# bytes in allocated blocks", allocated);
  out += printone("# bytes in available blocks", available);
  out += printone(`${st.unusedPools} unused pools * 16384 bytes`, st.unusedPools * 16384);
  out += printone("# bytes lost to pool headers", headers);
  out += printone("# bytes lost to quantization", quant);
  out += printone("# bytes lost to arena alignment", narenas * 16384);
  out += printone("Total", allocated + available + st.unusedPools * 16384 + headers + quant + narenas * 16384);
  out += "\narena map counts\n";
  out += printone("# arena map mid nodes", narenas > 0 ? 1 : 0);
  out += printone("# arena map bot nodes", narenas > 0 ? 1 : 0);
  out += "\n";
  out += printone("# bytes lost to arena map root", 262144);
  out += printone("# bytes lost to arena map mid", narenas > 0 ? 262144 : 0);
  out += printone("# bytes lost to arena map bot", narenas > 0 ? 131072 : 0);
  out += printone("Total", 262144 + (narenas > 0 ? 262144 + 131072 : 0));
  out += "\n";
  const fl = freeListLengths();
  out += allocatorLine("free PyDictObjects", fl.get(2) ?? 0, 48);
  out += allocatorLine("free PyFloatObjects", fl.get(3) ?? 0, 24);
  out += allocatorLine("free PyListObjects", fl.get(1) ?? 0, 40);
  for (let n = 1; n <= 20; n++) {
    // the model keys tuple free lists by size class: report each class under its first length
    const c = ((16 + 24 + 8 * n) - 1) >> 4;
    const first = n === 1 || (((16 + 24 + 8 * (n - 1)) - 1) >> 4) !== c;
    out += allocatorLine(`free ${n}-sized PyTupleObjects`, first ? fl.get(100 + c) ?? 0 : 0, 24 + 8 * n);
  }
  return out;
}

// ---- reference totals --------------------------------------------------------------------------

let registry: Set<PyObject> | null = null;
/** Start registering every new object (for the reference total). */
export function enableRefAccounting(): void {
  if (registry !== null) return;
  registry = new Set();
  setObjectRegistry(registry);
}
/**
 * The registered live objects, newest first (a Py_TRACE_REFS build's sys.getobjects(limit, type)):
 * `limit` 0 means all; `type` filters by exact type.
 */
export function registeredObjects(limit: number, type: PyObject | null): PyObject[] {
  const out: PyObject[] = [];
  if (registry === null) return out;
  const all = [...registry];
  for (let i = all.length - 1; i >= 0; i--) {
    const o = all[i]!;
    // a count of 0: a frame waiting in its code's pool (not a live object)
    if (o.ob_refcnt <= 0 || (type !== null && o.ob_type !== type)) continue;
    out.push(o);
    if (limit > 0 && out.length >= limit) break;
  }
  return out;
}
export function refAccountingEnabled(): boolean {
  return registry !== null;
}

/**
 * Counts at or above this are pinned objects (immortal ones, or classes a module keeps alive
 * by a large count): left out of the total, as their counts say nothing about leaks.
 */
const PINNED = 1 << 26;

/** The total of the reference counts the model knows of (see the file comment). */
export function totalRefCount(): number {
  let n = 0;
  const seen = new Set<PyObject>();
  if (registry !== null) {
    for (const o of registry) {
      if (o.ob_refcnt >= PINNED) continue;
      n += o.ob_refcnt;
      seen.add(o);
    }
  }
  for (const o of gcObjects(-1)) {
    if (seen.has(o) || o.ob_refcnt >= PINNED) continue;
    n += o.ob_refcnt;
  }
  return n;
}
export function totalBlocks(): number {
  return allocatedBlockCount();
}
/** The line -X showrefcount prints at exit. */
export function showRefcountLine(): string {
  return `[${totalRefCount()} refs, ${totalBlocks()} blocks]\n`;
}
