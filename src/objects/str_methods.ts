/**
 * The str type: slots and methods (Objects/unicodeobject.c). Indexes are in code points; the
 * JS string is indexed directly when the str has no surrogate pairs (strLen(s) === length),
 * otherwise through code point arrays / unit-index conversion (slow paths).
 * Case conversions and is* predicates live in str_case.ts; formatting in format.ts.
 */
import { PyObject, PyType, isSubtype } from "./object.ts";
import { StrType, StrIterType, StrUnicodeIterType, NotImplemented, None, TupleType } from "./types.ts";
import { PyStr, newStr, strLen, strRepr, intern } from "./str.ts";
import { PyInt, newInt, True, False, newBool } from "./int.ts";
import { PyTuple, newTuple } from "./tuple.ts";
import { PyList, newList, listCapacity } from "./list.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { typeError, valueError, indexError, overflowError, memoryError } from "./errors.ts";
import { asSsize, reprStr, str as strOf, strHash, repr, getIter, iterNext, getItem } from "./abstract.ts";
import { dealloc } from "../memory/refcount.ts";
import { parseArgs, checkArity } from "./args.ts";
import { formatStrSpec, strFormat, percentFormat } from "./format.ts";
import { sliceIndexArg, adjustIndices, checkTupleArity } from "./seq_common.ts";
import { CT, isSpaceCp, isLineBreak } from "./unicode_ctype.ts";
import {
  toCodePoints, strLower, strUpper, strCasefold, strSwapcase, strTitle, strCapitalize, allHave, strIsAlnum,
  strIsLower, strIsUpper, strIsTitle, strIsPrintable, strIsIdentifier, strIsAscii,
} from "./str_case.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** Code points of a string as one-character strings (for strings with surrogate pairs). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}
function isBmpOnly(o: PyStr): boolean {
  return strLen(o) === o.value.length;
}
/** Unit index of code point index `cp` in `s` (s has surrogate pairs). */
function unitIndex(s: string, cp: number): number {
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c < 0xdc00 && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}
/** Code point index of unit index `u` in `s`. */
function cpIndex(s: string, u: number): number {
  let n = 0;
  for (let i = 0; i < u; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < u && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/** ascii(v): repr with non-ASCII characters escaped. */
export function asciiOf(v: PyObject): PyStr {
  const r = repr(v);
  const s = r.value;
  decref(r);
  let out = "";
  for (const c of toCodePoints(s)) {
    if (c < 128) out += String.fromCharCode(c);
    else if (c < 256) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return newStr(out);
}

function S(o: PyObject): string {
  return (o as PyStr).value;
}
/** self unchanged: the same object for an exact str, else a new exact str. */
function same(o: PyObject): PyObject {
  if (o.ob_type === StrType) {
    o.ob_refcnt++;
    return o;
  }
  return newStr(S(o));
}
/** A new str of `s`, or self when `s` is self's value and self is an exact str. */
function result(o: PyObject, s: string): PyObject {
  if (o.ob_type === StrType && s === S(o)) {
    o.ob_refcnt++;
    return o;
  }
  return newStr(s);
}
const MAX_JS_STRING = 0x1fffffe8;
/** A string of `n` characters would be built: CPython's errors for sizes past the limits. */
function checkSize(n: number): void {
  if (n > 0x7fffffffffffffff) throw overflowError("repeated string is too long");
  if (n > MAX_JS_STRING) throw memoryError();
}

// ---- slots ----------------------------------------------------------------------------------

StrType.tp_repr = (o) => newStr(strRepr(S(o)));
StrType.tp_str = same;
StrType.tp_hash = (o) => strHash(o as PyStr);
StrType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyStr)) return NotImplemented;
  const x = S(a), y = b.value;
  let r: boolean;
  switch (op) {
    case 2: r = x === y; break;
    case 3: r = x !== y; break;
    default: {
      const c = compareCodePoints(x, y);
      r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 4 ? c > 0 : c >= 0;
    }
  }
  return r ? True : False;
};
/** Compare by code point (JS < compares UTF-16 units, which differs for astral vs U+E000..). */
export function compareCodePoints(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x.charCodeAt(i), b = y.charCodeAt(i);
    if (a !== b) {
      const aS = a >= 0xd800 && a < 0xe000, bS = b >= 0xd800 && b < 0xe000;
      if (aS !== bS) return aS ? 1 : -1;
      return a < b ? -1 : 1;
    }
  }
  return x.length - y.length;
}
StrType.sq_length = (o) => strLen(o as PyStr);
StrType.sq_concat = (a, b) => {
  if (!(b instanceof PyStr)) throw typeError(`can only concatenate str (not "${b.ob_type.tp_name}") to str`);
  if (!(a instanceof PyStr)) throw typeError(`descriptor '__add__' requires a 'str' object but received a '${a.ob_type.tp_name}'`);
  if (b.value === "" && a.ob_type === StrType) return same(a);
  if (a.value === "" && b.ob_type === StrType) return same(b);
  checkSize(a.value.length + b.value.length);
  return newStr(a.value + b.value);
};
StrType.sq_repeat = (a, n) => {
  const s = S(a);
  if (n <= 0 || s.length === 0) return newStr("");
  if (n === 1) return same(a);
  const len = strLen(a as PyStr);
  if (BigInt(len) * BigInt(n) > 0x7fffffffffffffffn) throw overflowError("repeated string is too long");
  checkSize(s.length * n);
  return newStr(s.repeat(n));
};
StrType.sq_contains = (a, b) => {
  if (!(b instanceof PyStr)) throw typeError(`'in <string>' requires string as left operand, not ${b.ob_type.tp_name}`);
  return S(a).includes(b.value);
};
StrType.mp_subscript = (o, key) => {
  const so = o as PyStr;
  const s = so.value;
  if (key instanceof PySlice) {
    const len = strLen(so);
    const [start, , step, n] = sliceIndices(key, len);
    if (n <= 0) return newStr("");
    if (step === 1 && n === len) return same(o);
    if (isBmpOnly(so)) {
      if (step === 1) return newStr(s.substring(start, start + n));
      let out = "";
      for (let i = 0, j = start; i < n; i++, j += step) out += s[j];
      return newStr(out);
    }
    const cps = codePoints(s);
    let out = "";
    for (let i = 0, j = start; i < n; i++, j += step) out += cps[j];
    return newStr(out);
  }
  if (key.ob_type.nb_index === null) throw typeError(`string indices must be integers, not '${key.ob_type.tp_name}'`);
  let i = asSsize(key, () => indexError(`cannot fit '${key.ob_type.tp_name}' into an index-sized integer`));
  const len = strLen(so);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw indexError("string index out of range");
  if (len === s.length) return newStr(s[i]!);
  return newStr(cpAt(s, i));
};
/** The code point at code point index i of s (s has surrogate pairs): O(i), no array of s. */
function cpAt(s: string, i: number): string {
  const u = unitIndex(s, i);
  const c = s.charCodeAt(u);
  const pair = c >= 0xd800 && c < 0xdc00 && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00;
  return pair ? s.substring(u, u + 2) : s[u]!;
}
StrType.sq_item = (o, i) => {
  const so = o as PyStr;
  const len = strLen(so);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw indexError("string index out of range");
  return newStr(len === so.value.length ? so.value[i]! : cpAt(so.value, i));
};
StrType.nb_binary[6] = (a, b) => {
  if (!(a instanceof PyStr)) return NotImplemented;
  return percentFormat(a.value, b);
};

