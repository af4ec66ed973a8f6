/**
 * CPython's hash functions for numbers and containers (Python/pyhash.c, Objects/*.c), exact to
 * the bit so hash() values and set iteration orders match python3.
 *
 * Hash values are canonical: a JS number when the signed 64-bit value is a safe integer, a
 * bigint otherwise. -1 is never a hash value (CPython maps it to -2).
 */
import { hashBytes, hashStrCanon, type HashSecret } from "./hash.ts";

const MODULUS = (1n << 61n) - 1n;
const MOD_N = 2 ** 61 - 1;
export const HASH_INF = 314159;
const M64 = (1n << 64n) - 1n;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

const MAX_SAFE_BIG = 9007199254740991n;
export function canonHash(h: bigint): number | bigint {
  let s = BigInt.asIntN(64, h);
  if (s === -1n) s = -2n;
  return s <= MAX_SAFE_BIG && s >= -MAX_SAFE_BIG ? Number(s) : s;
}

/** hash(int). */
export function intHash(v: number | bigint): number | bigint {
  if (typeof v === "number") {
    if (v < MOD_N && v > -MOD_N) return v === -1 ? -2 : v;
  }
  const b = BigInt(v);
  const neg = b < 0n;
  let r = (neg ? -b : b) % MODULUS;
  if (neg) r = -r;
  return canonHash(r);
}

/** hash(float) (nan hashes by identity: the caller passes `nanHash`). */
export function floatHash(v: number, nanHash: () => number | bigint): number | bigint {
  if (Number.isInteger(v) && v <= MAX_SAFE && v >= -MAX_SAFE) return v === -1 ? -2 : v + 0;
  if (!Number.isFinite(v)) {
    if (v === Infinity) return HASH_INF;
    if (v === -Infinity) return -HASH_INF;
    return nanHash();
  }
  // frexp
  let m = v, e = 0;
  let sign = 1n;
  if (m < 0) { sign = -1n; m = -m; }
  // m = mant * 2**e with 0.5 <= mant < 1 (frexp, exact: scale by powers of two in range)
  e = Math.floor(Math.log2(m)) + 1;
  let mant = e > 1000 ? m / 2 ** 1000 / 2 ** (e - 1000) : e < -1000 ? m * 2 ** 1000 * 2 ** (-e - 1000) : m / 2 ** e;
  while (mant >= 1) { mant /= 2; e++; }
  while (mant < 0.5) { mant *= 2; e--; }
  let x = 0n;
  while (mant !== 0) {
    x = ((x << 28n) & MODULUS) | (x >> (61n - 28n));
    mant *= 268435456.0;
    e -= 28;
    const y = Math.floor(mant);
    mant -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(ee)) & MODULUS) | (x >> BigInt(61 - ee));
  x = x * sign;
  return canonHash(x);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** Incremental xxHash-based tuple hash: start with tupleHashInit, add lanes, finish. */
export function tupleHash(lanes: (number | bigint)[]): number | bigint {
  let acc = XXPRIME_5;
  for (let i = 0; i < lanes.length; i++) {
    const lane = BigInt.asUintN(64, BigInt(lanes[i]!));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(lanes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return canonHash(acc);
}

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}
/** hash(frozenset) from its items' hashes. */
export function frozensetHash(hashes: (number | bigint)[]): number | bigint {
  let hash = 0n;
  for (const h of hashes) hash ^= shuffleBits(BigInt.asUintN(64, BigInt(h)));
  hash ^= ((BigInt(hashes.length) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  return canonHash(hash);
}

/** hash(str)/hash(bytes): SipHash-1-3 keyed by PYTHONHASHSEED (hash.ts); the secret is set at start-up. */
let secret: HashSecret = { k0: 0n, k1: 0n };
export function setStrHashSecret(s: HashSecret): void {
  secret = s;
}
export function strHashValue(s: string): number | bigint {
  return hashStrCanon(s, secret);
}
/** hash(bytes) (same scheme as str). */
export function bytesHashValue(b: Uint8Array): number | bigint {
  if (b.length === 0) return 0;
  return canonHash(hashBytes(b, secret));
}
