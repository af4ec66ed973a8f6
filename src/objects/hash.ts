/**
 * CPython 3.11's hash functions (Python/pyhash.c, Objects/*object.c) and the set table layout
 * they drive (Objects/setobject.c), for values that must come out in CPython's order.
 *
 *   siphash13(k0, k1, data)   SipHash-1-3 (sys.hash_info.algorithm == 'siphash13'), uint64
 *   sourceHash(key, source)   _imp.source_hash: SipHash-1-3 keyed (key, 0), 8 bytes little-endian
 *   hashSecret(seed)          _Py_HashSecret's SipHash key for PYTHONHASHSEED=seed (0: all zero)
 *   hashStr/hashBytes/hashInt/hashFloat/hashComplex/hashTuple/hashFrozenSet: Py_hash_t as bigint
 *   setOrder(hashes)          iteration order of a set built by adding items in the given order
 *   hashConst(v)              hash() of a compile-time constant (null where CPython hashes by address)
 *   setIterationOrder(items)  a frozenset's items in CPython's iteration order
 *   compiledFrozenSetOrder    the insertion order a compiled frozenset constant ends with
 *
 * All Py_hash_t results are signed 64-bit bigints; -1 never occurs (CPython maps it to -2).
 */

import { Complex, ConstTuple, ConstFrozenSet } from "./constant.ts";

// ---- SipHash-1-3 on 32-bit halves --------------------------------------------------------------
// A 64-bit lane is (hi, lo) in two uint32 numbers; the state is v0..v3 in `s` (8 uint32s).

