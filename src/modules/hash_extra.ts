/**
 * The further digests OpenSSL offers through hashlib.new() on this platform: RIPEMD-160, SM3
 * (GB/T 32905) and "md5-sha1" (the MD5 and SHA-1 digests concatenated, as TLS 1.0 used).
 */
import type { Hasher } from "./hash_digests.ts";
import { MD5, SHA1 } from "./hash_digests.ts";

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** Common Merkle-Damgard buffering with 64-byte blocks and a 64-bit length. */
abstract class Block64 implements Hasher {
  abstract readonly name: string;
  abstract readonly digestSize: number;
  readonly blockSize = 64;
  protected buf = new Uint8Array(64);
  protected len = 0;
  protected total = 0;
  protected abstract block(b: Uint8Array, off: number): void;
  protected abstract out(): Uint8Array;
  abstract copy(): Hasher;
  constructor(private readonly little: boolean) {}
  protected copyState<T extends Block64>(c: T): T {
    c.buf.set(this.buf);
    c.len = this.len;
    c.total = this.total;
    return c;
  }
  update(d: Uint8Array): void {
    this.total += d.length;
    let i = 0;
    while (i < d.length) {
      const take = Math.min(64 - this.len, d.length - i);
      this.buf.set(d.subarray(i, i + take), this.len);
      this.len += take;
      i += take;
      if (this.len === 64) {
        this.block(this.buf, 0);
        this.len = 0;
      }
    }
  }
  digest(): Uint8Array {
    const c = this.copy() as Block64;
    const bits = c.total * 8;
    const padLen = ((55 - c.len) % 64 + 64) % 64;
    const p = new Uint8Array(1 + padLen + 8);
    p[0] = 0x80;
    const lo = bits >>> 0, hi = Math.floor(bits / 4294967296);
    for (let k = 0; k < 4; k++) {
      if (c.little) {
        p[1 + padLen + k] = (lo >>> (8 * k)) & 0xff;
        p[5 + padLen + k] = (hi >>> (8 * k)) & 0xff;
      } else {
        p[p.length - 1 - k] = (lo >>> (8 * k)) & 0xff;
        p[p.length - 5 - k] = (hi >>> (8 * k)) & 0xff;
      }
    }
    const t = c.total;
    c.update(p);
    c.total = t;
    return c.out();
  }
}

// ---- RIPEMD-160 ---------------------------------------------------------------------------------

const RL = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8, 3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12, 1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2, 4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13];
const RR = [5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2, 15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14, 12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11];
const SL = [11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12, 11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12, 9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6];
const SR = [8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11, 9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8, 8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11];
const KL = [0x00000000, 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc | 0, 0xa953fd4e | 0];
const KR = [0x50a28be6, 0x5c4dd124, 0x6d703ef3, 0x7a6d76e9, 0x00000000];
function rmdF(j: number, x: number, y: number, z: number): number {
  switch (j >> 4) {
    case 0: return x ^ y ^ z;
    case 1: return (x & y) | (~x & z);
    case 2: return (x | ~y) ^ z;
    case 3: return (x & z) | (y & ~z);
    default: return x ^ (y | ~z);
  }
}
export class RIPEMD160 extends Block64 {
  readonly name = "ripemd160";
  readonly digestSize = 20;
  private h = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0]);
  private x = new Int32Array(16);
  constructor() {
    super(true);
  }
  protected block(b: Uint8Array, off: number): void {
    const X = this.x;
    for (let i = 0; i < 16; i++) X[i] = b[off + 4 * i]! | (b[off + 4 * i + 1]! << 8) | (b[off + 4 * i + 2]! << 16) | (b[off + 4 * i + 3]! << 24);
    const h = this.h;
    let al = h[0]!, bl = h[1]!, cl = h[2]!, dl = h[3]!, el = h[4]!;
    let ar = al, br = bl, cr = cl, dr = dl, er = el;
    for (let j = 0; j < 80; j++) {
      let t = (rotl((al + rmdF(j, bl, cl, dl) + X[RL[j]!]! + KL[j >> 4]!) | 0, SL[j]!) + el) | 0;
      al = el; el = dl; dl = rotl(cl, 10); cl = bl; bl = t;
      t = (rotl((ar + rmdF(79 - j, br, cr, dr) + X[RR[j]!]! + KR[j >> 4]!) | 0, SR[j]!) + er) | 0;
      ar = er; er = dr; dr = rotl(cr, 10); cr = br; br = t;
    }
    const t = (h[1]! + cl + dr) | 0;
    h[1] = (h[2]! + dl + er) | 0;
    h[2] = (h[3]! + el + ar) | 0;
    h[3] = (h[4]! + al + br) | 0;
    h[4] = (h[0]! + bl + cr) | 0;
    h[0] = t;
  }
  protected out(): Uint8Array {
    const o = new Uint8Array(20);
    for (let i = 0; i < 5; i++) for (let k = 0; k < 4; k++) o[4 * i + k] = (this.h[i]! >>> (8 * k)) & 0xff;
    return o;
  }
  copy(): Hasher {
    const c = this.copyState(new RIPEMD160());
    c.h.set(this.h);
    return c;
  }
}

