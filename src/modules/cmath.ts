/**
 * The `cmath` builtin module (Modules/cmathmodule.c): the complex functions with CPython's
 * formulas (overflow-avoiding rescaling for large and subnormal arguments, log near |z| = 1 via
 * log1p), C99 Annex G special values from tables read off python3 (cmath_special.ts), errno
 * rules (EDOM -> ValueError "math domain error", ERANGE -> OverflowError "math range error"),
 * phase/polar/rect, isfinite/isinf/isnan/isclose, log with a base, and the constants.
 */
import { PyObject, Meth } from "../objects/object.ts";
import { PyComplex, newComplex } from "../objects/complex.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { newTuple } from "../objects/tuple.ts";
import { asDouble, lookupSpecial, call0 } from "../objects/abstract.ts";
import { parseArgs, checkArity } from "../objects/args.ts";
import { typeError, valueError, overflowError } from "../objects/errors.ts";
import { intern } from "../objects/str.ts";
import { DECREF } from "../memory/refcount.ts";
import { buildModule, pyBool, pyFloat, type ModDef } from "./modutil.ts";
import * as M from "./libm.ts";
import { hypot as crHypot } from "./libm_dd.ts";
import { SPECIAL } from "./cmath_special.ts";
import type { PyModule } from "../objects/module.ts";

type C = [number, number];
const EDOM = 1, ERANGE = 2;
let errno = 0;

const DBL_MAX = 1.7976931348623157e308, DBL_MIN = 2.2250738585072014e-308;
const CM_LARGE_DOUBLE = DBL_MAX / 4;
const CM_SQRT_LARGE_DOUBLE = Math.sqrt(CM_LARGE_DOUBLE);
const CM_LOG_LARGE_DOUBLE = M.log(CM_LARGE_DOUBLE);
const CM_SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const CM_SCALE_UP = 53, CM_SCALE_DOWN = -27;
const LN2 = 0.6931471805599453, LN10 = 2.302585092994046;
const PI = Math.PI, E = Math.E;

// ---- special values ---------------------------------------------------------------------------

function kind(d: number): number {
  if (Number.isFinite(d)) {
    if (d !== 0) return d > 0 ? 4 : 1;
    return Object.is(d, -0) ? 2 : 3;
  }
  if (d !== d) return 6;
  return d > 0 ? 5 : 0;
}
const tables = new Map<string, (C | null)[]>();
/** The table entry for z (errno EDOM when python3 raises there). */
function special(name: string, z: C): C {
  let t = tables.get(name);
  if (t === undefined) {
    t = SPECIAL[name]!.map((cell) => {
      if (cell === "" || cell === "E") return null;
      const [a, b] = cell.split(",");
      return [pyNum(a!), pyNum(b!)] as C;
    });
    tables.set(name, t);
  }
  const idx = kind(z[0]) * 7 + kind(z[1]);
  const cell = SPECIAL[name]![idx]!;
  if (cell === "E") {
    errno = EDOM;
    return [NaN, NaN];
  }
  errno = 0;
  return t[idx]!;
}
/** A Python float repr as a number ("inf", "-inf", "nan" included). */
function pyNum(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan" || s === "-nan") return NaN;
  return Number(s);
}
const finite = (z: C) => Number.isFinite(z[0]) && Number.isFinite(z[1]);

// ---- C library pieces with C99 special-value behaviour ---------------------------------------------

function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) return M.copysign(M.copysign(1, x) === 1 ? 0.25 * PI : 0.75 * PI, y);
    return M.copysign(0.5 * PI, y);
  }
  if (x === Infinity || x === -Infinity || y === 0) return M.copysign(1, x) === 1 ? M.copysign(0, y) : M.copysign(PI, y);
  return M.atan2(y, x);
}
const hypot = crHypot;
/** glibc's atan2 wrapper sets errno = ERANGE when the result underflows to zero for y != 0, finite x. */
function atan2Underflow(r: number, y: number, x: number): boolean {
  return r === 0 && y !== 0 && Number.isFinite(x);
}
function asinhC(x: number): number {
  return M.asinh(x);
}

// ---- the functions -----------------------------------------------------------------------------------

