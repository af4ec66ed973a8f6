/**
 * code: the run-time wrapper of a compile-time CodeObject (bytecode/code.ts). Built once per
 * CodeObject (cached), it holds what the eval loop needs in executable form:
 *   instrs     a private, mutable Uint16Array copy of co_code (unit = opcode | oparg << 8), so
 *              quickening (PEP 659) can rewrite it in place
 *   consts     co_consts as run-time objects (converted once; owned by the code object)
 *   names      co_names as interned strs
 *   exctab     the exception table decoded into [start, end, target, depth<<1|lasti] * n (units)
 *   positions  decoded lazily from co_linetable: line, end line, column, end column per unit
 *   warmup     PEP 659 warm-up counter (CPython's co_warmup): counts up from -8 on RESUME and
 *              JUMP_BACKWARD; at 0 the VM quickens `instrs` (src/vm/specialize.ts)
 *   ocache     object references of inline caches, indexed by the cache's first unit (the
 *              descriptor of LOAD_METHOD, the code of CALL_PY_*); null until quickened
 *   framePool  finished frames of this code kept for reuse: a list linked through
 *              Frame.nextFree, framePoolSize long (src/vm/frame.ts)
 */
import { PyObject } from "./object.ts";
import { dealloc } from "../memory/refcount.ts";
import { CodeType, None, Ellipsis } from "./types.ts";
import { CodeObject, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL } from "../bytecode/code.ts";
import {
  PyNone, PyEllipsis, Complex, ConstTuple, ConstFrozenSet, type ConstValue,
} from "./constant.ts";
import { PyStr, intern, newStr } from "./str.ts";
import { True, False, newIntAny } from "./int.ts";
import { newFloat } from "./float.ts";
import { PyTuple, newTuple } from "./tuple.ts";
import { newComplex } from "./complex.ts";
import { newBytes } from "./bytes.ts";
import { newFrozenSetFrom } from "./set.ts";
import { hexId } from "./abstract.ts";

// the placeholders of a code not filled yet (never written to: a filled code gets its own arrays)
const NO_UNITS = new Uint16Array(0);
const NO_OBJECTS: PyObject[] = objectArray([]);
const NO_STRS: PyStr[] = objectArray([]);
const NO_ENTRIES = new Int32Array(0);

