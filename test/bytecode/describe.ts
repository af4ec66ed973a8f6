/**
 * The structural description of a marshal value that scripts/bytecode_oracle.py prints for
 * python3's objects (see its docstring): tspy's loaded values must describe the same.
 */
import { PyNone, PyEllipsis, Complex, ConstTuple, ConstFrozenSet } from "../../src/objects/constant.ts";
import { floatRepr } from "../../src/objects/float.ts";
import { CodeObject } from "../../src/bytecode/code.ts";
import { MarshalList, MarshalDict, MarshalSet, MarshalStopIteration, type MarshalValue } from "../../src/bytecode/marshal.ts";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

/** Set items sorted by compact JSON (by code point, as python3's sorted() on str). */
function canonicalOrder(items: unknown[]): unknown[] {
  const keyed = items.map((d) => [Array.from(JSON.stringify(d), (c) => c.codePointAt(0)!), d] as const);
  keyed.sort((a, b) => {
    const x = a[0], y = b[0];
    for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  });
  return keyed.map((k) => k[1]);
}

export function describe(v: MarshalValue): unknown {
  switch (typeof v) {
    case "boolean": return ["bool", v];
    case "bigint": return ["int", v.toString()];
    case "number": return ["float", floatRepr(v)];
    case "string": return ["str", v];
  }
  if (v instanceof PyNone) return ["None"];
  if (v instanceof PyEllipsis) return ["Ellipsis"];
  if (v instanceof MarshalStopIteration) return ["StopIteration"];
  if (v instanceof Complex) return ["complex", floatRepr(v.real), floatRepr(v.imag)];
  if (v instanceof Uint8Array) return ["bytes", hex(v)];
  if (v instanceof ConstTuple) return ["tuple", ...v.items.map(describe)];
  if (v instanceof ConstFrozenSet) return ["frozenset", ...canonicalOrder(v.items.map(describe))];
  if (v instanceof MarshalList) return ["list", ...v.items.map(describe)];
  if (v instanceof MarshalSet) return ["set", ...canonicalOrder(v.items.map(describe))];
  if (v instanceof MarshalDict) return ["dict", ...v.keys.map((k, i) => [describe(k), describe(v.values[i]!)])];
  if (v instanceof CodeObject) {
    return ["code", {
      argcount: v.co_argcount, posonlyargcount: v.co_posonlyargcount, kwonlyargcount: v.co_kwonlyargcount,
      stacksize: v.co_stacksize, flags: v.co_flags, code: hex(v.co_code), consts: v.co_consts.map(describe),
      names: v.co_names, varnames: v.co_varnames, cellvars: v.co_cellvars, freevars: v.co_freevars,
      nlocals: v.co_nlocals, filename: v.co_filename, name: v.co_name, qualname: v.co_qualname,
      firstlineno: v.co_firstlineno, linetable: hex(v.co_linetable), exceptiontable: hex(v.co_exceptiontable),
    }];
  }
  throw new Error("describe: unknown value");
}
