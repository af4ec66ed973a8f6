/**
 * Python arithmetic on compile-time constants, for the AST optimizer (fold.ts). Each operation
 * returns the value Python computes, or NO_FOLD where Python raises (ZeroDivisionError,
 * OverflowError, TypeError, ...): CPython's optimizer then leaves the expression alone.
 *
 * Values: bool (a Python int subclass), bigint, number (float), Complex, string, Uint8Array,
 * ConstTuple. Strings are UTF-16; lengths and indexes count code points as Python does.
 */
// the runtime's own libm (glibc's bits): a folded constant equals what the operation gives at run time
import { pow as libmPow, atan2 as libmAtan2, exp as libmExp, log as libmLog, cos as libmCos, sin as libmSin } from "../modules/libm.ts";
import { crHypot } from "../objects/libm.ts";
import { Complex, ConstTuple, ConstFrozenSet, PyNone, PyEllipsis, type ConstValue } from "../objects/constant.ts";
import { tupleOf } from "./consts.ts";

export const NO_FOLD: unique symbol = Symbol("NO_FOLD");
export type Folded = ConstValue | typeof NO_FOLD;

const TWO_1024 = 1n << 1024n;

function isInt(v: ConstValue): v is bigint | boolean {
  return typeof v === "bigint" || typeof v === "boolean";
}
function toBig(v: bigint | boolean): bigint {
  return typeof v === "boolean" ? (v ? 1n : 0n) : v;
}
function isNum(v: ConstValue): boolean {
  return typeof v === "bigint" || typeof v === "boolean" || typeof v === "number";
}
/** int -> float as PyLong_AsDouble: correctly rounded, OverflowError past DBL_MAX. */
function intToFloat(v: bigint): number | typeof NO_FOLD {
  const a = v < 0n ? -v : v;
  if (a >= TWO_1024) return NO_FOLD;
  const f = Number(v);
  return Number.isFinite(f) ? f : NO_FOLD;
}
function toFloat(v: ConstValue): number | typeof NO_FOLD {
  if (typeof v === "number") return v;
  return intToFloat(toBig(v as bigint | boolean));
}
function toComplex(v: ConstValue): Complex | typeof NO_FOLD {
  if (v instanceof Complex) return v;
  const f = toFloat(v);
  return f === NO_FOLD ? NO_FOLD : new Complex(f, 0);
}

/** Number of bits of |v| (_PyLong_NumBits). */
export function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

/** Length in code points. */
export function strLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

function codePoints(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out.push(s.slice(i, i + 2));
        i++;
        continue;
      }
    }
    out.push(s[i]!);
  }
  return out;
}

/** Python truthiness of a constant (PyObject_IsTrue). */
export function truthy(v: ConstValue): boolean {
  switch (typeof v) {
    case "boolean": return v;
    case "bigint": return v !== 0n;
    case "number": return v !== 0;
    case "string": return v.length > 0;
  }
  if (v instanceof PyNone) return false;
  if (v instanceof PyEllipsis) return true;
  if (v instanceof Complex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof Uint8Array) return v.length > 0;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.length > 0;
  return true;
}

