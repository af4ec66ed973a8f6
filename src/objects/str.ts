/** str: formatting shared by the compiler (constants) and the VM, and the run-time str object. */
import { IMMORTAL, PyObject, type PyType } from "./object.ts";
import { StrType } from "./types.ts";
import { getObjectRegistry } from "../memory/gc.ts";
import { CT, ctype } from "./unicode_ctype.ts";

const HEX = "0123456789abcdef";

/** str.isprintable() of one code point, from Python 3.11's Unicode 14 data (unicode_ctype.ts). */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return (ctype(cp) & CT.PRINTABLE) !== 0;
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

// ---- the run-time str object ---------------------------------------------------------------


/**
 * A str: wraps a JS string (UTF-16; a code point outside the BMP is a surrogate pair).
 * `hash` caches hash(s) (-1 = not computed yet, as CPython). `cplen` caches the length in code
 * points (-1 = unknown); it equals value.length unless the string has surrogate pairs, in which
 * case indexing goes through the slow code-point paths in str_ops.ts.
 */
export class PyStr extends PyObject {
  declare value: string;
  declare hash: number | bigint;
  declare cplen: number;
  constructor(type: PyType, value: string) {
    super(type);
    this.value = value;
    this.hash = -1;
    this.cplen = -1;
  }
}

/**
 * Allocates exact strs with a constructor function of their own (as IntObject in int.ts): the
 * PyObject constructor's memory-model hooks have nothing to do for str (a variable-size type:
 * no fixed block, not GC-tracked, addresses given on id()), except telling the object registry
 * when reference accounting or tracemalloc is on.
 */
const StrObject = function (this: PyStr, s: string) {
  this.ob_refcnt = 1;
  this.ob_type = StrType;
  this.dict = null;
  this.ob_gc = 0;
  this.ob_addr = 0;
  this.value = s;
  this.hash = -1;
  this.cplen = -1;
} as unknown as new (s: string) => PyStr;
(StrObject as unknown as { prototype: object }).prototype = PyStr.prototype;
function makeStr(s: string): PyStr {
  const o = new StrObject(s);
  const reg = getObjectRegistry();
  if (reg !== null) reg.add(o);
  return o;
}

const interned = new Map<string, PyStr>();
/** The interned str for `s` (immortal, shared): identifiers, attribute names, code names. */
export function intern(s: string): PyStr {
  let o = interned.get(s);
  if (o === undefined) {
    o = makeStr(s);
    o.ob_refcnt = IMMORTAL;
    interned.set(s, o);
  }
  return o;
}
/**
 * sys.intern(o): the interned str equal to `o`; when there is none yet, `o` itself becomes the
 * interned one (immortal from then on), as PyUnicode_InternInPlace does.
 */
export function internObject(o: PyStr): PyStr {
  const s = interned.get(o.value);
  if (s !== undefined) return s;
  o.ob_refcnt = IMMORTAL;
  interned.set(o.value, o);
  return o;
}
const EMPTY = intern("");
const CHARS: PyStr[] = [];
for (let i = 0; i < 256; i++) CHARS.push(intern(String.fromCharCode(i)));

/** A new reference to a str holding `s` (one-character latin-1 strings and "" are shared). */
export function newStr(s: string): PyStr {
  if (s.length <= 1) {
    if (s.length === 0) return EMPTY;
    const c = s.charCodeAt(0);
    if (c < 256) return CHARS[c]!;
  }
  return makeStr(s);
}

/** Length in code points. */
export function strLen(o: PyStr): number {
  let n = o.cplen;
  if (n < 0) {
    const s = o.value;
    n = s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) { n--; i++; }
      }
    }
    o.cplen = n;
  }
  return n;
}
