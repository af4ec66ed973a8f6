/**
 * Message digests in pure TypeScript: MD5 (RFC 1321), SHA-1, SHA-224/256, SHA-384/512
 * (FIPS 180-4). Each is an incremental hasher with update / digest (non-destructive: works on
 * a copy of the state) / copy, processing 64- or 128-byte blocks. 64-bit SHA-512 words are
 * kept as (hi, lo) pairs of 32-bit integers.
 */

export interface Hasher {
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  update(data: Uint8Array): void;
  digest(): Uint8Array;
  copy(): Hasher;
}

/** Shared buffering for block hashes: `block(buf, off)` consumes one block. */
abstract class BlockHasher implements Hasher {
  abstract readonly name: string;
  abstract readonly digestSize: number;
  readonly blockSize: number;
  protected buf: Uint8Array;
  protected bufLen = 0;
  protected total = 0; // bytes hashed so far (exact below 2**53)
  constructor(blockSize: number) {
    this.blockSize = blockSize;
    this.buf = new Uint8Array(blockSize);
  }
  protected abstract block(b: Uint8Array, off: number): void;
  protected abstract finish(): Uint8Array;
  abstract copy(): Hasher;
  protected copyInto<T extends BlockHasher>(h: T): T {
    h.buf.set(this.buf);
    h.bufLen = this.bufLen;
    h.total = this.total;
    return h;
  }
  update(data: Uint8Array): void {
    let i = 0;
    const n = data.length;
    this.total += n;
    const bs = this.blockSize;
    if (this.bufLen > 0) {
      const take = Math.min(bs - this.bufLen, n);
      this.buf.set(data.subarray(0, take), this.bufLen);
      this.bufLen += take;
      i = take;
      if (this.bufLen < bs) return;
      this.block(this.buf, 0);
      this.bufLen = 0;
    }
    for (; i + bs <= n; i += bs) this.block(data, i);
    if (i < n) {
      this.buf.set(data.subarray(i), 0);
      this.bufLen = n - i;
    }
  }
  digest(): Uint8Array {
    return (this.copy() as BlockHasher).finish();
  }
  /** Append the padding: 0x80, zeros, then the bit length (lenBytes bytes, big or little endian). */
  protected pad(lenBytes: number, little: boolean): void {
    const bits = this.total * 8;
    const bs = this.blockSize;
    let padLen = bs - ((this.bufLen + 1 + lenBytes) % bs);
    if (padLen === bs) padLen = 0;
    const p = new Uint8Array(1 + padLen + lenBytes);
    p[0] = 0x80;
    const hi = Math.floor(bits / 4294967296), lo = bits >>> 0;
    const L = p.length;
    for (let k = 0; k < 4; k++) {
      if (little) {
        p[L - lenBytes + k] = (lo >>> (8 * k)) & 0xff;
        p[L - lenBytes + 4 + k] = (hi >>> (8 * k)) & 0xff;
      } else {
        p[L - 1 - k] = (lo >>> (8 * k)) & 0xff;
        p[L - 5 - k] = (hi >>> (8 * k)) & 0xff;
      }
    }
    const saved = this.total;
    this.update(p);
    this.total = saved;
  }
}

// ---- MD5 -------------------------------------------------------------------------------------------

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = new Int32Array(64);
for (let i = 0; i < 64; i++) MD5_K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;

