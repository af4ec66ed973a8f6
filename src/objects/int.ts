/**
 * int (and bool's values): arbitrary precision integers.
 *
 * Layout: PyInt.value is a JS number when the value is a safe integer (|v| <= 2**53-1) and a
 * bigint otherwise: this canonical form is an invariant (`normBig` restores it), so a number
 * never equals a bigint of the same value and `===` compares values of one representation.
 * Small ints -5..256 are shared immortal objects (CPython's small-int cache); True and False are
 * the two bool instances (PyInt with ob_type bool).
 */
import { IMMORTAL, PyObject, PyType } from "./object.ts";
import { IntType, BoolType } from "./types.ts";

export class PyInt extends PyObject {
  declare value: number | bigint;
  constructor(type: PyType, value: number | bigint) {
    super(type);
    this.value = value;
  }
}

/**
 * Allocation of the ints made here: a plain constructor function sharing PyInt's prototype, so
 * the header stores are this function's own (monomorphic) instead of PyObject's constructor's,
 * which every class shares (megamorphic: measured 20% of nbody's time for floats). Objects made
 * by `new PyInt` (int subclasses) are PyInts all the same.
 */
const IntObject = function (this: PyInt, type: PyType, v: number | bigint) {
  this.ob_refcnt = 1;
  this.ob_type = type;
  this.dict = null;
  this.ob_gc = 0;
  this.ob_addr = 0;
  this.value = v;
} as unknown as new (type: PyType, v: number | bigint) => PyInt;
(IntObject as unknown as { prototype: object }).prototype = PyInt.prototype;