function add64(s: Uint32Array, a: number, b: number): void {
  const lo = s[a + 1]! + s[b + 1]!;
  s[a] = (s[a]! + s[b]! + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  s[a + 1] = lo >>> 0;
}
function rotl64(s: Uint32Array, a: number, n: number): void {
  let hi = s[a]!, lo = s[a + 1]!;
  if (n >= 32) { const t = hi; hi = lo; lo = t; n -= 32; }
  if (n === 0) { s[a] = hi; s[a + 1] = lo; return; }
  s[a] = ((hi << n) | (lo >>> (32 - n))) >>> 0;
  s[a + 1] = ((lo << n) | (hi >>> (32 - n))) >>> 0;
}
function xor64(s: Uint32Array, a: number, b: number): void {
  s[a] = (s[a]! ^ s[b]!) >>> 0;
  s[a + 1] = (s[a + 1]! ^ s[b + 1]!) >>> 0;
}
function swapHalves(s: Uint32Array, a: number): void {
  const t = s[a]!; s[a] = s[a + 1]!; s[a + 1] = t;
}

const V0 = 0, V1 = 2, V2 = 4, V3 = 6;

function sipRound(s: Uint32Array): void {
  add64(s, V0, V1); rotl64(s, V1, 13); xor64(s, V1, V0); swapHalves(s, V0); // rotl(v0, 32)
  add64(s, V2, V3); rotl64(s, V3, 16); xor64(s, V3, V2);
  add64(s, V0, V3); rotl64(s, V3, 21); xor64(s, V3, V0);
  add64(s, V2, V1); rotl64(s, V1, 17); xor64(s, V1, V2); swapHalves(s, V2);
}

function u64Parts(x: bigint): [number, number] {
  const v = BigInt.asUintN(64, x);
  return [Number(v >> 32n), Number(v & 0xffffffffn)];
}

/** SipHash-1-3 of `data` with key (k0, k1): one compression round, three finalisation rounds. */
export function siphash13(k0: bigint, k1: bigint, data: Uint8Array): bigint {
  const [k0h, k0l] = u64Parts(k0);
  const [k1h, k1l] = u64Parts(k1);
  // "somepseudorandomlygeneratedbytes"
  const s = new Uint32Array([
    (k0h ^ 0x736f6d65) >>> 0, (k0l ^ 0x70736575) >>> 0,
    (k1h ^ 0x646f7261) >>> 0, (k1l ^ 0x6e646f6d) >>> 0,
    (k0h ^ 0x6c796765) >>> 0, (k0l ^ 0x6e657261) >>> 0,
    (k1h ^ 0x74656462) >>> 0, (k1l ^ 0x79746573) >>> 0,
  ]);
  const n = data.length;
  const full = n - (n % 8);
  let i = 0;
  for (; i < full; i += 8) {
    const mlo = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0;
    const mhi = (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)) >>> 0;
    s[V3] = (s[V3]! ^ mhi) >>> 0; s[V3 + 1] = (s[V3 + 1]! ^ mlo) >>> 0;
    sipRound(s);
    s[V0] = (s[V0]! ^ mhi) >>> 0; s[V0 + 1] = (s[V0 + 1]! ^ mlo) >>> 0;
  }
  // last block: remaining bytes, length in the top byte
  let blo = 0, bhi = ((n & 0xff) << 24) >>> 0;
  for (let j = 0; i + j < n; j++) {
    const byte = data[i + j]!;
    if (j < 4) blo = (blo | (byte << (8 * j))) >>> 0;
    else bhi = (bhi | (byte << (8 * (j - 4)))) >>> 0;
  }
  s[V3] = (s[V3]! ^ bhi) >>> 0; s[V3 + 1] = (s[V3 + 1]! ^ blo) >>> 0;
  sipRound(s);
  s[V0] = (s[V0]! ^ bhi) >>> 0; s[V0 + 1] = (s[V0 + 1]! ^ blo) >>> 0;
  s[V2 + 1] = (s[V2 + 1]! ^ 0xff) >>> 0;
  sipRound(s); sipRound(s); sipRound(s);
  const hi = (s[V0]! ^ s[V1]! ^ s[V2]! ^ s[V3]!) >>> 0;
  const lo = (s[V0 + 1]! ^ s[V1 + 1]! ^ s[V2 + 1]! ^ s[V3 + 1]!) >>> 0;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

// ---- SipHash-1-3 with the state in locals (the hot path of hash(str)) ----------------------------
// Same function as siphash13 above, without allocation: 64-bit lanes as (hi, lo) uint32 locals,
// the result left in (sipHi, sipLo).

let sipHi = 0, sipLo = 0;
function sipLocal(data: Uint8Array, n: number, k0h: number, k0l: number, k1h: number, k1l: number): void {
  let v0h = (k0h ^ 0x736f6d65) >>> 0, v0l = (k0l ^ 0x70736575) >>> 0;
  let v1h = (k1h ^ 0x646f7261) >>> 0, v1l = (k1l ^ 0x6e646f6d) >>> 0;
  let v2h = (k0h ^ 0x6c796765) >>> 0, v2l = (k0l ^ 0x6e657261) >>> 0;
  let v3h = (k1h ^ 0x74656462) >>> 0, v3l = (k1l ^ 0x79746573) >>> 0;
  const nblocks = (n >> 3) + 1; // the last block holds the tail bytes and the length
  let blk = 0, fin = 0, i = 0;
  for (;;) {
    let mh = 0, ml = 0;
    if (blk < nblocks) {
      if (blk < nblocks - 1) {
        ml = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0;
        mh = (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)) >>> 0;
        i += 8;
      } else {
        mh = ((n & 0xff) << 24) >>> 0;
        for (let j = 0; i + j < n; j++) {
          const b = data[i + j]!;
          if (j < 4) ml = (ml | (b << (8 * j))) >>> 0;
          else mh = (mh | (b << (8 * (j - 4)))) >>> 0;
        }
      }
      v3h = (v3h ^ mh) >>> 0; v3l = (v3l ^ ml) >>> 0;
    } else if (fin === 0) {
      v2l = (v2l ^ 0xff) >>> 0;
    }
    // SipRound
    let l = (v0l + v1l) >>> 0; v0h = (v0h + v1h + (l < v0l ? 1 : 0)) >>> 0; v0l = l;
    let th = ((v1h << 13) | (v1l >>> 19)) >>> 0; v1l = ((v1l << 13) | (v1h >>> 19)) >>> 0; v1h = th;
    v1h = (v1h ^ v0h) >>> 0; v1l = (v1l ^ v0l) >>> 0;
    th = v0h; v0h = v0l; v0l = th;
    l = (v2l + v3l) >>> 0; v2h = (v2h + v3h + (l < v2l ? 1 : 0)) >>> 0; v2l = l;
    th = ((v3h << 16) | (v3l >>> 16)) >>> 0; v3l = ((v3l << 16) | (v3h >>> 16)) >>> 0; v3h = th;
    v3h = (v3h ^ v2h) >>> 0; v3l = (v3l ^ v2l) >>> 0;
    l = (v0l + v3l) >>> 0; v0h = (v0h + v3h + (l < v0l ? 1 : 0)) >>> 0; v0l = l;
    th = ((v3h << 21) | (v3l >>> 11)) >>> 0; v3l = ((v3l << 21) | (v3h >>> 11)) >>> 0; v3h = th;
    v3h = (v3h ^ v0h) >>> 0; v3l = (v3l ^ v0l) >>> 0;
    l = (v2l + v1l) >>> 0; v2h = (v2h + v1h + (l < v2l ? 1 : 0)) >>> 0; v2l = l;
    th = ((v1h << 17) | (v1l >>> 15)) >>> 0; v1l = ((v1l << 17) | (v1h >>> 15)) >>> 0; v1h = th;
    v1h = (v1h ^ v2h) >>> 0; v1l = (v1l ^ v2l) >>> 0;
    th = v2h; v2h = v2l; v2l = th;
    if (blk < nblocks) {
      v0h = (v0h ^ mh) >>> 0; v0l = (v0l ^ ml) >>> 0;
      blk++;
    } else if (++fin === 3) break;
  }
  sipHi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  sipLo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
}