// ---- SM3 --------------------------------------------------------------------------------------------

export class SM3 extends Block64 {
  readonly name = "sm3";
  readonly digestSize = 32;
  private v = new Int32Array([0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600 | 0, 0xa96f30bc | 0, 0x163138aa, 0xe38dee4d | 0, 0xb0fb0e4e | 0]);
  private w = new Int32Array(68);
  constructor() {
    super(false);
  }
  protected block(b: Uint8Array, off: number): void {
    const W = this.w;
    for (let i = 0; i < 16; i++) W[i] = (b[off + 4 * i]! << 24) | (b[off + 4 * i + 1]! << 16) | (b[off + 4 * i + 2]! << 8) | b[off + 4 * i + 3]!;
    const P1 = (x: number) => x ^ rotl(x, 15) ^ rotl(x, 23);
    for (let j = 16; j < 68; j++) W[j] = P1(W[j - 16]! ^ W[j - 9]! ^ rotl(W[j - 3]!, 15)) ^ rotl(W[j - 13]!, 7) ^ W[j - 6]!;
    const V = this.v;
    let A = V[0]!, B = V[1]!, C = V[2]!, D = V[3]!, Ee = V[4]!, F = V[5]!, G = V[6]!, Hh = V[7]!;
    for (let j = 0; j < 64; j++) {
      const T = j < 16 ? 0x79cc4519 : 0x7a879d8a;
      const a12 = rotl(A, 12);
      const SS1 = rotl((a12 + Ee + rotl(T, j % 32)) | 0, 7);
      const SS2 = SS1 ^ a12;
      const FF = j < 16 ? A ^ B ^ C : (A & B) | (A & C) | (B & C);
      const GG = j < 16 ? Ee ^ F ^ G : (Ee & F) | (~Ee & G);
      const TT1 = (FF + D + SS2 + (W[j]! ^ W[j + 4]!)) | 0;
      const TT2 = (GG + Hh + SS1 + W[j]!) | 0;
      D = C;
      C = rotl(B, 9);
      B = A;
      A = TT1;
      Hh = G;
      G = rotl(F, 19);
      F = Ee;
      Ee = TT2 ^ rotl(TT2, 9) ^ rotl(TT2, 17);
    }
    V[0] ^= A; V[1] ^= B; V[2] ^= C; V[3] ^= D; V[4] ^= Ee; V[5] ^= F; V[6] ^= G; V[7] ^= Hh;
  }
  protected out(): Uint8Array {
    const o = new Uint8Array(32);
    for (let i = 0; i < 8; i++) for (let k = 0; k < 4; k++) o[4 * i + k] = (this.v[i]! >>> (24 - 8 * k)) & 0xff;
    return o;
  }
  copy(): Hasher {
    const c = this.copyState(new SM3());
    c.v.set(this.v);
    return c;
  }
}

// ---- md5-sha1 ----------------------------------------------------------------------------------------

export class MD5SHA1 implements Hasher {
  readonly name = "md5-sha1";
  readonly digestSize = 36;
  readonly blockSize = 64;
  constructor(private md5: Hasher = new MD5(), private sha1: Hasher = new SHA1()) {}
  update(d: Uint8Array): void {
    this.md5.update(d);
    this.sha1.update(d);
  }
  digest(): Uint8Array {
    const o = new Uint8Array(36);
    o.set(this.md5.digest());
    o.set(this.sha1.digest(), 16);
    return o;
  }
  copy(): Hasher {
    return new MD5SHA1(this.md5.copy(), this.sha1.copy());
  }
}

export function newExtraHasher(name: string): Hasher | null {
  switch (name) {
    case "ripemd160": return new RIPEMD160();
    case "sm3": return new SM3();
    case "md5-sha1": return new MD5SHA1();
    default: return null;
  }
}
