/**
 * The allocator model: simulated addresses for id() (and pointer hashes), following 64-bit
 * CPython 3.11's pymalloc (Objects/obmalloc.c) so that addresses are reused as CPython reuses
 * them.
 *
 * pymalloc (requests of 1..512 bytes): 32 size classes 16 bytes apart; 1 MiB arenas (mmap'ed,
 * 4 KiB aligned, so the first 16 KiB pool starts at the next pool boundary: 63 pools each); 16 KiB
 * pools with a 48-byte header, each serving one size class. A pool hands out blocks from its
 * free list (LIFO: a freed block is the next one returned) and else carves the next untouched
 * block. usedpools[class] lists the partially used pools, the head serves requests; a full pool
 * leaves the list and goes back to its front when a block is freed; an empty pool goes to its
 * arena's free-pool list (front), and an arena whose pools are all free is unmapped (unless it
 * is the last usable one). usable_arenas is kept sorted by number of free pools (fullest first).
 * Larger requests go to a "system" malloc model (glibc-like: per-chunk-size LIFO free lists,
 * else the top of the heap).
 *
 * Type free lists (3.11): float 100, tuple 2000 per length 1..19, list 80, dict 80. Freeing an
 * exact object of such a type keeps its block on the type's list; allocating pops it. A full
 * collection (generation 2) empties them back into pymalloc (clear_freelists).
 *
 * Encoding (PyObject.ob_addr): 0 = no address yet; > 0 = 1 + the pymalloc block's unit index
 * (16-byte units: arena * 65536 + offset within the arena's pool area / 16); < 0 = -(system
 * chunk number). The object's id is the block address plus the type's pre-header (GC header 16,
 * managed dict 16), as CPython's object pointer follows them.
 *
 * Hot path: alloc(units) pops the head pool's free block: a few typed-array reads and writes.
 */

const POOL_SIZE = 16384;
const POOL_UNITS = POOL_SIZE / 16;
const POOL_OVERHEAD = 48;
const ARENA_SIZE = 1 << 20;
const ARENA_UNITS = ARENA_SIZE / 16;
const POOLS_PER_ARENA = 63; // mmap'ed arenas are 4 KiB aligned: one pool's worth is lost
const NCLASSES = 32;
const SMALL_REQUEST = 512;

// ---- arenas -------------------------------------------------------------------------------------
let maxArenas = 16;
/** Address of each arena's first pool (0 = slot unused). */
let arenaPool0 = new Float64Array(maxArenas);
/** The mmap'ed address of the arena. */
let arenaAddr = new Float64Array(maxArenas);
let arenaNFree = new Int32Array(maxArenas);
let arenaNTotal = new Int32Array(maxArenas);
/** Head of the arena's free (empty) pools list: global pool number, -1 none. */
let arenaFreePools = new Int32Array(maxArenas);
/** Next never-used pool in the arena (0..POOLS_PER_ARENA). */
let arenaPoolNext = new Int32Array(maxArenas);
/** usable_arenas doubly linked list (sorted by nfreepools): -1 ends. */
let arenaNext = new Int32Array(maxArenas);
let arenaPrev = new Int32Array(maxArenas);
let usableArenas = -1;
let unusedArenaSlots: number[] = [];
let arenasHigh = 0; // slots ever used
let arenasAllocated = 0;
let arenasReclaimed = 0;
let arenasCurrent = 0;
let arenasHighwater = 0;
/** mmap model: new mappings go below the previous ones; freed arena ranges are reused. */
let mmapTop = 0x7f5a3c400000 + 0x1000;
const freedArenaAddrs: number[] = [];

// ---- pools (global pool number = arena * 64 + k; 0..NCLASSES-1 are the usedpools heads) --------
const POOL_BASE = NCLASSES;
let maxPools = POOL_BASE + maxArenas * 64;
let poolSz = new Int32Array(maxPools).fill(-1); // size class index, -1 never initialised
let poolCount = new Int32Array(maxPools); // blocks in use
let poolFree = new Int32Array(maxPools).fill(-1); // unit index of the first free block, -1 none
let poolNextOff = new Int32Array(maxPools); // bytes
let poolMaxOff = new Int32Array(maxPools);
let poolNextP = new Int32Array(maxPools);
let poolPrevP = new Int32Array(maxPools);
for (let c = 0; c < NCLASSES; c++) {
  poolNextP[c] = c;
  poolPrevP[c] = c;
}
/** Free-list link of each block, by unit index. */
let blockNext = new Int32Array(maxArenas * ARENA_UNITS);

let allocatedBlocks = 0;

