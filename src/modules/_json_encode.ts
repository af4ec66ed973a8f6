/**
 * The `_json` encoder (CPython's Modules/_json.c encoder half): encode_basestring,
 * encode_basestring_ascii and the Encoder object's one-shot encoding of a whole value.
 *
 * String escaping works on UTF-16 units: escaping each half of a surrogate pair as \uXXXX gives
 * exactly CPython's output for a non-BMP code point (its UTF-16 pair), and lone surrogates are
 * escaped the same way.
 *
 * Encoding is iterative: open lists/dicts and pending default() results are frames on an
 * explicit stack (EncFrame, reused), so deep nesting never grows the JS stack. Each frame counts
 * one level against the recursion limit (" while encoding a JSON object"), as
 * Py_EnterRecursiveCall does in encoder_listencode_list / _dict / default().
 *
 * Reference counts: every frame owns its object (the list/tuple/dict being written, or the
 * default() result). List and tuple items are read in place (as the C encoder does; a list's
 * items array is re-read at each step, with its current length); a dict's entries are a
 * snapshot taken when it is opened (the C encoder's PyMapping_Items list), owned by the frame
 * until it closes. Every frame's references
 * are released on any exception, and the thread state's depth is restored.
 *
 * Circular references: when `markers` is a dict the C encoder records id(container) in it while
 * the container is open. tspy keeps the open containers in a JS Set on the encoder object
 * instead (no id() needed, which would start the allocator model's addresses); the markers dict
 * is used itself, keyed by id(), when it is not empty at the start of a call (a caller that
 * pre-filled it). As in CPython, an exception leaves the containers that were open marked.
 */
import { PyObject, isSubtype } from "../objects/object.ts";
import { DictType, ListType, TupleType, None } from "../objects/types.ts";
import { PyStr, newStr } from "../objects/str.ts";
import { PyInt, True, False, intToDecimalString, newIntAny } from "../objects/int.ts";
import { PyFloat, floatRepr } from "../objects/float.ts";
import { PyList, newList, sortList } from "../objects/list.ts";
import { PyTuple, tuple2 } from "../objects/tuple.ts";
import { PyDict, dictSetItem, dictDelItem, dictGetItem } from "../objects/dict.ts";
import { call, callMethod, getIter, iterableToArray } from "../objects/abstract.ts";
import { PyBaseException, TypeErrorType } from "../objects/exceptions.ts";
import { typeError, valueError } from "../objects/errors.ts";
import { dealloc } from "../memory/refcount.ts";
import { objectId } from "../memory/id.ts";
import { ts, enterRecursiveCall } from "../vm/state.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

/** The encoder's configuration (the Encoder object's fields). */
export interface EncConfig {
  markers: PyObject;
  defaultfn: PyObject;
  encoder: PyObject;
  key_separator: PyStr;
  item_separator: PyStr;
  sort_keys: boolean;
  skipkeys: boolean;
  allow_nan: boolean;
  /** 0: call `encoder`; 1: encode_basestring_ascii; 2: encode_basestring (C fast_encode). */
  fast: number;
  /** Open containers (the markers check when `markers` is a dict; made on first use). */
  open: Set<PyObject> | null;
}

// ---- string escaping -------------------------------------------------------------------------------

const HEX = "0123456789abcdef";
function u4(c: number): string {
  return "\\u" + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
}
/** Escapes of the units below 0x80 that need one ("" for those that do not). */
const ESC: string[] = [];
for (let c = 0; c < 0x80; c++) ESC.push(c < 0x20 || c === 0x7f ? u4(c) : "");
ESC[34] = '\\"';
ESC[92] = "\\\\";
ESC[8] = "\\b";
ESC[12] = "\\f";
ESC[10] = "\\n";
ESC[13] = "\\r";
ESC[9] = "\\t";

/** ascii_escape_unicode: '"' + s with everything outside ' '..'~' (and " \) escaped + '"'. */
export function escapeAscii(s: string): string {
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) break;
  }
  if (i === n) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c <= 126 && c !== 34 && c !== 92) continue;
    if (i > start) out += s.substring(start, i);
    out += c < 0x80 ? ESC[c]! : u4(c);
    start = i + 1;
  }
  if (start < n) out += s.substring(start);
  return out + '"';
}