// ---- integer helpers (Python floor semantics) ----------------------------------------

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function modInt(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** int / int, correctly rounded like long_true_divide (outside the subnormal range). */
function trueDivInt(a: bigint, b: bigint): number | typeof NO_FOLD {
  if (b === 0n) return NO_FOLD;
  const LIM = 1n << 53n;
  const aa = a < 0n ? -a : a, bb = b < 0n ? -b : b;
  if (aa <= LIM && bb <= LIM) return Number(a) / Number(b);
  const neg = (a < 0n) !== (b < 0n);
  if (aa === 0n) return neg ? -0 : 0;
  // quotient with 64-65 significant bits plus a sticky bit, rounded once by Number()
  let s = numBits(bb) - numBits(aa) + 64;
  const n = s >= 0 ? aa << BigInt(s) : aa;
  const d = s >= 0 ? bb : bb << BigInt(-s);
  let q = n / d;
  if (n % d !== 0n) q |= 1n;
  let res = Number(q);
  while (s > 1000) { res *= Math.pow(2, -1000); s -= 1000; }
  while (s < -1000) { res *= Math.pow(2, 1000); s += 1000; }
  res *= Math.pow(2, -s);
  if (!Number.isFinite(res)) return NO_FOLD;
  return neg ? -res : res;
}

// ---- float helpers -------------------------------------------------------------------

function floatFloorDiv(vx: number, wx: number): number | typeof NO_FOLD {
  if (wx === 0) return NO_FOLD;
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return floordiv;
}
function floatMod(vx: number, wx: number): number | typeof NO_FOLD {
  if (wx === 0) return NO_FOLD;
  let mod = vx % wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  return mod;
}
function floatPow(iv: number, iw: number): number | Complex | typeof NO_FOLD {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iw === 0 ? 1.0 : iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if ((iw > 0) === (a > 1.0)) return Infinity;
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const oddInt = Math.abs(iw % 2) === 1;
    if (iw > 0) return oddInt ? iv : Math.abs(iv);
    return oddInt ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    if (iw < 0) return NO_FOLD; // ZeroDivisionError
    const oddInt = Math.abs(iw % 2) === 1;
    return oddInt ? iv : 0.0;
  }
  if (iv < 0 && iw !== Math.floor(iw)) return cpowFloat(iv, iw); // complex result
  if (iv === 1.0) return 1.0;
  // float_pow: pow(|iv|, iw), negated for a negative base and an odd integer exponent
  const r = iv < 0 ? (Math.abs(iw % 2) === 1 ? -libmPow(-iv, iw) : libmPow(-iv, iw)) : libmPow(iv, iw);
  if (!Number.isFinite(r)) return NO_FOLD; // OverflowError
  return r;
}

function cpowFloat(iv: number, iw: number): Complex | typeof NO_FOLD {
  return cpow(new Complex(iv, 0), new Complex(iw, 0));
}

// ---- complex helpers -----------------------------------------------------------------

function cquot(a: Complex, b: Complex): Complex | typeof NO_FOLD {
  const abs_breal = Math.abs(b.real), abs_bimag = Math.abs(b.imag);
  if (abs_breal >= abs_bimag) {
    if (abs_breal === 0.0) return NO_FOLD;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new Complex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  } else if (abs_bimag >= abs_breal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new Complex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return new Complex(NaN, NaN);
}

const C1 = new Complex(1, 0);
function cprod(a: Complex, b: Complex): Complex {
  return new Complex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}
function cpowu(x: Complex, n: number): Complex {
  let r = C1, p = x, mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cprod(r, p);
    mask <<= 1;
    p = cprod(p, p);
  }
  return r;
}
/** complex ** complex as complex_pow (_Py_c_pow / c_powi); NO_FOLD where Python raises. */
function cpow(a: Complex, b: Complex): Complex | typeof NO_FOLD {
  let r: Complex | typeof NO_FOLD;
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) {
    const n = b.real;
    if (n > 0) r = cpowu(a, n);
    else r = cquot(C1, cpowu(a, -n));
  } else if (b.real === 0 && b.imag === 0) {
    r = new Complex(1, 0);
  } else if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) return NO_FOLD;
    r = new Complex(0, 0);
  } else {
    const vabs = crHypot(a.real, a.imag);
    let len = libmPow(vabs, b.real);
    const at = libmAtan2(a.imag, a.real);
    let phase = at * b.real;
    if (b.imag !== 0) {
      len /= libmExp(at * b.imag);
      phase += b.imag * libmLog(vabs);
    }
    if (!Number.isFinite(phase)) return NO_FOLD;
    r = new Complex(len * libmCos(phase), len * libmSin(phase));
  }
  if (r === NO_FOLD || !Number.isFinite(r.real) || !Number.isFinite(r.imag)) return NO_FOLD;
  return r;
}

// ---- sequences -----------------------------------------------------------------------

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

function checkComplexity(obj: ConstValue, limit: number): number {
  if (obj instanceof ConstTuple) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i]!, limit);
    return limit;
  }
  if (obj instanceof ConstFrozenSet) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i]!, limit);
  }
  return limit;
}

function seqLen(v: ConstValue): number {
  if (typeof v === "string") return strLen(v);
  if (v instanceof Uint8Array) return v.length;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.length;
  return -1;
}

/** n as a C long / Py_ssize_t, or null when it does not fit. */
function asLong(v: bigint | boolean): number | null {
  const b = toBig(v);
  if (b > 0x7fffffffffffffffn || b < -0x8000000000000000n) return null;
  return Number(b);
}