export class MD5 extends BlockHasher {
  readonly name = "md5";
  readonly digestSize = 16;
  private h = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  private w = new Int32Array(16);
  constructor() {
    super(64);
  }
  protected block(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) w[i] = b[off + 4 * i]! | (b[off + 4 * i + 1]! << 8) | (b[off + 4 * i + 2]! << 16) | (b[off + 4 * i + 3]! << 24);
    let a = this.h[0]!, bb = this.h[1]!, c = this.h[2]!, d = this.h[3]!;
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      const r = i >> 4;
      if (r === 0) {
        f = (bb & c) | (~bb & d);
        g = i;
      } else if (r === 1) {
        f = (d & bb) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (r === 2) {
        f = bb ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (bb | ~d);
        g = (7 * i) & 15;
      }
      const s = MD5_S[(r << 2) | (i & 3)]!;
      const t = (a + f + MD5_K[i]! + w[g]!) | 0;
      a = d;
      d = c;
      c = bb;
      bb = (bb + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    this.h[0] = (this.h[0]! + a) | 0;
    this.h[1] = (this.h[1]! + bb) | 0;
    this.h[2] = (this.h[2]! + c) | 0;
    this.h[3] = (this.h[3]! + d) | 0;
  }
  protected finish(): Uint8Array {
    this.pad(8, true);
    const out = new Uint8Array(16);
    for (let i = 0; i < 4; i++) for (let k = 0; k < 4; k++) out[4 * i + k] = (this.h[i]! >>> (8 * k)) & 0xff;
    return out;
  }
  copy(): MD5 {
    const c = this.copyInto(new MD5());
    c.h.set(this.h);
    return c;
  }
}

// ---- SHA-1 -----------------------------------------------------------------------------------------

export class SHA1 extends BlockHasher {
  readonly name = "sha1";
  readonly digestSize = 20;
  private h = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0]);
  private w = new Int32Array(80);
  constructor() {
    super(64);
  }
  protected block(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) w[i] = (b[off + 4 * i]! << 24) | (b[off + 4 * i + 1]! << 16) | (b[off + 4 * i + 2]! << 8) | b[off + 4 * i + 3]!;
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = this.h[0]!, bb = this.h[1]!, c = this.h[2]!, d = this.h[3]!, e = this.h[4]!;
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) {
        f = (bb & c) | (~bb & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = bb ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (bb & c) | (bb & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = bb ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]!) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = t;
    }
    this.h[0] = (this.h[0]! + a) | 0;
    this.h[1] = (this.h[1]! + bb) | 0;
    this.h[2] = (this.h[2]! + c) | 0;
    this.h[3] = (this.h[3]! + d) | 0;
    this.h[4] = (this.h[4]! + e) | 0;
  }
  protected finish(): Uint8Array {
    this.pad(8, false);
    return bigEndianWords(this.h, 5);
  }
  copy(): SHA1 {
    const c = this.copyInto(new SHA1());
    c.h.set(this.h);
    return c;
  }
}
function bigEndianWords(h: Int32Array, n: number): Uint8Array {
  const out = new Uint8Array(4 * n);
  for (let i = 0; i < n; i++) {
    out[4 * i] = h[i]! >>> 24;
    out[4 * i + 1] = (h[i]! >>> 16) & 0xff;
    out[4 * i + 2] = (h[i]! >>> 8) & 0xff;
    out[4 * i + 3] = h[i]! & 0xff;
  }
  return out;
}

// ---- SHA-224 / SHA-256 ---------------------------------------------------------------------------------

const K256 = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

export class SHA256 extends BlockHasher {
  readonly name: string;
  readonly digestSize: number;
  private h: Int32Array;
  private w = new Int32Array(64);
  constructor(is224 = false) {
    super(64);
    this.name = is224 ? "sha224" : "sha256";
    this.digestSize = is224 ? 28 : 32;
    this.h = is224
      ? new Int32Array([0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4])
      : new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  }
  protected block(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) w[i] = (b[off + 4 * i]! << 24) | (b[off + 4 * i + 1]! << 16) | (b[off + 4 * i + 2]! << 8) | b[off + 4 * i + 3]!;
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!, y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    const h = this.h;
    let a = h[0]!, bb = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K256[i]! + w[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & bb) ^ (a & c) ^ (bb & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + bb) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + hh) | 0;
  }
  protected finish(): Uint8Array {
    this.pad(8, false);
    return bigEndianWords(this.h, this.digestSize / 4);
  }
  copy(): SHA256 {
    const c = this.copyInto(new SHA256(this.digestSize === 28));
    c.h.set(this.h);
    return c;
  }
}

// ---- SHA-384 / SHA-512 (64-bit words as hi/lo 32-bit halves) -----------------------------------------

