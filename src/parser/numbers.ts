/**
 * NUMBER tokens to constants (CPython's _PyPegen_number_token / parsenumber): int -> bigint,
 * float -> number, imaginary -> Complex(0, x). Underscores are dropped first. Decimal integers
 * longer than 4300 digits hit CPython's int_max_str_digits limit: a SyntaxError.
 */
import * as A from "../ast/nodes.ts";
import { Complex } from "../objects/constant.ts";
import type { Parser, Token } from "./parser.ts";

const MAX_STR_DIGITS = 4300;

export function numberConstant(p: Parser, t: Token): A.expr {
  const b = p.buf;
  let s = "";
  let hasUnderscore = false;
  for (let i = t.start; i < t.end; i++) {
    const c = b[i]!;
    if (c === 0x5f) { hasUnderscore = true; continue; }
    s += String.fromCharCode(c);
  }
  if (hasUnderscore && p.flags.featureVersion < 6) {
    p.syntaxError("Underscores in numeric literals are only supported in Python 3.6 and greater");
  }
  const value = parseNumber(p, t, s);
  return A.Constant(value, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

function parseNumber(p: Parser, t: Token, s: string): bigint | number | Complex {
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) return new Complex(0, Number(s.slice(0, -1)));
  const c0 = s.charCodeAt(0);
  if (c0 === 0x30 && s.length > 1) {
    const c1 = s.charCodeAt(1) | 0x20;
    if (c1 === 0x78 || c1 === 0x6f || c1 === 0x62) return BigInt(s);
  }
  let isInt = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) { isInt = false; break; }
  }
  if (isInt) {
    if (s.length > MAX_STR_DIGITS) {
      p.raiseAt("SyntaxError", t.lineno, -1, t.end_lineno, -1,
        `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`);
    }
    if (s.length < 16) return BigInt(Number(s));
    return BigInt(s);
  }
  return Number(s);
}
