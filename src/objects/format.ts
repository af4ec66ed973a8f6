/**
 * Formatting: the format-spec mini-language (format(), f-strings, str.format) for int, float,
 * complex and str (Python/formatter_unicode.c), str.format's field syntax, and printf-style
 * `%` formatting (PyUnicode_Format). Floats are rounded exactly (round-half-even on the exact
 * binary value, like CPython's dtoa), not with JS's toFixed.
 */
import { PyObject, isSubtype } from "./object.ts";
import { None, StrType, IntType, FloatType, BoolType, TupleType, DictType, ComplexType } from "./types.ts";
import { PyStr, newStr, strLen } from "./str.ts";
import { PyInt, intToFloat, toBig, intToDecimalString } from "./int.ts";
import { PyFloat, floatRepr } from "./float.ts";
import { PyComplex } from "./complex.ts";
import { PyTuple } from "./tuple.ts";
import { typeError, valueError, indexError, keyError, overflowError } from "./errors.ts";
import {
  lookupSpecial, call, str as strOf, repr as reprOf, getAttr, getItem, asDouble, index as indexOf, typeName,
} from "./abstract.ts";
import { intern } from "./str.ts";
import { dealloc } from "../memory/refcount.ts";
import { asciiOf } from "./str_methods.ts";
import { newInt } from "./int.ts";
import { PyDict } from "./dict.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

// ---- format(): dispatch ---------------------------------------------------------------------

/** format(o, spec) (new str). */
export function formatObject(o: PyObject, spec: string): PyObject {
  const t = o.ob_type;
  if (t === StrType && spec === "") {
    o.ob_refcnt++;
    return o;
  }
  if (t === StrType) return formatStrSpec((o as PyStr).value, spec);
  if (t === IntType || t === BoolType && spec !== "") return newStr(formatInt((o as PyInt).value, spec, t.tp_name));
  if (t === FloatType) return newStr(formatFloat((o as PyFloat).value, spec));
  const meth = lookupSpecial(o, intern("__format__"));
  if (meth === null) throw typeError(`Type ${t.tp_name} doesn't define __format__`);
  const sp = newStr(spec);
  try {
    const r = call(meth, [sp]);
    if (!(r instanceof PyStr)) {
      const n = r.ob_type.tp_name;
      decref(r);
      throw typeError(`__format__ must return a str, not ${n}`);
    }
    return r;
  } finally {
    decref(meth);
    decref(sp);
  }
}

// ---- spec parsing ---------------------------------------------------------------------------

export interface Spec {
  fill: string;
  align: string; // '', '<', '>', '=', '^'
  sign: string; // '', '+', '-', ' '
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number; // -1 = none
  grouping: string; // '', ',', '_'
  precision: number; // -1 = none
  type: string; // '' = none
}