/** escape_unicode: '"' + s with only " \ and the C0 controls escaped + '"'. */
export function escapePlain(s: string): string {
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92) break;
  }
  if (i === n) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c !== 34 && c !== 92) continue;
    if (i > start) out += s.substring(start, i);
    out += ESC[c]!;
    start = i + 1;
  }
  if (start < n) out += s.substring(start);
  return out + '"';
}

// ---- scalars ---------------------------------------------------------------------------------------

/** encoder_encode_string: the JSON text of str `o` (through `encoder` unless it is ours). */
function encodeString(cfg: EncConfig, o: PyObject): string {
  if (cfg.fast === 1) return escapeAscii((o as PyStr).value);
  if (cfg.fast === 2) return escapePlain((o as PyStr).value);
  const r = call(cfg.encoder, [o]);
  if (!(r instanceof PyStr)) {
    const name = r.ob_type.tp_name;
    decref(r);
    throw typeError(`encoder() must return a string, not ${name}`);
  }
  const v = r.value;
  decref(r);
  return v;
}
/** A key's JSON text through encodeString (`text` is the key converted to str). */
function encodeKeyText(cfg: EncConfig, text: string): string {
  if (cfg.fast === 1) return escapeAscii(text);
  if (cfg.fast === 2) return escapePlain(text);
  const k = newStr(text);
  try {
    return encodeString(cfg, k);
  } finally {
    decref(k);
  }
}

/** encoder_encode_float: repr, or NaN/Infinity/-Infinity (ValueError when not allow_nan). */
function encodeFloat(cfg: EncConfig, x: number): string {
  if (x - x !== 0) {
    if (!cfg.allow_nan) throw valueError("Out of range float values are not JSON compliant");
    return x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN";
  }
  // float_repr: in [1e-4, 1e16) repr is positional with the shortest round-trip digits, which
  // is what JS's Number-to-String gives there too (it switches to exponents only below 1e-6
  // and from 1e21); repr adds ".0" to an integral value
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    const t = String(x);
    return t.indexOf(".") < 0 ? t + ".0" : t;
  }
  return floatRepr(x);
}

// ---- markers -----------------------------------------------------------------------------------------

/** Mark `o` open (ValueError when it already is). Returns the id key used (exact mode) or null. */
function mark(cfg: EncConfig, o: PyObject, exact: boolean): PyObject | null {
  if (cfg.markers === None) return null;
  if (exact) {
    const ident = newIntAny(objectId(o));
    if (dictGetItem(cfg.markers as PyDict, ident) !== null) {
      decref(ident);
      throw valueError("Circular reference detected");
    }
    try {
      dictSetItem(cfg.markers as PyDict, ident, o);
    } catch (e) {
      decref(ident);
      throw e;
    }
    return ident;
  }
  let open = cfg.open;
  if (open === null) open = cfg.open = new Set();
  else if (open.has(o)) throw valueError("Circular reference detected");
  open.add(o);
  return null;
}
function unmark(cfg: EncConfig, o: PyObject, ident: PyObject | null): void {
  if (cfg.markers === None) return;
  if (ident !== null) {
    try {
      dictDelItem(cfg.markers as PyDict, ident);
    } finally {
      decref(ident);
    }
    return;
  }
  cfg.open?.delete(o);
}

// ---- frames ------------------------------------------------------------------------------------------

const F_SEQ = 0, F_DICT = 1, F_DEFAULT = 2;

/**
 * One open container or default() result (obj: owned). F_SEQ: obj is the list/tuple (for a
 * subclass, a list of its iteration), orig the value being written, i the next index. F_DICT: keys/vals (fast path) or pairs (sorted or a dict subclass's items()) are
 * owned snapshots, n their length, count the entries written. F_DEFAULT: obj is the default()
 * result (owned), orig the object it replaced (its marker).
 */
class EncFrame {
  declare kind: number;
  declare obj: PyObject;
  declare orig: PyObject;
  declare ident: PyObject | null;
  declare keys: PyObject[] | null;
  declare vals: PyObject[] | null;
  declare pairs: PyObject[] | null;
  declare i: number;
  declare n: number;
  declare count: number;
  constructor() {
    this.kind = 0;
    this.obj = None;
    this.orig = None;
    this.ident = null;
    this.keys = null;
    this.vals = null;
    this.pairs = null;
    this.i = 0;
    this.n = 0;
    this.count = 0;
  }
}

