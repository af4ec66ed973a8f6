/**
 * The `math` builtin module (Modules/mathmodule.c): libm wrappers with CPython's error rules
 * (math_1 / math_1a / math_2), the integer functions (math_int.ts), gamma/lgamma/erf
 * (math_special.ts), fsum, hypot/dist (vector_norm), prod, isclose, log with a base and ints
 * of any size.
 *
 * Error rules: a NaN result from a non-NaN argument -> ValueError("math domain error"); an
 * infinite result from a finite argument -> OverflowError("math range error") for functions
 * that can overflow, ValueError("math domain error") for the others (singularities).
 */
import { PyObject, Meth } from "../objects/object.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { PyInt, newIntAny } from "../objects/int.ts";
import { FloatType, None } from "../objects/types.ts";
import { PyStr, intern } from "../objects/str.ts";
import { PyTuple, newTuple, tupleFrom } from "../objects/tuple.ts";
import { asDouble, lookupSpecial, call0, getIter, iterNext, iterableToArray, binaryOp, isTrue } from "../objects/abstract.ts";
import { parseArgs, checkArity } from "../objects/args.ts";
import { typeError, valueError, overflowError, zeroDivisionError } from "../objects/errors.ts";
import { floatToIntValue } from "../objects/float_ops.ts";
import { DECREF } from "../memory/refcount.ts";
import { buildModule, pyFloat, pyBool, indexValue, type ModDef } from "./modutil.ts";
import * as M from "./libm.ts";
import { gcd, lcm, isqrt, factorial, comb, perm } from "./math_int.ts";
import { tgamma, lgamma, MathErr } from "./math_special.ts";
import { NB } from "../objects/object.ts";
import type { PyModule } from "../objects/module.ts";

const domainError = () => valueError("math domain error");
const rangeError = () => overflowError("math range error");

/** math_1: one float argument, CPython's NaN/infinity error rules. */
function math1(f: (x: number) => number, canOverflow: boolean): (self: null, arg: PyObject) => PyObject {
  return (_s, arg) => {
    const x = asDouble(arg);
    const r = f(x);
    if (r !== r && x === x) throw domainError();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
    return newFloat(r);
  };
}
/** math_1a: the function reports its own errors (MathErr.EDOM / ERANGE). */
function math1a(f: (x: number) => number): (self: null, arg: PyObject) => PyObject {
  return (_s, arg) => {
    const x = asDouble(arg);
    try {
      return newFloat(f(x));
    } catch (e) {
      if (e instanceof MathErr) throw e.domain ? domainError() : rangeError();
      throw e;
    }
  };
}
/** math_2: two float arguments. */
function math2(name: string, f: (x: number, y: number) => number): (self: null, args: PyObject[]) => PyObject {
  return (_s, args) => {
    checkArity(name, args, 2, 2);
    const x = asDouble(args[0]!);
    const y = asDouble(args[1]!);
    const r = f(x, y);
    if (r !== r) {
      if (x === x && y === y) throw domainError();
    } else if (r === Infinity || r === -Infinity) {
      if (Number.isFinite(x) && Number.isFinite(y)) throw rangeError();
    }
    return newFloat(r);
  };
}

