/**
 * marshal: CPython 3.11's serialisation of code objects and constants (format version 4), as in
 * Python/marshal.c. The public module: loads (marshal-read.ts), dumps (marshal-write.ts), the
 * format's type codes and marshal-only values (marshal-format.ts).
 *
 *   loads(bytes) -> MarshalValue      throws MarshalError (the Python exception and message)
 *   dumps(value, version = 4) -> bytes
 *
 * MarshalValue = ConstValue | MarshalList | MarshalDict | MarshalSet | MarshalStopIteration.
 */
export * from "./marshal-format.ts";
export { loads, loadsPrefix } from "./marshal-read.ts";
export { dumps } from "./marshal-write.ts";
export { decodeUtf8Surrogatepass, encodeUtf8Surrogatepass } from "./utf8.ts";