let scratch = new Uint8Array(256);
let keyOf: HashSecret | null = null;
let kp0h = 0, kp0l = 0, kp1h = 0, kp1l = 0;

/**
 * hash(str) as a canonical Py_hash_t (a number when it is a safe integer, else a bigint; -1
 * becomes -2): hashStr without allocating, over a reused scratch buffer of the PEP 393 bytes.
 */
export function hashStrCanon(s: string, secret: HashSecret): number | bigint {
  const len = s.length;
  if (len === 0) return 0;
  if (keyOf !== secret) {
    keyOf = secret;
    const a = BigInt.asUintN(64, secret.k0), b = BigInt.asUintN(64, secret.k1);
    kp0h = Number(a >> 32n); kp0l = Number(a & 0xffffffffn);
    kp1h = Number(b >> 32n); kp1l = Number(b & 0xffffffffn);
  }
  // latin-1 text (nearly every name): its bytes are the code units, copied while checking
  if (scratch.length < len) scratch = new Uint8Array(len * 2);
  let max = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    max |= c;
    scratch[i] = c;
  }
  let n: number;
  if (max < 0x100) {
    n = len;
  } else {
    // wider code points: the general path (code points, surrogate pairs joined)
    const cps: number[] = [];
    let m = 0;
    for (let i = 0; i < len; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < len) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00); i++; }
      }
      cps.push(c);
      if (c > m) m = c;
    }
    const width = m < 0x100 ? 1 : m < 0x10000 ? 2 : 4;
    n = cps.length * width;
    if (scratch.length < n) scratch = new Uint8Array(n * 2);
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!;
      for (let j = 0; j < width; j++) scratch[i * width + j] = (c >>> (8 * j)) & 0xff;
    }
  }
  sipLocal(scratch, n, kp0h, kp0l, kp1h, kp1l);
  const hi = sipHi | 0, lo = sipLo;
  // a signed 64-bit value hi * 2**32 + lo is a safe integer when hi is in [-2**21, 2**21)
  if (hi >= -2097152 && hi < 2097152) {
    const v = hi * 4294967296 + lo;
    if (v >= -9007199254740991 && v <= 9007199254740991) return v === -1 ? -2 : v;
  }
  // one BigInt, read from memory (shifting and or-ing would make three)
  I64_WORDS[0] = lo;
  I64_WORDS[1] = hi;
  return I64[0]!;
}

/** A 64-bit word as two uint32 halves over the same memory as a BigInt64: [lo, hi] (little-endian hosts). */
const I64 = new BigInt64Array(1);
const I64_WORDS = new Uint32Array(I64.buffer);
/** The low 32 bits of a bigint hash, as an int32, without BigInt arithmetic. */
export function bigHashLo(h: bigint): number {
  I64[0] = h;
  return I64_WORDS[0]! | 0;
}
/** The high 32 bits of a bigint hash, as a uint32 (after bigHashLo, or alone). */
export function bigHashHi(h: bigint): number {
  I64[0] = h;
  return I64_WORDS[1]!;
}

/** _imp.source_hash(key, source): the 8 bytes a hash-based .pyc records (little-endian). */
export function sourceHash(key: number, source: Uint8Array): Uint8Array {
  const h = siphash13(BigInt(key >>> 0), 0n, source);
  const out = new Uint8Array(8);
  for (let i = 0; i < 8; i++) out[i] = Number((h >> BigInt(8 * i)) & 0xffn);
  return out;
}

// ---- hash secret ------------------------------------------------------------------------------

