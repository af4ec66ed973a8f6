/**
 * The str type: slots and methods (Objects/unicodeobject.c). Indexes are in code points; the
 * JS string is indexed directly when the str has no surrogate pairs (strLen(s) === length),
 * otherwise through an array of code points (slow path).
 */
import { PyObject, PyType, isSubtype } from "./object.ts";
import { StrType, StrIterType, NotImplemented, None, TupleType } from "./types.ts";
import { PyStr, newStr, strLen, strRepr, intern } from "./str.ts";
import { PyInt, newInt, True, False, newBool } from "./int.ts";
import { PyTuple, newTuple } from "./tuple.ts";
import { PyList, newList } from "./list.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { typeError, valueError, indexError, overflowError } from "./errors.ts";
import { asSsize, reprStr, str as strOf, iterableToArray, asIndexForSeq, strHash, repr } from "./abstract.ts";
import { dealloc } from "../memory/refcount.ts";
import { parseArgs } from "./args.ts";
import { formatStrSpec, strFormat, percentFormat } from "./format.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** Code points of a string (for strings with surrogate pairs). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}
function isBmpOnly(o: PyStr): boolean {
  return strLen(o) === o.value.length;
}

/** ascii(v): repr with non-ASCII characters escaped. */
export function asciiOf(v: PyObject): PyStr {
  const r = repr(v);
  const s = r.value;
  decref(r);
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return newStr(out);
}

function S(o: PyObject): string {
  return (o as PyStr).value;
}
function argStr(o: PyObject, fname: string, what = "argument"): string {
  if (!(o instanceof PyStr)) throw typeError(`${fname} ${what} must be str, not ${o.ob_type.tp_name}`);
  return o.value;
}

// ---- slots ----------------------------------------------------------------------------------

StrType.tp_repr = (o) => newStr(strRepr(S(o)));
StrType.tp_str = (o) => {
  if (o.ob_type === StrType) {
    o.ob_refcnt++;
    return o;
  }
  return newStr(S(o));
};
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
function compareCodePoints(x: string, y: string): number {
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
  return newStr(S(a) + b.value);
};
StrType.sq_repeat = (a, n) => {
  if (n <= 0) return newStr("");
  const s = S(a);
  if (s.length * n > 0x1fffffe8) throw overflowError("repeated string is too long");
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
  let i = asIndexForSeq(key, "string");
  const len = strLen(so);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw indexError("string index out of range");
  if (len === s.length) return newStr(s[i]!);
  return newStr(codePoints(s)[i]!);
};
StrType.sq_item = (o, i) => {
  const so = o as PyStr;
  const len = strLen(so);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw indexError("string index out of range");
  return newStr(len === so.value.length ? so.value[i]! : codePoints(so.value)[i]!);
};
StrType.nb_binary[6] = (a, b) => {
  if (!(a instanceof PyStr)) return NotImplemented;
  return percentFormat(a.value, b);
};

class PyStrIter extends PyObject {
  declare cps: string[] | null;
  declare s: string;
  declare i: number;
  constructor(s: PyStr) {
    super(StrIterType);
    this.s = s.value;
    this.cps = isBmpOnly(s) ? null : codePoints(s.value);
    this.i = 0;
  }
}
StrType.tp_iter = (o) => new PyStrIter(o as PyStr);
StrIterType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
StrIterType.tp_iternext = (o) => {
  const it = o as PyStrIter;
  if (it.cps !== null) {
    if (it.i >= it.cps.length) return null;
    return newStr(it.cps[it.i++]!);
  }
  if (it.i >= it.s.length) return null;
  return newStr(it.s[it.i++]!);
};
StrIterType.tp_methods = [
  { name: "__length_hint__", flags: 1, fn: (o: PyObject) => {
    const it = o as PyStrIter;
    return newInt(Math.max(0, (it.cps ? it.cps.length : it.s.length) - it.i));
  } },
];