function repeat(seq: ConstValue, n: number): Folded {
  const count = n < 0 ? 0 : n;
  if (seqLen(seq) === 0 || count === 0) {
    if (typeof seq === "string") return "";
    if (seq instanceof Uint8Array) return new Uint8Array(0);
    if (seq instanceof ConstTuple) return tupleOf([]);
    return NO_FOLD;
  }
  if (typeof seq === "string") {
    if (seq.length * count > 0x3fffffff) return NO_FOLD;
    return seq.repeat(count);
  }
  if (seq instanceof Uint8Array) {
    if (seq.length * count > 0x3fffffff) return NO_FOLD;
    const out = new Uint8Array(seq.length * count);
    for (let i = 0; i < count; i++) out.set(seq, i * seq.length);
    return out;
  }
  if (seq instanceof ConstTuple) {
    if (seq.items.length * count > 0x3fffffff) return NO_FOLD;
    const out: ConstValue[] = [];
    for (let i = 0; i < count; i++) for (const x of seq.items) out.push(x);
    return tupleOf(out);
  }
  return NO_FOLD;
}

function safeMultiply(v: ConstValue, w: ConstValue): Folded {
  if (isInt(v) && isInt(w)) {
    const a = toBig(v), b = toBig(w);
    if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return NO_FOLD;
    return a * b;
  }
  if (isInt(v) && (w instanceof ConstTuple || w instanceof ConstFrozenSet)) {
    const size = w.items.length;
    const n = asLong(v);
    if (size) {
      if (n === null || n < 0 || n > Math.floor(MAX_COLLECTION_SIZE / size)) return NO_FOLD;
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return NO_FOLD;
    }
    if (w instanceof ConstFrozenSet) return NO_FOLD; // frozenset * int: TypeError
    if (n === null) return NO_FOLD;
    return repeat(w, n);
  }
  if (isInt(v) && (typeof w === "string" || w instanceof Uint8Array)) {
    const size = seqLen(w);
    const n = asLong(v);
    if (size) {
      if (n === null || n < 0 || n > Math.floor(MAX_STR_SIZE / size)) return NO_FOLD;
    }
    if (n === null) return NO_FOLD;
    return repeat(w, n);
  }
  if (isInt(w) && (v instanceof ConstTuple || v instanceof ConstFrozenSet || typeof v === "string" || v instanceof Uint8Array)) {
    return safeMultiply(w, v);
  }
  return numericOp(v, w, "*");
}

// ---- generic numeric binary op -----------------------------------------------------

type NumOp = "+" | "-" | "*" | "/" | "//" | "%" | "**";

function numericOp(v: ConstValue, w: ConstValue, op: NumOp): Folded {
  if (!(isNum(v) || v instanceof Complex) || !(isNum(w) || w instanceof Complex)) return NO_FOLD;
  if (isInt(v) && isInt(w)) {
    const a = toBig(v), b = toBig(w);
    switch (op) {
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      case "/": return trueDivInt(a, b);
      case "//": return b === 0n ? NO_FOLD : floorDivInt(a, b);
      case "%": return b === 0n ? NO_FOLD : modInt(a, b);
      case "**": {
        if (b >= 0n) return a ** b;
        const fa = intToFloat(a), fb = intToFloat(b);
        if (fa === NO_FOLD || fb === NO_FOLD) return NO_FOLD;
        return floatPow(fa, fb);
      }
    }
  }
  if (v instanceof Complex || w instanceof Complex) {
    const a = toComplex(v), b = toComplex(w);
    if (a === NO_FOLD || b === NO_FOLD) return NO_FOLD;
    switch (op) {
      case "+": return new Complex(a.real + b.real, a.imag + b.imag);
      case "-": return new Complex(a.real - b.real, a.imag - b.imag);
      case "*": return new Complex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
      case "/": return cquot(a, b);
      case "**": return cpow(a, b);
      default: return NO_FOLD;
    }
  }
  const a = toFloat(v), b = toFloat(w);
  if (a === NO_FOLD || b === NO_FOLD) return NO_FOLD;
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/": return b === 0 ? NO_FOLD : a / b;
    case "//": return floatFloorDiv(a, b);
    case "%": return floatMod(a, b);
    case "**": return floatPow(a, b);
  }
}