function growArenas(): void {
  const n = maxArenas * 2;
  const f64 = (a: Float64Array) => { const b = new Float64Array(n); b.set(a); return b; };
  const i32 = (a: Int32Array, fill = 0) => { const b = new Int32Array(n).fill(fill); b.set(a); return b; };
  arenaPool0 = f64(arenaPool0);
  arenaAddr = f64(arenaAddr);
  arenaNFree = i32(arenaNFree);
  arenaNTotal = i32(arenaNTotal);
  arenaFreePools = i32(arenaFreePools, -1);
  arenaPoolNext = i32(arenaPoolNext);
  arenaNext = i32(arenaNext, -1);
  arenaPrev = i32(arenaPrev, -1);
  const np = POOL_BASE + n * 64;
  const p32 = (a: Int32Array, fill = 0) => { const b = new Int32Array(np).fill(fill); b.set(a); return b; };
  poolSz = p32(poolSz, -1);
  poolCount = p32(poolCount);
  poolFree = p32(poolFree, -1);
  poolNextOff = p32(poolNextOff);
  poolMaxOff = p32(poolMaxOff);
  poolNextP = p32(poolNextP);
  poolPrevP = p32(poolPrevP);
  const bn = new Int32Array(n * ARENA_UNITS);
  bn.set(blockNext);
  blockNext = bn;
  maxArenas = n;
  maxPools = np;
}

function newArena(): number {
  let a: number;
  if (unusedArenaSlots.length > 0) a = unusedArenaSlots.pop()!;
  else {
    if (arenasHigh === maxArenas) growArenas();
    a = arenasHigh++;
  }
  let addr: number;
  if (freedArenaAddrs.length > 0) {
    // the highest free gap first, as Linux's top-down mmap
    freedArenaAddrs.sort((x, y) => x - y);
    addr = freedArenaAddrs.pop()!;
  } else {
    mmapTop -= ARENA_SIZE;
    addr = mmapTop;
  }
  arenaAddr[a] = addr;
  arenaPool0[a] = Math.ceil(addr / POOL_SIZE) * POOL_SIZE;
  arenaNFree[a] = POOLS_PER_ARENA;
  arenaNTotal[a] = POOLS_PER_ARENA;
  arenaFreePools[a] = -1;
  arenaPoolNext[a] = 0;
  arenaNext[a] = -1;
  arenaPrev[a] = -1;
  arenasAllocated++;
  arenasCurrent++;
  if (arenasCurrent > arenasHighwater) arenasHighwater = arenasCurrent;
  return a;
}

function unlinkArena(a: number): void {
  const p = arenaPrev[a]!, n = arenaNext[a]!;
  if (p === -1) usableArenas = n;
  else arenaNext[p] = n;
  if (n !== -1) arenaPrev[n] = p;
  arenaNext[a] = -1;
  arenaPrev[a] = -1;
}
/** Insert `a` keeping usable_arenas sorted by nfreepools (after the arenas with <= as many). */
function insertArenaSorted(a: number): void {
  const nf = arenaNFree[a]!;
  let prev = -1, cur = usableArenas;
  while (cur !== -1 && arenaNFree[cur]! <= nf) {
    prev = cur;
    cur = arenaNext[cur]!;
  }
  arenaPrev[a] = prev;
  arenaNext[a] = cur;
  if (prev === -1) usableArenas = a;
  else arenaNext[prev] = a;
  if (cur !== -1) arenaPrev[cur] = a;
}

/** allocate_from_new_pool: a pool for size class c from the fullest usable arena. */
function allocFromNewPool(c: number): number {
  if (usableArenas === -1) {
    const a = newArena();
    usableArenas = a;
    arenaNext[a] = -1;
    arenaPrev[a] = -1;
  }
  const a = usableArenas;
  let pool = arenaFreePools[a]!;
  if (pool !== -1) {
    arenaFreePools[a] = poolNextP[pool]!;
  } else {
    pool = POOL_BASE + a * 64 + arenaPoolNext[a]!;
    arenaPoolNext[a]++;
    poolSz[pool] = -1;
  }
  arenaNFree[a]--;
  if (arenaNFree[a] === 0) unlinkArena(a);
  // frontlink to usedpools[c] (empty)
  poolNextP[pool] = c;
  poolPrevP[pool] = c;
  poolNextP[c] = pool;
  poolPrevP[c] = pool;
  poolCount[pool] = 1;
  const size = (c + 1) * 16;
  const base = a * ARENA_UNITS + (pool - POOL_BASE - a * 64) * POOL_UNITS;
  if (poolSz[pool] === c) {
    const bp = poolFree[pool]!;
    poolFree[pool] = blockNext[bp]!;
    if (poolFree[pool] === -1) poolExtend(pool, c);
    return bp;
  }
  poolSz[pool] = c;
  const bp = base + POOL_OVERHEAD / 16;
  poolNextOff[pool] = POOL_OVERHEAD + 2 * size;
  poolMaxOff[pool] = POOL_SIZE - size;
  const second = bp + size / 16;
  poolFree[pool] = second;
  blockNext[second] = -1;
  return bp;
}