export interface HashSecret {
  k0: bigint;
  k1: bigint;
}

/**
 * The SipHash key of _Py_HashSecret for PYTHONHASHSEED=seed: all zero for 0 (randomisation off),
 * else the bytes of CPython's linear congruential generator (lcg_urandom) seeded with `seed`.
 */
export function hashSecret(seed: number): HashSecret {
  if (seed === 0) return { k0: 0n, k1: 0n };
  const bytes = new Uint8Array(16);
  let x = seed >>> 0;
  for (let i = 0; i < 16; i++) {
    x = (Math.imul(x, 214013) + 2531011) >>> 0;
    bytes[i] = (x >>> 16) & 0xff;
  }
  let k0 = 0n, k1 = 0n;
  for (let i = 7; i >= 0; i--) {
    k0 = (k0 << 8n) | BigInt(bytes[i]!);
    k1 = (k1 << 8n) | BigInt(bytes[8 + i]!);
  }
  return { k0, k1 };
}

// ---- Py_hash_t of values ----------------------------------------------------------------------

const MODULUS = (1n << 61n) - 1n; // sys.hash_info.modulus
const HASH_INF = 314159n;

function fixMinusOne(h: bigint): bigint {
  const v = BigInt.asIntN(64, h);
  return v === -1n ? -2n : v;
}

/** hash(bytes): SipHash of the bytes; hash(b'') == 0. */
export function hashBytes(b: Uint8Array, secret: HashSecret): bigint {
  if (b.length === 0) return 0n;
  return fixMinusOne(siphash13(secret.k0, secret.k1, b));
}

/** hash(str): SipHash of the PEP 393 representation (1, 2 or 4 bytes per code point). */
export function hashStr(s: string, secret: HashSecret): bigint {
  if (s.length === 0) return 0n;
  const cps: number[] = [];
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00); i++; }
    }
    cps.push(c);
    if (c > max) max = c;
  }
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const data = new Uint8Array(cps.length * width);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    for (let j = 0; j < width; j++) data[i * width + j] = (c >>> (8 * j)) & 0xff;
  }
  return fixMinusOne(siphash13(secret.k0, secret.k1, data));
}

/** hash(int): the value modulo 2**61 - 1, keeping the sign. */
export function hashInt(n: bigint): bigint {
  const a = n < 0n ? -n : n;
  const h = a % MODULUS;
  return fixMinusOne(n < 0n ? -h : h);
}

const f64 = new DataView(new ArrayBuffer(8));

/**
 * hash(float) for a finite or infinite value (a NaN hashes by identity in 3.11: null). A finite
 * float m * 2**e hashes as m * 2**e modulo 2**61 - 1, where 2**61 == 1 makes 2**e periodic.
 */
export function hashFloat(x: number): bigint | null {
  if (x !== x) return null;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x === 0) return 0n;
  f64.setFloat64(0, x);
  const hi = f64.getUint32(0), lo = f64.getUint32(4);
  const neg = (hi >>> 31) !== 0;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else { mant |= 1n << 52n; e = bexp - 1075; }
  const r = ((e % 61) + 61) % 61;
  const h = (mant % MODULUS) * (1n << BigInt(r)) % MODULUS;
  return fixMinusOne(neg ? -h : h);
}

/** hash(complex): hash(real) + 1000003 * hash(imag), in 64-bit unsigned arithmetic. */
export function hashComplex(re: number, im: number): bigint | null {
  const hr = hashFloat(re), hi = hashFloat(im);
  if (hr === null || hi === null) return null;
  return fixMinusOne(BigInt.asUintN(64, BigInt.asUintN(64, hr) + 1000003n * BigInt.asUintN(64, hi)));
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(tuple) from its items' hashes (CPython's xxHash-based tuplehash). */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    acc = BigInt.asUintN(64, acc + BigInt.asUintN(64, h) * XXPRIME_2);
    acc = BigInt.asUintN(64, (acc << 31n) | (acc >> 33n));
    acc = BigInt.asUintN(64, acc * XXPRIME_1);
  }
  acc = BigInt.asUintN(64, acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n)));
  if (acc === 0xffffffffffffffffn) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

function shuffleBits(h: bigint): bigint {
  const u = BigInt.asUintN(64, h);
  return BigInt.asUintN(64, ((u ^ 89869747n) ^ BigInt.asUintN(64, u << 16n)) * 3644798167n);
}