// ---- special-value wrappers (m_log, m_atan2, m_remainder, ...) ----------------------------------

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return M.log(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (x !== x) return x;
  return x > 0 ? x : NaN;
}
function mLog2(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : x > 0 ? x : NaN;
  if (x > 0) return M.log2(x);
  return x === 0 ? -Infinity : NaN;
}
function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return M.log10(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (x !== x) return x;
  return x > 0 ? x : NaN;
}
function mLog1p(x: number): number {
  // _Py_log1p: log1p(-0.0) keeps the sign of zero (glibc does too)
  return M.log1p(x);
}
const PI = Math.PI;
function mAtan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) {
      return M.copysign(M.copysign(1, x) === 1 ? 0.25 * PI : 0.75 * PI, y);
    }
    return M.copysign(0.5 * PI, y);
  }
  if (x === Infinity || x === -Infinity || y === 0) {
    return M.copysign(1, x) === 1 ? M.copysign(0, y) : M.copysign(PI, y);
  }
  return M.atan2(y, x);
}
function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const ax = Math.abs(x), ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (ax - m)) % ay);
    return M.copysign(1, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

// ---- functions with their own argument handling ------------------------------------------------

function floorCeil(name: "__floor__" | "__ceil__", f: (x: number) => number) {
  const dunder = intern(name);
  return (_s: null, o: PyObject): PyObject => {
    let x: number;
    if (o.ob_type === FloatType) x = (o as PyFloat).value;
    else {
      const m = lookupSpecial(o, dunder);
      if (m !== null) {
        try {
          return call0(m);
        } finally {
          DECREF(m);
        }
      }
      x = asDouble(o);
    }
    return newIntAny(floatToIntValue(f(x)));
  };
}
const TRUNC = intern("__trunc__");
function mathTrunc(_s: null, o: PyObject): PyObject {
  if (o.ob_type === FloatType) return newIntAny(floatToIntValue((o as PyFloat).value));
  const m = lookupSpecial(o, TRUNC);
  if (m === null) throw typeError(`type ${o.ob_type.tp_name} doesn't define __trunc__ method`);
  try {
    return call0(m);
  } finally {
    DECREF(m);
  }
}

/** _PyLong_Frexp: [m, e] with |v| ~= m * 2**e, m in [0.5, 1), rounded half-even to 53 bits. */
function bigFrexp(v: bigint): [number, number] {
  const neg = v < 0n;
  if (neg) v = -v;
  const nbits = v.toString(2).length;
  let m: number;
  if (nbits <= 53) m = Number(v) / 2 ** nbits;
  else {
    // keep 55 bits (with a sticky bit) and let Number() round once
    const shift = BigInt(nbits - 55);
    let top = v >> shift;
    if ((top << shift) !== v) top |= 1n;
    m = Number(top) / 2 ** 55;
  }
  let e = nbits;
  if (m === 1) {
    m = 0.5;
    e++;
  }
  return [neg ? -m : m, e];
}

/** loghelper: log of an int of any size, or math_1 on a float. */
function logHelper(o: PyObject, f: (x: number) => number): number {
  if (o instanceof PyInt) {
    const v = o.value;
    if (v <= 0) throw domainError();
    let x: number;
    if (typeof v === "number") x = v;
    else {
      x = Number(v);
      if (!Number.isFinite(x)) {
        const [m, e] = bigFrexp(v);
        return f(m) + f(2.0) * e;
      }
    }
    return f(x);
  }
  const x = asDouble(o);
  const r = f(x);
  if (r !== r && x === x) throw domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw domainError();
  return r;
}
function logN(f: (x: number) => number) {
  return (_s: null, o: PyObject): PyObject => newFloat(logHelper(o, f));
}
function mathLog(_s: null, args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 2) throw typeError("math.log requires 1 to 2 arguments");
  const num = logHelper(args[0]!, mLog);
  if (args.length === 1) return newFloat(num);
  const den = logHelper(args[1]!, mLog);
  if (den === 0) throw zeroDivisionError("float division by zero");
  return newFloat(num / den);
}

function mathPow(_s: null, args: PyObject[]): PyObject {
  checkArity("pow", args, 2, 2);
  const x = asDouble(args[0]!), y = asDouble(args[1]!);
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? M.copysign(0, x) : 0;
    } else {
      // y is infinite
      if (Math.abs(x) === 1) r = 1;
      else if (y > 0 && Math.abs(x) > 1) r = y;
      else if (y < 0 && Math.abs(x) < 1) r = -y;
      else r = 0;
    }
    return newFloat(r);
  }
  r = M.pow(x, y);
  if (!Number.isFinite(r)) {
    if (r !== r) throw domainError();
    if (x === 0) throw domainError();
    throw rangeError();
  }
  return newFloat(r);
}

function mathFmod(_s: null, args: PyObject[]): PyObject {
  checkArity("fmod", args, 2, 2);
  const x = asDouble(args[0]!), y = asDouble(args[1]!);
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return newFloat(x);
  const r = x % y;
  if (r !== r && x === x && y === y) throw domainError();
  return newFloat(r);
}

