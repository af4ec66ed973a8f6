/**
 * SHA-3 / SHAKE (FIPS 202, Keccak-f[1600]) and BLAKE2b / BLAKE2s (RFC 7693, with key, salt,
 * personalization and tree parameters) for hashlib. 64-bit words are (hi, lo) pairs of 32-bit
 * integers in Int32Arrays: lane i is (h[2i], l[2i]) ... stored as s[2i] = lo, s[2i+1] = hi.
 */
import type { Hasher } from "./hash_digests.ts";

// ---- Keccak ---------------------------------------------------------------------------------------

const RC = [
  "0000000000000001", "0000000000008082", "800000000000808a", "8000000080008000", "000000000000808b", "0000000080000001",
  "8000000080008081", "8000000000008009", "000000000000008a", "0000000000000088", "0000000080008009", "000000008000000a",
  "000000008000808b", "800000000000008b", "8000000000008089", "8000000000008003", "8000000000008002", "8000000000000080",
  "000000000000800a", "800000008000000a", "8000000080008081", "8000000000008080", "0000000080000001", "8000000080008008",
];
const RC_HI = new Int32Array(24), RC_LO = new Int32Array(24);
for (let i = 0; i < 24; i++) {
  RC_HI[i] = parseInt(RC[i]!.slice(0, 8), 16) | 0;
  RC_LO[i] = parseInt(RC[i]!.slice(8), 16) | 0;
}
// rotation offsets r[x + 5y] and the pi permutation
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

function keccakF(s: Int32Array): void {
  const C = new Int32Array(10), B = new Int32Array(50);
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      let lo = 0, hi = 0;
      for (let y = 0; y < 25; y += 5) {
        lo ^= s[2 * (x + y)]!;
        hi ^= s[2 * (x + y) + 1]!;
      }
      C[2 * x] = lo;
      C[2 * x + 1] = hi;
    }
    for (let x = 0; x < 5; x++) {
      const x1 = (x + 1) % 5, x4 = (x + 4) % 5;
      const l1 = C[2 * x1]!, h1 = C[2 * x1 + 1]!;
      const dl = C[2 * x4]! ^ ((l1 << 1) | (h1 >>> 31));
      const dh = C[2 * x4 + 1]! ^ ((h1 << 1) | (l1 >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[2 * (x + y)] ^= dl;
        s[2 * (x + y) + 1] ^= dh;
      }
    }
    // rho and pi: B[y, 2x+3y] = rot(A[x, y], r[x, y])
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const i = x + 5 * y;
        const r = ROT[i]!;
        let lo = s[2 * i]!, hi = s[2 * i + 1]!;
        if (r >= 32) {
          const t = lo;
          lo = hi;
          hi = t;
        }
        const rr = r & 31;
        let nl = lo, nh = hi;
        if (rr !== 0) {
          nl = (lo << rr) | (hi >>> (32 - rr));
          nh = (hi << rr) | (lo >>> (32 - rr));
        }
        const j = y + 5 * ((2 * x + 3 * y) % 5);
        B[2 * j] = nl;
        B[2 * j + 1] = nh;
      }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const a = 2 * (x + y), b = 2 * (((x + 1) % 5) + y), c = 2 * (((x + 2) % 5) + y);
        s[a] = B[a]! ^ (~B[b]! & B[c]!);
        s[a + 1] = B[a + 1]! ^ (~B[b + 1]! & B[c + 1]!);
      }
    }
    // iota
    s[0] ^= RC_LO[round]!;
    s[1] ^= RC_HI[round]!;
  }
}