function cSqrt(z: C): C {
  if (!finite(z)) return special("sqrt", z);
  if (z[0] === 0 && z[1] === 0) {
    errno = 0;
    return [0, z[1]];
  }
  let ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = M.ldexp(ax, CM_SCALE_UP);
    s = M.ldexp(Math.sqrt(ax + hypot(ax, M.ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  errno = 0;
  return z[0] >= 0 ? [s, M.copysign(d, z[1])] : [d, M.copysign(s, z[1])];
}

function cAcos(z: C): C {
  if (!finite(z)) return special("acos", z);
  let r: C;
  if (Math.abs(z[0]) > CM_LARGE_DOUBLE || Math.abs(z[1]) > CM_LARGE_DOUBLE) {
    r = [atan2(Math.abs(z[1]), z[0]), -M.copysign(M.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, z[1])];
  } else {
    const s1 = cSqrt([1 - z[0], -z[1]]);
    const s2 = cSqrt([1 + z[0], z[1]]);
    r = [2 * atan2(s1[0], s2[0]), asinhC(s2[0] * s1[1] - s2[1] * s1[0])];
  }
  errno = 0;
  return r;
}
function cAcosh(z: C): C {
  if (!finite(z)) return special("acosh", z);
  let r: C;
  if (Math.abs(z[0]) > CM_LARGE_DOUBLE || Math.abs(z[1]) > CM_LARGE_DOUBLE) {
    r = [M.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, atan2(z[1], z[0])];
  } else {
    const s1 = cSqrt([z[0] - 1, z[1]]);
    const s2 = cSqrt([z[0] + 1, z[1]]);
    r = [asinhC(s1[0] * s2[0] + s1[1] * s2[1]), 2 * atan2(s1[1], s2[0])];
  }
  errno = 0;
  return r;
}
function cAsinh(z: C): C {
  if (!finite(z)) return special("asinh", z);
  let r: C;
  if (Math.abs(z[0]) > CM_LARGE_DOUBLE || Math.abs(z[1]) > CM_LARGE_DOUBLE) {
    const re = z[1] >= 0
      ? M.copysign(M.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, z[0])
      : -M.copysign(M.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, -z[0]);
    r = [re, atan2(z[1], Math.abs(z[0]))];
  } else {
    const s1 = cSqrt([1 + z[1], -z[0]]);
    const s2 = cSqrt([1 - z[1], z[0]]);
    r = [asinhC(s1[0] * s2[1] - s2[0] * s1[1]), atan2(z[1], s1[0] * s2[0] - s1[1] * s2[1])];
  }
  errno = 0;
  return r;
}
function cAsin(z: C): C {
  const s = cAsinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}
function cAtanh(z: C): C {
  if (!finite(z)) return special("atanh", z);
  if (z[0] < 0) {
    const r = cAtanh([-z[0], -z[1]]);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(z[1]);
  let r: C;
  if (z[0] > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    const h = hypot(z[0] / 2, z[1] / 2);
    r = [z[0] / 4 / h / h, M.copysign(PI / 2, z[1])];
    errno = 0;
  } else if (z[0] === 1 && ay < CM_SQRT_DBL_MIN) {
    if (ay === 0) {
      r = [Infinity, z[1]];
      errno = EDOM;
    } else {
      r = [-M.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), M.copysign(atan2(2, -ay) / 2, z[1])];
      errno = 0;
    }
  } else {
    r = [M.log1p((4 * z[0]) / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4, -atan2(-2 * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2];
    errno = 0;
  }
  return r;
}
function cAtan(z: C): C {
  const s = cAtanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cCosh(z: C): C {
  if (!finite(z)) {
    let r: C;
    if ((z[0] === Infinity || z[0] === -Infinity) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0
        ? [M.copysign(Infinity, M.cos(z[1])), M.copysign(Infinity, M.sin(z[1]))]
        : [M.copysign(Infinity, M.cos(z[1])), -M.copysign(Infinity, M.sin(z[1]))];
      errno = 0;
    } else r = special("cosh", z);
    errno = (z[1] === Infinity || z[1] === -Infinity) && z[0] === z[0] ? EDOM : 0;
    return r;
  }
  let r: C;
  if (Math.abs(z[0]) > CM_LOG_LARGE_DOUBLE) {
    const xm1 = z[0] - M.copysign(1, z[0]);
    r = [M.cos(z[1]) * M.cosh(xm1) * E, M.sin(z[1]) * M.sinh(xm1) * E];
  } else r = [M.cos(z[1]) * M.cosh(z[0]), M.sin(z[1]) * M.sinh(z[0])];
  errno = !Number.isFinite(r[0]) || !Number.isFinite(r[1]) ? ERANGE : 0;
  return r;
}
function cSinh(z: C): C {
  if (!finite(z)) {
    let r: C;
    if ((z[0] === Infinity || z[0] === -Infinity) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0
        ? [M.copysign(Infinity, M.cos(z[1])), M.copysign(Infinity, M.sin(z[1]))]
        : [-M.copysign(Infinity, M.cos(z[1])), M.copysign(Infinity, M.sin(z[1]))];
    } else r = special("sinh", z);
    errno = (z[1] === Infinity || z[1] === -Infinity) && z[0] === z[0] ? EDOM : 0;
    return r;
  }
  let r: C;
  if (Math.abs(z[0]) > CM_LOG_LARGE_DOUBLE) {
    const xm1 = z[0] - M.copysign(1, z[0]);
    r = [M.cos(z[1]) * M.sinh(xm1) * E, M.sin(z[1]) * M.cosh(xm1) * E];
  } else r = [M.cos(z[1]) * M.sinh(z[0]), M.sin(z[1]) * M.cosh(z[0])];
  errno = !Number.isFinite(r[0]) || !Number.isFinite(r[1]) ? ERANGE : 0;
  return r;
}
function cTanh(z: C): C {
  if (!finite(z)) {
    let r: C;
    if ((z[0] === Infinity || z[0] === -Infinity) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = [z[0] > 0 ? 1 : -1, M.copysign(0, 2 * M.sin(z[1]) * M.cos(z[1]))];
    } else r = special("tanh", z);
    errno = (z[1] === Infinity || z[1] === -Infinity) && Number.isFinite(z[0]) ? EDOM : 0;
    return r;
  }
  let r: C;
  if (Math.abs(z[0]) > CM_LOG_LARGE_DOUBLE) {
    r = [M.copysign(1, z[0]), 4 * M.sin(z[1]) * M.cos(z[1]) * M.exp(-2 * Math.abs(z[0]))];
  } else {
    const tx = M.tanh(z[0]), ty = M.tan(z[1]), cx = 1 / M.cosh(z[0]);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    r = [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
  }
  errno = 0;
  return r;
}
function cExp(z: C): C {
  if (!finite(z)) {
    let r: C;
    if ((z[0] === Infinity || z[0] === -Infinity) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0
        ? [M.copysign(Infinity, M.cos(z[1])), M.copysign(Infinity, M.sin(z[1]))]
        : [M.copysign(0, M.cos(z[1])), M.copysign(0, M.sin(z[1]))];
    } else r = special("exp", z);
    errno = (z[1] === Infinity || z[1] === -Infinity) && (Number.isFinite(z[0]) || z[0] === Infinity) ? EDOM : 0;
    return r;
  }
  let r: C;
  if (z[0] > CM_LOG_LARGE_DOUBLE) {
    const l = M.exp(z[0] - 1);
    r = [l * M.cos(z[1]) * E, l * M.sin(z[1]) * E];
  } else {
    const l = M.exp(z[0]);
    r = [l * M.cos(z[1]), l * M.sin(z[1])];
  }
  errno = !Number.isFinite(r[0]) || !Number.isFinite(r[1]) ? ERANGE : 0;
  return r;
}
function cCos(z: C): C {
  return cCosh([-z[1], z[0]]);
}
function cSin(z: C): C {
  const s = cSinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}
function cTan(z: C): C {
  const s = cTanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}
function cLog(z: C): C {
  if (!finite(z)) return special("log", z);
  const ax = Math.abs(z[0]), ay = Math.abs(z[1]);
  let re: number;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) re = M.log(hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = M.log(hypot(M.ldexp(ax, 53), M.ldexp(ay, 53))) - 53 * LN2;
    else {
      errno = EDOM;
      return [-Infinity, atan2(z[1], z[0])];
    }
  } else {
    const h = hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = M.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = M.log(h);
  }
  errno = 0;
  return [re, atan2(z[1], z[0])];
}
function cLog10(z: C): C {
  const r = cLog(z);
  return [r[0] / LN10, r[1] / LN10];
}

// ---- argument conversion and the module ---------------------------------------------------------

const COMPLEX = intern("__complex__");
/** PyComplex_AsCComplex. */
function complexArg(o: PyObject): C {
  if (o instanceof PyComplex) return [o.real, o.imag];
  const m = lookupSpecial(o, COMPLEX);
  if (m !== null) {
    let r: PyObject;
    try {
      r = call0(m);
    } finally {
      DECREF(m);
    }
    if (!(r instanceof PyComplex)) {
      const n = r.ob_type.tp_name;
      DECREF(r);
      throw typeError(`__complex__ returned non-complex (type ${n})`);
    }
    const c: C = [r.real, r.imag];
    DECREF(r);
    return c;
  }
  if (o instanceof PyFloat) return [o.value, 0];
  return [asDouble(o), 0];
}
function result(r: C): PyObject {
  if (errno === EDOM) throw valueError("math domain error");
  if (errno === ERANGE) throw overflowError("math range error");
  return newComplex(r[0], r[1]);
}
/** _Py_c_quot (Smith's method); division by zero sets EDOM. */
function cQuot(a: C, b: C): C {
  const [ar, ai] = a, [br, bi] = b;
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) {
      errno = EDOM;
      return [0, 0];
    }
    const ratio = bi / br, denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (abi >= abr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}
/** _Py_c_abs. */
function cAbs(z: C): number {
  if (!finite(z)) {
    if (z[0] === Infinity || z[0] === -Infinity) return Math.abs(z[0]);
    if (z[1] === Infinity || z[1] === -Infinity) return Math.abs(z[1]);
    return NaN;
  }
  const r = hypot(z[0], z[1]);
  errno = Number.isFinite(r) ? 0 : ERANGE;
  return r;
}

export function makeCmathModule(): PyModule {
  const f1 = (name: string, f: (z: C) => C): ModDef => ({ name, flags: Meth.O, fn: (_s: null, o: PyObject) => {
    const z = complexArg(o);
    errno = 0;
    return result(f(z));
  } });
  const defs: ModDef[] = [
    f1("acos", cAcos), f1("acosh", cAcosh), f1("asin", cAsin), f1("asinh", cAsinh), f1("atan", cAtan), f1("atanh", cAtanh),
    f1("cos", cCos), f1("cosh", cCosh), f1("exp", cExp), f1("log10", cLog10), f1("sin", cSin), f1("sinh", cSinh),
    f1("sqrt", cSqrt), f1("tan", cTan), f1("tanh", cTanh),
    { name: "log", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      checkArity("log", a, 1, 2);
      const x = complexArg(a[0]!);
      errno = 0;
      let r = cLog(x);
      if (a.length === 2) {
        // as CPython: the base's c_log overwrites errno, then the division may set EDOM
        const yz = complexArg(a[1]!);
        const y = cLog(yz);
        r = cQuot(r, y);
      }
      return result(r);
    } },
    { name: "phase", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      const z = complexArg(o);
      const phi = atan2(z[1], z[0]);
      if (atan2Underflow(phi, z[1], z[0])) throw overflowError("math range error");
      return newFloat(phi);
    } },
    { name: "polar", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      const z = complexArg(o);
      errno = 0;
      const phi = atan2(z[1], z[0]);
      const r = cAbs(z); // _Py_c_abs sets errno from its own result only
      if (errno === ERANGE) throw overflowError("math range error");
      return newTuple([newFloat(r), newFloat(phi)]);
    } },
    { name: "rect", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      checkArity("rect", a, 2, 2);
      const r = asDouble(a[0]!), phi = asDouble(a[1]!);
      let z: C;
      errno = 0;
      if (!Number.isFinite(r) || !Number.isFinite(phi)) {
        if ((r === Infinity || r === -Infinity) && Number.isFinite(phi) && phi !== 0) {
          z = r > 0 ? [M.copysign(Infinity, M.cos(phi)), M.copysign(Infinity, M.sin(phi))] : [-M.copysign(Infinity, M.cos(phi)), -M.copysign(Infinity, M.sin(phi))];
        } else z = special("rect", [r, phi]);
        errno = r !== 0 && r === r && (phi === Infinity || phi === -Infinity) ? EDOM : 0;
      } else if (phi === 0) z = [r, r * phi];
      else z = [r * M.cos(phi), r * M.sin(phi)];
      return result(z);
    } },
    { name: "isfinite", flags: Meth.O, fn: (_s: null, o: PyObject) => pyBool(finite(complexArg(o))) },
    { name: "isnan", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      const z = complexArg(o);
      return pyBool(z[0] !== z[0] || z[1] !== z[1]);
    } },
    { name: "isinf", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      const z = complexArg(o);
      return pyBool(Math.abs(z[0]) === Infinity || Math.abs(z[1]) === Infinity);
    } },
    { name: "isclose", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
      const [ao, bo, rto, ato] = parseArgs("isclose", a, kw, ["a", "b", "rel_tol", "abs_tol"], { required: 2, kwonly: 2 });
      const x = complexArg(ao!), y = complexArg(bo!);
      const rel = rto === null ? 1e-9 : asDouble(rto), abs = ato === null ? 0 : asDouble(ato);
      if (rel < 0 || abs < 0) throw valueError("tolerances must be non-negative");
      if (x[0] === y[0] && x[1] === y[1]) return pyBool(true);
      if ([x[0], x[1], y[0], y[1]].some((v) => v === Infinity || v === -Infinity)) return pyBool(false);
      const diff = cAbs([x[0] - y[0], x[1] - y[1]]);
      return pyBool(diff <= rel * cAbs(y) || diff <= rel * cAbs(x) || diff <= abs);
    } },
  ];
  return buildModule("cmath", defs, {
    pi: pyFloat(PI), e: pyFloat(E), tau: pyFloat(2 * PI), inf: pyFloat(Infinity), nan: pyFloat(NaN),
    infj: newComplex(0, Infinity), nanj: newComplex(0, NaN),
  });
}
