/**
 * A set of names laid out as CPython's set object lays it out (Objects/setobject.c): a table of
 * 2**k slots (8 at first), the slot chosen by the str hash (PYTHONHASHSEED=0's secret, as the
 * compiler's frozenset order), linear probes of 9 then perturbation, deleted entries left as
 * dummies (reused by a later add on the same probe path), resize when fill*5 >= mask*3, merge as
 * set_merge. Iteration is slot order: what CPython's `for name in set` sees.
 *
 * The symbol table uses it for the free-variable sets of analyze_block, whose iteration order
 * decides the order in which free names a block passes on are added to its symbol dict (the order
 * symtable's get_identifiers() shows). Membership-only sets stay JS Sets.
 */
import { hashSecret, hashStrCanon } from "../objects/hash.ts";

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const SECRET = hashSecret(0);
const DUMMY = "\u0000<dummy>";

/** Each name's hash as two 32-bit halves [hi, lo] (cached: names repeat across files). */
const hashes = new Map<string, [number, number]>();

function hashOf(name: string): [number, number] {
  let h = hashes.get(name);
  if (h === undefined) {
    const v = hashStrCanon(name, SECRET);
    h = typeof v === "number"
      ? [Math.floor(v / 4294967296) >>> 0, v >>> 0]
      : [Number(BigInt.asUintN(32, v >> 32n)), Number(BigInt.asUintN(32, v))];
    hashes.set(name, h);
  }
  return h;
}

export class NameSet {
  keys: (string | null)[] = [null, null, null, null, null, null, null, null];
  fill = 0;
  used = 0;
  mask = MINSIZE - 1;

  get size(): number {
    return this.used;
  }

  /** Slot of `name`, or -1. */
  private find(name: string): number {
    const mask = this.mask;
    const h = hashOf(name);
    let hi = h[0], lo = h[1];
    let i = lo & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = this.keys[j];
        if (k === null) return -1;
        if (k === name) return j;
        if (probes-- === 0) break;
        j++;
      }
      lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
      hi = hi >>> 5;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  has(name: string): boolean {
    return this.used !== 0 && this.find(name) >= 0;
  }

  /** set_add_entry. */
  add(name: string): void {
    const mask = this.mask;
    const h = hashOf(name);
    let hi = h[0], lo = h[1];
    let i = lo & mask;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = this.keys[j];
        if (k === null) {
          if (freeslot >= 0) {
            this.keys[freeslot] = name;
            this.used++;
            return;
          }
          this.keys[j] = name;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (k === DUMMY) {
          if (freeslot < 0) freeslot = j;
        } else if (k === name) return;
        if (probes-- === 0) break;
        j++;
      }
      lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
      hi = hi >>> 5;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  /** set_discard_entry: the slot becomes a dummy. */
  delete(name: string): boolean {
    if (this.used === 0) return false;
    const j = this.find(name);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.used--;
    return true;
  }

  /** set_insert_clean into a table without dummies. */
  private static insertClean(keys: (string | null)[], mask: number, name: string): void {
    const h = hashOf(name);
    let hi = h[0], lo = h[1];
    let i = lo & mask;
    for (;;) {
      if (keys[i] === null) break;
      let found = -1;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === null) {
            found = i + j;
            break;
          }
        }
      }
      if (found >= 0) {
        i = found;
        break;
      }
      lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
      hi = hi >>> 5;
      i = (i * 5 + 1 + lo) & mask;
    }
    keys[i] = name;
  }

  /** set_table_resize: the smallest power of two above minused, live keys re-inserted in slot order. */
  private resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const old = this.keys;
    const keys: (string | null)[] = new Array(size).fill(null);
    for (const k of old) if (k !== null && k !== DUMMY) NameSet.insertClean(keys, size - 1, k);
    this.keys = keys;
    this.mask = size - 1;
    this.fill = this.used;
  }

  /** set |= other (set_merge). */
  merge(other: NameSet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = this.used = other.used;
      for (const k of other.keys) if (k !== null && k !== DUMMY) NameSet.insertClean(this.keys, this.mask, k);
      return;
    }
    for (const k of other.keys) if (k !== null && k !== DUMMY) this.add(k);
  }

  /** The names in slot order. */
  forEach(f: (name: string) => void): void {
    if (this.used === 0) return;
    for (const k of this.keys) if (k !== null && k !== DUMMY) f(k);
  }
}