export class PyCode extends PyObject {
  declare co: CodeObject;
  declare instrs: Uint16Array;
  declare consts: PyObject[];
  declare names: PyStr[];
  declare localsplusnames: PyStr[];
  declare localspluskinds: Uint8Array;
  declare nlocalsplus: number;
  declare nlocals: number;
  declare ncells: number;
  declare nfree: number;
  declare argcount: number;
  declare posonlyargcount: number;
  declare kwonlyargcount: number;
  declare totalargs: number;
  declare flags: number;
  declare stacksize: number;
  declare firstlineno: number;
  declare name: PyStr;
  declare qualname: PyStr;
  declare filename: PyStr;
  declare exctab: Int32Array;
  /** Per code unit: line, endline, col, endcol (-1 = none); decoded on first use. */
  declare positions: Int32Array | null;
  declare warmup: number;
  declare ocache: (object | null)[] | null;
  declare framePool: PyObject | null;
  declare framePoolSize: number;
  /** The JIT function (src/vm/jit.ts), once the code is hot; null before (or if it cannot be made). */
  declare jit: ((f: never, s: (PyObject | null)[], pc: number) => number) | null;
  /** Entries left (RESUME, loop heads) before the quickened code is translated. */
  declare jitHot: number;
  /**
   * False while the executable fields (instrs, consts, names, localsplusnames, exctab) are still
   * the shared empty placeholders: a code object nested in another's constants is made that way
   * and filled by ensureCode when it is first used (a function made from it, exec, its attributes).
   * Most library functions are never called. The fields always hold the same kinds of values, so
   * the eval loop reads them unchanged and never tests this flag: every path into it (function
   * creation, exec, frames) has ensured the code first.
   */
  declare ready: boolean;
  /**
   * co_consts[0] made before the code is filled (a function's docstring, codeDocstring), owned
   * here until fillCode moves it into consts (so the function's __doc__ is co_consts[0]); else null.
   */
  declare const0: PyObject | null;
  constructor(co: CodeObject, ready = true) {
    super(CodeType);
    this.co = co;
    this.ready = false;
    this.const0 = null;
    this.instrs = NO_UNITS;
    this.consts = NO_OBJECTS;
    this.names = NO_STRS;
    this.localsplusnames = NO_STRS;
    this.localspluskinds = co.co_localspluskinds;
    this.nlocalsplus = co.co_localsplusnames.length;
    let nl = 0, nc = 0, nf = 0;
    // an indexed loop: a for-of over the typed array runs the iterator protocol, and this
    // constructor runs (still interpreted by V8) for each of the thousands of code objects an import reads
    const kinds = co.co_localspluskinds;
    for (let i = 0; i < kinds.length; i++) {
      const k = kinds[i]!;
      if (k & CO_FAST_LOCAL) nl++;
      else if (k & CO_FAST_CELL) nc++;
      if (k & CO_FAST_FREE) nf++;
    }
    this.nlocals = nl;
    this.ncells = nc;
    this.nfree = nf;
    this.argcount = co.co_argcount;
    this.posonlyargcount = co.co_posonlyargcount;
    this.kwonlyargcount = co.co_kwonlyargcount;
    this.flags = co.co_flags;
    this.totalargs = co.co_argcount + co.co_kwonlyargcount + ((co.co_flags & 4) ? 1 : 0) + ((co.co_flags & 8) ? 1 : 0);
    this.stacksize = co.co_stacksize;
    this.firstlineno = co.co_firstlineno;
    this.name = intern(co.co_name);
    this.qualname = intern(co.co_qualname);
    this.filename = intern(co.co_filename);
    this.exctab = NO_ENTRIES;
    this.positions = null;
    this.warmup = -8;
    this.ocache = null;
    this.framePool = null;
    this.framePoolSize = 0;
    this.jit = null;
    this.jitHot = jitConfig.threshold;
    if (ready) fillCode(this);
  }
}

/** Build the executable fields of `c` from its CodeObject (nested codes are made unfilled). */
function fillCode(c: PyCode): void {
  const co = c.co;
  c.ready = true;
  const bytes = co.co_code;
  c.instrs = unitsOf(bytes, bytes.length >> 1);
  const k0 = c.const0;
  if (k0 === null) c.consts = objectArray(co.co_consts.map(constToObject));
  else {
    c.const0 = null;
    const src = co.co_consts, n = src.length;
    const consts: PyObject[] = [k0];
    for (let i = 1; i < n; i++) consts.push(constToObject(src[i]!));
    c.consts = consts;
  }
  c.names = objectArray(co.co_names.map((s) => intern(s)));
  c.localsplusnames = objectArray(co.co_localsplusnames.map((s) => intern(s)));
  c.exctab = parseExceptionTable(co.co_exceptiontable);
}

/** `c` with its executable fields built (see PyCode.ready); call before running or showing it. */
export function ensureCode(c: PyCode): PyCode {
  if (!c.ready) fillCode(c);
  return c;
}

/**
 * co_consts[0] as a run-time object (borrowed, owned by the code) without filling the code: a
 * function is made from its code at every `def`, and most library functions never run (their
 * code is filled by the first frame, src/vm/frame.ts), but __doc__ is co_consts[0] itself.
 */
export function codeConst0(c: PyCode): PyObject {
  if (c.ready) return c.consts[0]!;
  let k = c.const0;
  if (k === null) k = c.const0 = constToObject(c.co.co_consts[0]!);
  return k;
}

