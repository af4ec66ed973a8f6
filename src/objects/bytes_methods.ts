/**
 * The methods bytes and bytearray share (Objects/bytes_methods.c and the stringlib templates):
 * searching, splitting, stripping, padding, ASCII case mapping and predicates, hex/fromhex,
 * translate/maketrans, decode. `sharedMethods(make)` builds the MethodDef list; `make` wraps a
 * result Uint8Array as the receiver's kind (bytes for bytes, bytearray for bytearray).
 * Arguments that are "bytes-like" accept any buffer (bytes, bytearray, memoryview).
 */
import { PyObject, isSubtype, type MethodDef } from "./object.ts";
import { None, BytesType, ByteArrayType } from "./types.ts";
import { PyBytes, PyByteArray, bufferOf, newBytes } from "./bytes.ts";
import { PyStr, newStr } from "./str.ts";
import { PyInt, newInt, True, False, newBool } from "./int.ts";
import { PyTuple, newTuple } from "./tuple.ts";
import { newList } from "./list.ts";
import { typeError, valueError, memoryError } from "./errors.ts";
import { asSsize, getIter, iterNext, index as toIndex, call } from "./abstract.ts";
import { parseArgs, checkArity } from "./args.ts";
import { sliceIndexArg, adjustIndices, checkTupleArity } from "./seq_common.ts";
import { decodeBytes } from "./codecs.ts";
import { dealloc } from "../memory/refcount.ts";
import { TypeErrorType, PyBaseException } from "./exceptions.ts";

type Make = (b: Uint8Array) => PyObject;

