/**
 * The format-spec mini-language for int, float, complex and str (Python/formatter_unicode.c):
 *
 *   [[fill]align][sign][z][#][0][width][,|_][.precision][type]
 *
 * parseSpec follows parse_internal_render_format_spec (same checks, same order, same messages);
 * numbers are laid out as calc_number_widths/fill_number do:
 *   <lpadding><sign><prefix><spadding><grouped digits><decimal point><remainder><rpadding>
 * with zero padding ('0' fill and '=' align) going through the grouping (InsertThousandsGrouping).
 * Floats are converted by doubleToString (dtoa.ts), correctly rounded.
 */
import { valueError, overflowError } from "./errors.ts";
import type { PyBaseException } from "./exceptions.ts";
import { toBig, intToDecimalString } from "./int.ts";
import { decimalValue } from "./unicode_ctype.ts";
import { toCodePoints } from "./str_case.ts";
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0 } from "./dtoa.ts";

export interface Spec {
  fill: string;
  align: string; // '<', '>', '=', '^'
  sign: string; // '', '+', '-', ' '
  z: boolean;
  alt: boolean;
  width: number; // -1 = none
  grouping: string; // '', ',', '_'
  every: number; // digits per group (3, or 4 for '_' with b/o/x/X)
  precision: number; // -1 = none
  type: string; // '' = none
}

const SSIZE_MAX = 0x7fffffffffffffff;

function isAlign(c: number | undefined): boolean {
  return c === 60 || c === 62 || c === 61 || c === 94; // < > = ^
}
/** get_integer: decimal digits (any Unicode Nd) at cps[pos...]; [value, consumed]. */
function getInteger(cps: number[], pos: number): [number, number] {
  let v = 0, n = 0;
  while (pos + n < cps.length) {
    const d = decimalValue(cps[pos + n]!);
    if (d < 0) break;
    if (v > (SSIZE_MAX - d) / 10) throw valueError("Too many decimal digits in format string");
    v = v * 10 + d;
    n++;
  }
  return [v, n];
}
function codeName(c: string): string {
  const n = c.codePointAt(0)!;
  return n > 32 && n < 128 ? c : "\\x" + n.toString(16);
}

/** parse_internal_render_format_spec; `typeName` is for the "Invalid format specifier" error. */
export function parseSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): Spec {
  const cps = toCodePoints(spec);
  const end = cps.length;
  const r: Spec = {
    fill: " ", align: defaultAlign, sign: "", z: false, alt: false, width: -1, grouping: "", every: 3,
    precision: -1, type: defaultType,
  };
  let pos = 0;
  let fillSpecified = false, alignSpecified = false;
  if (end >= 2 && isAlign(cps[1])) {
    r.align = String.fromCharCode(cps[1]!);
    r.fill = String.fromCodePoint(cps[0]!);
    fillSpecified = alignSpecified = true;
    pos = 2;
  } else if (end >= 1 && isAlign(cps[0])) {
    r.align = String.fromCharCode(cps[0]!);
    alignSpecified = true;
    pos = 1;
  }
  let c = cps[pos];
  if (pos < end && (c === 43 || c === 45 || c === 32)) {
    r.sign = String.fromCharCode(c!);
    c = cps[++pos];
  }
  if (pos < end && c === 122) {
    r.z = true;
    c = cps[++pos];
  }
  if (pos < end && c === 35) {
    r.alt = true;
    c = cps[++pos];
  }
  if (!fillSpecified && pos < end && c === 48) {
    r.fill = "0";
    if (!alignSpecified && defaultAlign === ">") r.align = "=";
    pos++;
  }
  const [w, wn] = getInteger(cps, pos);
  if (wn > 0) r.width = w;
  pos += wn;
  if (pos < end && cps[pos] === 44) {
    r.grouping = ",";
    pos++;
  }
  if (pos < end && cps[pos] === 95) {
    if (r.grouping !== "") throw valueError("Cannot specify both ',' and '_'.");
    r.grouping = "_";
    pos++;
  }
  if (pos < end && cps[pos] === 44 && r.grouping === "_") throw valueError("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === 46) {
    pos++;
    const [p, pn] = getInteger(cps, pos);
    if (pn === 0) throw valueError("Format specifier missing precision");
    r.precision = p;
    pos += pn;
  }
  if (end - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) {
    r.type = String.fromCodePoint(cps[pos]!);
    if (r.type === "\0") r.type = "";
  }
  if (r.grouping !== "") {
    const t = r.type;
    if (t === "d" || t === "e" || t === "f" || t === "g" || t === "E" || t === "G" || t === "%" || t === "F" || t === "") {
      // allowed
    } else if ((t === "b" || t === "o" || t === "x" || t === "X") && r.grouping === "_") {
      r.every = 4;
    } else {
      throw valueError(`Cannot specify '${r.grouping}' with '${codeName(t === "" ? "\0" : t)}'.`);
    }
  }
  return r;
}