function mathFrexp(_s: null, o: PyObject): PyObject {
  const x = asDouble(o);
  const [m, e] = M.frexp(x);
  return newTuple([newFloat(m), newIntAny(e)]);
}
function mathLdexp(_s: null, args: PyObject[]): PyObject {
  checkArity("ldexp", args, 2, 2);
  const x = asDouble(args[0]!);
  const io = args[1]!;
  if (!(io instanceof PyInt)) throw typeError("Expected an int as second argument to ldexp.");
  let n = io.value;
  if (typeof n === "bigint") n = n > 0n ? 1e6 : -1e6;
  if (x === 0 || !Number.isFinite(x)) return newFloat(x);
  const r = M.ldexp(x, n);
  if (!Number.isFinite(r)) throw rangeError();
  return newFloat(r);
}
function mathModf(_s: null, o: PyObject): PyObject {
  const x = asDouble(o);
  if (x === Infinity || x === -Infinity) return newTuple([newFloat(M.copysign(0, x)), newFloat(x)]);
  if (x !== x) return newTuple([newFloat(x), newFloat(x)]);
  const i = Math.trunc(x);
  const ip = i === 0 ? M.copysign(0, x) : i;
  const fp = M.copysign(x - i, x);
  return newTuple([newFloat(fp), newFloat(ip)]);
}

function mathIsclose(_s: null, args: PyObject[], kw: PyObject | null): PyObject {
  const [ao, bo, rto, ato] = parseArgs("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], { required: 2, kwonly: 2 });
  const a = asDouble(ao!), b = asDouble(bo!);
  const rel = rto === null ? 1e-9 : asDouble(rto);
  const abs = ato === null ? 0 : asDouble(ato);
  if (rel < 0 || abs < 0) throw valueError("tolerances must be non-negative");
  if (a === b) return pyBool(true);
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return pyBool(false);
  const diff = Math.abs(b - a);
  return pyBool(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
}

// ---- fsum (Shewchuk / msum with exact partials, correctly rounded) ------------------------------

function itemDouble(o: PyObject): number {
  if (o.ob_type === FloatType) return (o as PyFloat).value;
  return asDouble(o);
}
function mathFsum(_s: null, seq: PyObject): PyObject {
  const it = getIter(seq);
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      let x: number;
      try {
        x = itemDouble(item);
      } finally {
        DECREF(item);
      }
      const xsave = x;
      let i = 0;
      for (let j = 0; j < p.length; j++) {
        let y = p[j]!;
        if (Math.abs(x) < Math.abs(y)) {
          const t = x;
          x = y;
          y = t;
        }
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0) p[i++] = lo;
        x = hi;
      }
      p.length = i;
      if (x !== 0) {
        if (!Number.isFinite(x)) {
          if (Number.isFinite(xsave)) throw overflowError("intermediate overflow in fsum");
          if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
          specialSum += xsave;
          p.length = 0;
        } else p.push(x);
      }
    }
  } finally {
    DECREF(it);
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) throw valueError("-inf + inf in fsum");
    return newFloat(specialSum);
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    hi = p[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return newFloat(hi);
}

// ---- hypot / dist (vector_norm: lossless squaring, differential correction) ---------------------

