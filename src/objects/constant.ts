/**
 * Compile-time values: the constants the parser puts in `Constant` nodes, the compiler folds and
 * stores in co_consts, and marshal reads and writes. CPython keeps real objects there; tspy keeps
 * these plain values and the VM turns each code object's constants into run-time objects once.
 *
 *   None -> PyNone.None       Ellipsis -> PyEllipsis.Ellipsis   bool -> boolean
 *   int  -> bigint            float -> number                   complex -> Complex
 *   str  -> string (UTF-16; a code point outside the BMP is a surrogate pair)
 *   bytes -> Uint8Array       tuple -> ConstTuple               frozenset -> ConstFrozenSet
 *   code -> CodeObject
 */
import type { CodeObject } from "../bytecode/code.ts";
import { floatRepr } from "./float.ts";
import { strRepr } from "./str.ts";
import { bytesRepr } from "./bytes.ts";
import { complexRepr } from "./complex.ts";

export class PyNone {
  static readonly None = new PyNone();
  private constructor() {}
}
export class PyEllipsis {
  static readonly Ellipsis = new PyEllipsis();
  private constructor() {}
}
export const None = PyNone.None;
export const Ellipsis = PyEllipsis.Ellipsis;

export class Complex {
  constructor(readonly real: number, readonly imag: number) {}
}

export class ConstTuple {
  constructor(readonly items: readonly ConstValue[]) {}
}

export class ConstFrozenSet {
  constructor(readonly items: readonly ConstValue[]) {}
}

export type ConstValue =
  | PyNone | PyEllipsis | boolean | bigint | number | Complex | string | Uint8Array
  | ConstTuple | ConstFrozenSet | CodeObject;

/** The Python type name of a constant (as type(v).__name__). */
export function constTypeName(v: ConstValue): string {
  switch (typeof v) {
    case "boolean": return "bool";
    case "bigint": return "int";
    case "number": return "float";
    case "string": return "str";
  }
  if (v instanceof PyNone) return "NoneType";
  if (v instanceof PyEllipsis) return "ellipsis";
  if (v instanceof Complex) return "complex";
  if (v instanceof Uint8Array) return "bytes";
  if (v instanceof ConstTuple) return "tuple";
  if (v instanceof ConstFrozenSet) return "frozenset";
  return "code";
}

/**
 * repr() of a constant, as CPython prints it. Code objects need an address, which only the
 * caller knows (dis prints them); `codeRepr` supplies it.
 */
export function constRepr(v: ConstValue, codeRepr?: (c: CodeObject) => string): string {
  switch (typeof v) {
    case "boolean": return v ? "True" : "False";
    case "bigint": return v.toString();
    case "number": return floatRepr(v);
    case "string": return strRepr(v);
  }
  if (v instanceof PyNone) return "None";
  if (v instanceof PyEllipsis) return "Ellipsis";
  if (v instanceof Complex) return complexRepr(v.real, v.imag);
  if (v instanceof Uint8Array) return bytesRepr(v);
  if (v instanceof ConstTuple) {
    const parts = v.items.map((x) => constRepr(x, codeRepr));
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
  }
  if (v instanceof ConstFrozenSet) {
    if (v.items.length === 0) return "frozenset()";
    return `frozenset({${v.items.map((x) => constRepr(x, codeRepr)).join(", ")}})`;
  }
  return codeRepr ? codeRepr(v) : `<code object ${v.co_name}>`;
}
