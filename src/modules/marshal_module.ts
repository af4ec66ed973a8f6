/**
 * The `marshal` builtin module: Python objects <-> src/bytecode/marshal.ts values.
 *   dumps(value, version=4), loads(bytes), dump(value, file, version=4), load(file), version
 * Conversion: None/bool/int/float/complex/str/bytes/tuple/frozenset/code are constants
 * (objects/constant.ts); list/dict/set/StopIteration/Ellipsis are marshal-only values.
 */
import { PyObject, Meth } from "../objects/object.ts";
import { None, Ellipsis, BoolType, IntType, FloatType, ComplexType, StrType, BytesType, ByteArrayType, TupleType, ListType, DictType, SetType, FrozenSetType } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newInt, True } from "../objects/int.ts";
import { PyFloat } from "../objects/float.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyBytes, newBytes } from "../objects/bytes.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyList, newList } from "../objects/list.ts";
import { PyDict, newDict, dictSetItem, dictNext } from "../objects/dict.ts";
import { PySet, newSetFrom, setItems } from "../objects/set.ts";
import { PyCode, constToObject } from "../objects/codeobject.ts";
import { newModule, PyModule } from "../objects/module.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import { parseArgs } from "../objects/args.ts";
import { newException, typeError, valueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { callMethod, isTrue } from "../objects/abstract.ts";
import { dictSetItemStr } from "../objects/dict.ts";
import {
  loads, dumps, MarshalError, MarshalList, MarshalDict, MarshalSet, MarshalStopIteration, type MarshalValue,
} from "../bytecode/marshal.ts";
import { PyNone, PyEllipsis, Complex, ConstTuple, ConstFrozenSet, None as CNone, Ellipsis as CEllipsis } from "../objects/constant.ts";
import { CodeObject } from "../bytecode/code.ts";
import { decref, incref } from "../vm/import_util.ts";

/** A MarshalError as the Python exception marshal raises. */
export function marshalErrorToPy(e: MarshalError): PyBaseException {
  const t = (E as unknown as Record<string, unknown>)[`${e.type}Type`];
  return newException((t ?? E.ValueErrorType) as typeof E.ValueErrorType, e.msg);
}

class Unmarshallable extends Error {}

/** A Python object as a marshal value; throws ValueError("unmarshallable object"). */
export function toMarshal(o: PyObject, depth = 0): MarshalValue {
  if (depth > 2000) throw valueError("object too deeply nested to marshal");
  const t = o.ob_type;
  if (o === None) return CNone;
  if (o === Ellipsis) return CEllipsis;
  if (t === BoolType) return o === True;
  if (t === IntType || o instanceof PyInt && t !== BoolType) return BigInt((o as PyInt).value);
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyComplex) return new Complex(o.real, o.imag);
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return o.value;
  if (o instanceof PyTuple) return new ConstTuple(o.items.map((x) => toMarshal(x, depth + 1)) as never);
  if (o instanceof PyList) return new MarshalList(o.items.map((x) => toMarshal(x, depth + 1)));
  if (o instanceof PyDict) {
    const ks: MarshalValue[] = [], vs: MarshalValue[] = [];
    for (let i = dictNext(o, 0); i >= 0; i = dictNext(o, i + 1)) {
      ks.push(toMarshal(o.ekeys[i]!, depth + 1));
      vs.push(toMarshal(o.evalues[i]!, depth + 1));
    }
    return new MarshalDict(ks, vs);
  }
  if (o instanceof PySet) {
    const items = setItems(o).map((x) => toMarshal(x, depth + 1));
    return o.ob_type === FrozenSetType || t.tp_mro.includes(FrozenSetType) ? new ConstFrozenSet(items as never) : new MarshalSet(items);
  }
  if (o instanceof PyCode) return o.co;
  if (o === E.StopIterationType) return MarshalStopIteration.StopIteration;
  // bytearray / memoryview: the buffer protocol
  if (t === ByteArrayType) {
    const v = (o as unknown as { value?: Uint8Array }).value;
    if (v instanceof Uint8Array) return v.slice();
  }
  throw new Unmarshallable();
}

/** A marshal value as a Python object (new reference). */
export function fromMarshal(v: MarshalValue): PyObject {
  if (v instanceof MarshalList) return newList(v.items.map(fromMarshal));
  if (v instanceof MarshalDict) {
    const d = newDict();
    for (let i = 0; i < v.keys.length; i++) {
      const k = fromMarshal(v.keys[i]!), x = fromMarshal(v.values[i]!);
      dictSetItem(d, k, x);
      decref(k);
      decref(x);
    }
    return d;
  }
  if (v instanceof MarshalSet) return newSetFrom(v.items.map(fromMarshal));
  if (v instanceof MarshalStopIteration) return incref(E.StopIterationType);
  if (v instanceof ConstTuple) {
    // tuples may hold marshal-only values (lists...) when read from arbitrary data
    return new PyTuple(TupleType, v.items.map((x) => fromMarshal(x as MarshalValue)));
  }
  return constToObject(v as never);
}

function bytesArg(o: PyObject, fname: string): Uint8Array {
  if (o instanceof PyBytes) return o.value;
  const v = (o as unknown as { value?: unknown }).value;
  if (v instanceof Uint8Array) return v;
  throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  void fname;
}

function doDumps(value: PyObject, version: PyObject | null): Uint8Array {
  const ver = version === null ? 4 : Number((version as PyInt).value);
  let mv: MarshalValue;
  try {
    mv = toMarshal(value);
  } catch (e) {
    if (e instanceof Unmarshallable) throw valueError("unmarshallable object");
    throw e;
  }
  try {
    return dumps(mv, ver);
  } catch (e) {
    if (e instanceof MarshalError) throw marshalErrorToPy(e);
    throw e;
  }
}
function doLoads(data: Uint8Array): PyObject {
  try {
    return fromMarshal(loads(data));
  } catch (e) {
    if (e instanceof MarshalError) throw marshalErrorToPy(e);
    throw e;
  }
}

export function makeMarshalModule(): PyModule {
  const m = newModule("marshal");
  const d = m.dict!;
  const name = intern("marshal");
  const defs = [
    { name: "dumps", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      if (args.length < 1 || args.length > 2) throw typeError(`dumps expected at ${args.length < 1 ? "least 1" : "most 2"} argument${args.length < 1 ? "" : "s"}, got ${args.length}`);
      return newBytes(doDumps(args[0]!, args[1] ?? null));
    } },
    { name: "loads", flags: Meth.O, fn: (_s: null, b: PyObject) => doLoads(bytesArg(b, "loads")) },
    { name: "dump", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      if (args.length < 2 || args.length > 3) throw typeError(`dump expected at ${args.length < 2 ? "least 2" : "most 3"} arguments, got ${args.length}`);
      const b = newBytes(doDumps(args[0]!, args[2] ?? null));
      try {
        decref(callMethod(args[1]!, "write", [b]));
      } finally {
        decref(b);
      }
      return incref(None);
    } },
    { name: "load", flags: Meth.O, fn: (_s: null, f: PyObject) => {
      const b = callMethod(f, "read", []);
      try {
        return doLoads(bytesArg(b, "load"));
      } finally {
        decref(b);
      }
    } },
  ];
  for (const def of defs) {
    const fo = newBuiltinFunction(def, name);
    dictSetItemStr(d, intern(def.name), fo);
    decref(fo);
  }
  const v = newInt(4);
  dictSetItemStr(d, intern("version"), v);
  decref(v);
  return m;
}
export { PyNone, PyEllipsis, CodeObject, isTrue, newStr, StrType, BytesType, ListType, DictType, SetType, FloatType, ComplexType };