const SPLIT = 134217729; // 2**27 + 1 (Veltkamp)
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = M.frexp(max)[1];
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    for (let i = 0; i < n; i++) vec[i] = vec[i]! / DBL_MIN;
    return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
  }
  const scale = M.ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i]! * scale;
    // dl_mul(x, x): exact square as hi + lo
    const [phi, plo] = twoProd(x, x);
    // dl_fast_sum(csum, phi)
    const shi = csum + phi;
    const slo = (csum - shi) + phi;
    csum = shi;
    frac1 += plo;
    frac2 += slo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [phi, plo] = twoProd(-h, h);
  const shi = csum + phi;
  const slo = (csum - shi) + phi;
  csum = shi;
  frac1 += plo;
  frac2 += slo;
  const x = csum - 1.0 + (frac1 + frac2);
  h = h + x / (2.0 * h);
  return h / scale;
}
/** Exact product a*b = hi + lo (Dekker, Veltkamp splitting). */
function twoProd(a: number, b: number): [number, number] {
  let c = SPLIT * a;
  const ahi = c - (c - a), alo = a - ahi;
  c = SPLIT * b;
  const bhi = c - (c - b), blo = b - bhi;
  const p = a * b;
  const lo = ((ahi * bhi - p) + ahi * blo + alo * bhi) + alo * blo;
  return [p, lo];
}
function mathHypot(_s: null, args: PyObject[]): PyObject {
  const vec: number[] = new Array(args.length);
  let max = 0, foundNan = false;
  for (let i = 0; i < args.length; i++) {
    const x = Math.abs(itemDouble(args[i]!));
    vec[i] = x;
    foundNan ||= x !== x;
    if (x > max) max = x;
  }
  return newFloat(vectorNorm(vec, max, foundNan));
}
function mathDist(_s: null, args: PyObject[]): PyObject {
  checkArity("dist", args, 2, 2);
  const p = args[0] instanceof PyTuple ? null : iterableToArray(args[0]!);
  let q: PyObject[] | null = null;
  try {
    q = args[1] instanceof PyTuple ? null : iterableToArray(args[1]!);
    const pi = p ?? (args[0] as PyTuple).items, qi = q ?? (args[1] as PyTuple).items;
    if (pi.length !== qi.length) throw valueError("both points must have the same number of dimensions");
    const vec: number[] = new Array(pi.length);
    let max = 0, foundNan = false;
    for (let i = 0; i < pi.length; i++) {
      const px = itemDouble(pi[i]!), qx = itemDouble(qi[i]!);
      const x = Math.abs(px - qx);
      vec[i] = x;
      foundNan ||= x !== x;
      if (x > max) max = x;
    }
    return newFloat(vectorNorm(vec, max, foundNan));
  } finally {
    if (p !== null) for (const o of p) DECREF(o);
    if (q !== null) for (const o of q) DECREF(o);
  }
}

function mathProd(_s: null, args: PyObject[], kw: PyObject | null): PyObject {
  const [iterable, start] = parseArgs("prod", args, kw, ["iterable", "start"], { required: 1, posonly: 1, kwonly: 1 });
  let result: PyObject = start ?? newIntAny(1);
  if (start !== null) start.ob_refcnt++;
  const it = getIter(iterable!);
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      try {
        const r = binaryOp(result, item, NB.MULTIPLY);
        DECREF(result);
        result = r;
      } finally {
        DECREF(item);
      }
    }
  } catch (e) {
    DECREF(result);
    throw e;
  } finally {
    DECREF(it);
  }
  return result;
}

function mathNextafter(_s: null, args: PyObject[]): PyObject {
  checkArity("nextafter", args, 2, 2);
  return newFloat(M.nextafter(asDouble(args[0]!), asDouble(args[1]!)));
}
function mathUlp(_s: null, o: PyObject): PyObject {
  let x = asDouble(o);
  if (x !== x) return newFloat(x);
  x = Math.abs(x);
  if (x === Infinity) return newFloat(x);
  const x2 = M.nextafter(x, Infinity);
  if (x2 === Infinity) return newFloat(x - M.nextafter(x, 0));
  return newFloat(x2 - x);
}

const RAD_TO_DEG = 180.0 / PI;
const DEG_TO_RAD = PI / 180.0;

const fn1 = (name: string, fn: (s: null, a: PyObject) => PyObject): ModDef => ({ name, flags: Meth.O, fn });
const fnv = (name: string, fn: (s: null, a: PyObject[]) => PyObject): ModDef => ({ name, flags: Meth.FASTCALL, fn });
const fnk = (name: string, fn: (s: null, a: PyObject[], k: PyObject | null) => PyObject): ModDef => ({ name, flags: Meth.KEYWORDS, fn });

const intArgs = (name: string, f: (a: (number | bigint)[]) => number | bigint) => (_s: null, args: PyObject[]): PyObject => {
  void name;
  return newIntAny(f(args.map(indexValue)));
};