StrType.tp_new = (type, args, kw) => {
  const [obj, encoding, errors] = parseArgs("str", args, kw, ["object", "encoding", "errors"], { required: 0 });
  let r: PyStr;
  if (obj === null) r = newStr("");
  else if (encoding !== null || errors !== null) {
    r = decodeObject(obj, encoding === null ? "utf-8" : argStr(encoding, "str()", "argument 'encoding'"), errors === null ? "strict" : S(errors));
  } else r = strOf(obj);
  if (type === StrType) return r;
  const sub = new PyStr(type, r.value);
  decref(r);
  return sub;
};
import { decodeBytesToStr } from "./codecs.ts";
function decodeObject(o: PyObject, encoding: string, errors: string): PyStr {
  return decodeBytesToStr(o, encoding, errors);
}

// ---- methods --------------------------------------------------------------------------------

const WS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
function isWs(c: string): boolean {
  return WS.includes(c);
}
function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  const test = chars === null ? isWs : (c: string) => chars.includes(c);
  let i = 0, j = s.length;
  if (left) while (i < j && test(s[i]!)) i++;
  if (right) while (j > i && test(s[j - 1]!)) j--;
  return s.substring(i, j);
}
function stripMethod(name: string, left: boolean, right: boolean) {
  return {
    name, flags: 3, fn: (o: PyObject, args: PyObject[]) => {
      if (args.length > 1) throw typeError(`${name} expected at most 1 argument, got ${args.length}`);
      const c = args.length === 0 || args[0] === None ? null : args[0]!;
      if (c !== null && !(c instanceof PyStr)) throw typeError(`${name} arg must be None or str`);
      return newStr(stripChars(S(o), c === null ? null : c.value, left, right));
    },
  };
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isWs(s[i]!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let j = n;
      while (j > i && isWs(s[j - 1]!)) j--;
      out.push(s.substring(i, j));
      return out;
    }
    let j = i;
    while (j < n && !isWs(s[j]!)) j++;
    out.push(s.substring(i, j));
    i = j;
  }
  return out;
}
function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isWs(s[j - 1]!)) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let i = 0;
      while (i < j && isWs(s[i]!)) i++;
      out.push(s.substring(i, j));
      break;
    }
    let i = j;
    while (i > 0 && !isWs(s[i - 1]!)) i--;
    out.push(s.substring(i, j));
    j = i;
  }
  return out.reverse();
}
function strList(parts: string[]): PyObject {
  return newList(parts.map((p) => newStr(p)));
}
function splitArgs(fname: string, args: PyObject[], kw: PyObject | null): [string | null, number] {
  const [sep, maxsplit] = parseArgs(fname, args, kw, ["sep", "maxsplit"], { required: 0 });
  const sp = sep === null || sep === None ? null : argStr(sep, "must be str or None, not", "");
  if (sep !== null && sep !== None && !(sep instanceof PyStr)) throw typeError(`must be str or None, not ${sep.ob_type.tp_name}`);
  if (sp === "") throw valueError("empty separator");
  return [sp, maxsplit === null ? -1 : asSsize(maxsplit)];
}

/** Adjust optional start/end arguments (slice semantics) to [start, end] in code units. */
function range(o: PyStr, start: PyObject | undefined, end: PyObject | undefined): [number, number] {
  const len = o.value.length;
  let a = start === undefined || start === None ? 0 : asSsize(start);
  let b = end === undefined || end === None ? len : asSsize(end);
  if (a < 0) a = Math.max(0, a + len);
  if (b < 0) b = Math.max(0, b + len);
  if (b > len) b = len;
  return [a, b];
}
function findImpl(o: PyObject, args: PyObject[], name: string, rev: boolean): number {
  if (args.length < 1 || args.length > 3) throw typeError(`${name} expected at least 1 argument, got ${args.length}`);
  const sub = argStr(args[0]!, "must be str, not", "");
  if (!(args[0] instanceof PyStr)) throw typeError(`must be str, not ${args[0]!.ob_type.tp_name}`);
  const so = o as PyStr;
  const [a, b] = range(so, args[1], args[2]);
  if (b - a < sub.length) return -1;
  const s = so.value;
  let r: number;
  if (rev) {
    r = s.lastIndexOf(sub, b - sub.length);
    if (r < a) r = -1;
  } else {
    r = s.indexOf(sub, a);
    if (r + sub.length > b) r = -1;
  }
  if (r < 0 || isBmpOnly(so)) return r;
  return codePoints(s.substring(0, r)).length;
}