/** hash(frozenset) from its items' hashes (order-independent). */
export function hashFrozenSet(itemHashes: readonly bigint[]): bigint {
  let h = 0n;
  for (const x of itemHashes) h ^= shuffleBits(x);
  h ^= BigInt.asUintN(64, (BigInt(itemHashes.length) + 1n) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = BigInt.asUintN(64, h * 69069n + 907133923n);
  if (h === 0xffffffffffffffffn) h = 590923713n;
  return BigInt.asIntN(64, h);
}

// ---- set table layout -------------------------------------------------------------------------

const SET_MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** Free slot for `hash` in a table without dummies (set_insert_clean / set_add_entry's probing). */
function probe(table: Int32Array, mask: number, hash: bigint): number {
  let perturb = BigInt.asUintN(64, hash);
  let i = Number(perturb & BigInt(mask));
  for (;;) {
    if (table[i] === -1) return i;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) if (table[i + j] === -1) return i + j;
    }
    perturb >>= PERTURB_SHIFT;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

/**
 * The iteration order of a set (or frozenset) made by adding distinct items with these hashes in
 * this order (PySet_Add / PyFrozenSet_New on a sequence): indices into `hashes`. The table starts
 * with 8 slots and grows to the next power of two above used*4 when 3/5 full.
 */
export function setOrder(hashes: readonly bigint[]): number[] {
  let mask = SET_MINSIZE - 1;
  let table = new Int32Array(SET_MINSIZE).fill(-1);
  let fill = 0;
  for (let k = 0; k < hashes.length; k++) {
    table[probe(table, mask, hashes[k]!)] = k;
    fill++;
    if (fill * 5 >= mask * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let size = SET_MINSIZE;
      while (size <= minused) size <<= 1;
      const old = table;
      table = new Int32Array(size).fill(-1);
      mask = size - 1;
      for (let j = 0; j < old.length; j++) if (old[j]! >= 0) table[probe(table, mask, hashes[old[j]!]!)] = old[j]!;
    }
  }
  const order: number[] = [];
  for (let j = 0; j < table.length; j++) if (table[j]! >= 0) order.push(table[j]!);
  return order;
}

// ---- constants -----------------------------------------------------------------------------------

/** A value hashConst accepts: constants (and, opaque to hashing, anything else marshal holds). */
type Hashable = unknown;

const ZERO: HashSecret = { k0: 0n, k1: 0n };

/** hash(v) of a constant, or null where CPython hashes by identity (None, Ellipsis, NaN, code). */
export function hashConst(v: Hashable, secret: HashSecret = ZERO): bigint | null {
  switch (typeof v) {
    case "string": return hashStr(v, secret);
    case "bigint": return hashInt(v);
    case "boolean": return v ? 1n : 0n;
    case "number": return hashFloat(v);
  }
  if (v instanceof Uint8Array) return hashBytes(v, secret);
  if (v instanceof Complex) return hashComplex(v.real, v.imag);
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
    const hs: bigint[] = [];
    for (const x of v.items) {
      const h = hashConst(x, secret);
      if (h === null) return null;
      hs.push(h);
    }
    return v instanceof ConstTuple ? hashTuple(hs) : hashFrozenSet(hs);
  }
  return null;
}

/**
 * The items of a set built by adding `items` in this order, in CPython's iteration order (the
 * given order when some item hashes by identity). ConstFrozenSet.items holds the insertion order
 * of the table CPython shows, so this is the order repr() and iteration give.
 */
export function setIterationOrder<T>(items: readonly T[], secret: HashSecret = ZERO): T[] {
  const hs: bigint[] = [];
  for (const x of items) {
    const h = hashConst(x, secret);
    if (h === null) return items.slice();
    hs.push(h);
  }
  return setOrder(hs).map((i) => items[i]!);
}

function isNameChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

/**
 * For the compiler: the ConstFrozenSet.items order of a frozenset constant whose items appear in
 * `sourceOrder`. CPython builds the set in source order, compile.c's constant merging rebuilds it
 * from its iteration order, and codeobject.c's interning of name-like strings rebuilds it once
 * more; the result is the insertion order of the last table.
 */
export function compiledFrozenSetOrder<T>(sourceOrder: readonly T[], secret: HashSecret = ZERO): T[] {
  let items = setIterationOrder(sourceOrder, secret);
  if (items.some((x) => typeof x === "string" && isNameChars(x))) items = setIterationOrder(items, secret);
  return items;
}