function mathComb(_s: null, args: PyObject[]): PyObject {
  checkArity("comb", args, 2, 2);
  return newIntAny(comb(indexValue(args[0]!), indexValue(args[1]!)));
}
function mathPerm(_s: null, args: PyObject[]): PyObject {
  checkArity("perm", args, 1, 2);
  const n = indexValue(args[0]!);
  const k = args.length < 2 || args[1] === None ? null : indexValue(args[1]!);
  return newIntAny(perm(n, k));
}

export function makeMathModule(): PyModule {
  const defs: ModDef[] = [
    fn1("acos", math1(M.acos, false)),
    fn1("acosh", math1(M.acosh, false)),
    fn1("asin", math1(M.asin, false)),
    fn1("asinh", math1(M.asinh, false)),
    fn1("atan", math1(M.atan, false)),
    fnv("atan2", math2("atan2", mAtan2)),
    fn1("atanh", math1(M.atanh, false)),
    fn1("cbrt", math1(M.cbrt, false)),
    fnv("comb", mathComb),
    fn1("ceil", floorCeil("__ceil__", Math.ceil)),
    fnv("copysign", math2("copysign", M.copysign)),
    fn1("cos", math1(M.cos, false)),
    fn1("cosh", math1(M.cosh, true)),
    fn1("degrees", (_s, o) => newFloat(asDouble(o) * RAD_TO_DEG)),
    fnv("dist", mathDist),
    fn1("erf", math1a(M.erf)),
    fn1("erfc", math1a(M.erfc)),
    fn1("exp", math1(M.exp, true)),
    fn1("exp2", math1(M.exp2, true)),
    fn1("expm1", math1(M.expm1, true)),
    fn1("fabs", math1(Math.abs, false)),
    fn1("factorial", (_s, o) => newIntAny(factorial(indexValue(o)))),
    fn1("floor", floorCeil("__floor__", Math.floor)),
    fnv("fmod", mathFmod),
    fn1("frexp", mathFrexp),
    fn1("fsum", mathFsum),
    fn1("gamma", math1a(tgamma)),
    fnv("gcd", intArgs("gcd", gcd)),
    fnv("hypot", mathHypot),
    fnk("isclose", mathIsclose),
    fn1("isfinite", (_s, o) => pyBool(Number.isFinite(asDouble(o)))),
    fn1("isinf", (_s, o) => {
      const x = asDouble(o);
      return pyBool(x === Infinity || x === -Infinity);
    }),
    fn1("isnan", (_s, o) => {
      const x = asDouble(o);
      return pyBool(x !== x);
    }),
    fn1("isqrt", (_s, o) => newIntAny(isqrt(indexValue(o)))),
    fnv("lcm", intArgs("lcm", lcm)),
    fnv("ldexp", mathLdexp),
    fn1("lgamma", math1a(lgamma)),
    { name: "log", flags: Meth.FASTCALL, fn: mathLog, bare: true },
    fn1("log10", logN(mLog10)),
    fn1("log1p", math1(mLog1p, false)),
    fn1("log2", logN(mLog2)),
    fn1("modf", mathModf),
    fnv("nextafter", mathNextafter),
    fnv("perm", mathPerm),
    fnv("pow", mathPow),
    fnk("prod", mathProd),
    fn1("radians", (_s, o) => newFloat(asDouble(o) * DEG_TO_RAD)),
    fnv("remainder", math2("remainder", mRemainder)),
    fn1("sin", math1(M.sin, false)),
    fn1("sinh", math1(M.sinh, true)),
    fn1("sqrt", math1(Math.sqrt, false)),
    fn1("tan", math1(M.tan, false)),
    fn1("tanh", math1(M.tanh, false)),
    fn1("trunc", mathTrunc),
    fn1("ulp", mathUlp),
  ];
  return buildModule("math", defs, {
    pi: pyFloat(Math.PI),
    e: pyFloat(Math.E),
    tau: pyFloat(2 * Math.PI),
    inf: pyFloat(Infinity),
    nan: pyFloat(NaN),
  });
}
export { bigFrexp, mLog, vectorNorm, twoProd };
void PyStr;
void tupleFrom;
void isTrue;
