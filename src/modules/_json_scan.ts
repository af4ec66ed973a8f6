/**
 * The `_json` decoder (CPython's Modules/_json.c scanner half): scanstring and the Scanner
 * object's scan_once.
 *
 * Layout: a Python str is a JS string in UTF-16 units; JSON indices are code points. Everything
 * here works in units; the entry points convert (`CpMap`) only when the document holds a
 * character outside the BMP (strLen(doc) !== doc.value.length), so ordinary documents pay
 * nothing. Error positions, StopIteration values and returned end indices are code points.
 *
 * Descent is iterative: open arrays/objects sit on an explicit stack (kinds / containers /
 * pending keys), so a deeply nested document never grows the JS stack. Each open container
 * counts one level against the recursion limit, as Py_EnterRecursiveCall does in the C
 * scanner (" while decoding a JSON array from a unicode string"); hooks run while their
 * object's level is still counted. On any exception the stack's containers are released and
 * the thread state's depth restored.
 *
 * Invariants (reference counts): `value` is an owned reference or null; containers on the stack
 * are owned; pending keys are borrowed from the per-call memo, which owns one reference per
 * distinct key and releases them when the call ends (CPython's memo dict, cleared after each
 * scan_once call).
 */
import type { PyObject } from "../objects/object.ts";
import { FloatType, IntType, None } from "../objects/types.ts";
import { PyStr, newStr, strLen, intern } from "../objects/str.ts";
import { True, False, newInt, newIntAny } from "../objects/int.ts";
import { newFloat } from "../objects/float.ts";
import { PyList, newList, listCapacity as listCap } from "../objects/list.ts";
import { PyDict, newDict, dictSetItem } from "../objects/dict.ts";
import { tuple2 } from "../objects/tuple.ts";
import { call } from "../objects/abstract.ts";
import { parseIntAscii } from "../objects/number_parse.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { typeError, valueError } from "../objects/errors.ts";
import { stopIterationWith } from "../objects/genobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { ts, enterRecursiveCall } from "../vm/state.ts";
import { sysGet } from "./sys.ts";
import { dictGetItemStr } from "../objects/dict.ts";
import { importModuleByName } from "../vm/import.ts";
import { getAttrStr } from "../objects/abstract.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** The scanner's configuration (the Scanner object's fields; all owned by it). */
export interface ScanConfig {
  strict: boolean;
  object_hook: PyObject;
  object_pairs_hook: PyObject;
  parse_float: PyObject;
  parse_int: PyObject;
  parse_constant: PyObject;
}

// ---- positions -------------------------------------------------------------------------------------

/**
 * Code point <-> UTF-16 unit positions of a document with surrogate pairs. `pairs[k]` is the
 * unit index of the k-th pair's high surrogate (ascending).
 */
export class CpMap {
  declare pairs: number[];
  constructor(s: string) {
    const p: number[] = [];
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          p.push(i);
          i++;
        }
      }
    }
    this.pairs = p;
  }
  /** Unit index of code point `cp` (cp may be the length). */
  toUnit(cp: number): number {
    const p = this.pairs;
    let u = cp;
    for (let k = 0; k < p.length && p[k]! < u; k++) u++;
    return u;
  }
  /** Code point index of unit `u`. */
  toCp(u: number): number {
    const p = this.pairs;
    let k = 0;
    while (k < p.length && p[k]! < u - 1) k++;
    return u - k;
  }
}

/** The position map of `doc`, or null when units and code points coincide. */
export function cpMapOf(doc: PyStr): CpMap | null {
  return strLen(doc) === doc.value.length ? null : new CpMap(doc.value);
}

// ---- errors ----------------------------------------------------------------------------------------

/** json.decoder.JSONDecodeError (borrowed), imported if need be, as raise_errmsg does. */
function decodeErrorClass(): PyObject {
  const mods = sysGet("modules");
  let m = mods instanceof PyDict ? dictGetItemStr(mods, intern("json.decoder")) : null;
  if (m === null) {
    decref(importModuleByName("json.decoder", None, 0));
    const again = sysGet("modules");
    m = again instanceof PyDict ? dictGetItemStr(again, intern("json.decoder")) : null;
    if (m === null) throw valueError("json.decoder is not importable");
  }
  return m;
}

/** JSONDecodeError(msg, doc, pos) to throw; `unit` is converted to a code point index. */
export function decodeError(msg: string, doc: PyStr, unit: number, map: CpMap | null): PyBaseException {
  const pos = map === null ? unit : map.toCp(unit);
  const cls = getAttrStr(decodeErrorClass(), "JSONDecodeError");
  const m = newStr(msg);
  const p = newInt(pos);
  let e: PyObject;
  try {
    e = call(cls, [m, doc, p]);
  } finally {
    decref(cls);
    decref(m);
    decref(p);
  }
  if (e instanceof PyBaseException) return e;
  decref(e);
  return typeError("exceptions must derive from BaseException");
}