function releaseArray(a: PyObject[] | null): void {
  if (a === null) return;
  for (let k = 0; k < a.length; k++) decref(a[k]!);
}
/** Drop what a frame owns (on close or on an exception). */
function releaseFrame(f: EncFrame): void {
  if (f.kind === F_DICT) {
    const k = f.keys, v = f.vals, p = f.pairs;
    f.keys = f.vals = f.pairs = null;
    releaseArray(k);
    releaseArray(v);
    releaseArray(p);
  }
  const o = f.obj;
  f.obj = None;
  decref(o);
  if (f.ident !== null) {
    const id = f.ident;
    f.ident = null;
    decref(id);
  }
}

/**
 * The dict's entries for encoding: keys/vals arrays (owned) for an exact dict without
 * sort_keys, else a pairs array (owned tuples) from PyMapping_Items, sorted when asked.
 */
function openDict(cfg: EncConfig, d: PyDict, f: EncFrame): void {
  if (d.ob_type === DictType && !cfg.sort_keys) {
    const ek = d.ekeys, ev = d.evalues;
    const keys: PyObject[] = [], vals: PyObject[] = [];
    for (let k = 0; k < ek.length; k++) {
      const key = ek[k];
      if (key === null || key === undefined) continue;
      const v = ev[k]!;
      key.ob_refcnt++;
      v.ob_refcnt++;
      keys.push(key);
      vals.push(v);
    }
    f.keys = keys;
    f.vals = vals;
    f.n = keys.length;
    return;
  }
  let items: PyList;
  if (d.ob_type === DictType) {
    const ek = d.ekeys, ev = d.evalues;
    const arr: PyObject[] = [];
    for (let k = 0; k < ek.length; k++) {
      const key = ek[k];
      if (key === null || key === undefined) continue;
      arr.push(tuple2(key, ev[k]!));
    }
    items = newList(arr);
  } else items = mappingItems(d);
  try {
    if (cfg.sort_keys) sortList(items, null, false);
    const arr = items.items;
    for (let k = 0; k < arr.length; k++) arr[k]!.ob_refcnt++;
    f.pairs = arr.slice();
    f.n = arr.length;
  } finally {
    decref(items);
  }
}
/** PyMapping_Items of a dict subclass: list(o.items()) (an exact list result is used as is). */
function mappingItems(o: PyObject): PyList {
  const r = callMethod(o, "items", []);
  if (r instanceof PyList && r.ob_type === ListType) return r;
  let it: PyObject;
  try {
    it = getIter(r);
  } catch (e) {
    const rn = r.ob_type.tp_name;
    decref(r);
    if (e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorType)) {
      decref(e);
      throw typeError(`${o.ob_type.tp_name}.items() returned a non-iterable (type ${rn})`);
    }
    throw e;
  }
  decref(r);
  try {
    return newList(iterableToArray(it));
  } finally {
    decref(it);
  }
}

/** A dict key as str text, or null when skipkeys drops it (TypeError otherwise). */
function keyText(cfg: EncConfig, key: PyObject): string | null {
  if (key instanceof PyStr) return null;
  if (key instanceof PyFloat) return encodeFloat(cfg, key.value);
  if (key === True) return "true";
  if (key === False) return "false";
  if (key === None) return "null";
  if (key instanceof PyInt) return intToDecimalString(key.value);
  if (cfg.skipkeys) return SKIP;
  throw typeError(`keys must be str, int, float, bool or None, not ${key.ob_type.tp_name}`);
}
const SKIP = "\u0000skip";

// ---- the encoder loop --------------------------------------------------------------------------------

const WHERE = " while encoding a JSON object";
const pool: EncFrame[] = [];
let poolTop = 0;