/** Is the host little-endian (a byte pair read as a Uint16 is then opcode | oparg << 8)? */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * co_code as n code units (opcode | oparg << 8), a private copy: on a little-endian host one
 * byte copy viewed as Uint16 (no loop over the units while a module's code is loaded).
 */
function unitsOf(bytes: Uint8Array, n: number): Uint16Array {
  if (LITTLE_ENDIAN && bytes.length === 2 * n) {
    // a fresh buffer of exactly these bytes (bytes may be a view, e.g. a Node Buffer's slice)
    const copy = new Uint8Array(2 * n);
    copy.set(bytes);
    return new Uint16Array(copy.buffer, 0, n);
  }
  const instrs = new Uint16Array(n);
  for (let i = 0; i < n; i++) instrs[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  return instrs;
}

/**
 * `a` with V8's object-elements kind even when empty (an empty literal has small-int elements): the
 * eval loop reads consts and names of every code object at one site, which stays monomorphic.
 */
function objectArray<T>(a: T[]): T[] {
  if (a.length !== 0) return a;
  const e = [null as unknown as T];
  e.pop();
  return e;
}

/** Entries into RESUME / JUMP_BACKWARD of quickened code before it is translated (src/vm/jit.ts). */
export const jitConfig = { threshold: 40 };

/**
 * The live run-time code object of each CodeObject, kept on the CodeObject as a property added
 * when the first one is made (a WeakMap cost about 2 µs per code object, a few thousand of them
 * per import; CodeObjects that never ran keep their own properties only). An entry lives as long
 * as its PyCode: the code's dealloc clears it, and a later codeFor of the same CodeObject makes a
 * new PyCode.
 */
type WithRuntime = CodeObject & { runtime?: PyCode | null };
/** The run-time code object of a CodeObject, filled (new reference: a cache hit is shared). */
export function codeFor(co: CodeObject): PyCode {
  let c = (co as WithRuntime).runtime;
  if (c === undefined || c === null) {
    c = new PyCode(co);
    (co as WithRuntime).runtime = c;
    return c;
  }
  c.ob_refcnt++;
  return c.ready ? c : ensureCode(c);
}

/**
 * A code constant (new reference, owned by the enclosing code's constants): the run-time code
 * object, unfilled until first used (PyCode.ready).
 */
function nestedCodeFor(co: CodeObject): PyCode {
  let c = (co as WithRuntime).runtime;
  if (c === undefined || c === null) {
    c = new PyCode(co, false);
    (co as WithRuntime).runtime = c;
  } else c.ob_refcnt++;
  return c;
}

/**
 * `fn` applied to the run-time code object of `co` (borrowed for the call: a code object made
 * for it alone is freed after).
 */
export function withCode<T>(co: CodeObject, fn: (c: PyCode) => T): T {
  const c = codeFor(co);
  try {
    return fn(c);
  } finally {
    if (--c.ob_refcnt === 0) dealloc(c);
  }
}

/**
 * code_dealloc: the cache entry goes, then the constants (nested code objects with them) are
 * released. The names are interned strs (immortal). The frame pool, quickened caches and JIT
 * function are dropped for V8's collector; frames never run a dead code object (a live frame owns
 * a reference to its code, vm/frame.ts), and caches that compare a code object by identity
 * (CALL_PY_*'s ocache entry) cannot match a dead one: no live function holds it.
 */
CodeType.tp_dealloc = (o) => {
  const c = o as PyCode;
  if ((c.co as WithRuntime).runtime === c) (c.co as WithRuntime).runtime = null;
  c.framePool = null;
  c.framePoolSize = 0;
  c.ocache = null;
  c.jit = null;
  const k0 = c.const0;
  if (k0 !== null) {
    c.const0 = null;
    if (--k0.ob_refcnt === 0) dealloc(k0);
  }
  const k = c.consts;
  const n = k.length;
  for (let i = 0; i < n; i++) {
    const x = k[i]!;
    if (--x.ob_refcnt === 0) dealloc(x);
  }
  k.length = 0;
};

function isIdentifierLike(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

/** A compile-time constant as a run-time object (new reference). */
export function constToObject(v: ConstValue): PyObject {
  switch (typeof v) {
    case "boolean": return v ? True : False;
    case "bigint": return newIntAny(v);
    case "number": return newFloat(v);
    case "string": return isIdentifierLike(v) ? intern(v) : newStr(v);
  }
  if (v instanceof PyNone) return None;
  if (v instanceof PyEllipsis) return Ellipsis;
  if (v instanceof Complex) return newComplex(v.real, v.imag);
  if (v instanceof Uint8Array) return newBytes(v);
  if (v instanceof ConstTuple) return newTuple(v.items.map(constToObject));
  if (v instanceof ConstFrozenSet) {
    const items = v.items.map(constToObject);
    const fs = newFrozenSetFrom(items);
    for (const x of items) if (--x.ob_refcnt === 0) { /* constants are never freed here */ }
    return fs;
  }
  if (v instanceof CodeObject) return nestedCodeFor(v);
  return None;
}

// ---- exception table ------------------------------------------------------------------------------

function parseExceptionTable(t: Uint8Array): Int32Array {
  // most code has no handlers: one shared empty table (exctab is only ever read)
  if (t.length === 0) return NO_ENTRIES;
  const out: number[] = [];
  let i = 0;
  const varint = (): number => {
    let b = t[i++]!;
    let v = b & 63;
    while (b & 64) {
      b = t[i++]!;
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (i < t.length) {
    const start = varint();
    const size = varint();
    const target = varint();
    const dl = varint();
    out.push(start, start + size, target, dl);
  }
  return Int32Array.from(out);
}

/** The handler for the instruction at unit `offset`: index into exctab (step 4) or -1. */
export function findHandler(code: PyCode, offset: number): number {
  const t = code.exctab;
  for (let i = 0; i < t.length; i += 4) {
    if (offset >= t[i]! && offset < t[i + 1]!) return i;
    if (t[i]! > offset) break;
  }
  return -1;
}

// ---- locations (PEP 657 location table) ------------------------------------------------------------

export function positionsOf(code: PyCode): Int32Array {
  if (code.positions !== null) return code.positions;
  const n = code.instrs.length;
  const pos = new Int32Array(n * 4).fill(-1);
  const t = code.co.co_linetable;
  let i = 0, unit = 0, line = code.firstlineno;
  const readVarint = (): number => {
    let b = t[i++]!;
    let v = b & 63;
    let shift = 0;
    while (b & 64) {
      b = t[i++]!;
      shift += 6;
      v |= (b & 63) << shift;
    }
    return v;
  };
  const readSvarint = (): number => {
    const v = readVarint();
    return v & 1 ? -(v >> 1) : v >> 1;
  };
  while (i < t.length && unit < n) {
    const first = t[i++]!;
    const code_ = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let l = -1, el = -1, c = -1, ec = -1;
    if (code_ === 15) {
      // no location
    } else if (code_ === 14) {
      line += readSvarint();
      l = line;
      el = line + readVarint();
      c = readVarint() - 1;
      ec = readVarint() - 1;
    } else if (code_ === 13) {
      line += readSvarint();
      l = el = line;
    } else if (code_ >= 10) {
      line += code_ - 10;
      l = el = line;
      c = t[i++]!;
      ec = t[i++]!;
    } else {
      l = el = line;
      const b = t[i++]!;
      c = code_ * 8 + ((b >> 4) & 7);
      ec = c + (b & 15);
    }
    for (let k = 0; k < len && unit < n; k++, unit++) {
      pos[unit * 4] = l;
      pos[unit * 4 + 1] = el;
      pos[unit * 4 + 2] = c;
      pos[unit * 4 + 3] = ec;
    }
  }
  code.positions = pos;
  return pos;
}

/** Line number of the instruction at unit `lasti` (-1 when it has none). */
export function lineOf(code: PyCode, lasti: number): number {
  if (lasti < 0) return code.firstlineno;
  const p = positionsOf(code);
  return p[lasti * 4]!;
}

CodeType.tp_repr = (o) => {
  const c = o as PyCode;
  return newStr(`<code object ${c.name.value} at ${hexId(c)}, file "${c.filename.value}", line ${c.firstlineno}>`);
};

export { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, PyTuple };