function stopAt(unit: number, map: CpMap | null): PyBaseException {
  return stopIterationWith(newInt(map === null ? unit : map.toCp(unit)));
}

// ---- strings ---------------------------------------------------------------------------------------

/** Unit index after the closing quote of the last scanString call. */
export let strEnd = 0;

/** Value of the hex digit c, or -1. */
function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}
/** The four hex digits at s[i..i+3] as a number, or -1. */
function hex4(s: string, i: number): number {
  const a = hexVal(s.charCodeAt(i)), b = hexVal(s.charCodeAt(i + 1));
  const c = hexVal(s.charCodeAt(i + 2)), d = hexVal(s.charCodeAt(i + 3));
  if ((a | b | c | d) < 0) return -1;
  return (a << 12) | (b << 8) | (c << 4) | d;
}

/**
 * scanstring_unicode: the JSON string whose body starts at unit `end` (after the opening
 * quote); sets strEnd. Checks and error positions in CPython's order: a control character
 * (strict) before the end of the chunk, an unterminated string, then the escape.
 */
export function scanString(s: string, end: number, strict: boolean, doc: PyStr, map: CpMap | null): string {
  const n = s.length;
  const begin = end - 1;
  let out = "";
  let pos = end;
  for (;;) {
    let i = pos;
    let c = 0;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c === 34 || c === 92) break;
      if (c <= 0x1f && strict) throw decodeError("Invalid control character at", doc, i, map);
    }
    if (i >= n) throw decodeError("Unterminated string starting at", doc, begin, map);
    if (c === 34) {
      strEnd = i + 1;
      return pos === end ? s.substring(pos, i) : out + s.substring(pos, i);
    }
    if (i > pos) out += s.substring(pos, i);
    i++;
    if (i === n) throw decodeError("Unterminated string starting at", doc, begin, map);
    c = s.charCodeAt(i);
    if (c !== 117) {
      switch (c) {
        case 34: out += '"'; break;
        case 92: out += "\\"; break;
        case 47: out += "/"; break;
        case 98: out += "\b"; break;
        case 102: out += "\f"; break;
        case 110: out += "\n"; break;
        case 114: out += "\r"; break;
        case 116: out += "\t"; break;
        default: throw decodeError("Invalid \\escape", doc, i - 1, map);
      }
      pos = i + 1;
      continue;
    }
    i++;
    const e = i + 4;
    if (e >= n) throw decodeError("Invalid \\uXXXX escape", doc, i - 1, map);
    const cp = hex4(s, i);
    if (cp < 0) throw decodeError("Invalid \\uXXXX escape", doc, i - 1, map);
    pos = e;
    if (cp >= 0xd800 && cp <= 0xdbff && e + 6 < n && s.charCodeAt(e) === 92 && s.charCodeAt(e + 1) === 117) {
      const lo = hex4(s, e + 2);
      if (lo < 0) throw decodeError("Invalid \\uXXXX escape", doc, e + 1, map);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        out += String.fromCharCode(cp, lo);
        pos = e + 6;
        continue;
      }
    }
    out += String.fromCharCode(cp);
  }
}

// ---- scan_once -------------------------------------------------------------------------------------

/** Unit index after the value of the last scan call. */
export let scanEnd = 0;

const ARRAY = 0, OBJECT = 1;
const WHERE_ARRAY = " while decoding a JSON array from a unicode string";
const WHERE_OBJECT = " while decoding a JSON object from a unicode string";

function skipWs(s: string, i: number, n: number): number {
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    i++;
  }
  return i;
}

/** parse_constant("NaN" / "Infinity" / "-Infinity"): the hook's result (new reference). */
function constant(cfg: ScanConfig, name: string): PyObject {
  return call(cfg.parse_constant, [intern(name)]);
}

/** A number at s[i..j) (ASCII): int or float through the configured constructors. */
function number(cfg: ScanConfig, s: string, i: number, j: number, isFloat: boolean): PyObject {
  if (isFloat) {
    if (cfg.parse_float === FloatType) return newFloat(Number(s.substring(i, j)));
    return callText(cfg.parse_float, s.substring(i, j));
  }
  if (cfg.parse_int !== IntType) return callText(cfg.parse_int, s.substring(i, j));
  const neg = s.charCodeAt(i) === 45;
  const d0 = neg ? i + 1 : i;
  if (j - d0 <= 15) {
    let v = 0;
    for (let k = d0; k < j; k++) v = v * 10 + (s.charCodeAt(k) - 48);
    return newInt(neg ? 0 - v : v);
  }
  const v = parseIntAscii(s.substring(i, j), 10);
  return newIntAny(v === null ? 0 : v);
}
function callText(f: PyObject, text: string): PyObject {
  const t = newStr(text);
  try {
    return call(f, [t]);
  } finally {
    decref(t);
  }
}