const K512 = [
  "428a2f98d728ae22", "7137449123ef65cd", "b5c0fbcfec4d3b2f", "e9b5dba58189dbbc", "3956c25bf348b538", "59f111f1b605d019",
  "923f82a4af194f9b", "ab1c5ed5da6d8118", "d807aa98a3030242", "12835b0145706fbe", "243185be4ee4b28c", "550c7dc3d5ffb4e2",
  "72be5d74f27b896f", "80deb1fe3b1696b1", "9bdc06a725c71235", "c19bf174cf692694", "e49b69c19ef14ad2", "efbe4786384f25e3",
  "0fc19dc68b8cd5b5", "240ca1cc77ac9c65", "2de92c6f592b0275", "4a7484aa6ea6e483", "5cb0a9dcbd41fbd4", "76f988da831153b5",
  "983e5152ee66dfab", "a831c66d2db43210", "b00327c898fb213f", "bf597fc7beef0ee4", "c6e00bf33da88fc2", "d5a79147930aa725",
  "06ca6351e003826f", "142929670a0e6e70", "27b70a8546d22ffc", "2e1b21385c26c926", "4d2c6dfc5ac42aed", "53380d139d95b3df",
  "650a73548baf63de", "766a0abb3c77b2a8", "81c2c92e47edaee6", "92722c851482353b", "a2bfe8a14cf10364", "a81a664bbc423001",
  "c24b8b70d0f89791", "c76c51a30654be30", "d192e819d6ef5218", "d69906245565a910", "f40e35855771202a", "106aa07032bbd1b8",
  "19a4c116b8d2d0c8", "1e376c085141ab53", "2748774cdf8eeb99", "34b0bcb5e19b48a8", "391c0cb3c5c95a63", "4ed8aa4ae3418acb",
  "5b9cca4f7763e373", "682e6ff3d6b2b8a3", "748f82ee5defb2fc", "78a5636f43172f60", "84c87814a1f0ab72", "8cc702081a6439ec",
  "90befffa23631e28", "a4506cebde82bde9", "bef9a3f7b2c67915", "c67178f2e372532b", "ca273eceea26619c", "d186b8c721c0c207",
  "eada7dd6cde0eb1e", "f57d4f7fee6ed178", "06f067aa72176fba", "0a637dc5a2c898a6", "113f9804bef90dae", "1b710b35131c471b",
  "28db77f523047d84", "32caab7b40c72493", "3c9ebe0a15c9bebc", "431d67c49c100d4c", "4cc5d4becb3e42b6", "597f299cfc657e2a",
  "5fcb6fab3ad6faec", "6c44198c4a475817",
];
const K512H = new Int32Array(80), K512L = new Int32Array(80);
for (let i = 0; i < 80; i++) {
  K512H[i] = parseInt(K512[i]!.slice(0, 8), 16) | 0;
  K512L[i] = parseInt(K512[i]!.slice(8), 16) | 0;
}
const IV512 = ["6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1", "510e527fade682d1", "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179"];
const IV512_224 = ["8c3d37c819544da2", "73e1996689dcd4d6", "1dfab7ae32ff9c82", "679dd514582f9fcf", "0f6d2b697bd44da8", "77e36f7304c48942", "3f9d85a86a1d36c8", "1112e6ad91d692a1"];
const IV512_256 = ["22312194fc2bf72c", "9f555fa3c84c64c2", "2393b86b6f53b151", "963877195940eabd", "96283ee2a88effe3", "be5e1e2553863992", "2b0199fc2c85b8aa", "0eb72ddc81c52ca2"];
const IV384 = ["cbbb9d5dc1059ed8", "629a292a367cd507", "9159015a3070dd17", "152fecd8f70e5939", "67332667ffc00b31", "8eb44a8768581511", "db0c2e0d64f98fa7", "47b5481dbefa4fa4"];

