/**
 * Python str constants that a JS string cannot represent exactly: escapes such as
 * "\ud834\udd1e" make two surrogate code points in Python, but one astral character once in a
 * (UTF-16) JS string. The parser records the true code points of such Constant nodes here;
 * ast.dump (and any other consumer that needs the exact str) reads them back.
 */
import { isPrintable } from "../tokenizer/unicode.ts";

/** Constant node -> its str value as code points (only for values holding escaped surrogates). */
export const STR_CODE_POINTS = new WeakMap<object, readonly number[]>();

const HEX = "0123456789abcdef";
function hex(n: number, width: number): string {
  let s = "";
  for (let i = width - 1; i >= 0; i--) s += HEX[(n >>> (i * 4)) & 15];
  return s;
}

/** repr() of a str given as code points (CPython's unicode_repr). */
export function reprCodePoints(cps: readonly number[]): string {
  let hasSingle = false, hasDouble = false;
  for (const c of cps) { if (c === 0x27) hasSingle = true; else if (c === 0x22) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = String.fromCharCode(quote);
  for (const cp of cps) {
    if (cp >= 0x20 && cp < 0x7f) out += cp === quote || cp === 0x5c ? "\\" + String.fromCharCode(cp) : String.fromCharCode(cp);
    else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp < 0x7f) out += "\\x" + hex(cp, 2);
    else if (isPrintable(cp)) out += String.fromCodePoint(cp);
    else out += cp < 0x100 ? "\\x" + hex(cp, 2) : cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
  }
  return out + String.fromCharCode(quote);
}