class PyStrIter extends PyObject {
  cps: string[] | null;
  s: string;
  i: number;
  constructor(s: PyStr) {
    super(isAsciiStr(s.value) ? StrIterType : StrUnicodeIterType);
    this.s = s.value;
    this.cps = isBmpOnly(s) ? null : codePoints(s.value);
    this.i = 0;
  }
}
function isAsciiStr(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
StrType.tp_iter = (o) => new PyStrIter(o as PyStr);
StrIterType.tp_iter = StrUnicodeIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
StrIterType.tp_iternext = StrUnicodeIterType.tp_iternext = (o) => {
  const it = o as PyStrIter;
  if (it.cps !== null) {
    if (it.i >= it.cps.length) return null;
    return newStr(it.cps[it.i++]!);
  }
  if (it.i >= it.s.length) return null;
  return newStr(it.s[it.i++]!);
};
StrIterType.tp_methods = StrUnicodeIterType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => {
    const it = o as PyStrIter;
    return newInt(Math.max(0, (it.cps ? it.cps.length : it.s.length) - it.i));
  } },
  // an iterator at its end counts as exhausted (CPython drops the str on the last next())
  { name: "__reduce__", flags: 1, fn: (o: PyObject) => {
    const it = o as PyStrIter;
    const n = it.cps ? it.cps.length : it.s.length;
    if (it.i >= n) return seqIterReduce(null, 0, () => newStr(""));
    const s = newStr(it.s);
    try {
      return seqIterReduce(s, it.i, () => newStr(""));
    } finally {
      decref(s);
    }
  } },
  { name: "__setstate__", flags: 2, fn: (o: PyObject, st: PyObject) => {
    const it = o as PyStrIter;
    it.i = clampedIndex(st, 0, it.cps ? it.cps.length : it.s.length);
    return noneResult();
  } },
];
import { seqIterReduce, clampedIndex, noneResult } from "./iter_reduce.ts";