export class SHA512 extends BlockHasher {
  readonly name: string;
  readonly digestSize: number;
  private hh = new Int32Array(8);
  private hl = new Int32Array(8);
  private wh = new Int32Array(80);
  private wl = new Int32Array(80);
  constructor(variant: boolean | "sha512_224" | "sha512_256" = false) {
    super(128);
    const is384 = variant === true;
    this.name = variant === "sha512_224" || variant === "sha512_256" ? variant : is384 ? "sha384" : "sha512";
    this.digestSize = variant === "sha512_224" ? 28 : variant === "sha512_256" ? 32 : is384 ? 48 : 64;
    const iv = variant === "sha512_224" ? IV512_224 : variant === "sha512_256" ? IV512_256 : is384 ? IV384 : IV512;
    for (let i = 0; i < 8; i++) {
      this.hh[i] = parseInt(iv[i]!.slice(0, 8), 16) | 0;
      this.hl[i] = parseInt(iv[i]!.slice(8), 16) | 0;
    }
  }
  protected block(b: Uint8Array, off: number): void {
    const wh = this.wh, wl = this.wl;
    for (let i = 0; i < 16; i++) {
      const o = off + 8 * i;
      wh[i] = (b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!;
      wl[i] = (b[o + 4]! << 24) | (b[o + 5]! << 16) | (b[o + 6]! << 8) | b[o + 7]!;
    }
    for (let i = 16; i < 80; i++) {
      // s0 = rotr1 ^ rotr8 ^ shr7 of w[i-15]; s1 = rotr19 ^ rotr61 ^ shr6 of w[i-2]
      let xh = wh[i - 15]!, xl = wl[i - 15]!;
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      xh = wh[i - 2]!;
      xl = wl[i - 2]!;
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      let lo = (wl[i - 16]! >>> 0) + (s0l >>> 0) + (wl[i - 7]! >>> 0) + (s1l >>> 0);
      const hi = wh[i - 16]! + s0h + wh[i - 7]! + s1h + Math.floor(lo / 4294967296);
      lo = lo >>> 0;
      wh[i] = hi | 0;
      wl[i] = lo | 0;
    }
    const H = this.hh, L = this.hl;
    let ah = H[0]!, al = L[0]!, bh = H[1]!, bl = L[1]!, ch = H[2]!, cl = L[2]!, dh = H[3]!, dl = L[3]!;
    let eh = H[4]!, el = L[4]!, fh = H[5]!, fl = L[5]!, gh = H[6]!, gl = L[6]!, hh = H[7]!, hl = L[7]!;
    for (let i = 0; i < 80; i++) {
      // S1 = rotr14 ^ rotr18 ^ rotr41 of e
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh), chl = (el & fl) ^ (~el & gl);
      let t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K512L[i]! >>> 0) + (wl[i]! >>> 0);
      let t1h = hh + S1h + chh + K512H[i]! + wh[i]! + Math.floor(t1l / 4294967296);
      t1l >>>= 0;
      t1h |= 0;
      // S0 = rotr28 ^ rotr34 ^ rotr39 of a
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const mh = (ah & bh) ^ (ah & ch) ^ (bh & ch), ml = (al & bl) ^ (al & cl) ^ (bl & cl);
      let t2l = (S0l >>> 0) + (ml >>> 0);
      const t2h = (S0h + mh + Math.floor(t2l / 4294967296)) | 0;
      t2l >>>= 0;
      hh = gh; hl = gl;
      gh = fh; gl = fl;
      fh = eh; fl = el;
      let nl = (dl >>> 0) + t1l;
      eh = (dh + t1h + Math.floor(nl / 4294967296)) | 0;
      el = nl | 0;
      dh = ch; dl = cl;
      ch = bh; cl = bl;
      bh = ah; bl = al;
      nl = t1l + t2l;
      ah = (t1h + t2h + Math.floor(nl / 4294967296)) | 0;
      al = nl | 0;
    }
    const add = (i: number, xh: number, xl: number) => {
      const l = (L[i]! >>> 0) + (xl >>> 0);
      H[i] = (H[i]! + xh + Math.floor(l / 4294967296)) | 0;
      L[i] = l | 0;
    };
    add(0, ah, al); add(1, bh, bl); add(2, ch, cl); add(3, dh, dl);
    add(4, eh, el); add(5, fh, fl); add(6, gh, gl); add(7, hh, hl);
  }
  protected finish(): Uint8Array {
    this.pad(16, false);
    const out = new Uint8Array(64);
    for (let i = 0; i < 8; i++) {
      const h = this.hh[i]!, l = this.hl[i]!;
      for (let k = 0; k < 4; k++) {
        out[8 * i + k] = (h >>> (24 - 8 * k)) & 0xff;
        out[8 * i + 4 + k] = (l >>> (24 - 8 * k)) & 0xff;
      }
    }
    return out.slice(0, this.digestSize);
  }
  copy(): SHA512 {
    const v = this.name === "sha512_224" || this.name === "sha512_256" ? this.name : this.digestSize === 48;
    const c = this.copyInto(new SHA512(v));
    c.hh.set(this.hh);
    c.hl.set(this.hl);
    return c;
  }
}

export function newHasher(name: string): Hasher | null {
  switch (name) {
    case "md5": return new MD5();
    case "sha1": return new SHA1();
    case "sha224": return new SHA256(true);
    case "sha256": return new SHA256(false);
    case "sha384": return new SHA512(true);
    case "sha512": return new SHA512(false);
    case "sha512_224": return new SHA512("sha512_224");
    case "sha512_256": return new SHA512("sha512_256");
    default: return null;
  }
}
