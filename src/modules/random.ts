/**
 * The `_random` builtin module: _random.Random, the Mersenne Twister MT19937 with CPython's
 * exact seeding (init_by_array over the 32-bit words of abs(n), little-endian; hash(x) for
 * objects that are not ints; OS randomness for None), random() from two draws (53 bits),
 * getrandbits(k) for any k, getstate()/setstate() as a 625-tuple (624 words + index).
 * lib/random.py subclasses Random and maps str/bytes seeds to ints before calling seed().
 */
import { PyObject, PyType, TPFlags, Meth } from "../objects/object.ts";
import { TypeType, ObjectType, None } from "../objects/types.ts";
import { PyInt, newIntAny, newInt } from "../objects/int.ts";
import { newFloat } from "../objects/float.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { readyType } from "../objects/typeobject.ts";
import { hashOf } from "../objects/abstract.ts";
import { typeError, valueError, overflowError } from "../objects/errors.ts";
import { kwCount } from "../objects/args.ts";
import { host } from "../host/host.ts";
import { buildModule, indexValue, type ModDef } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

const N = 624, MMID = 397;
const MATRIX_A = 0x9908b0df, UPPER = 0x80000000, LOWER = 0x7fffffff;

export class MT {
  readonly mt = new Uint32Array(N);
  index = 0;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      // 1812433253 * prev + i, modulo 2**32 (split the multiply to stay exact)
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }
  initByArray(key: Uint32Array): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    const klen = key.length;
    for (let k = N > klen ? N : klen; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= klen) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.index = N;
  }
  genrand(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - MMID; kk++) {
        const y = (mt[kk]! & UPPER) | (mt[kk + 1]! & LOWER);
        mt[kk] = mt[kk + MMID]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk]! & UPPER) | (mt[kk + 1]! & LOWER);
        mt[kk] = mt[kk + (MMID - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1]! & UPPER) | (mt[0]! & LOWER);
      mt[N - 1] = mt[MMID - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
  random(): number {
    const a = this.genrand() >>> 5, b = this.genrand() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
  /** k >= 0 random bits as a non-negative integer. */
  getrandbits(k: number): number | bigint {
    if (k === 0) return 0;
    if (k <= 32) return this.genrand() >>> (32 - k);
    const words = ((k - 1) >> 5) + 1;
    // words come least significant first; the number is built once from their hex digits
    // (shifting each word into a growing bigint would be quadratic)
    const hex: string[] = new Array(words);
    let left = k;
    for (let i = 0; i < words; i++, left -= 32) {
      let w = this.genrand();
      if (left < 32) w >>>= 32 - left;
      hex[words - 1 - i] = w.toString(16).padStart(8, "0");
    }
    const r = BigInt("0x" + hex.join(""));
    return r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
  }
  /** seed from a non-negative integer: its 32-bit words, least significant first. */
  seedInt(n: bigint): void {
    const words: number[] = [];
    while (n > 0n) {
      words.push(Number(n & 0xffffffffn));
      n >>= 32n;
    }
    if (words.length === 0) words.push(0);
    this.initByArray(Uint32Array.from(words));
  }
  seedRandom(): void {
    const b = host().randomBytes(N * 4);
    const key = new Uint32Array(N);
    for (let i = 0; i < N; i++) key[i] = (b[4 * i]! | (b[4 * i + 1]! << 8) | (b[4 * i + 2]! << 16) | (b[4 * i + 3]! << 24)) >>> 0;
    this.initByArray(key);
  }
}

export class PyRandom extends PyObject {
  declare gen: MT;
  constructor(t: PyType) {
    super(t);
    this.gen = new MT();
  }
}

export const RandomType = new PyType(TypeType, "_random.Random", ObjectType, TPFlags.BASETYPE);

function self(o: PyObject): MT {
  if (!(o instanceof PyRandom)) throw typeError(`descriptor requires a '_random.Random' object but received a '${o.ob_type.tp_name}'`);
  return o.gen;
}

function seedWith(g: MT, arg: PyObject | null): void {
  if (arg === null || arg === None) {
    g.seedRandom();
    return;
  }
  let n: bigint;
  if (arg instanceof PyInt) {
    n = BigInt(arg.value);
    if (n < 0n) n = -n;
  } else {
    // the hash as an unsigned size_t
    n = BigInt.asUintN(64, BigInt(hashOf(arg)));
  }
  g.seedInt(n);
}

let ready = false;
function initRandomType(): void {
  if (ready) return;
  ready = true;
  RandomType.tp_dictoffset = false;
  // the generator starts all zero; __init__ (random_init) seeds it
  RandomType.tp_new = (type) => new PyRandom(type);
  RandomType.tp_init = (self, args, kw) => {
    const type = self.ob_type;
    if ((type === RandomType || type.tp_init === RandomType.tp_init) && kwCount(kw) > 0) throw typeError("Random() takes no keyword arguments");
    const npos = args.length - kwCount(kw);
    if (npos > 1) throw typeError("Random() requires 0 or 1 argument");
    seedWith((self as PyRandom).gen, npos === 1 ? args[0]! : null);
  };
  RandomType.tp_methods = [
    { name: "seed", flags: Meth.FASTCALL, fn: (o: PyObject, args: PyObject[]) => {
      if (args.length > 1) throw typeError(`seed expected at most 1 argument, got ${args.length}`);
      seedWith(self(o), args.length ? args[0]! : null);
      None.ob_refcnt++;
      return None;
    } },
    { name: "random", flags: Meth.NOARGS, fn: (o: PyObject) => newFloat(self(o).random()) },
    { name: "getrandbits", flags: Meth.O, fn: (o: PyObject, a: PyObject) => {
      const kv = indexValue(a);
      if (typeof kv === "bigint") throw overflowError("Python int too large to convert to C int");
      if (kv > 2147483647 || kv < -2147483648) throw overflowError("Python int too large to convert to C int");
      if (kv < 0) throw valueError("number of bits must be non-negative");
      return newIntAny(self(o).getrandbits(kv));
    } },
    { name: "getstate", flags: Meth.NOARGS, fn: (o: PyObject) => {
      const g = self(o);
      const items: PyObject[] = [];
      for (let i = 0; i < N; i++) items.push(newIntAny(g.mt[i]!));
      items.push(newInt(g.index));
      return newTuple(items);
    } },
    { name: "setstate", flags: Meth.O, fn: (o: PyObject, st: PyObject) => {
      const g = self(o);
      if (!(st instanceof PyTuple)) throw typeError("state vector must be a tuple");
      if (st.items.length !== N + 1) throw valueError("state vector is the wrong size");
      const words = new Uint32Array(N);
      for (let i = 0; i < N; i++) {
        const v = st.items[i]!;
        if (!(v instanceof PyInt)) throw typeError("state vector items must be integers");
        const x = BigInt(v.value);
        if (x < 0n || x > 0xffffffffn) {
          if (x < 0n) throw overflowError("can't convert negative value to unsigned int");
          throw overflowError("Python int too large to convert to C unsigned long");
        }
        words[i] = Number(x);
      }
      const iv = st.items[N]!;
      if (!(iv instanceof PyInt)) throw typeError("state vector items must be integers");
      const idx = Number(iv.value);
      if (idx < 0 || idx > N) throw valueError("invalid state");
      g.mt.set(words);
      g.index = idx;
      None.ob_refcnt++;
      return None;
    } },
  ];
  readyType(RandomType);
}

export function makeRandomModule(): PyModule {
  initRandomType();
  RandomType.ob_refcnt++;
  return buildModule("_random", [] as ModDef[], { Random: RandomType });
}