export class Keccak implements Hasher {
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  private s = new Int32Array(50);
  private buf: Uint8Array;
  private len = 0;
  constructor(name: string, rate: number, digestSize: number, private readonly pad: number) {
    this.name = name;
    this.blockSize = rate;
    this.digestSize = digestSize;
    this.buf = new Uint8Array(rate);
  }
  private absorb(b: Uint8Array, off: number): void {
    for (let i = 0; i < this.blockSize; i += 4) {
      const w = b[off + i]! | (b[off + i + 1]! << 8) | (b[off + i + 2]! << 16) | (b[off + i + 3]! << 24);
      this.s[i >> 2] ^= w;
    }
    keccakF(this.s);
  }
  update(data: Uint8Array): void {
    let i = 0;
    const rate = this.blockSize;
    while (i < data.length) {
      const take = Math.min(rate - this.len, data.length - i);
      this.buf.set(data.subarray(i, i + take), this.len);
      this.len += take;
      i += take;
      if (this.len === rate) {
        this.absorb(this.buf, 0);
        this.len = 0;
      }
    }
  }
  /** `n` bytes of output (the digest, or n bytes of a SHAKE stream). */
  squeeze(n: number): Uint8Array {
    const c = this.copy() as Keccak;
    const b = new Uint8Array(c.blockSize);
    b.set(c.buf.subarray(0, c.len));
    b[c.len] ^= c.pad;
    b[c.blockSize - 1] ^= 0x80;
    c.absorb(b, 0);
    const out = new Uint8Array(n);
    let o = 0;
    for (;;) {
      for (let i = 0; i < c.blockSize && o < n; i++, o++) out[o] = (c.s[i >> 2]! >>> (8 * (i & 3))) & 0xff;
      if (o >= n) break;
      keccakF(c.s);
    }
    return out;
  }
  digest(): Uint8Array {
    return this.squeeze(this.digestSize);
  }
  copy(): Hasher {
    const c = new Keccak(this.name, this.blockSize, this.digestSize, this.pad);
    c.s.set(this.s);
    c.buf.set(this.buf);
    c.len = this.len;
    return c;
  }
}

export function newSha3(name: string): Keccak | null {
  switch (name) {
    case "sha3_224": return new Keccak(name, 144, 28, 0x06);
    case "sha3_256": return new Keccak(name, 136, 32, 0x06);
    case "sha3_384": return new Keccak(name, 104, 48, 0x06);
    case "sha3_512": return new Keccak(name, 72, 64, 0x06);
    case "shake_128": return new Keccak(name, 168, 0, 0x1f);
    case "shake_256": return new Keccak(name, 136, 0, 0x1f);
    default: return null;
  }
}