StrType.tp_new = (type, args, kw) => {
  // str(x): the common call, without the argument parser
  const [obj, encoding, errors] = kw === null && args.length === 1 ? [args[0]!, null, null] : parseArgs("str", args, kw, ["object", "encoding", "errors"], { required: 0 });
  let r: PyStr;
  if (obj === null) r = newStr("");
  else if (encoding !== null || errors !== null) {
    const enc = encoding === null ? "utf-8" : argStr(encoding, "str() argument 'encoding'");
    const err = errors === null ? "strict" : argStr(errors, "str() argument 'errors'");
    r = decodeBytesToStr(obj, enc, err);
  } else r = strOf(obj);
  if (type === StrType) return r;
  const sub = new PyStr(type, r.value);
  decref(r);
  return sub;
};
import { decodeBytesToStr, encodeStr } from "./codecs.ts";

/** The type name clinic's _PyArg_BadArgument shows ("None" for None). */
export function argTypeName(o: PyObject): string {
  return o === None ? "None" : o.ob_type.tp_name;
}
function argStr(o: PyObject, what: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${what} must be str, not ${argTypeName(o)}`);
  return o.value;
}
/** The "must be str, not X" check of find/count/partition... */
function subStr(o: PyObject): PyStr {
  if (!(o instanceof PyStr)) throw typeError(`must be str, not ${o.ob_type.tp_name}`);
  return o;
}

// ---- whitespace / strip / split -----------------------------------------------------------

function isWsAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31) : isSpaceCp(c);
}
function hasSurrogates(s: string): boolean {
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}
function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0, j = s.length;
  if (chars === null) {
    if (left) while (i < j && isWsAt(s, i)) i++;
    if (right) while (j > i && isWsAt(s, j - 1)) j--;
    return s.substring(i, j);
  }
  if (!hasSurrogates(chars) && !hasSurrogates(s)) {
    if (left) while (i < j && chars.indexOf(s[i]!) >= 0) i++;
    if (right) while (j > i && chars.indexOf(s[j - 1]!) >= 0) j--;
    return i === 0 && j === s.length ? s : s.substring(i, j);
  }
  const set = new Set(toCodePoints(chars));
  const cps = toCodePoints(s);
  let a = 0, b = cps.length;
  if (left) while (a < b && set.has(cps[a]!)) a++;
  if (right) while (b > a && set.has(cps[b - 1]!)) b--;
  if (a === 0 && b === cps.length) return s;
  return String.fromCodePoint(...cps.slice(a, b));
}
function stripMethod(name: string, left: boolean, right: boolean) {
  return {
    name, flags: 3, fn: (o: PyObject, args: PyObject[]) => {
      checkArity(name, args, 0, 1);
      const c = args.length === 0 || args[0] === None ? null : args[0]!;
      if (c !== null && !(c instanceof PyStr)) throw typeError(`${name} arg must be None or str`);
      return result(o, stripChars(S(o), c === null ? null : c.value, left, right));
    },
  };
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isWsAt(s, i)) i++;
    if (i >= n) break;
    if (out.length === maxsplit) {
      out.push(s.substring(i));
      return out;
    }
    let j = i;
    while (j < n && !isWsAt(s, j)) j++;
    out.push(s.substring(i, j));
    i = j;
  }
  return out;
}
function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isWsAt(s, j - 1)) j--;
    if (j <= 0) break;
    if (out.length === maxsplit) {
      out.push(s.substring(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isWsAt(s, i - 1)) i--;
    out.push(s.substring(i, j));
    j = i;
  }
  return out.reverse();
}
function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length !== maxsplit) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.substring(i, j));
    i = j + sep.length;
  }
  out.push(s.substring(i));
  return out;
}
function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (out.length !== maxsplit && j >= sep.length) {
    const i = s.lastIndexOf(sep, j - sep.length);
    if (i < 0) break;
    out.push(s.substring(i + sep.length, j));
    j = i;
  }
  out.push(s.substring(0, j));
  return out.reverse();
}
/**
 * The list split/rsplit return. Its capacity is CPython's: the list is preallocated for
 * min(maxsplit + 1, 12) items (12 without a limit) and grows by appends past that.
 */
function strList(o: PyObject, parts: string[], maxsplit: number | null): PyObject {
  const l = parts.length === 1 && parts[0] === S(o) ? newList([same(o)]) : newList(parts.map((p) => newStr(p)));
  // splitlines (maxsplit null) starts from an empty list
  let alloc = maxsplit === null ? 0 : maxsplit < 0 || maxsplit >= 11 ? 12 : maxsplit + 1;
  // appends past the preallocation grow it as list.append does (only when full: O(log n) steps,
  // and no long loop here for V8 to compile on stack and then deoptimise at every later call)
  while (alloc < parts.length) alloc = listCapacity(alloc, alloc + 1, alloc);
  l.allocated = alloc;
  return l;
}
function splitArgs(fname: string, args: PyObject[], kw: PyObject | null): [string | null, number] {
  const [sep, maxsplit] = parseArgs(fname, args, kw, ["sep", "maxsplit"], { required: 0 });
  let sp: string | null = null;
  if (sep !== null && sep !== None) {
    if (!(sep instanceof PyStr)) throw typeError(`must be str or None, not ${sep.ob_type.tp_name}`);
    sp = sep.value;
  }
  let n = maxsplit === null ? -1 : asSsize(maxsplit);
  if (n < 0) n = -1;
  if (sp === "") throw valueError("empty separator");
  return [sp, n];
}

function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && !isLineBreak(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) eol = s.charCodeAt(j) === 13 && s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    out.push(s.substring(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

// ---- find / count / startswith ------------------------------------------------------------

/** Parse (sub[, start[, end]]) and resolve the range in code points, then in units. */
function findArgs(o: PyObject, args: PyObject[], name: string): [string, string, number, number, PyStr] {
  checkTupleArity(name, args.length, 1, 3);
  const subo = subStr(args[0]!);
  const so = o as PyStr;
  const len = strLen(so);
  let [a, b] = adjustIndices(sliceIndexArg(args[1], 0), sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER), len);
  if (len !== so.value.length && a <= b) {
    a = unitIndex(so.value, a);
    b = unitIndex(so.value, b);
  }
  return [so.value, subo.value, a, b, so];
}
function findImpl(o: PyObject, args: PyObject[], name: string, rev: boolean): number {
  const [s, sub, a, b, so] = findArgs(o, args, name);
  if (b - a < sub.length || a > s.length) return -1;
  let r: number;
  if (rev) {
    r = s.lastIndexOf(sub, b - sub.length);
    if (r < a) r = -1;
  } else {
    r = s.indexOf(sub, a);
    if (r + sub.length > b) r = -1;
  }
  if (r < 0 || isBmpOnly(so)) return r;
  return cpIndex(s, r);
}
function countImpl(s: string, sub: string, a: number, b: number, so: PyStr): number {
  if (b - a < sub.length || a > s.length) return 0;
  if (sub.length === 0) return isBmpOnly(so) ? b - a + 1 : toCodePoints(s.substring(a, b)).length + 1;
  let n = 0, i = a;
  for (;;) {
    const j = s.indexOf(sub, i);
    if (j < 0 || j + sub.length > b) return n;
    n++;
    i = j + sub.length;
  }
}

function startsEnds(name: string, ends: boolean) {
  return {
    name, flags: 3, fn: (o: PyObject, args: PyObject[]): PyObject => {
      // the common call, s.startswith(str) over the whole string: a UTF-16 prefix (suffix) test
      // is the code-point one, with nothing allocated
      const x0 = args[0];
      if (args.length === 1 && x0 instanceof PyStr) {
        const s = (o as PyStr).value, p = x0.value;
        return (ends ? s.endsWith(p) : s.startsWith(p)) ? True : False;
      }
      checkTupleArity(name, args.length, 1, 3);
      const so = o as PyStr;
      const s = so.value;
      const len = strLen(so);
      let [a, b] = adjustIndices(sliceIndexArg(args[1], 0), sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER), len);
      const bmp = len === s.length;
      const test = (p: PyStr): boolean => {
        const plen = strLen(p);
        if (b - plen < a) return false;
        if (plen === 0) return true;
        const ua = bmp ? a : unitIndex(s, a), ub = bmp ? b : unitIndex(s, b);
        return ends ? s.substring(ub - p.value.length, ub) === p.value : s.startsWith(p.value, ua);
      };
      const x = args[0]!;
      if (x instanceof PyTuple) {
        for (const p of x.items) {
          if (!(p instanceof PyStr)) throw typeError(`tuple for ${name} must only contain str, not ${p.ob_type.tp_name}`);
          if (test(p)) return True;
        }
        return False;
      }
      if (!(x instanceof PyStr)) throw typeError(`${name} first arg must be str or a tuple of str, not ${x.ob_type.tp_name}`);
      void b;
      return newBool(test(x));
    },
  };
}

// ---- padding --------------------------------------------------------------------------------

function padImpl(name: string, f: (s: string, n: number, fill: string, len: number, width: number) => string) {
  return {
    name, flags: 3, fn: (o: PyObject, args: PyObject[]) => {
      checkArity(name, args, 1, 2);
      const w = asSsize(args[0]!);
      let fill = " ";
      if (args.length > 1) {
        const fo = args[1]!;
        if (!(fo instanceof PyStr)) throw typeError(`The fill character must be a unicode character, not ${fo.ob_type.tp_name}`);
        if (strLen(fo) !== 1) throw typeError("The fill character must be exactly one character long");
        fill = fo.value;
      }
      const len = strLen(o as PyStr);
      if (w <= len) return same(o);
      checkSize(w);
      return newStr(f(S(o), w - len, fill, len, w));
    },
  };
}

function expandtabs(s: string, tabsize: number): string {
  let out = "";
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        checkSize(out.length + n);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += s[i];
      if (c === 10 || c === 13) col = 0;
      else if ((c & 0xfc00) !== 0xdc00 || i === 0 || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800) col++;
    }
  }
  return out;
}

function replaceImpl(s: string, old: string, nw: string, count: number): string {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (old === "") {
    const cps = codePoints(s);
    let out = "";
    let n = 0;
    for (let i = 0; i <= cps.length; i++) {
      if (n < count) {
        out += nw;
        n++;
      }
      if (i < cps.length) out += cps[i];
    }
    return out;
  }
  let out = "", i = 0;
  while (count-- > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.substring(i, j) + nw;
    if (out.length > MAX_JS_STRING) throw memoryError();
    i = j + old.length;
  }
  return out + s.substring(i);
}

function pred(name: string, f: (s: string) => boolean) {
  return { name, flags: 1, fn: (o: PyObject) => newBool(f(S(o))) };
}
function mapMethod(name: string, f: (s: string) => string) {
  return { name, flags: 1, fn: (o: PyObject) => newStr(f(S(o))) };
}
function partitionImpl(o: PyObject, sepo: PyObject, rev: boolean): PyObject {
  const sep = subStr(sepo);
  if (sep.value === "") throw valueError("empty separator");
  const s = S(o);
  const i = rev ? s.lastIndexOf(sep.value) : s.indexOf(sep.value);
  if (i < 0) {
    return rev ? newTuple([newStr(""), newStr(""), same(o)]) : newTuple([same(o), newStr(""), newStr("")]);
  }
  sep.ob_refcnt++;
  return newTuple([newStr(s.substring(0, i)), sep, newStr(s.substring(i + sep.value.length))]);
}

StrType.tp_methods = [
  { name: "join", flags: 2, fn: (o: PyObject, it: PyObject) => strJoin(o, it) },
  { name: "split", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [sep, maxsplit] = splitArgs("split", args, kw);
    return strList(o, sep === null ? splitWhitespace(S(o), maxsplit) : splitSep(S(o), sep, maxsplit), maxsplit);
  } },
  { name: "rsplit", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [sep, maxsplit] = splitArgs("rsplit", args, kw);
    return strList(o, sep === null ? rsplitWhitespace(S(o), maxsplit) : rsplitSep(S(o), sep, maxsplit), maxsplit);
  } },
  { name: "splitlines", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [ke] = parseArgs("splitlines", args, kw, ["keepends"], { required: 0 });
    let keep = false;
    if (ke !== null) {
      if (!(ke instanceof PyInt)) throw typeError(`'${ke.ob_type.tp_name}' object cannot be interpreted as an integer`);
      keep = ke.value !== 0;
    }
    return strList(o, splitlines(S(o), keep), null);
  } },
  stripMethod("strip", true, true),
  stripMethod("lstrip", true, false),
  stripMethod("rstrip", false, true),
  { name: "replace", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    checkArity("replace", args, 2, 3);
    const old = args[0]!, nw = args[1]!;
    if (!(old instanceof PyStr)) throw typeError(`replace() argument 1 must be str, not ${argTypeName(old)}`);
    if (!(nw instanceof PyStr)) throw typeError(`replace() argument 2 must be str, not ${argTypeName(nw)}`);
    const count = args.length > 2 ? asSsize(args[2]!) : -1;
    return result(o, replaceImpl(S(o), old.value, nw.value, count));
  } },
  { name: "find", flags: 3, fn: (o: PyObject, args: PyObject[]) => newInt(findImpl(o, args, "find", false)) },
  { name: "rfind", flags: 3, fn: (o: PyObject, args: PyObject[]) => newInt(findImpl(o, args, "rfind", true)) },
  { name: "index", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const r = findImpl(o, args, "index", false);
    if (r < 0) throw valueError("substring not found");
    return newInt(r);
  } },
  { name: "rindex", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const r = findImpl(o, args, "rindex", true);
    if (r < 0) throw valueError("substring not found");
    return newInt(r);
  } },
  { name: "count", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    const [s, sub, a, b, so] = findArgs(o, args, "count");
    return newInt(countImpl(s, sub, a, b, so));
  } },
  startsEnds("startswith", false),
  startsEnds("endswith", true),
  mapMethod("upper", strUpper),
  mapMethod("lower", strLower),
  mapMethod("casefold", strCasefold),
  mapMethod("swapcase", strSwapcase),
  mapMethod("title", strTitle),
  mapMethod("capitalize", strCapitalize),
  padImpl("center", (s, n, fill, _len, width) => {
    const left = (n >> 1) + (n & width & 1);
    return fill.repeat(left) + s + fill.repeat(n - left);
  }),
  padImpl("ljust", (s, n, fill) => s + fill.repeat(n)),
  padImpl("rjust", (s, n, fill) => fill.repeat(n) + s),
  { name: "zfill", flags: 2, fn: (o: PyObject, w: PyObject) => {
    const s = S(o);
    const width = asSsize(w);
    const len = strLen(o as PyStr);
    if (width <= len) return same(o);
    checkSize(width);
    const pad = "0".repeat(width - len);
    if (s[0] === "+" || s[0] === "-") return newStr(s[0] + pad + s.substring(1));
    return newStr(pad + s);
  } },
  { name: "expandtabs", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [ts] = parseArgs("expandtabs", args, kw, ["tabsize"], { required: 0 });
    return result(o, expandtabs(S(o), ts === null ? 8 : asSsize(ts)));
  } },
  { name: "partition", flags: 2, fn: (o: PyObject, sep: PyObject) => partitionImpl(o, sep, false) },
  { name: "rpartition", flags: 2, fn: (o: PyObject, sep: PyObject) => partitionImpl(o, sep, true) },
  { name: "removeprefix", flags: 2, fn: (o: PyObject, p: PyObject) => {
    const pre = argStr(p, "removeprefix() argument");
    const s = S(o);
    return pre.length > 0 && s.startsWith(pre) ? newStr(s.substring(pre.length)) : same(o);
  } },
  { name: "removesuffix", flags: 2, fn: (o: PyObject, p: PyObject) => {
    const suf = argStr(p, "removesuffix() argument");
    const s = S(o);
    return suf.length > 0 && s.endsWith(suf) ? newStr(s.substring(0, s.length - suf.length)) : same(o);
  } },
  pred("isdigit", (s) => allHave(s, CT.DIGIT)),
  pred("isdecimal", (s) => allHave(s, CT.DECIMAL)),
  pred("isnumeric", (s) => allHave(s, CT.NUMERIC)),
  pred("isalpha", (s) => allHave(s, CT.ALPHA)),
  pred("isalnum", strIsAlnum),
  pred("isspace", (s) => allHave(s, CT.SPACE)),
  pred("islower", strIsLower),
  pred("isupper", strIsUpper),
  pred("istitle", strIsTitle),
  pred("isascii", strIsAscii),
  pred("isidentifier", strIsIdentifier),
  pred("isprintable", strIsPrintable),
  { name: "encode", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [enc, errors] = parseArgs("encode", args, kw, ["encoding", "errors"], { required: 0 });
    return encodeStr(S(o), enc === null ? "utf-8" : argStr(enc, "encode() argument 'encoding'"),
      errors === null ? "strict" : argStr(errors, "encode() argument 'errors'"));
  } },
  { name: "format", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => strFormat(S(o), args, kw) },
  { name: "format_map", flags: 2, fn: (o: PyObject, m: PyObject) => strFormat(S(o), [], null, m) },
  { name: "__format__", flags: 2, fn: (o: PyObject, spec: PyObject) => {
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    if (spec.value === "") return same(o);
    return formatStrSpec(S(o), spec.value);
  } },
  { name: "__getnewargs__", flags: 1, fn: (o: PyObject) => newTuple([newStr(S(o))]) },
  { name: "__sizeof__", flags: 1, fn: (o: PyObject) => newInt(strSizeof(o as PyStr)) },
  { name: "maketrans", flags: 3 | 16, fn: (_o: PyObject, args: PyObject[]) => makeTrans(args) },
  { name: "translate", flags: 2, fn: (o: PyObject, table: PyObject) => translate(o, table) },
];

/** str.__sizeof__: CPython's compact layouts (ASCII: 48 + len + 1; else 72 + (len+1)*kind). */
function strSizeof(o: PyStr): number {
  let max = 0;
  for (const c of toCodePoints(o.value)) if (c > max) max = c;
  const len = strLen(o);
  if (max < 128) return 48 + len + 1;
  const kind = max < 256 ? 1 : max < 0x10000 ? 2 : 4;
  return 72 + (len + 1) * kind;
}

function strJoin(o: PyObject, iterable: PyObject): PyObject {
  let it: PyObject;
  try {
    it = getIter(iterable);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorType)) {
      decref(e);
      throw typeError("can only join an iterable");
    }
    throw e;
  }
  const sep = S(o);
  let out = "";
  let i = 0;
  let only: PyObject | null = null;
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      if (!(x instanceof PyStr)) {
        const n = x.ob_type.tp_name;
        decref(x);
        throw typeError(`sequence item ${i}: expected str instance, ${n} found`);
      }
      if (i > 0) out += sep;
      out += x.value;
      if (out.length > MAX_JS_STRING) throw memoryError();
      if (i === 0 && x.ob_type === StrType) {
        only = x;
      } else {
        if (only !== null) {
          decref(only);
          only = null;
        }
        decref(x);
      }
      i++;
    }
  } catch (e) {
    if (only !== null) decref(only);
    throw e;
  } finally {
    decref(it);
  }
  if (i === 1 && only !== null) return only;
  if (only !== null) decref(only);
  return newStr(out);
}

import { newDict, dictSetItem, PyDict } from "./dict.ts";
import { LookupErrorType, TypeErrorType, PyBaseException } from "./exceptions.ts";

function makeTrans(args: PyObject[]): PyObject {
  checkArity("maketrans", args, 1, 3);
  const d = newDict();
  try {
    if (args.length === 1) {
      const m = args[0]!;
      if (!(m instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
      for (let i = 0; i < m.ekeys.length; i++) {
        const k = m.ekeys[i];
        if (k === null || k === undefined) continue;
        if (k instanceof PyStr) {
          if (strLen(k) !== 1) throw valueError("string keys in translate table must be of length 1");
          const key = newInt(k.value.codePointAt(0)!);
          dictSetItem(d, key, m.evalues[i]!);
          decref(key);
        } else if (k instanceof PyInt) dictSetItem(d, k, m.evalues[i]!);
        else throw typeError("keys in translate table must be strings or integers");
      }
      return d;
    }
    const x = args[0]!, y = args[1]!;
    if (!(x instanceof PyStr)) throw typeError(`maketrans() argument 1 must be str, not ${argTypeName(x)}`);
    if (!(y instanceof PyStr)) throw typeError(`maketrans() argument 2 must be str, not ${argTypeName(y)}`);
    if (args.length === 3 && !(args[2] instanceof PyStr)) throw typeError(`maketrans() argument 3 must be str, not ${argTypeName(args[2]!)}`);
    const xs = toCodePoints(x.value), ys = toCodePoints(y.value);
    if (xs.length !== ys.length) throw valueError("the first two maketrans arguments must have equal length");
    for (let i = 0; i < xs.length; i++) {
      const k = newInt(xs[i]!), v = newInt(ys[i]!);
      dictSetItem(d, k, v);
      decref(k);
      decref(v);
    }
    if (args.length === 3) {
      for (const c of toCodePoints((args[2] as PyStr).value)) {
        const k = newInt(c);
        dictSetItem(d, k, None);
        decref(k);
      }
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}
function translate(o: PyObject, table: PyObject): PyObject {
  let out = "";
  const cache = new Map<number, string | null>();
  for (const c of toCodePoints(S(o))) {
    let m = cache.get(c);
    if (m === undefined) {
      const key = newInt(c);
      let v: PyObject | null;
      try {
        v = getItem(table, key);
      } catch (e) {
        if (e instanceof PyBaseException && isSubtype(e.ob_type, LookupErrorType)) {
          decref(e);
          v = null;
        } else throw e;
      } finally {
        decref(key);
      }
      if (v === null) m = String.fromCodePoint(c);
      else {
        try {
          if (v === None) m = null;
          else if (v instanceof PyInt) {
            const n = v.value;
            if (n < 0 || n > 0x10ffff) throw valueError("character mapping must be in range(0x110000)");
            m = String.fromCodePoint(Number(n));
          } else if (v instanceof PyStr) m = v.value;
          else throw typeError("character mapping must return integer, None or str");
        } finally {
          decref(v);
        }
      }
      cache.set(c, m);
    }
    if (m !== null) out += m;
  }
  return result(o, out);
}
export { TupleType, PyType, intern, reprStr, PyList };