function countImpl(s: string, sub: string, a: number, b: number): number {
  if (b - a < sub.length) return 0;
  if (sub.length === 0) return b - a + 1;
  let n = 0, i = a;
  for (;;) {
    const j = s.indexOf(sub, i);
    if (j < 0 || j + sub.length > b) return n;
    n++;
    i = j + sub.length;
  }
}

function padImpl(name: string, f: (s: string, w: number, fill: string) => string) {
  return {
    name, flags: 3, fn: (o: PyObject, args: PyObject[]) => {
      if (args.length < 1 || args.length > 2) throw typeError(`${name} expected ${args.length < 1 ? "at least 1" : "at most 2"} argument${args.length < 1 ? "" : "s"}, got ${args.length}`);
      const w = asSsize(args[0]!);
      let fill = " ";
      if (args.length > 1) {
        const fo = args[1]!;
        if (!(fo instanceof PyStr) || strLen(fo) !== 1) throw typeError("The fill character must be exactly one character long");
        fill = fo.value;
      }
      const s = S(o);
      const len = strLen(o as PyStr);
      if (w <= len) {
        if (o.ob_type === StrType) {
          o.ob_refcnt++;
          return o;
        }
        return newStr(s);
      }
      return newStr(f(s, w - len, fill));
    },
  };
}

function startsEnds(name: string, ends: boolean) {
  return {
    name, flags: 3, fn: (o: PyObject, args: PyObject[]) => {
      if (args.length < 1 || args.length > 3) throw typeError(`${name} expected at least 1 argument, got ${args.length}`);
      const so = o as PyStr;
      const [a, b] = range(so, args[1], args[2]);
      const s = so.value;
      const test = (p: string) => {
        if (b - a < p.length) return false;
        return ends ? s.substring(b - p.length, b) === p : s.startsWith(p, a);
      };
      const x = args[0]!;
      if (x instanceof PyTuple) {
        for (const p of x.items) {
          if (!(p instanceof PyStr)) throw typeError(`tuple for ${name} must only contain str, not ${p.ob_type.tp_name}`);
          if (test(p.value)) return True;
        }
        return False;
      }
      if (!(x instanceof PyStr)) throw typeError(`${name} first arg must be str or a tuple of str, not ${x.ob_type.tp_name}`);
      if (a > s.length) return False;
      return newBool(test(x.value));
    },
  };
}

function pred(name: string, f: (s: string) => boolean) {
  return { name, flags: 1, fn: (o: PyObject) => newBool(f(S(o))) };
}
const allChars = (re: RegExp) => (s: string) => s.length > 0 && re.test(s);

function titleCase(s: string): string {
  let out = "";
  let prevCased = false;
  for (const ch of s) {
    const cased = ch.toLowerCase() !== ch.toUpperCase();
    if (cased) {
      out += prevCased ? ch.toLowerCase() : titleChar(ch);
      prevCased = true;
    } else {
      out += ch;
      prevCased = /\p{Ll}|\p{Lu}|\p{Lt}/u.test(ch) ;
    }
  }
  return out;
}
function titleChar(ch: string): string {
  const special: Record<string, string> = { "ǆ": "ǅ", "Ǆ": "ǅ", "ǉ": "ǈ", "Ǉ": "ǈ", "ǌ": "ǋ", "Ǌ": "ǋ", "ǳ": "ǲ", "Ǳ": "ǲ" };
  return special[ch] ?? ch.toUpperCase();
}
function swapcase(s: string): string {
  let out = "";
  for (const ch of s) {
    const u = ch.toUpperCase();
    out += u === ch ? ch.toLowerCase() : u;
  }
  return out;
}