/** pymalloc_pool_extend: carve the next block, or unlink the full pool from usedpools. */
function poolExtend(pool: number, c: number): void {
  const off = poolNextOff[pool]!;
  if (off <= poolMaxOff[pool]!) {
    const a = ((pool - POOL_BASE) / 64) | 0;
    const k = pool - POOL_BASE - a * 64;
    const u = a * ARENA_UNITS + k * POOL_UNITS + off / 16;
    poolFree[pool] = u;
    poolNextOff[pool] = off + (c + 1) * 16;
    blockNext[u] = -1;
    return;
  }
  const n = poolNextP[pool]!, p = poolPrevP[pool]!;
  poolNextP[p] = n;
  poolPrevP[n] = p;
}

/** pymalloc_alloc for `nbytes` (1..512): a block unit index. */
function pymallocAlloc(nbytes: number): number {
  const c = (nbytes - 1) >> 4;
  const pool = poolNextP[c]!;
  allocatedBlocks++;
  if (pool !== c) {
    poolCount[pool]++;
    const bp = poolFree[pool]!;
    const nx = blockNext[bp]!;
    poolFree[pool] = nx;
    if (nx === -1) poolExtend(pool, c);
    return bp;
  }
  return allocFromNewPool(c);
}

function poolOf(u: number): number {
  const a = (u / ARENA_UNITS) | 0;
  return POOL_BASE + a * 64 + (((u - a * ARENA_UNITS) / POOL_UNITS) | 0);
}

/** pymalloc_free of block `u`. */
function pymallocFree(u: number): void {
  allocatedBlocks--;
  const pool = poolOf(u);
  const lastFree = poolFree[pool]!;
  blockNext[u] = lastFree;
  poolFree[pool] = u;
  poolCount[pool]--;
  if (lastFree === -1) {
    // the pool was full: front of usedpools (it cannot be empty now: count was >= 1 before)
    const c = poolSz[pool]!;
    if (poolCount[pool] === 0) {
      // a pool of one block
      insertToFreepool(pool);
      return;
    }
    const head = poolNextP[c]!;
    poolNextP[pool] = head;
    poolPrevP[pool] = c;
    poolPrevP[head] = pool;
    poolNextP[c] = pool;
    return;
  }
  if (poolCount[pool] !== 0) return;
  // empty: unlink from usedpools, to the front of the arena's free pools
  const n = poolNextP[pool]!, p = poolPrevP[pool]!;
  poolNextP[p] = n;
  poolPrevP[n] = p;
  insertToFreepool(pool);
}

function insertToFreepool(pool: number): void {
  const a = ((pool - POOL_BASE) / 64) | 0;
  poolNextP[pool] = arenaFreePools[a]!;
  arenaFreePools[a] = pool;
  const nf = ++arenaNFree[a];
  if (nf === arenaNTotal[a] && arenaNext[a] !== -1) {
    // all pools free and not the last usable arena: unmap it
    unlinkArena(a);
    freedArenaAddrs.push(arenaAddr[a]!);
    arenaAddr[a] = 0;
    arenaPool0[a] = 0;
    // forget the pools' state: the slot's pools start fresh when reused
    for (let k = 0; k < 64; k++) poolSz[POOL_BASE + a * 64 + k] = -1;
    unusedArenaSlots.push(a);
    arenasReclaimed++;
    arenasCurrent--;
    return;
  }
  if (nf === 1) {
    // was fully used: now at the head of usable_arenas
    arenaPrev[a] = -1;
    arenaNext[a] = usableArenas;
    if (usableArenas !== -1) arenaPrev[usableArenas] = a;
    usableArenas = a;
    return;
  }
  // keep the list sorted: slide right past the arenas with fewer free pools
  const nx = arenaNext[a]!;
  if (nx === -1 || arenaNFree[nx]! >= nf) return;
  unlinkArena(a);
  insertArenaSorted(a);
}

// ---- the system allocator (requests over 512 bytes) ---------------------------------------------
let heapTop = 0x55d4c8a01000;
const sysAddr: number[] = [0];
const sysChunk: number[] = [0];
const sysFreeIds: number[] = [];
const sysFreeBySize = new Map<number, number[]>();
let sysBlocks = 0;