export function unknownCode(t: string, typeName: string): PyBaseException {
  return valueError(`Unknown format code '${codeName(t === "" ? "\0" : t)}' for object of type '${typeName}'`);
}

/** calc_padding: [lpad, rpad] for n characters. */
function padding(n: number, width: number, align: string): [number, number] {
  const total = width >= 0 && width > n ? width : n;
  const lpad = align === ">" ? total - n : align === "^" ? (total - n) >> 1 : 0;
  return [lpad, total - n - lpad];
}
function repeatFill(fill: string, n: number): string {
  if (n <= 0) return "";
  if (n > 0x1fffffe8) throw valueError("too large");
  return fill.repeat(n);
}

/** _PyUnicode_InsertThousandsGrouping: digits grouped by `every` with `sep`, zero padded to minWidth. */
function groupDigits(digits: string, minWidth: number, sep: string, every: number): string {
  let remaining = digits.length;
  let pos = digits.length;
  const parts: string[] = [];
  let useSep = false;
  let broken = false;
  if (sep !== "") {
    for (;;) {
      const len = Math.min(every, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, len - remaining);
      const nChars = Math.max(0, Math.min(remaining, len));
      parts.push("0".repeat(nZeros) + digits.substring(pos - nChars, pos) + (useSep ? sep : ""));
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const len = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    parts.push(repeatFill("0", nZeros) + digits.substring(pos - nChars, pos) + (useSep ? sep : ""));
  }
  let out = "";
  for (let i = parts.length - 1; i >= 0; i--) out += parts[i];
  return out;
}

/**
 * calc_number_widths + fill_number. `digits` are the leading decimal digits, `hasDecimal` says a
 * '.' follows them, `remainder` is the rest (fraction, exponent, '%', 'inf'...).
 */
export function layoutNumber(spec: Spec, signChar: string, prefix: string, digits: string, hasDecimal: boolean,
  remainder: string, useGrouping: boolean): string {
  let sign = "";
  if (spec.sign === "+") sign = signChar === "-" ? "-" : "+";
  else if (spec.sign === " ") sign = signChar === "-" ? "-" : " ";
  else if (signChar === "-") sign = "-";
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + remainder.length;
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - nonDigit : 0;
  const sep = useGrouping ? spec.grouping : "";
  const grouped = digits.length === 0 ? "" : groupDigits(digits, minWidth, sep, spec.every);
  const body = grouped + (hasDecimal ? "." : "") + remainder;
  const n = spec.width - (nonDigit + grouped.length);
  if (n <= 0) return sign + prefix + body;
  switch (spec.align) {
    case "<": return sign + prefix + body + repeatFill(spec.fill, n);
    case "^": {
      const l = n >> 1;
      return repeatFill(spec.fill, l) + sign + prefix + body + repeatFill(spec.fill, n - l);
    }
    case "=": return sign + prefix + repeatFill(spec.fill, n) + body;
    default: return repeatFill(spec.fill, n) + sign + prefix + body;
  }
}

/** Split a formatted float (no sign) into [digits, hasDecimal, remainder] (parse_number). */
function splitNumber(s: string): [string, boolean, string] {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const hasDecimal = s.charCodeAt(i) === 46;
  return [s.substring(0, i), hasDecimal, s.substring(hasDecimal ? i + 1 : i)];
}

// ---- str ------------------------------------------------------------------------------------

/** format(str, spec) for a non-empty spec (format_string_internal). */
export function formatStrWithSpec(s: string, specStr: string, typeName = "str"): string {
  const spec = parseSpec(specStr, "s", "<", typeName);
  if (spec.type !== "s") throw unknownCode(spec.type, typeName);
  if (spec.sign !== "") {
    throw valueError(spec.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
  }
  if (spec.z) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alt) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  let cps: number[] | null = null;
  let len = s.length;
  for (let i = 0; i < s.length; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800) {
      cps = toCodePoints(s);
      len = cps.length;
      break;
    }
  }
  if ((spec.width < 0 || spec.width <= len) && (spec.precision < 0 || spec.precision >= len)) return s;
  let body = s;
  if (spec.precision >= 0 && len >= spec.precision) {
    body = cps === null ? s.substring(0, spec.precision) : String.fromCodePoint(...cps.slice(0, spec.precision));
    len = spec.precision;
  }
  const [l, r] = padding(len, spec.width, spec.align);
  return repeatFill(spec.fill, l) + body + repeatFill(spec.fill, r);
}

// ---- int ------------------------------------------------------------------------------------