export const SMALL_MIN = -5;
export const SMALL_MAX = 256;
const small: PyInt[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
  const o = new IntObject(IntType, i);
  o.ob_refcnt = IMMORTAL;
  small.push(o);
}
export const False = new IntObject(BoolType, 0);
export const True = new IntObject(BoolType, 1);
False.ob_refcnt = IMMORTAL;
True.ob_refcnt = IMMORTAL;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Dead exact ints without a simulated address, kept for reuse (as float.ts's free list): CPython
 * 3.11 has no int free list, but these objects never entered the memory model (ob_addr 0: no
 * id() was taken), so reusing the JS object is invisible to Python and spares V8 the allocation
 * and the young-generation garbage. Same invariant as freeFloat.
 */
const FREE_MAX = 100;
const freeInts: PyInt[] = [];
let freeCount = 0;
function allocInt(v: number | bigint): PyInt {
  if (freeCount !== 0) {
    const o = freeInts[--freeCount]!;
    o.ob_refcnt = 1;
    o.value = v;
    return o;
  }
  return new IntObject(IntType, v);
}
/** A dead exact int (refcount 0, ob_addr 0, type IntType, not a small int) back to the free list. */
export function freeInt(o: PyInt): void {
  if (freeCount < FREE_MAX) freeInts[freeCount++] = o;
}

/** New reference to an int from a safe integer number. */
export function newInt(v: number): PyInt {
  if (v >= SMALL_MIN && v <= SMALL_MAX) return small[v - SMALL_MIN]!;
  return allocInt(v);
}
/** New reference to an int from a number or bigint in any form. */
export function newIntAny(v: number | bigint): PyInt {
  if (typeof v === "number") {
    if (v >= -MAX_SAFE && v <= MAX_SAFE) return newInt(v);
    return allocInt(BigInt(v));
  }
  const n = normBig(v);
  return typeof n === "number" ? newInt(n) : allocInt(n);
}
/** The small-int cache: SMALL_INTS[v - SMALL_MIN] for SMALL_MIN <= v <= SMALL_MAX (immortal). */
export const SMALL_INTS: readonly PyInt[] = small;
/** A new int for a safe integer outside the small-int range (the eval loop's fast paths). */
export function newBigEnoughInt(v: number): PyInt {
  return allocInt(v);
}
/** The shared small int (borrowed, immortal). */
export function smallInt(v: number): PyInt {
  return small[v - SMALL_MIN]!;
}
export function newBool(b: boolean): PyInt {
  return b ? True : False;
}

const BIG_MAX_SAFE = BigInt(MAX_SAFE);
/** Canonical representation of a bigint value. */
export function normBig(v: bigint): number | bigint {
  return v <= BIG_MAX_SAFE && v >= -BIG_MAX_SAFE ? Number(v) : v;
}
export function toBig(v: number | bigint): bigint {
  return typeof v === "number" ? BigInt(v) : v;
}

// ---- arithmetic on values (canonical in, canonical out) ---------------------------------------

export function intAdd(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normBig(toBig(a) + toBig(b));
}
export function intSub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normBig(toBig(a) - toBig(b));
}
export function intMul(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0; // + 0 turns -0 into 0
  }
  return normBig(toBig(a) * toBig(b));
}
/** Floor division; b must not be 0. */
export function intFloorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    let q = Math.floor(a / b);
    const r = a - q * b;
    if (b > 0 ? r < 0 : r > 0) q -= 1;
    else if (b > 0 ? r >= b : r <= b) q += 1;
    return q + 0;
  }
  const x = toBig(a), y = toBig(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normBig(q);
}
/** Python's modulo (sign of the divisor); b must not be 0. */
export function intMod(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const y = toBig(b);
  let r = toBig(a) % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normBig(r);
}
export function intNeg(a: number | bigint): number | bigint {
  return typeof a === "number" ? 0 - a : normBig(-a);
}
export function intPow(a: number | bigint, b: number | bigint): number | bigint {
  // b >= 0
  if (typeof a === "number" && typeof b === "number") {
    let result = 1, base = a, e = b, ok = true;
    while (e > 0) {
      if (e % 2 === 1) {
        result *= base;
        if (result > MAX_SAFE || result < -MAX_SAFE) { ok = false; break; }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base > MAX_SAFE) { ok = false; break; }
      }
    }
    if (ok) return result + 0;
  }
  return normBig(toBig(a) ** toBig(b));
}
export function intCompare(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Bitwise and/or/xor of two safe-integer numbers without BigInt: each operand is split into a
 * two's complement high word (floor(x / 2**32), within int32 for |x| <= 2**53) and an unsigned
 * low word; the result's high word stays within [-2**21, 2**21), so the result is safe.
 */
const enum BitOp { AND, OR, XOR }
function bitSafe(a: number, b: number, op: BitOp): number {
  const ah = Math.floor(a / 4294967296), bh = Math.floor(b / 4294967296);
  const al = (a - ah * 4294967296) >>> 0, bl = (b - bh * 4294967296) >>> 0;
  let h: number, l: number;
  if (op === BitOp.AND) { h = ah & bh; l = (al & bl) >>> 0; }
  else if (op === BitOp.OR) { h = ah | bh; l = (al | bl) >>> 0; }
  else { h = ah ^ bh; l = (al ^ bl) >>> 0; }
  return h * 4294967296 + l;
}
export function intAnd(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") return (a | 0) === a && (b | 0) === b ? a & b : bitSafe(a, b, BitOp.AND);
  return normBig(toBig(a) & toBig(b));
}
export function intOr(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") return (a | 0) === a && (b | 0) === b ? a | b : bitSafe(a, b, BitOp.OR);
  return normBig(toBig(a) | toBig(b));
}
export function intXor(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") return (a | 0) === a && (b | 0) === b ? a ^ b : bitSafe(a, b, BitOp.XOR);
  return normBig(toBig(a) ^ toBig(b));
}
export function intInvert(a: number | bigint): number | bigint {
  return typeof a === "number" ? -a - 1 : normBig(-a - 1n);
}
/** a << n, n >= 0 and n a safe number. */
export function intLshift(a: number | bigint, n: number): number | bigint {
  if (typeof a === "number" && n < 53) {
    const r = a * 2 ** n;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normBig(toBig(a) << BigInt(n));
}
/** a >> n (floor), n >= 0. */
export function intRshift(a: number | bigint, n: number): number | bigint {
  if (typeof a === "number") {
    if (n >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n) + 0;
  }
  return normBig(a >> BigInt(n));
}
export function intBitLength(a: number | bigint): number {
  if (typeof a === "number") {
    const x = Math.abs(a);
    if (x < 4294967296) return 32 - Math.clz32(x);
    // safe integers: the high word's length plus 32
    return 64 - Math.clz32(Math.floor(x / 4294967296));
  }
  const m = a < 0n ? -a : a;
  // hex digits: 4 bits each, minus the first digit's leading zeros
  const h = m.toString(16);
  const d = h.charCodeAt(0);
  const first = d <= 57 ? d - 48 : d - 87;
  return (h.length - 1) * 4 + (32 - Math.clz32(first));
}

/** Exactly rounded int -> float (OverflowError past the float range). */
export function intToFloat(v: number | bigint): number {
  if (typeof v === "number") return v;
  // Number(bigint) rounds to nearest, ties to even (ECMAScript), as CPython's _PyLong_Frexp path
  const r = Number(v);
  if (r === Infinity || r === -Infinity) return NaN; // caller raises OverflowError (checks !isFinite)
  return r;
}

/** Is `o` an int (or a subclass instance, including bool)? */
export function isInt(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

// ---- the int and bool types: slots ------------------------------------------------------------

import { None, NotImplemented, StrType, FloatType } from "./types.ts";
import { newStr } from "./str.ts";
import { zeroDivisionError, valueError, overflowError, typeError } from "./errors.ts";
import { intHash } from "./pyhash.ts";
import { newFloat } from "./float.ts";
import { floatPow } from "./float_ops.ts";
import { dealloc } from "../memory/refcount.ts";

/** Integers beyond this many digits refuse str() (sys.int_info.default_max_str_digits). */
export let maxStrDigits = 4300;
export function setMaxStrDigits(n: number): void {
  maxStrDigits = n;
}

export function intToDecimalString(v: number | bigint): string {
  if (typeof v === "number") return String(v);
  // long_to_decimal_string's early refusal, before the quadratic conversion: with n the number of
  // 30-bit digits, n >= 73 and max // 90 <= (n - 11) // 10 (a lower bound on the decimal length)
  if (maxStrDigits > 0) {
    const n = Math.ceil(intBitLength(v) / 30);
    if (n >= 73 && Math.floor(maxStrDigits / 90) <= Math.floor((n - 11) / 10)) {
      throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    }
  }
  const s = v.toString();
  const digits = s.length - (v < 0n ? 1 : 0);
  if (maxStrDigits > 0 && digits > maxStrDigits) {
    throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

function intRepr(o: PyObject): PyObject {
  return newStr(intToDecimalString((o as PyInt).value));
}
function boolRepr(o: PyObject): PyObject {
  return newStr((o as PyInt).value ? "True" : "False");
}

type V = number | bigint;
function binop(f: (a: V, b: V) => V): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
    return newIntAny(f(a.value, b.value));
  };
}
function isZero(v: V): boolean {
  return v === 0 || v === 0n;
}
const intAddSlot = binop(intAdd);
const intSubSlot = binop(intSub);
const intMulSlot = binop(intMul);
function intFloorDivSlot(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
  if (isZero(b.value)) throw zeroDivisionError("integer division or modulo by zero");
  return newIntAny(intFloorDiv(a.value, b.value));
}
function intModSlot(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
  if (isZero(b.value)) throw zeroDivisionError("integer modulo by zero");
  return newIntAny(intMod(a.value, b.value));
}
/** int / int: correctly rounded true division (long_true_divide). */
export function intTrueDiv(x: V, y: V): number {
  if (isZero(y)) throw zeroDivisionError("division by zero");
  if (typeof x === "number" && typeof y === "number") return x / y;
  const a = toBig(x), b = toBig(y);
  const neg = (a < 0n) !== (b < 0n);
  const n = a < 0n ? -a : a;
  const d = b < 0n ? -b : b;
  // scale so the quotient has at least 55 significant bits, then round once
  const nb = n.toString(2).length, db = d.toString(2).length;
  const shift = 55 - (nb - db);
  let q: bigint, r: bigint;
  if (shift >= 0) {
    const nn = n << BigInt(shift);
    q = nn / d;
    r = nn % d;
  } else {
    const dd = d << BigInt(-shift);
    q = n / dd;
    r = n % dd;
  }
  const res = ldexpRound(q, -shift, r !== 0n);
  if (res === Infinity) throw overflowError("integer division result too large for a float");
  return neg ? -res : res;
}
import { ldexpRound } from "./dtoa.ts";
function intTrueDivSlot(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
  return newFloat(intTrueDiv(a.value, b.value));
}
function intPowSlot(a: PyObject, b: PyObject, c?: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
  if (c !== undefined && c !== None) {
    if (!(c instanceof PyInt)) return NotImplemented;
    return newIntAny(intPowMod(a.value, b.value, c.value));
  }
  if (b.value < 0) {
    // long_pow hands a negative exponent to float_pow (glibc's pow, its special cases), which
    // converts both operands first
    const x = intToFloat(a.value), y = intToFloat(b.value);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw overflowError("int too large to convert to float");
    return floatPow(x, y);
  }
  if (typeof b.value === "bigint" && !(a.value === 0 || a.value === 1 || a.value === -1)) throw memoryErrorFor();
  return newIntAny(intPow(a.value, b.value));
}
import { memoryError } from "./errors.ts";
function memoryErrorFor() {
  return memoryError();
}
function intPowMod(a: V, b: V, m: V): V {
  if (isZero(m)) throw valueError("pow() 3rd argument cannot be 0");
  let base = toBig(a), e = toBig(b), mod = toBig(m);
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let r = 1n % mod;
  base %= mod;
  if (base < 0n) base += mod;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (negMod && r !== 0n) r -= mod;
  return normBig(r);
}
function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = egcd(((a % m) + m) % m, m);
  if (g !== 1n) throw valueError("base is not invertible for the given modulus");
  return ((x % m) + m) % m;
}
function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [oldR, r] = [a, b], [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return [oldR, oldS];
}
function shiftCount(b: PyInt): number {
  const v = b.value;
  if (v < 0) throw valueError("negative shift count");
  return typeof v === "bigint" ? Infinity : v;
}
function intLshiftSlot(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
  const n = shiftCount(b);
  if (isZero(a.value)) return newInt(0);
  if (n > 0x7fffffff - intBitLength(a.value)) throw memoryError();
  return newIntAny(intLshift(a.value, n));
}
function intRshiftSlot(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
  const n = shiftCount(b);
  if (n >= intBitLength(a.value)) return newInt(a.value < 0 ? -1 : 0);
  return newIntAny(intRshift(a.value, n));
}
const intAndSlot = binop(intAnd), intOrSlot = binop(intOr), intXorSlot = binop(intXor);
function boolLogic(f: (a: V, b: V) => V, intSlot: (a: PyObject, b: PyObject) => PyObject) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (a.ob_type === BoolType && b.ob_type === BoolType) return newBool(f((a as PyInt).value, (b as PyInt).value) !== 0);
    return intSlot(a, b);
  };
}
function intDivmodValues(a: V, b: V): [V, V] {
  if (isZero(b)) throw zeroDivisionError("integer division or modulo by zero");
  return [intFloorDiv(a, b), intMod(a, b)];
}
export { intDivmodValues };

function intRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyInt)) {
    if (b.ob_type === FloatType || (b as { value?: unknown }).value !== undefined && typeof (b as { value?: unknown }).value === "number" && b.ob_type.tp_name === "float") return NotImplemented;
    return NotImplemented;
  }
  const c = intCompare((a as PyInt).value, b.value);
  let r: boolean;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c === 0; break;
    case 3: r = c !== 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0;
  }
  return r ? True : False;
}
function intNegSlot(o: PyObject): PyObject {
  return newIntAny(intNeg((o as PyInt).value));
}
function intPosSlot(o: PyObject): PyObject {
  const v = (o as PyInt).value;
  if (o.ob_type === IntType) {
    o.ob_refcnt++;
    return o;
  }
  return newIntAny(v);
}
function intAbsSlot(o: PyObject): PyObject {
  const v = (o as PyInt).value;
  return newIntAny(v < 0 ? intNeg(v) : v);
}
function intInvertSlot(o: PyObject): PyObject {
  return newIntAny(intInvert((o as PyInt).value));
}
function intBool(o: PyObject): boolean {
  return !isZero((o as PyInt).value);
}
function intIndexSlot(o: PyObject): PyObject {
  return intPosSlot(o);
}
function intFloatSlot(o: PyObject): PyObject {
  const f = intToFloat((o as PyInt).value);
  if (Number.isNaN(f)) throw overflowError("int too large to convert to float");
  return newFloat(f);
}
function intHashSlot(o: PyObject): number | bigint {
  return intHash((o as PyInt).value);
}