function dec(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
/** The receiver's bytes. */
export function V(o: PyObject): Uint8Array {
  return (o as PyBytes | PyByteArray).value;
}
/** A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'". */
export function bufArg(o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}

export function isSpaceByte(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
function isLowerB(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpperB(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAlphaB(c: number): boolean {
  return isLowerB(c) || isUpperB(c);
}
function isDigitB(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Index of needle in hay[from..to) (naive; short needles are the common case). */
export function indexOfBytes(h: Uint8Array, n: Uint8Array, from: number, to = h.length): number {
  const last = to - n.length;
  if (n.length === 0) return from <= to ? from : -1;
  const first = n[0]!;
  outer: for (let i = from; i <= last; i++) {
    if (h[i] !== first) continue;
    for (let j = 1; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}
export function lastIndexOfBytes(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  for (let i = to - n.length; i >= from; i--) {
    let ok = true;
    for (let j = 0; j < n.length; j++) {
      if (h[i + j] !== n[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
  }
  return -1;
}
function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

/** The (sub[, start[, end]]) of find/count/index: sub may be an int (one byte). */
function findArgs(o: PyObject, args: PyObject[], name: string): [Uint8Array, Uint8Array, number, number] {
  checkTupleArity(name, args.length, 1, 3);
  const x = args[0]!;
  let sub: Uint8Array;
  const b = bufferOf(x);
  if (b !== null) sub = b;
  else if (x.ob_type.nb_index !== null) {
    const i = toIndex(x);
    const v = i.value;
    dec(i);
    if (v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
    sub = Uint8Array.of(Number(v));
  } else throw typeError(`argument should be integer or bytes-like object, not '${x.ob_type.tp_name}'`);
  const h = V(o);
  const [a, e] = adjustIndices(sliceIndexArg(args[1], 0), sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER), h.length);
  return [h, sub, a, e];
}
function findImpl(o: PyObject, args: PyObject[], name: string, rev: boolean): number {
  const [h, sub, a, e] = findArgs(o, args, name);
  if (e - a < sub.length || a > h.length) return -1;
  return rev ? lastIndexOfBytes(h, sub, a, e) : indexOfBytes(h, sub, a, e);
}
function countImpl(o: PyObject, args: PyObject[]): number {
  const [h, sub, a, e] = findArgs(o, args, "count");
  if (e - a < sub.length || a > h.length) return 0;
  if (sub.length === 0) return e - a + 1;
  let n = 0, i = a;
  for (;;) {
    const j = indexOfBytes(h, sub, i, e);
    if (j < 0) return n;
    n++;
    i = j + sub.length;
  }
}

function startsEnds(name: string, ends: boolean): MethodDef {
  return {
    name, flags: 3, fn: (o: PyObject, args: PyObject[]) => {
      checkTupleArity(name, args.length, 1, 3);
      const h = V(o);
      const [a, e] = adjustIndices(sliceIndexArg(args[1], 0), sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER), h.length);
      const test = (p: Uint8Array): boolean => {
        if (e - p.length < a) return false;
        const at = ends ? e - p.length : a;
        for (let j = 0; j < p.length; j++) if (h[at + j] !== p[j]) return false;
        return true;
      };
      const x = args[0]!;
      if (x instanceof PyTuple) {
        for (const p of x.items) {
          const pb = bufferOf(p);
          if (pb === null) throw typeError(`a bytes-like object is required, not '${p.ob_type.tp_name}'`);
          if (test(pb)) return True;
        }
        return False;
      }
      const xb = bufferOf(x);
      if (xb === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${x.ob_type.tp_name}`);
      return newBool(test(xb));
    },
  };
}

function splitWs(h: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  const n = h.length;
  while (i < n) {
    while (i < n && isSpaceByte(h[i]!)) i++;
    if (i >= n) break;
    if (out.length === maxsplit) {
      out.push(h.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceByte(h[j]!)) j++;
    out.push(h.slice(i, j));
    i = j;
  }
  return out;
}
function rsplitWs(h: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let j = h.length;
  while (j > 0) {
    while (j > 0 && isSpaceByte(h[j - 1]!)) j--;
    if (j <= 0) break;
    if (out.length === maxsplit) {
      out.push(h.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpaceByte(h[i - 1]!)) i--;
    out.push(h.slice(i, j));
    j = i;
  }
  return out.reverse();
}
function splitSep(h: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  while (out.length !== maxsplit) {
    const j = indexOfBytes(h, sep, i);
    if (j < 0) break;
    out.push(h.slice(i, j));
    i = j + sep.length;
  }
  out.push(h.slice(i));
  return out;
}
function rsplitSep(h: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let j = h.length;
  while (out.length !== maxsplit) {
    const i = lastIndexOfBytes(h, sep, 0, j);
    if (i < 0) break;
    out.push(h.slice(i + sep.length, j));
    j = i;
  }
  out.push(h.slice(0, j));
  return out.reverse();
}
function splitArgs(name: string, args: PyObject[], kw: PyObject | null): [Uint8Array | null, number] {
  const [sep, maxsplit] = parseArgs(name, args, kw, ["sep", "maxsplit"], { required: 0 });
  let n = maxsplit === null ? -1 : asSsize(maxsplit);
  if (n < 0) n = -1;
  if (sep === null || sep === None) return [null, n];
  const s = bufArg(sep);
  if (s.length === 0) throw valueError("empty separator");
  return [s, n];
}

function stripImpl(h: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean): Uint8Array {
  const test = chars === null ? isSpaceByte : (c: number) => chars.includes(c);
  let i = 0, j = h.length;
  if (left) while (i < j && test(h[i]!)) i++;
  if (right) while (j > i && test(h[j - 1]!)) j--;
  return h.slice(i, j);
}
function stripMethod(name: string, left: boolean, right: boolean, make: Make): MethodDef {
  return {
    name, flags: 3, fn: (o: PyObject, args: PyObject[]) => {
      checkArity(name, args, 0, 1);
      const c = args.length === 0 || args[0] === None ? null : bufArg(args[0]!);
      return make(stripImpl(V(o), c, left, right));
    },
  };
}
/** The fill byte argument of center/ljust/rjust ('c' clinic converter). */
function fillArg(name: string, o: PyObject): number {
  if ((o instanceof PyBytes || o instanceof PyByteArray) && o.value.length === 1) return o.value[0]!;
  throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${o.ob_type.tp_name}`);
}
function padMethod(name: string, make: Make, place: (n: number, width: number) => number): MethodDef {
  return {
    name, flags: 3, fn: (o: PyObject, args: PyObject[]) => {
      checkArity(name, args, 1, 2);
      const width = asSsize(args[0]!);
      const fill = args.length > 1 ? fillArg(name, args[1]!) : 32;
      const h = V(o);
      if (width <= h.length) return make(h.slice());
      if (width > 0x7fffffff) throw memoryError();
      const out = new Uint8Array(width).fill(fill);
      out.set(h, place(width - h.length, width));
      return make(out);
    },
  };
}
function mapBytes(name: string, make: Make, f: (h: Uint8Array) => Uint8Array): MethodDef {
  return { name, flags: 1, fn: (o: PyObject) => make(f(V(o))) };
}
function pred(name: string, f: (h: Uint8Array) => boolean): MethodDef {
  return { name, flags: 1, fn: (o: PyObject) => newBool(f(V(o))) };
}
function allB(h: Uint8Array, f: (c: number) => boolean): boolean {
  if (h.length === 0) return false;
  for (let i = 0; i < h.length; i++) if (!f(h[i]!)) return false;
  return true;
}
function titleB(h: Uint8Array): Uint8Array {
  const out = h.slice();
  let prev = false;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (isLowerB(c)) {
      if (!prev) out[i] = c - 32;
      prev = true;
    } else if (isUpperB(c)) {
      if (prev) out[i] = c + 32;
      prev = true;
    } else prev = false;
  }
  return out;
}
function istitleB(h: Uint8Array): boolean {
  let cased = false, prev = false;
  for (let i = 0; i < h.length; i++) {
    const c = h[i]!;
    if (isUpperB(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerB(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

/** bytes.hex / bytearray.hex / memoryview.hex (_Py_strhex_with_sep). */
export function hexWithSep(h: Uint8Array, args: PyObject[], kw: PyObject | null, fname = "hex"): PyObject {
  const [sepo, bps] = parseArgs(fname, args, kw, ["sep", "bytes_per_sep"], { required: 0 });
  let hex = "";
  const H = "0123456789abcdef";
  if (sepo === null) {
    for (let i = 0; i < h.length; i++) hex += H[h[i]! >> 4]! + H[h[i]! & 15]!;
    return newStr(hex);
  }
  let sep: string;
  if (sepo instanceof PyStr) {
    if ([...sepo.value].length !== 1) throw valueError("sep must be length 1.");
    sep = sepo.value;
    if (sep.charCodeAt(0) > 127) throw valueError("sep must be ASCII.");
  } else {
    const b = bufferOf(sepo);
    if (b === null) throw typeError(`object of type '${sepo.ob_type.tp_name}' has no len()`);
    if (b.length !== 1) throw valueError("sep must be length 1.");
    if (b[0]! > 127) throw valueError("sep must be ASCII.");
    sep = String.fromCharCode(b[0]!);
  }
  let per = bps === null ? 1 : asSsize(bps);
  const fromLeft = per < 0;
  if (per < 0) per = -per;
  if (per === 0 || h.length === 0) {
    for (let i = 0; i < h.length; i++) hex += H[h[i]! >> 4]! + H[h[i]! & 15]!;
    return newStr(hex);
  }
  const groups: string[] = [];
  const n = h.length;
  if (fromLeft) {
    for (let i = 0; i < n; i += per) {
      let g = "";
      for (let k = i; k < Math.min(n, i + per); k++) g += H[h[k]! >> 4]! + H[h[k]! & 15]!;
      groups.push(g);
    }
  } else {
    const first = n % per === 0 ? per : n % per;
    for (let i = 0; i < n; i = i === 0 ? first : i + per) {
      const end = i === 0 ? first : i + per;
      let g = "";
      for (let k = i; k < end; k++) g += H[h[k]! >> 4]! + H[h[k]! & 15]!;
      groups.push(g);
    }
  }
  return newStr(groups.join(sep));
}
/** bytes.fromhex(string) contents. */
export function fromHex(o: PyObject, cls: string): Uint8Array {
  if (!(o instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${o.ob_type.tp_name}`);
  const s = o.value;
  const out: number[] = [];
  const hv = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  let i = 0;
  void cls;
  while (i < s.length) {
    if (isSpaceByte(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const a = hv(s.charCodeAt(i));
    if (a < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const b = i + 1 < s.length ? hv(s.charCodeAt(i + 1)) : -1;
    if (b < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(a * 16 + b);
    i += 2;
  }
  return Uint8Array.from(out);
}

function joinImpl(o: PyObject, iterable: PyObject, make: Make): PyObject {
  let it: PyObject;
  try {
    it = getIter(iterable);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorType)) {
      dec(e);
      throw typeError("can only join an iterable");
    }
    throw e;
  }
  const sep = V(o).slice();
  const parts: Uint8Array[] = [];
  try {
    for (let i = 0; ; i++) {
      const x = iterNext(it);
      if (x === null) break;
      const b = bufferOf(x);
      if (b === null) {
        const n = x.ob_type.tp_name;
        dec(x);
        throw typeError(`sequence item ${i}: expected a bytes-like object, ${n} found`);
      }
      if (i > 0) parts.push(sep);
      parts.push(b.slice());
      dec(x);
    }
  } finally {
    dec(it);
  }
  return make(concat(parts));
}

function replaceImpl(h: Uint8Array, old: Uint8Array, nw: Uint8Array, count: number): Uint8Array {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    let n = 0;
    for (let i = 0; i <= h.length; i++) {
      if (n < count) {
        parts.push(nw);
        n++;
      }
      if (i < h.length) parts.push(h.subarray(i, i + 1));
    }
    return concat(parts);
  }
  let i = 0;
  while (count-- > 0) {
    const j = indexOfBytes(h, old, i);
    if (j < 0) break;
    parts.push(h.subarray(i, j), nw);
    i = j + old.length;
  }
  parts.push(h.subarray(i));
  return concat(parts);
}

function expandtabsB(h: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (let i = 0; i < h.length; i++) {
    const c = h[i]!;
    if (c === 9) {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        for (let k = 0; k < n; k++) out.push(32);
        col += n;
      }
    } else {
      out.push(c);
      col = c === 10 || c === 13 ? 0 : col + 1;
    }
  }
  return Uint8Array.from(out);
}
function splitlinesB(h: Uint8Array, keep: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  while (i < h.length) {
    let j = i;
    while (j < h.length && h[j] !== 10 && h[j] !== 13) j++;
    let eol = j;
    if (j < h.length) eol = h[j] === 13 && h[j + 1] === 10 ? j + 2 : j + 1;
    out.push(h.slice(i, keep ? eol : j));
    i = eol;
  }
  return out;
}

/** The methods of bytes and bytearray; `make` builds results of the receiver's kind. */
export function sharedMethods(make: Make): MethodDef[] {
  const list = (parts: Uint8Array[]) => newList(parts.map(make));
  return [
    { name: "find", flags: 3, fn: (o: PyObject, a: PyObject[]) => newInt(findImpl(o, a, "find", false)) },
    { name: "rfind", flags: 3, fn: (o: PyObject, a: PyObject[]) => newInt(findImpl(o, a, "rfind", true)) },
    { name: "index", flags: 3, fn: (o: PyObject, a: PyObject[]) => {
      const r = findImpl(o, a, "index", false);
      if (r < 0) throw valueError("subsection not found");
      return newInt(r);
    } },
    { name: "rindex", flags: 3, fn: (o: PyObject, a: PyObject[]) => {
      const r = findImpl(o, a, "rindex", true);
      if (r < 0) throw valueError("subsection not found");
      return newInt(r);
    } },
    { name: "count", flags: 3, fn: (o: PyObject, a: PyObject[]) => newInt(countImpl(o, a)) },
    startsEnds("startswith", false),
    startsEnds("endswith", true),
    { name: "split", flags: 4, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [sep, n] = splitArgs("split", a, kw);
      return list(sep === null ? splitWs(V(o), n) : splitSep(V(o), sep, n));
    } },
    { name: "rsplit", flags: 4, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [sep, n] = splitArgs("rsplit", a, kw);
      return list(sep === null ? rsplitWs(V(o), n) : rsplitSep(V(o), sep, n));
    } },
    { name: "splitlines", flags: 4, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [ke] = parseArgs("splitlines", a, kw, ["keepends"], { required: 0 });
      let keep = false;
      if (ke !== null) {
        if (!(ke instanceof PyInt)) throw typeError(`'${ke.ob_type.tp_name}' object cannot be interpreted as an integer`);
        keep = ke.value !== 0;
      }
      return list(splitlinesB(V(o), keep));
    } },
    { name: "partition", flags: 2, fn: (o: PyObject, s: PyObject) => {
      const sep = bufArg(s);
      if (sep.length === 0) throw valueError("empty separator");
      const h = V(o);
      const i = indexOfBytes(h, sep, 0);
      if (i < 0) return newTuple([make(h.slice()), make(new Uint8Array(0)), make(new Uint8Array(0))]);
      return newTuple([make(h.slice(0, i)), make(sep.slice()), make(h.slice(i + sep.length))]);
    } },
    { name: "rpartition", flags: 2, fn: (o: PyObject, s: PyObject) => {
      const sep = bufArg(s);
      if (sep.length === 0) throw valueError("empty separator");
      const h = V(o);
      const i = lastIndexOfBytes(h, sep, 0, h.length);
      if (i < 0) return newTuple([make(new Uint8Array(0)), make(new Uint8Array(0)), make(h.slice())]);
      return newTuple([make(h.slice(0, i)), make(sep.slice()), make(h.slice(i + sep.length))]);
    } },
    stripMethod("strip", true, true, make),
    stripMethod("lstrip", true, false, make),
    stripMethod("rstrip", false, true, make),
    { name: "replace", flags: 3, fn: (o: PyObject, a: PyObject[]) => {
      checkArity("replace", a, 2, 3);
      const old = bufArg(a[0]!), nw = bufArg(a[1]!);
      const count = a.length > 2 ? asSsize(a[2]!) : -1;
      return make(replaceImpl(V(o), old, nw, count));
    } },
    { name: "join", flags: 2, fn: (o: PyObject, it: PyObject) => joinImpl(o, it, make) },
    padMethod("center", make, (n, width) => (n >> 1) + (n & width & 1)),
    padMethod("ljust", make, () => 0),
    padMethod("rjust", make, (n) => n),
    { name: "zfill", flags: 2, fn: (o: PyObject, w: PyObject) => {
      const width = asSsize(w);
      const h = V(o);
      if (width <= h.length) return make(h.slice());
      const out = new Uint8Array(width).fill(48);
      out.set(h, width - h.length);
      const fill = width - h.length;
      if (out[fill] === 43 || out[fill] === 45) {
        out[0] = out[fill]!;
        out[fill] = 48;
      }
      return make(out);
    } },
    { name: "expandtabs", flags: 4, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [ts] = parseArgs("expandtabs", a, kw, ["tabsize"], { required: 0 });
      return make(expandtabsB(V(o), ts === null ? 8 : asSsize(ts)));
    } },
    mapBytes("lower", make, (h) => h.map((c) => (isUpperB(c) ? c + 32 : c))),
    mapBytes("upper", make, (h) => h.map((c) => (isLowerB(c) ? c - 32 : c))),
    mapBytes("swapcase", make, (h) => h.map((c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c))),
    mapBytes("capitalize", make, (h) => h.map((c, i) => (i === 0 ? (isLowerB(c) ? c - 32 : c) : isUpperB(c) ? c + 32 : c))),
    mapBytes("title", make, titleB),
    pred("isalnum", (h) => allB(h, (c) => isAlphaB(c) || isDigitB(c))),
    pred("isalpha", (h) => allB(h, isAlphaB)),
    pred("isdigit", (h) => allB(h, isDigitB)),
    pred("isspace", (h) => allB(h, isSpaceByte)),
    pred("isascii", (h) => h.every((c) => c < 128)),
    pred("islower", (h) => h.some(isLowerB) && !h.some(isUpperB)),
    pred("isupper", (h) => h.some(isUpperB) && !h.some(isLowerB)),
    pred("istitle", istitleB),
    { name: "removeprefix", flags: 2, fn: (o: PyObject, p: PyObject) => {
      const pre = bufArg(p), h = V(o);
      if (pre.length <= h.length && pre.every((c, i) => h[i] === c)) return make(h.slice(pre.length));
      return make(h.slice());
    } },
    { name: "removesuffix", flags: 2, fn: (o: PyObject, p: PyObject) => {
      const suf = bufArg(p), h = V(o);
      const at = h.length - suf.length;
      if (suf.length > 0 && at >= 0 && suf.every((c, i) => h[at + i] === c)) return make(h.slice(0, at));
      return make(h.slice());
    } },
    { name: "decode", flags: 4, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [enc, errors] = parseArgs("decode", a, kw, ["encoding", "errors"], { required: 0 });
      if (enc !== null && !(enc instanceof PyStr)) throw typeError(`decode() argument 'encoding' must be str, not ${enc.ob_type.tp_name}`);
      if (errors !== null && !(errors instanceof PyStr)) throw typeError(`decode() argument 'errors' must be str, not ${errors.ob_type.tp_name}`);
      return newStr(decodeBytes(V(o), enc === null ? "utf-8" : enc.value, errors === null ? "strict" : errors.value));
    } },
    { name: "hex", flags: 4, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => hexWithSep(V(o), a, kw) },
    { name: "translate", flags: 4, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [table, del] = parseArgs("translate", a, kw, ["table", "delete"], { required: 1, posonly: 1 });
      let t: Uint8Array | null = null;
      if (table !== None) {
        t = bufArg(table!);
        if (t.length !== 256) throw valueError("translation table must be 256 characters long");
      }
      const d = del === null ? null : bufArg(del);
      const h = V(o);
      const out: number[] = [];
      for (let i = 0; i < h.length; i++) {
        const c = h[i]!;
        if (d !== null && d.includes(c)) continue;
        out.push(t === null ? c : t[c]!);
      }
      return make(Uint8Array.from(out));
    } },
    { name: "maketrans", flags: 3 | 16, fn: (_o: PyObject, a: PyObject[]) => {
      checkArity("maketrans", a, 2, 2);
      const f = bufArg(a[0]!), t = bufArg(a[1]!);
      if (f.length !== t.length) throw valueError("maketrans arguments must have same length");
      const out = new Uint8Array(256);
      for (let i = 0; i < 256; i++) out[i] = i;
      for (let i = 0; i < f.length; i++) out[f[i]!] = t[i]!;
      return newBytes(out);
    } },
  ];
}

/** fromhex as a class method of `base` (a subclass is called with the bytes, as CPython does). */
export function fromhexMethod(base: typeof BytesType, make: Make): MethodDef {
  return {
    name: "fromhex", flags: 2 | 8, fn: (type: PyObject, s: PyObject) => {
      const r = make(fromHex(s, base.tp_name));
      if (type === base) return r;
      try {
        return call(type, [r]);
      } finally {
        dec(r);
      }
    },
  };
}
export { ByteArrayType };
