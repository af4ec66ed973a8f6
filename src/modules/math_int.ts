/**
 * The integer functions of the math module on ints of any size (JS number when safe, else
 * bigint, as PyInt.value): gcd, lcm, isqrt, factorial, comb, perm, with CPython's messages.
 */
import { valueError, overflowError } from "../objects/errors.ts";
import { normBig } from "../objects/int.ts";

type Int = number | bigint;
const big = (v: Int): bigint => (typeof v === "bigint" ? v : BigInt(v));
const LLONG_MAX = 0x7fffffffffffffffn;

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
function gcdNum(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
export function gcd(args: Int[]): Int {
  if (args.length === 0) return 0;
  let r: Int = args[0]!;
  if (typeof r === "number") r = Math.abs(r);
  else r = normBig(r < 0n ? -r : r);
  for (let i = 1; i < args.length; i++) {
    const x = args[i]!;
    if (r === 1) continue;
    r = typeof r === "number" && typeof x === "number" ? gcdNum(r, x) : normBig(gcd2(big(r), big(x)));
  }
  return r;
}
export function lcm(args: Int[]): Int {
  if (args.length === 0) return 1;
  let r: bigint = big(args[0]!);
  if (r < 0n) r = -r;
  for (let i = 1; i < args.length; i++) {
    if (r === 0n) continue;
    const x = big(args[i]!);
    if (x === 0n) {
      r = 0n;
      continue;
    }
    const g = gcd2(r, x);
    r = (r / g) * x;
    if (r < 0n) r = -r;
  }
  return normBig(r);
}

/** isqrt by Newton's iteration from a float estimate (exact for any size). */
export function isqrt(v: Int): Int {
  if (v < 0) throw valueError("isqrt() argument must be nonnegative");
  if (typeof v === "number") {
    let a = Math.floor(Math.sqrt(v));
    // correct the float estimate (v may be up to 2**53)
    while (a * a > v) a--;
    while ((a + 1) * (a + 1) <= v) a++;
    return a;
  }
  const n = v;
  if (n === 0n) return 0;
  const bits = n.toString(2).length;
  // start above the root: 2**ceil(bits/2)
  let x = 1n << BigInt((bits + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return normBig(x);
}

/** Product of the odd numbers in [lo, hi) (both odd), by binary splitting. */
function oddProduct(lo: bigint, hi: bigint): bigint {
  const n = (hi - lo) / 2n;
  if (n <= 8n) {
    let r = 1n;
    for (let j = lo; j < hi; j += 2n) r *= j;
    return r;
  }
  const mid = (lo + n) | 1n;
  return oddProduct(lo, mid) * oddProduct(mid, hi);
}
/** n! = 2**(n - popcount(n)) * odd part (the odd part built from products of odd ranges). */
export function factorial(v: Int): Int {
  if (v < 0) throw valueError("factorial() not defined for negative values");
  if (typeof v === "bigint" && v > LLONG_MAX) throw overflowError("factorial() argument should not exceed 9223372036854775807");
  const n = Number(v);
  if (n <= 18) {
    // 18! < 2**53: exact in a double
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  let inner = 1n, outer = 1n;
  let upper = 3n;
  const nb = BigInt(n);
  const bl = n.toString(2).length;
  for (let i = bl - 2; i >= 0; i--) {
    const vv = nb >> BigInt(i);
    if (vv <= 2n) continue;
    const lower = upper;
    upper = (vv + 1n) | 1n;
    inner *= oddProduct(lower, upper);
    outer *= inner;
  }
  let pop = 0;
  for (let x = n; x > 0; x = Math.floor(x / 2)) pop += x % 2;
  return normBig(outer << BigInt(n - pop));
}

/** n*(n-1)*...*(n-k+1) by binary splitting. */
function fallingProduct(n: bigint, k: bigint): bigint {
  if (k === 0n) return 1n;
  if (k <= 16n) {
    let r = n;
    for (let i = 1n; i < k; i++) r *= n - i;
    return r;
  }
  const j = k >> 1n;
  return fallingProduct(n, j) * fallingProduct(n - j, k - j);
}
export function perm(nv: Int, kv: Int | null): Int {
  if (kv === null) {
    if (nv < 0) throw valueError("n must be a non-negative integer");
    return factorial(nv);
  }
  if (nv < 0) throw valueError("n must be a non-negative integer");
  if (kv < 0) throw valueError("k must be a non-negative integer");
  const n = big(nv), k = big(kv);
  if (k > n) return 0;
  if (k > LLONG_MAX) throw overflowError("k must not exceed 9223372036854775807");
  return normBig(fallingProduct(n, k));
}
export function comb(nv: Int, kv: Int): Int {
  if (nv < 0) throw valueError("n must be a non-negative integer");
  if (kv < 0) throw valueError("k must be a non-negative integer");
  const n = big(nv);
  let k = big(kv);
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  if (k > LLONG_MAX) throw overflowError("min(n - k, k) must not exceed 9223372036854775807");
  return normBig(combExact(n, k));
}
/** C(n, k) = falling(n, k) / k!, split so the intermediate numbers stay small. */
function combExact(n: bigint, k: bigint): bigint {
  if (k === 0n) return 1n;
  if (k === 1n) return n;
  if (k <= 32n) {
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return r;
  }
  // C(n, k) = C(n, j) * C(n - j, k - j) / C(k, j)
  const j = k >> 1n;
  return (combExact(n, j) * combExact(n - j, k - j)) / combExact(k, j);
}
