/**
 * The checksums of the `zlib` module: CRC-32 (the reflected 0xEDB88320 polynomial, as zlib and
 * gzip/zip use it) and Adler-32. Both take and return unsigned 32-bit values as JS numbers and
 * continue from a previous value, so crc32(b, crc32(a)) == crc32(a + b).
 */

/** CRC_TABLE[k][b]: the CRC of byte b followed by k zero bytes (slicing-by-4 tables). */
const CRC_TABLE: Uint32Array[] = (() => {
  const t0 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c >>> 0;
  }
  const tables = [t0];
  for (let k = 1; k < 4; k++) {
    const prev = tables[k - 1]!, t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) t[n] = (t0[prev[n]! & 0xff]! ^ (prev[n]! >>> 8)) >>> 0;
    tables.push(t);
  }
  return tables;
})();

export function crc32(d: Uint8Array, crc: number): number {
  const [t0, t1, t2, t3] = CRC_TABLE as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  let c = ~crc >>> 0;
  let i = 0;
  const n = d.length;
  // four bytes per step
  for (; i + 4 <= n; i += 4) {
    c ^= d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24);
    c = t3[c & 0xff]! ^ t2[(c >>> 8) & 0xff]! ^ t1[(c >>> 16) & 0xff]! ^ t0[c >>> 24]!;
  }
  for (; i < n; i++) c = t0[(c ^ d[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * Adler-32 with zlib's reduction points (they show when the start value's halves are >= 65521):
 * one byte reduces each sum by one subtraction; under 16 bytes reduces a once and b modulo
 * 65521; longer input reduces both modulo 65521 after every 5552 bytes (NMAX) and at the end.
 */
const BASE = 65521, NMAX = 5552;
export function adler32(d: Uint8Array, adler: number): number {
  let a = adler & 0xffff, b = (adler >>> 16) & 0xffff;
  const n = d.length;
  if (n === 1) {
    a += d[0]!;
    if (a >= BASE) a -= BASE;
    b += a;
    if (b >= BASE) b -= BASE;
    return ((b << 16) | a) >>> 0;
  }
  if (n < 16) {
    for (let i = 0; i < n; i++) {
      a += d[i]!;
      b += a;
    }
    if (a >= BASE) a -= BASE;
    return (((b % BASE) << 16) | a) >>> 0;
  }
  let i = 0;
  while (i < n) {
    const end = Math.min(n, i + NMAX);
    for (; i < end; i++) {
      a += d[i]!;
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return ((b << 16) | a) >>> 0;
}