/** A finished object: the pairs hook, else the object hook, else the dict (steals `cont`). */
function finishObject(cfg: ScanConfig, cont: PyObject): PyObject {
  const hook = cfg.object_pairs_hook !== None ? cfg.object_pairs_hook : cfg.object_hook;
  if (hook === None) return cont;
  try {
    return call(hook, [cont]);
  } finally {
    decref(cont);
  }
}

/** Memo of object keys for one scan call: one str object per distinct key (owned). */
type Memo = Map<string, PyStr>;

function memoKey(memo: Memo, k: string): PyStr {
  let o = memo.get(k);
  if (o === undefined) {
    o = newStr(k);
    memo.set(k, o);
  }
  return o;
}
function releaseMemo(memo: Memo): void {
  for (const o of memo.values()) decref(o);
  memo.clear();
}

/**
 * scan_once_unicode from unit `idx` (0 <= idx): the value (new reference); sets scanEnd.
 * StopIteration(idx) when no value starts at idx.
 */
export function scanOnce(cfg: ScanConfig, doc: PyStr, idx: number, map: CpMap | null): PyObject {
  const s = doc.value;
  const n = s.length;
  const strict = cfg.strict;
  const pairs = cfg.object_pairs_hook !== None;
  // per-activation state from the pool (a hook may call a scanner again: each level its own)
  const level = active++;
  let st = statePool[level];
  if (st === undefined) st = statePool[level] = new ScanState();
  const memo = st.memo, kinds = st.kinds, conts = st.conts, keys = st.keys;
  let sp = 0;
  const depth0 = ts.depth;
  let value: PyObject | null = null;
  let i = idx;
  try {
    outer: for (;;) {
      // ---- a value starts at i
      if (i >= n) throw stopAt(i, map);
      const c = s.charCodeAt(i);
      if (c === 34) {
        const text = scanString(s, i + 1, strict, doc, map);
        i = strEnd;
        value = newStr(text);
      } else if (c === 91) {
        enterRecursiveCall(WHERE_ARRAY);
        i = skipWs(s, i + 1, n);
        const l = newList([]);
        if (i < n && s.charCodeAt(i) === 93) {
          i++;
          ts.depth--;
          value = l;
        } else {
          kinds[sp] = ARRAY;
          conts[sp] = l;
          keys[sp] = null;
          sp++;
          continue;
        }
      } else if (c === 123) {
        enterRecursiveCall(WHERE_OBJECT);
        const o: PyObject = pairs ? newList([]) : newDict();
        kinds[sp] = OBJECT;
        conts[sp] = o;
        keys[sp] = null;
        sp++;
        i = skipWs(s, i + 1, n);
        if (i < n && s.charCodeAt(i) === 125) {
          i++;
          sp--;
          value = finishObject(cfg, o);
          ts.depth--;
        } else {
          if (i >= n || s.charCodeAt(i) !== 34) throw decodeError("Expecting property name enclosed in double quotes", doc, i, map);
          const k = scanString(s, i + 1, strict, doc, map);
          keys[sp - 1] = memoKey(memo, k);
          i = skipWs(s, strEnd, n);
          if (i >= n || s.charCodeAt(i) !== 58) throw decodeError("Expecting ':' delimiter", doc, i, map);
          i = skipWs(s, i + 1, n);
          continue;
        }
      } else if (c === 110 && i + 3 < n && s.charCodeAt(i + 1) === 117 && s.charCodeAt(i + 2) === 108 && s.charCodeAt(i + 3) === 108) {
        None.ob_refcnt++;
        value = None;
        i += 4;
      } else if (c === 116 && i + 3 < n && s.charCodeAt(i + 1) === 114 && s.charCodeAt(i + 2) === 117 && s.charCodeAt(i + 3) === 101) {
        True.ob_refcnt++;
        value = True;
        i += 4;
      } else if (c === 102 && i + 4 < n && s.charCodeAt(i + 1) === 97 && s.charCodeAt(i + 2) === 108 && s.charCodeAt(i + 3) === 115 && s.charCodeAt(i + 4) === 101) {
        False.ob_refcnt++;
        value = False;
        i += 5;
      } else if (c === 78 && i + 2 < n && s.charCodeAt(i + 1) === 97 && s.charCodeAt(i + 2) === 78) {
        value = constant(cfg, "NaN");
        i += 3;
      } else if (c === 73 && i + 7 < n && s.startsWith("Infinity", i)) {
        value = constant(cfg, "Infinity");
        i += 8;
      } else if (c === 45 && i + 8 < n && s.startsWith("-Infinity", i)) {
        value = constant(cfg, "-Infinity");
        i += 9;
      } else {
        // _match_number_unicode
        let j = i;
        let d = c;
        if (d === 45) {
          j++;
          if (j >= n) throw stopAt(i, map);
          d = s.charCodeAt(j);
        }
        if (d >= 49 && d <= 57) {
          j++;
          while (j < n && (d = s.charCodeAt(j)) >= 48 && d <= 57) j++;
        } else if (d === 48) j++;
        else throw stopAt(i, map);
        let isFloat = false;
        if (j < n - 1 && s.charCodeAt(j) === 46 && (d = s.charCodeAt(j + 1)) >= 48 && d <= 57) {
          isFloat = true;
          j += 2;
          while (j < n && (d = s.charCodeAt(j)) >= 48 && d <= 57) j++;
        }
        if (j < n - 1 && ((d = s.charCodeAt(j)) === 101 || d === 69)) {
          const es = j;
          j++;
          if (j < n - 1 && ((d = s.charCodeAt(j)) === 45 || d === 43)) j++;
          while (j < n && (d = s.charCodeAt(j)) >= 48 && d <= 57) j++;
          d = s.charCodeAt(j - 1);
          if (d >= 48 && d <= 57) isFloat = true;
          else j = es;
        }
        value = number(cfg, s, i, j, isFloat);
        i = j;
      }
      // ---- a value is complete: store it in the open containers, closing those that end
      for (;;) {
        if (sp === 0) {
          scanEnd = i;
          const v = value!;
          value = null;
          return v;
        }
        const top = sp - 1;
        const cont = conts[top]!;
        if (kinds[top] === ARRAY) {
          // steal value
          (cont as PyList).items.push(value!);
          const l = cont as PyList;
          if (l.items.length > l.allocated) l.allocated = listCap(l.allocated, l.items.length);
          value = null;
          i = skipWs(s, i, n);
          if (i < n && s.charCodeAt(i) === 93) {
            i++;
            sp--;
            value = cont;
            ts.depth--;
            continue;
          }
          if (i >= n || s.charCodeAt(i) !== 44) throw decodeError("Expecting ',' delimiter", doc, i, map);
          i = skipWs(s, i + 1, n);
          continue outer;
        }
        const key = keys[top]!;
        if (pairs) {
          const item = tuple2(key, value!);
          decref(value!);
          value = null;
          (cont as PyList).items.push(item);
          const l = cont as PyList;
          if (l.items.length > l.allocated) l.allocated = listCap(l.allocated, l.items.length);
        } else {
          dictSetItem(cont as PyDict, key, value!);
          decref(value!);
          value = null;
        }
        i = skipWs(s, i, n);
        if (i < n && s.charCodeAt(i) === 125) {
          i++;
          sp--;
          value = finishObject(cfg, cont);
          ts.depth--;
          continue;
        }
        if (i >= n || s.charCodeAt(i) !== 44) throw decodeError("Expecting ',' delimiter", doc, i, map);
        i = skipWs(s, i + 1, n);
        if (i >= n || s.charCodeAt(i) !== 34) throw decodeError("Expecting property name enclosed in double quotes", doc, i, map);
        const k = scanString(s, i + 1, strict, doc, map);
        keys[top] = memoKey(memo, k);
        i = skipWs(s, strEnd, n);
        if (i >= n || s.charCodeAt(i) !== 58) throw decodeError("Expecting ':' delimiter", doc, i, map);
        i = skipWs(s, i + 1, n);
        continue outer;
      }
    }
  } catch (e) {
    if (value !== null) decref(value);
    for (let k = sp - 1; k >= 0; k--) decref(conts[k]!);
    ts.depth = depth0;
    throw e;
  } finally {
    active--;
    if (memo.size !== 0) releaseMemo(memo);
    if (conts.length > 64) {
      st.kinds = [];
      st.conts = [];
      st.keys = [];
    }
  }
}

/** Scratch state of one scanOnce activation (reused; conts/keys entries are stale past sp). */
class ScanState {
  declare memo: Memo;
  declare kinds: number[];
  declare conts: PyObject[];
  declare keys: (PyStr | null)[];
  constructor() {
    this.memo = new Map();
    this.kinds = [];
    this.conts = [];
    this.keys = [];
  }
}
const statePool: ScanState[] = [];
let active = 0;