function sysAlloc(nbytes: number): number {
  const chunk = Math.max(32, (nbytes + 8 + 15) & ~15);
  const list = sysFreeBySize.get(chunk);
  let addr: number;
  if (list !== undefined && list.length > 0) addr = list.pop()!;
  else {
    addr = heapTop + 16;
    heapTop += chunk;
  }
  let id: number;
  if (sysFreeIds.length > 0) id = sysFreeIds.pop()!;
  else {
    id = sysAddr.length;
    sysAddr.push(0);
    sysChunk.push(0);
  }
  sysAddr[id] = addr;
  sysChunk[id] = chunk;
  sysBlocks++;
  return -id;
}
function sysFree(id: number): void {
  const chunk = sysChunk[id]!;
  let list = sysFreeBySize.get(chunk);
  if (list === undefined) sysFreeBySize.set(chunk, (list = []));
  list.push(sysAddr[id]!);
  sysFreeIds.push(id);
  sysBlocks--;
}

// ---- object memory (PyObject_Malloc / PyObject_Free) --------------------------------------------

/** PyObject_Malloc(nbytes): an ob_addr value. */
export function memAlloc(nbytes: number): number {
  if (nbytes <= SMALL_REQUEST) return 1 + pymallocAlloc(nbytes < 1 ? 1 : nbytes);
  return sysAlloc(nbytes);
}
/** PyObject_Free. */
export function memFree(addr: number): void {
  if (addr > 0) pymallocFree(addr - 1);
  else if (addr < 0) sysFree(-addr);
}
/** The address (bytes) of an ob_addr value. */
export function blockAddress(addr: number): number {
  if (addr > 0) {
    const u = addr - 1;
    const a = (u / ARENA_UNITS) | 0;
    return arenaPool0[a]! + (u - a * ARENA_UNITS) * 16;
  }
  return sysAddr[-addr]!;
}

/** The pymalloc size class of a block (-1: a system allocation). */
export function blockClass(addr: number): number {
  return addr > 0 ? poolSz[poolOf(addr - 1)]! : -1;
}

// ---- type free lists ----------------------------------------------------------------------------

/**
 * Free lists: key -> stack of ob_addr values. Keys: 1 list, 2 dict, 3 float, 100 + c tuples whose
 * block is of size class c (CPython keys tuples by length; lengths sharing a class share here).
 */
const NKEYS = 100 + NCLASSES;
const freeStacks: number[][] = [];
const freeMax = new Int32Array(NKEYS);
for (let k = 0; k < NKEYS; k++) {
  freeStacks.push([]);
  freeMax[k] = k >= 100 ? 2000 : k === 3 ? 100 : 80;
}
/** Pop from a type free list, else allocate nbytes. */
export function freelistAlloc(key: number, nbytes: number): number {
  const l = freeStacks[key]!;
  if (l.length > 0) return l.pop()!;
  return memAlloc(nbytes);
}
/** Push to a type free list when there is room, else free. */
export function freelistFree(key: number, addr: number): void {
  const l = freeStacks[key]!;
  if (l.length < freeMax[key]!) l.push(addr);
  else memFree(addr);
}
/** clear_freelists (a generation-2 collection): the blocks go back to pymalloc. */
export function clearFreeLists(): void {
  for (const l of freeStacks) {
    while (l.length > 0) memFree(l.pop()!);
  }
}
export function freeListLengths(): Map<number, number> {
  const m = new Map<number, number>();
  freeStacks.forEach((l, k) => m.set(k, l.length));
  return m;
}

// ---- statistics (sys._debugmallocstats, -X showrefcount) -----------------------------------------

export interface MallocStats {
  classes: { size: number; pools: number; inUse: number; avail: number }[];
  arenasAllocated: number;
  arenasReclaimed: number;
  arenasHighwater: number;
  arenasCurrent: number;
  unusedPools: number;
  allocatedBlocks: number;
}
export function mallocStats(): MallocStats {
  const classes = [];
  for (let c = 0; c < NCLASSES; c++) classes.push({ size: (c + 1) * 16, pools: 0, inUse: 0, avail: 0 });
  let unused = 0;
  for (let a = 0; a < arenasHigh; a++) {
    if (arenaAddr[a] === 0) continue;
    // untouched pools count as free
    unused += POOLS_PER_ARENA - arenaPoolNext[a]!;
    for (let k = 0; k < arenaPoolNext[a]!; k++) {
      const pool = POOL_BASE + a * 64 + k;
      const c = poolSz[pool]!;
      if (poolCount[pool] === 0 || c < 0) {
        unused++;
        continue;
      }
      const size = (c + 1) * 16;
      const st = classes[c]!;
      st.pools++;
      st.inUse += poolCount[pool]!;
      st.avail += Math.floor((POOL_SIZE - POOL_OVERHEAD) / size) - poolCount[pool]!;
    }
  }
  return {
    classes, arenasAllocated, arenasReclaimed, arenasHighwater, arenasCurrent, unusedPools: unused,
    allocatedBlocks: allocatedBlocks + sysBlocks,
  };
}
/** Blocks currently allocated (the "M blocks" of -X showrefcount: _Py_GetAllocatedBlocks). */
export function allocatedBlockCount(): number {
  return allocatedBlocks + sysBlocks;
}
