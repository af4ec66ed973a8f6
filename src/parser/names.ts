/**
 * The parser's identifier cache: the text of NAME tokens by their bytes, shared by every parse,
 * so a name seen before costs a hash and a compare instead of building a new string, and the
 * keyword test is a field of the same slot (no Map lookup on a freshly built string). Equal names
 * are then one string object, which also makes the compiler's Map lookups on names cheaper.
 *
 * Layout: open addressing (linear probing) in a power-of-two table; slot i holds the name strs[i]
 * (ASCII only: its characters are its bytes), and in meta[2i] the FNV-1a hash of its bytes, in
 * meta[2i+1] the keyword's token type + 1 (1: not a keyword; 0: the slot is empty). Probing reads
 * only meta (hash and kind on one cache line) until a hash matches. Keywords are
 * always present; the table doubles when half full and, past MAX_SLOTS, starts again from the
 * keywords (a bound on memory in long-running processes).
 */

const MIN_SLOTS = 4096;
const MAX_SLOTS = 1 << 17;

let strs: (string | undefined)[] = [];
let meta = new Int32Array(0);
let mask = 0;
let count = 0;
let keywords: readonly (readonly [string, number])[] = [];

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function insert(s: string, h: number, kind: number): number {
  let i = h & mask;
  while (meta[2 * i + 1] !== 0) i = (i + 1) & mask;
  strs[i] = s;
  meta[2 * i] = h;
  meta[2 * i + 1] = kind + 1;
  count++;
  return i;
}

function reset(slots: number, keep: readonly (readonly [string, number])[]): void {
  strs = new Array<string | undefined>(slots).fill(undefined);
  meta = new Int32Array(2 * slots);
  mask = slots - 1;
  count = 0;
  for (const [s, k] of keep) insert(s, hashString(s), k);
}

function grow(): void {
  if (strs.length >= MAX_SLOTS) {
    reset(MAX_SLOTS, keywords);
    return;
  }
  const old: [string, number][] = [];
  for (let i = 0; i < strs.length; i++) {
    const s = strs[i];
    if (s !== undefined) old.push([s, meta[2 * i + 1]! - 1]);
  }
  reset(strs.length * 2, old);
}

/** Install the keywords (name, token type): done once, by the parser module. */
export function initNames(kw: readonly (readonly [string, number])[]): void {
  keywords = kw;
  reset(MIN_SLOTS, kw);
}

/** Result of the last nameAt: the keyword token type of the name, or 0. */
export let nameKind = 0;

/**
 * The name spelled by buf[start, end), or null when it is not pure ASCII (the caller decodes it;
 * such a name is never a keyword). Sets nameKind.
 */
export function nameAt(buf: Uint8Array, start: number, end: number): string | null {
  let h = 0x811c9dc5, high = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    high |= c;
    h = Math.imul(h ^ c, 0x01000193);
  }
  if (high >= 0x80) return null;
  const n = end - start;
  let i = h & mask;
  for (;;) {
    const kind = meta[2 * i + 1]!;
    if (kind === 0) break;
    if (meta[2 * i] === h) {
      const s = strs[i]!;
      if (s.length === n) {
        let j = 0;
        while (j < n && s.charCodeAt(j) === buf[start + j]) j++;
        if (j === n) {
          nameKind = kind - 1;
          return s;
        }
      }
    }
    i = (i + 1) & mask;
  }
  // built flat (V8 makes concatenations of 13 characters or more into chains of pieces)
  let s: string;
  if (n < 13) {
    s = "";
    for (let j = start; j < end; j++) s += String.fromCharCode(buf[j]!);
  } else s = String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  nameKind = 0;
  if ((count + 1) * 2 > strs.length) grow();
  insert(s, h, 0);
  return s;
}
