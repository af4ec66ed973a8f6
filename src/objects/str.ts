/** str: formatting shared by the compiler (constants) and the VM. */

const HEX = "0123456789abcdef";

/**
 * Characters str.isprintable() rejects: categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than
 * the ASCII space. (JS's Unicode tables may be newer than Python 3.11's Unicode 14.0.)
 */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa0) return false;
  if (cp === 0x20) return true;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

function hex(n: number, width: number): string {
  let s = "";
  for (let i = width - 1; i >= 0; i--) s += HEX[(n >>> (i * 4)) & 15];
  return s;
}

/** repr(str) as CPython's unicode_repr: quote choice, \\t \\n \\r, \\xNN, \\uNNNN, \\UNNNNNNNN. */
export function strRepr(s: string): string {
  const hasSingle = s.indexOf("'") >= 0;
  const hasDouble = s.indexOf('"') >= 0;
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x7f && cp >= 0x20) {
      const ch = String.fromCharCode(cp);
      out += ch === quote || ch === "\\" ? "\\" + ch : ch;
    } else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp < 0x7f || (cp < 0x100 && !isPrintableCodePoint(cp))) out += "\\x" + hex(cp, 2);
    else if (isPrintableCodePoint(cp)) out += String.fromCodePoint(cp);
    else if (cp < 0x10000) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return out + quote;
}