// ---- BLAKE2 -----------------------------------------------------------------------------------------

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4], [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13], [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11], [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5], [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const IV32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const IV64 = ["6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1", "510e527fade682d1", "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179"];

export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

/** BLAKE2b (big = true, 64-bit words) or BLAKE2s (32-bit words). */
export class Blake2 implements Hasher {
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  private h: Uint32Array; // BLAKE2b: 16 words (lo, hi pairs); BLAKE2s: 8 words
  private buf: Uint8Array;
  private len = 0;
  private t = 0n;
  constructor(private readonly big: boolean, private readonly p: Blake2Params, init = true) {
    this.name = big ? "blake2b" : "blake2s";
    this.digestSize = p.digestSize;
    this.blockSize = big ? 128 : 64;
    this.buf = new Uint8Array(this.blockSize);
    this.h = new Uint32Array(big ? 16 : 8);
    if (!init) return;
    // parameter block
    const pb = new Uint8Array(big ? 64 : 32);
    pb[0] = p.digestSize;
    pb[1] = p.key.length;
    pb[2] = p.fanout;
    pb[3] = p.depth;
    for (let k = 0; k < 4; k++) pb[4 + k] = (p.leafSize >>> (8 * k)) & 0xff;
    const offBytes = big ? 8 : 6;
    for (let k = 0; k < offBytes; k++) pb[8 + k] = Number((p.nodeOffset >> BigInt(8 * k)) & 0xffn);
    pb[big ? 16 : 14] = p.nodeDepth;
    pb[big ? 17 : 15] = p.innerSize;
    pb.set(p.salt, big ? 32 : 16);
    pb.set(p.person, big ? 48 : 24);
    for (let i = 0; i < this.h.length; i++) {
      const word = pb[4 * i]! | (pb[4 * i + 1]! << 8) | (pb[4 * i + 2]! << 16) | (pb[4 * i + 3]! << 24);
      const iv = big ? parseInt(i % 2 === 0 ? IV64[i >> 1]!.slice(8) : IV64[i >> 1]!.slice(0, 8), 16) : IV32[i]!;
      this.h[i] = (iv ^ word) >>> 0;
    }
    if (p.key.length > 0) {
      const kb = new Uint8Array(this.blockSize);
      kb.set(p.key);
      this.update(kb);
    }
  }
  private compress(b: Uint8Array, off: number, last: boolean): void {
    if (this.big) this.compress64(b, off, last);
    else this.compress32(b, off, last);
  }
  private compress32(b: Uint8Array, off: number, last: boolean): void {
    const v = new Uint32Array(16), m = new Uint32Array(16);
    for (let i = 0; i < 16; i++) m[i] = b[off + 4 * i]! | (b[off + 4 * i + 1]! << 8) | (b[off + 4 * i + 2]! << 16) | (b[off + 4 * i + 3]! << 24);
    for (let i = 0; i < 8; i++) {
      v[i] = this.h[i]!;
      v[i + 8] = IV32[i]!;
    }
    v[12] ^= Number(this.t & 0xffffffffn);
    v[13] ^= Number((this.t >> 32n) & 0xffffffffn);
    if (last) {
      v[14] ^= 0xffffffff;
      if (this.p.lastNode) v[15] ^= 0xffffffff;
    }
    const G = (a: number, bb: number, c: number, d: number, x: number, y: number) => {
      v[a] = v[a]! + v[bb]! + x;
      let t = v[d]! ^ v[a]!;
      v[d] = (t >>> 16) | (t << 16);
      v[c] = v[c]! + v[d]!;
      t = v[bb]! ^ v[c]!;
      v[bb] = (t >>> 12) | (t << 20);
      v[a] = v[a]! + v[bb]! + y;
      t = v[d]! ^ v[a]!;
      v[d] = (t >>> 8) | (t << 24);
      v[c] = v[c]! + v[d]!;
      t = v[bb]! ^ v[c]!;
      v[bb] = (t >>> 7) | (t << 25);
    };
    for (let r = 0; r < 10; r++) {
      const s = SIGMA[r]!;
      G(0, 4, 8, 12, m[s[0]!]!, m[s[1]!]!);
      G(1, 5, 9, 13, m[s[2]!]!, m[s[3]!]!);
      G(2, 6, 10, 14, m[s[4]!]!, m[s[5]!]!);
      G(3, 7, 11, 15, m[s[6]!]!, m[s[7]!]!);
      G(0, 5, 10, 15, m[s[8]!]!, m[s[9]!]!);
      G(1, 6, 11, 12, m[s[10]!]!, m[s[11]!]!);
      G(2, 7, 8, 13, m[s[12]!]!, m[s[13]!]!);
      G(3, 4, 9, 14, m[s[14]!]!, m[s[15]!]!);
    }
    for (let i = 0; i < 8; i++) this.h[i] = this.h[i]! ^ v[i]! ^ v[i + 8]!;
  }
  private compress64(b: Uint8Array, off: number, last: boolean): void {
    // v and m as (lo, hi) pairs
    const v = new Uint32Array(32), m = new Uint32Array(32);
    for (let i = 0; i < 32; i++) m[i] = b[off + 4 * i]! | (b[off + 4 * i + 1]! << 8) | (b[off + 4 * i + 2]! << 16) | (b[off + 4 * i + 3]! << 24);
    for (let i = 0; i < 16; i++) v[i] = this.h[i]!;
    for (let i = 0; i < 8; i++) {
      v[16 + 2 * i] = parseInt(IV64[i]!.slice(8), 16);
      v[16 + 2 * i + 1] = parseInt(IV64[i]!.slice(0, 8), 16);
    }
    v[24] ^= Number(this.t & 0xffffffffn);
    v[25] ^= Number((this.t >> 32n) & 0xffffffffn);
    v[26] ^= Number((this.t >> 64n) & 0xffffffffn);
    v[27] ^= Number((this.t >> 96n) & 0xffffffffn);
    if (last) {
      v[28] ^= 0xffffffff;
      v[29] ^= 0xffffffff;
      if (this.p.lastNode) {
        v[30] ^= 0xffffffff;
        v[31] ^= 0xffffffff;
      }
    }
    const add = (a: number, bl: number, bh: number) => {
      const lo = v[2 * a]! + bl;
      v[2 * a + 1] = v[2 * a + 1]! + bh + (lo > 0xffffffff ? 1 : 0);
      v[2 * a] = lo;
    };
    const xorRot = (d: number, a: number, r: number) => {
      const xl = v[2 * d]! ^ v[2 * a]!, xh = v[2 * d + 1]! ^ v[2 * a + 1]!;
      if (r === 32) {
        v[2 * d] = xh;
        v[2 * d + 1] = xl;
      } else if (r < 32) {
        v[2 * d] = (xl >>> r) | (xh << (32 - r));
        v[2 * d + 1] = (xh >>> r) | (xl << (32 - r));
      } else {
        const q = r - 32;
        v[2 * d] = (xh >>> q) | (xl << (32 - q));
        v[2 * d + 1] = (xl >>> q) | (xh << (32 - q));
      }
    };
    const G = (a: number, bb: number, c: number, d: number, x: number, y: number) => {
      add(a, v[2 * bb]!, v[2 * bb + 1]!);
      add(a, m[2 * x]!, m[2 * x + 1]!);
      xorRot(d, a, 32);
      add(c, v[2 * d]!, v[2 * d + 1]!);
      xorRot(bb, c, 24);
      add(a, v[2 * bb]!, v[2 * bb + 1]!);
      add(a, m[2 * y]!, m[2 * y + 1]!);
      xorRot(d, a, 16);
      add(c, v[2 * d]!, v[2 * d + 1]!);
      xorRot(bb, c, 63);
    };
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10]!;
      G(0, 4, 8, 12, s[0]!, s[1]!);
      G(1, 5, 9, 13, s[2]!, s[3]!);
      G(2, 6, 10, 14, s[4]!, s[5]!);
      G(3, 7, 11, 15, s[6]!, s[7]!);
      G(0, 5, 10, 15, s[8]!, s[9]!);
      G(1, 6, 11, 12, s[10]!, s[11]!);
      G(2, 7, 8, 13, s[12]!, s[13]!);
      G(3, 4, 9, 14, s[14]!, s[15]!);
    }
    for (let i = 0; i < 16; i++) this.h[i] = this.h[i]! ^ v[i]! ^ v[i + 16]!;
  }
  update(data: Uint8Array): void {
    let i = 0;
    const bs = this.blockSize;
    while (i < data.length) {
      if (this.len === bs) {
        // a full buffered block is compressed only once more data arrives (the last block is special)
        this.t += BigInt(bs);
        this.compress(this.buf, 0, false);
        this.len = 0;
      }
      const take = Math.min(bs - this.len, data.length - i);
      this.buf.set(data.subarray(i, i + take), this.len);
      this.len += take;
      i += take;
    }
  }
  digest(): Uint8Array {
    const c = this.copy() as Blake2;
    c.t += BigInt(c.len);
    c.buf.fill(0, c.len);
    c.compress(c.buf, 0, true);
    const out = new Uint8Array(c.h.length * 4);
    for (let i = 0; i < c.h.length; i++) for (let k = 0; k < 4; k++) out[4 * i + k] = (c.h[i]! >>> (8 * k)) & 0xff;
    return out.slice(0, c.digestSize);
  }
  copy(): Hasher {
    const c = new Blake2(this.big, this.p, false);
    c.h.set(this.h);
    c.buf.set(this.buf);
    c.len = this.len;
    c.t = this.t;
    return c;
  }
}