function concat(v: ConstValue, w: ConstValue): Folded {
  if (typeof v === "string" && typeof w === "string") return v + w;
  if (v instanceof Uint8Array && w instanceof Uint8Array) {
    const out = new Uint8Array(v.length + w.length);
    out.set(v, 0);
    out.set(w, v.length);
    return out;
  }
  if (v instanceof ConstTuple && w instanceof ConstTuple) return tupleOf([...v.items, ...w.items]);
  return NO_FOLD;
}

/** BinOp folding with CPython's size guards (ast_opt.c fold_binop). */
export function binop(op: string, v: ConstValue, w: ConstValue): Folded {
  switch (op) {
    case "+": {
      const c = concat(v, w);
      if (c !== NO_FOLD) return c;
      return numericOp(v, w, "+");
    }
    case "-": return numericOp(v, w, "-");
    case "*": return safeMultiply(v, w);
    case "/": return numericOp(v, w, "/");
    case "//": return numericOp(v, w, "//");
    case "%":
      if (typeof v === "string" || v instanceof Uint8Array) return NO_FOLD;
      return numericOp(v, w, "%");
    case "**": {
      if (isInt(v) && isInt(w)) {
        const a = toBig(v), b = toBig(w);
        if (a !== 0n && b > 0n) {
          const vbits = numBits(a);
          if (b > 0xffffffffffffffffn) return NO_FOLD;
          const wbits = Number(b);
          if (vbits > Math.floor(MAX_INT_SIZE / wbits)) return NO_FOLD;
        }
      }
      return numericOp(v, w, "**");
    }
    case "<<": {
      if (!isInt(v) || !isInt(w)) return NO_FOLD;
      const a = toBig(v), b = toBig(w);
      if (b < 0n) return NO_FOLD;
      if (a !== 0n && b !== 0n) {
        const vbits = numBits(a);
        if (b > BigInt(MAX_INT_SIZE) || vbits > MAX_INT_SIZE - Number(b)) return NO_FOLD;
      }
      if (a === 0n) return 0n;
      return a << b;
    }
    case ">>": {
      if (!isInt(v) || !isInt(w)) return NO_FOLD;
      const a = toBig(v), b = toBig(w);
      if (b < 0n) return NO_FOLD;
      if (b > 100000n) return a < 0n ? -1n : 0n;
      return a >> b;
    }
    case "|": case "^": case "&": {
      if (typeof v === "boolean" && typeof w === "boolean") {
        return op === "|" ? v || w : op === "&" ? v && w : v !== w;
      }
      if (!isInt(v) || !isInt(w)) return NO_FOLD;
      const a = toBig(v), b = toBig(w);
      return op === "|" ? a | b : op === "&" ? a & b : a ^ b;
    }
  }
  return NO_FOLD;
}

/** UnaryOp folding: '~', 'not', '+', '-'. */
export function unaryop(op: string, v: ConstValue): Folded {
  switch (op) {
    case "not": return !truthy(v);
    case "~":
      if (isInt(v)) return ~toBig(v);
      return NO_FOLD;
    case "+":
      if (isInt(v)) return toBig(v);
      if (typeof v === "number" || v instanceof Complex) return v;
      return NO_FOLD;
    case "-":
      if (isInt(v)) return -toBig(v);
      if (typeof v === "number") return -v;
      if (v instanceof Complex) return new Complex(-v.real, -v.imag);
      return NO_FOLD;
  }
  return NO_FOLD;
}

/** container[index] for constant containers and integer indexes (PyObject_GetItem). */
export function subscript(v: ConstValue, idx: ConstValue): Folded {
  if (!isInt(idx)) return NO_FOLD;
  let i = toBig(idx);
  if (typeof v === "string") {
    const cps = codePoints(v);
    if (i < 0n) i += BigInt(cps.length);
    if (i < 0n || i >= BigInt(cps.length)) return NO_FOLD;
    return cps[Number(i)]!;
  }
  if (v instanceof Uint8Array) {
    if (i < 0n) i += BigInt(v.length);
    if (i < 0n || i >= BigInt(v.length)) return NO_FOLD;
    return BigInt(v[Number(i)]!);
  }
  if (v instanceof ConstTuple) {
    if (i < 0n) i += BigInt(v.items.length);
    if (i < 0n || i >= BigInt(v.items.length)) return NO_FOLD;
    return v.items[Number(i)]!;
  }
  return NO_FOLD;
}