IntType.tp_repr = intRepr;
IntType.tp_hash = intHashSlot;
IntType.tp_richcompare = intRichCompare;
IntType.nb_binary[0] = intAddSlot;
IntType.nb_binary[10] = intSubSlot;
IntType.nb_binary[5] = intMulSlot;
IntType.nb_binary[2] = intFloorDivSlot;
IntType.nb_binary[6] = intModSlot;
IntType.nb_binary[11] = intTrueDivSlot;
IntType.nb_binary[8] = intPowSlot;
IntType.nb_binary[3] = intLshiftSlot;
IntType.nb_binary[9] = intRshiftSlot;
IntType.nb_binary[1] = intAndSlot;
IntType.nb_binary[7] = intOrSlot;
IntType.nb_binary[12] = intXorSlot;
IntType.nb_negative = intNegSlot;
IntType.nb_positive = intPosSlot;
IntType.nb_absolute = intAbsSlot;
IntType.nb_invert = intInvertSlot;
IntType.nb_bool = intBool;
IntType.nb_int = intIndexSlot;
IntType.nb_index = intIndexSlot;
IntType.nb_float = intFloatSlot;
BoolType.tp_repr = boolRepr;
BoolType.nb_binary[1] = boolLogic(intAnd, intAndSlot);
BoolType.nb_binary[7] = boolLogic(intOr, intOrSlot);
BoolType.nb_binary[12] = boolLogic(intXor, intXorSlot);