function expandtabs(s: string, tabsize: number): string {
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

const LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029";
function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && !LINE_BREAKS.includes(s[j]!)) j++;
    let eol = j;
    if (j < n) {
      eol = s[j] === "\r" && s[j + 1] === "\n" ? j + 2 : j + 1;
    }
    out.push(s.substring(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

StrType.tp_methods = [
  { name: "join", flags: 2, fn: (o: PyObject, it: PyObject) => {
    const items = iterableToArray(it);
    try {
      const parts: string[] = [];
      for (let i = 0; i < items.length; i++) {
        const x = items[i]!;
        if (!(x instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${x.ob_type.tp_name} found`);
        parts.push(x.value);
      }
      return newStr(parts.join(S(o)));
    } finally {
      for (const x of items) decref(x);
    }
  } },
  { name: "split", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [sep, maxsplit] = splitArgs("split", args, kw);
    const s = S(o);
    if (sep === null) return strList(splitWhitespace(s, maxsplit));
    const parts = s.split(sep);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) {
      const head = parts.slice(0, maxsplit);
      head.push(parts.slice(maxsplit).join(sep));
      return strList(head);
    }
    return strList(parts);
  } },
  { name: "rsplit", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [sep, maxsplit] = splitArgs("rsplit", args, kw);
    const s = S(o);
    if (sep === null) return strList(rsplitWhitespace(s, maxsplit));
    const parts = s.split(sep);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) {
      const cut = parts.length - maxsplit;
      return strList([parts.slice(0, cut).join(sep), ...parts.slice(cut)]);
    }
    return strList(parts);
  } },
  { name: "splitlines", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [ke] = parseArgs("splitlines", args, kw, ["keepends"], { required: 0 });
    return strList(splitlines(S(o), ke !== null && ke !== False && ke !== None && !(ke instanceof PyInt && ke.value === 0)));
  } },
  stripMethod("strip", true, true),
  stripMethod("lstrip", true, false),
  stripMethod("rstrip", false, true),
  { name: "replace", flags: 3, fn: (o: PyObject, args: PyObject[]) => {
    if (args.length < 2 || args.length > 3) throw typeError(`replace expected ${args.length < 2 ? "at least 2" : "at most 3"} arguments, got ${args.length}`);
    const old = args[0]!, nw = args[1]!;
    if (!(old instanceof PyStr)) throw typeError(`replace() argument 1 must be str, not ${old.ob_type.tp_name}`);
    if (!(nw instanceof PyStr)) throw typeError(`replace() argument 2 must be str, not ${nw.ob_type.tp_name}`);
    let count = args.length > 2 ? asSsize(args[2]!) : -1;
    const s = S(o);
    if (count < 0) return newStr(old.value === "" ? insertBetween(s, nw.value, -1) : s.split(old.value).join(nw.value));
    if (old.value === "") return newStr(insertBetween(s, nw.value, count));
    let out = "", i = 0;
    while (count-- > 0) {
      const j = s.indexOf(old.value, i);
      if (j < 0) break;
      out += s.substring(i, j) + nw.value;
      i = j + old.value.length;
    }
    return newStr(out + s.substring(i));
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
    if (args.length < 1 || args.length > 3) throw typeError(`count expected at least 1 argument, got ${args.length}`);
    if (!(args[0] instanceof PyStr)) throw typeError(`must be str, not ${args[0]!.ob_type.tp_name}`);
    const [a, b] = range(o as PyStr, args[1], args[2]);
    return newInt(countImpl(S(o), args[0].value, a, b));
  } },
  startsEnds("startswith", false),
  startsEnds("endswith", true),
  { name: "upper", flags: 1, fn: (o: PyObject) => newStr(S(o).toUpperCase()) },
  { name: "lower", flags: 1, fn: (o: PyObject) => newStr(S(o).toLowerCase()) },
  { name: "casefold", flags: 1, fn: (o: PyObject) => newStr(S(o).toLowerCase().replace(/ß/gu, "ss")) },
  { name: "swapcase", flags: 1, fn: (o: PyObject) => newStr(swapcase(S(o))) },
  { name: "title", flags: 1, fn: (o: PyObject) => newStr(titleCase(S(o))) },
  { name: "capitalize", flags: 1, fn: (o: PyObject) => {
    const cps = codePoints(S(o));
    if (cps.length === 0) return newStr("");
    return newStr(titleChar(cps[0]!) + cps.slice(1).join("").toLowerCase());
  } },
  padImpl("center", (s, n, fill) => {
    const left = Math.floor(n / 2) + (n & (s.length & 1) ? 1 : 0);
    return fill.repeat(left) + s + fill.repeat(n - left);
  }),
  padImpl("ljust", (s, n, fill) => s + fill.repeat(n)),
  padImpl("rjust", (s, n, fill) => fill.repeat(n) + s),
  { name: "zfill", flags: 2, fn: (o: PyObject, w: PyObject) => {
    const s = S(o);
    const width = asSsize(w);
    const len = strLen(o as PyStr);
    if (width <= len) return newStr(s);
    const pad = "0".repeat(width - len);
    if (s[0] === "+" || s[0] === "-") return newStr(s[0] + pad + s.substring(1));
    return newStr(pad + s);
  } },
  { name: "expandtabs", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [ts] = parseArgs("expandtabs", args, kw, ["tabsize"], { required: 0 });
    return newStr(expandtabs(S(o), ts === null ? 8 : asSsize(ts)));
  } },
  { name: "partition", flags: 2, fn: (o: PyObject, sep: PyObject) => {
    if (!(sep instanceof PyStr)) throw typeError(`must be str, not ${sep.ob_type.tp_name}`);
    if (sep.value === "") throw valueError("empty separator");
    const s = S(o);
    const i = s.indexOf(sep.value);
    if (i < 0) return newTuple([newStr(s), newStr(""), newStr("")]);
    return newTuple([newStr(s.substring(0, i)), newStr(sep.value), newStr(s.substring(i + sep.value.length))]);
  } },
  { name: "rpartition", flags: 2, fn: (o: PyObject, sep: PyObject) => {
    if (!(sep instanceof PyStr)) throw typeError(`must be str, not ${sep.ob_type.tp_name}`);
    if (sep.value === "") throw valueError("empty separator");
    const s = S(o);
    const i = s.lastIndexOf(sep.value);
    if (i < 0) return newTuple([newStr(""), newStr(""), newStr(s)]);
    return newTuple([newStr(s.substring(0, i)), newStr(sep.value), newStr(s.substring(i + sep.value.length))]);
  } },
  { name: "removeprefix", flags: 2, fn: (o: PyObject, p: PyObject) => {
    const pre = argStr(p, "removeprefix() argument");
    const s = S(o);
    return newStr(s.startsWith(pre) ? s.substring(pre.length) : s);
  } },
  { name: "removesuffix", flags: 2, fn: (o: PyObject, p: PyObject) => {
    const suf = argStr(p, "removesuffix() argument");
    const s = S(o);
    return newStr(suf.length > 0 && s.endsWith(suf) ? s.substring(0, s.length - suf.length) : s);
  } },
  pred("isdigit", allChars(/^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468]+$/u)),
  pred("isdecimal", allChars(/^\p{Nd}+$/u)),
  pred("isnumeric", allChars(/^[\p{Nd}\p{Nl}\p{No}\u3007\u4e00-\u9fff]+$/u)),
  pred("isalpha", allChars(/^[\p{L}]+$/u)),
  pred("isalnum", allChars(/^[\p{L}\p{Nd}\p{Nl}\p{No}]+$/u)),
  pred("isspace", (s) => s.length > 0 && [...s].every(isWs)),
  pred("islower", (s) => s !== s.toUpperCase() && s === s.toLowerCase() || (/\p{Ll}/u.test(s) && s === s.toLowerCase())),
  pred("isupper", (s) => /\p{Lu}|\p{Lt}/u.test(s) && s === s.toUpperCase()),
  pred("istitle", (s) => /\p{L}/u.test(s) && titleCase(s) === s),
  pred("isascii", (s) => /^[\x00-\x7f]*$/u.test(s)),
  pred("isidentifier", (s) => /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s)),
  pred("isprintable", (s) => [...s].every((c) => isPrintable(c.codePointAt(0)!))),
  { name: "encode", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => {
    const [enc, errors] = parseArgs("encode", args, kw, ["encoding", "errors"], { required: 0 });
    return encodeStr(S(o), enc === null ? "utf-8" : argStr(enc, "encode() argument 'encoding'"), errors === null ? "strict" : S(errors));
  } },
  { name: "format", flags: 4, fn: (o: PyObject, args: PyObject[], kw: PyObject | null) => strFormat(S(o), args, kw) },
  { name: "format_map", flags: 2, fn: (o: PyObject, m: PyObject) => strFormat(S(o), [], null, m) },
  { name: "__format__", flags: 2, fn: (o: PyObject, spec: PyObject) => {
    if (!(spec instanceof PyStr)) throw typeError(`argument to __format__ must be str, not ${spec.ob_type.tp_name}`);
    return formatStrSpec(S(o), spec.value);
  } },
  { name: "__getnewargs__", flags: 1, fn: (o: PyObject) => newTuple([newStr(S(o))]) },
  { name: "__sizeof__", flags: 1, fn: (o: PyObject) => newInt(49 + S(o).length) },
  { name: "maketrans", flags: 3 | 16, fn: (_o: PyObject, args: PyObject[]) => makeTrans(args) },
  { name: "translate", flags: 2, fn: (o: PyObject, table: PyObject) => translate(S(o), table) },
];
import { isPrintableCodePoint as isPrintable } from "./str.ts";
import { encodeStr } from "./codecs.ts";
import { newDict, dictSetItem, PyDict } from "./dict.ts";
import { getItem } from "./abstract.ts";
import { LookupErrorType, PyBaseException } from "./exceptions.ts";

function insertBetween(s: string, ins: string, count: number): string {
  const cps = codePoints(s);
  let out = "";
  let n = 0;
  for (let i = 0; i <= cps.length; i++) {
    if (count < 0 || n < count) {
      out += ins;
      n++;
    }
    if (i < cps.length) out += cps[i];
  }
  return out;
}

function makeTrans(args: PyObject[]): PyObject {
  const d = newDict();
  if (args.length === 1) {
    const m = args[0]!;
    if (!(m instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
    for (let i = 0; i < m.ekeys.length; i++) {
      const k = m.ekeys[i];
      if (k === null || k === undefined) continue;
      let key: PyObject = k;
      if (k instanceof PyStr) {
        if (strLen(k) !== 1) throw valueError("string keys in translate table must be of length 1");
        key = newInt(k.value.codePointAt(0)!);
      } else if (!(k instanceof PyInt)) throw typeError("keys in translate table must be strings or integers");
      dictSetItem(d, key, m.evalues[i]!);
    }
    return d;
  }
  if (args.length < 2 || args.length > 3) throw typeError(`maketrans expected at most 3 arguments, got ${args.length}`);
  const x = codePoints(argStr(args[0]!, "maketrans() argument 1")), y = codePoints(argStr(args[1]!, "maketrans() argument 2"));
  if (x.length !== y.length) throw valueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < x.length; i++) dictSetItem(d, newInt(x[i]!.codePointAt(0)!), newInt(y[i]!.codePointAt(0)!));
  if (args.length === 3) for (const c of codePoints(argStr(args[2]!, "maketrans() argument 3"))) dictSetItem(d, newInt(c.codePointAt(0)!), None);
  return d;
}
function translate(s: string, table: PyObject): PyObject {
  let out = "";
  for (const ch of s) {
    const key = newInt(ch.codePointAt(0)!);
    let v: PyObject;
    try {
      v = getItem(table, key);
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.ob_type, LookupErrorType)) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (v === None) continue;
    if (v instanceof PyInt) out += String.fromCodePoint(Number(v.value));
    else if (v instanceof PyStr) out += v.value;
    else throw typeError("character mapping must return integer, None or str");
  }
  return newStr(out);
}
export { TupleType, PyType, intern, reprStr, PyList };