export function parseSpec(spec: string, defaultType = ""): Spec {
  const r: Spec = { fill: " ", align: "", sign: "", z: false, alt: false, zero: false, width: -1, grouping: "", precision: -1, type: defaultType };
  const cps = Array.from(spec);
  let i = 0;
  const isAlign = (c: string | undefined) => c === "<" || c === ">" || c === "=" || c === "^";
  if (cps.length >= 2 && isAlign(cps[1])) {
    r.fill = cps[0]!;
    r.align = cps[1]!;
    i = 2;
  } else if (isAlign(cps[0])) {
    r.align = cps[0]!;
    i = 1;
  }
  if (cps[i] === "+" || cps[i] === "-" || cps[i] === " ") r.sign = cps[i++]!;
  if (cps[i] === "z") {
    r.z = true;
    i++;
  }
  if (cps[i] === "#") {
    r.alt = true;
    i++;
  }
  if (cps[i] === "0") {
    r.zero = true;
    if (r.align === "") {
      r.fill = "0";
      r.align = "=";
    }
    i++;
  }
  let w = "";
  while (i < cps.length && cps[i]! >= "0" && cps[i]! <= "9") w += cps[i++];
  if (w !== "") r.width = parseBounded(w);
  if (cps[i] === "," || cps[i] === "_") {
    r.grouping = cps[i++]!;
    if (cps[i] === "," || cps[i] === "_") throw valueError("Cannot specify both ',' and '_'.");
  }
  if (cps[i] === ".") {
    i++;
    let p = "";
    while (i < cps.length && cps[i]! >= "0" && cps[i]! <= "9") p += cps[i++];
    if (p === "") throw valueError("Format specifier missing precision");
    r.precision = parseBounded(p);
  }
  if (cps.length - i > 1) throw valueError("Invalid format specifier");
  if (i < cps.length) r.type = cps[i]!;
  if (r.grouping !== "" && r.type !== "" && !"deEfFgG%bxXo".includes(r.type) || r.grouping === "," && "bxXo".includes(r.type) && r.type !== "") {
    if (r.grouping === "," || !"bxXo".includes(r.type)) throw valueError(`Cannot specify '${r.grouping}' with '${r.type}'.`);
  }
  return r;
}
function parseBounded(s: string): number {
  const n = Number(s);
  if (n > 0x7fffffffffffffff / 1 || s.length > 18) throw valueError("Too many decimal digits in format string");
  return n;
}

/** Pad `body` (already signed) to the width with fill/align; `signLen` chars are the sign/prefix. */
function pad(spec: Spec, prefix: string, body: string, defaultAlign: string): string {
  const align = spec.align === "" ? defaultAlign : spec.align;
  const total = strLen(newStrTmp(prefix)) + Array.from(body).length;
  const width = spec.width;
  if (width <= total) return prefix + body;
  const n = width - total;
  const fill = spec.fill;
  switch (align) {
    case "<": return prefix + body + fill.repeat(n);
    case ">": return fill.repeat(n) + prefix + body;
    case "^": {
      const left = n >> 1;
      return fill.repeat(left) + prefix + body + fill.repeat(n - left);
    }
    default: return prefix + fill.repeat(n) + body; // '='
  }
}
function newStrTmp(s: string): PyStr {
  return new PyStr(StrType, s);
}

function group(intPart: string, sep: string, every: number): string {
  if (sep === "") return intPart;
  let out = "";
  let n = 0;
  for (let i = intPart.length - 1; i >= 0; i--) {
    out = intPart[i] + out;
    if (++n % every === 0 && i > 0) out = sep + out;
  }
  return out;
}
/** Grouping with zero padding: the padded digits are grouped too (as CPython does). */
function groupPadded(spec: Spec, prefix: string, intPart: string, rest: string, every: number): string {
  if (spec.grouping === "" || !(spec.zero || spec.fill === "0" && spec.align === "=")) {
    return pad(spec, prefix, group(intPart, spec.grouping, every) + rest, ">");
  }
  const width = spec.width;
  let digits = intPart;
  let g = group(digits, spec.grouping, every);
  while (prefix.length + g.length + rest.length < width) {
    digits = "0" + digits;
    g = group(digits, spec.grouping, every);
  }
  return prefix + g + rest;
}

function signOf(neg: boolean, sign: string): string {
  if (neg) return "-";
  if (sign === "+") return "+";
  if (sign === " ") return " ";
  return "";
}

// ---- str ------------------------------------------------------------------------------------