/** format(int, spec) for a non-empty spec (_PyLong_FormatAdvancedWriter). */
export function formatIntWithSpec(v: number | bigint, specStr: string, typeName = "int"): string {
  const spec = parseSpec(specStr, "d", ">", typeName);
  const t = spec.type;
  switch (t) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      break;
    case "e": case "E": case "f": case "F": case "g": case "G": case "%": {
      const f = bigToFloat(v);
      return formatFloatParsed(f, spec);
    }
    default:
      throw unknownCode(t, typeName);
  }
  if (spec.precision >= 0) throw valueError("Precision not allowed in integer format specifier");
  if (spec.z) throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (t === "c") {
    if (spec.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
      throw overflowError("Python int too large to convert to C long");
    }
    if (v < 0 || v > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
    return layoutNumber(spec, "", "", "", false, String.fromCodePoint(Number(v)), false);
  }
  const neg = v < 0;
  const a = neg ? -toBig(v) : toBig(v);
  let digits: string, prefix = "";
  switch (t) {
    case "b": digits = a.toString(2); prefix = "0b"; break;
    case "o": digits = a.toString(8); prefix = "0o"; break;
    case "x": digits = a.toString(16); prefix = "0x"; break;
    case "X": digits = a.toString(16).toUpperCase(); prefix = "0X"; break;
    default: digits = typeof v === "number" ? String(Math.abs(v)) : intToDecimalString(a);
  }
  return layoutNumber(spec, neg ? "-" : "", spec.alt ? prefix : "", digits, false, "", t !== "n");
}
import { intToFloat } from "./int.ts";
function bigToFloat(v: number | bigint): number {
  const f = intToFloat(v);
  if (Number.isNaN(f)) throw overflowError("int too large to convert to float");
  return f;
}

// ---- float ----------------------------------------------------------------------------------

/** format(float, spec) for a non-empty spec (format_float_internal). */
export function formatFloatWithSpec(x: number, specStr: string, typeName = "float"): string {
  const spec = parseSpec(specStr, "", ">", typeName);
  switch (spec.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      return formatFloatParsed(x, spec);
    default:
      throw unknownCode(spec.type, typeName);
  }
}
export function formatFloatParsed(x: number, spec: Spec): string {
  let type = spec.type;
  let precision = spec.precision;
  if (precision > 0x7fffffff) throw valueError("precision too big");
  let flags = 0;
  let defaultPrecision = 6;
  if (spec.alt) flags |= DTSF_ALT;
  if (spec.z) flags |= DTSF_NO_NEG_0;
  if (type === "") {
    flags |= DTSF_ADD_DOT_0;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let pct = false;
  if (type === "%") {
    type = "f";
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let s = doubleToString(x, type, precision, flags);
  if (pct) s += "%";
  let signChar = "";
  if (s.charCodeAt(0) === 45) {
    signChar = "-";
    s = s.substring(1);
  }
  const [digits, hasDecimal, rest] = splitNumber(s);
  return layoutNumber(spec, signChar, "", digits, hasDecimal, rest, spec.type !== "n");
}

// ---- complex --------------------------------------------------------------------------------

/** format(complex, spec) for a non-empty spec (format_complex_internal). */
export function formatComplexWithSpec(re: number, im: number, specStr: string, typeName = "complex"): string {
  const spec = parseSpec(specStr, "", ">", typeName);
  switch (spec.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": break;
    default: throw unknownCode(spec.type, typeName);
  }
  if (spec.fill === "0") throw valueError("Zero padding is not allowed in complex format specifier");
  if (spec.align === "=") throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let type: string = spec.type;
  let precision = spec.precision;
  if (precision > 0x7fffffff) throw valueError("precision too big");
  let flags = 0;
  let defaultPrecision = 6;
  let skipRe = false, parens = false;
  if (spec.alt) flags |= DTSF_ALT;
  if (spec.z) flags |= DTSF_NO_NEG_0;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const part = (v: number, sign: string): string => {
    let s = doubleToString(v, type, precision, flags);
    let signChar = "";
    if (s.charCodeAt(0) === 45) {
      signChar = "-";
      s = s.substring(1);
    }
    const [digits, hasDecimal, rest] = splitNumber(s);
    const tmp: Spec = { ...spec, fill: "\0", align: "<", width: -1, sign };
    return layoutNumber(tmp, signChar, "", digits, hasDecimal, rest, spec.type !== "n");
  };
  const reS = skipRe ? "" : part(re, spec.sign);
  const imS = part(im, skipRe ? spec.sign : "+");
  const body = (parens ? "(" : "") + reS + imS + "j" + (parens ? ")" : "");
  const len = toCodePoints(body).length;
  const [l, r] = padding(len, spec.width, spec.align);
  return repeatFill(spec.fill, l) + body + repeatFill(spec.fill, r);
}
