/**
 * UTF-8 helpers for the tokenizer and parser (the core has no TextEncoder/TextDecoder).
 * The tokenizer works on UTF-8 bytes, as CPython's does; these convert between bytes and JS
 * strings (UTF-16) and count code points, which is how CPython turns byte columns into the
 * character offsets that SyntaxError reports.
 */

/** Encode a JS string as UTF-8. Lone surrogates are encoded as 3-byte sequences (surrogatepass). */
export function utf8Encode(s: string): Uint8Array {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  const out = new Uint8Array(n);
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) out[j++] = c;
    else if (c < 0x800) { out[j++] = 0xc0 | (c >> 6); out[j++] = 0x80 | (c & 63); }
    else {
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
        out[j++] = 0xf0 | (c >> 18); out[j++] = 0x80 | ((c >> 12) & 63);
        out[j++] = 0x80 | ((c >> 6) & 63); out[j++] = 0x80 | (c & 63);
      } else {
        out[j++] = 0xe0 | (c >> 12); out[j++] = 0x80 | ((c >> 6) & 63); out[j++] = 0x80 | (c & 63);
      }
    }
  }
  return out;
}

/**
 * Length of the valid UTF-8 sequence starting at b[i] (1..4), or 0 if invalid there
 * (CPython's strict decoder rules: no overlongs, no surrogates, max U+10FFFF).
 */
export function utf8SeqLen(b: Uint8Array, i: number, end: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  if (c < 0xc2) return 0;
  if (c < 0xe0) return i + 1 < end && (b[i + 1]! & 0xc0) === 0x80 ? 2 : 0;
  if (c < 0xf0) {
    if (i + 2 >= end) return 0;
    const c1 = b[i + 1]!;
    if ((c1 & 0xc0) !== 0x80 || (b[i + 2]! & 0xc0) !== 0x80) return 0;
    if (c === 0xe0 && c1 < 0xa0) return 0;
    if (c === 0xed && c1 >= 0xa0) return 0;
    return 3;
  }
  if (c < 0xf5) {
    if (i + 3 >= end) return 0;
    const c1 = b[i + 1]!;
    if ((c1 & 0xc0) !== 0x80 || (b[i + 2]! & 0xc0) !== 0x80 || (b[i + 3]! & 0xc0) !== 0x80) return 0;
    if (c === 0xf0 && c1 < 0x90) return 0;
    if (c === 0xf4 && c1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}

/**
 * How many bytes of an invalid sequence at b[i] the "replace" error handler swallows into one
 * U+FFFD (CPython: the maximal prefix of a valid sequence, at least 1).
 */
function invalidRunLen(b: Uint8Array, i: number, end: number): number {
  const c = b[i]!;
  let need: number, lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c < 0xe0) need = 1;
  else if (c >= 0xe0 && c < 0xf0) { need = 2; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
  else if (c >= 0xf0 && c < 0xf5) { need = 3; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
  else return 1;
  let k = 1;
  for (; k <= need && i + k < end; k++) {
    const x = b[i + k]!;
    if (x < lo || x > hi) break;
    lo = 0x80; hi = 0xbf;
  }
  return k;
}

/** Decode b[start:end] as UTF-8 with errors="replace". */
export function utf8Decode(b: Uint8Array, start = 0, end = b.length): string {
  let ascii = true;
  for (let i = start; i < end; i++) if (b[i]! >= 0x80) { ascii = false; break; }
  if (ascii) return asciiDecode(b, start, end);
  let out = "";
  let chunk: number[] = [];
  for (let i = start; i < end;) {
    const c = b[i]!;
    if (c < 0x80) { chunk.push(c); i++; }
    else {
      const n = utf8SeqLen(b, i, end);
      if (n === 0) { chunk.push(0xfffd); i += invalidRunLen(b, i, end); }
      else {
        let cp: number;
        if (n === 2) cp = ((c & 0x1f) << 6) | (b[i + 1]! & 63);
        else if (n === 3) cp = ((c & 0x0f) << 12) | ((b[i + 1]! & 63) << 6) | (b[i + 2]! & 63);
        else cp = ((c & 0x07) << 18) | ((b[i + 1]! & 63) << 12) | ((b[i + 2]! & 63) << 6) | (b[i + 3]! & 63);
        if (cp >= 0x10000) { cp -= 0x10000; chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)); }
        else chunk.push(cp);
        i += n;
      }
    }
    if (chunk.length >= 4096) { out += String.fromCharCode.apply(null, chunk); chunk = []; }
  }
  if (chunk.length) out += String.fromCharCode.apply(null, chunk);
  return out;
}

/** ASCII-only fast decode (caller guarantees every byte < 0x80). */
export function asciiDecode(b: Uint8Array, start: number, end: number): string {
  // below 13 characters V8 makes concatenations flat strings; longer ones in one call (flat too)
  if (end - start < 13) {
    let s = "";
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
    return s;
  }
  if (end - start <= 8192) return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
  let out = "";
  for (let i = start; i < end; i += 8192) {
    out += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  }
  return out;
}

/** Number of code points in b[start:end] decoded with errors="replace" (each U+FFFD counts 1). */
export function utf8CharCount(b: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end;) {
    const c = b[i]!;
    if (c < 0x80) i++;
    else {
      const k = utf8SeqLen(b, i, end);
      i += k === 0 ? invalidRunLen(b, i, end) : k;
    }
    n++;
  }
  return n;
}

/** Number of code points in a JS string (surrogate pairs count once). */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n--; i++; }
  }
  return n;
}