export function formatStrSpec(s: string, specStr: string): PyObject {
  const spec = parseSpec(specStr, "s");
  if (spec.type !== "s") throw valueError(`Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign !== "") throw valueError("Sign not allowed in string format specifier");
  if (spec.alt) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  if (spec.grouping !== "") throw valueError(`Cannot specify '${spec.grouping}' with 's'.`);
  let body = s;
  if (spec.precision >= 0) body = Array.from(s).slice(0, spec.precision).join("");
  if (spec.zero && spec.align === "=") spec.align = "<";
  return newStr(pad(spec, "", body, "<"));
}

// ---- int ------------------------------------------------------------------------------------

export function formatInt(v: number | bigint, specStr: string, typeNameS = "int"): string {
  const spec = parseSpec(specStr, "d");
  const t = spec.type;
  if ("eEfFgG%".includes(t)) return formatFloatSpec(intToFloat(v), spec);
  if (spec.precision >= 0) throw valueError("Precision not allowed in integer format specifier");
  if (t === "c") {
    if (spec.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
    return pad(spec, "", String.fromCodePoint(Number(v)), ">");
  }
  const neg = v < 0;
  const a = neg ? -toBig(v) : toBig(v);
  let digits: string, prefix = "", every = 3;
  switch (t) {
    case "d": case "n": digits = typeof v === "number" ? String(Math.abs(v)) : intToDecimalString(a); break;
    case "b": digits = a.toString(2); prefix = spec.alt ? "0b" : ""; every = 4; break;
    case "o": digits = a.toString(8); prefix = spec.alt ? "0o" : ""; every = 4; break;
    case "x": digits = a.toString(16); prefix = spec.alt ? "0x" : ""; every = 4; break;
    case "X": digits = a.toString(16).toUpperCase(); prefix = spec.alt ? "0X" : ""; every = 4; break;
    default: throw valueError(`Unknown format code '${t}' for object of type '${typeNameS}'`);
  }
  if (spec.grouping === "," && t !== "d" && t !== "n") throw valueError(`Cannot specify ',' with '${t}'.`);
  return groupPadded(spec, signOf(neg, spec.sign) + prefix, digits, "", every);
}

// ---- float ----------------------------------------------------------------------------------

/** Exact decimal digits of |x| (finite, non-zero): [digits, decimalPointPosition]. */
function exactDecimal(x: number): [string, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  if (e >= 0) {
    const s = (mant << BigInt(e)).toString();
    return [s, s.length];
  }
  const s = (mant * 5n ** BigInt(-e)).toString();
  return [s, s.length - -e];
}

/** Round the digit string d (value 0.d * 10^pt) to `n` digits (n may be <= 0), half-even. */
function roundDigits(d: string, pt: number, n: number): [string, number] {
  if (n >= d.length) return [d + "0".repeat(n - d.length), pt];
  if (n < 0) return ["", pt];
  const head = d.substring(0, n);
  const next = d.charCodeAt(n) - 48;
  let roundUp = false;
  if (next > 5) roundUp = true;
  else if (next === 5) {
    let rest = false;
    for (let i = n + 1; i < d.length; i++) if (d[i] !== "0") { rest = true; break; }
    roundUp = rest || (n > 0 ? (head.charCodeAt(n - 1) - 48) % 2 === 1 : false);
  }
  if (!roundUp) return [head, pt];
  // increment head
  const arr = head.split("");
  let i = arr.length - 1;
  while (i >= 0) {
    if (arr[i] === "9") {
      arr[i] = "0";
      i--;
    } else {
      arr[i] = String.fromCharCode(arr[i]!.charCodeAt(0) + 1);
      break;
    }
  }
  if (i < 0) return ["1" + arr.join(""), pt + 1];
  return [arr.join(""), pt];
}

/** Fixed notation with `prec` decimals, of |x|. */
export function fixedDigits(x: number, prec: number): string {
  if (x === 0) return prec > 0 ? "0." + "0".repeat(prec) : "0";
  const [d, pt] = exactDecimal(x);
  const [r, pt2] = roundDigits(d, pt, pt + prec);
  let digits = r;
  let p = pt2;
  if (digits === "") {
    digits = "0";
    p = 1;
  }
  // digits holds pt2+prec digits (value 0.digits * 10^p)
  let intPart: string, frac: string;
  if (p <= 0) {
    intPart = "0";
    frac = ("0".repeat(-p) + digits).padEnd(prec, "0").substring(0, prec);
  } else {
    const all = digits.padEnd(p + prec, "0");
    intPart = all.substring(0, p);
    frac = all.substring(p, p + prec);
  }
  intPart = intPart.replace(/^0+(?=\d)/u, "");
  return prec > 0 ? intPart + "." + frac : intPart;
}
/** Exponent notation with `prec` decimals: [mantissa string, exponent]. */
function expDigits(x: number, prec: number): [string, number] {
  if (x === 0) return [prec > 0 ? "0." + "0".repeat(prec) : "0", 0];
  const [d, pt] = exactDecimal(x);
  // strip leading zeros
  let lead = 0;
  while (d[lead] === "0") lead++;
  const dd = d.substring(lead);
  const [r, pt2] = roundDigits(dd, pt - lead, prec + 1);
  const exp = pt2 - 1;
  const m = prec > 0 ? r[0] + "." + r.substring(1, prec + 1) : r[0]!;
  return [m, exp];
}
function expString(e: number, upper: boolean): string {
  return (upper ? "E" : "e") + (e < 0 ? "-" : "+") + String(Math.abs(e)).padStart(2, "0");
}

export function formatFloat(x: number, specStr: string): string {
  return formatFloatSpec(x, parseSpec(specStr, ""));
}
function formatFloatSpec(x: number, spec: Spec): string {
  let t = spec.type;
  if (!"eEfFgGn%".includes(t)) throw valueError(`Unknown format code '${t}' for object of type 'float'`);
  let neg = x < 0 || Object.is(x, -0);
  let a = Math.abs(x);
  let body: string;
  const upper = t === "E" || t === "F" || t === "G";
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? "nan" : "inf";
    if (upper) body = body.toUpperCase();
    if (Number.isNaN(x)) neg = false;
    if (t === "%") body += "%";
    return pad(spec, signOf(neg, spec.sign), body, ">");
  }
  let prec = spec.precision;
  if (t === "") {
    if (prec < 0) {
      body = floatRepr(a);
    } else {
      body = gFormat(a, prec === 0 ? 1 : prec, spec.alt, true);
    }
  } else if (t === "n") {
    body = gFormat(a, prec < 0 ? 6 : prec === 0 ? 1 : prec, spec.alt, false);
  } else if (t === "f" || t === "F") {
    body = fixedDigits(a, prec < 0 ? 6 : prec);
    if (spec.alt && !body.includes(".")) body += ".";
  } else if (t === "e" || t === "E") {
    const [m, e] = expDigits(a, prec < 0 ? 6 : prec);
    body = m + (spec.alt && !m.includes(".") ? "." : "") + expString(e, t === "E");
  } else if (t === "g" || t === "G") {
    body = gFormat(a, prec < 0 ? 6 : prec === 0 ? 1 : prec, spec.alt, false);
    if (t === "G") body = body.toUpperCase();
  } else {
    // %
    body = fixedDigits(a * 100, prec < 0 ? 6 : prec);
    if (spec.alt && !body.includes(".")) body += ".";
    body += "%";
  }
  if (spec.z && neg && /^[0.]*(e|%|$)/iu.test(body.replace(/[eE][-+]\d+$/u, ""))) neg = false;
  const dot = body.search(/[.eE%]/u);
  const intPart = dot < 0 ? body : body.substring(0, dot);
  const rest = dot < 0 ? "" : body.substring(dot);
  return groupPadded(spec, signOf(neg, spec.sign), intPart, rest, 3);
}
/** %g: `prec` significant digits; `reprLike` keeps a '.0' (format type ''). */
function gFormat(a: number, prec: number, alt: boolean, reprLike: boolean): string {
  if (a === 0) {
    if (alt) return "0." + "0".repeat(prec - 1);
    return reprLike ? "0.0" : "0";
  }
  const [m, e] = expDigits(a, prec - 1);
  let out: string;
  if (e >= -4 && e < prec) {
    out = fixedDigits(a, prec - 1 - e);
    if (!alt && out.includes(".")) out = out.replace(/0+$/u, "").replace(/\.$/u, "");
    if (reprLike && !out.includes(".")) out += ".0";
    if (alt && !out.includes(".")) out += ".";
  } else {
    let mm = m;
    if (!alt && mm.includes(".")) mm = mm.replace(/0+$/u, "").replace(/\.$/u, "");
    if (alt && !mm.includes(".")) mm += ".";
    out = mm + expString(e, false);
  }
  return out;
}

// ---- str.format -----------------------------------------------------------------------------

export function strFormat(tpl: string, args: PyObject[], kwnames: PyObject | null, mapping: PyObject | null = null): PyObject {
  const nkw = kwnames === null ? 0 : (kwnames as PyTuple).items.length;
  const npos = args.length - nkw;
  const lookupKw = (name: string): PyObject => {
    if (mapping !== null) {
      const k = newStr(name);
      try {
        return getItem(mapping, k);
      } finally {
        decref(k);
      }
    }
    for (let i = 0; i < nkw; i++) {
      if (((kwnames as PyTuple).items[i] as PyStr).value === name) {
        const v = args[npos + i]!;
        v.ob_refcnt++;
        return v;
      }
    }
    throw keyError(newStr(name));
  };
  let auto = 0;
  let mode: "" | "auto" | "manual" = "";
  const render = (s: string, depth: number): string => {
    if (depth > 2) throw valueError("Max string recursion exceeded");
    let out = "";
    let i = 0;
    while (i < s.length) {
      const c = s[i]!;
      if (c === "{") {
        if (s[i + 1] === "{") {
          out += "{";
          i += 2;
          continue;
        }
        // find the matching '}'
        let j = i + 1, level = 1;
        while (j < s.length) {
          if (s[j] === "{") level++;
          else if (s[j] === "}") {
            level--;
            if (level === 0) break;
          }
          j++;
        }
        if (j >= s.length) throw valueError(s.indexOf("}", i) < 0 ? "expected '}' before end of string" : "unmatched '{' in format spec");
        const field = s.substring(i + 1, j);
        out += renderField(field, depth);
        i = j + 1;
        continue;
      }
      if (c === "}") {
        if (s[i + 1] === "}") {
          out += "}";
          i += 2;
          continue;
        }
        throw valueError("Single '}' encountered in format string");
      }
      out += c;
      i++;
    }
    return out;
  };
  const renderField = (field: string, depth: number): string => {
    // field_name [! conversion] [: spec]
    let k = 0, bracket = 0;
    while (k < field.length) {
      const ch = field[k];
      if (ch === "[") bracket++;
      else if (ch === "]") bracket--;
      else if (bracket === 0 && (ch === "!" || ch === ":")) break;
      k++;
    }
    const name = field.substring(0, k);
    let conv = "";
    let spec = "";
    if (field[k] === "!") {
      conv = field[k + 1] ?? "";
      if (k + 2 < field.length && field[k + 2] !== ":") throw valueError("expected ':' after conversion specifier");
      if (k + 1 >= field.length) throw valueError("end of string while looking for conversion specifier");
      k += 2;
    }
    if (field[k] === ":") spec = field.substring(k + 1);
    // first part of the name
    let m = 0;
    while (m < name.length && name[m] !== "." && name[m] !== "[") m++;
    const first = name.substring(0, m);
    let obj: PyObject;
    if (first === "") {
      if (mode === "manual") throw valueError("cannot switch from manual field specification to automatic field numbering");
      mode = "auto";
      const idx = auto++;
      if (idx >= npos) throw indexError(`Replacement index ${idx} out of range for positional args tuple`);
      obj = args[idx]!;
      obj.ob_refcnt++;
    } else if (/^\d+$/u.test(first)) {
      if (mode === "auto") throw valueError("cannot switch from automatic field numbering to manual field specification");
      mode = "manual";
      const idx = Number(first);
      if (idx >= npos) throw indexError(`Replacement index ${idx} out of range for positional args tuple`);
      obj = args[idx]!;
      obj.ob_refcnt++;
    } else {
      obj = lookupKw(first);
    }
    // attribute / index chain
    while (m < name.length) {
      if (name[m] === ".") {
        let e = m + 1;
        while (e < name.length && name[e] !== "." && name[e] !== "[") e++;
        const attr = name.substring(m + 1, e);
        if (attr === "") throw valueError("Empty attribute in format string");
        const next = getAttr(obj, intern(attr));
        decref(obj);
        obj = next;
        m = e;
      } else {
        const e = name.indexOf("]", m);
        if (e < 0) throw valueError("Missing ']' in format string");
        const key = name.substring(m + 1, e);
        if (key === "") throw valueError("Empty attribute in format string");
        const k2 = /^\d+$/u.test(key) ? newInt(Number(key)) : newStr(key);
        const next = getItem(obj, k2);
        decref(k2);
        decref(obj);
        obj = next;
        m = e + 1;
        if (m < name.length && name[m] !== "." && name[m] !== "[") throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    try {
      let o = obj;
      if (conv !== "") {
        if (conv === "r") o = reprOf(obj);
        else if (conv === "s") o = strOf(obj);
        else if (conv === "a") o = asciiOf(obj);
        else throw valueError(`Unknown conversion specifier ${conv}`);
        decref(obj);
        obj = o;
      }
      const fullSpec = spec.includes("{") ? render(spec, depth + 1) : spec;
      const r = formatObject(obj, fullSpec) as PyStr;
      const v = r.value;
      decref(r);
      return v;
    } finally {
      decref(obj);
    }
  };
  return newStr(render(tpl, 0));
}

// ---- printf-style % -------------------------------------------------------------------------

export function percentFormat(fmt: string, args: PyObject): PyObject {
  let items: PyObject[];
  let dict: PyObject | null = null;
  if (args instanceof PyTuple) items = args.items;
  else {
    items = [args];
    if (args.ob_type.mp_subscript !== null && !(args instanceof PyTuple) && args.ob_type !== StrType) dict = args;
  }
  let ai = 0;
  const next = (): PyObject => {
    if (ai >= items.length) throw typeError("not enough arguments for format string");
    return items[ai++]!;
  };
  let out = "";
  let i = 0;
  let usedDict = false;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c !== "%") {
      out += c;
      i++;
      continue;
    }
    i++;
    if (i >= fmt.length) throw valueError("incomplete format");
    let key: string | null = null;
    if (fmt[i] === "(") {
      let depth = 1, j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === "(") depth++;
        else if (fmt[j] === ")") depth--;
        j++;
      }
      if (depth > 0) throw valueError("incomplete format key");
      key = fmt.substring(i + 1, j - 1);
      i = j;
      if (dict === null) throw typeError("format requires a mapping");
      usedDict = true;
    }
    let flags = "";
    while (i < fmt.length && "-+ #0".includes(fmt[i]!)) flags += fmt[i++];
    let width = -1;
    if (fmt[i] === "*") {
      width = Number(asInt(next()));
      i++;
    } else {
      let w = "";
      while (i < fmt.length && fmt[i]! >= "0" && fmt[i]! <= "9") w += fmt[i++];
      if (w !== "") width = Number(w);
    }
    let prec = -1;
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        prec = Number(asInt(next()));
        i++;
      } else {
        let p = "";
        while (i < fmt.length && fmt[i]! >= "0" && fmt[i]! <= "9") p += fmt[i++];
        prec = p === "" ? 0 : Number(p);
      }
    }
    while (i < fmt.length && "hlL".includes(fmt[i]!)) i++;
    if (i >= fmt.length) throw valueError("incomplete format");
    const conv = fmt[i++]!;
    if (conv === "%") {
      out += "%";
      continue;
    }
    let v: PyObject;
    let owned = false;
    if (key !== null) {
      const k = newStr(key);
      v = getItem(dict!, k);
      decref(k);
      owned = true;
    } else v = next();
    try {
      out += convertOne(conv, v, flags, width, prec, i - 1, fmt);
    } finally {
      if (owned) decref(v);
    }
  }
  if (ai < items.length && !usedDict && !(dict !== null && items.length === 1)) {
    throw typeError("not all arguments converted during string formatting");
  }
  return newStr(out);
}
function asInt(o: PyObject): number | bigint {
  if (!(o instanceof PyInt)) throw typeError("* wants int");
  return o.value;
}
function convertOne(conv: string, v: PyObject, flags: string, width: number, prec: number, pos: number, fmt: string): string {
  const left = flags.includes("-");
  const zero = flags.includes("0") && !left;
  const sign = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  const alt = flags.includes("#");
  const padTo = (prefix: string, body: string, numeric: boolean): string => {
    const len = Array.from(prefix + body).length;
    if (width <= len) return prefix + body;
    if (left) return prefix + body + " ".repeat(width - len);
    if (zero && numeric) return prefix + "0".repeat(width - len) + body;
    return " ".repeat(width - len) + prefix + body;
  };
  switch (conv) {
    case "s": case "r": case "a": {
      const so = conv === "s" ? strOf(v) : conv === "r" ? reprOf(v) : asciiOf(v);
      let s = so.value;
      decref(so);
      if (prec >= 0) s = Array.from(s).slice(0, prec).join("");
      return padTo("", s, false);
    }
    case "d": case "i": case "u": {
      let iv: number | bigint;
      if (v instanceof PyInt) iv = v.value;
      else if (v instanceof PyFloat) iv = truncFloat(v.value);
      else if (v.ob_type.nb_int !== null || v.ob_type.nb_index !== null) {
        const r = v.ob_type.nb_index !== null ? indexOf(v) : v.ob_type.nb_int!(v);
        iv = (r as PyInt).value;
        decref(r);
      } else throw typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
      const neg = iv < 0;
      let digits = (neg ? -toBig(iv) : toBig(iv)).toString();
      if (prec >= 0) digits = digits.padStart(prec, "0");
      return padTo(signOf(neg, sign), digits, true);
    }
    case "x": case "X": case "o": {
      if (!(v instanceof PyInt) && v.ob_type.nb_index === null) throw typeError(`%${conv} format: an integer is required, not ${typeName(v)}`);
      const r = indexOf(v);
      const iv = r.value;
      decref(r);
      const neg = iv < 0;
      let digits = (neg ? -toBig(iv) : toBig(iv)).toString(conv === "o" ? 8 : 16);
      if (conv === "X") digits = digits.toUpperCase();
      if (prec >= 0) digits = digits.padStart(prec, "0");
      const prefix = alt ? (conv === "o" ? "0o" : conv === "x" ? "0x" : "0X") : "";
      return padTo(signOf(neg, sign) + prefix, digits, true);
    }
    case "e": case "E": case "f": case "F": case "g": case "G": {
      if (!(v instanceof PyFloat) && !(v instanceof PyInt) && v.ob_type.nb_float === null && v.ob_type.nb_index === null) {
        throw typeError(`must be real number, not ${typeName(v)}`);
      }
      const x = asDouble(v);
      const spec: Spec = { fill: " ", align: ">", sign, z: false, alt, zero: false, width: -1, grouping: "", precision: prec < 0 ? 6 : prec, type: conv };
      const s = formatFloatSpec(x, spec);
      const neg = s.startsWith("-") || s.startsWith("+") || s.startsWith(" ");
      return padTo(neg ? s[0]! : "", neg ? s.substring(1) : s, Number.isFinite(x));
    }
    case "c": {
      if (v instanceof PyStr) {
        if (strLen(v) !== 1) throw typeError("%c requires int or char");
        return padTo("", v.value, false);
      }
      if (!(v instanceof PyInt)) throw typeError("%c requires int or char");
      const n = Number(v.value);
      if (n < 0 || n > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
      return padTo("", String.fromCodePoint(n), false);
    }
  }
  throw valueError(`unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${pos}`);
}
function truncFloat(x: number): number | bigint {
  if (!Number.isFinite(x)) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t : BigInt(t);
}
export { TupleType, DictType, ComplexType, None, PyComplex, PyDict, isSubtype };