/** encoder_listencode_obj(root) as one JS string. */
export function encodeValue(cfg: EncConfig, root: PyObject): string {
  const exact = cfg.markers !== None && (cfg.markers as PyDict).used > 0;
  const itemSep = cfg.item_separator.value;
  const keySep = cfg.key_separator.value;
  const base = poolTop;
  const depth0 = ts.depth;
  const out: string[] = [];
  let obj = root;
  try {
    for (;;) {
      // ---- encode obj: write it whole, or open a frame for it
      if (obj === None) out.push("null");
      else if (obj === True) out.push("true");
      else if (obj === False) out.push("false");
      else if (obj instanceof PyStr) out.push(encodeString(cfg, obj));
      else if (obj instanceof PyInt) out.push(intToDecimalString(obj.value));
      else if (obj instanceof PyFloat) out.push(encodeFloat(cfg, obj.value));
      else if (obj instanceof PyList || obj instanceof PyTuple) {
        // PySequence_Fast: a list or tuple as it is, a subclass's items through iteration
        enterRecursiveCall(WHERE);
        const t = obj.ob_type;
        const seq = t === ListType || t === TupleType ? obj : newList(iterableToArray(obj));
        if (seq.items.length === 0) {
          out.push("[]");
          ts.depth--;
          if (seq !== obj) decref(seq);
        } else {
          if (seq === obj) obj.ob_refcnt++;
          const f = push();
          f.kind = F_SEQ;
          f.obj = seq;
          f.orig = obj;
          f.i = 0;
          f.ident = null;
          f.ident = mark(cfg, obj, exact);
          out.push("[");
        }
      } else if (obj instanceof PyDict) {
        enterRecursiveCall(WHERE);
        if (obj.used === 0) {
          out.push("{}");
          ts.depth--;
        } else {
          obj.ob_refcnt++;
          const f = push();
          f.kind = F_DICT;
          f.obj = obj;
          f.keys = f.vals = f.pairs = null;
          f.i = 0;
          f.n = 0;
          f.count = 0;
          f.ident = null;
          f.ident = mark(cfg, obj, exact);
          out.push("{");
          openDict(cfg, obj, f);
        }
      } else {
        const ident = mark(cfg, obj, exact);
        let r: PyObject;
        try {
          r = call(cfg.defaultfn, [obj]);
        } catch (e) {
          if (ident !== null) decref(ident);
          throw e;
        }
        const f = push();
        f.kind = F_DEFAULT;
        f.obj = r;
        f.orig = obj;
        f.ident = ident;
        enterRecursiveCall(WHERE);
        obj = r;
        continue;
      }
      // ---- the next value to encode, closing finished frames
      next: for (;;) {
        if (poolTop === base) return out.join("");
        const f = pool[poolTop - 1]!;
        if (f.kind === F_SEQ) {
          const items = (f.obj as PyList | PyTuple).items;
          if (f.i < items.length) {
            if (f.i > 0) out.push(itemSep);
            obj = items[f.i++]!;
            break next;
          }
          closeFrame(cfg, f);
          out.push("]");
          continue;
        }
        if (f.kind === F_DICT) {
          while (f.i < f.n) {
            const k = f.i++;
            let key: PyObject, val: PyObject;
            if (f.keys !== null) {
              key = f.keys[k]!;
              val = f.vals![k]!;
            } else {
              const item = f.pairs![k]!;
              if (!(item instanceof PyTuple) || item.items.length !== 2) throw valueError("items must return 2-tuples");
              key = item.items[0]!;
              val = item.items[1]!;
            }
            const text = keyText(cfg, key);
            if (text === SKIP) continue;
            if (f.count++ > 0) out.push(itemSep);
            out.push(text === null ? encodeString(cfg, key) : encodeKeyText(cfg, text));
            out.push(keySep);
            obj = val;
            break next;
          }
          closeFrame(cfg, f);
          out.push("}");
          continue;
        }
        // F_DEFAULT: the replacement is written
        closeFrame(cfg, f);
      }
    }
  } catch (e) {
    while (poolTop > base) {
      const f = pool[--poolTop]!;
      releaseFrame(f);
      f.obj = None;
      f.orig = None;
    }
    ts.depth = depth0;
    throw e;
  }
}

function push(): EncFrame {
  let f = pool[poolTop];
  if (f === undefined) {
    f = new EncFrame();
    pool.push(f);
  }
  poolTop++;
  return f;
}
/** Close the top frame: leave its recursion level, unmark, release what it owns. */
function closeFrame(cfg: EncConfig, f: EncFrame): void {
  ts.depth--;
  poolTop--;
  const ident = f.ident;
  f.ident = null;
  const o = f.kind === F_DICT ? f.obj : f.orig;
  releaseFrame(f);
  f.obj = None;
  f.orig = None;
  unmark(cfg, o, ident);
}
