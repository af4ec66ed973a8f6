/**
 * UTF-8 with the surrogatepass error handler, as marshal reads and writes str: lone surrogates
 * travel as their 3-byte encodings (ED A0..BF xx). Decoding errors carry CPython's reasons and
 * positions.
 */
import { MarshalError } from "./marshal-format.ts";


function utf8Error(d: Uint8Array, base: number, start: number, end: number, reason: string): MarshalError {
  const msg = end - start === 1
    ? `'utf-8' codec can't decode byte 0x${d[start]!.toString(16).padStart(2, "0")} in position ${start - base}: ${reason}`
    : `'utf-8' codec can't decode bytes in position ${start - base}-${end - 1 - base}: ${reason}`;
  return new MarshalError("UnicodeDecodeError", msg);
}

const isCont = (c: number | undefined): boolean => c !== undefined && (c & 0xc0) === 0x80;

/**
 * Decode d[start:end] as UTF-8, letting encoded surrogates (ED A0..BF xx) through as lone UTF-16
 * surrogates, as bytes.decode("utf-8", "surrogatepass"). Errors carry CPython's reasons and
 * positions (invalid start byte / invalid continuation byte / unexpected end of data).
 */
export function decodeUtf8Surrogatepass(d: Uint8Array, start: number, end: number): string {
  const units: number[] = [];
  let out = "";
  let i = start;
  while (i < end) {
    const c = d[i]!;
    if (c < 0x80) { units.push(c); i++; }
    else if (c < 0xc2) throw utf8Error(d, start, i, i + 1, "invalid start byte");
    else if (c < 0xe0) {
      if (end - i < 2) throw utf8Error(d, start, i, end, "unexpected end of data");
      if (!isCont(d[i + 1])) throw utf8Error(d, start, i, i + 1, "invalid continuation byte");
      units.push(((c & 0x1f) << 6) | (d[i + 1]! & 0x3f));
      i += 2;
    } else if (c < 0xf0) {
      const c2 = i + 1 < end ? d[i + 1]! : -1;
      const c3 = i + 2 < end ? d[i + 2]! : -1;
      if (c === 0xed && c2 >= 0xa0 && c2 <= 0xbf && isCont(c3 < 0 ? undefined : c3)) {
        // an encoded surrogate: surrogatepass lets it through
        units.push(0xd000 | ((c2 & 0x3f) << 6) | (c3 & 0x3f));
        i += 3;
        continue;
      }
      if (c2 >= 0 && (!isCont(c2) || (c === 0xe0 && c2 < 0xa0) || (c === 0xed && c2 >= 0xa0))) {
        throw utf8Error(d, start, i, i + 1, "invalid continuation byte");
      }
      if (end - i < 3) throw utf8Error(d, start, i, end, "unexpected end of data");
      if (!isCont(c3)) throw utf8Error(d, start, i, i + 2, "invalid continuation byte");
      units.push(((c & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f));
      i += 3;
    } else if (c < 0xf5) {
      const c2 = i + 1 < end ? d[i + 1]! : -1;
      const c3 = i + 2 < end ? d[i + 2]! : -1;
      const c4 = i + 3 < end ? d[i + 3]! : -1;
      if (c2 >= 0 && (!isCont(c2) || (c === 0xf0 && c2 < 0x90) || (c === 0xf4 && c2 >= 0x90))) {
        throw utf8Error(d, start, i, i + 1, "invalid continuation byte");
      }
      if (c3 >= 0 && !isCont(c3)) throw utf8Error(d, start, i, i + 2, "invalid continuation byte");
      if (end - i < 4) throw utf8Error(d, start, i, end, "unexpected end of data");
      if (!isCont(c4)) throw utf8Error(d, start, i, i + 3, "invalid continuation byte");
      const cp = ((c & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((c3 & 0x3f) << 6) | (c4 & 0x3f);
      units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      i += 4;
    } else throw utf8Error(d, start, i, i + 1, "invalid start byte");
    if (units.length >= 4096) {
      out += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode.apply(null, units);
}

/** Encode a JS string as UTF-8, lone surrogates as 3-byte sequences (surrogatepass). */
export function encodeUtf8Surrogatepass(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) { out[n++] = 0xc0 | (c >> 6); out[n++] = 0x80 | (c & 0x3f); }
    else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12); out[n++] = 0x80 | ((c >> 6) & 0x3f); out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18); out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f); out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}

